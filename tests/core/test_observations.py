"""Saving, revisions, history and the status lifecycle."""

from __future__ import annotations

import json
import sqlite3

import pytest
import sqlcipher3

from desktop.core.errors import NotFoundError, TransitionError
from desktop.core.model import ALLOWED_TRANSITIONS, Observation, Status, SyncState
from desktop.core.profile import Profile
from protocol.encoding import canonical_json

from .conftest import make_obs


def test_new_observation_defaults() -> None:
    obs = Observation.new()
    assert len(obs.id) == 32 and int(obs.id, 16) >= 0
    assert obs.status == Status.DRAFT
    assert obs.people == [] and obs.consent.obtained is False
    assert Observation.from_dict(obs.to_dict()) == obs


def test_save_appends_revisions(profile: Profile) -> None:
    svc = profile.observations
    first = svc.save(make_obs())
    assert first.rev == 1 and first.author_device_id == profile.device_id
    first.title = "Detention at the bazaar (corrected)"
    second = svc.save(first)
    assert second.rev == 2 and second.created_at == first.created_at
    assert svc.get(first.id).title.endswith("(corrected)")
    history = svc.history(first.id)
    assert [(h.rev, h.status) for h in history] == [(1, "draft"), (2, "draft")]
    assert history[0].summary == "Detention at the bazaar"
    assert svc.revision(first.id, 1).title == "Detention at the bazaar"
    assert svc.revision(first.id, 2).title.endswith("(corrected)")
    with pytest.raises(NotFoundError):
        svc.revision(first.id, 3)
    with pytest.raises(NotFoundError):
        svc.get("0" * 32)


def test_unchanged_save_writes_no_revision(profile: Profile) -> None:
    saved = profile.observations.save(make_obs())
    again = profile.observations.save(saved)
    assert again.rev == 1
    assert len(profile.observations.history(saved.id)) == 1


def test_revisions_are_immutable(profile: Profile) -> None:
    saved = profile.observations.save(make_obs())
    db = profile.database
    errors = (sqlcipher3.DatabaseError, sqlite3.DatabaseError, sqlcipher3.IntegrityError)
    with pytest.raises(errors):
        db.execute("UPDATE revisions SET body = '{}'")
    with pytest.raises(errors):
        db.execute("DELETE FROM revisions")
    # The sync engine's columns stay writable.
    db.execute("UPDATE revisions SET envelope_id = 'e1', receipt = '{}' WHERE rev = 1")
    assert profile.observations.history(saved.id)[0].envelope_id == "e1"


def test_submit_and_sync_lifecycle(profile: Profile) -> None:
    svc = profile.observations
    obs = svc.save(make_obs())
    row = svc.query(__import__("desktop.core.listing", fromlist=["x"]).ObservationQuery())[0]
    assert row.sync_state == SyncState.LOCAL
    queued = svc.set_status(obs.id, Status.QUEUED)
    assert queued.status == "queued" and queued.rev == 2
    assert profile.database.one("SELECT sync_state FROM observations")[0] == "pending"
    assert svc.history(obs.id)[-1].status == "queued"
    sent = svc.set_status(obs.id, Status.SENT)
    assert sent.rev == 2  # sync-driven changes add no revision
    assert profile.database.one("SELECT sync_state FROM observations")[0] == "sent"
    with pytest.raises(TransitionError):
        svc.save(sent)  # a sent record cannot be edited by its author
    svc.set_status(obs.id, Status.RECEIVED)
    svc.set_status(obs.id, Status.NEEDS_INFORMATION)
    revised = svc.get(obs.id)
    revised.description += " More detail."
    revised.status = Status.QUEUED
    stored = svc.save(revised)
    assert stored.status == "queued" and stored.rev == 3
    assert [c[0] for c in profile.database.query("SELECT to_status FROM status_changes")] == [
        "queued",
        "sent",
        "received",
        "needs_information",
        "queued",
    ]


