"""`fieldbook recommendations import FILE` (an OHCHR Universal Human Rights Index export,
JSON or XLSX) and `fieldbook recommendations list [--json]`.

The recommendations are stored inside the encrypted profile; importing the same file again
changes nothing. A file that cannot be read is refused whole, with what was expected.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import cli_text
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.paths import Paths
from desktop.core.profile import Profile
from desktop.core.reports.uhri import UhriFormatError, read_uhri

EXIT_OK, EXIT_BAD_INPUT = 0, 2
Opener = Callable[[Paths], Profile]
Command = Callable[[Paths, argparse.Namespace], int]

IMPORTED = QT_TRANSLATE_NOOP(
    "Cli", "recommendations: %1 added, %2 updated, %3 unchanged (%4 in the profile)"
)
NONE = QT_TRANSLATE_NOOP("Cli", "No recommendations loaded: fieldbook recommendations import FILE")


def add_commands(sub: Any) -> None:
    p = sub.add_parser("recommendations", help="UN recommendations (UHRI export)")
    verbs = p.add_subparsers(dest="verb", required=True)
    imp = verbs.add_parser("import", help="load a Universal Human Rights Index export")
    imp.add_argument("file", type=Path, help="the export, .json or .xlsx")
    lst = verbs.add_parser("list", help="list the loaded recommendations")
    lst.add_argument("--json", action="store_true")


def cmd_recommendations(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    if args.verb == "import":
        with open_profile(paths) as profile:  # first: its language for the messages
            try:
                # the whole file is read before anything is stored: a bad one stores nothing
                items = read_uhri(args.file)
            except UhriFormatError as exc:
                where = cli_text.cli(cli_text.LINE, exc.line) if exc.line else ""
                print(f"fieldbook: {where}{cli_text.core(exc.message)}", file=sys.stderr)
                return EXIT_BAD_INPUT
            result = profile.recommendations.save_all(items)
            total = profile.recommendations.count()
        print(cli_text.cli(IMPORTED, result.added, result.updated, result.unchanged, total))
        return EXIT_OK
    with open_profile(paths) as profile:
        items = profile.recommendations.all()
    if args.json:
        out = [{"key": r.key, **r.to_dict()} for r in items]
        print(json.dumps(out, ensure_ascii=False, indent=1))
        return EXIT_OK
    if not items:
        print(cli_text.cli(NONE))
    for r in items:
        text = " ".join(r.text.split())
        short = text if len(text) <= 90 else text[:89] + "…"
        print(f"{r.key}\t{r.response or '-'}\t{','.join(r.sdg_targets) or '-'}\t{short}")
    return EXIT_OK


def commands(open_profile: Opener) -> dict[str, Command]:
    def run(paths: Paths, args: argparse.Namespace) -> int:
        return cmd_recommendations(paths, args, open_profile)

    return {"recommendations": run}
