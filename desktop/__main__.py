"""`fieldbook`: the desktop application and its headless subcommands."""

from __future__ import annotations

import sys

from protocol.version import __version__


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in ("--version", "-V"):
        print(f"Fieldbook {__version__}")
        return 0
    print(f"Fieldbook {__version__}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
