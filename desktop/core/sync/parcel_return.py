"""The way back by parcel: a coordinator's receipts and reviews for one field device or for
every device of an organisation (``fieldbook parcel make --for DEVICE|ORG``).

Which devices an organisation has is the server's to say (:mod:`desktop.core.network`, a
coordinator's signed call). Without a connection the coordinator still has to answer the
colleague about to leave with the stick, so each listing the server gives is kept in the
encrypted profile (:data:`DIRECTORY`) and used when the server cannot be asked; the report
says which it was, and names the authors of received records whose organisation this
profile does not know (enrolled after the last listing). An organisation known neither way
is refused with a message saying so, never answered with an empty parcel.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.sync.directory import read_directory
from desktop.core.sync.errors import SyncError
from desktop.core.sync.inbox import Inbox
from desktop.core.sync.parcel_parts import ParcelReport, PartWriter, Recipients
from protocol.encoding import is_hex

if TYPE_CHECKING:
    from desktop.core.network import Device, Org
    from desktop.core.profile import Profile


class UnknownOrgHereError(SyncError):
    code = "parcel_org_unknown"
    default_message = QT_TRANSLATE_NOOP(
        "core",
        "This organisation is not known on this computer, and the server cannot be asked now. "
        "Connect once (or open the network window while connected) so the organisations and "
        "their devices are known here, or make the parcel for a device id.",
    )


class NoSuchOrgError(SyncError):
    code = "parcel_no_such_org"
    default_message = QT_TRANSLATE_NOOP(
        "core", "The server knows no organisation of this name or number."
    )


class NotCoordinatorError(SyncError):
    code = "parcel_coordinator_only"
    default_message = QT_TRANSLATE_NOOP(
        "core", "Only a coordinator's device makes parcels of reviews and receipts."
    )


class DirectorySource(Protocol):
    """Who lists the network (:class:`desktop.core.network.NetworkService`): handed in by
    the caller, so the sync package does not import the network's management."""

    def orgs(self) -> list[Org]: ...

    def devices(self) -> list[Device]: ...


def _match(orgs: list[dict[str, Any]], target: str) -> dict[str, Any] | None:
    wanted = target.strip().casefold()
    for org in orgs:
        if str(org.get("name", "")).casefold() == wanted or str(org.get("id")) == wanted:
            return org
    return None


def _unix(iso: object) -> int:
    try:
        return int(datetime.fromisoformat(str(iso).replace("Z", "+00:00")).timestamp())
    except ValueError:
        return 0


def _listing(profile: Profile) -> tuple[list[dict[str, Any]], dict[str, int | None], int]:
    """(organisations, device id -> organisation id, when listed) as this profile knows
    them: the listings kept by the network service (:mod:`.directory`) and the device list
    each coordinator sync keeps (``known_devices``, desktop/core/received/directory.py),
    the newer winning for each device."""
    directory = read_directory(profile.sync.store)
    at = int(directory.get("at", 0))
    orgs = {int(o["id"]): o for o in directory.get("orgs", []) if isinstance(o, dict)}
    kept = directory.get("devices")
    listed: dict[str, int | None] = dict(kept) if isinstance(kept, dict) else {}
    newest = at
    rows = profile.database.query(
        "SELECT device_id, org_id, org_name, updated_at FROM known_devices"
    )
    for device_id, org_id, org_name, updated in rows:
        when = _unix(updated)
        if org_id is not None:
            orgs.setdefault(int(org_id), {"id": int(org_id), "name": str(org_name)})
        if device_id not in listed or when >= at:
            listed[str(device_id)] = None if org_id is None else int(org_id)
        newest = max(newest, when)
    return list(orgs.values()), listed, newest


def resolve(profile: Profile, target: str, network: DirectorySource | None) -> Recipients:
    """A device id as it is, else an organisation by name or number: asked of ``network``
    (the server), else (no connection, or no ``network``) from the profile's last listing."""
    store = profile.sync.store
    if store.role != "coordinator":
        raise NotCoordinatorError()
    target = target.strip()
    if is_hex(target.lower(), 16):
        return Recipients(devices=[target.lower()])
    source = "profile"
    if network is not None:
        try:
            network.orgs()  # each listing is kept in the profile as it comes
            network.devices()
        except SyncError as exc:
            if exc.code == "coordinator_only":
                raise NotCoordinatorError() from exc
            # no connection (or none to trust now): what this profile knew
        else:
            source = "server"
    orgs, listed, listed_at = _listing(profile)
    org = _match(orgs, target)
    if org is None:
        raise NoSuchOrgError() if source == "server" else UnknownOrgHereError()
    members = sorted(d for d, org_id in listed.items() if org_id == org["id"])
    authors = {
        str(r[0])
        for r in profile.database.query(
            "SELECT DISTINCT author FROM inbox WHERE author != ?", (profile.device_id,)
        )
    }
    return Recipients(
        devices=members,
        org=str(org["name"]),
        source=source,
        listed_at=listed_at,
        unplaced=sorted(authors - set(listed)),
    )


# -- the parcel ---------------------------------------------------------------------------------
def make_return(profile: Profile, directory: Path, network: str, items: list[dict[str, Any]],
                devices: list[str]) -> ParcelReport:  # fmt: skip
    """The server's receipts of what ``devices`` sent (their records become "sent"), and
    this coordinator's reviews of their records, each with its receipt (which orders
    reviews on every machine). Each device takes what is its own from the one file."""
    db = profile.database
    report = ParcelReport()
    inbox = Inbox(db, profile.device_id)
    parts = PartWriter(profile, directory, network, items, None)
    try:
        assert parts.writer is not None
        for device in devices:
            theirs = inbox.receipts_of(device)
            report.receipts += len(theirs)
            for receipt in theirs:
                parts.writer.add_item({"type": "receipt", "receipt": json.loads(receipt)})
        for start in range(0, len(devices), 500):
            some = devices[start : start + 500]
            marks = ",".join("?" * len(some))
            rows = db.query(
                "SELECT o.receipt, e.envelope FROM outbox o JOIN outbox_envelopes e"
                " ON e.seq = o.seq WHERE o.kind = 'review' AND o.receipt IS NOT NULL"
                " AND o.record_id IN (SELECT record_id FROM inbox WHERE kind = 'observation'"
                f" AND author IN ({marks})) ORDER BY o.seq",
                some,
            )
            report.envelopes += len(rows)
            for receipt, _wire in rows:
                parts.writer.add_item({"type": "receipt", "receipt": json.loads(receipt)})
            for _receipt, wire in rows:
                parts.envelope(bytes(wire))
        parts.finish()
    except BaseException:
        parts.finish()
        for path in parts.paths:
            path.unlink(missing_ok=True)
        raise
    report.parts = parts.paths
    return report
