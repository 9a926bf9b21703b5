"""The full-text index in two parts: the FTS5 index, written in large batches, and a small
table of recently saved texts that a save writes instead.

Why: FTS5 writes one index segment per transaction, so one save is one tiny segment, and
those segments have to be merged. Merging them one save at a time either stalls a save
(automerge rewrote hundreds of pages inside one save) or, done in the background, falls
behind a burst of saves; and FTS5 promotes the small segments to the level of the big one,
so every merge rewrote the whole index. After a few hundred quick saves a search read
hundreds of segments (15 ms to find a word in no record at all, 80 ms for a common one).

So a save puts its words in ``observation_words`` (a plain table: one row, no merging)
with ``indexed = 0``, and the upkeep moves those rows into the FTS5 index hundreds at a
time, while nobody is saving, and marks them ``indexed = 1``. The FTS5 index then gains one
segment per batch, not per save. A search asks both: FTS5 for the indexed records, and a
scan of the few waiting rows, whose words are kept folded and space-separated so "a word
starting with w" is ``instr(words, ' w')``. Saving an indexed record again takes it out of
the FTS5 index.

The words of every record stay in the table, indexed or not: the first page of a search
that many records match walks the sort index and tests each candidate's words by its pk
(:func:`probe_condition`), a few microseconds each. Listing every match from FTS5 first
(90,000 of them for a common word at 100,000 records) took 90 ms, for a page of 100.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.model import Observation
    from desktop.core.refdata import RefIndex

FTS_COLUMNS = "title, description, place, people"
WORDS_TABLE = "observation_words"
WORDS_CREATE = f"""
    CREATE TABLE {WORDS_TABLE} (
        pk INTEGER PRIMARY KEY REFERENCES observations (pk),
        words TEXT NOT NULL,
        indexed INTEGER NOT NULL
    )
