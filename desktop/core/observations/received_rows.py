"""Received records: other devices' observations, in the same tables as own ones.

A coordinator's device opens every observation envelope of the network (the sync's
``inbox`` keeps each one, for history and conflicts). The revision that counts
(:mod:`desktop.core.received.rule`) becomes a row of ``observations`` with its body,
categories, words and attachment rows, so the one list engine, figures, reports and
exports cover it. Only the operations here write such a row; the own-record paths
(``save``, ``set_status``, attachments) refuse it.

Columns a received row has beside an own record's (schema migration 20): ``author`` (the
device id; NULL for an own record), ``org`` (the author's organisation id, from the
network's device list), ``received_at``, ``unread``, ``attachments`` (a count, for own
records too), ``conflict``, ``envelope_id`` (the revision shown). ``status`` is the review
state (``sent``: not reviewed yet), ``sync_state`` ``local``: nothing to send, ever.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from desktop.core.listing import textindex
from desktop.core.model import Observation, Status, SyncState
from desktop.core.observations.common import category_rows
from desktop.core.received.rule import Revision, conflicted, winner
from protocol.encoding import canonical_json

if TYPE_CHECKING:
    from desktop.core.refdata import RefIndex

NOT_REVIEWED = Status.SENT.value
_CHUNK = 400  # ids per IN (…), under SQLite's variable limit


@dataclass
class Stored:
    """What one store of received revisions did."""

    new: list[str] = field(default_factory=list)  # records listed for the first time
    changed: list[str] = field(default_factory=list)  # records whose current revision changed
    conflicts: list[str] = field(default_factory=list)  # records now marked conflicted
    foreign: int = 0  # revisions of a record by another device than its author: ignored


def _utc_now() -> str:
    # as desktop.core.database.utc_now, which this module (run by a migration) cannot import
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def _marks(part: list[Any]) -> str:
    return ",".join("?" * len(part))


def review_states(conn: Any, record_ids: list[str], shown_seq: dict[str, int]) -> dict[str, str]:
    """The review state of each record: the standing review (the server's last; this
    device's own not yet sent after every other) if it came after the revision shown
    (``shown_seq``: its server sequence); an earlier "needs information" answered by a newer
    revision is "not reviewed yet" again; another earlier decision stands. The same on
    every coordinator machine holding the same envelopes."""
    standing: dict[str, tuple[str, int | None]] = {}
    for part in _chunks(record_ids):
        for record_id, status, seq in conn.execute(
            f"SELECT record_id, status, server_seq FROM reviews WHERE record_id IN ({_marks(part)})"
            " ORDER BY server_seq IS NULL, server_seq, created_ms",
            part,
        ):
            standing[record_id] = (status, seq)
    states = {}
    for record_id in record_ids:
        found = standing.get(record_id)
        if found is None:
            states[record_id] = NOT_REVIEWED
            continue
        status, seq = found
        after = seq is None or seq > shown_seq.get(record_id, 0)
        if not after and status == Status.NEEDS_INFORMATION.value:
            status = NOT_REVIEWED
        states[record_id] = status
    return states


def write_received(
    conn: Any,
    ref: RefIndex,
    own_device: str,
    record_ids: Iterable[str],
    *,
    attachments: Any,
    bodies: dict[str, Any] | None = None,
    received_at: str | None = None,
) -> Stored:
    """Bring the rows of ``record_ids`` up to date with the ``inbox``'s revisions, inside the
    caller's transaction (the sync's page, or schema migration 20). ``bodies``: opened
    bodies by envelope id (the rest are read from the inbox); ``attachments(conn, pk,
    refs)`` writes the attachment rows (the attachment service's)."""
    result = Stored()
    ids = list(dict.fromkeys(record_ids))
    if not ids:
        return result
    now = received_at or _utc_now()
    bodies = bodies or {}
    revisions: dict[str, list[tuple[Revision, str, int]]] = {}
    arrival: dict[str, str] = {}  # envelope id → when this device received it
    for part in _chunks(ids):
        for record_id, envelope_id, rev, parent, author, seq, arrived in conn.execute(
            "SELECT record_id, envelope_id, rev, parent, author, server_seq, received_at FROM inbox"
            f" WHERE kind = 'observation' AND record_id IN ({_marks(part)})",
            part,
        ):
            revisions.setdefault(record_id, []).append(
                (Revision(envelope_id, int(rev), parent), author, int(seq or 0))
            )
            arrival[envelope_id] = arrived
    rows: dict[str, tuple[Any, ...]] = {}
    for part in _chunks(ids):
        for row in conn.execute(
            "SELECT id, pk, author, envelope_id, conflict, status FROM observations"
            f" WHERE id IN ({_marks(part)})",
            part,
        ):
            rows[row[0]] = row
    orgs = _orgs_of(conn, {a for listed in revisions.values() for _r, a, _s in listed})
    chosen: dict[str, tuple[Revision, str, int, bool]] = {}
    for record_id in ids:
        listed = revisions.get(record_id)
        if not listed:
            continue
        row = rows.get(record_id)
        if row is not None and row[2] is None:
            continue  # this device's own record: never replaced by a received copy
        # a record's author: its row's, or the author of its first revision
        first = min(listed, key=lambda x: (x[0].rev, x[0].envelope_id))
        author = row[2] if row is not None else first[1]
        if author == own_device:
            continue
        mine = [x for x in listed if x[1] == author]
        # counted once, when it arrives (a later page touching the record does not log it again)
        result.foreign += sum(1 for r, a, _s in listed if a != author and r.envelope_id in bodies)
        best = winner(r for r, _a, _s in mine)
        assert best is not None
        seq = next(s for r, _a, s in mine if r.envelope_id == best.envelope_id)
        chosen[record_id] = (best, author, seq, conflicted(r for r, _a, _s in mine))
    states = review_states(conn, list(chosen), {k: v[2] for k, v in chosen.items()})
    batch = _Batch(conn, ref, now)
    for record_id, (best, author, _seq, conflict) in chosen.items():
        row = rows.get(record_id)
        if conflict:
            result.conflicts.append(record_id)
        if row is not None and row[3] == best.envelope_id:
            if bool(row[4]) != conflict or row[5] != states[record_id]:
                conn.execute(
                    "UPDATE observations SET conflict = ?, status = ? WHERE pk = ?",
                    (int(conflict), states[record_id], row[1]),
                )
            continue
        body = bodies.get(best.envelope_id)
        if body is None:
            (text,) = conn.execute(
                "SELECT body FROM inbox WHERE envelope_id = ?", (best.envelope_id,)
            ).fetchone()
            body = json.loads(text)
        obs = Observation.from_dict(body if isinstance(body, dict) else {}, errors=[])
        obs.id = record_id  # the header names the record; a body cannot move it
        obs.rev = best.rev
        obs.author_device_id = author  # the signing device, whatever the body claims
        obs.status = states[record_id]
        obs.rights = list(dict.fromkeys(obs.rights))
        obs.act_types = list(dict.fromkeys(obs.act_types))
        received = arrival.get(best.envelope_id) or now
        batch.add(obs, row, author, orgs.get(author), best, conflict, received)
        (result.new if row is None else result.changed).append(record_id)
    batch.write(attachments)
    return result


def _orgs_of(conn: Any, authors: set[str]) -> dict[str, str | None]:
    listed = list(authors)
    found: dict[str, str | None] = {}
    for part in _chunks(listed):
        for device_id, org_id in conn.execute(
            f"SELECT device_id, org_id FROM known_devices WHERE device_id IN ({_marks(part)})",
            part,
        ):
            found[device_id] = org_id
    return found


#: The list's change log triggers that fire once per inserted row (schema.LIST_CHANGES).
_ROW_TRIGGERS = ("list_changes_insert", "list_changes_categories")
#: From this many records a batch logs its changes itself.
_BULK = 20


@contextmanager
def _logged_in_bulk(conn: Any, pks: set[int]) -> Iterator[None]:
    """A page's rows written with the change log's per-row triggers set aside, and the
    changed records logged with one statement instead, all in the caller's transaction
    (a failure rolls the triggers back with the rest). Each trigger firing costs ~0.2 ms
    with SQLCipher's memory security on (a sub-program's memory locked and wiped), three
    times a row's fifteen index inserts: a parcel of 10,000 records spent 4 s in them."""
    if len(pks) < _BULK:
        yield
        return
    marks = ",".join("?" * len(_ROW_TRIGGERS))
    saved = [
        str(sql)
        for (sql,) in conn.execute(
            f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})",
            _ROW_TRIGGERS,
        )
    ]
    for name in _ROW_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    try:
        yield
    finally:
        for sql in saved:
            conn.execute(sql)
    conn.executemany("INSERT INTO list_changes (pk) VALUES (?)", [(pk,) for pk in sorted(pks)])