def test_mark_sent_in_batch_matches_set_status(profile: Profile) -> None:
    svc = profile.observations
    a, b, c, newer = (svc.set_status(svc.save(make_obs()).id, "queued") for _ in range(4))
    draft = svc.save(make_obs())
    receipted_rev = newer.rev
    newer.description += " Edited after sealing."
    newer = svc.save(newer)  # a newer revision waits for its own receipt
    by_hand = svc.set_status(c.id, Status.SENT)

    changed = svc.mark_sent(
        [(a.id, a.rev), (b.id, b.rev), (newer.id, receipted_rev), (draft.id, 1), ("0" * 32, 1)]
    )

    assert sorted(changed) == sorted([a.id, b.id])
    db = profile.database
    for obs in (a, b):
        stored = svc.get(obs.id)
        assert stored.status == "sent" and stored.rev == obs.rev  # no new revision
        row = db.one(
            "SELECT status, sync_state, updated_at FROM observations WHERE id = ?", (obs.id,)
        )
        assert row == ("sent", "sent", stored.updated_at)
        # the body is what set_status writes: the model's own serialisation
        body = db.one(
            "SELECT b.body FROM observation_bodies b JOIN observations o ON o.pk = b.pk"
            " WHERE o.id = ?",
            (obs.id,),
        )[0]
        assert body == canonical_json(Observation.from_dict(json.loads(body)).to_dict()).decode()
        # Status and time are read from the row: mark_sent does not rewrite the body.
        assert json.loads(body)["status"] == "queued"
        assert stored.to_dict() | {"id": "", "updated_at": "", "created_at": ""} == (
            obs.to_dict() | {"status": "sent", "id": "", "updated_at": "", "created_at": ""}
        )
        exported = next(o for o in svc.iter_all() if o.id == obs.id)
        assert exported.to_dict() == stored.to_dict()
    changes = db.query(
        "SELECT o.id, s.from_status, s.to_status FROM status_changes s"
        " JOIN observations o ON o.pk = s.observation_pk WHERE s.to_status = 'sent'"
    )
    assert sorted(changes) == sorted(
        [(a.id, "queued", "sent"), (b.id, "queued", "sent"), (by_hand.id, "queued", "sent")]
    )
    assert svc.get(newer.id).status == "queued"
    assert db.one("SELECT sync_state FROM observations WHERE id = ?", (newer.id,))[0] == "pending"
    assert svc.get(draft.id).status == "draft"
    assert svc.mark_sent([(a.id, a.rev)]) == [] and svc.mark_sent([]) == []


@pytest.mark.parametrize(
    ("path", "bad"),
    [
        (["queued"], "received"),
        ([], "sent"),
        ([], "verified"),
        (["queued", "sent"], "draft"),
        (["queued", "sent", "verified"], "queued"),
    ],
)
def test_disallowed_transitions(profile: Profile, path: list[str], bad: str) -> None:
    obs = profile.observations.save(make_obs())
    for step in path:
        profile.observations.set_status(obs.id, step)
    assert Status(bad) not in ALLOWED_TRANSITIONS[Status(profile.observations.get(obs.id).status)]
    with pytest.raises(TransitionError):
        profile.observations.set_status(obs.id, bad)


def test_withdraw_only_before_sealing(profile: Profile) -> None:
    obs = profile.observations.save(make_obs())
    profile.observations.set_status(obs.id, "queued")
    assert profile.observations.set_status(obs.id, "draft").status == "draft"
    profile.observations.set_status(obs.id, "queued")

    def outbox_row(seq: int, adopted: int) -> None:
        profile.database.execute(
            "INSERT INTO outbox (seq, envelope_id, kind, record_id, rev, sealed_at, adopted)"
            " VALUES (?, ?, 'observation', ?, 4, 'now', ?)",
            (seq, f"{seq:064x}", obs.id, adopted),
        )

    # An envelope of the same record and rev taken back after a restore is not this
    # revision's: withdrawing it is still possible.
    outbox_row(1, adopted=1)
    assert profile.observations.set_status(obs.id, "draft").status == "draft"
    profile.observations.set_status(obs.id, "queued")
    assert profile.observations.get(obs.id).rev == 6
    profile.database.execute("UPDATE outbox SET rev = 6")
    outbox_row(2, adopted=0)  # rev 4: an older revision's envelope
    assert profile.observations.set_status(obs.id, "draft").status == "draft"
    profile.observations.set_status(obs.id, "queued")
    profile.database.execute("UPDATE outbox SET rev = 8 WHERE seq = 2")  # this revision's
    with pytest.raises(TransitionError):
        profile.observations.set_status(obs.id, "draft")


def test_new_observation_cannot_start_as_sent(profile: Profile) -> None:
    with pytest.raises(TransitionError):
        profile.observations.save(make_obs(status="sent"))
    assert profile.observations.save(make_obs(status="queued")).status == "queued"


def test_counts_by_status(profile: Profile) -> None:
    for _ in range(3):
        profile.observations.save(make_obs())
    profile.observations.save(make_obs(status="queued"))
    counts = profile.observations.counts_by_status()
    assert counts["draft"] == 3 and counts["queued"] == 1 and counts["closed"] == 0