"""
WORDS_WAITING_INDEX = (
    f"CREATE INDEX observation_words_waiting ON {WORDS_TABLE} (pk) WHERE indexed = 0"
)
#: A save batch at least this large (an import) goes straight into the FTS5 index: it makes
#: one segment of many records, which is what the index is good at.
BULK = 64
#: The upkeep moves recent texts once this many wait, even while saves go on, so the scan
#: of the recent table stays a few milliseconds.
MOVE_ANYWAY = 1000
#: Rows moved per transaction: one FTS5 segment each, and a save waits for at most one.
MOVE_BATCH = 500

# What the unicode61 tokenizer keeps together (letters and digits; "_" separates). Query
# words are split the same way, so each is one token (detail=none allows no phrases).
_WORD = re.compile(r"[^\W_]+", re.UNICODE)


# Letters a field worker types without their marks, on a keyboard that has none: Turkmen
# ý ž ç ş ň ä ö ü and Russian ё. Folded on both sides (what is indexed and what is asked), so
# "pensiya" finds "pensiýa" and "pensiýa" still finds it. The FTS5 tokenizer keeps marks
# (remove_diacritics 0): it only ever reads folded text.
_FOLD = str.maketrans("ýžçşňäöü\u0451", "yzcsnaou\u0435")  # ё → е (Cyrillic both)


def fold(text: str) -> str:
    """``text`` as the index keeps it: lower case, composed, marks above folded away."""
    text = text.lower()
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.translate(_FOLD)


def words_of(text: str) -> list[str]:
    """The tokens of ``text``, folded (see :func:`fold`)."""
    return _WORD.findall(fold(text))


def text_columns(obs: Observation, ref: RefIndex) -> tuple[str, str, str, str]:
    """What the index reads of an observation, as its four columns: title, description,
    place (the settlement and the place's names in every language), people's names."""
    p = obs.place
    return (
        obs.title,
        obs.description,
        p.settlement + " " + ref.place_search_text(p.velayat, p.etrap),
        " ".join(person.name for person in obs.people if person.name),
    )


def folded_words(*texts: str) -> str:
    """The recent table's ``words``: every token once, space before and after each."""
    seen = dict.fromkeys(w for text in texts for w in words_of(text))
    return " " + " ".join(seen) + " " if seen else " "


#: The longest prefix with an index of its own (schema migration 10).
LONGEST_PREFIX = 6


def fts_expression(text: str, *, widen: bool = False) -> str | None:
    """Every typed word must match, the last one (and every other) as a prefix, so results
    narrow while the user types. Words are quoted: FTS5 operators in input mean nothing.

    ``widen`` cuts words to :data:`LONGEST_PREFIX` letters: a superset of the matches, read
    from one prefix list (a longer word merges the list of every word starting with it),
    for estimates."""
    words = words_of(text)
    if not words:
        return None
    if widen:
        words = [w[:LONGEST_PREFIX] for w in words]
    return " ".join(f'"{w}"*' for w in words)


def match_select(
    text: str, after: int | None = None, *, widen: bool = False
) -> tuple[str, list[Any]] | None:
    """A ``SELECT`` of the pks whose text holds a word starting with each word of ``text``
    (both parts of the index), or None when ``text`` has no words. ``widen``: the indexed
    part read with words cut to :data:`LONGEST_PREFIX` letters, a superset of the matches
    read from prefix lists alone (FTS5 reads a longer prefix by merging the list of every
    word starting with it: 40-60 ms for a common one, against 5-8). With ``after``, widened,
    for the pks above it (an estimate)."""
    widen = widen or after is not None
    expr = fts_expression(text, widen=widen)
    if expr is None:
        return None
    tests, params = _word_tests(text)
    if after is None:
        return (
            "SELECT rowid FROM observations_fts WHERE observations_fts MATCH ?"
            f" UNION ALL SELECT pk FROM {WORDS_TABLE} INDEXED BY observation_words_waiting"
            f" WHERE indexed = 0 AND {tests}",
            [expr, *params],
        )
    return (
        "SELECT rowid FROM observations_fts WHERE observations_fts MATCH ? AND rowid > ?"
        f" UNION ALL SELECT pk FROM {WORDS_TABLE} INDEXED BY observation_words_waiting"
        f" WHERE indexed = 0 AND pk > ? AND {tests}",
        [expr, after, after, *params],
    )


def widening_changes(text: str) -> bool:
    """Whether :func:`match_select` with ``widen`` may match more than ``text`` does."""
    return any(len(w) > LONGEST_PREFIX for w in words_of(text))


def probe_condition(text: str) -> tuple[str, list[Any]] | None:
    """A test of candidate row ``o`` against ``text`` by its own words (one look-up by pk);
    None when ``text`` has no words."""
    if fts_expression(text) is None:
        return None
    tests, params = _word_tests(text)
    return (f"EXISTS (SELECT 1 FROM {WORDS_TABLE} w WHERE w.pk = o.pk AND {tests})", params)


def word_tests(text: str) -> tuple[str, list[str]] | None:
    """A condition on a ``words`` column that holds for a record matching ``text`` (every
    word a prefix of one of its words); None when ``text`` has no words."""
    if fts_expression(text) is None:
        return None
    return _word_tests(text)


def _word_tests(text: str) -> tuple[str, list[str]]:
    words = list(dict.fromkeys(words_of(text)))
    return " AND ".join("instr(words, ?) > 0" for _ in words), [" " + w for w in words]


def write(
    conn: Any, pk: int, columns: tuple[str, str, str, str], *, new: bool, bulk: bool = False
) -> None:
    """Index the text ``columns`` (title, description, place, people) of observation ``pk``,
    inside the caller's transaction. ``new``: it has never been indexed. ``bulk``: straight
    into the FTS5 index (a large batch makes one good segment)."""
    if not new:
        row = conn.execute(f"SELECT indexed FROM {WORDS_TABLE} WHERE pk = ?", (pk,)).fetchone()
        if row is not None and row[0]:
            conn.execute("DELETE FROM observations_fts WHERE rowid = ?", (pk,))
    words = folded_words(*columns)
    if bulk:
        # The folded words stand for all four columns, as in move_batch.
        conn.execute("INSERT INTO observations_fts (rowid, title) VALUES (?, ?)", (pk, words))
    conn.execute(
        f"INSERT OR REPLACE INTO {WORDS_TABLE} (pk, words, indexed) VALUES (?, ?, ?)",
        (pk, words, int(bulk)),
    )


def write_many(conn: Any, records: list[tuple[int, tuple[str, str, str, str], bool]]) -> None:
    """:func:`write` for a batch ``(pk, columns, new)`` (a page of received records), one
    statement per table; a batch of :data:`BULK` or more goes straight into the FTS5 index
    (and merges when too many segments gathered, :func:`keep_healthy`)."""
    if not records:
        return
    bulk = len(records) >= BULK
    again = [(pk,) for pk, _columns, new in records if not new]
    if again:
        indexed = [
            (pk,)
            for (pk,) in again
            if (
                row := conn.execute(
                    f"SELECT indexed FROM {WORDS_TABLE} WHERE pk = ?", (pk,)
                ).fetchone()
            )
            and row[0]
        ]
        conn.executemany("DELETE FROM observations_fts WHERE rowid = ?", indexed)
    rows = [(pk, folded_words(*columns), int(bulk)) for pk, columns, _new in records]
    if bulk:
        conn.executemany(
            "INSERT INTO observations_fts (rowid, title) VALUES (?, ?)", [r[:2] for r in rows]
        )
    conn.executemany(
        f"INSERT OR REPLACE INTO {WORDS_TABLE} (pk, words, indexed) VALUES (?, ?, ?)", rows
    )
    if bulk:
        keep_healthy(conn)


#: Segments past which a write that adds them merges before it commits. FTS5 refuses a
#: write once the index holds 2,000 segments ("database or disk is full"), and it never
#: merges by itself here (automerge=0: merging belongs to the idle upkeep). Normally the
#: index keeps under ~50 (crisismerge 16 a level); but while the upkeep's incremental merge
#: of a level is under way, crisismerge and promotion stop, and an import running
#: meanwhile piled up a segment every few records (1,975 at 81,000 records: issue 19).
SEGMENT_CEILING = 64
#: What the merge after the ceiling brings the index down to.
SEGMENT_TARGET = 16
#: Pages a merge statement writes (4 KB each) before the count is read again.
MERGE_PAGES = 2000
# FTS5's structure record (rowid 10 of its data table): a 4-byte cookie, then, in the
# second format (contentless_delete), a 4-byte marker; then varints: levels, segments.
_STRUCTURE_ROWID = 10
_STRUCTURE_V2 = b"\xff\x00\x00\x01"


def segment_count(conn: Any) -> int:
    """How many segments the FTS5 index holds, from its structure record (one row read)."""
    row = conn.execute(
        "SELECT block FROM observations_fts_data WHERE id = ?", (_STRUCTURE_ROWID,)
    ).fetchone()
    if row is None or row[0] is None or len(row[0]) < 6:
        return 0
    data: bytes = row[0]
    at = 8 if data[4:8] == _STRUCTURE_V2 else 4
    _levels, at = _varint(data, at)
    segments, _at = _varint(data, at)
    return segments


def _varint(data: bytes, at: int) -> tuple[int, int]:
    # SQLite's varint: big-endian 7-bit groups, high bit set on all but the last (the
    # ninth byte, never reached by a count, would carry 8 bits).
    value = 0
    for _ in range(9):
        byte = data[at]
        at += 1
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            break
    return value, at


def keep_healthy(conn: Any) -> int:
    """Inside the caller's write transaction, after it added to the FTS5 index: merge until
    at most :data:`SEGMENT_TARGET` segments remain if more than :data:`SEGMENT_CEILING` have
    gathered (see there). Returns the segments left. Rare, and then a few seconds of one
    import batch, instead of an index that refuses every write."""
    segments = segment_count(conn)
    if segments <= SEGMENT_CEILING:
        return segments
    while segments > SEGMENT_TARGET:
        before = conn.total_changes
        # Negative: every segment on one level, merged whatever usermerge says, and a merge
        # the upkeep left under way is carried on.
        conn.execute(
            "INSERT INTO observations_fts (observations_fts, rank) VALUES ('merge', ?)",
            (-MERGE_PAGES,),
        )
        left = segment_count(conn)
        if conn.total_changes - before < 2 and left >= segments:
            break  # nothing left that FTS5 will merge
        segments = left
    return segments


def forget(conn: Any, pk: int) -> None:
    """Take record ``pk``'s words out of both parts of the index (a deleted draft), inside
    the caller's transaction."""
    row = conn.execute(f"SELECT indexed FROM {WORDS_TABLE} WHERE pk = ?", (pk,)).fetchone()
    if row is not None and row[0]:
        conn.execute("DELETE FROM observations_fts WHERE rowid = ?", (pk,))
    conn.execute(f"DELETE FROM {WORDS_TABLE} WHERE pk = ?", (pk,))


def waiting(conn: Any) -> int:
    """How many records' words wait to join the FTS5 index."""
    return int(
        conn.execute(
            f"SELECT count(*) FROM {WORDS_TABLE} INDEXED BY observation_words_waiting"
            " WHERE indexed = 0"
        ).fetchone()[0]
    )


def move_batch(conn: Any, limit: int | None = None) -> int:
    """Move up to ``limit`` (default :data:`MOVE_BATCH`) waiting records' words into the
    FTS5 index in one transaction (one segment); returns how many moved."""
    limit = limit or MOVE_BATCH
    conn.execute("BEGIN IMMEDIATE")
    try:
        pks = [
            r[0]
            for r in conn.execute(
                f"SELECT pk FROM {WORDS_TABLE} INDEXED BY observation_words_waiting"
                " WHERE indexed = 0 ORDER BY pk LIMIT ?",
                (limit,),
            ).fetchall()
        ]
        if pks:
            last = pks[-1]
            # The folded words stand for all four columns: searches never ask which column
            # holds a word, and the tokenizer reads folded words as it reads the originals.
            conn.execute(
                "INSERT INTO observations_fts (rowid, title)"
                f" SELECT pk, words FROM {WORDS_TABLE} INDEXED BY observation_words_waiting"
                " WHERE indexed = 0 AND pk <= ? ORDER BY pk",
                (last,),
            )
            conn.execute(
                f"UPDATE {WORDS_TABLE} SET indexed = 1 WHERE indexed = 0 AND pk <= ?", (last,)
            )
            keep_healthy(conn)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return len(pks)
