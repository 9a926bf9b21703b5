"""Tables the sync engine adds to the profile (ordered with the rest in core/migrations.py).

- ``outbox``: every envelope this device sealed, in its sequence order: the hash chain, with
  the server's verified receipt once it came (``receipt IS NULL``: still to send).
- ``outbox_envelopes``: the exact bytes of each outbox envelope (by ``seq``), so a resend
  after a crash is byte-identical and never re-sealed. Apart from the outbox since
  :data:`OUTBOX_ENVELOPES_MIGRATION`: storing a receipt rewrites a short outbox row, not a
  page of envelope.
- ``outbox.adopted``: 1 for an envelope taken back from the server after a restore (see
  ``Outbox.adopt``), 0 for one sealed from a revision of this profile. Since
  :data:`OUTBOX_ADOPTED_MIGRATION` a revision is sealed when an outbox row with its record,
  rev and ``adopted = 0`` exists (``revisions.envelope_id`` is no longer written).
- ``blob_uploads``: attachments the server expects, with the confirmed offset.
- ``inbox``: envelopes of other devices this device may read (a coordinator's workspace; a
  field device's reviews), decrypted, inside the encrypted database.
- ``reviews``: coordinators' decisions about observations; since
  :data:`REVIEWS_SERVER_SEQ_MIGRATION` ordered by the server's sequence (``server_seq``, NULL
  for one of this device's own still to send), not by the time the reviewer claims.
- ``inbox_receipts``: the server's receipts of received envelopes (since
  :data:`INBOX_RECEIPTS_MIGRATION`), carried back to their authors in parcels.
- ``device_keys``: authors' public keys as the server listed them.
- ``sync_log``: what happened, in plain words, without content.
"""

SYNC_MIGRATION = """
CREATE TABLE outbox (
    seq INTEGER PRIMARY KEY,
    envelope_id TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    rev INTEGER NOT NULL,
    envelope BLOB NOT NULL,
    sealed_at TEXT NOT NULL,
    receipt TEXT,
    sent_at TEXT,
    conflict INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outbox_unsent ON outbox (seq) WHERE receipt IS NULL;
CREATE INDEX outbox_record ON outbox (record_id, seq);

CREATE TABLE blob_uploads (
    blob_id TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    envelope_id TEXT NOT NULL,
    offset INTEGER NOT NULL DEFAULT 0,
    complete INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX blob_uploads_pending ON blob_uploads (size) WHERE complete = 0;

CREATE TABLE inbox (
    envelope_id TEXT PRIMARY KEY,
    server_seq INTEGER NOT NULL,
    kind TEXT NOT NULL,
    record_id TEXT NOT NULL,
    rev INTEGER NOT NULL,
    parent TEXT,
    author TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    body TEXT NOT NULL,
    blobs TEXT NOT NULL,
    received_at TEXT NOT NULL
);
CREATE INDEX inbox_record ON inbox (record_id, kind, rev);

CREATE TABLE reviews (
    envelope_id TEXT PRIMARY KEY,
    record_id TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    status TEXT NOT NULL,
    comment TEXT NOT NULL,
    created_ms INTEGER NOT NULL,
    seen INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reviews_record ON reviews (record_id, created_ms);

CREATE TABLE device_keys (
    device_id TEXT PRIMARY KEY,
    signing_key BLOB NOT NULL,
    encryption_key BLOB NOT NULL
);

CREATE TABLE sync_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    level TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL
);
"""

#: Appended to the profile's migrations (7). The envelope bytes leave the outbox row: a
#: receipt is stored by updating that row, and with the bytes in it every receipt rewrote a
#: whole page (one or two envelopes fill one), ~0.15 ms each with the page encrypted at
#: commit; now a page holds a dozen rows. Receipts stay where they were.
OUTBOX_ENVELOPES_MIGRATION = """
CREATE TABLE outbox_envelopes (
    seq INTEGER PRIMARY KEY REFERENCES outbox (seq),
    envelope BLOB NOT NULL
);
INSERT INTO outbox_envelopes (seq, envelope) SELECT seq, envelope FROM outbox ORDER BY seq;
ALTER TABLE outbox DROP COLUMN envelope;
"""

#: Appended to the profile's migrations (11). A seal no longer writes the envelope id into
#: the revision row, which holds the whole body: that rewrote a page per sealed revision, as
#: many pages as the envelopes themselves. The outbox row names the revision (record, rev),
#: and ``adopted`` tells an envelope taken back after a restore (which may share a record
#: and rev with a local revision still to seal) from one sealed here; rows adopted before
#: are those no revision names.
OUTBOX_ADOPTED_MIGRATION = """
ALTER TABLE outbox ADD COLUMN adopted INTEGER NOT NULL DEFAULT 0;
UPDATE outbox SET adopted = 1 WHERE kind = 'observation' AND envelope_id NOT IN
    (SELECT envelope_id FROM revisions WHERE envelope_id IS NOT NULL);
"""

#: Appended to the profile's migrations (17). Reviews are ordered by the server's sequence,
#: not by ``created_ms`` (the time the reviewer's device claims: one dated in the future
#: outranked every later review). Rows kept before take the sequence their envelope came
#: with, or the one in this device's receipt for its own.
REVIEWS_SERVER_SEQ_MIGRATION = """
ALTER TABLE reviews ADD COLUMN server_seq INTEGER;
UPDATE reviews SET server_seq =
    (SELECT i.server_seq FROM inbox i WHERE i.envelope_id = reviews.envelope_id);
UPDATE reviews SET server_seq = (SELECT json_extract(o.receipt, '$.server_seq') FROM outbox o
    WHERE o.envelope_id = reviews.envelope_id AND o.receipt IS NOT NULL)
    WHERE server_seq IS NULL;
CREATE INDEX reviews_order ON reviews (record_id, server_seq);
"""

#: Appended to the profile's migrations (18). The server's receipts of received envelopes,
#: so a coordinator can carry them back to a field device that has no connection (a parcel
#: made with ``--for DEVICE``): its records become "sent" as if it had synced.
INBOX_RECEIPTS_MIGRATION = """
CREATE TABLE inbox_receipts (
    envelope_id TEXT PRIMARY KEY,
    receipt TEXT NOT NULL
);
"""
