"""Where the outbox keeps what it sealed and what the server receipted: envelope bytes in
``outbox_envelopes`` (migration 7 moves them out of the outbox rows), receipts in the outbox
row, which also says which revision was sealed (migration 11). A receipt, once stored, holds
across a restart and its envelope is never sent again."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from desktop.core.migrations import MIGRATIONS
from desktop.core.paths import Paths
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.schema import OUTBOX_ADOPTED_MIGRATION, OUTBOX_ENVELOPES_MIGRATION
from desktop.core.sync.transport import Transport
from protocol.envelope import Envelope
from tests.core.conftest import stop_migrations_at
from tests.server.server_process import ServerProcess
from tests.sync.conftest import PASSPHRASE
from tests.sync.helpers import assert_settled, record, settle

VERSION = MIGRATIONS.index(OUTBOX_ENVELOPES_MIGRATION) + 1


def counting(pushed: list[str]) -> Callable[..., Transport]:
    """A real transport that notes the id of every envelope it pushes."""

    class Counting(Transport):
        def send_json_bytes(
            self, method: str, path: str, body: bytes, ok: tuple[int, ...] = (200, 201)
        ) -> Any:
            answer = super().send_json_bytes(method, path, body, ok)
            if path == "/v1/envelopes":
                pushed.extend(str(r["receipt"]["envelope"]) for r in answer["results"])
            return answer

    return Counting


def outbox(profile: Profile) -> list[tuple[Any, ...]]:
    return [
        (r[0], r[1], bytes(r[2]), r[3])
        for r in profile.database.query(
            "SELECT o.seq, o.envelope_id, e.envelope, o.receipt FROM outbox o"
            " JOIN outbox_envelopes e ON e.seq = o.seq ORDER BY o.seq"
        )
    ]


def reopen(profile: Profile) -> Profile:
    paths: Paths = profile.paths
    profile.close()
    return Profile.unlock(paths, PASSPHRASE)


def test_a_stored_receipt_holds_after_a_restart_and_nothing_is_sent_again(
    field: Profile, coordinator: Profile, server: ServerProcess
) -> None:
    ids = [record(field, f"Bellik {i}", "Ýazgy") for i in range(5)]
    first = settle(SyncEngine(field))
    assert first.sent == 5
    field = reopen(field)
    try:
        assert all(r[3] for r in outbox(field))
        assert {field.observations.get(i).status for i in ids} == {"sent"}
        pushed: list[str] = []
        again = settle(SyncEngine(field, transport_factory=counting(pushed)))
        assert pushed == [] and again.sent == 0 and again.sealed == 0
        assert_settled(field, coordinator, server)
    finally:
        field.close()


def test_migration_moves_the_envelope_bytes_and_keeps_the_receipts(
    field: Profile, coordinator: Profile, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = SyncEngine(field)
    sent = [record(field, f"Iberildi {i}", "Ýazgy") for i in range(3)]
    settle(engine)
    waiting = [record(field, f"Garaşýar {i}", "Ýazgy") for i in range(2)]
    assert engine.seal_pending() == 2  # sealed, not yet pushed
    before = outbox(field)
    assert [bool(r[3]) for r in before] == [True, True, True, False, False]
    # Back to the version before the migration: the bytes in the outbox rows. Migrations
    # after it stay applied (they need not be repeatable), so only this one runs again.
    with field.database.transaction() as conn:
        conn.execute("ALTER TABLE outbox ADD COLUMN envelope BLOB")
        conn.execute(
            "UPDATE outbox SET envelope ="
            " (SELECT e.envelope FROM outbox_envelopes e WHERE e.seq = outbox.seq)"
        )
        conn.execute("DROP TABLE outbox_envelopes")
        conn.execute("DELETE FROM schema_version WHERE version >= ?", (VERSION,))
    stop_migrations_at(monkeypatch, VERSION)
    field = reopen(field)
    try:
        columns = {r[1] for r in field.database.query("PRAGMA table_info(outbox)")}
        assert "envelope" not in columns and "receipt" in columns
        assert outbox(field) == before
        for seq, envelope_id, raw, _ in before:
            assert Envelope.from_bytes(raw).envelope_id == envelope_id
            assert Envelope.from_bytes(raw).header.seq == seq
        assert len(list(field.paths.backups_dir.glob(f"profile-v{VERSION - 1}-*.fbdb"))) == 1

        pushed: list[str] = []
        summary = settle(SyncEngine(field, transport_factory=counting(pushed)))
        # Only the two without a receipt went out, exactly as sealed before the migration.
        assert pushed == [r[1] for r in before[3:]]
        assert summary.sent == 2 and summary.duplicates == 0 and summary.sealed == 0
        assert {field.observations.get(i).status for i in sent + waiting} == {"sent"}
        assert [r[2] for r in outbox(field)] == [r[2] for r in before]
        assert_settled(field, coordinator, server)
    finally:
        field.close()


def test_migration_11_tells_adopted_envelopes_from_sealed_revisions(
    field: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    version = MIGRATIONS.index(OUTBOX_ADOPTED_MIGRATION) + 1
    a = record(field, "Alyndy", "Ýazgy")
    b = record(field, "Möhürlendi", "Ýazgy")
    engine = SyncEngine(field)
    assert engine.seal_pending() == 2
    # Before migration 11 a seal named its envelope in the revision; an envelope adopted after
    # a restore was named by no revision, and the local revision of the same record and rev
    # waited to be sealed again. Here: b sealed here, a's envelope adopted.
    with field.database.transaction() as conn:
        conn.execute(
            "UPDATE revisions SET envelope_id = (SELECT p.envelope_id FROM outbox p"
            " WHERE p.record_id = ? AND p.rev = revisions.rev)"
            " WHERE observation_pk = (SELECT pk FROM observations WHERE id = ?)"
            " AND rev = (SELECT rev FROM observations WHERE id = ?)",
            (b, b, b),
        )
        conn.execute("ALTER TABLE outbox DROP COLUMN adopted")
        conn.execute("DELETE FROM schema_version WHERE version >= ?", (version,))
    stop_migrations_at(monkeypatch, version)
    field = reopen(field)
    try:
        rows = field.database.query("SELECT seq, record_id, adopted FROM outbox ORDER BY seq")
        assert rows == [(1, a, 1), (2, b, 0)]
        engine = SyncEngine(field)
        assert engine.seal_pending() == 1  # a's own revision, after the adopted envelope
        third = Envelope.from_bytes(
            bytes(field.database.one("SELECT envelope FROM outbox_envelopes WHERE seq = 3")[0])
        )
        assert (third.header.record_id, third.header.rev) == (a, 2)
        assert third.header.parent == outbox(field)[0][1]
        assert engine.seal_pending() == 0
        assert [h.envelope_id for h in field.observations.history(b)][-1] == outbox(field)[1][1]
    finally:
        field.close()
