"""Issue 15 item 1: a coordinator's received observations are rows of the records' tables,
listed by the one list engine with the filters of the coordinator's desk, read with their
author, history and conflicts; against a real server on 127.0.0.1."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.errors import TransitionError
from desktop.core.listing import ObservationQuery as Q
from desktop.core.model import Status
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.outbox import Outbox, ToSeal
from desktop.core.sync.progress import SyncSummary
from desktop.core.sync.state import SyncStore
from protocol.encoding import b64decode, b64encode
from protocol.envelope import Envelope, seal
from protocol.keys import DeviceKeys
from tests.core.conftest import PASSPHRASE, stop_migrations_at
from tests.sync.conftest import Net, field_profile
from tests.sync.helpers import record, settle
from tests.sync.test_review_trust import second_coordinator


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
    # the received order is the same from memory and from SQL
    in_memory = [r.id for r in listing.query(Q(sort="received"))]
    listing.list_index.enabled = False
    assert [r.id for r in listing.query(Q(sort="received"))] == in_memory
    listing.list_index.enabled = True
    assert in_memory[-1] == mine  # an own record has no received date: it sorts first
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


def _append_revisions(profile: Profile, rid: str, revisions: list[tuple[int, str | None, str]]):
    """Seal revisions of ``rid`` straight into the device's outbox, as a profile restored
    from a backup (or a copy run beside the original) would have: ``(rev, parent, title)``."""
    store = SyncStore(profile.database)
    outbox = Outbox(profile, store)
    body = profile.observations.get(rid).to_dict()
    items = []
    for rev, parent, title in revisions:
        body = {**body, "title": title, "rev": rev}
        recipients = [profile.device_keys.encryption.public, outbox.coordination_public()]
        items.append(ToSeal(dict(body), "observation", rid, rev, parent, recipients, []))
    with profile.database.transaction() as conn:
        return outbox.append(conn, items)


def _parcel_page(profile: Profile, reverse: bool = True) -> dict[str, object]:
    """The device's envelopes as a page carried on a stick (no receipts, no server order)."""
    raws = [bytes(r[0]) for r in profile.database.query(
        "SELECT e.envelope FROM outbox_envelopes e JOIN outbox o USING (seq) ORDER BY seq"
    )]  # fmt: skip
    if reverse:
        raws.reverse()
    return {
        "envelopes": [{"envelope": Envelope.from_bytes(raw).to_wire()} for raw in raws],
        "keys": {profile.device_id: profile.device_keys.public_dict()},
    }


