"""A coordinator's received observations from the command line (issue 15 item 6):
`fieldbook inbox [--json] [--text T] [--velayat V] [--org ORG] [--author DEVICE]
[--review-state S]… [--unread | --read] [--received-from D] [--received-to D]
[--sort S] [--limit N] [--offset N]`.

The same list engine and filters as the app's Received screen (``profile.listing`` with
``scope="received"``); names of authors and organisations from ``profile.received``. Reading
one record is `fieldbook show ID` (desktop/cli.py), which marks it read.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from desktop import cli_text
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.listing import ObservationQuery
from desktop.core.listing.plans import MAX_LIMIT, SORT_COLUMNS
from desktop.core.paths import Paths
from desktop.core.profile import Profile
from desktop.core.reviews import REVIEW_STATUSES

Opener = Callable[[Paths], Profile]
Command = Callable[[Paths, argparse.Namespace], int]

UNKNOWN_ORG = QT_TRANSLATE_NOOP(
    "Cli", "no organisation %1 among the received records (fieldbook inbox --orgs lists them)"
)
HEADER = QT_TRANSLATE_NOOP("Cli", "received")
HEADER_STATE = QT_TRANSLATE_NOOP("Cli", "review")
HEADER_FROM = QT_TRANSLATE_NOOP("Cli", "from")
HEADER_TITLE = QT_TRANSLATE_NOOP("Cli", "title")
LEGEND = QT_TRANSLATE_NOOP("Cli", "* unread   ! conflicting revisions")
NOTHING_RECEIVED = QT_TRANSLATE_NOOP(
    "Cli", "nothing received yet: a coordinator receives observations with fieldbook sync"
)
OF_TOTAL = QT_TRANSLATE_NOOP("Cli", "%1 of %2 received")
COUNTS = QT_TRANSLATE_NOOP(
    "Cli", "%1 unread, %2 not reviewed yet, %3 needing information, %4 in conflict"
)
STATE_NAMES = {
    "sent": QT_TRANSLATE_NOOP("Cli", "not reviewed"),
    "received": QT_TRANSLATE_NOOP("Cli", "received"),
    "verified": QT_TRANSLATE_NOOP("Cli", "verified"),
    "needs_information": QT_TRANSLATE_NOOP("Cli", "needs information"),
    "closed": QT_TRANSLATE_NOOP("Cli", "closed"),
}


# ``--review-state`` values: "not-reviewed" is the status ``sent``.
NOT_REVIEWED = "not-reviewed"
REVIEW_STATE_CHOICES = (NOT_REVIEWED, *(s.replace("_", "-") for s in REVIEW_STATUSES))


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "inbox",
        help="(coordinators) list received observations: latest revision of every record",
    )
    p.add_argument("--json", action="store_true", help="rows as JSON")
    p.add_argument("--text", default="", help="full-text search")
    p.add_argument("--velayat", help="a velayat code (ahal, balkan, dasoguz, lebap, mary, …)")
    p.add_argument("--org", action="append", default=[], help="organisation id or name")
    p.add_argument("--author", action="append", default=[], help="author device id")
    p.add_argument("--review-state", action="append", default=[], choices=REVIEW_STATE_CHOICES)
    unread = p.add_mutually_exclusive_group()
    unread.add_argument("--unread", action="store_true", help="only new or changed since read")
    unread.add_argument("--read", action="store_true", help="only those read since they changed")
    p.add_argument("--received-from", help="received on or after this date (YYYY-MM-DD)")
    p.add_argument("--received-to", help="received on or before this date (YYYY-MM-DD)")
    p.add_argument("--sort", default="received", choices=sorted(SORT_COLUMNS))
    p.add_argument("--oldest-first", action="store_true")
    p.add_argument("--limit", type=int, default=100, help=f"rows per page (at most {MAX_LIMIT})")
    p.add_argument("--offset", type=int, default=0)
    p.add_argument(
        "--orgs", action="store_true", help="list the organisations and authors to filter by"
    )


def _org_ids(profile: Profile, wanted: list[str]) -> tuple[str, ...] | None:
    """The organisation ids named by id or name (case-insensitive); None: one is unknown."""
    choices = profile.received.orgs()
    found = []
    for value in wanted:
        match = [
            o.org_id
            for o in choices
            if o.org_id == value or o.name.casefold() == value.strip().casefold()
        ]
        if not match:
            print(f"fieldbook: {cli_text.cli(UNKNOWN_ORG, value)}", file=sys.stderr)
            return None
        found += match
    return tuple(found)


def _state(status: str) -> str:
    return cli_text.cli(STATE_NAMES.get(status, status))


def cmd_inbox(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    with open_profile(paths) as profile:
        if args.limit > MAX_LIMIT:
            # said (in the profile's language), not silently cut: a page holds MAX_LIMIT rows
            print(f"fieldbook: {cli_text.cli(cli_text.LIMIT_CAPPED, args.limit, MAX_LIMIT)}",
                  file=sys.stderr)  # fmt: skip
        received = profile.received
        if args.orgs:
            return _print_choices(profile, args.json)
        orgs = _org_ids(profile, args.org)
        if orgs is None:
            return 2
        states = tuple(
            "sent" if s == NOT_REVIEWED else s.replace("-", "_") for s in args.review_state
        )
        query = ObservationQuery(
            scope="received",
            text=args.text,
            velayat=args.velayat,
            orgs=orgs,
            authors=tuple(args.author),
            statuses=states,
            unread=True if args.unread else False if args.read else None,
            received_from=args.received_from,
            received_to=args.received_to,
            sort=args.sort,
            descending=not args.oldest_first,
            offset=max(0, args.offset),
            limit=max(0, args.limit),
        )
        rows = profile.listing.query(query)
        total = profile.listing.count(query)
        authors = {a.device_id: a for a in received.authors()}
        counts = received.counts()
    if args.json:
        out = []
        for row in rows:
            author = authors.get(row.author)
            out.append(
                {
                    **row.__dict__,
                    "review_state": row.status,
                    "author_name": author.name if author else row.author[:8],
                    "org_name": author.org_name if author else "",
                }
            )
        print(json.dumps({"total": total, "rows": out}, ensure_ascii=False, indent=1))
        return 0
    if not counts.total:
        print(cli_text.cli(NOTHING_RECEIVED))
        return 0
    print(
        f"   {'id':32}  {cli_text.cli(HEADER):16}  {cli_text.cli(HEADER_STATE):17}"
        f"  {cli_text.cli(HEADER_FROM):24}  {cli_text.cli(HEADER_TITLE)}"
    )
    for row in rows:
        author = authors.get(row.author)
        who = (author.org_name or author.name) if author else row.author[:8]
        mark = "*" if row.unread else " "
        mark += "!" if row.conflict else " "
        print(
            f"{mark} {row.id:32}  {(row.received_at or '')[:16]:16}  {_state(row.status):17}"
            f"  {who[:24]:24}  {row.title}"
        )
    print(cli_text.cli(OF_TOTAL, len(rows), total) + "   " + cli_text.cli(LEGEND))
    print(
        cli_text.cli(
            COUNTS, counts.unread, counts.not_reviewed, counts.needs_information, counts.conflicts
        )
    )
    return 0


def _print_choices(profile: Profile, as_json: bool) -> int:
    orgs = profile.received.orgs()
    authors = profile.received.authors()
    if as_json:
        print(
            json.dumps(
                {"orgs": [o.__dict__ for o in orgs], "authors": [a.__dict__ for a in authors]},
                ensure_ascii=False,
                indent=1,
            )
        )
        return 0
    for o in orgs:
        print(f"{o.org_id:>6}  {o.name}  ({o.velayat}): {o.records}")
    for a in authors:
        print(f"{a.device_id}  {a.name}  {a.org_name}: {a.records}")
    return 0


def commands(open_profile: Opener) -> dict[str, Command]:
    def run(paths: Paths, args: argparse.Namespace) -> int:
        return cmd_inbox(paths, args, open_profile)

    return {"inbox": run}


def show_received(profile: Profile, record_id: str) -> dict[str, Any] | None:
    """What `fieldbook show` adds for a received record (and marks it read); None for an
    own record."""
    if not profile.received.is_received(record_id):
        return None
    got = profile.received.get(record_id)
    profile.received.mark_read(record_id)
    return {
        "author": got.author,
        "author_name": got.author_name,
        "org": got.org,
        "org_name": got.org_name,
        "rev": got.rev,
        "envelope_id": got.envelope_id,
        "received_at": got.received_at,
        "review_state": got.review_state,
        "unread": got.unread,
        "conflict": got.conflict,
        "revisions": [
            {
                "rev": h.rev,
                "envelope_id": h.envelope_id,
                "server_seq": h.server_seq,
                "created": cli_text.iso_time(h.created_ms),
                "reply_note": h.reply_note,
                "counts": h.counts,
            }
            for h in profile.received.history(record_id)
        ],
    }
