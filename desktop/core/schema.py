"""The migrations of the core's tables (records, lists, settings, attachments); the order
they run in, with the sync engine's, is :data:`desktop.core.migrations.MIGRATIONS`. Never
edit one that a released version applied.

Notes for the sync engine:
- ``observations.sync_state`` is ``local`` (draft), ``pending`` (latest revision to send) or
  ``sent``. Find work with the ``observations_sync`` index.
- ``revisions.device_seq`` / ``envelope_id`` / ``envelope`` / ``receipt`` / ``sent_at``
  are the only columns of a revision that may change after it is written (the trigger below
  enforces it), and nothing sets them any more (a profile from before may hold values
  there, which unsealing clears). Since migration 11 the sync schema's ``outbox`` row with
  the revision's record id and rev and ``adopted = 0`` says that revision is sealed, with
  its envelope id, sequence number and the server's receipt (since migration 7); the exact
  envelope bytes live in ``outbox_envelopes`` (resent from there after a crash, keeping
  the hash chain).
- ``sync_state`` (key/value) is free for cursors and the like.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.listing.textindex import FTS_COLUMNS

# detail=none: the index keeps which records hold a word, not where. Searches only ask
# "does this record hold words starting with …" (no phrases, no NEAR, no column filters,
# no snippets: the table is contentless), and the index is a third of the size, so a word
# in most records reads a short list and a save writes less. Prefix indexes answer what is
# typed so far without merging the lists of every longer word that starts with it.
_FTS_TEMPLATE = f"""
    CREATE VIRTUAL TABLE observations_fts USING fts5 (
        {FTS_COLUMNS},
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '{{prefixes}}', detail = none
    )
