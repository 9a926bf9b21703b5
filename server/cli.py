"""``fieldbook-server``: serve, and the admin subcommands (safe while the server runs)."""

from __future__ import annotations

import argparse
import json
import os
import sys
import textwrap
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from protocol.encoding import b64encode
from protocol.keys import fingerprint
from protocol.version import __version__
from server import admin
from server.config import Limits, ServerConfig, resolve_config
from server.migrations import new_epoch
from server.state import open_database, stored_public_url


def _when(ms: int | None) -> str:
    if ms is None:
        return "-"
    return datetime.fromtimestamp(ms / 1000, UTC).strftime("%Y-%m-%d %H:%M UTC")


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data-dir",
        help="server key, blobs and (by default) the SQLite database "
        "[env FIELDBOOK_SERVER_DATA_DIR; default: the platform's user data folder]",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help="postgresql://user:pass@host/db to use PostgreSQL [env FIELDBOOK_SERVER_DATABASE;"
        " default: SQLite in the data dir]",
    )


def _config(args: argparse.Namespace, **extra: Any) -> ServerConfig:
    try:
        return resolve_config(args.data_dir, args.database, **extra)
    except ValueError as exc:
        raise SystemExit(f"fieldbook-server: {exc}") from exc


def cmd_serve(args: argparse.Namespace) -> int:
    from server.serve import serve

    if bool(args.certfile) != bool(args.keyfile):
        raise SystemExit("fieldbook-server: --certfile and --keyfile go together")
    limits = Limits(
        rate_per_second=args.rate,
        rate_burst=args.burst,
        body_idle_timeout_s=args.body_timeout,
        auth_failure_burst=args.auth_failure_burst,
        device_quota_bytes=args.device_quota_mb * 1024 * 1024,
        large_bodies_per_address=args.large_bodies_per_address,
        large_bodies_total=args.large_bodies_total,
        partial_expiry_s=args.partial_expiry,
    )
    config = _config(
        args, limits=limits, public_url=args.public_url, verify_workers=args.verify_workers
    )
    serve(
        config,
        args.host,
        args.port,
        certfile=args.certfile,
        keyfile=args.keyfile,
        proxy=args.behind_proxy,
        log_level=args.log_level,
    )
    return 0


def cmd_org_add(args: argparse.Namespace) -> int:
    org = admin.add_org(open_database(_config(args)), args.name, args.velayat)
    print(f"organisation {org.org_id}: {org.name} ({org.velayat})")
    return 0


