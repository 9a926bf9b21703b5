"""The network's devices as the server last listed them: readable names and organisations
for a coordinator's Received list and its filters. Kept at each coordinator sync (the only
writer of ``known_devices``); a device never listed (a record that came in a parcel before
any sync) is shown by the short form of its id."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desktop.core.database import Database, utc_now

if TYPE_CHECKING:
    from desktop.core.network import Device


@dataclass(frozen=True)
class KnownDevice:
    device_id: str
    name: str
    role: str
    org_id: str | None
    org_name: str
    org_velayat: str
    revoked_ms: int | None


def short_id(device_id: str) -> str:
    """How a device the list does not name is shown: its id's first 8 characters."""
    return device_id[:8]


class Directory:
    def __init__(self, database: Database) -> None:
        self._db = database

    def replace(self, devices: Iterable[KnownDevice]) -> dict[str, str | None]:
        """The server's device list, kept (devices it no longer lists stay, as they were);
        returns device id → org id, for the received records' ``org`` column. Inside the
        caller's transaction, if any."""
        now = utc_now()
        rows = [
            (d.device_id, d.name, d.role, d.org_id, d.org_name, d.org_velayat, d.revoked_ms, now)
            for d in devices
        ]
        with self._db.transaction() as conn:
            conn.executemany(
                "INSERT INTO known_devices VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT"
                " (device_id) DO UPDATE SET name = excluded.name, role = excluded.role,"
                " org_id = excluded.org_id, org_name = excluded.org_name, org_velayat ="
                " excluded.org_velayat, revoked_ms = excluded.revoked_ms, updated_at ="
                " excluded.updated_at",
                rows,
            )
        return {r[0]: r[3] for r in rows}

    def get(self, device_id: str) -> KnownDevice | None:
        row = self._db.one(
            "SELECT device_id, name, role, org_id, org_name, org_velayat, revoked_ms"
            " FROM known_devices WHERE device_id = ?",
            (device_id,),
        )
        return KnownDevice(*row) if row else None

    def all(self) -> dict[str, KnownDevice]:
        return {
            r[0]: KnownDevice(*r)
            for r in self._db.query(
                "SELECT device_id, name, role, org_id, org_name, org_velayat, revoked_ms"
                " FROM known_devices"
            )
        }

    def org_names(self) -> dict[str, tuple[str, str]]:
        """org id → (name, velayat) of every organisation a listed device belongs to."""
        found: dict[str, tuple[str, str]] = {}
        for org_id, name, velayat in self._db.query(
            "SELECT org_id, org_name, org_velayat FROM known_devices WHERE org_id IS NOT NULL"
        ):
            found[str(org_id)] = (str(name), str(velayat))
        return found


def from_network(devices: Iterable[Device]) -> list[KnownDevice]:
    """The network service's devices (``NetworkService.devices()``) as kept here."""
    return [
        KnownDevice(
            d.device_id, d.name, d.role,
            None if d.org is None else str(d.org.org_id),
            "" if d.org is None else d.org.name,
            "" if d.org is None else d.org.velayat,
            d.revoked_ms,
        )
        for d in devices
    ]  # fmt: skip


def parse_device_list(answer: Any) -> list[KnownDevice]:
    """The server's ``GET /v1/devices`` answer (as ``NetworkService.devices`` reads it);
    ValueError when it is not one."""
    listed = answer.get("devices") if isinstance(answer, dict) else None
    if not isinstance(listed, list):
        raise ValueError("devices")
    found = []
    try:
        for d in listed:
            org = d.get("org")
            org = org if isinstance(org, dict) else None
            found.append(
                KnownDevice(
                    str(d["device_id"]), str(d.get("name") or ""), str(d["role"]),
                    None if org is None else str(int(org["id"])),
                    "" if org is None else str(org["name"]),
                    "" if org is None else str(org.get("velayat") or ""),
                    None if d.get("revoked") is None else int(d["revoked"]),
                )
            )  # fmt: skip
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ValueError("devices") from exc
    return found
