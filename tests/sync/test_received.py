"""Issue 15 item 1: a coordinator's received observations are rows of the records' tables,
listed by the one list engine with the filters of the coordinator's desk, read with their
author, history and conflicts; against a real server on 127.0.0.1."""

from __future__ import annotations

import time
from collections.abc import Callable

from desktop.core.errors import TransitionError
from desktop.core.listing import ObservationQuery as Q
from desktop.core.model import Status
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from tests.sync.conftest import Net, field_profile
from tests.sync.helpers import record, settle


def _ids(profile: Profile, q: Q) -> set[str]:
    return {r.id for r in profile.listing.query(q)}


def _lists_alike(profile: Profile, q: Q) -> set[str]:
    """The query answered by the index in memory and by SQL: both must agree."""
    index = profile.listing.list_index
    in_memory = _ids(profile, q) if profile.listing.prepare() else None
    index.enabled = False
    try:
        profile.listing.drop_query_cache()
        by_sql = _ids(profile, q)
        count = profile.listing.count(q)
    finally:
        index.enabled = True
    assert in_memory == by_sql and count == len(by_sql)
    return by_sql


def test_received_records_are_listed_filtered_read_and_answered(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile]
) -> None:
    field = field_profile(net, make_profile, "Aýna Dashoguz")
    other = field_profile(net, make_profile, "Merdan")
    rid = record(field, "Suw ýok", "Obada agyz suwy kesildi")
    own_other = record(other, "Mekdep", "Mugallym ýok")
    mine = record(coordinator, "Koordinatoryň ýazgysy", "Öz ýazgym", queue=False)
    settle(SyncEngine(field))
    settle(SyncEngine(other))
    before = time.strftime("%Y-%m-%d", time.gmtime())
    summary = settle(SyncEngine(coordinator))
    assert summary.received == 2

    listing = coordinator.listing
    assert _lists_alike(coordinator, Q()) == {rid, own_other, mine}
    assert _lists_alike(coordinator, Q(scope="received")) == {rid, own_other}
    assert _lists_alike(coordinator, Q(scope="own")) == {mine}
    assert _lists_alike(coordinator, Q(authors=(field.device_id,))) == {rid}
    assert _lists_alike(coordinator, Q(scope="received", unread=True)) == {rid, own_other}
    assert _lists_alike(coordinator, Q(scope="received", statuses=("sent",))) == {rid, own_other}
    assert _lists_alike(coordinator, Q(text="suw")) == {rid}
    assert _lists_alike(coordinator, Q(received_from=before, received_to=before)) == {
        rid,
        own_other,
    }
    assert _lists_alike(coordinator, Q(received_to="2000-01-01")) == set()
    # the organisation, from the device list the coordinator's sync keeps
    orgs = coordinator.received.orgs()
    assert [o.name for o in orgs] == [net.org] and orgs[0].records == 2
    assert _lists_alike(coordinator, Q(orgs=(orgs[0].org_id,))) == {rid, own_other}
    names = {a.device_id: a.name for a in coordinator.received.authors()}
    assert names == {field.device_id: "Aýna Dashoguz", other.device_id: "Merdan"}

    (row,) = [r for r in listing.query(Q(scope="received")) if r.id == rid]
    assert row.received and row.unread and not row.conflict and row.author == field.device_id
    assert row.org == orgs[0].org_id and row.status == "sent" and row.sync_state == "local"
    got = coordinator.received.get(rid)
    assert got.observation.title == "Suw ýok" and got.author_name == "Aýna Dashoguz"
    assert got.org_name == net.org and got.rev == 2 and got.review_state == "sent"
    counts = coordinator.received.counts()
    assert (counts.total, counts.unread, counts.not_reviewed) == (2, 2, 2)

    # never editable, never sent from here
    obs = coordinator.observations.get(rid)
    obs.title = "Üýtgedildi"
    for change in (
        lambda: coordinator.observations.save(obs),
        lambda: coordinator.observations.set_status(rid, Status.CLOSED),
    ):
        try:
            change()
        except TransitionError:
            pass
        else:
            raise AssertionError("a received record was changed")
    assert coordinator.sync.queued_count() == 0

    assert coordinator.received.mark_read(rid)
    assert _lists_alike(coordinator, Q(scope="received", unread=True)) == {own_other}

    # the review sets the review state at once; the field worker answers
    coordinator.reviews.review(rid, "needs_information", "Haýsy oba?")
    assert coordinator.received.get(rid).review_state == "needs_information"
    assert _lists_alike(coordinator, Q(statuses=("needs_information",))) == {rid}
    coordinator.reviews.review_many([own_other], "received", "")
    assert coordinator.received.get(own_other).review_state == "received"
    settle(SyncEngine(coordinator))
    settle(SyncEngine(field))
    assert field.observations.get(rid).status == "needs_information"
    answer = field.observations.get(rid)
    answer.description = "Obada agyz suwy kesildi: Köneürgenç etrabynda"
    answer.reply_note = "Köneürgenç etraby"
    field.observations.save(answer)
    field.observations.set_status(rid, "queued")
    settle(SyncEngine(field))
    settle(SyncEngine(coordinator))

    got = coordinator.received.get(rid)
    assert got.unread and got.review_state == "sent"  # answered: to review again
    assert got.observation.reply_note == "Köneürgenç etraby"
    assert _lists_alike(coordinator, Q(scope="received", unread=True)) == {rid, own_other}
    history = coordinator.received.history(rid)
    assert [h.rev for h in history] == [2, 4] and [h.counts for h in history] == [False, True]
    assert (
        history[1].reply_note == "Köneürgenç etraby" and history[1].parent == history[0].envelope_id
    )
    changes = {c.path: (c.before, c.after) for c in coordinator.received.changes(rid, 2, 4)}
    assert changes["description"][1].endswith("Köneürgenç etrabynda")
    assert changes["reply_note"] == ("", "Köneürgenç etraby") or changes["reply_note"][1] == (
        "Köneürgenç etraby"
    )
    assert coordinator.received.conflicts(rid) == []
    assert _lists_alike(coordinator, Q(text="etrabynda")) == {rid}
