"""The list's index in memory, checked against a plain-Python reading of the records: every
query, sort and page; the dense first page; and keeping up with saves, edits, status
changes and other connections, one record at a time or many."""

from __future__ import annotations

import random
import threading
from dataclasses import replace

import pytest

import desktop.core.listing.columns as columns
import desktop.core.listing.memindex as listindex
import desktop.core.listing.memtext as listtext
from desktop.core.listing import ObservationQuery as Q
from desktop.core.model import Observation, Person, Place
from desktop.core.profile import Profile

from .conftest import make_obs
from .test_search_paging import QUERIES, _all_pages, _expected, _second_connection, stored

__all__ = ["stored"]  # the fixture, shared with the SQL plans' tests


def _current(profile: Profile) -> list[Observation]:
    svc = profile.observations
    return [svc.get(i) for i in svc.all_ids()]


def _check(profile: Profile, records: list[Observation], queries: list[Q], seed: int) -> int:
    rng = random.Random(seed)
    checked = 0
    for base in queries:
        for sort in ("incident_date", "place", "title", "status", "updated"):
            q = replace(base, sort=sort, descending=rng.random() < 0.5)
            expected = _expected(records, q)
            assert profile.observations.count(q) == len(expected), q
            got = _all_pages(profile, q, rng.choice([7, 50, 100]), cold=rng.random() < 0.5)
            assert got == expected, q
            checked += len(expected)
    return checked


def test_every_query_sort_and_page_from_the_index(
    stored: tuple[Profile, list[Observation]],
) -> None:
    profile, records = stored
    index = profile.observations.list_index
    assert _check(profile, records, QUERIES, 3) > 1000
    assert index._cols is not None  # answered from memory, not SQL
    assert set(index._cols.orders) == set(columns.SORT_KEYS)


