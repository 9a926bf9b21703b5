"""Prints the server's requirements from pyproject.toml, for the container image.

The project's own dependencies are the desktop program's (Qt, numpy, SQLCipher); the server
needs only the `server` extra and the few base ones protocol/ and server/ import. Kept here
rather than in a second list, so a version bound changed in pyproject.toml reaches the image.
tests/packaging/test_server_package.py checks the list covers every import of server/ and
protocol/.

    python packaging/server/requirements.py [pyproject.toml] > requirements.txt
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

#: Base dependencies the server's code imports (protocol/ and server/ themselves).
SERVER_BASE = {"cryptography", "pynacl", "platformdirs"}


def requirement_name(requirement: str) -> str:
    match = re.match(r"[A-Za-z0-9._-]+", requirement.strip())
    if match is None:
        raise ValueError(f"not a requirement: {requirement!r}")
    return match.group(0).lower().replace("_", "-")


def server_requirements(pyproject: Path) -> list[str]:
    project = tomllib.loads(pyproject.read_text("utf-8"))["project"]
    base = [d for d in project["dependencies"] if requirement_name(d) in SERVER_BASE]
    missing = SERVER_BASE - {requirement_name(d) for d in base}
    if missing:
        raise SystemExit(f"pyproject.toml no longer lists {sorted(missing)}")
    return base + list(project["optional-dependencies"]["server"])


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else Path(__file__).resolve().parents[2] / "pyproject.toml"
    print("\n".join(server_requirements(path)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
