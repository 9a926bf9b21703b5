"""The full-text index's upkeep: saves write the small recent table, the upkeep thread moves
those texts into the FTS5 index in batches while nobody saves, and merges segments."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from desktop.core.database import Checkpointer, _connect
from desktop.core.listing import ObservationQuery as Q
from desktop.core.listing import textindex
from desktop.core.listing.upkeep import IndexUpkeep
from desktop.core.model import Person, Place
from desktop.core.profile import Profile
from tests.core.conftest import make_obs


def fts_config(profile: Profile) -> dict[str, int]:
    rows = profile.database.query("SELECT k, v FROM observations_fts_config")
    return {k: v for k, v in rows}


def fts_pages(profile: Profile) -> int:
    return int(profile.database.one("SELECT count(*) FROM observations_fts_data")[0])


def waiting(profile: Profile) -> int:
    return textindex.waiting(profile.database.conn)


@pytest.fixture
def upkeep(profile: Profile) -> Iterator[tuple[Checkpointer, Any]]:
    """The upkeep, driven by hand on a connection of its own (as its thread has)."""
    running = profile.database.checkpointer
    assert running is not None
    key = running._key
    profile.database.stop_checkpointer()
    checkpointer = Checkpointer(profile.paths.profile_db, key, interval=3600)
    conn = _connect(profile.paths.profile_db, key)
    yield checkpointer, conn
    conn.close()


def test_saves_do_not_merge_segments(profile: Profile) -> None:
    config = fts_config(profile)
    assert config["automerge"] == 0
    assert config["crisismerge"] == 16  # migration 6 (was 64)


def test_a_save_writes_no_index_segment_and_is_found_at_once(profile: Profile) -> None:
    before = fts_pages(profile)
    for i in range(40):
        profile.observations.save(make_obs(title=f"Birleşdirme {i}"))
    assert fts_pages(profile) == before
    assert waiting(profile) == 40
    assert profile.observations.count(Q(text="birleşdirme")) == 40
    assert len(profile.observations.query(Q(text="BIRLEŞ"))) == 40


def test_upkeep_moves_texts_only_when_nobody_saves(
    profile: Profile, upkeep: tuple[Checkpointer, Any]
) -> None:
    checkpointer, conn = upkeep
    for i in range(30):
        profile.observations.save(make_obs(title=f"Göçürme {i}"))
    checkpointer.tick(conn)  # first look: it cannot know yet whether saves go on
    assert waiting(profile) == 30
    profile.observations.save(make_obs(title="Göçürme 30"))
    checkpointer.tick(conn)  # someone saved since the last tick
    assert waiting(profile) == 31
    before = fts_pages(profile)
    checkpointer.tick(conn)  # quiet now: one batch, one segment
    assert waiting(profile) == 0
    assert fts_pages(profile) > before
    assert profile.observations.count(Q(text="göçürme")) == 31


def test_upkeep_moves_anyway_when_too_many_wait(
    profile: Profile, upkeep: tuple[Checkpointer, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    checkpointer, conn = upkeep
    monkeypatch.setattr(textindex, "MOVE_ANYWAY", 10)
    monkeypatch.setattr(textindex, "MOVE_BATCH", 8)
    checkpointer.tick(conn)
    for i in range(12):
        profile.observations.save(make_obs(title=f"Köp {i}"))
    checkpointer.tick(conn)  # busy, but 12 ≥ 10 wait
    assert waiting(profile) == 4
    assert profile.observations.count(Q(text="köp")) == 12


def test_a_moved_text_edited_again_leaves_the_index(
    profile: Profile, upkeep: tuple[Checkpointer, Any]
) -> None:
    checkpointer, conn = upkeep
    saved = profile.observations.save(make_obs(title="Köne at", description="Suw ýok"))
    checkpointer.tick(conn)
    checkpointer.tick(conn)
    assert waiting(profile) == 0
    saved.title = "Täze at"
    profile.observations.save(saved)
    assert waiting(profile) == 1
    assert profile.observations.count(Q(text="köne")) == 0
    assert profile.observations.count(Q(text="täze suw")) == 1
    checkpointer.tick(conn)
    checkpointer.tick(conn)
    assert profile.observations.count(Q(text="köne")) == 0
    assert profile.observations.count(Q(text="täze suw")) == 1


def test_recent_and_indexed_texts_match_the_same_words(
    profile: Profile, upkeep: tuple[Checkpointer, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The recent table's folding and prefix test agree with the FTS5 tokenizer's."""
    texts = [
        ("ŞÄHER Bazarynda", "ÝAŞAÝJYLAR çykyş etdiler; Žurnalist", "Gülşat Ähmedowa"),
        ("Задержание ЖУРНАЛИСТА", "Ёлка, ёж и щука 2024-05", "Öwez Ňurly"),
        ("snake_case and-dash", "100kg", "Ümür"),
    ]
    queries = [
        "ş",
        "şäher",
        "ŞÄ",
        "ýaşaý",
        "žurnal",
        "журнал",
        "ЗАДЕРЖ",
        "ёлка",
        "ЁЖ",
        "2024",
        "05",
        "snake case",
        "dash",
        "100",
        "100kg",
        "ñ",
        "öwez ňur",
        "ümür",
        "gülşat журнал",
        "",
    ]
    for title, description, name in texts:
        profile.observations.save(
            make_obs(
                title=title,
                description=description,
                people=[Person(name=name)],
                place=Place("ahal", None, ""),
            )
        )
    assert waiting(profile) == len(texts)
    recent = {q: profile.observations.count(Q(text=q)) for q in queries}
    checkpointer, conn = upkeep
    checkpointer.tick(conn)
    checkpointer.tick(conn)
    assert waiting(profile) == 0
    indexed = {q: profile.observations.count(Q(text=q)) for q in queries}
    assert recent == indexed
    assert indexed["şäher"] == 1 and indexed["ş"] >= 1 and indexed["ñ"] == 0


