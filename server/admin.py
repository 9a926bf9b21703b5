"""Administration shared by the CLI and the coordinator API: organisations, invitations,
devices, revocation, status."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from protocol.invitation import Invitation
from server import schema
from server.clock import now_ms
from server.database import Database

VELAYATS = ("Ahal", "Balkan", "Daşoguz", "Lebap", "Mary", "Aşgabat")
ROLES = ("field", "coordinator")
DEFAULT_INVITATION_TTL_S = 7 * 24 * 3600
MAX_INVITATION_TTL_S = 365 * 24 * 3600
MAX_ORG_ID = 2**31 - 1
_DIGITS = re.compile(r"[0-9]{1,12}")


class AdminError(Exception):
    """A refusal the CLI prints and the API maps to a 4xx; ``code`` is the API error code."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("sh", "s")


def canonical_velayat(name: str) -> str:
    """``dasoguz``, ``Dashoguz`` and ``Daşoguz`` all name Daşoguz; Ashgabat is Aşgabat."""
    wanted = _fold(name.strip())
    for velayat in VELAYATS:
        if _fold(velayat) == wanted:
            return velayat
    raise AdminError("unknown_velayat", f"velayat must be one of: {', '.join(VELAYATS)}")


def parse_duration(text: str) -> int:
    """``7d``, ``12h``, ``30m``, ``90s`` or plain seconds → seconds."""
    text = text.strip().lower()
    units = {"d": 86400, "h": 3600, "m": 60, "s": 1}
    factor = units.get(text[-1:], 0)
    number = text[:-1] if factor else text
    if not factor:
        factor = 1
    if not _DIGITS.fullmatch(number) or not 0 < int(number) * factor <= MAX_INVITATION_TTL_S:
        raise AdminError("bad_duration", "expiry must look like 7d, 12h, 30m or 3600s (≤ 365d)")
    return int(number) * factor


# -- organisations ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Org:
    org_id: int
    name: str
    velayat: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.org_id, "name": self.name, "velayat": self.velayat}


def add_org(db: Database, name: str, velayat: str) -> Org:
    name = name.strip()
    if not 0 < len(name) <= 200 or not name.isprintable():
        raise AdminError("bad_name", "an organisation needs a name of 1 to 200 characters")
    canonical = canonical_velayat(velayat)
    try:
        with db.write() as conn:
            org_id = conn.execute(
                insert(schema.orgs).values(name=name, velayat=canonical, created_ms=now_ms())
            ).inserted_primary_key
    except IntegrityError as exc:
        raise AdminError("org_exists", f"an organisation named {name!r} exists") from exc
    assert org_id is not None
    return Org(int(org_id[0]), name, canonical)


def list_orgs(db: Database) -> list[tuple[Org, int]]:
    """Organisations with their number of active devices."""
    d = schema.devices
    active = (
        select(d.c.org_id, func.count().label("n"))
        .where(d.c.revoked_ms.is_(None))
        .group_by(d.c.org_id)
        .subquery()
    )
    o = schema.orgs
    with db.read() as conn:
        rows = conn.execute(
            select(o.c.org_id, o.c.name, o.c.velayat, active.c.n)
            .outerjoin(active, active.c.org_id == o.c.org_id)
            .order_by(o.c.name)
        ).all()
    return [(Org(r.org_id, r.name, r.velayat), int(r.n or 0)) for r in rows]


def find_org(conn: Connection, ref: str | int) -> Org:
    """An organisation by id or by (case-insensitive) name."""
    o = schema.orgs
    query = select(o.c.org_id, o.c.name, o.c.velayat)
    row = None
    if isinstance(ref, int) or _DIGITS.fullmatch(ref):
        if 0 < int(ref) <= MAX_ORG_ID:
            row = conn.execute(query.where(o.c.org_id == int(ref))).first()
    elif "\x00" not in ref:
        row = conn.execute(query.where(func.lower(o.c.name) == ref.strip().lower())).first()
    if row is None:
        raise AdminError("org_unknown", f"no organisation {ref!r}")
    return Org(row.org_id, row.name, row.velayat)


def org_by_id(conn: Connection, org_id: int | None) -> Org | None:
    return None if org_id is None else find_org(conn, org_id)


