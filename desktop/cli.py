"""`fieldbook [--data-dir D] SUBCOMMAND`: the headless side of the application.

Exit codes: 0 success; 1 the profile cannot be read (damaged or not a profile) or another
failure; 2 bad input (usage, a file that cannot be read, rows that failed validation, an
unknown id, no profile yet / already one); 3 wrong passphrase. Errors are printed as one plain
line without recorded content and without a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import sys
from pathlib import Path
from typing import Any

from desktop import (
    cli_text,
    inbox_cli,
    invite_cli,
    network_cli,
    parcel_cli,
    recommendations_cli,
    reports_cli,
    sync_cli,
)
from desktop.core.errors import (
    CoreError,
    ImportFormatError,
    NotFoundError,
    ProfileExistsError,
    ProfileMissingError,
    WeakPassphraseError,
    WrongPassphraseError,
)
from desktop.core.paths import Paths, open_private, resolve_paths
from protocol.version import __version__

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2
EXIT_WRONG_PASSPHRASE = 3
ENV_PASSPHRASE = "FIELDBOOK_PASSPHRASE"
ENV_NEW_PASSPHRASE = "FIELDBOOK_NEW_PASSPHRASE"

_BAD_INPUT_ERRORS: tuple[type[CoreError], ...] = (
    ImportFormatError,
    NotFoundError,
    ProfileExistsError,
    ProfileMissingError,
    WeakPassphraseError,
)


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's own exit code is 2 as well
        self.print_usage(sys.stderr)
        print(f"fieldbook: {message}", file=sys.stderr)
        raise SystemExit(EXIT_BAD_INPUT)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="fieldbook", description="Fieldbook: encrypted field observations.")
    parser.add_argument("--data-dir", help="profile folder (default: the platform's data folder)")
    parser.add_argument("--version", "-V", action="store_true", help="print the version")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation offscreen with a throwaway profile, then exit",
    )
    # For bench/package.py: the window's first page painted, then exit (see desktop/selftest.py).
    parser.add_argument("--startup-probe", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    init = sub.add_parser("init", help="create a new encrypted profile")
    init.add_argument("--org-name", default="")
    init.add_argument("--velayat", default=None)
    init.add_argument("--language", default="en", choices=["en", "ru", "tk"])

    imp = sub.add_parser("import", help="import observations from a CSV or JSON file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--status", choices=["draft", "queued"], default="draft")

    lst = sub.add_parser(
        "list",
        help="list this device's own observations (--received or --all: also those received;"
        " see also fieldbook inbox)",
    )
    lst.add_argument("--json", action="store_true")
    whose = lst.add_mutually_exclusive_group()
    whose.add_argument("--received", action="store_true", help="only received observations")
    whose.add_argument("--all", action="store_true", help="own and received observations")
    lst.add_argument("--text", default="", help="full-text search")
    lst.add_argument("--status", action="append", default=[])
    lst.add_argument("--velayat")
    lst.add_argument("--limit", type=int, default=100)
    lst.add_argument("--offset", type=int, default=0)

    show = sub.add_parser(
        "show",
        help="print one observation as JSON, with its reviews (a received one: its author and"
        " revisions too; it is marked read)",
    )
    show.add_argument("id")

    exp = sub.add_parser("export", help="export every observation")
    exp.add_argument("--format", choices=["csv", "json"], required=True)
    exp.add_argument("-o", "--output", type=Path, required=True)

    sub.add_parser("passwd", help="change the passphrase")
    sync_cli.add_commands(sub)
    reports_cli.add_commands(sub)
    recommendations_cli.add_commands(sub)
    parcel_cli.add_commands(sub)
    invite_cli.add_commands(sub)
    network_cli.add_commands(sub)
    inbox_cli.add_commands(sub)
    return parser


def _passphrase(prompt: str, env: str = ENV_PASSPHRASE, *, confirm: bool = False) -> str:
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise UsageError(f"no passphrase: set {env} or run in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat: ") != first:
        raise UsageError("the passphrases differ")
    return first


def _open(paths: Paths) -> Any:
    from desktop.core.profile import Profile

    if not Profile.exists(paths):
        raise ProfileMissingError()
    profile = Profile.unlock(paths, _passphrase("Passphrase: "))
    cli_text.use_language(profile.settings.get("language"))  # messages in the profile's
    return profile


def cmd_init(paths: Paths, args: argparse.Namespace) -> int:
    from desktop.core.profile import Profile

    if Profile.exists(paths):
        raise ProfileExistsError()
    passphrase = _passphrase("New passphrase: ", confirm=True)
    with Profile.create(
        paths, passphrase, org_name=args.org_name, velayat=args.velayat, language=args.language
    ) as profile:
        cli_text.use_language(args.language)
        print(cli_text.cli(cli_text.CREATED, paths.profile_db))
        print(cli_text.cli(cli_text.DEVICE, profile.device_id))
    return EXIT_OK


def cmd_import(paths: Paths, args: argparse.Namespace) -> int:
    from desktop.core.import_export import import_file

    if not args.file.is_file():
        raise UsageError("the import file does not exist")
    with _open(paths) as profile:
        try:
            report = import_file(profile.observations, args.file, status=args.status)
        except ImportFormatError as exc:
            where = cli_text.cli(cli_text.LINE, exc.line) if exc.line else ""
            message = cli_text.core(exc.message)
            print(f"fieldbook: {args.file.name}: {where}{message}", file=sys.stderr)
            return EXIT_BAD_INPUT
    for row, error in report.errors:
        detail = f" {error.detail}" if error.detail else ""
        message = cli_text.core(error.message) + detail
        line = cli_text.cli(cli_text.IMPORT_ROW, row, error.field, error.code, message)
        print(line, file=sys.stderr)
    print(cli_text.cli(cli_text.IMPORTED, report.imported, report.failed_rows))
    return EXIT_BAD_INPUT if report.errors else EXIT_OK


def cmd_list(paths: Paths, args: argparse.Namespace) -> int:
    from desktop.core.listing import ObservationQuery
    from desktop.core.listing.plans import MAX_LIMIT

    query = ObservationQuery(
        scope="received" if args.received else "all" if args.all else "own",
        text=args.text,
        statuses=tuple(args.status),
        velayat=args.velayat,
        offset=args.offset,
        limit=args.limit,
    )
    with _open(paths) as profile:
        if args.limit > MAX_LIMIT:
            # said (in the profile's language), not silently cut (issue 15): a page holds
            # at most MAX_LIMIT rows
            print(f"fieldbook: {cli_text.cli(cli_text.LIMIT_CAPPED, args.limit, MAX_LIMIT)}",
                  file=sys.stderr)  # fmt: skip
        rows = profile.observations.query(query)
        total = profile.observations.count(query)
    if args.json:
        print(json.dumps([row.__dict__ for row in rows], ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"{'id':32}  {'date':10}  {'status':17}  {'place':28}  title")
    for row in rows:
        print(
            f"{row.id:32}  {row.incident_date or '':10}  {row.status:17}  "
            f"{row.place_label[:28]:28}  {row.title}"
        )
    print(f"{len(rows)} of {total}")
    return EXIT_OK


def cmd_show(paths: Paths, args: argparse.Namespace) -> int:
    from desktop.core.import_export import export_dict

    with _open(paths) as profile:
        obs = profile.observations.get(args.id)
        shown = export_dict(obs)
        # the coordinators' side of the conversation, oldest first (issue 15 item 4)
        shown["reviews"] = [
            {**r, "created": cli_text.iso_time(r["created_ms"])}
            for r in profile.reviews.reviews_for(args.id)
        ]
        received = inbox_cli.show_received(profile, args.id)
        if received is not None:
            shown["received"] = received
    print(json.dumps(shown, ensure_ascii=False, indent=2, sort_keys=True))
    return EXIT_OK


def cmd_export(paths: Paths, args: argparse.Namespace) -> int:
    from desktop.core.import_export import write_csv, write_json

    with _open(paths) as profile:
        tmp = args.output.with_name(args.output.name + ".partial")
        try:
            fd = open_private(tmp)
        except OSError as exc:
            raise UsageError("the output file cannot be written") from exc
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
                writer = write_csv if args.format == "csv" else write_json
                count = writer(out, profile.observations.iter_all())
            os.replace(tmp, args.output)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    print(cli_text.cli(cli_text.EXPORTED, count))
    return EXIT_OK


def cmd_passwd(paths: Paths, args: argparse.Namespace) -> int:
    with _open(paths) as profile:
        old = _passphrase("Current passphrase: ")
        new = _passphrase("New passphrase: ", ENV_NEW_PASSPHRASE, confirm=True)
        profile.change_passphrase(old, new)
    print(cli_text.cli(cli_text.PASSPHRASE_CHANGED))
    return EXIT_OK


COMMANDS = {
    "init": cmd_init,
    "import": cmd_import,
    "list": cmd_list,
    "show": cmd_show,
    "export": cmd_export,
    "passwd": cmd_passwd,
    **sync_cli.commands(_open, _passphrase),
    **reports_cli.commands(_open),
    **recommendations_cli.commands(_open),
    **invite_cli.commands(_open),
    **parcel_cli.commands(_open),
    **network_cli.commands(_open),
    **inbox_cli.commands(_open),
}


def start_gui(argv: list[str], paths: Paths, data_dir: str | None) -> int:
    try:
        # Imported lazily and by name: headless commands never load Qt.
        app = importlib.import_module("desktop.ui.app")
    except ImportError:
        print(f"Fieldbook {__version__}")
        print(f"Profile: {paths.profile_db}")
        return EXIT_OK
    result: int = app.run(argv, data_dir)
    return result


def main(argv: list[str] | None = None) -> int:
    args_list = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0)
    if args.version:
        print(f"Fieldbook {__version__}")
        return EXIT_OK
    if args.self_test or args.startup_probe:
        from desktop import selftest

        return selftest.run_self_test() if args.self_test else selftest.startup_probe(args.data_dir)
    paths = resolve_paths(args.data_dir)
    if args.command is None:
        return start_gui(args_list, paths, args.data_dir)
    # before the profile is open: the language last chosen in the app
    cli_text.use_language(cli_text.saved_language(paths))
    try:
        return COMMANDS[args.command](paths, args)
    except WrongPassphraseError as exc:
        print(f"fieldbook: {cli_text.core(exc.message)}", file=sys.stderr)
        return EXIT_WRONG_PASSPHRASE
    except _BAD_INPUT_ERRORS as exc:
        print(f"fieldbook: {cli_text.core(exc.message)}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except UsageError as exc:
        print(f"fieldbook: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except CoreError as exc:
        print(f"fieldbook: {cli_text.core(exc.message)}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        return 130