class _Batch:
    """A page's received rows written table by table (one ``executemany`` each): written
    row by row, each record's statements touched seven b-trees in turn, and a page of 200
    cost ~3 ms a record; table by table, appends stay on the pages just written."""

    def __init__(self, conn: Any, ref: RefIndex, now: str) -> None:
        self.conn, self.ref, self.now = conn, ref, now
        (top,) = conn.execute("SELECT coalesce(max(pk), 0) FROM observations").fetchone()
        self.next_pk = int(top) + 1
        self.inserts: list[tuple[Any, ...]] = []
        self.updates: list[tuple[Any, ...]] = []
        self.bodies_new: list[tuple[int, str]] = []
        self.bodies_changed: list[tuple[str, int]] = []
        self.categories: list[tuple[str, str, int]] = []
        self.words: list[tuple[int, tuple[str, str, str, str], bool]] = []
        self.files: list[tuple[int, list[Any], bool]] = []

    def add(
        self,
        obs: Observation,
        row: tuple[Any, ...] | None,
        author: str,
        org: str | None,
        best: Revision,
        conflict: bool,
        received_at: str,
    ) -> None:
        ref, now = self.ref, self.now
        p = obs.place
        obs.created_at = obs.created_at or now
        obs.updated_at = obs.updated_at or now
        values = (
            obs.id, obs.rev, obs.title, obs.title.casefold(), obs.date.start, obs.date.end,
            obs.date.precision, p.velayat, p.etrap,
            ref.place_label(p.velayat, p.etrap, p.settlement),
            ref.place_sort_key(p.velayat, p.etrap, p.settlement), obs.status,
            obs.confidentiality, SyncState.LOCAL.value, obs.created_at, obs.updated_at,
            len(obs.attachments), author, org, received_at, 1, int(conflict), best.envelope_id,
        )  # fmt: skip
        text = canonical_json(obs.to_dict()).decode("utf-8")
        if row is None:
            pk = self.next_pk
            self.next_pk += 1
            self.inserts.append((pk, *values))
            self.bodies_new.append((pk, text))
        else:
            pk = int(row[1])
            self.updates.append((*values, pk))
            self.bodies_changed.append((text, pk))
        self.categories += category_rows(ref, pk, obs)
        self.words.append((pk, textindex.text_columns(obs, ref), row is None))
        if obs.attachments or row is not None:
            self.files.append((pk, obs.attachments, row is None))

    def write(self, attachments: Any) -> None:
        pks = {row[0] for row in self.inserts} | {pk for _k, _c, pk in self.categories}
        with _logged_in_bulk(self.conn, pks):
            self._write(attachments)

    def _write(self, attachments: Any) -> None:
        conn = self.conn
        conn.executemany(
            "INSERT INTO observations (pk, id, rev, title, title_sort, date_start, date_end,"
            " date_precision, velayat, etrap, place_label, place_sort, status,"
            " confidentiality, sync_state, created_at, updated_at, attachments, author, org,"
            " received_at, unread, conflict, envelope_id)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            self.inserts,
        )
        conn.executemany(
            "UPDATE observations SET id = ?, rev = ?, title = ?, title_sort = ?,"
            " date_start = ?, date_end = ?, date_precision = ?, velayat = ?, etrap = ?,"
            " place_label = ?, place_sort = ?, status = ?, confidentiality = ?,"
            " sync_state = ?, created_at = ?, updated_at = ?, attachments = ?, author = ?,"
            " org = ?, received_at = ?, unread = ?, conflict = ?, envelope_id = ? WHERE pk = ?",
            self.updates,
        )
        conn.executemany("INSERT INTO observation_bodies (pk, body) VALUES (?, ?)", self.bodies_new)
        conn.executemany("UPDATE observation_bodies SET body = ? WHERE pk = ?", self.bodies_changed)
        conn.executemany(
            "DELETE FROM observation_categories WHERE pk = ?", [(u[-1],) for u in self.updates]
        )
        conn.executemany(
            "INSERT OR IGNORE INTO observation_categories (kind, code, pk) VALUES (?, ?, ?)",
            sorted(self.categories),
        )
        for pk, refs, _new in self.files:
            attachments(conn, pk, refs)
        textindex.write_many(conn, self.words)
