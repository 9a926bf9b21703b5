"""Parcels from the command line: `fieldbook parcel make DIR [--max-size 100M] [--for DEVICE|ORG]`,
`fieldbook parcel open FILE...`, `fieldbook parcel relay FILE... [--returns DIR]`.

A parcel carries what a sync would, for a USB stick: see desktop/core/sync/parcel.py. The
messages name counts and reasons, never recorded content.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop import cli_text
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.network import NetworkService
from desktop.core.paths import Paths
from desktop.core.profile import Profile
from desktop.core.sync.errors import SyncError
from desktop.core.sync.parcel import ParcelReport
from desktop.core.sync.parcel_parts import Recipients

Opener = Callable[[Paths], Profile]
Command = Callable[[Paths, argparse.Namespace], int]
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}

OPENED = QT_TRANSLATE_NOOP(
    "Cli",
    "%1: %2 envelopes, %3 new, %4 already here, %5 receipts, %6 attachments complete, "
    "%7 for other devices, %8 refused",
)
REFUSED = QT_TRANSLATE_NOOP("Cli", "  refused: %1")
NOTHING_NEW = QT_TRANSLATE_NOOP(
    "Cli", "%1: everything in this parcel was here already (opened before): nothing changed."
)
FAILED = QT_TRANSLATE_NOOP("Cli", "fieldbook: %1: %2")
PART = QT_TRANSLATE_NOOP("Cli", "%1 (%2 bytes)")
STAY_QUEUED = QT_TRANSLATE_NOOP("Cli", "%1 envelopes; they stay queued until a receipt comes back.")
RETURN_MADE = QT_TRANSLATE_NOOP("Cli", "%1 reviews and %2 receipts for %3 device(s).")
FOR_ORG_SERVER = QT_TRANSLATE_NOOP(
    "Cli", "Organisation %1: %2 device(s), as the server lists them now."
)
FOR_ORG_PROFILE = QT_TRANSLATE_NOOP(
    "Cli",
    "Organisation %1: %2 device(s), as this computer last knew them (%3); the server could "
    "not be asked.",
)
UNPLACED = QT_TRANSLATE_NOOP(
    "Cli",
    "%1 device(s) that sent records here are of an organisation this computer does not "
    "know (not in this parcel); make a parcel --for each, or connect once: %2",
)
RECEIPTS_FOR_AUTHOR = QT_TRANSLATE_NOOP("Cli", "receipts for the author: %1")


def parse_size(text: str) -> int:
    match = re.fullmatch(r"\s*(\d+)\s*([KMG]?)i?B?\s*", text.upper())
    if not match:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (for example 100M)")
    size = int(match.group(1)) * _UNITS[match.group(2)]
    if size < 64 * 1024:
        raise argparse.ArgumentTypeError("a parcel part holds at least 64K")
    return size


def add_commands(sub: Any) -> None:
    parcel = sub.add_parser("parcel", help="sync by a file carried on a USB stick")
    verbs = parcel.add_subparsers(dest="parcel_cmd", required=True)
    p = verbs.add_parser("make", help="write everything not yet delivered into a parcel")
    p.add_argument("dir", help="folder to write the parcel's file(s) into (a USB stick)")
    p.add_argument("--max-size", type=parse_size, help="split into parts of this size (100M)")
    p.add_argument(
        "--for", dest="for_device", metavar="DEVICE|ORG",
        help="(coordinators) reviews and receipts for a device (its id) or every device of "
        "an organisation (its name or number), to carry back",
    )  # fmt: skip
    p = verbs.add_parser("open", help="take in parcels (reviews, receipts, observations)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p = verbs.add_parser("relay", help="deliver someone's parcel to the server for them")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--returns", metavar="DIR",
                   help="write the server's receipts here, for the author")  # fmt: skip


def _print(label: str, report: ParcelReport) -> None:
    if report.nothing_new:
        print(cli_text.cli(NOTHING_NEW, label))
        return
    print(
        cli_text.cli(
            OPENED, label, report.envelopes, report.received, report.already_held,
            report.receipts, report.blobs_complete, report.not_for_us, len(report.refused),
        )
    )  # fmt: skip
    for reason in report.refused:  # envelope ids and reasons: never content
        print(cli_text.cli(REFUSED, reason), file=sys.stderr)


def _print_recipients(recipients: Recipients) -> None:
    if recipients.org is None:
        return
    if recipients.source == "server":
        print(cli_text.cli(FOR_ORG_SERVER, recipients.org, len(recipients.devices)))
    else:
        when = cli_text.iso_time(recipients.listed_at * 1000)
        print(cli_text.cli(FOR_ORG_PROFILE, recipients.org, len(recipients.devices), when))
    if recipients.unplaced:
        ids = ", ".join(recipients.unplaced)
        print(cli_text.cli(UNPLACED, len(recipients.unplaced), ids), file=sys.stderr)


def _make(parcels: Any, args: argparse.Namespace) -> int:
    directory = Path(args.dir)
    if args.for_device:
        network = NetworkService(parcels.profile)
        report = parcels.make_return(directory, for_device=args.for_device, network=network)
    else:
        report = parcels.make(directory, max_size=args.max_size)
    for part in report.parts:
        print(cli_text.cli(PART, part, part.stat().st_size))
    if report.recipients is not None:
        _print_recipients(report.recipients)
        devices = len(report.recipients.devices)
        print(cli_text.cli(RETURN_MADE, report.envelopes, report.receipts, devices))
    else:
        print(cli_text.cli(STAY_QUEUED, report.envelopes))
    return 0


def cmd_parcel(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    with open_profile(paths) as profile:
        parcels = profile.sync.parcels
        if args.parcel_cmd == "make":
            try:
                return _make(parcels, args)
            except SyncError as exc:
                print(cli_text.cli(FAILED, args.dir, cli_text.core(exc.message)), file=sys.stderr)
                return 1
        failed = 0
        relay = args.parcel_cmd == "relay"
        transport = profile.sync.engine().context.transport() if relay else None
        try:
            for name in args.files:
                try:
                    if transport is not None:
                        returns = Path(args.returns) if args.returns else None
                        report = parcels.relay(Path(name), transport, returns)
                    else:
                        report = parcels.open(Path(name))
                except SyncError as exc:
                    message = cli_text.core(exc.message)
                    print(cli_text.cli(FAILED, name, message), file=sys.stderr)
                    failed += 1
                    continue
                _print(name, report)
                for part in report.parts:
                    print(cli_text.cli(RECEIPTS_FOR_AUTHOR, part))
        finally:
            if transport is not None:
                transport.close()
        return 1 if failed else 0


def commands(open_profile: Opener) -> dict[str, Command]:
    def run(paths: Paths, args: argparse.Namespace) -> int:
        return cmd_parcel(paths, args, open_profile)

    return {"parcel": run}
