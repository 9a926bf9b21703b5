"""Saving, revisions, history and the status lifecycle."""

from __future__ import annotations

import sqlite3

import pytest
import sqlcipher3

from desktop.core.errors import NotFoundError, TransitionError
from desktop.core.model import ALLOWED_TRANSITIONS, Observation, Status, SyncState
from desktop.core.profile import Profile

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
    row = svc.query(__import__("desktop.core.search", fromlist=["x"]).ObservationQuery())[0]
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
    profile.database.execute("UPDATE revisions SET envelope_id = 'sealed' WHERE rev = 4")
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