def test_a_conflict_settles_the_same_on_two_coordinator_machines(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    field = field_profile(net, make_profile, "field")
    rid = record(field, "Ilkinji", "Beýan")
    settle(SyncEngine(field))
    (first,) = [r[0] for r in field.database.query("SELECT envelope_id FROM outbox")]
    # two revisions made from the same one (a profile restored from a backup)
    a, b = _append_revisions(field, rid, [(3, first, "Birinji nusga"), (3, first, "Ikinji nusga")])
    summary = settle(SyncEngine(field))
    assert summary.conflicts == [rid]  # the server stored both and said so
    expected = min((a, b), key=lambda e: e.envelope_id)
    settle(SyncEngine(coordinator))

    other = second_coordinator(net, coordinator, make_profile, tmp_path)
    # the second machine gets them in a parcel, in the opposite order, before any sync
    other.sync.page_applier().apply(_parcel_page(field), SyncSummary())
    for machine in (coordinator, other):
        got = machine.received.get(rid)
        assert got.conflict and got.envelope_id == expected.envelope_id
        assert got.observation.title == ("Birinji nusga" if expected is a else "Ikinji nusga")
        competing = machine.received.conflicts(rid)
        assert [c.envelope_id for c in competing] == sorted([a.envelope_id, b.envelope_id])
        assert competing[0].counts and not competing[1].counts
        assert "same earlier one" in machine.received.rule_text()
        assert _lists_alike(machine, Q(scope="received")) == {rid}
        assert [r.conflict for r in machine.listing.query(Q(scope="received"))] == [True]
        assert _lists_alike(machine, Q(conflict=True)) == {rid}
        assert machine.received.counts().conflicts == 1
    # the server's order and the parcel's agree on the history too
    assert [h.envelope_id for h in coordinator.received.history(rid)] == [
        h.envelope_id for h in other.received.history(rid)
    ]

    # the author settles it with a new revision: it counts alone, on both machines
    (resolved,) = _append_revisions(field, rid, [(4, expected.envelope_id, "Çözüldi")])
    settle(SyncEngine(field))
    settle(SyncEngine(coordinator))
    settle(SyncEngine(other))
    for machine in (coordinator, other):
        got = machine.received.get(rid)
        assert not got.conflict and got.envelope_id == resolved.envelope_id and got.unread
        assert machine.received.conflicts(rid) == []
        assert _lists_alike(machine, Q(conflict=True)) == set()
        assert _lists_alike(machine, Q(conflict=False, unread=True)) == {rid}


def _tampered(env: Envelope) -> dict[str, object]:
    wire = env.to_wire()
    ciphertext = bytearray(b64decode(str(wire["ciphertext"])))
    ciphertext[-1] ^= 1
    return {**wire, "ciphertext": b64encode(bytes(ciphertext))}


def test_envelopes_that_fail_verification_never_reach_the_list(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile]
) -> None:
    field = field_profile(net, make_profile, "field")
    intruder = field_profile(net, make_profile, "intruder")
    rid = record(field, "Hakyky", "Beýan")
    settle(SyncEngine(field))
    settle(SyncEngine(intruder))
    settle(SyncEngine(coordinator))
    (genuine,) = [
        Envelope.from_bytes(bytes(r[0]))
        for r in field.database.query("SELECT envelope FROM outbox_envelopes")
    ]
    coordination = SyncStore(field.database).coordination_public
    assert coordination is not None

    def forged_by(keys: DeviceKeys, record_id: str, title: str) -> Envelope:
        body = {**field.observations.get(rid).to_dict(), "id": record_id, "title": title}
        return seal(
            body, author=keys, kind="observation", record_id=record_id, rev=9,
            parent=genuine.envelope_id, seq=50, prev=genuine.envelope_id,
            recipients=[keys.encryption.public, coordination],
        )  # fmt: skip

    stranger = DeviceKeys.generate()
    intruder_keys = intruder.device_keys
    page = {
        "envelopes": [
            # the server changed a byte of a real envelope
            {"envelope": _tampered(genuine)},
            # a device the network never listed
            {"envelope": forged_by(stranger, "a" * 32, "Ýalan").to_wire()},
            # another enrolled device revising the field worker's record
            {"envelope": forged_by(intruder_keys, rid, "Ogurlanan").to_wire()},
        ],
        "keys": {intruder.device_id: intruder_keys.public_dict()},
    }
    summary = SyncSummary()
    coordinator.sync.page_applier().apply(page, summary)

    assert _lists_alike(coordinator, Q(scope="received")) == {rid}
    assert coordinator.received.get(rid).observation.title == "Hakyky"
    assert coordinator.received.get(rid).envelope_id == genuine.envelope_id
    assert _lists_alike(coordinator, Q(text="ogurlanan")) == set()
    assert _lists_alike(coordinator, Q(text="yalan")) == set()
    codes = [entry[2] for entry in coordinator.sync.recent_log()]
    assert "unknown_author" in codes and "foreign_revision" in codes
    assert any(code not in ("synced", "unknown_author", "foreign_revision") for code in codes)


