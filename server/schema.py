"""The server's tables (SQLAlchemy Core). The server stores only ciphertext and headers.

This module describes the *current* schema; :mod:`server.migrations` brings any database to it.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

#: SQLite makes ``INTEGER PRIMARY KEY`` the rowid (fast); PostgreSQL gets a 64-bit column.
Seq = BigInteger().with_variant(Integer(), "sqlite")

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, nullable=False),
)

#: one row per epoch; the current epoch is the one with the highest number
epochs = Table(
    "epochs",
    metadata,
    Column("epoch_no", Integer, primary_key=True, autoincrement=False),
    Column("epoch", String(64), nullable=False, unique=True),
    Column("started_ms", BigInteger, nullable=False),
    Column("reason", String(200), nullable=False),
)

settings = Table(
    "settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

orgs = Table(
    "orgs",
    metadata,
    Column("org_id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("velayat", String(32), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
)

invitations = Table(
    "invitations",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("org_id", Integer, ForeignKey("orgs.org_id"), nullable=True),
    Column("created_ms", BigInteger, nullable=False),
    Column("expires_ms", BigInteger, nullable=False),
    Column("created_by", String(64), nullable=False),
    Column("used_ms", BigInteger, nullable=True),
    Column("used_by", String(32), nullable=True),
)

devices = Table(
    "devices",
    metadata,
    Column("device_id", String(32), primary_key=True),
    Column("signing_key", LargeBinary(32), nullable=False),
    Column("encryption_key", LargeBinary(32), nullable=False),
    Column("encryption_key_id", String(32), nullable=False, index=True),
    Column("role", String(16), nullable=False),
    Column("org_id", Integer, ForeignKey("orgs.org_id"), nullable=True),
    Column("name", String(200), nullable=True),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("invitation", String(64), nullable=False),
    Column("enrolled_ms", BigInteger, nullable=False),
    Column("revoked_ms", BigInteger, nullable=True),
    Column("last_seq", BigInteger, nullable=False, default=0),
    Column("last_envelope_id", String(64), nullable=True),
    # bytes of the envelopes it wrote held here: with its attachments, its quota's use
    Column("envelope_bytes", BigInteger, nullable=False, default=0, server_default="0"),
)

#: the network's coordination key as published (signed) by a coordinator; one row, slot 1
coordination_key = Table(
    "coordination_key",
    metadata,
    Column("slot", Integer, primary_key=True, autoincrement=False),
    Column("published", Text, nullable=False),
    Column("coordinator", String(32), nullable=False),
    Column("coordinator_key", LargeBinary(32), nullable=False),
    Column("published_ms", BigInteger, nullable=False),
)

#: the coordination key's later generations: rotation statements signed by the identity that
#: published generation 0 (protocol/coordination_chain.py); one row per generation
coordination_rotations = Table(
    "coordination_rotations",
    metadata,
    Column("generation", Integer, primary_key=True, autoincrement=False),
    Column("statement", Text, nullable=False),
    Column("registered_by", String(32), nullable=False),
    Column("registered_ms", BigInteger, nullable=False),
)

records = Table(
    "records",
    metadata,
    Column("record_id", String(32), primary_key=True),
    Column("owner", String(32), nullable=True),
    Column("conflicted", Boolean, nullable=False, default=False),
    Column("created_ms", BigInteger, nullable=False),
)

envelopes = Table(
    "envelopes",
    metadata,
    Column("server_seq", Seq, primary_key=True, autoincrement=False),
    Column("envelope_id", String(64), nullable=False, unique=True),
    Column("author", String(32), nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("record_id", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("rev", BigInteger, nullable=False),
    Column("parent", String(64), nullable=True),
    #: the canonical JSON of the wire envelope, exactly as relayed to readers
    Column("wire", LargeBinary, nullable=False),
    Column("received_ms", BigInteger, nullable=False),
    Column("epoch_no", Integer, nullable=False),
    Column("receipt_signature", LargeBinary(64), nullable=False),
    UniqueConstraint("author", "device_seq", name="uq_envelopes_author_seq"),
)
Index("ix_envelopes_record", envelopes.c.record_id)

#: which field devices may read an envelope (coordinators read everything)
envelope_readers = Table(
    "envelope_readers",
    metadata,
    Column("reader", String(32), primary_key=True),
    Column("server_seq", Seq, primary_key=True, autoincrement=False),
)

#: blobs an envelope references: the attachments a record expects
blob_refs = Table(
    "blob_refs",
    metadata,
    Column("blob_id", String(64), primary_key=True),
    Column("server_seq", Seq, primary_key=True, autoincrement=False),
    Column("record_id", String(32), nullable=False),
    Column("size", BigInteger, nullable=False),
)
Index("ix_blob_refs_record", blob_refs.c.record_id)

#: uploads: ``received`` bytes of ``size`` are in ``partial/<id>``; complete ones in ``blobs/``
blobs = Table(
    "blobs",
    metadata,
    Column("blob_id", String(64), primary_key=True),
    Column("size", BigInteger, nullable=False),
    Column("received", BigInteger, nullable=False),
    Column("complete", Boolean, nullable=False, default=False),
    Column("uploader", String(32), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Column("completed_ms", BigInteger, nullable=True),
)
