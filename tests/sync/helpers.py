"""Helpers for sync tests: recording observations, settling, checking invariants."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from desktop.core.model import IncidentDate, Observation, Person, Place
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.errors import SyncError
from desktop.core.sync.progress import SyncSummary
from tests.server.server_process import ServerProcess

BLOB_SIZE = 3 * 1024 * 1024 + 123


def record(profile: Profile, title: str, description: str, *, queue: bool = True) -> str:
    obs = Observation.new(title=title, description=description)
    obs.date = IncidentDate(start="2026-10-01", precision="day")
    obs.place = Place(velayat="dasoguz", etrap=None, settlement="Köneürgenç")
    obs.people = [Person(role="witness", name="Aýna Meredowa", keep_anonymous=True)]
    saved = profile.observations.save(obs)
    if queue:
        profile.observations.set_status(saved.id, "queued")
    return saved.id


def with_attachment(profile: Profile, tmp: Path, size: int = BLOB_SIZE) -> tuple[str, bytes]:
    rid = record(profile, "Fault test", "Ýazgy", queue=False)
    content = os.urandom(size)
    path = tmp / "scan.pdf"
    path.write_bytes(content)
    profile.attachments.add(rid, path)
    path.unlink()
    profile.observations.set_status(rid, "queued")
    return rid, content


def settle(engine: SyncEngine, attempts: int = 6) -> SyncSummary:
    """Sync until it goes through, as the background worker would."""
    last: Exception | None = None
    for _ in range(attempts):
        try:
            return engine.sync_once()
        except SyncError as exc:
            if not exc.transient:
                raise
            last = exc
    raise AssertionError(f"did not settle: {last!r}")


def assert_settled(field: Profile, coordinator: Profile, server: ServerProcess) -> None:
    outbox = field.database.query("SELECT envelope_id, receipt FROM outbox")
    assert outbox and all(receipt for _, receipt in outbox)
    uploads = field.database.query("SELECT blob_id, complete FROM blob_uploads")
    assert all(done for _, done in uploads)
    coord = SyncEngine(coordinator)
    settle(coord)
    received = {
        r[0]
        for r in coordinator.database.query(
            "SELECT envelope_id FROM inbox WHERE author = ?", (field.device_id,)
        )
    }
    assert received == {e for e, _ in outbox}
    for blob_id, _ in uploads:
        found = list(server.data_dir.rglob(blob_id))
        complete = [p for p in found if "partial" not in p.parts]
        assert len(complete) == 1
        assert hashlib.sha256(complete[0].read_bytes()).hexdigest() == blob_id
