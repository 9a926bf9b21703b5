"""Headless sync commands: `fieldbook enroll CODE`, `fieldbook sync`, `fieldbook review ID`,
`fieldbook export-key FILE`, `fieldbook import-key FILE`.

`fieldbook sync` is made for scheduled runs: one full sync, retried with backoff while the
failure is of the passing kind (no connection, a busy server), then a summary. Exit codes as
the other commands, plus 75 (EX_TEMPFAIL) when the server could not be reached this time.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.core.paths import Paths, open_private
from desktop.core.profile import Profile
from desktop.core.reviews import REVIEW_STATUSES
from desktop.core.sync.backoff import Backoff
from desktop.core.sync.errors import (
    InvitationExpiredError,
    InvitationInvalidError,
    InvitationUsedError,
    SyncError,
)
from desktop.core.sync.progress import SyncProgress
from desktop.core.sync.state import ProxySettings

EXIT_TEMPFAIL = 75

Opener = Callable[[Paths], Profile]
Asker = Callable[..., str]


def add_commands(sub: Any) -> None:
    p = sub.add_parser("enroll", help="connect this device to a server with an invitation code")
    p.add_argument("code", help="the invitation code (quote it if it contains spaces)")
    p.add_argument("--name", default="", help="a name for this device the coordinator sees")
    p.add_argument(
        "--proxy",
        default=None,
        help="'none', 'system' or a proxy URL (http://host:port, socks5h://host:port)",
    )

    p = sub.add_parser("sync", help="send what is queued and receive what is new, once")
    p.add_argument("--attempts", type=int, default=4, help="tries while offline (default 4)")
    p.add_argument("--quiet", action="store_true")

    p = sub.add_parser("review", help="(coordinators) record a decision about an observation")
    p.add_argument("id", help="the observation's record id")
    p.add_argument(
        "--status", required=True, choices=[s.replace("_", "-") for s in REVIEW_STATUSES]
    )
    p.add_argument("--comment", default="")

    p = sub.add_parser("export-key", help="(coordinators) save the coordination key, encrypted")
    p.add_argument("file")
    p = sub.add_parser("import-key", help="(coordinators) load a coordination key file")
    p.add_argument("file")


def _proxy(value: str | None) -> ProxySettings | None:
    if value is None:
        return None
    if value in ("none", "system"):
        return ProxySettings(mode=value)
    return ProxySettings(mode="manual", url=value)


def cmd_enroll(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    with open_profile(paths) as profile:
        try:
            result = profile.sync.enroll(args.code, name=args.name, proxy=_proxy(args.proxy))
        except (InvitationInvalidError, InvitationExpiredError, InvitationUsedError) as exc:
            print(f"fieldbook: {exc.message}", file=sys.stderr)
            return 2
    print(
        f"Connected to {result.server_url} as {result.role}"
        + (f" ({result.org})" if result.org else "")
    )
    if result.coordinator_fingerprint:
        print(f"Coordinator key fingerprint: {result.coordinator_fingerprint}")
        print("Compare it with your coordinator by phone or in person.")
    if result.needs_key_file:
        print(
            "Import the coordination key file from the first coordinator: fieldbook import-key FILE"
        )
    return 0


def cmd_sync(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    with open_profile(paths) as profile:
        engine = profile.sync.engine()
        backoff = Backoff(base=2.0, cap=60.0)
        last_phase = ""

        def progress(p: SyncProgress) -> None:
            nonlocal last_phase
            if not args.quiet and p.phase != last_phase:
                print(f"… {p.phase}", file=sys.stderr)
                last_phase = p.phase

        for attempt in range(max(1, args.attempts)):
            try:
                summary = engine.sync_once(progress)
            except SyncError as exc:
                print(f"fieldbook: {exc.message}", file=sys.stderr)
                if not exc.transient:
                    return 1
                if attempt + 1 < args.attempts:
                    time.sleep(backoff.next_delay(exc.retry_after))
                continue
            if not args.quiet:
                for line in summary.lines():
                    print(line)
            return 0
    return EXIT_TEMPFAIL


def cmd_review(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    with open_profile(paths) as profile:
        envelope_id = profile.reviews.review(args.id, args.status.replace("-", "_"), args.comment)
    print(f"Review sealed ({envelope_id[:16]}…); it is sent with the next sync.")
    return 0


def cmd_export_key(paths: Paths, args: argparse.Namespace, open_profile: Opener, ask: Asker) -> int:
    with open_profile(paths) as profile:
        secret = ask("Passphrase for the key file: ", "FIELDBOOK_KEY_PASSPHRASE", confirm=True)
        data = profile.sync.export_coordination_key(secret)
    fd = open_private(Path(args.file))
    with open(fd, "wb") as fh:
        fh.write(data)
    print(f"Coordination key saved to {args.file}. Keep it offline and apart from its passphrase.")
    return 0


def cmd_import_key(paths: Paths, args: argparse.Namespace, open_profile: Opener, ask: Asker) -> int:
    data = Path(args.file).read_bytes()
    with open_profile(paths) as profile:
        profile.sync.import_coordination_key(
            data, ask("Key file passphrase: ", "FIELDBOOK_KEY_PASSPHRASE")
        )
    print("Coordination key imported.")
    return 0


Command = Callable[[Paths, argparse.Namespace], int]


def commands(open_profile: Opener, ask: Asker) -> dict[str, Command]:
    """The handlers, bound to the main CLI's profile opener and passphrase prompt."""

    def bind(fn: Callable[..., int], *extra: Any) -> Command:
        def run(paths: Paths, args: argparse.Namespace) -> int:
            return fn(paths, args, open_profile, *extra)

        return run

    return {
        "enroll": bind(cmd_enroll),
        "sync": bind(cmd_sync),
        "review": bind(cmd_review),
        "export-key": bind(cmd_export_key, ask),
        "import-key": bind(cmd_import_key, ask),
    }