def test_background_merge_step_keeps_search_right(
    profile: Profile, upkeep: tuple[Checkpointer, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    checkpointer, conn = upkeep
    monkeypatch.setattr(textindex, "BULK", 1)  # each batch straight in: one segment each
    for i in range(40):
        profile.observations.save_many([make_obs(title=f"Birleşdirme {i}")])
    segments_before = fts_pages(profile)
    for _ in range(20):
        checkpointer.upkeep._merge_step(conn)
    assert fts_pages(profile) < segments_before
    assert profile.observations.count(Q(text="birleşdirme")) == 40


def test_a_search_inside_a_transaction_sees_both_parts(
    profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(textindex, "BULK", 2)
    profile.observations.save_many([make_obs(title="Içinde bir"), make_obs(title="Içinde iki")])
    profile.observations.save(make_obs(title="Içinde üç"))
    with profile.database.transaction():  # no cached tables here: subqueries instead
        assert profile.observations.count(Q(text="içinde")) == 3
        assert len(profile.observations.query(Q(text="içinde"))) == 3


def test_a_quiet_tick_on_a_merged_index_writes_nothing(
    profile: Profile, upkeep: tuple[Checkpointer, Any]
) -> None:
    """Every commit empties the list's page cache and cached results, so an idle upkeep
    must not commit (a merge step commits even when there is nothing to merge)."""
    checkpointer, conn = upkeep
    profile.observations.save(make_obs(title="Bir"))
    checkpointer.tick(conn)
    checkpointer.tick(conn)  # moves the words: a commit
    version = profile.database.one("PRAGMA data_version")[0]
    for _ in range(3):
        checkpointer.tick(conn)
    assert profile.database.one("PRAGMA data_version")[0] == version


def test_no_upkeep_writes_while_the_list_is_in_use(profile: Profile) -> None:
    """A commit by the upkeep empties the profile connection's page cache: while someone
    searches, the next searches would read and decrypt everything again."""
    running = profile.database.checkpointer
    assert running is not None
    key = running._key
    profile.database.stop_checkpointer()
    idle = [0.0]
    checkpointer = Checkpointer(
        profile.paths.profile_db, key, interval=3600, idle_for=lambda: idle[0]
    )
    conn = _connect(profile.paths.profile_db, key)
    try:
        for i in range(5):
            profile.observations.save(make_obs(title=f"Gözleg {i}"))
        profile.observations.count(Q(text="gözleg"))
        assert profile.database.idle_for() < IndexUpkeep.IDLE_BEFORE_WRITE
        idle[0] = profile.database.idle_for()
        version = profile.database.one("PRAGMA data_version")[0]
        for _ in range(3):
            checkpointer.tick(conn)
        assert waiting(profile) == 5
        assert profile.database.one("PRAGMA data_version")[0] == version
        idle[0] = IndexUpkeep.IDLE_BEFORE_WRITE + 1
        checkpointer.tick(conn)
        assert waiting(profile) == 0
        assert profile.observations.count(Q(text="gözleg")) == 5
    finally:
        conn.close()
