"""A real server process and real encrypted profiles for sync tests."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.model import IncidentDate, Observation, Person, Place
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.sync.enrolment import enroll
from tests.server.server_process import ServerProcess

PASSPHRASE = "tüýs gije Ашхабад 2026"


@dataclass
class Net:
    server: ServerProcess
    org: str

    def invite(self, role: str) -> str:
        args = ["invite", "--role", role, "--url", self.server.url, "--json"]
        if role == "field":
            args += ["--org", self.org]
        out = self.server.admin(*args).stdout
        return str(json.loads(out)["code"])


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
    return profile


def field_profile(net: Net, make_profile: Callable[[str], Profile], name: str) -> Profile:
    profile = make_profile(name)
    result = enroll(profile, net.invite("field"), name=name)
    assert result.role == "field"
    return profile


def record(profile: Profile, title: str, description: str, *, queue: bool = True) -> str:
    obs = Observation.new(title=title, description=description)
    obs.date = IncidentDate(start="2026-10-01", precision="day")
    obs.place = Place(velayat="dasoguz", etrap=None, settlement="Köneürgenç")
    obs.people = [Person(role="witness", name="Aýna Meredowa", keep_anonymous=True)]
    saved = profile.observations.save(obs)
    if queue:
        profile.observations.set_status(saved.id, "queued")
    return saved.id
