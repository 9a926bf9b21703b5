"""Fixtures: the real server process on SQLite and on a throwaway PostgreSQL cluster."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from protocol.keys import EncryptionKey
from tests.server.client import Device
from tests.server.pg_cluster import PgCluster, find_pg_bin
from tests.server.server_process import ServerProcess, free_port

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL binaries (initdb, pg_ctl) are not installed")
    cluster = PgCluster(bin_dir, free_port())
    try:
        cluster.start()
    except Exception:
        cluster.stop()
        raise
    yield cluster
    cluster.stop()


@dataclass
class Network:
    """A running server with an enrolled coordinator who published the coordination key."""

    server: ServerProcess
    backend: str
    coordinator: Device
    coordination_key: EncryptionKey
    org: str
    pg: PgCluster | None

    @property
    def url(self) -> str:
        return self.server.url

    def device(self, role: str = "field", name: str | None = None) -> Device:
        device = Device(self.url)
        response = device.enroll(self.coordinator.invite(role, self.org), name=name)
        assert response.status_code == 200, response.text
        return device

    def admin(self, *args: str, check: bool = True) -> str:
        return self.server.admin(*args, check=check).stdout


@pytest.fixture(scope="session")
def start_server(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Callable[..., ServerProcess]]:
    """Factory: start a server process on ``backend``; stopped at the end of the session."""
    started: list[ServerProcess] = []

    def start(backend: str = "sqlite", *extra: str) -> ServerProcess:
        database = None
        if backend == "postgres":
            database = request.getfixturevalue("pg_cluster").new_database()
        data_dir = tmp_path_factory.mktemp(f"server-{backend}")
        server = ServerProcess(data_dir, database, *extra)
        started.append(server)
        return server.start()

    yield start
    for server in started:
        server.stop()


def make_network(server: ServerProcess, backend: str, pg: PgCluster | None) -> Network:
    org_name = "Lebap Monitors"
    server.admin("org", "add", org_name, "--velayat", "Lebap")
    out = server.admin("invite", "--role", "coordinator", "--url", server.url, "--json").stdout
    coordinator = Device(server.url)
    response = coordinator.enroll(json.loads(out)["code"], name="hub")
    assert response.status_code == 200, response.text
    key = EncryptionKey.generate()
    response = coordinator.publish_coordination_key(key)
    assert response.status_code == 201, response.text
    return Network(server, backend, coordinator, key, org_name, pg)


@pytest.fixture(scope="session", params=BACKENDS)
def network(request: pytest.FixtureRequest, start_server: Callable[..., ServerProcess]) -> Network:
    """The shared server for a backend (tests make their own devices, so they do not mix)."""
    backend = request.param
    pg = request.getfixturevalue("pg_cluster") if backend == "postgres" else None
    return make_network(start_server(backend), backend, pg)


@pytest.fixture
def fresh_network(
    start_server: Callable[..., ServerProcess], request: pytest.FixtureRequest
) -> Callable[..., Network]:
    """A server of one's own (for tests that restart it or change its epoch)."""

    def make(backend: str = "sqlite", *extra: str) -> Network:
        pg = request.getfixturevalue("pg_cluster") if backend == "postgres" else None
        return make_network(start_server(backend, *extra), backend, pg)

    return make


def data_dir_bytes(path: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file())
