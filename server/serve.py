"""Running the server under uvicorn: one process, one worker, graceful shutdown."""

from __future__ import annotations

import logging
import socket
import sys

import uvicorn

from server.app import create_app
from server.config import ServerConfig
from server.state import open_state, store_public_url, stored_public_url


def default_public_url(host: str, port: int, tls: bool) -> str:
    if host in ("0.0.0.0", "::", ""):
        host = socket.getfqdn()
    if ":" in host:
        host = f"[{host}]"
    scheme = "https" if tls else "http"
    return f"{scheme}://{host}:{port}"


def serve(
    config: ServerConfig,
    host: str,
    port: int,
    certfile: str | None = None,
    keyfile: str | None = None,
    proxy: str | None = None,
    log_level: str = "info",
) -> None:
    logging.basicConfig(level=log_level.upper(), format="%(asctime)s %(levelname)s %(message)s")
    # Writers hold the single-writer lock across SQLite calls that release the GIL; a short
    # switch interval lets the lock holder get the GIL back quickly from request threads.
    sys.setswitchinterval(0.0005)
    state = open_state(config)
    state.blobs.expire_partials(config.limits.partial_expiry_s)
    # An explicit --public-url always wins; otherwise keep one stored by an earlier run.
    if config.public_url:
        store_public_url(state.db, config.public_url)
    elif stored_public_url(state.db) is None:
        store_public_url(state.db, default_public_url(host, port, bool(certfile)))
    app = create_app(state)
    uv_config = uvicorn.Config(
        app,
        host=host,
        port=port,
        workers=1,
        ssl_certfile=certfile,
        ssl_keyfile=keyfile,
        # Forwarded headers decide the client address the failed-authentication budget and
        # the large-body slots are kept by: only the configured proxy may set them.
        proxy_headers=bool(proxy),
        forwarded_allow_ips=proxy or "",
        log_level=log_level,
        access_log=False,
        server_header=False,
        timeout_graceful_shutdown=30,
        # devices sit idle between sync steps; a short keep-alive makes them race the close
        timeout_keep_alive=75,
        limit_concurrency=1000,
    )
    logging.getLogger("fieldbook.server").info(
        "Fieldbook server on %s:%d, data in %s, database %s",
        host,
        port,
        config.data_dir,
        "SQLite" if config.is_sqlite else "PostgreSQL",
    )
    uvicorn.Server(uv_config).run()
