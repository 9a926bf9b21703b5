"""The sync's small key/value store and its log, inside the encrypted profile.

:class:`SyncStore` is the one reader and writer of the ``sync_state`` and ``sync_log``
tables; everything else asks it by name (``store.token``, ``store.cursor``), never by a raw
key. (The other "sync state", an observation's ``local``/``pending``/``sent``, is
:class:`desktop.core.model.SyncState`.)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.core.database import Database, utc_now
from protocol.coordination_chain import ChainHead, Rotation
from protocol.encoding import b64decode, b64encode
from protocol.keys import EncryptionKey

# keys of the ``sync_state`` table
SERVER_URL = "server_url"
TOKEN = "token"
SERVER_KEY = "server_key"
ROLE = "role"
ORG = "org"
EPOCH = "epoch"
CURSOR = "cursor"
NEXT_SEQ = "next_seq"
LAST_ENVELOPE = "last_envelope_id"
COORDINATION_PUBLIC = "coordination_public"
COORDINATION_PRIVATE = "coordination_private"
#: every coordination secret this device holds, current and earlier generations (public b64 →
#: private b64): older records stay readable after a rotation
COORDINATION_RING = "coordination_ring"
#: the chain of coordination keys this device trusts: head, keys oldest first, statements
COORDINATION_CHAIN = "coordination_chain"
#: (coordinators) author device → generation of the coordination key its newest received
#: observation was sealed for
SEALED_FOR = "coordination_sealed_for"
#: the Ed25519 public key of the coordinator pinned by the invitation code (its fingerprint)
PINNED_COORDINATOR = "pinned_coordinator"
#: the pinned coordinator's statement naming the coordination signer (see reviews' trust)
SIGNER_STATEMENT = "coordination_signer_statement"
PROXY = "proxy"
LAST_SYNC = "last_sync_at"
LAST_ERROR = "last_error"


@dataclass(frozen=True)
class ProxySettings:
    """``mode``: "system" (environment/OS), "none", or "manual" with ``url`` such as
    ``http://proxy:3128`` or ``socks5h://127.0.0.1:9050`` (SOCKS needs PySocks)."""

    mode: str = "system"
    url: str = ""


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar and the settings show about this device's connection."""

    enrolled: bool
    role: str | None
    server_url: str | None
    org: str
    last_sync_at: str | None
    last_error: str | None