"""
#: Migration 5's index: prefixes of 1-3 letters.
FTS_CREATE_V5 = _FTS_TEMPLATE.format(prefixes="1 2 3")
#: Migration 10's: prefixes up to 6 letters. Searches are mostly a word or the start of one
#: (Turkmen words take long suffixes: "adam" must find "adamlaryň"); a 4-6 letter prefix
#: without its own index merged the lists of every word starting with it (50 ms for a
#: common one at 100,000 records). Saves no longer write the index (migration 8), so the
#: larger index costs only the upkeep's batches.
FTS_CREATE = _FTS_TEMPLATE.format(prefixes="1 2 3 4 5 6")


def _rebuild_fts(conn: Any, create: str) -> None:
    """The full-text index rebuilt as ``create`` from the current bodies."""
    from desktop.core.refdata import load_refindex

    ref = load_refindex()

    def people(body: str) -> str:
        return " ".join(p.get("name") or "" for p in json.loads(body).get("people") or [])

    # Left registered afterwards: SQLite refuses to drop a function while any statement of
    # the connection is still open (here, cached statements of the migrations before).
    conn.create_function("fb_place_names", 2, ref.place_search_text, deterministic=True)
    conn.create_function("fb_people_names", 1, people, deterministic=True)
    conn.execute("DROP TABLE observations_fts")
    conn.execute(create)
    conn.execute(
        f"INSERT INTO observations_fts (rowid, {FTS_COLUMNS})"
        " SELECT pk, json_extract(body, '$.title'), json_extract(body, '$.description'),"
        " coalesce(json_extract(body, '$.place.settlement'), '') || ' ' ||"
        " fb_place_names(json_extract(body, '$.place.velayat'),"
        " json_extract(body, '$.place.etrap')), fb_people_names(body)"
        " FROM observation_bodies ORDER BY pk"
    )


def fts_without_positions(conn: Any) -> None:
    """Migration 5: the full-text index rebuilt as :data:`FTS_CREATE_V5` from the bodies."""
    _rebuild_fts(conn, FTS_CREATE_V5)
    # One segment to start from; then merging stays off the save path (migration 4).
    conn.execute("INSERT INTO observations_fts (observations_fts) VALUES ('optimize')")
    for option, value in (("automerge", 0), ("crisismerge", 64)):  # as migration 4 had
        conn.execute(
            "INSERT INTO observations_fts (observations_fts, rank) VALUES (?, ?)",
            (option, value),
        )


def fts_longer_prefixes(conn: Any) -> None:
    """Migration 10: the index rebuilt as :data:`FTS_CREATE`, holding every text (the recent
    table empties). No 'optimize' this time: it left the index at FTS5's top level, and
    the segments written after it were all merged with that one, the whole index rewritten
    each time; a bulk insert leaves a few segments on the low levels instead."""
    _rebuild_fts(conn, FTS_CREATE)
    conn.execute(f"DELETE FROM {_RECENT_TABLE_V8}")
    # usermerge 16: the upkeep merges once 16 segments share a level, not 4. FTS5 puts a
    # batch's small segment on the level of the big ones, so every merge rewrites the whole
    # index: with 4 that came every few batches (and each merge step's commit empties the
    # list's page cache); a search reads 16 segments without noticing.
    for option, value in (("automerge", 0), ("crisismerge", 16), ("usermerge", 16)):
        conn.execute(
            "INSERT INTO observations_fts (observations_fts, rank) VALUES (?, ?)",
            (option, value),
        )


_RECENT_TABLE_V8 = "observations_text_new"


def recent_texts(conn: Any) -> None:
    """Migration 8: saves index their text in a small table that the upkeep moves into the
    FTS5 index in batches (migration 12 keeps every record's words there)."""
    conn.execute(
        f"CREATE TABLE {_RECENT_TABLE_V8}"
        " (pk INTEGER PRIMARY KEY REFERENCES observations (pk), words TEXT NOT NULL)"
    )


def words_of_every_record(conn: Any) -> None:
    """Migration 12: every record's folded words in ``observation_words`` (see
    :mod:`desktop.core.listing.textindex`), marked indexed unless they waited in the recent table,
    which goes."""
    from desktop.core.listing.textindex import (
        WORDS_CREATE,
        WORDS_TABLE,
        WORDS_WAITING_INDEX,
        folded_words,
        text_columns,
    )
    from desktop.core.model import Observation
    from desktop.core.refdata import load_refindex

    ref = load_refindex()
    conn.execute(WORDS_CREATE)
    conn.execute(WORDS_WAITING_INDEX)
    waiting = {r[0] for r in conn.execute(f"SELECT pk FROM {_RECENT_TABLE_V8}").fetchall()}
    last = 0
    while True:
        rows = conn.execute(
            "SELECT pk, body FROM observation_bodies WHERE pk > ? ORDER BY pk LIMIT 2000",
            (last,),
        ).fetchall()
        if not rows:
            break
        batch = [
            (
                pk,
                folded_words(*text_columns(Observation.from_dict(json.loads(body)), ref)),
                0 if pk in waiting else 1,
            )
            for pk, body in rows
        ]
        conn.executemany(f"INSERT INTO {WORDS_TABLE} (pk, words, indexed) VALUES (?, ?, ?)", batch)
        last = rows[-1][0]
    conn.execute(f"DROP TABLE {_RECENT_TABLE_V8}")


def act_tree_rows(conn: Any) -> None:
    """Migration 9: ``act_tree`` category rows, one per record for each of its act types and
    every broader one, so a filter on a broad act type reads one code."""
    from desktop.core.refdata import load_refindex

    ref = load_refindex()
    rows = conn.execute(
        "SELECT pk, code FROM observation_categories WHERE kind = 'act' ORDER BY pk"
    ).fetchall()
    conn.executemany(
        "INSERT OR IGNORE INTO observation_categories (kind, code, pk) VALUES ('act_tree', ?, ?)",
        [(code, pk) for pk, act in rows for code in sorted(ref.act_type_with_ancestors([act]))],
    )


def report_facets(conn: Any) -> None:
    """Migration 14: facet rows (:func:`desktop.core.reports.facets.facet_rows`) for every
    stored record, read from the bodies in batches (each body is decrypted once, here, and
    never again for figures)."""
    from desktop.core.model import Observation
    from desktop.core.reports.facets import facet_rows

    last = 0
    while True:
        rows = conn.execute(
            "SELECT pk, body FROM observation_bodies WHERE pk > ? ORDER BY pk LIMIT 1000",
            (last,),
        ).fetchall()
        if not rows:
            return
        conn.executemany(
            "INSERT OR IGNORE INTO observation_categories (kind, code, pk) VALUES (?, ?, ?)",
            [
                (kind, code, pk)
                for pk, body in rows
                for kind, code in facet_rows(Observation.from_dict(json.loads(body), errors=[]))
            ],
        )
        last = rows[-1][0]


def right_tree_rows(conn: Any) -> None:
    """Migration 15: ``right_tree`` category rows, one per record for each of its rights and
    the treaty above them, so ticking a treaty finds every article under it."""
    from desktop.core.refdata import load_refindex

    ref = load_refindex()
    rows = conn.execute(
        "SELECT pk, code FROM observation_categories WHERE kind = 'right' ORDER BY pk"
    ).fetchall()
    conn.executemany(
        "INSERT OR IGNORE INTO observation_categories (kind, code, pk) VALUES ('right_tree', ?, ?)",
        [(code, pk) for pk, right in rows for code in sorted(ref.right_with_ancestors([right]))],
    )


def folded_words(conn: Any) -> None:
    """Migration 16: every record's words folded (ý→y, ş→s, ё→е, …: see
    :func:`desktop.core.listing.textindex.fold`) and the FTS5 index rebuilt from them, so a search
    typed without diacritics finds the records written with them."""
    from desktop.core.listing.textindex import WORDS_TABLE, folded_words

    # Stored words are already lower-case tokens: folding them is folding the texts.
    conn.create_function("fb_fold_words", 1, folded_words, deterministic=True)
    conn.execute(f"UPDATE {WORDS_TABLE} SET words = fb_fold_words(words)")
    conn.execute("DROP TABLE observations_fts")
    conn.execute(FTS_CREATE)
    conn.execute(
        "INSERT INTO observations_fts (rowid, title)"
        f" SELECT pk, words FROM {WORDS_TABLE} ORDER BY pk"
    )
    conn.execute(f"UPDATE {WORDS_TABLE} SET indexed = 1 WHERE indexed = 0")
    for option, value in (("automerge", 0), ("crisismerge", 16), ("usermerge", 16)):
        conn.execute(
            "INSERT INTO observations_fts (observations_fts, rank) VALUES (?, ?)",
            (option, value),
        )


# 1: the first schema.

FIRST_SCHEMA = """
    CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    CREATE TABLE identity (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        device_id TEXT NOT NULL,
        keys TEXT NOT NULL,
        created_at TEXT NOT NULL
    );

    CREATE TABLE observations (
        pk INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        rev INTEGER NOT NULL,
        title TEXT NOT NULL,
        title_sort TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        date_precision TEXT NOT NULL,
        velayat TEXT,
        etrap TEXT,
        place_label TEXT NOT NULL,
        place_sort TEXT NOT NULL,
        status TEXT NOT NULL,
        confidentiality TEXT NOT NULL,
        sync_state TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    -- The current JSON body lives apart from the list columns: list scans and sorts then
    -- read small rows (many per page, each page decrypted once) instead of whole records.
    CREATE TABLE observation_bodies (
        pk INTEGER PRIMARY KEY REFERENCES observations (pk),
        body TEXT NOT NULL
    );
    CREATE INDEX observations_date ON observations (date_start, pk);
    CREATE INDEX observations_place ON observations (place_sort, pk);
    CREATE INDEX observations_title ON observations (title_sort, pk);
    CREATE INDEX observations_status ON observations (status, pk);
    CREATE INDEX observations_updated ON observations (updated_at, pk);
    CREATE INDEX observations_velayat ON observations (velayat, etrap, date_start);
    CREATE INDEX observations_confidentiality ON observations (confidentiality, pk);
    CREATE INDEX observations_sync ON observations (sync_state) WHERE sync_state != 'local';

    -- rights (kind 'right') and act types (kind 'act'), so category filters use an index.
    CREATE TABLE observation_categories (
        kind TEXT NOT NULL,
        code TEXT NOT NULL,
        pk INTEGER NOT NULL REFERENCES observations (pk),
        PRIMARY KEY (kind, code, pk)
    ) WITHOUT ROWID;
    CREATE INDEX observation_categories_pk ON observation_categories (pk);

    CREATE TABLE revisions (
        observation_pk INTEGER NOT NULL REFERENCES observations (pk),
        rev INTEGER NOT NULL,
        saved_at TEXT NOT NULL,
        status TEXT NOT NULL,
        body TEXT NOT NULL,
        body_sha256 TEXT NOT NULL,
        device_seq INTEGER UNIQUE,
        envelope_id TEXT UNIQUE,
        envelope BLOB,
        receipt TEXT,
        sent_at TEXT,
        PRIMARY KEY (observation_pk, rev)
    );
    CREATE TRIGGER revisions_immutable
    BEFORE UPDATE OF observation_pk, rev, saved_at, status, body, body_sha256 ON revisions
    BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;
    CREATE TRIGGER revisions_kept BEFORE DELETE ON revisions
    BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END;

    CREATE TABLE status_changes (
        observation_pk INTEGER NOT NULL REFERENCES observations (pk),
        at TEXT NOT NULL,
        from_status TEXT NOT NULL,
        to_status TEXT NOT NULL
    );
    CREATE INDEX status_changes_pk ON status_changes (observation_pk);

    CREATE TABLE attachments (
        id TEXT PRIMARY KEY,
        observation_pk INTEGER NOT NULL REFERENCES observations (pk),
        position INTEGER NOT NULL,
        body TEXT NOT NULL,
        blob_id TEXT NOT NULL
    );
    CREATE INDEX attachments_observation ON attachments (observation_pk, position);
    CREATE INDEX attachments_blob ON attachments (blob_id);

    CREATE TABLE thumbnails (
        attachment_id TEXT PRIMARY KEY REFERENCES attachments (id) ON DELETE CASCADE,
        png BLOB NOT NULL
    );

    CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL);

    -- Contentless: the index keeps no copy of the text (the body already holds it), and
    -- contentless_delete lets a save replace an observation's row.
    CREATE VIRTUAL TABLE observations_fts USING fts5 (
        title, description, place, people,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0',
        prefix = '2 3'
    );
"""


# 3: sort indexes that carry every filter column. A list page walks one of them in sort
# order and tests the filters on the index entry alone, so it never sorts a large result
# and never reads table rows it does not show: its cost is bounded by one index scan
# (100,000 short entries), whatever the filter.

SORT_INDEXES = """
    DROP INDEX observations_date;
    DROP INDEX observations_place;
    DROP INDEX observations_title;
    DROP INDEX observations_status;
    DROP INDEX observations_updated;
    DROP INDEX observations_confidentiality;
    CREATE INDEX observations_sort_date ON observations
        (date_start, pk, velayat, etrap, status, confidentiality, date_end);
    CREATE INDEX observations_sort_place ON observations
        (place_sort, pk, velayat, etrap, status, confidentiality, date_start, date_end);
    CREATE INDEX observations_sort_title ON observations
        (title_sort, pk, velayat, etrap, status, confidentiality, date_start, date_end);
    CREATE INDEX observations_sort_status ON observations
        (status, pk, velayat, etrap, confidentiality, date_start, date_end);
    CREATE INDEX observations_sort_updated ON observations
        (updated_at, pk, velayat, etrap, status, confidentiality, date_start, date_end);
"""


# 4: FTS5 segment merging leaves the save path. With automerge, every 64th save paid a
# merge (~90 ms at 100,000 observations); the maintenance thread now merges in small
# steps between saves, and crisismerge stays as the safety net for bulk imports.

MERGING_OFF_THE_SAVE = """
    INSERT INTO observations_fts (observations_fts, rank) VALUES ('automerge', 0);
    INSERT INTO observations_fts (observations_fts, rank) VALUES ('crisismerge', 64);
"""


# 6: a smaller emergency merge. Merging stays with the upkeep thread, but a burst of
# saves (a sync pull, fast typing through a list) outruns it, and then every 64th save
# merged 64 segments at once (~25 ms of CPU at 100,000 observations, the save p99);
# 16 segments cost a quarter of that, four times as often.

SMALLER_CRISIS_MERGE = """
    INSERT INTO observations_fts (observations_fts, rank) VALUES ('crisismerge', 16);
"""


# 13: a log of the records whose list columns changed, by any connection, so the list's
# index in memory (desktop/core/listing/memindex.py) reads again only those. The log keeps the
# last few thousand changes; an index further behind reads everything.

LIST_CHANGES = """
    CREATE TABLE list_changes (seq INTEGER PRIMARY KEY, pk INTEGER NOT NULL);
    CREATE TRIGGER list_changes_insert AFTER INSERT ON observations
    BEGIN
        INSERT INTO list_changes (pk) VALUES (NEW.pk);
    END;
    CREATE TRIGGER list_changes_update AFTER UPDATE OF
        date_start, date_end, velayat, etrap, place_sort, title_sort, status,
        confidentiality, updated_at
        ON observations
    BEGIN
        INSERT INTO list_changes (pk) VALUES (NEW.pk);
    END;
    CREATE TRIGGER list_changes_delete AFTER DELETE ON observations
    BEGIN
        INSERT INTO list_changes (pk) VALUES (OLD.pk);
    END;
    CREATE TRIGGER list_changes_categories AFTER INSERT ON observation_categories
    BEGIN
        INSERT INTO list_changes (pk) SELECT NEW.pk
        WHERE NEW.pk IS NOT (SELECT pk FROM list_changes ORDER BY seq DESC LIMIT 1);
    END;
    CREATE TRIGGER list_changes_trim AFTER INSERT ON list_changes WHEN NEW.seq % 1000 = 0
    BEGIN
        DELETE FROM list_changes WHERE seq <= NEW.seq - 5000;
    END;
"""
