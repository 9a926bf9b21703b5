"""The network as the server last listed it, kept in the encrypted profile: organisations and
which organisation each device belongs to. A coordinator makes a parcel for an organisation
with it when the server cannot be asked (:mod:`desktop.core.sync.parcel_return`); every
listing :class:`desktop.core.network.NetworkService` gets is kept here as it comes."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.network import Device, Org
    from desktop.core.sync.state import SyncStore

# sync_state key: the server's last listing of organisations and devices (JSON)
DIRECTORY = "directory"


def remember_directory(
    store: SyncStore, *, orgs: list[Org] | None = None, devices: list[Device] | None = None
) -> None:
    """Keep what the server listed (in the encrypted profile) for making parcels offline;
    a listing not given keeps the one before (organisations the devices name are added)."""
    known = read_directory(store)
    by_id: dict[int, dict[str, Any]] = {
        int(o["id"]): o for o in known.get("orgs", []) if isinstance(o, dict)
    }
    if orgs is not None:
        by_id = {o.org_id: {"id": o.org_id, "name": o.name} for o in orgs}
    members = known.get("devices") if isinstance(known.get("devices"), dict) else {}
    if devices is not None:
        members = {d.device_id: None if d.org is None else d.org.org_id for d in devices}
        for device in devices:
            if device.org is not None:
                by_id[device.org.org_id] = {"id": device.org.org_id, "name": device.org.name}
    store.set(
        DIRECTORY,
        {
            "at": int(time.time()),
            "orgs": sorted(by_id.values(), key=lambda o: int(o["id"])),
            "devices": members,
        },
    )


def read_directory(store: SyncStore) -> dict[str, Any]:
    data = store.get(DIRECTORY)
    return data if isinstance(data, dict) else {}


def known_orgs(store: SyncStore) -> list[str]:
    """Names of the organisations this profile knows (for the dialog's list)."""
    return [str(o["name"]) for o in read_directory(store).get("orgs", []) if isinstance(o, dict)]
