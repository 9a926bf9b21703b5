"""`fieldbook invite --role field|coordinator --org NAME`: a coordinator's device makes a
one-time invitation code (desktop/core/invitations.py) and prints it."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from desktop.core.paths import Paths
from desktop.core.profile import Profile

Opener = Callable[[Paths], Profile]
_UNITS = {"d": 86400, "h": 3600, "m": 60}


def add_commands(sub: Any) -> None:
    p = sub.add_parser(
        "invite", help="(coordinators) make a one-time invitation code for a new device"
    )
    p.add_argument("--role", choices=["field", "coordinator"], required=True)
    p.add_argument("--org", default=None, help="the organisation (name or id) of the device")
    p.add_argument("--expires", default="7d", help="validity: 7d, 12h or 90m (default 7d)")


def _duration(text: str) -> int:
    text = text.strip().lower()
    number, unit = text[:-1], text[-1:]
    if unit not in _UNITS or not number.isdigit() or not int(number) * _UNITS[unit] >= 60:
        raise SystemExit("fieldbook: --expires must look like 7d, 12h or 90m (at least 1m)")
    return int(number) * _UNITS[unit]


def cmd_invite(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    from desktop.core.invitations import make_invitation

    expires = _duration(args.expires)
    with open_profile(paths) as profile:
        made = make_invitation(profile, args.role, org=args.org, expires_in_s=expires)
    until = datetime.fromtimestamp(made.expires_ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")
    where = f" for {made.org}" if made.org else ""
    print(f"One-time invitation ({made.role}{where}), valid until {until}:")
    print()
    print(f"  {made.code}")
    print()
    print(f"After connecting, the new device shows the fingerprint {made.fingerprint}.")
    print("Hand the code over in person; compare the fingerprint by phone.")
    sys.stdout.flush()
    return 0


def commands(open_profile: Opener) -> dict[str, Callable[[Paths, argparse.Namespace], int]]:
    def run(paths: Paths, args: argparse.Namespace) -> int:
        return cmd_invite(paths, args, open_profile)

    return {"invite": run}