# -- invitations -----------------------------------------------------------------------------
@dataclass(frozen=True)
class IssuedInvitation:
    code: str
    role: str
    org: Org | None
    expires_ms: int


@dataclass(frozen=True)
class RegisteredInvitation:
    token_hash: str
    role: str
    org: Org | None
    expires_ms: int


def coordination_key_published(conn: Connection) -> bool:
    c = schema.coordination_key
    return conn.execute(select(c.c.slot).where(c.c.slot == 1)).first() is not None


def _check_terms(role: str, ttl_s: int) -> None:
    if role not in ROLES:
        raise AdminError("bad_role", "role must be field or coordinator")
    if not 0 < ttl_s <= MAX_INVITATION_TTL_S:
        raise AdminError("bad_duration", "expiry must be between 1 s and 365 days")


def _insert_invitation(
    conn: Connection,
    token_hash: str,
    role: str,
    found: Org | None,
    ttl_s: int,
    created_by: str,
) -> int:
    created = now_ms()
    expires = created + ttl_s * 1000
    inv = schema.invitations
    if conn.execute(select(inv.c.token_hash).where(inv.c.token_hash == token_hash)).first():
        raise AdminError("invitation_exists", "an invitation with this token exists")
    conn.execute(
        insert(inv).values(
            token_hash=token_hash,
            role=role,
            org_id=found.org_id if found else None,
            created_ms=created,
            expires_ms=expires,
            created_by=created_by,
        )
    )
    return expires


FIRST_COORDINATOR_ONLY = (
    "a coordinator has published the coordination key, so invitations are made on a "
    "coordinator's device (fieldbook invite --role field|coordinator --org NAME): only that "
    "device can vouch for the coordinator's key. The server makes the first coordinator's "
    "code only."
)


def create_first_coordinator_invitation(
    db: Database,
    *,
    server_url: str,
    org: str | int | None = None,
    ttl_s: int = DEFAULT_INVITATION_TTL_S,
) -> IssuedInvitation:
    """The one code the server makes: for the first coordinator, before any coordination key
    exists (so it pins none). Once a key is published the server refuses: a code it made
    would carry a fingerprint from its own database, which whoever runs the server could
    swap for their own."""
    _check_terms("coordinator", ttl_s)
    with db.write() as conn:
        if coordination_key_published(conn):
            raise AdminError("coordinator_exists", FIRST_COORDINATOR_ONLY)
        found = find_org(conn, org) if org is not None else None
        try:
            invitation = Invitation.new(server_url)
            code = invitation.encode()
        except Exception as exc:  # InvitationError, or a URL too odd to encode
            raise AdminError("bad_url", f"cannot make an invitation for {server_url!r}") from exc
        expires = _insert_invitation(
            conn, invitation.token_hash, "coordinator", found, ttl_s, "admin"
        )
    return IssuedInvitation(code, "coordinator", found, expires)


def register_invitation(
    db: Database,
    *,
    token_hash: str,
    role: str,
    org: str | int | None = None,
    ttl_s: int = DEFAULT_INVITATION_TTL_S,
    created_by: str,
) -> RegisteredInvitation:
    """A code a coordinator's device made: the server keeps the token's hash and the terms."""
    _check_terms(role, ttl_s)
    if len(token_hash) != 64 or any(c not in "0123456789abcdef" for c in token_hash):
        raise AdminError("bad_token_hash", "token_hash must be 64 lowercase hex digits")
    with db.write() as conn:
        found = find_org(conn, org) if org is not None else None
        expires = _insert_invitation(conn, token_hash, role, found, ttl_s, created_by)
    return RegisteredInvitation(token_hash, role, found, expires)


