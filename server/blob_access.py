"""Who may upload or download a blob: the record it belongs to decides.

A blob belongs to the record whose envelope named it first, and only envelopes of that record
written by the record's owner count. Before that rule any device could name a blob id it had
seen in its own envelope and so gain the right to download it (or to start its upload with a
wrong size, blocking the real one): naming an id proves nothing, since ids are not secret to
every reader of the record.

Upload: the record's owner, by an envelope of the record that names the blob (with that size).
Download: a coordinator, or a field device that may read such an envelope.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, exists, select

from server import schema
from server.auth import Caller


def _home_refs(blob_id: str) -> Any:
    """The blob's references in its first record, by envelopes the record's owner wrote."""
    br, e, r = schema.blob_refs, schema.envelopes, schema.records
    first_record = (
        select(br.c.record_id)
        .where(br.c.blob_id == blob_id)
        .order_by(br.c.server_seq)
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(br.c.server_seq, br.c.size, e.c.author)
        .join(e, e.c.server_seq == br.c.server_seq)
        .join(r, r.c.record_id == br.c.record_id)
        .where(br.c.blob_id == blob_id, br.c.record_id == first_record, e.c.author == r.c.owner)
    )


def sizes_referenced_by(conn: Connection, blob_id: str, author: str) -> set[int]:
    home = _home_refs(blob_id).subquery()
    rows = conn.execute(select(home.c.size).where(home.c.author == author)).all()
    return {int(row.size) for row in rows}


def may_read(conn: Connection, caller: Caller, blob_id: str) -> bool:
    br, readers = schema.blob_refs, schema.envelope_readers
    if caller.is_coordinator:
        query = select(exists().where(br.c.blob_id == blob_id))
    else:
        home = _home_refs(blob_id).subquery()
        query = select(
            exists().where(
                readers.c.server_seq == home.c.server_seq, readers.c.reader == caller.device_id
            )
        )
    return bool(conn.execute(query).scalar())
