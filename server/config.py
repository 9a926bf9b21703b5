"""Where the server keeps its state: the data directory, the database URL and the limits."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import platformdirs

APP_NAME = "Fieldbook Server"
ENV_DATA_DIR = "FIELDBOOK_SERVER_DATA_DIR"
ENV_DATABASE = "FIELDBOOK_SERVER_DATABASE"
SQLITE_FILE = "fieldbook-server.db"

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Request limits; generous defaults, all documented in docs/server.md."""

    envelopes_per_batch: int = 100
    envelopes_body_bytes: int = 8 * MiB
    blob_patch_bytes: int = 8 * MiB
    other_body_bytes: int = 64 * 1024
    max_blob_bytes: int = 2 * 1024 * MiB
    #: attachment bytes one device may hold on the server (finished or being uploaded)
    device_quota_bytes: int = 20 * 1024 * MiB
    #: an unfinished upload nobody added to for this long is forgotten
    partial_expiry_s: int = 7 * 24 * 3600
    changes_default_limit: int = 100
    changes_max_limit: int = 1000
    changes_max_bytes: int = 8 * MiB
    #: token bucket per device: sustained requests per second and burst size
    rate_per_second: float = 50.0
    rate_burst: int = 200
    #: token bucket per client address for unauthenticated calls (health, enrol)
    anonymous_rate_per_second: float = 100.0
    anonymous_burst: int = 1000
    clock_skew_s: int = 300
    #: bodies above other_body_bytes one client address may be sending at once, and in all;
    #: past that the request is answered 429 before its body is read
    large_bodies_per_address: int = 8
    large_bodies_total: int = 64
    #: a body that stalls this long between two reads is answered 408 and dropped
    body_idle_timeout_s: float = 30.0
    #: ...and one must average this rate once the grace period has passed
    body_min_bytes_per_s: int = 1024
    body_grace_s: float = 60.0
    #: failed authentications (401, unknown invitation) per client address: sustained per
    #: second and burst; past that every request from the address is 429 until it recovers
    auth_failures_per_second: float = 0.2
    auth_failure_burst: int = 30


@dataclass(frozen=True)
class ServerConfig:
    data_dir: Path
    database_url: str
    limits: Limits = field(default_factory=Limits)
    #: the URL invitation codes carry when the caller does not say (set by ``serve``)
    public_url: str | None = None
    #: processes verifying Ed25519 signatures (None: one per core, 0: inline)
    verify_workers: int | None = None

    @property
    def key_path(self) -> Path:
        return self.data_dir / "server_key"

    @property
    def blob_root(self) -> Path:
        return self.data_dir / "blobstore"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


def default_data_dir() -> Path:
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def normalise_database_url(url: str) -> str:
    """Accept ``postgresql://`` / ``postgres://`` and select the psycopg 3 driver."""
    url = url.strip()
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    if url.startswith("postgresql+psycopg://") or url.startswith("sqlite"):
        return url
    raise ValueError(
        "the database URL must start with postgresql:// (or sqlite:///path for a file)"
    )


def resolve_config(
    data_dir: str | os.PathLike[str] | None = None,
    database: str | None = None,
    limits: Limits | None = None,
    public_url: str | None = None,
    verify_workers: int | None = None,
) -> ServerConfig:
    directory = Path(data_dir) if data_dir else default_data_dir()
    directory = directory.expanduser().resolve()
    database = database or os.environ.get(ENV_DATABASE) or None
    url = normalise_database_url(database) if database else f"sqlite:///{directory / SQLITE_FILE}"
    return ServerConfig(
        data_dir=directory,
        database_url=url,
        limits=limits or Limits(),
        public_url=public_url,
        verify_workers=verify_workers,
    )


def prepare_data_dir(config: ServerConfig) -> None:
    """Create the data directory and the blob folders, owner-only.

    A folder that already exists (made by hand, unpacked from a backup, created by a package
    with a loose umask) is tightened too: it holds the server key and the database, and other
    local users have no business listing who enrolled when.
    """
    folders = [config.data_dir, config.blob_root] + [
        config.blob_root / sub for sub in ("partial", "blobs")
    ]
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        if os.name == "posix" and folder.stat().st_mode & 0o077:
            folder.chmod(0o700)
