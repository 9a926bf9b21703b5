"""ObservationService: save (with an immutable revision), read, history, status.

It is the only writer of the records' tables (``observations``, ``observation_bodies``,
``revisions``, ``status_changes``, ``observation_categories``; and, through
:func:`desktop.core.listing.textindex.write` inside its saves, the words): attachments and
sync change a record through the named operations below (:meth:`revise_attachments`,
:meth:`mark_sent`, :meth:`mark_unsealed`, :meth:`set_status`). Lists are the listing
service's (:mod:`desktop.core.listing`); ``query`` and ``count`` here pass to it.

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
from typing import Any

from desktop.core.database import Database, utc_now
from desktop.core.errors import NotFoundError, TransitionError
from desktop.core.listing import (
    ListingService,
    ObservationQuery,
    ObservationRow,
    Selection,
    textindex,
)
from desktop.core.model import (
    ALLOWED_TRANSITIONS,
    EDITABLE_STATUSES,
    INITIAL_STATUSES,
    AttachmentRef,
    FieldError,
    Observation,
    Status,
    ValidationError,
)
from desktop.core.observations.common import (
    AUTHOR_STATUSES,
    M_BAD_TRANSITION,
    M_NOT_EDITABLE,
    M_RECEIVED_READ_ONLY,
    AttachmentRows,
    RevisionInfo,
    _current,
    _sync_state_for,
    write_categories,
)
from desktop.core.observations.drafts import DraftOperations
from desktop.core.observations.received import ReceivedOperations
from desktop.core.observations.status import StatusOperations
from desktop.core.refdata import RefIndex
from desktop.core.validation import validate
from protocol.encoding import canonical_json


class ObservationService(StatusOperations, DraftOperations, ReceivedOperations):
    def __init__(self, database: Database, ref: RefIndex, device_id: str) -> None:
        self._db = database
        self._ref = ref
        self._device_id = device_id
        self.listing = ListingService(database, ref)
        self._attachment_rows: AttachmentRows | None = None
        self._received_columns: bool | None = None

    def has_received_columns(self) -> bool:
        """Whether the schema has migration 20's columns (a profile held open at an older
        version, as upgrade tests do, saves without them)."""
        if self._received_columns is None:
            self._received_columns = any(
                r[1] == "author" for r in self._db.query("PRAGMA table_info(observations)")
            )
        return self._received_columns

    def attach_rows(self, rows: AttachmentRows) -> None:
        """The attachment service, which erases a deleted draft's attachment rows."""
        self._attachment_rows = rows

    # -- lists: the listing service's (callers written before it ask here) ---------------

    def query(self, q: ObservationQuery) -> list[ObservationRow]:
        return self.listing.query(q)

    def count(self, q: ObservationQuery | None = None) -> int:
        return self.listing.count(q)

    def counts_by_status(self) -> dict[str, int]:
        return self.listing.counts_by_status()

    def selection(self, q: ObservationQuery, kinds: tuple[str, ...] = ()) -> Selection | None:
        return self.listing.selection(q, kinds)

    def prepare_list(self) -> bool:
        return self.listing.prepare()

    def drop_query_cache(self) -> None:
        self.listing.drop_query_cache()

    @property
    def list_index(self) -> Any:
        return self.listing.list_index

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

    def _store(self, obs: Observation, *, force: bool = False, bulk: bool = False) -> Observation:
        """Write a revision inside the caller's transaction (validation already done)."""
        v20 = self.has_received_columns()
        row = self._db.one(
            "SELECT o.pk, o.rev, o.status, o.created_at, b.body, o.updated_at,"
            f" {'o.author' if v20 else 'NULL'}"
            " FROM observations o JOIN observation_bodies b ON b.pk = o.pk WHERE o.id = ?",
            (obs.id,),
        )
        if row is not None and row[6] is not None:
            raise TransitionError(M_RECEIVED_READ_ONLY, field="id")  # another device's
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
        ) + ((len(stored_obs.attachments),) if v20 else ())
        conn = self._db.conn
        if pk is None:
            cur = conn.execute(
                "INSERT INTO observations (id, rev, title, title_sort, date_start, date_end,"
                " date_precision, velayat, etrap, place_label, place_sort, status,"
                " confidentiality, sync_state, created_at, updated_at"
                f"{', attachments' if v20 else ''}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?"
                f"{',?' if v20 else ''})",
                values,
            )
            pk = int(cur.lastrowid)
            conn.execute("INSERT INTO observation_bodies (pk, body) VALUES (?, ?)", (pk, text))
        else:
            conn.execute(
                "UPDATE observations SET id = ?, rev = ?, title = ?, title_sort = ?,"
                " date_start = ?, date_end = ?, date_precision = ?, velayat = ?, etrap = ?,"
                " place_label = ?, place_sort = ?, status = ?, confidentiality = ?,"
                " sync_state = ?, created_at = ?, updated_at = ?"
                f"{', attachments = ?' if v20 else ''} WHERE pk = ?",
                (*values, pk),
            )
            conn.execute("UPDATE observation_bodies SET body = ? WHERE pk = ?", (text, pk))
            conn.execute("DELETE FROM observation_categories WHERE pk = ?", (pk,))
            if previous is not None and previous.status != stored_obs.status:
                conn.execute(
                    "INSERT INTO status_changes VALUES (?, ?, ?, ?)",
                    (pk, now, previous.status, stored_obs.status),
                )
        write_categories(conn, self._ref, pk, stored_obs)
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

    def attachment_refs(self, observation_id: str) -> list[AttachmentRef]:
        """The record's attachments in their order, as its next revision will hold them."""
        return self._attachments(self._pk(observation_id))

    def record_pk(self, observation_id: str) -> int:
        """The record's number in this profile (attachments are stored by it); raises
        :class:`NotFoundError`."""
        return self._pk(observation_id)

    def _pk(self, observation_id: str) -> int:
        row = self._db.one("SELECT pk FROM observations WHERE id = ?", (observation_id,))
        if row is None:
            raise NotFoundError(field="id")
        return int(row[0])

    def revise_attachments(self, observation_id: str) -> Observation:
        """The attachment service's operation: a new revision of the record, holding its
        attachment list as it is now, inside the caller's transaction (which changed the
        list); :class:`TransitionError` when the record is no longer editable."""
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

    def all_ids(self) -> list[str]:
        return [r[0] for r in self._db.query("SELECT id FROM observations ORDER BY pk")]

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
