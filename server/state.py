"""Everything a running server holds: configuration, database, key, blob store, limiters."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from protocol.keys import SigningKey
from server import schema
from server.blob_store import BlobStore
from server.config import ServerConfig, prepare_data_dir
from server.database import Database
from server.migrations import migrate
from server.nonce_cache import NonceCache
from server.rate_limit import RateLimiter
from server.server_key import load_or_create_server_key
from server.signature_pool import SignaturePool, default_workers


@dataclass
class ServerState:
    config: ServerConfig
    db: Database
    key: SigningKey
    blobs: BlobStore
    device_rate: RateLimiter
    anonymous_rate: RateLimiter
    auth_failures: RateLimiter
    signatures: SignaturePool
    nonces: NonceCache

    def public_url(self) -> str | None:
        if self.config.public_url:
            return self.config.public_url
        return stored_public_url(self.db)


def open_database(config: ServerConfig) -> Database:
    """Create the data directory, connect, migrate: what every subcommand does first."""
    prepare_data_dir(config)
    db = Database(config.database_url)
    migrate(db)
    return db


def open_state(config: ServerConfig) -> ServerState:
    db = open_database(config)
    limits = config.limits
    key = load_or_create_server_key(config.key_path)
    workers = default_workers() if config.verify_workers is None else config.verify_workers
    return ServerState(
        config=config,
        db=db,
        key=key,
        blobs=BlobStore(config.blob_root, db),
        device_rate=RateLimiter(limits.rate_per_second, limits.rate_burst),
        anonymous_rate=RateLimiter(limits.anonymous_rate_per_second, limits.anonymous_burst),
        auth_failures=RateLimiter(limits.auth_failures_per_second, limits.auth_failure_burst),
        signatures=SignaturePool(workers, key),
        nonces=NonceCache(limits.clock_skew_s),
    )


def stored_public_url(db: Database) -> str | None:
    with db.read() as conn:
        value = conn.execute(
            select(schema.settings.c.value).where(schema.settings.c.key == "public_url")
        ).scalar()
    return None if value is None else str(value)


def store_public_url(db: Database, url: str) -> None:
    s = schema.settings
    with db.write() as conn:
        conn.execute(s.delete().where(s.c.key == "public_url"))
        conn.execute(s.insert().values(key="public_url", value=url))