def test_migration_20_lists_what_an_older_coordinator_profile_received(
    net: Net,
    coordinator: Profile,
    make_profile: Callable[[str], Profile],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    field = field_profile(net, make_profile, "field")
    rid = record(field, "Köne ýazgy", "Migrasiýa")
    photo = tmp_path / "photo.png"
    photo.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100)
    other = record(field, "Suratly", "Surat bar", queue=False)
    field.attachments.add(other, photo)
    field.observations.set_status(other, "queued")
    settle(SyncEngine(field))
    settle(SyncEngine(coordinator))
    coordinator.reviews.review(rid, "needs_information", "Haçan?")
    inbox = coordinator.database.query("SELECT * FROM inbox")
    keys = coordinator.database.query("SELECT * FROM device_keys")
    reviews = coordinator.database.query("SELECT * FROM reviews")

    # a coordinator profile made before migration 20, holding that inbox
    old_paths = resolve_paths(tmp_path / "old")
    stop_migrations_at(monkeypatch, 19)
    old = Profile.create(old_paths, PASSPHRASE)
    monkeypatch.undo()
    with old.database.transaction() as conn:
        conn.executemany(f"INSERT INTO inbox VALUES ({','.join('?' * len(inbox[0]))})", inbox)
        conn.executemany("INSERT INTO device_keys VALUES (?, ?, ?)", keys)
        conn.executemany(f"INSERT INTO reviews VALUES ({','.join('?' * len(reviews[0]))})", reviews)
    old.close()

    with Profile.unlock(old_paths, PASSPHRASE) as upgraded:
        assert _lists_alike(upgraded, Q(scope="received")) == {rid, other}
        assert _lists_alike(upgraded, Q(scope="received", unread=True)) == {rid, other}
        assert _lists_alike(upgraded, Q(statuses=("needs_information",))) == {rid}
        assert _lists_alike(upgraded, Q(text="migrasiya")) == {rid}
        assert _lists_alike(upgraded, Q(authors=(field.device_id,))) == {rid, other}
        got = upgraded.received.get(other)
        assert got.attachments == 1 and got.observation.attachments[0].filename == "photo.png"
        assert upgraded.attachments.list(other)[0].sha256 == got.observation.attachments[0].sha256
        assert got.author_name == field.device_id[:8]  # no device list kept yet
        (arrived,) = upgraded.database.one(
            "SELECT received_at FROM inbox WHERE envelope_id = ?", (got.envelope_id,)
        )
        assert got.received_at == arrived  # when it came, not when the profile was upgraded
        assert [r.attachments for r in upgraded.listing.query(Q(text="suratly"))] == [1]


def test_crossing_reviews_leave_the_same_review_state_on_both_coordinators(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    field = field_profile(net, make_profile, "field")
    rid = record(field, "Gözegçilik", "Şaýatlaryň sözleri")
    settle(SyncEngine(field))
    settle(SyncEngine(coordinator))
    other = second_coordinator(net, coordinator, make_profile, tmp_path)
    settle(SyncEngine(other))
    # each sees its own decision at once, before any sync
    coordinator.reviews.review(rid, "received", "Kabul edildi")
    other.reviews.review(rid, "verified", "Tassyklandy")
    assert coordinator.received.get(rid).review_state == "received"
    assert other.received.get(rid).review_state == "verified"
    settle(SyncEngine(coordinator))  # the server takes the first coordinator's first
    settle(SyncEngine(other))  # then the second's
    settle(SyncEngine(coordinator))
    for machine in (coordinator, other):
        assert machine.received.get(rid).review_state == "verified"
        assert _lists_alike(machine, Q(statuses=("verified",))) == {rid}
    # the field worker answers a later "needs information": both show it unreviewed, unread
    coordinator.reviews.review(rid, "needs_information", "Haçan?")
    settle(SyncEngine(coordinator))
    settle(SyncEngine(field))
    answer = field.observations.get(rid)
    answer.reply_note = "Geçen hepde"
    field.observations.save(answer)
    field.observations.set_status(rid, "queued")
    settle(SyncEngine(field))
    for machine in (coordinator, other):
        settle(SyncEngine(machine))
        got = machine.received.get(rid)
        assert (got.review_state, got.unread) == ("sent", True)
        assert got.observation.reply_note == "Geçen hepde"
