"""A small signing client for the server tests (the sync engine has its own in desktop/core).

A :class:`Device` holds a device identity, enrols with an invitation, signs every request
(bearer token + protocol.signed request signature), and seals envelopes with the right
per-device sequence numbers and hash chain.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.auth import AuthBase

from protocol.encoding import b64decode, b64encode, canonical_json
from protocol.envelope import BlobRef, Envelope, seal
from protocol.invitation import TOKEN_LEN, Invitation, token_hash
from protocol.keys import DeviceKeys, EncryptionKey, fingerprint_digest
from protocol.possession import make_proof
from protocol.signed import sign_coordination_key, sign_request


class DeviceAuth(AuthBase):
    """requests auth: bearer token (if any) and the device's request signature."""

    def __init__(
        self,
        keys: DeviceKeys,
        token: str | None,
        *,
        sign: bool = True,
        now: float | None = None,
        signer: DeviceKeys | None = None,
    ) -> None:
        self.keys = keys
        self.token = token
        self.sign = sign
        self.now = now
        self.signer = signer or keys

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        body = r.body or b""
        if isinstance(body, str):
            body = body.encode()
        if self.token is not None:
            r.headers["Authorization"] = f"Bearer {self.token}"
        if self.sign:
            assert r.method is not None
            r.headers.update(
                sign_request(self.signer.signing, r.method, r.path_url, body, now=self.now)
            )
        return r


@dataclass
class Device:
    base_url: str
    keys: DeviceKeys = field(default_factory=DeviceKeys.generate)
    token: str | None = None
    role: str | None = None
    seq: int = 0
    last_id: str | None = None
    session: requests.Session = field(default_factory=requests.Session)
    enrolment: dict[str, Any] | None = None

    @property
    def device_id(self) -> str:
        return self.keys.device_id

    # -- HTTP ------------------------------------------------------------------------------
    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        data: bytes | None = None,
        headers: dict[str, str] | None = None,
        token: bool = True,
        sign: bool = True,
        now: float | None = None,
        signer: DeviceKeys | None = None,
        timeout: float = 30,
    ) -> requests.Response:
        if json is not None:
            data = canonical_json(json)
            headers = {"Content-Type": "application/json", **(headers or {})}
        auth = DeviceAuth(
            self.keys, self.token if token else None, sign=sign, now=now, signer=signer
        )
        return self.session.request(
            method, self.base_url + path, data=data, headers=headers, auth=auth, timeout=timeout
        )

    def enroll(self, code_or_token: str, name: str | None = None) -> requests.Response:
        token_hex = (
            Invitation.decode(code_or_token).token_hex
            if code_or_token.startswith("FB1")
            else code_or_token
        )
        body = self.enrolment_body(token_hex)
        if name is not None:
            body["name"] = name
        response = self.request("POST", "/v1/enroll", json=body, token=False)
        if response.status_code == 200:
            self.enrolment = response.json()
            self.token = self.enrolment["device_token"]
            self.role = self.enrolment["role"]
        return response

    def enrolment_body(self, token_hex: str, encryption: EncryptionKey | None = None) -> dict:
        """What the client sends to /v1/enroll, with its proof of holding ``encryption``
        (this device's encryption key by default)."""
        answer = self.session.get(self.base_url + "/v1/health?nonce=e", timeout=30).json()
        server_key = b64decode(answer["server_key"])
        key = encryption or self.keys.encryption
        proof = make_proof(key, server_key, self.device_id, token_hex)
        return {"token": token_hex, **self.keys.public_dict(), "encryption_proof": proof}

    def invite(
        self,
        role: str = "field",
        org: str | int | None = None,
        *,
        pin: bytes | None = None,
        **extra: Any,
    ) -> str:
        """Make a code as a coordinator's device does: the token drawn here, its hash
        registered, the fingerprint of ``pin`` (this device's own signing key by default)."""
        token = secrets.token_bytes(TOKEN_LEN)
        body = {"role": role, "org": org, "token_hash": token_hash(token), **extra}
        response = self.request("POST", "/v1/invitations", json=body)
        assert response.status_code == 201, response.text
        digest = fingerprint_digest(pin or self.keys.signing.public)
        return Invitation(self.base_url, token, digest).encode()

    # -- envelopes -------------------------------------------------------------------------
    def seal(
        self,
        body: Any,
        *,
        record_id: str | None = None,
        rev: int = 1,
        parent: str | None = None,
        kind: str = "observation",
        recipients: list[bytes] | None = None,
        blobs: list[BlobRef] | None = None,
        advance: bool = True,
        seq: int | None = None,
        prev: str | bool | None = False,
    ) -> Envelope:
        """Seal the device's next envelope (or, with ``seq``/``prev``, a deliberately odd one)."""
        use_seq = self.seq + 1 if seq is None else seq
        use_prev = self.last_id if prev is False else prev
        env = seal(
            body,
            author=self.keys,
            kind=kind,
            record_id=record_id or secrets.token_hex(16),
            rev=rev,
            parent=parent,
            seq=use_seq,
            prev=use_prev,  # type: ignore[arg-type]
            recipients=recipients or [self.keys.encryption.public],
            blobs=blobs or [],
        )
        if advance:
            self.seq = use_seq
            self.last_id = env.envelope_id
        return env

    def push(self, envelopes: list[Envelope]) -> requests.Response:
        return self.request(
            "PUT", "/v1/envelopes", json={"envelopes": [e.to_wire() for e in envelopes]}
        )

    def changes(self, cursor: str = "", limit: int | None = None) -> requests.Response:
        query = f"?cursor={cursor}" + (f"&limit={limit}" if limit else "")
        return self.request("GET", "/v1/changes" + query)

    def pull_all(self, limit: int = 100) -> tuple[list[dict[str, Any]], str]:
        cursor, items = "", []
        while True:
            response = self.changes(cursor, limit)
            assert response.status_code == 200, response.text
            page = response.json()
            items.extend(page["envelopes"])
            cursor = page["next_cursor"]
            if not page["more"]:
                return items, cursor

    # -- blobs -----------------------------------------------------------------------------
    def upload_blob(self, data: bytes, chunk: int = 256 * 1024) -> requests.Response:
        blob_id = hashlib.sha256(data).hexdigest()
        response = self.request("POST", "/v1/blobs", json={"blob_id": blob_id, "size": len(data)})
        assert response.status_code in (200, 201), response.text
        offset = response.json()["offset"]
        while offset < len(data):
            response = self.patch_blob(blob_id, offset, data[offset : offset + chunk])
            assert response.status_code == 200, response.text
            offset = response.json()["offset"]
        return response

    def patch_blob(self, blob_id: str, offset: int, data: bytes) -> requests.Response:
        return self.request(
            "PATCH",
            f"/v1/blobs/{blob_id}",
            data=data,
            headers={
                "Upload-Offset": str(offset),
                "Content-Type": "application/offset+octet-stream",
            },
        )

    # -- coordination key ------------------------------------------------------------------
    def publish_coordination_key(self, key: EncryptionKey) -> requests.Response:
        return self.request(
            "PUT", "/v1/coordination-key", json=sign_coordination_key(self.keys.signing, key.public)
        )


def fake_blob(size: int) -> tuple[str, bytes]:
    data = os.urandom(size)
    return hashlib.sha256(data).hexdigest(), data


def server_key_of(enrolment: dict[str, Any]) -> bytes:
    return b64decode(enrolment["server_key"], length=32, field="server_key")


__all__ = ["Device", "DeviceAuth", "b64encode", "fake_blob", "server_key_of"]
