"""Who may upload or download a blob: it must be referenced by an envelope.

Upload: only the author of a stored envelope that references the blob (with that size).
Download: a coordinator, or a field device that may read an envelope referencing the blob.
"""

from __future__ import annotations

from sqlalchemy import Connection, exists, select

from server import schema
from server.auth import Caller


def sizes_referenced_by(conn: Connection, blob_id: str, author: str) -> set[int]:
    br, e = schema.blob_refs, schema.envelopes
    rows = conn.execute(
        select(br.c.size)
        .join(e, e.c.server_seq == br.c.server_seq)
        .where(br.c.blob_id == blob_id, e.c.author == author)
    ).all()
    return {int(r.size) for r in rows}


def may_read(conn: Connection, caller: Caller, blob_id: str) -> bool:
    br, r = schema.blob_refs, schema.envelope_readers
    if caller.is_coordinator:
        query = select(exists().where(br.c.blob_id == blob_id))
    else:
        query = select(
            exists().where(
                br.c.blob_id == blob_id,
                r.c.server_seq == br.c.server_seq,
                r.c.reader == caller.device_id,
            )
        )
    return bool(conn.execute(query).scalar())
