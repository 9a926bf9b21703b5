"""Drafts: kept whatever is missing (validation belongs to queueing), and erased on request
without a trace in the database or the blob folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import NotFoundError, TransitionError
from desktop.core.model import IncidentDate, Observation, Status, ValidationError
from desktop.core.observations import ObservationQuery
from desktop.core.profile import Profile

from .conftest import make_obs


def test_a_draft_without_date_or_title_is_kept(profile: Profile) -> None:
    svc = profile.observations
    obs = Observation.new(description="She said they came at night.")
    with pytest.raises(ValidationError):
        svc.save(obs)
    stored = svc.save_draft(obs)
    assert stored.rev == 1 and svc.get(obs.id).description == "She said they came at night."
    stored.title = "x" * 6000  # over the limit: still kept as a draft
    assert svc.save_draft(stored).rev == 2
    # sending is where the rules apply
    with pytest.raises(ValidationError) as caught:
        svc.set_status(obs.id, Status.QUEUED)
    codes = {(e.field, e.code) for e in caught.value.errors}
    assert ("date.start", "required") in codes and ("title", "too_long") in codes
    assert svc.get(obs.id).status == Status.DRAFT.value


def test_save_draft_refuses_what_could_not_be_read_back(profile: Profile) -> None:
    svc = profile.observations
    with pytest.raises(ValidationError) as caught:
        svc.save_draft(make_obs(rights=["no-such-article"]))
    assert [e.code for e in caught.value.errors] == ["unknown_code"]
    with pytest.raises(ValidationError):
        svc.save_draft(make_obs(date=IncidentDate("03102026")))
    queued = make_obs(status=Status.QUEUED.value)
    with pytest.raises(TransitionError):
        svc.save_draft(queued)


def test_delete_draft_erases_record_revisions_words_and_blobs(
    profile: Profile, tmp_path: Path
) -> None:
    svc = profile.observations
    keep = svc.save(make_obs(title="Kept record"))
    draft = svc.save(make_obs(title="Zulumkeshlik draft"))
    draft.description = "second revision"
    svc.save(draft)
    photo = tmp_path / "photo.bin"
    photo.write_bytes(b"\x89secret scan" * 1000)
    ref = profile.attachments.add(draft.id, photo)
    blob = profile.paths.blobs_dir / ref.blob_id
    assert blob.exists()
    assert svc.query(ObservationQuery(text="zulumkeshlik")) != []

    released = svc.delete_draft(draft.id)
    profile.attachments.forget_blobs(released)

    assert released == [ref.blob_id] and not blob.exists()
    with pytest.raises(NotFoundError):
        svc.get(draft.id)
    assert svc.query(ObservationQuery(text="zulumkeshlik")) == []
    db = profile.database
    for table in ("revisions", "status_changes", "attachments"):
        column = "observation_pk"
        left = db.one(f"SELECT count(*) FROM {table} WHERE {column} NOT IN "
                      "(SELECT pk FROM observations)")[0]  # fmt: skip
        assert left == 0, table
    assert [r.id for r in svc.query(ObservationQuery())] == [keep.id]
    assert svc.get(keep.id).title == "Kept record"
    # history of other records is still immutable
    with pytest.raises(Exception, match="immutable"):
        db.execute("DELETE FROM revisions")


def test_only_never_sent_drafts_can_be_deleted(profile: Profile) -> None:
    svc = profile.observations
    obs = svc.save(make_obs())
    svc.set_status(obs.id, Status.QUEUED)
    with pytest.raises(TransitionError):
        svc.delete_draft(obs.id)
    assert svc.get(obs.id).status == Status.QUEUED.value
    with pytest.raises(NotFoundError):
        svc.delete_draft("0" * 32)


def test_implausible_dates_are_refused_when_sending(profile: Profile) -> None:
    old = make_obs(date=IncidentDate("1900-01-02"))
    codes = [(e.field, e.code) for e in profile.observations.validate(old)]
    assert codes == [("date.start", "implausible_date")]
    assert profile.observations.save_draft(old).rev == 1  # the draft is kept to be fixed
    ended = make_obs(date=IncidentDate("1950-01-01", "1949-12-31"))
    assert "implausible_date" in [e.code for e in profile.observations.validate(ended)]
