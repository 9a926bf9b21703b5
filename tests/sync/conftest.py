"""A real server process and real encrypted profiles for sync tests."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.invitations import make_invitation
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.sync.enrolment import enroll
from tests.server.server_process import ServerProcess
from tests.sync.fault_proxy import FaultProxy

PASSPHRASE = "tüýs gije Ашхабад 2026"


@dataclass
class Net:
    server: ServerProcess
    org: str
    #: once enrolled, the coordinator's device makes every further code
    coordinator: Profile | None = None

    def invite(self, role: str, url: str | None = None) -> str:
        if self.coordinator is None:
            # only the first coordinator's code comes from the server
            args = ["invite", "--role", role, "--url", url or self.server.url, "--json"]
            return str(json.loads(self.server.admin(*args).stdout)["code"])
        org = self.org if role == "field" else None
        return make_invitation(self.coordinator, role, org=org, server_url=url).code


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    proc = ServerProcess(tmp_path / "server").start()
    yield proc
    proc.stop()


@pytest.fixture
def net(server: ServerProcess) -> Net:
    server.admin("org", "add", "Daşoguz Hukuk Merkezi", "--velayat", "dasoguz")
    return Net(server, "Daşoguz Hukuk Merkezi")


@pytest.fixture
def make_profile(tmp_path: Path) -> Iterator[Callable[[str], Profile]]:
    opened: list[Profile] = []

    def make(name: str) -> Profile:
        profile = Profile.create(
            resolve_paths(tmp_path / name), PASSPHRASE, org_name="NGO", velayat="dasoguz"
        )
        opened.append(profile)
        return profile

    yield make
    for profile in opened:
        profile.close()


@pytest.fixture
def coordinator(net: Net, make_profile: Callable[[str], Profile]) -> Profile:
    profile = make_profile("coordinator")
    result = enroll(profile, net.invite("coordinator"), name="coordinator")
    assert result.role == "coordinator"
    net.coordinator = profile
    return profile


def field_profile(net: Net, make_profile: Callable[[str], Profile], name: str) -> Profile:
    profile = make_profile(name)
    result = enroll(profile, net.invite("field"), name=name)
    assert result.role == "field"
    return profile


@pytest.fixture
def proxy(server: ServerProcess) -> Iterator[FaultProxy]:
    fp = FaultProxy(server.url)
    yield fp
    fp.close()


@pytest.fixture
def field(
    net: Net, coordinator: Profile, proxy: FaultProxy, make_profile: Callable[[str], Profile]
) -> Profile:
    """A field device that reaches the server only through the fault proxy."""
    code = net.invite("field", url=proxy.url)
    profile = make_profile("field")
    enroll(profile, code, name="field")
    return profile