def cmd_org_list(args: argparse.Namespace) -> int:
    rows = admin.list_orgs(open_database(_config(args)))
    if args.json:
        print(json.dumps([{**o.to_json(), "devices": n} for o, n in rows], ensure_ascii=False))
        return 0
    if not rows:
        print("no organisations yet: fieldbook-server org add NAME --velayat VELAYAT")
    for org, count in rows:
        print(f"{org.org_id:>4}  {org.name}  ({org.velayat})  {count} device(s)")
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    db = open_database(_config(args))
    if args.role != "coordinator":
        raise admin.AdminError(
            "field_code_on_device",
            "field workers' codes are made on a coordinator's device (fieldbook invite "
            "--role field --org NAME), so that they vouch for the coordinator's key; the "
            "server makes only the first coordinator's code",
        )
    url = args.url or stored_public_url(db)
    if not url:
        raise SystemExit(
            "fieldbook-server: no server URL known yet; pass --url https://your.server"
        )
    issued = admin.create_first_coordinator_invitation(
        db, server_url=url, org=args.org, ttl_s=admin.parse_duration(args.expires)
    )
    if args.json:
        print(
            json.dumps(
                {
                    "code": issued.code,
                    "role": issued.role,
                    "org": issued.org.to_json() if issued.org else None,
                    "expires": issued.expires_ms,
                }
            )
        )
        return 0
    where = f" for {issued.org.name}" if issued.org else ""
    print(f"One-time invitation ({issued.role}{where}), valid until {_when(issued.expires_ms)}:")
    print()
    print(f"  {issued.code}")
    print()
    print(
        "This is the first coordinator's code. Every further code (field workers, other\n"
        "coordinators) is made on that coordinator's device: fieldbook invite --role ..."
    )
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    devices = admin.list_devices(open_database(_config(args)), args.org)
    if args.json:
        for d in devices:
            d["signing_key"] = b64encode(d["signing_key"])
            d["encryption_key"] = b64encode(d["encryption_key"])
        print(json.dumps(devices, ensure_ascii=False))
        return 0
    if not devices:
        print("no devices enrolled")
    for d in devices:
        org = d["org"]["name"] if d["org"] else "-"
        state = f"REVOKED {_when(d['revoked'])}" if d["revoked"] else "active"
        print(
            f"{d['device_id']}  {d['role']:<11} {org:<24} {d['name'] or '-':<20} "
            f"seq {d['last_seq']:<6} enrolled {_when(d['enrolled'])}  {state}"
        )
        print(f"    key fingerprint {fingerprint(d['signing_key'])}")
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    revocation = admin.revoke_device(open_database(_config(args)), args.device)
    print(
        f"device {args.device} revoked ({_when(revocation.revoked_ms)}); "
        "its next request is refused"
    )
    if revocation.was_coordinator:
        print()
        print(textwrap.fill(admin.ROTATE_ADVICE, 79))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from server.blob_store import BlobStore

    config = _config(args)
    db = open_database(config)
    info = admin.status(db)
    info["blob_storage_bytes"] = BlobStore(config.blob_root, db).usage_bytes()
    if config.is_sqlite:
        db_file = config.data_dir / "fieldbook-server.db"
        info["database_bytes"] = sum(
            p.stat().st_size
            for p in (db_file, db_file.with_name(db_file.name + "-wal"))
            if p.exists()
        )
    info["data_dir"] = str(config.data_dir)
    info["database"] = "sqlite" if config.is_sqlite else "postgresql"
    if args.json:
        print(json.dumps(info))
    else:
        width = max(len(k) for k in info)
        for key, value in info.items():
            print(f"{key:<{width}}  {value}")
    return 0


def cmd_new_epoch(args: argparse.Namespace) -> int:
    epoch = new_epoch(open_database(_config(args)), args.reason)
    print(f"new epoch {epoch}: every device will fetch its changes again from the start")
    return 0


