"""How the push cuts its work: a small first request before the rest is sealed, requests
sized by bytes at the measured throughput, and envelopes sent exactly as they were stored."""

from __future__ import annotations

import json
import time
from typing import Any

import pytest

from desktop.core.model import IncidentDate, Observation, Place
from desktop.core.profile import Profile
from desktop.core.sync import push as push_module
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.push import FIRST_BATCH
from desktop.core.sync.transport import Transport
from tests.server.server_process import ServerProcess


def queue(profile: Profile, n: int, description: str = "Ýazgy") -> None:
    observations = []
    for i in range(n):
        obs = Observation.new(title=f"Queued {i}", description=description, status="queued")
        obs.date = IncidentDate(start="2026-10-01", precision="day")
        obs.place = Place(velayat="dasoguz", etrap=None, settlement="Köneürgenç")
        observations.append(obs)
    profile.observations.save_many(observations)


class RecordingTransport(Transport):
    """The real transport, noting each push: its body and how much was sealed by then."""

    profile: Profile
    pushes: list[tuple[bytes, int]]
    bytes_per_second: float = 0.0  # > 0: take as long as a line this fast would

    def send_json_bytes(
        self, method: str, path: str, body: bytes, ok: tuple[int, ...] = (200, 201)
    ) -> Any:
        sealed = self.profile.database.one("SELECT count(*) FROM outbox")[0]
        self.pushes.append((body, int(sealed)))
        if self.bytes_per_second:
            time.sleep(len(body) / self.bytes_per_second)
        return super().send_json_bytes(method, path, body, ok)


def recording(profile: Profile, bytes_per_second: float = 0.0) -> tuple[Any, list[Any]]:
    pushes: list[tuple[bytes, int]] = []

    def factory(*args: Any, **kwargs: Any) -> Transport:
        transport = RecordingTransport(*args, **kwargs)
        transport.profile = profile
        transport.pushes = pushes
        transport.bytes_per_second = bytes_per_second
        return transport

    return factory, pushes


def server_count(server: ServerProcess, author: str) -> int:
    import sqlite3
    from contextlib import closing

    with closing(sqlite3.connect(server.data_dir / "fieldbook-server.db")) as db:
        return int(
            db.execute("SELECT count(*) FROM envelopes WHERE author = ?", (author,)).fetchone()[0]
        )


def test_first_request_leaves_before_the_queue_is_sealed(
    field: Profile, server: ServerProcess
) -> None:
    n = 250
    queue(field, n)
    factory, pushes = recording(field)
    summary = SyncEngine(field, transport_factory=factory).sync_once()

    assert summary.sealed == n and summary.sent == n and summary.queued_left == 0
    assert server_count(server, field.device_id) == n
    first_body, sealed_then = pushes[0]
    assert len(json.loads(first_body)["envelopes"]) <= FIRST_BATCH
    # At most one more chunk was sealed while the first request was on its way.
    assert sealed_then < n
    assert field.observations.counts_by_status()["sent"] == n


def test_request_body_is_the_stored_envelopes(field: Profile) -> None:
    queue(field, 12)
    factory, pushes = recording(field)
    SyncEngine(field, transport_factory=factory).sync_once()
    stored = [
        bytes(r[0])
        for r in field.database.query("SELECT envelope FROM outbox_envelopes ORDER BY seq")
    ]
    sent = [env for body, _ in pushes for env in json.loads(body)["envelopes"]]
    assert sent == [json.loads(raw) for raw in stored]
    for body, _ in pushes:
        # what json.dumps of the parsed envelopes would send, byte for byte
        again = {"envelopes": json.loads(body)["envelopes"]}
        assert body == json.dumps(again, separators=(",", ":"), ensure_ascii=False).encode()


def test_requests_are_sized_by_bytes_on_a_slow_line(
    field: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    rate, target = 40_000.0, 0.25
    monkeypatch.setattr(push_module, "PUSH_TARGET_SECONDS", target)
    monkeypatch.setattr(push_module, "MIN_PUSH_BYTES", 1024)
    queue(field, 60, description="Uzyn ýazgy. " * 60)
    factory, pushes = recording(field, bytes_per_second=rate)
    summary = SyncEngine(field, transport_factory=factory).sync_once()

    assert summary.sent == 60
    sizes = [json.loads(body)["envelopes"] for body, _ in pushes]
    largest = max(len(json.dumps(e, separators=(",", ":"))) for batch in sizes for e in batch)
    # Never more than the line carries in the target time (measured, so never above the
    # simulated rate), plus the one envelope that always goes.
    for batch in sizes[1:]:
        assert (
            sum(len(json.dumps(e, separators=(",", ":"))) for e in batch) <= rate * target + largest
        )
    assert len(pushes) >= 4 and max(len(b) for b in sizes) < 60


def test_queued_count_counts_a_sealed_unsent_observation_once(field: Profile) -> None:
    queue(field, 25)
    engine = SyncEngine(field)
    assert field.sync.queued_count() == 25
    assert engine.seal_pending(10) == 10
    assert field.sync.queued_count() == 25
    assert engine.seal_pending() == 15
    assert field.sync.queued_count() == 25
    assert engine.sync_once().queued_left == 0
