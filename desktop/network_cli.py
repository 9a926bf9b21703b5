"""The network from the command line (coordinators): `fieldbook devices [--json]`,
`fieldbook revoke DEVICE [--yes] [--rotate]`, `fieldbook org add NAME --velayat V`,
`fieldbook org list`, `fieldbook coordination status [--json]`,
`fieldbook coordination rotate [--yes]`.

The same calls as the Network dialog (desktop/core/network.py). Revoking and replacing the
coordination key ask first unless ``--yes``; without a terminal to ask in, they refuse rather
than guess. Revoking a coordinator's device offers to replace the key at once (``--rotate``
does it without asking) when this device is the one that may.
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
    "syncing, not reading what it already has: replace the coordination key so that it cannot "
    "read what is sent from now on (docs/security.md, 'A coordinator's laptop is lost').",
)
OFFER_ROTATE = QT_TRANSLATE_NOOP(
    "Cli", "Replace the coordination key now? Type yes to replace it: "
)
ROTATE_LATER = QT_TRANSLATE_NOOP(
    "Cli",
    "To replace the coordination key later: fieldbook coordination rotate",
)
ROTATE_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Cli",
    "Only the coordinator whose fingerprint the invitation codes carry (%1) can replace the "
    "coordination key: ask them to run fieldbook coordination rotate.",
)
CONFIRM_ROTATE = QT_TRANSLATE_NOOP(
    "Cli",
    "Replace the coordination key? A new key is made on this device and certified with its "
    "identity; every device seals what it sends from its next sync for the new key only. "
    "Records already sent stay readable to whoever holds the old key: replacing protects "
    "what is sent from now on. Every other coordinator must then import the new key file. "
    "Type yes to replace it: ",
)
NOT_ROTATED = QT_TRANSLATE_NOOP("Cli", "The coordination key was not replaced.")
NEED_YES_ROTATE = QT_TRANSLATE_NOOP(
    "Cli", "replacing the coordination key needs a confirmation: run it in a terminal, or add --yes"
)
ROTATED = QT_TRANSLATE_NOOP(
    "Cli",
    "The coordination key is replaced (generation %1, fingerprint %2). Field devices take it "
    "at their next sync. Now export the key file (fieldbook export-key FILE) and give it to "
    "each remaining coordinator to import; it holds the earlier keys too, for older records.",
)
STATUS_KEY = QT_TRANSLATE_NOOP("Cli", "coordination key: generation %1, fingerprint %2")
STATUS_IDENTITY = QT_TRANSLATE_NOOP("Cli", "certified by the coordinator identity %1")
STATUS_HELD = QT_TRANSLATE_NOOP(
    "Cli", "this device holds it: %1; keys held for older records: %2; may replace it: %3"
)
STATUS_BEHIND = QT_TRANSLATE_NOOP(
    "Cli",
    "devices whose newest record was sealed for an older key (not synced since the "
    "replacement, or kept on the old key by the server): %1",
)
YES = QT_TRANSLATE_NOOP("Cli", "yes")
NO = QT_TRANSLATE_NOOP("Cli", "no")
ORG_ADDED = QT_TRANSLATE_NOOP("Cli", "Organisation %1 added (%2, id %3).")
NO_ORGS = QT_TRANSLATE_NOOP("Cli", "no organisations yet")


def add_commands(sub: Any) -> None:
    p = sub.add_parser("devices", help="(coordinators) the network's devices")
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("revoke", help="(coordinators) stop a device syncing, at once")
    p.add_argument("device", metavar="DEVICE", help="the device id (fieldbook devices)")
    p.add_argument("--yes", action="store_true", help="do not ask for a confirmation")
    p.add_argument(
        "--rotate",
        action="store_true",
        help="a coordinator's device: replace the coordination key right after, without asking",
    )
    coordination = sub.add_parser(
        "coordination", help="(coordinators) the network's coordination key"
    )
    verbs = coordination.add_subparsers(dest="coordination_cmd", required=True)
    p = verbs.add_parser("status", help="its generation and fingerprints")
    p.add_argument("--json", action="store_true")
    p = verbs.add_parser(
        "rotate", help="replace it with a new key (after a coordinator's laptop is lost)"
    )
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
            if not _yes(answer):
                print(cli_text.cli(NOT_REVOKED))
                return 1
        done = network.revoke(wanted)
        print(cli_text.cli(REVOKED, done.device_id))
        if not done.was_coordinator:
            return 0
        print(cli_text.cli(REPLACE_KEY))
        if not network.can_rotate_coordination_key():
            identity = profile.sync.coordination_status().identity_fingerprint
            print(cli_text.cli(ROTATE_ELSEWHERE, identity))
            return 0
        if not args.rotate:
            if args.yes or not sys.stdin.isatty():  # a script: it asked for no questions
                print(cli_text.cli(ROTATE_LATER))
                return 0
            if not _yes(input(cli_text.cli(OFFER_ROTATE))):
                print(cli_text.cli(ROTATE_LATER))
                return 0
        return _rotate(network)


def _yes(answer: str) -> bool:
    return answer.strip().lower() in ("yes", "да", "hawa", cli_text.cli(YES).lower())


def _rotate(network: NetworkService) -> int:
    done = network.rotate_coordination_key()
    print(cli_text.cli(ROTATED, str(done.generation), done.fingerprint))
    return 0


def cmd_coordination(paths: Paths, args: argparse.Namespace, open_profile: Opener) -> int:
    with open_profile(paths) as profile:
        network = NetworkService(profile)
        if args.coordination_cmd == "status":
            status = profile.sync.coordination_status()
            if args.json:
                print(json.dumps(status.__dict__, ensure_ascii=False, indent=1))
                return 0
            yes_no = {True: cli_text.cli(YES), False: cli_text.cli(NO)}
            print(cli_text.cli(STATUS_KEY, status.generation, status.key_fingerprint))
            print(cli_text.cli(STATUS_IDENTITY, status.identity_fingerprint))
            held = (yes_no[status.holds_key], status.keys_held, yes_no[status.can_rotate])
            print(cli_text.cli(STATUS_HELD, *held))
            if status.behind:
                print(cli_text.cli(STATUS_BEHIND, " ".join(status.behind)))
            return 0
        if not network.can_rotate_coordination_key():
            identity = profile.sync.coordination_status().identity_fingerprint
            print(f"fieldbook: {cli_text.cli(ROTATE_ELSEWHERE, identity)}", file=sys.stderr)
            return 1
        if not args.yes:
            if not sys.stdin.isatty():
                print(f"fieldbook: {cli_text.cli(NEED_YES_ROTATE)}", file=sys.stderr)
                return 2
            if not _yes(input(cli_text.cli(CONFIRM_ROTATE))):
                print(cli_text.cli(NOT_ROTATED))
                return 1
        return _rotate(network)


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
            "org": bad_input(cmd_org), "coordination": bad_input(cmd_coordination)}  # fmt: skip
