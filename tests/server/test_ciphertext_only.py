"""What a seized server holds: after pushing known plaintext, grep its database and blob
folder — the plaintext is not there (while the visible headers are, proving the grep works)."""

from __future__ import annotations

import hashlib
import io
import os

from protocol.blob import encrypt_stream
from protocol.envelope import BlobRef
from tests.server.conftest import Network, data_dir_bytes

SECRET = "Witness Ogulgerek Annayewa saw the detention at the Mary bazaar"
PHOTO_TEXT = b"EXIF-FREE SCAN: statement of Myrat Garayew, page 1 of 3. " * 20000


def test_server_stores_only_ciphertext(network: Network) -> None:
    device = network.device()
    key = os.urandom(32)
    sealed = io.BytesIO()
    info = encrypt_stream(io.BytesIO(PHOTO_TEXT), sealed, key)
    blob = sealed.getvalue()
    assert hashlib.sha256(blob).hexdigest() == info.blob_id
    body = {"title": SECRET, "description": SECRET * 3, "attachment_key": key.hex()}
    env = device.seal(
        body,
        recipients=[device.keys.encryption.public, network.coordination_key.public],
        blobs=[BlobRef(info.blob_id, info.size)],
    )
    assert device.push([env]).json()["results"][0]["status"] == "stored"
    assert device.upload_blob(blob).json()["complete"] is True
    pulled = network.coordinator.pull_all(limit=1000)[0]
    assert env.envelope_id in {i["receipt"]["envelope"] for i in pulled}

    held = data_dir_bytes(network.server.data_dir)
    if network.pg is not None:
        held += network.pg.dump_all_bytes()
    # the control: what the server must see (header fields, blob ciphertext) is found …
    assert env.header.record_id.encode() in held
    assert blob[-4096:] in held
    # … and what it must not see is not, in any encoding a careless store might use
    for needle in (SECRET, "Ogulgerek", "Myrat Garayew", "EXIF-FREE SCAN"):
        for encoded in (
            needle.encode(),
            needle.encode("utf-16-le"),
            needle.encode().hex().encode(),
        ):
            assert encoded not in held, needle
    assert PHOTO_TEXT[:64] not in held
    assert key not in held and key.hex().encode() not in held
    assert b"Ogulgerek" not in network.server.log().encode()
