"""The packaged program's entry point: the same `fieldbook` command as the source checkout."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