class SyncStore:
    def __init__(self, database: Database) -> None:
        self._db = database

    # -- raw access (within this package) --------------------------------------------------
    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.one("SELECT value FROM sync_state WHERE key = ?", (key,))
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        """Within the caller's transaction when there is one."""
        self._db.execute(
            "INSERT INTO sync_state (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value)),
        )

    def _bytes(self, key: str, length: int) -> bytes | None:
        value = self.get(key)
        return b64decode(value, length=length) if value else None

    # -- named values ---------------------------------------------------------------------
    @property
    def token(self) -> str | None:
        return self.get(TOKEN) or None

    @property
    def enrolled(self) -> bool:
        return bool(self.token)

    @property
    def role(self) -> str | None:
        value = self.get(ROLE)
        return str(value) if value else None

    @property
    def server_url(self) -> str | None:
        value = self.get(SERVER_URL)
        return str(value) if value else None

    @property
    def server_key(self) -> bytes | None:
        return self._bytes(SERVER_KEY, 32)

    @property
    def epoch(self) -> str:
        return str(self.get(EPOCH) or "")

    @property
    def cursor(self) -> int:
        return int(self.get(CURSOR, 0))

    def set_position(self, epoch: str, cursor: int) -> None:
        self.set(EPOCH, epoch)
        self.set(CURSOR, cursor)

    @property
    def coordination_public(self) -> bytes | None:
        return self._bytes(COORDINATION_PUBLIC, 32)

    @property
    def coordination_private(self) -> bytes | None:
        """The secret of the *current* coordination key, if this device holds it (a
        coordinator who has not imported the key file since a rotation does not)."""
        public = self.coordination_public
        return self.coordination_ring().get(public) if public is not None else None

    def coordination_ring(self) -> dict[bytes, bytes]:
        """Every coordination secret held, by public key (current and earlier generations)."""
        ring: dict[bytes, bytes] = {}
        legacy = self._bytes(COORDINATION_PRIVATE, 32)  # profiles from before rotation
        if legacy is not None:
            ring[EncryptionKey.from_bytes(legacy).public] = legacy
        stored = self.get(COORDINATION_RING) or {}
        for public, private in stored.items():
            ring[b64decode(public, length=32)] = b64decode(private, length=32)
        return ring

    def add_coordination_secrets(self, privates: list[bytes]) -> int:
        """Keep these secrets in the ring; returns how many were new."""
        ring = self.coordination_ring()
        added = 0
        for private in privates:
            public = EncryptionKey.from_bytes(private).public
            if public not in ring:
                ring[public] = private
                added += 1
        self.set(COORDINATION_RING, {b64encode(k): b64encode(v) for k, v in ring.items()})
        return added

    def set_coordination(self, public: bytes, private: bytes | None) -> None:
        self.set(COORDINATION_PUBLIC, b64encode(public))
        if private is not None:
            self.add_coordination_secrets([private])

    # -- the chain of coordination keys (protocol/coordination_chain.py) -------------------
    @property
    def coordination_head(self) -> ChainHead | None:
        chain = self.get(COORDINATION_CHAIN)
        return ChainHead.from_json(chain["head"]) if isinstance(chain, dict) else None

    def trusted_coordination_keys(self) -> list[bytes]:
        """The coordination public keys of this device's chain, oldest first (the current
        one last). Only the current one certifies reviews (desktop/core/reviews.py): after a
        rotation the old secret may be in a thief's hands."""
        chain = self.get(COORDINATION_CHAIN)
        if isinstance(chain, dict):
            return [b64decode(k, length=32) for k in chain.get("keys", [])]
        current = self.coordination_public
        return [current] if current is not None else []

    def sealed_for(self) -> dict[str, int]:
        raw = self.get(SEALED_FOR) or {}
        return {str(k): int(v) for k, v in raw.items()} if isinstance(raw, dict) else {}

    def set_sealed_for(self, generations: dict[str, int]) -> None:
        self.set(SEALED_FOR, generations)

    def rotation_statements(self) -> list[dict[str, Any]]:
        chain = self.get(COORDINATION_CHAIN)
        return list(chain.get("rotations", [])) if isinstance(chain, dict) else []

    def set_chain(self, head: ChainHead, keys: list[bytes], rotations: list[Rotation]) -> None:
        """Trust ``head`` (its key becomes the one new envelopes are sealed for); ``keys`` and
        ``rotations`` are appended to the chain's history."""
        chain = self.get(COORDINATION_CHAIN)
        known = chain if isinstance(chain, dict) else {"keys": [], "rotations": []}
        self.set(
            COORDINATION_CHAIN,
            {
                "head": head.to_json(),
                "keys": [*known.get("keys", []), *(b64encode(k) for k in keys)],
                "rotations": [*known.get("rotations", []), *(r.to_json() for r in rotations)],
            },
        )
        self.set(COORDINATION_PUBLIC, b64encode(head.coordination_key))

    @property
    def pinned_coordinator(self) -> bytes | None:
        return self._bytes(PINNED_COORDINATOR, 32)

    def set_pinned_coordinator(self, public: bytes) -> None:
        self.set(PINNED_COORDINATOR, b64encode(public))

    @property
    def signer_statement(self) -> dict[str, Any] | None:
        value = self.get(SIGNER_STATEMENT)
        return value if isinstance(value, dict) else None

    def set_signer_statement(self, statement: dict[str, Any]) -> None:
        self.set(SIGNER_STATEMENT, statement)

    @property
    def proxy(self) -> ProxySettings:
        raw = self.get(PROXY) or {}
        return ProxySettings(mode=raw.get("mode", "system"), url=raw.get("url", ""))

    def set_proxy(self, proxy: ProxySettings) -> None:
        self.set(PROXY, {"mode": proxy.mode, "url": proxy.url})

    def status(self) -> SyncStatus:
        last_error = self.get(LAST_ERROR)
        return SyncStatus(
            enrolled=self.enrolled,
            role=self.role,
            server_url=self.server_url,
            org=str(self.get(ORG) or ""),
            last_sync_at=self.get(LAST_SYNC),
            last_error=str(last_error) if last_error else None,
        )

    def finished(self, error_code: str | None) -> None:
        """A sync ended: successfully (``None``) or with this error."""
        if error_code is None:
            self.set(LAST_SYNC, utc_now())
        self.set(LAST_ERROR, error_code)

    # -- the log --------------------------------------------------------------------------
    def log(self, level: str, code: str, message: str) -> None:
        """``message`` is an English, content-free sentence (translated when shown)."""
        self._db.execute(
            "INSERT INTO sync_log (at, level, code, message) VALUES (?, ?, ?, ?)",
            (utc_now(), level, code, message),
        )
        # The log is for the person at the laptop, not an archive: keep the last 1,000 lines.
        self._db.execute("DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - 1000")

    def recent_log(self, limit: int = 200) -> list[tuple[str, str, str, str]]:
        rows = self._db.query(
            "SELECT at, level, code, message FROM sync_log ORDER BY id DESC LIMIT ?", (limit,)
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]