def cmd_parcel_import(args: argparse.Namespace) -> int:
    from protocol.parcel import ParcelError
    from server.parcel_import import import_parcel, write_receipts
    from server.state import open_state

    limits = Limits(device_quota_bytes=args.device_quota_mb * 1024 * 1024)
    state = open_state(_config(args, limits=limits, verify_workers=0))
    receipts: list[dict[str, Any]] = []
    failed = 0
    try:
        for path in args.files:
            try:
                report = import_parcel(state, path)
            except (ParcelError, OSError) as exc:
                print(f"{path}: refused: {exc}", file=sys.stderr)
                failed += 1
                continue
            receipts.extend(report.receipts)
            print(
                f"{path}: {report.stored} stored, {report.duplicates} already held, "
                f"{len(report.rejected)} refused, {report.blobs_complete} attachments completed"
            )
            for reason in report.rejected:
                print(f"  refused {reason}", file=sys.stderr)
        if args.receipts and receipts:
            size = write_receipts(state, receipts, Path(args.receipts))
            print(f"{len(receipts)} receipts written to {args.receipts} ({size} bytes)")
    finally:
        state.signatures.close()
    return 1 if failed else 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldbook-server",
        description="Fieldbook's central sync server: stores only ciphertext.",
    )
    parser.add_argument("--version", action="version", version=f"fieldbook-server {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, func: Callable[[argparse.Namespace], int], help: str) -> Any:
        p = sub.add_parser(name, help=help, description=help)
        _common(p)
        p.set_defaults(func=func)
        return p

    p = command("serve", cmd_serve, "run the server")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8443)
    p.add_argument("--certfile", help="TLS certificate chain (PEM)")
    p.add_argument("--keyfile", help="TLS private key (PEM)")
    p.add_argument("--public-url", help="the URL devices use (put into invitation codes)")
    p.add_argument(
        "--behind-proxy",
        nargs="?",
        const="127.0.0.1",
        default=None,
        metavar="PROXY_ADDRESS",
        help="trust X-Forwarded-For/-Proto, but only from this proxy address (comma-separated"
        " list; default 127.0.0.1): anyone else could claim any address",
    )
    p.add_argument("--rate", type=float, default=Limits.rate_per_second,
                   help="requests per second per device (sustained)")  # fmt: skip
    p.add_argument("--burst", type=int, default=Limits.rate_burst,
                   help="requests per device in a burst")  # fmt: skip
    p.add_argument("--body-timeout", type=float, default=Limits.body_idle_timeout_s,
                   help="seconds a request body may stall before it is dropped")  # fmt: skip
    p.add_argument("--auth-failure-burst", type=int, default=Limits.auth_failure_burst,
                   help="failed authentications per address before it must wait")  # fmt: skip
    p.add_argument("--large-bodies-per-address", type=int,
                   default=Limits.large_bodies_per_address,
                   help="bodies over 64 KiB one address may send at once (default 8)")  # fmt: skip
    p.add_argument("--large-bodies-total", type=int, default=Limits.large_bodies_total,
                   help="bodies over 64 KiB in flight at once (default 64)")  # fmt: skip
    p.add_argument("--device-quota-mb", type=int,
                   default=Limits.device_quota_bytes // (1024 * 1024),
                   help="storage per device (its envelopes and attachments), MiB"
                        " (default 20480)")  # fmt: skip
    p.add_argument("--partial-expiry", type=int, default=Limits.partial_expiry_s,
                   help="seconds an abandoned upload is kept (default 7 days)")  # fmt: skip
    p.add_argument("--verify-workers", type=int, default=None,
                   help="signature processes (default: cores - 1; none on <= 2 cores)")  # fmt: skip
    p.add_argument("--log-level", default="info",
                   choices=["critical", "error", "warning", "info", "debug"])  # fmt: skip

    org = sub.add_parser("org", help="organisations").add_subparsers(dest="org_cmd", required=True)
    p = org.add_parser("add", help="add an organisation")
    _common(p)
    p.add_argument("name")
    p.add_argument("--velayat", required=True, help=", ".join(admin.VELAYATS))
    p.set_defaults(func=cmd_org_add)
    p = org.add_parser("list", help="list organisations")
    _common(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_org_list)

    p = command(
        "invite",
        cmd_invite,
        "print the first coordinator's one-time invitation code (every other code is made "
        "on a coordinator's device: fieldbook invite)",
    )
    p.add_argument("--role", choices=admin.ROLES, required=True,
                   help="coordinator (field: refused, made on a coordinator's device)")  # fmt: skip
    p.add_argument("--org", help="organisation name or id")
    p.add_argument("--expires", default="7d", help="validity, e.g. 7d, 12h, 30m (default 7d)")
    p.add_argument("--url", help="server URL devices use (default: the one serve recorded)")
    p.add_argument("--json", action="store_true")

    p = command("devices", cmd_devices, "list enrolled devices")
    p.add_argument("--org", help="only this organisation's devices")
    p.add_argument("--json", action="store_true")

    p = command("revoke", cmd_revoke, "revoke a device (effective immediately)")
    p.add_argument("device", help="device id (32 hex digits)")

    parcel = sub.add_parser("parcel", help="parcels carried offline").add_subparsers(
        dest="parcel_cmd", required=True
    )
    p = parcel.add_parser("import", help="store the envelopes and attachments of parcels")
    _common(p)
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument(
        "--receipts", metavar="OUT", help="write the receipts to a parcel for the authors"
    )
    p.add_argument("--device-quota-mb", type=int,
                   default=Limits.device_quota_bytes // (1024 * 1024),
                   help="storage per device, MiB, as served (default 20480)")  # fmt: skip
    p.set_defaults(func=cmd_parcel_import)

    p = command("status", cmd_status, "counts and storage use")
    p.add_argument("--json", action="store_true")

    p = command(
        "new-epoch",
        cmd_new_epoch,
        "after restoring a backup: make every device page its changes again",
    )
    p.add_argument("--reason", default="restored from backup")
    return parser


def main(argv: list[str] | None = None) -> int:
    os.umask(0o077)  # the database, key and blobs are the operator's alone
    args = build_parser().parse_args(argv)
    try:
        result: int = args.func(args)
    except admin.AdminError as exc:
        print(f"fieldbook-server: {exc.message}", file=sys.stderr)
        return 2
    return result
