"""The network from the command line (coordinators): `fieldbook devices [--json]`,
`fieldbook revoke DEVICE [--yes]`, `fieldbook org add NAME --velayat V`, `fieldbook org list`.

The same calls as the Network dialog (desktop/core/network.py). Revoking asks first unless
``--yes``; without a terminal to ask in, it refuses rather than guess.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from desktop import cli_text
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.network import BadOrgError, NetworkService, UnknownDeviceError
from desktop.core.paths import Paths
from desktop.core.profile import Profile

Opener = Callable[[Paths], Profile]
Command = Callable[[Paths, argparse.Namespace], int]

NO_DEVICES = QT_TRANSLATE_NOOP("Cli", "no devices enrolled")
NEVER = QT_TRANSLATE_NOOP("Cli", "never")
ACTIVE = QT_TRANSLATE_NOOP("Cli", "active")
REVOKED_ON = QT_TRANSLATE_NOOP("Cli", "revoked %1")
CONFIRM_REVOKE = QT_TRANSLATE_NOOP(
    "Cli",
    "Revoke device %1 (%2, %3)? It will be refused at its next connection, and this cannot "
    "be undone. Type yes to revoke: ",
)
NOT_REVOKED = QT_TRANSLATE_NOOP("Cli", "Nothing was revoked.")
NEED_YES = QT_TRANSLATE_NOOP(
    "Cli", "revoking needs a confirmation: run it in a terminal, or add --yes"
)
REVOKED = QT_TRANSLATE_NOOP("Cli", "Device %1 is revoked: the server refuses it from now on.")
REPLACE_KEY = QT_TRANSLATE_NOOP(
    "Cli",
    "This device was a coordinator's and holds the coordination key. Revoking stops it "
    "syncing, not reading what it already has: replace the coordination key from a remaining "
    "coordinator's device (docs/security.md, 'A coordinator's laptop is lost').",
)
ORG_ADDED = QT_TRANSLATE_NOOP("Cli", "Organisation %1 added (%2, id %3).")
NO_ORGS = QT_TRANSLATE_NOOP("Cli", "no organisations yet")


def add_commands(sub: Any) -> None:
    p = sub.add_parser("devices", help="(coordinators) the network's devices")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("revoke", help="(coordinators) stop a device syncing, at once")
    p.add_argument("device", metavar="DEVICE", help="the device id (fieldbook devices)")
    p.add_argument("--yes", action="store_true", help="do not ask for a confirmation")
    org = sub.add_parser("org", help="(coordinators) the network's organisations")
    verbs = org.add_subparsers(dest="org_cmd", required=True)
    p = verbs.add_parser("add", help="add an organisation")
    p.add_argument("name")
    p.add_argument("--velayat", required=True, help="Ahal, Balkan, Daşoguz, Lebap, Mary, Aşgabat")
    p = verbs.add_parser("list", help="list the organisations")
    p.add_argument("--json", action="store_true")


def when(ms: int | None) -> str:
    if ms is None:
        return cli_text.cli(NEVER)
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")


def cmd_devices(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    with open_profile(paths) as profile:
        devices = NetworkService(profile).devices()
    if args.json:
        print(json.dumps([d.to_json() for d in devices], ensure_ascii=False, indent=1))
        return 0
    if not devices:
        print(cli_text.cli(NO_DEVICES))
    for d in devices:
        state = cli_text.cli(ACTIVE) if d.active else cli_text.cli(REVOKED_ON, when(d.revoked_ms))
        org = d.org.name if d.org else "-"
        print(
            f"{d.device_id}  {d.role:11}  {org[:28]:28}  {(d.name or '-')[:20]:20}  "
            f"{when(d.last_received_ms):20}  {state}"
        )
    return 0


def cmd_revoke(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    with open_profile(paths) as profile:
        network = NetworkService(profile)
        wanted = args.device.strip().lower()
        if not args.yes:
            found = next((d for d in network.devices() if d.device_id == wanted), None)
            if found is None:
                raise UnknownDeviceError()
            if not sys.stdin.isatty():
                print(f"fieldbook: {cli_text.cli(NEED_YES)}", file=sys.stderr)
                return 2
            org = found.org.name if found.org else "-"
            answer = input(cli_text.cli(CONFIRM_REVOKE, found.device_id, found.role, org))
            if answer.strip().lower() not in ("yes", "да", "hawa"):
                print(cli_text.cli(NOT_REVOKED))
                return 1
        done = network.revoke(wanted)
    print(cli_text.cli(REVOKED, done.device_id))
    if done.was_coordinator:
        print(cli_text.cli(REPLACE_KEY))
    return 0


def cmd_org(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    with open_profile(paths) as profile:
        network = NetworkService(profile)
        if args.org_cmd == "add":
            org = network.add_org(args.name, args.velayat)
            print(cli_text.cli(ORG_ADDED, org.name, org.velayat, org.org_id))
            return 0
        orgs = network.orgs()
    if args.json:
        print(json.dumps([o.__dict__ for o in orgs], ensure_ascii=False, indent=1))
        return 0
    if not orgs:
        print(cli_text.cli(NO_ORGS))
    for o in orgs:
        print(f"{o.org_id:6}  {o.velayat:10}  {o.name}")
    return 0


def commands(open_profile: Opener) -> dict[str, Command]:
    def bad_input(run: Callable[[Paths, argparse.Namespace, Opener], int]) -> Command:
        def wrapped(paths: Paths, args: argparse.Namespace) -> int:
            try:
                return run(paths, args, open_profile)
            except (UnknownDeviceError, BadOrgError) as exc:
                print(f"fieldbook: {cli_text.core(exc.message)}", file=sys.stderr)
                return 2

        return wrapped

    return {"devices": bad_input(cmd_devices), "revoke": bad_input(cmd_revoke),
            "org": bad_input(cmd_org)}  # fmt: skip
