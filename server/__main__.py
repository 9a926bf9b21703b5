"""`fieldbook-server`: run the sync server and administer it."""

from __future__ import annotations

import sys

from protocol.version import __version__


def main(argv: list[str] | None = None) -> int:
    print(f"fieldbook-server {__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