# -- devices ---------------------------------------------------------------------------------
def list_devices(db: Database, org: str | int | None = None) -> list[dict[str, Any]]:
    d, o, e = schema.devices, schema.orgs, schema.envelopes
    query = (
        select(
            d.c.device_id,
            d.c.name,
            d.c.role,
            d.c.enrolled_ms,
            d.c.revoked_ms,
            d.c.last_seq,
            d.c.signing_key,
            d.c.encryption_key,
            o.c.org_id,
            o.c.name.label("org_name"),
            o.c.velayat,
            e.c.received_ms.label("last_received"),
        )
        .outerjoin(o, o.c.org_id == d.c.org_id)
        # the last envelope's arrival is the device's last contact worth showing
        .outerjoin(e, e.c.envelope_id == d.c.last_envelope_id)
        .order_by(d.c.enrolled_ms, d.c.device_id)
    )
    with db.read() as conn:
        if org is not None:
            query = query.where(d.c.org_id == find_org(conn, org).org_id)
        rows = conn.execute(query).all()
    return [
        {
            "device_id": r.device_id,
            "name": r.name,
            "role": r.role,
            "org": None
            if r.org_id is None
            else {"id": r.org_id, "name": r.org_name, "velayat": r.velayat},
            "enrolled": r.enrolled_ms,
            "revoked": r.revoked_ms,
            "last_seq": r.last_seq,
            "last_received": r.last_received,
            "signing_key": bytes(r.signing_key),
            "encryption_key": bytes(r.encryption_key),
        }
        for r in rows
    ]


@dataclass(frozen=True)
class Revocation:
    device_id: str
    revoked_ms: int
    role: str

    @property
    def was_coordinator(self) -> bool:
        return self.role == "coordinator"


ROTATE_ADVICE = (
    "This device was a coordinator's: it holds the coordination key, which opens every "
    "observation sent so far and every one sent until the key is replaced. Revoking stops "
    "it syncing, not reading what it already has or what it could still fetch from a copy "
    "of this server. Replace the key from the laptop of the coordinator whose fingerprint "
    "the invitation codes carry (`fieldbook coordination rotate`, or Network > Replace the "
    "coordination key; docs/security.md, 'A coordinator's laptop is lost'), and treat what "
    "was sent before as readable by whoever holds that laptop."
)


def revoke_device(db: Database, device_id: str) -> Revocation:
    """Revoke a device; effective for its next request."""
    device_id = device_id.strip().lower()
    d = schema.devices
    with db.write() as conn:
        row = conn.execute(
            select(d.c.revoked_ms, d.c.role).where(d.c.device_id == device_id)
        ).first()
        if row is None:
            raise AdminError("device_unknown", f"no device {device_id}")
        if row.revoked_ms is not None:
            return Revocation(device_id, int(row.revoked_ms), str(row.role))
        when = now_ms()
        conn.execute(update(d).where(d.c.device_id == device_id).values(revoked_ms=when))
    return Revocation(device_id, when, str(row.role))


def status(db: Database) -> dict[str, Any]:
    """Counts for ``fieldbook-server status`` (storage use is added by the caller)."""
    from server.migrations import current_epoch

    def count(conn: Connection, table: Any, *where: Any) -> int:
        return int(conn.execute(select(func.count()).select_from(table).where(*where)).scalar_one())

    d, b = schema.devices, schema.blobs
    with db.read() as conn:
        _epoch_no, epoch = current_epoch(conn)
        expected = conn.execute(
            select(func.count(func.distinct(schema.blob_refs.c.blob_id)))
        ).scalar_one()
        return {
            "epoch": epoch,
            "schema_version": conn.execute(select(schema.schema_version.c.version)).scalar_one(),
            "orgs": count(conn, schema.orgs),
            "devices": count(conn, d, d.c.revoked_ms.is_(None)),
            "devices_revoked": count(conn, d, d.c.revoked_ms.is_not(None)),
            "coordinators": count(conn, d, d.c.revoked_ms.is_(None), d.c.role == "coordinator"),
            "invitations_open": count(
                conn,
                schema.invitations,
                schema.invitations.c.used_ms.is_(None),
                schema.invitations.c.expires_ms > now_ms(),
            ),
            "records": count(conn, schema.records),
            "records_conflicted": count(conn, schema.records, schema.records.c.conflicted),
            "envelopes": count(conn, schema.envelopes),
            "envelope_bytes": int(
                conn.execute(
                    select(func.coalesce(func.sum(func.length(schema.envelopes.c.wire)), 0))
                ).scalar_one()
            ),
            "blobs_expected": int(expected),
            "blobs_complete": count(conn, b, b.c.complete),
            "blobs_partial": count(conn, b, b.c.complete.is_(False)),
            "coordination_key_published": count(conn, schema.coordination_key) > 0,
        }
