"""`fieldbook` (GUI) and its headless subcommands; see desktop/cli.py."""

from __future__ import annotations

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