@pytest.mark.parametrize("one_by_one", [32, 0], ids=["placed", "orders-read-again"])
def test_the_index_follows_saves_edits_and_other_connections(
    stored: tuple[Profile, list[Observation]], one_by_one: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile, _ = stored
    monkeypatch.setattr(columns, "PLACE_ONE_BY_ONE", one_by_one)
    svc = profile.observations
    assert svc.count() == 260  # the index is read
    for q in (Q(rights=("cat:art13",)), Q(act_types=("020000000000",)), Q(rights=("iccpr:art9",))):
        svc.count(q)  # their category masks are read before the changes
    some = [svc.get(i) for i in svc.all_ids()[:6]]
    some[0].title = "Aaaa birinji"  # sorts first by title
    some[1].place = Place("lebap", None, "Täze oba")
    some[2].date.start, some[2].date.end = "2001-01-01", None
    some[3].rights = ["cat:art13"]
    some[3].act_types = ["020000000000"]
    some[4].people = [Person(name="Zzyzx Adam")]
    for obs in some[:5]:
        svc.save(obs)
    svc.set_status(some[5].id, "queued")
    svc.save(make_obs(title="Täze ýazgy", description="Zzyzx"))
    other = type(svc)(_second_connection(profile), svc._ref, profile.device_id)
    other.save(make_obs(title="Başga birikme", description="zzyzx"))
    records = _current(profile)
    queries = [
        Q(),
        Q(text="zzyzx"),
        Q(velayat="lebap"),
        Q(rights=("cat:art13",)),
        Q(rights=("iccpr:art9",)),
        Q(act_types=("020000000000",)),
        Q(statuses=("queued",)),
        Q(date_to="2002-01-01"),
        Q(text="ş", velayat="ahal"),
    ]
    assert _check(profile, records, queries, 5) > 300


def test_an_index_behind_the_trimmed_log_reads_everything(
    stored: tuple[Profile, list[Observation]],
) -> None:
    profile, _ = stored
    svc = profile.observations
    assert svc.count() == 260
    index = profile.observations.list_index
    assert index._cols is not None
    index._cols.seq = -10  # as if the log had been trimmed past what the index read
    svc.save(make_obs(title="Soňky ýazgy"))
    records = _current(profile)
    assert _check(profile, records, [Q(), Q(text="soňky")], 9) > 260
    assert index._cols.seq > 0


def test_the_first_page_of_a_common_word_tests_candidates(
    stored: tuple[Profile, list[Observation]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word in many records: the first page tests candidates' words in sort order and
    lists no matches; where the candidates hold too few, the matches are listed."""
    profile, records = stored
    svc = profile.observations
    index = svc.list_index
    monkeypatch.setattr(listtext, "SHARE_SAMPLE", 100)
    for sort in ("incident_date", "title", "place"):
        for q in (Q(text="ş", sort=sort, limit=20), Q(text="ş", velayat="ahal", sort=sort)):
            svc.drop_query_cache()
            got = [r.id for r in svc.query(q)]
            assert got == _expected(records, q)[: q.limit], q
            assert not index._texts, "the matches were listed"
    # A word in no candidate near the start (none in "lebap"): listed, with the right rows.
    svc.drop_query_cache()
    q = Q(text="ş", velayat="lebap")
    assert [r.id for r in svc.query(q)] == _expected(records, q)[:100]


def test_a_large_profile_builds_its_index_on_another_thread(
    stored: tuple[Profile, list[Observation]], monkeypatch: pytest.MonkeyPatch
) -> None:
    profile, records = stored
    monkeypatch.setattr(listindex, "BUILD_AT_ONCE", 100)
    svc = profile.observations
    index = svc.list_index
    q = Q(text="bazar", sort="title")
    assert [r.id for r in svc.query(q)] == _expected(records, q)[:100]  # SQL meanwhile
    index.wait_built()
    svc.save(make_obs(title="Bazar täze"))  # a change after the build's snapshot
    records = _current(profile)
    assert [r.id for r in svc.query(q)] == _expected(records, q)[:100]
    assert index._cols is not None


@pytest.mark.parametrize("changes", [3, 40], ids=["placed", "read-again"])
def test_orders_read_after_the_hand_over_follow_the_changes_made_meanwhile(
    stored: tuple[Profile, list[Observation]], monkeypatch: pytest.MonkeyPatch, changes: int
) -> None:
    """The build hands the columns over, then reads the place, title and updated orders
    at the same snapshot; saves made in between must reach those orders too."""
    profile, _ = stored
    monkeypatch.setattr(listindex, "BUILD_AT_ONCE", 100)
    svc = profile.observations
    index = svc.list_index
    gate, reading = threading.Event(), threading.Event()
    real = columns.Columns.read_order

    def held(conn: object, sort: str) -> object:
        reading.set()
        assert gate.wait(10)
        return real(conn, sort)

    monkeypatch.setattr(columns.Columns, "read_order", staticmethod(held))
    svc.count()  # starts the build
    assert reading.wait(10)  # columns handed over; the orders are being read
    assert svc.count() == 260 and index._cols is not None
    assert "title" not in index._cols.orders
    for i in range(changes):
        svc.save(make_obs(title=f"Aaa {i}", description="bazar", people=[]))
    svc.count()  # catches up: the columns move past the build's snapshot
    gate.set()
    index.wait_built()
    svc.count()
    if changes <= columns.PLACE_ONE_BY_ONE:
        assert {"place", "title", "updated"} <= set(index._cols.orders)  # taken, placed
    else:
        assert "title" not in index._cols.orders  # dropped: read when first needed
    assert _check(profile, _current(profile), [Q(), Q(text="bazar")], 11) > 0


def test_inside_a_transaction_lists_run_in_sql(
    stored: tuple[Profile, list[Observation]],
) -> None:
    profile, _ = stored
    svc = profile.observations
    with profile.database.transaction():
        saved = svc.save(make_obs(title="Içerki ýazgy"))
        assert [r.id for r in svc.query(Q(text="içerki"))] == [saved.id]
    assert svc.list_index._cols is None
    assert svc.count(Q(text="içerki")) == 1


@pytest.mark.parametrize("probe_limit", [1000, 1], ids=["tested", "listed-when-rare"])
def test_a_long_word_is_found_from_its_six_letter_prefix_then_tested(
    stored: tuple[Profile, list[Observation]],
    probe_limit: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "задержание" is read as "задерж"*, which also finds "задержать": those candidates
    fail the test of their own words. With too few matches among the first candidates
    (forced here by a limit of 1), testing stops and the exact matches are listed."""
    monkeypatch.setattr(listtext, "WIDE_PROBE_LIMIT", probe_limit)
    profile, _ = stored
    svc = profile.observations
    for i in range(30):
        svc.save(make_obs(title=f"Задержать {i}", description="", people=[]))
    records = _current(profile)
    index = svc.list_index
    for text in ("задержание", "журналист", "задержание ş", "žurnalist", "ýaşaýjy"):
        for sort in ("incident_date", "title"):
            q = Q(text=text, sort=sort, limit=7)
            svc.drop_query_cache()
            expected = _expected(records, q)
            assert [r.id for r in svc.query(q)] == expected[:7], q
            assert all(wide for _key, wide in index._texts), "read from the prefix list"
            assert [r.id for r in svc.query(replace(q, offset=7))] == expected[7:14], q
            assert svc.count(q) == len(expected)
