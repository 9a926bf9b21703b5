"""ObservationService: save (with an immutable revision), read, history, status, search.

Every write is one ``BEGIN IMMEDIATE`` transaction that updates the current row, its
categories and full-text entry and appends the revision, so a crash leaves either the whole
save or none of it.

The current body's ``status`` and ``updated_at`` are read from the observations row, which
is where they are kept: :meth:`ObservationService.mark_sent` changes only the row (the body
keeps the values of its last save or status change).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace
from typing import Any

from desktop.core import textindex
from desktop.core.database import Database, utc_now
from desktop.core.errors import NotFoundError, TransitionError
from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.core.listindex import ListIndex, Selection
from desktop.core.model import (
    ALLOWED_TRANSITIONS,
    EDITABLE_STATUSES,
    INITIAL_STATUSES,
    AttachmentRef,
    FieldError,
    Observation,
    Status,
    SyncState,
    ValidationError,
)
from desktop.core.refindex import RefIndex
from desktop.core.reports.facets import write_facets
from desktop.core.search import (
    NEAR_START,
    PROBE_CATEGORY,
    SMALL_RESULT,
    ListPlan,
    ObservationQuery,
    ResultCache,
    category_codes,
    category_select,
    has_row_filters,
    order_clause,
    page_source,
    page_window,
    result_key,
    where_clause,
)
from desktop.core.textindex import match_select, probe_condition
from desktop.core.validation import validate
from protocol.encoding import canonical_json

M_NOT_EDITABLE = QT_TRANSLATE_NOOP(
    "core", "This observation was sent and can no longer be changed by its author."
)
M_BAD_TRANSITION = QT_TRANSLATE_NOOP("core", "This status change is not allowed.")
M_ALREADY_SEALED = QT_TRANSLATE_NOOP(
    "core", "This observation is already on its way and cannot be withdrawn."
)

M_NOT_A_DRAFT = QT_TRANSLATE_NOOP("core", "Only a draft that was never sent can be deleted.")
#: Errors that refuse even a draft: what they name could not be read back.
DRAFT_BLOCKING_CODES = frozenset(
    {"invalid_id", "unknown_code", "unknown_value", "invalid_date", "duplicate"}
)

#: Statuses the author sets through ``save``; the rest arrive through the sync engine.
AUTHOR_STATUSES = frozenset({Status.DRAFT, Status.QUEUED})


@dataclass(frozen=True)
class RevisionInfo:
    rev: int
    saved_at: str
    status: str
    summary: str  # the title at that revision
    envelope_id: str | None = None


@dataclass(frozen=True)
class ObservationRow:
    """What a list view shows; nothing more is read for it."""

    id: str
    title: str
    incident_date: str | None
    date_end: str | None
    date_precision: str
    velayat: str | None
    etrap: str | None
    place_label: str
    categories: tuple[str, ...]  # rights then act types
    status: str
    sync_state: str
    confidentiality: str
    updated_at: str


def _current(body: str, status: str, updated_at: str) -> Observation:
    """The current observation: its stored body, with the status and time of its row."""
    obs = Observation.from_dict(json.loads(body))
    obs.status, obs.updated_at = status, updated_at
    return obs


#: What a list row reads (see :class:`ObservationRow`), with the pk first.
_ROW_COLUMNS = (
    "o.pk, o.id, o.title, o.date_start, o.date_end, o.date_precision, o.velayat, o.etrap,"
    " o.place_label, o.status, o.sync_state, o.confidentiality, o.updated_at"
)
#: How many candidates the first page of a search tests by their words before it lists
#: the matches instead (see ``ObservationService._probed_first_page``).
PROBE_WINDOW = 2000
PROBE_SHARE = 10
PROBE_SAMPLE = 5000


def _sync_state_for(status: str) -> str:
    if status == Status.QUEUED:
        return SyncState.PENDING.value
    return SyncState.LOCAL.value


class ObservationService:
    def __init__(self, database: Database, ref: RefIndex, device_id: str) -> None:
        self._db = database
        self._ref = ref
        self._device_id = device_id
        self._results = ResultCache(database.conn)
        self.list_index = ListIndex(database.conn, database.reader)

    # -- validation and saving ---------------------------------------------------------

    def validate(self, obs: Observation) -> list[FieldError]:
        return validate(obs, self._ref)

    def save(self, obs: Observation) -> Observation:
        """Validate and store ``obs`` as a new revision; returns what was stored.

        ``obs.attachments`` is ignored: the attachment service owns that list, so a form
        holding a stale copy cannot drop or resurrect attachments. Saving content that is
        identical to the stored revision (and the same status) writes nothing.
        """
        errors = self.validate(obs)
        if errors:
            raise ValidationError(errors)
        with self._db.transaction():
            return self._store(obs)

    def save_many(self, observations: list[Observation]) -> list[Observation]:
        """Save several observations in one transaction (all or none); for imports."""
        for obs in observations:
            errors = self.validate(obs)
            if errors:
                raise ValidationError(errors)
        bulk = len(observations) >= textindex.BULK
        with self._db.transaction() as conn:
            stored = [self._store(obs, bulk=bulk) for obs in observations]
            if bulk:
                textindex.keep_healthy(conn)
            return stored

    # -- drafts: kept whatever is missing, erased on request --------------------------------

    def save_draft(self, obs: Observation) -> Observation:
        """Store ``obs`` as a draft even if it is incomplete (no date, an over-long title):
        a field worker's words are never held back by a missing field. Only errors that
        would store something unreadable (an unknown code, a malformed id or date) refuse
        it. Queueing (``set_status(id, "queued")``) validates in full."""
        if obs.status != Status.DRAFT.value:
            raise TransitionError(M_BAD_TRANSITION, field="status")
        errors = [e for e in self.validate(obs) if e.code in DRAFT_BLOCKING_CODES]
        if errors:
            raise ValidationError(errors)
        with self._db.transaction():
            return self._store(obs)

    def delete_draft(self, observation_id: str) -> list[str]:
        """Erase a draft that never left this device: its row, body, every revision, words,
        categories, status log and attachment rows (the connection runs with
        ``secure_delete``, so the freed pages are overwritten). Returns the ids of the blobs
        no record uses any more: ``AttachmentService.forget_blobs`` removes their files.
        Raises ``TransitionError`` for anything but a draft, or a draft once sealed."""
        with self._db.transaction() as conn:
            current = self.get(observation_id)
            pk = self._pk(observation_id)
            sealed = conn.execute(
                "SELECT 1 FROM revisions WHERE observation_pk = ? AND envelope_id IS NOT NULL"
                " UNION ALL SELECT 1 FROM outbox WHERE record_id = ? LIMIT 1",
                (pk, observation_id),
            ).fetchone()
            if current.status != Status.DRAFT.value or sealed:
                raise TransitionError(M_NOT_A_DRAFT, field="status")
            blobs = [r[0] for r in conn.execute(
                "SELECT DISTINCT blob_id FROM attachments WHERE observation_pk = ?", (pk,)
            )]  # fmt: skip
            indexed = conn.execute(
                f"SELECT indexed FROM {textindex.WORDS_TABLE} WHERE pk = ?", (pk,)
            ).fetchone()
            if indexed is not None and indexed[0]:
                conn.execute("DELETE FROM observations_fts WHERE rowid = ?", (pk,))
            # Revisions are immutable because sent history must never change; a draft's
            # history never left the device, so the guard is lifted for this one delete.
            conn.execute("DROP TRIGGER revisions_kept")
            conn.execute("DELETE FROM revisions WHERE observation_pk = ?", (pk,))
            conn.execute(
                "CREATE TRIGGER revisions_kept BEFORE DELETE ON revisions"
                " BEGIN SELECT RAISE(ABORT, 'revisions are immutable'); END"
            )
            conn.execute(
                "DELETE FROM thumbnails WHERE attachment_id IN"
                " (SELECT id FROM attachments WHERE observation_pk = ?)",
                (pk,),
            )
            for table, column in (
                ("attachments", "observation_pk"),
                ("status_changes", "observation_pk"),
                ("observation_categories", "pk"),
                (textindex.WORDS_TABLE, "pk"),
                ("observation_bodies", "pk"),
                ("observations", "pk"),
            ):
                conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (pk,))
            return [
                b for b in blobs
                if conn.execute("SELECT 1 FROM attachments WHERE blob_id = ?", (b,)).fetchone()
                is None
            ]  # fmt: skip

    def _store(self, obs: Observation, *, force: bool = False, bulk: bool = False) -> Observation:
        """Write a revision inside the caller's transaction (validation already done)."""
        row = self._db.one(
            "SELECT o.pk, o.rev, o.status, o.created_at, b.body, o.updated_at FROM observations o"
            " JOIN observation_bodies b ON b.pk = o.pk WHERE o.id = ?",
            (obs.id,),
        )
        status = Status(obs.status)
        if row is None:
            if status not in INITIAL_STATUSES:
                raise TransitionError(field="status")
            pk, rev, created_at, previous = None, 0, utc_now(), None
        else:
            pk, rev, created_at = row[0], row[1], row[3]
            previous = _current(row[4], row[2], row[5])
            stored = Status(row[2])
            if status != stored and (
                status not in AUTHOR_STATUSES or status not in ALLOWED_TRANSITIONS[stored]
            ):
                raise TransitionError(M_BAD_TRANSITION, field="status")
            if stored not in EDITABLE_STATUSES:
                raise TransitionError(M_NOT_EDITABLE, field="status")
        stored_obs = Observation.from_dict(obs.to_dict())
        stored_obs.attachments = self._attachments(pk) if pk is not None else []
        stored_obs.rights = list(dict.fromkeys(stored_obs.rights))
        stored_obs.act_types = list(dict.fromkeys(stored_obs.act_types))
        if (
            previous is not None
            and not force
            and previous.status == stored_obs.status
            and previous.content_dict() == stored_obs.content_dict()
        ):
            return previous
        now = utc_now()
        stored_obs.rev = rev + 1
        stored_obs.created_at = created_at
        stored_obs.updated_at = now
        stored_obs.author_device_id = (
            previous.author_device_id if previous is not None else None
        ) or self._device_id
        body = canonical_json(stored_obs.to_dict())
        text = body.decode("utf-8")
        p = stored_obs.place
        label = self._ref.place_label(p.velayat, p.etrap, p.settlement)
        place_sort = self._ref.place_sort_key(p.velayat, p.etrap, p.settlement)
        values = (
            stored_obs.id,
            stored_obs.rev,
            stored_obs.title,
            stored_obs.title.casefold(),
            stored_obs.date.start,
            stored_obs.date.end,
            stored_obs.date.precision,
            p.velayat,
            p.etrap,
            label,
            place_sort,
            stored_obs.status,
            stored_obs.confidentiality,
            _sync_state_for(stored_obs.status),
            created_at,
            now,
        )
        conn = self._db.conn
        if pk is None:
            cur = conn.execute(
                "INSERT INTO observations (id, rev, title, title_sort, date_start, date_end,"
                " date_precision, velayat, etrap, place_label, place_sort, status,"
                " confidentiality, sync_state, created_at, updated_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                values,
            )
            pk = int(cur.lastrowid)
            conn.execute("INSERT INTO observation_bodies (pk, body) VALUES (?, ?)", (pk, text))
        else:
            conn.execute(
                "UPDATE observations SET id = ?, rev = ?, title = ?, title_sort = ?,"
                " date_start = ?, date_end = ?, date_precision = ?, velayat = ?, etrap = ?,"
                " place_label = ?, place_sort = ?, status = ?, confidentiality = ?,"
                " sync_state = ?, created_at = ?, updated_at = ? WHERE pk = ?",
                (*values, pk),
            )
            conn.execute("UPDATE observation_bodies SET body = ? WHERE pk = ?", (text, pk))
            conn.execute("DELETE FROM observation_categories WHERE pk = ?", (pk,))
            if previous is not None and previous.status != stored_obs.status:
                conn.execute(
                    "INSERT INTO status_changes VALUES (?, ?, ?, ?)",
                    (pk, now, previous.status, stored_obs.status),
                )
        conn.executemany(
            "INSERT INTO observation_categories (kind, code, pk) VALUES (?, ?, ?)",
            [("right", c, pk) for c in stored_obs.rights]
            + [("act", c, pk) for c in stored_obs.act_types]
            + [
                ("act_tree", c, pk)
                for c in sorted(self._ref.act_type_with_ancestors(stored_obs.act_types))
            ]
            + [
                ("right_tree", c, pk)
                for c in sorted(self._ref.right_with_ancestors(stored_obs.rights))
            ],
        )
        write_facets(conn, pk, stored_obs)
        textindex.write(
            conn, pk, textindex.text_columns(stored_obs, self._ref), new=row is None, bulk=bulk
        )
        conn.execute(
            "INSERT INTO revisions (observation_pk, rev, saved_at, status, body, body_sha256)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (pk, stored_obs.rev, now, stored_obs.status, text, hashlib.sha256(body).hexdigest()),
        )
        return stored_obs

    def _attachments(self, pk: int) -> list[AttachmentRef]:
        rows = self._db.query(
            "SELECT body FROM attachments WHERE observation_pk = ? ORDER BY position", (pk,)
        )
        return [AttachmentRef.from_json(r[0]) for r in rows]

    def _pk(self, observation_id: str) -> int:
        row = self._db.one("SELECT pk FROM observations WHERE id = ?", (observation_id,))
        if row is None:
            raise NotFoundError(field="id")
        return int(row[0])

    def _resave(self, observation_id: str) -> Observation:
        """A new revision after the attachment list changed (caller holds the transaction)."""
        current = self.get(observation_id)
        if Status(current.status) not in EDITABLE_STATUSES:
            raise TransitionError(M_NOT_EDITABLE, field="status")
        return self._store(current, force=True)

    # -- reading -----------------------------------------------------------------------

    def get(self, observation_id: str) -> Observation:
        row = self._db.one(
            "SELECT b.body, o.status, o.updated_at FROM observations o"
            " JOIN observation_bodies b ON b.pk = o.pk WHERE o.id = ?",
            (observation_id,),
        )
        if row is None:
            raise NotFoundError(field="id")
        return _current(*row)

    def exists(self, observation_id: str) -> bool:
        return (
            self._db.one("SELECT 1 FROM observations WHERE id = ?", (observation_id,)) is not None
        )

    def history(self, observation_id: str) -> list[RevisionInfo]:
        pk = self._pk(observation_id)
        # The envelope sealed from a revision is in the sync schema's outbox (a profile from
        # before migration 11 may name it in the revision instead).
        rows = self._db.query(
            "SELECT r.rev, r.saved_at, r.status, json_extract(r.body, '$.title'),"
            " coalesce((SELECT p.envelope_id FROM outbox p WHERE p.record_id = ?"
            " AND p.kind = 'observation' AND p.rev = r.rev AND p.adopted = 0"
            " ORDER BY p.seq DESC LIMIT 1), r.envelope_id)"
            " FROM revisions r WHERE r.observation_pk = ? ORDER BY r.rev",
            (observation_id, pk),
        )
        return [RevisionInfo(r[0], r[1], r[2], r[3] or "", r[4]) for r in rows]

    def revision(self, observation_id: str, rev: int) -> Observation:
        pk = self._pk(observation_id)
        row = self._db.one(
            "SELECT body FROM revisions WHERE observation_pk = ? AND rev = ?", (pk, rev)
        )
        if row is None:
            raise NotFoundError(field="rev")
        return Observation.from_dict(json.loads(row[0]))

    # -- status ------------------------------------------------------------------------

    def set_status(self, observation_id: str, status: str | Status) -> Observation:
        """Move along :data:`ALLOWED_TRANSITIONS`.

        Submitting (→ queued) is an author act and appends a revision: that revision is what
        the sync engine seals and sends. Other changes (sent, received, reviews) come from
        the sync engine and change only the current row; they are logged in
        ``status_changes``.
        """
        target = Status(status)
        with self._db.transaction() as conn:
            current = self.get(observation_id)
            stored = Status(current.status)
            if target == stored:
                return current
            if target not in ALLOWED_TRANSITIONS[stored]:
                raise TransitionError(M_BAD_TRANSITION, field="status")
            if target == Status.QUEUED:
                current.status = target.value
                errors = self.validate(current)
                if errors:
                    raise ValidationError(errors)
                return self._store(current, force=True)
            pk = self._pk(observation_id)
            if stored == Status.QUEUED and target == Status.DRAFT:
                # the sync schema's outbox: a row sealed from this revision (not adopted)
                sealed = self._db.one(
                    "SELECT 1 FROM outbox WHERE record_id = ? AND kind = 'observation'"
                    " AND rev = ? AND adopted = 0",
                    (observation_id, current.rev),
                )
                if sealed:
                    raise TransitionError(M_ALREADY_SEALED, field="status")
                current.status = target.value
                return self._store(current, force=True)
            now = utc_now()
            current.status = target.value
            current.updated_at = now
            sync_state = SyncState.SENT.value if target == Status.SENT else None
            conn.execute(
                "UPDATE observations SET status = ?, updated_at = ?,"
                " sync_state = coalesce(?, sync_state) WHERE pk = ?",
                (target.value, now, sync_state, pk),
            )
            conn.execute(
                "UPDATE observation_bodies SET body = ? WHERE pk = ?",
                (canonical_json(current.to_dict()).decode(), pk),
            )
            conn.execute(
                "INSERT INTO status_changes VALUES (?, ?, ?, ?)",
                (pk, now, stored.value, target.value),
            )
            return current

    def mark_sent(self, revisions: list[tuple[str, int]]) -> list[str]:
        """The sync engine's batch form of ``set_status(id, "sent")`` once the server's
        receipts for revisions ``(id, rev)`` are stored.

        Only observations still queued at exactly that revision change (a newer revision
        waits for its own receipt); the effects are those of :meth:`set_status`: status, sync
        state, the status and time read with the current body, a ``status_changes`` row. A
        few statements for the whole batch instead of several per observation. Returns the
        ids changed.

        The body is not rewritten: its status and time are read from the row (see
        :func:`_current`). Rewriting it cost a page of body and a JSON round trip per
        observation, about a fifth of what a push spent storing receipts.
        """
        wanted = dict(revisions)
        if not wanted:
            return []
        changed: list[str] = []
        with self._db.transaction() as conn:
            now = utc_now()
            ids = list(wanted)
            found: list[tuple[int, str]] = []
            for start in range(0, len(ids), 500):  # well under SQLite's variable limit
                part = ids[start : start + 500]
                marks = ",".join("?" * len(part))
                rows = conn.execute(
                    # "+": look the ids up, not every queued row in the status index
                    f"SELECT pk, id, rev FROM observations WHERE +status = ? AND id IN ({marks})",
                    (Status.QUEUED.value, *part),
                ).fetchall()
                found += [(r[0], r[1]) for r in rows if wanted[r[1]] == r[2]]
            if not found:
                return []
            rows_sent, logged = [], []
            # in table order: neighbouring rows share pages
            for pk, observation_id in sorted(found):
                rows_sent.append((Status.SENT.value, now, SyncState.SENT.value, pk))
                logged.append((pk, now, Status.QUEUED.value, Status.SENT.value))
                changed.append(observation_id)
            conn.executemany(
                "UPDATE observations SET status = ?, updated_at = ?, sync_state = ? WHERE pk = ?",
                rows_sent,
            )
            conn.executemany("INSERT INTO status_changes VALUES (?, ?, ?, ?)", logged)
        return changed

    # -- lists ---------------------------------------------------------------------------

    def query(self, q: ObservationQuery) -> list[ObservationRow]:
        order_clause(q)  # ValueError for an unknown sort, before any work
        self._db.note_use()
        with self._db.lock:
            pks = self.list_index.page(q)
            rows = (
                self._rows(pks) if pks is not None else self._probed_first_page(q) or self._page(q)
            )
        cats = self._categories([r[0] for r in rows])
        return [
            ObservationRow(
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                r[6],
                r[7],
                r[8],
                cats.get(r[0], ()),
                r[9],
                r[10],
                r[11],
                r[12],
            )
            for r in rows
        ]

    def _rows(self, pks: list[int]) -> list[Any]:
        """The list rows of ``pks``, in that order."""
        if not pks:
            return []
        marks = ",".join("?" * len(pks))
        by_pk = {
            r[0]: r
            for r in self._db.query(
                f"SELECT {_ROW_COLUMNS} FROM observations o WHERE o.pk IN ({marks})", pks
            )
        }
        return [by_pk[pk] for pk in pks if pk in by_pk]

    def _probed_first_page(self, q: ObservationQuery) -> list[Any] | None:
        """The first page of a search that many records match, or None.

        Walks the first :data:`PROBE_WINDOW` candidates of the sort index that pass the
        other filters and tests each one's words by its pk, instead of first listing every
        match from the full-text index. Only for a text in at least one record in
        :data:`PROBE_SHARE`; if a page's worth of the candidates match, that is the page,
        otherwise (a filter that leaves few of them, or a short list) the usual plan
        answers. Searches whose matches are already listed, and pages after the first, use
        the list.
        """
        probe = probe_condition(q.text) if q.offset == 0 else None
        if probe is None or not self._results.usable():
            return None
        if self._results.has_hits(q.text):
            return None
        limit, _offset, _reverse = page_window(q, None)
        if not limit:
            return None
        # The share of records that match, from the newest PROBE_SAMPLE of them: FTS5
        # seeks to a range of rowids, so this reads a twentieth of the lists (a count of
        # all matches cost 16 ms for a common word, 30 for two words). A text in fewer
        # than one record in PROBE_SHARE is listed instead: walking would test too many.
        (records,) = self._db.one("SELECT coalesce(max(pk), 0) FROM observations")
        sample = min(records, PROBE_SAMPLE)
        sliced = match_select(q.text, after=records - sample)
        assert sliced is not None
        (matches,) = self._db.one(f"SELECT count(*) FROM ({sliced[0]})", sliced[1])
        if not sample or matches * PROBE_SHARE < sample:
            return None
        # Every candidate's words are read (the page is sorted after the test), so take
        # about twice what a page needs at this share of matches.
        window = min(PROBE_WINDOW, -(-2 * limit * sample // matches))
        browse = replace(q, text="")
        plan = self._plan(browse, near_start=True)
        if plan.small is not None:
            return None  # a category few records have drives the usual plan
        where, params = where_clause(browse, self._ref, sets=plan.sets)
        order = order_clause(q)
        rows = self._db.query(
            f"SELECT {_ROW_COLUMNS} FROM (SELECT o.pk AS cpk{page_source(q)}{where}{order}"
            " LIMIT ?) c CROSS JOIN observations o ON o.pk = c.cpk"
            f" WHERE {probe[0]}{order} LIMIT ?",
            [*params, window, *probe[1], limit],
        )
        return rows if len(rows) == limit else None

    def _page(self, q: ObservationQuery) -> list[Any]:
        """A page by the usual plan (see :meth:`_plan`), in ``q``'s order."""
        near_start = q.offset <= NEAR_START
        plan = self._plan(q, near_start=near_start)
        total = self._known_count(q, plan)
        if total is None and (not near_start or (q.velayat and q.etrap)):
            # An etrap holds 1-2 % of the records: its count is a short range of the
            # place index, and a small count lets the page read that range and sort it
            # instead of walking the sort index past the other 98 %.
            total = self._count(q, plan)
        limit, offset, reverse = page_window(q, total)
        if not limit:
            return []
        where, params = where_clause(q, self._ref, hits=plan.hits, sets=plan.sets)
        few = total is not None and total <= SMALL_RESULT
        source = page_source(q, small=plan.small, few_in_place=few)
        rows = self._db.query(
            f"SELECT {_ROW_COLUMNS}{source}{where}"
            f"{order_clause(q, reverse=reverse)} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        if reverse:
            rows.reverse()
        return rows

    def prepare_list(self) -> bool:
        """Read the list's index now instead of at the first list query (see
        :mod:`desktop.core.listindex`); whether lists are answered from it."""
        with self._db.lock:
            return self.list_index.prepare()

    def drop_query_cache(self) -> None:
        """Forget cached matches and counts (the benchmark measures every search cold)."""
        with self._db.lock:
            self._results.clear()
            self.list_index.forget_results()

    def _plan(self, q: ObservationQuery, *, near_start: bool = False) -> ListPlan:
        """The pk tables for the text and category filters (none inside a transaction,
        where they become subqueries and probes), and the smallest, if small enough to
        drive the query from it and sort.

        A category filter that many records pass gets no table for a page ``near_start``
        when none is kept: the page walks the sort index and probes each candidate, and
        few candidates fill a page. Its count, or a page deep in the list, makes the table
        (kept for the pages after it).
        """
        plan = ListPlan(cacheable=self._results.usable())
        if not plan.cacheable:
            return plan
        sizes: list[tuple[int, str]] = []
        found = self._results.hits(q.text)
        if found is not None:
            plan.hits, n = found
            sizes.append((n, plan.hits))
        categories = category_codes(q)
        for kind, codes in categories:
            key = (kind, codes)
            kept = self._results.cached(key)
            if kept is None and near_start:
                if sizes and min(sizes)[0] <= SMALL_RESULT:
                    continue  # the text's few matches drive the page; probe those
                size = self._category_size(kind, codes)
                if size > PROBE_CATEGORY:
                    if len(codes) == 1 and len(categories) == 1 and found is None:
                        # one code's rows are one per record: the size is the count
                        plan.exact = None if has_row_filters(q) else size
                    continue
            if kept is None:
                select, params = category_select(kind, codes)
                kept = self._results.table(key, select, params)
            plan.sets[kind] = kept[0]
            sizes.append((kept[1], kept[0]))
        if sizes:
            n, table = min(sizes)
            if n <= SMALL_RESULT:
                plan.small = table
            only = len(sizes) == 1 and len(categories) + (found is not None) == 1
            if only and not has_row_filters(q):
                plan.exact = n
        return plan

    def _category_size(self, kind: str, codes: tuple[str, ...]) -> int:
        """How many category rows ``codes`` have: the number of records passing, or (for
        several codes) at most that. A count of the primary key's entries, kept while the
        data does not change."""
        key = ("size", kind, codes)
        n = self._results.count(key)
        if n is None:
            marks = ",".join("?" * len(codes))
            (n,) = self._db.one(
                f"SELECT count(*) FROM observation_categories WHERE kind = ? AND code IN ({marks})",
                (kind, *codes),
            )
            self._results.keep_count(key, int(n))
        return int(n)

    def _known_count(self, q: ObservationQuery, plan: ListPlan) -> int | None:
        """The result's size if it is known without counting: cached, or the size of the
        one look-up table the query is."""
        cached = self._results.count(result_key(q)) if plan.cacheable else None
        return cached if cached is not None else plan.exact

    def _count(self, q: ObservationQuery, plan: ListPlan) -> int:
        n = self._known_count(q, plan)
        if n is None:
            where, params = where_clause(q, self._ref, hits=plan.hits, sets=plan.sets)
            source = (
                f" FROM {plan.small} d CROSS JOIN observations o ON o.pk = d.pk"
                if plan.small
                # The planner reads an index (velayat's, or a sort index holding every
                # filter column), not the table.
                else " FROM observations o"
            )
            (n,) = self._db.one(f"SELECT count(*){source}{where}", params)
        if plan.cacheable:
            self._results.keep_count(result_key(q), int(n))
        return int(n)

    def _categories(self, pks: list[int]) -> dict[int, tuple[str, ...]]:
        if not pks:
            return {}
        found: dict[int, list[str]] = {}
        marks = ",".join("?" * len(pks))
        for pk, _kind, code in self._db.query(
            f"SELECT pk, kind, code FROM observation_categories INDEXED BY"
            f" observation_categories_pk WHERE pk IN ({marks}) AND kind IN ('right', 'act')"
            " ORDER BY pk, kind DESC, code",
            pks,
        ):
            found.setdefault(pk, []).append(code)
        return {pk: tuple(codes) for pk, codes in found.items()}

    def count(self, q: ObservationQuery | None = None) -> int:
        q = q or ObservationQuery()
        self._db.note_use()
        with self._db.lock:
            n = self.list_index.count(q)
            if n is not None:
                return n
            if self._results.usable():
                cached = self._results.count(result_key(q))
                if cached is not None:  # without listing the matches again
                    return cached
            return self._count(q, self._plan(q))

    def counts_by_status(self) -> dict[str, int]:
        counts = {s.value: 0 for s in Status}
        for status, n in self._db.query(
            "SELECT status, count(*) FROM observations GROUP BY status"
        ):
            counts[status] = n
        return counts

    def all_ids(self) -> list[str]:
        return [r[0] for r in self._db.query("SELECT id FROM observations ORDER BY pk")]

    def selection(self, q: ObservationQuery, kinds: tuple[str, ...] = ()) -> Selection | None:
        """The list columns of ``q``'s records, for figures (desktop/core/reports); safe
        from any thread. A build of the index under way is waited for without the lock."""
        self.list_index.wait_built()
        with self._db.lock:
            return self.list_index.selection(q, kinds)

    def get_many(self, pks: Any, batch: int = 500) -> Any:
        """The current observations of record numbers ``pks`` (a figures selection), in
        that order, ``batch`` bodies at a time (exports and reports)."""
        for i in range(0, len(pks), batch):
            part = [int(p) for p in pks[i : i + batch]]
            marks = ",".join("?" * len(part))
            rows = {
                r[0]: r[1:]
                for r in self._db.query(
                    "SELECT b.pk, b.body, o.status, o.updated_at FROM observation_bodies b"
                    f" JOIN observations o ON o.pk = b.pk WHERE b.pk IN ({marks})",
                    part,
                )
            }
            for pk in part:
                if pk in rows:
                    yield _current(*rows[pk])

    def iter_all(self, batch: int = 500) -> Any:
        """Every current observation, oldest first, ``batch`` bodies at a time (export)."""
        last = 0
        while True:
            rows = self._db.query(
                "SELECT b.pk, b.body, o.status, o.updated_at FROM observation_bodies b"
                " JOIN observations o ON o.pk = b.pk WHERE b.pk > ? ORDER BY b.pk LIMIT ?",
                (last, batch),
            )
            if not rows:
                return
            for pk, body, status, updated_at in rows:
                last = pk
                yield _current(body, status, updated_at)
