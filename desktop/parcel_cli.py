"""Parcels from the command line: `fieldbook parcel make DIR [--max-size 100M] [--for DEVICE]`,
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

from desktop.core.paths import Paths
from desktop.core.profile import Profile
from desktop.core.sync.errors import SyncError
from desktop.core.sync.parcel import ParcelReport

Opener = Callable[[Paths], Profile]
Command = Callable[[Paths, argparse.Namespace], int]
_UNITS = {"": 1, "K": 1024, "M": 1024**2, "G": 1024**3}


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
    p.add_argument("--for", dest="for_device", metavar="DEVICE",
                   help="(coordinators) this device's reviews, to carry back to it")  # fmt: skip
    p = verbs.add_parser("open", help="take in parcels (reviews, receipts, observations)")
    p.add_argument("files", nargs="+", metavar="FILE")
    p = verbs.add_parser("relay", help="deliver someone's parcel to the server for them")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--returns", metavar="DIR",
                   help="write the server's receipts here, for the author")  # fmt: skip


def _print(label: str, report: ParcelReport) -> None:
    print(
        f"{label}: {report.envelopes} envelopes, {report.received} new, "
        f"{report.already_held} already here, {report.receipts} receipts, "
        f"{report.blobs_complete} attachments complete, {len(report.refused)} refused"
    )
    for reason in sorted(set(report.refused)):
        print(f"  refused ({report.refused.count(reason)}): {reason}", file=sys.stderr)


def cmd_parcel(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    with open_profile(paths) as profile:
        parcels = profile.sync.parcels
        if args.parcel_cmd == "make":
            directory = Path(args.dir)
            if args.for_device:
                report = parcels.make_return(directory, for_device=args.for_device)
            else:
                report = parcels.make(directory, max_size=args.max_size)
            for part in report.parts:
                print(f"{part} ({part.stat().st_size} bytes)")
            print(f"{report.envelopes} envelopes; they stay queued until a receipt comes back.")
            return 0
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
                    print(f"fieldbook: {name}: {exc.message}", file=sys.stderr)
                    failed += 1
                    continue
                _print(name, report)
                for part in report.parts:
                    print(f"receipts for the author: {part}")
        finally:
            if transport is not None:
                transport.close()
        return 1 if failed else 0


def commands(open_profile: Opener) -> dict[str, Command]:
    def run(paths: Paths, args: argparse.Namespace) -> int:
        return cmd_parcel(paths, args, open_profile)

    return {"parcel": run}
