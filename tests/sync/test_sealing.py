"""Sealing runs outside the write transaction (other threads use the database meanwhile);
the envelopes are kept only if neither the revisions nor the chain's end changed since they
were read, else they are sealed again inside the transaction."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from protocol.envelope import Envelope
from tests.server.server_process import ServerProcess
from tests.sync.helpers import assert_settled, record, settle


def chain(profile: Profile) -> list[Envelope]:
    rows = profile.database.query(
        "SELECT e.envelope FROM outbox o JOIN outbox_envelopes e ON e.seq = o.seq ORDER BY o.seq"
    )
    envelopes = [Envelope.from_bytes(bytes(r[0])) for r in rows]
    prev = None
    for seq, env in enumerate(envelopes, start=1):
        assert env.header.seq == seq and env.header.prev == prev
        prev = env.envelope_id
    return envelopes


def pk_of(profile: Profile, record_id: str) -> int:
    return int(profile.database.one("SELECT pk FROM observations WHERE id = ?", (record_id,))[0])


def meanwhile(
    engine: SyncEngine, monkeypatch: pytest.MonkeyPatch, action: Callable[[], Any]
) -> list[int]:
    """Run ``action`` on another thread while the first chunk is being sealed (it must not
    wait for the sealing thread: the database is free then). Returns how many envelopes each
    call of the sealing step made."""
    sealed: list[int] = []
    original = engine.outbox.seal_items

    def seal_items(items: Any, seq: int, prev: str | None) -> Any:
        envelopes = original(items, seq, prev)
        sealed.append(len(envelopes))
        if len(sealed) == 1:
            other = threading.Thread(target=action)
            other.start()
            other.join(timeout=30)
            assert not other.is_alive(), "the database was held while sealing"
        return envelopes

    monkeypatch.setattr(engine.outbox, "seal_items", seal_items)
    return sealed


def test_a_revision_saved_while_sealing_is_the_one_sealed(
    field: Profile, coordinator: Profile, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [record(field, f"Bellik {i}", "Ýazgy") for i in range(3)]
    engine = SyncEngine(field)

    def edit() -> None:
        obs = field.observations.get(ids[1])
        obs.description = "Täzelendi"
        field.observations.save(obs)

    sealed = meanwhile(engine, monkeypatch, edit)
    assert engine.seal_pending() == 3
    assert sealed == [3, 3]  # sealed again inside the transaction
    envelopes = chain(field)
    assert [(e.header.record_id, e.header.rev) for e in envelopes] == [
        (ids[0], 2),
        (ids[1], 3),
        (ids[2], 2),
    ]
    opened = envelopes[1].open([field.device_keys.encryption], field.device_keys.signing.public)
    assert opened["description"] == "Täzelendi"
    settle(SyncEngine(field))
    assert {field.observations.get(i).status for i in ids} == {"sent"}
    assert_settled(field, coordinator, server)


def test_a_chunk_sealed_while_the_chain_moved_is_sealed_again(
    field: Profile, coordinator: Profile, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = [record(field, f"Bellik {i}", "Ýazgy") for i in range(4)]
    engine = SyncEngine(field)
    first, last = [pk_of(field, i) for i in ids[:3]], pk_of(field, ids[3])
    sealed = meanwhile(engine, monkeypatch, lambda: engine.outbox.seal_chunk([last]))
    assert engine.outbox.seal_chunk(first) == 3
    assert sealed == [3, 1, 3]
    envelopes = chain(field)  # one chain: the other chunk first, then this one after it
    assert [e.header.record_id for e in envelopes] == [ids[3], *ids[:3]]
    for record_id, env in zip([ids[3], *ids[:3]], envelopes, strict=True):
        latest = field.observations.history(record_id)[-1]
        assert (latest.rev, latest.envelope_id) == (env.header.rev, env.envelope_id)
    settle(SyncEngine(field))
    assert_settled(field, coordinator, server)


def test_a_chunk_nobody_touched_is_sealed_once(
    field: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(5):
        record(field, f"Bellik {i}", "Ýazgy")
    engine = SyncEngine(field)
    sealed = meanwhile(engine, monkeypatch, lambda: field.observations.count())
    assert engine.seal_pending() == 5
    assert sealed == [5]
    assert len(chain(field)) == 5
