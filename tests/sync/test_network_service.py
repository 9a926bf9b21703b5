"""desktop/core/network.py from the attacker's side: another server posing as ours, answers
that are not what the API promises, and a field device asking for coordinator calls."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core.network import (
    BadOrgError,
    NetworkService,
    NotNetworkCoordinatorError,
    UnknownDeviceError,
)
from desktop.core.profile import Profile
from desktop.core.sync.errors import SyncError, WrongServerError
from desktop.core.sync.state import SERVER_URL
from desktop.core.sync.transport import Transport
from tests.server.server_process import ServerProcess
from tests.sync.conftest import Net, field_profile


@pytest.fixture
def impostor(tmp_path: Path) -> Iterator[ServerProcess]:
    proc = ServerProcess(tmp_path / "impostor").start()
    yield proc
    proc.stop()


def test_another_server_cannot_answer_for_ours(
    net: Net, coordinator: Profile, impostor: ServerProcess
) -> None:
    network = NetworkService(coordinator)
    assert any(d.name == "coordinator" for d in network.devices())
    coordinator.sync.store.set(SERVER_URL, impostor.url)
    for call in (
        network.devices,
        network.orgs,
        lambda: network.add_org("Sahte", "Mary"),
        lambda: network.revoke("a" * 32),
        lambda: network.invite("field"),
    ):
        with pytest.raises(WrongServerError):
            call()


def test_answers_outside_the_api_are_refused(net: Net, coordinator: Profile) -> None:
    class Lying(Transport):
        def get_json(self, path: str, params: Any = None) -> Any:
            if path == "/v1/devices":
                return {"devices": [{"device_id": "x", "role": "field"}]}  # no enrolled time
            return {"orgs": "everything"}

        def send_json(self, method: str, path: str, body: Any, ok: Any = (200, 201)) -> Any:
            return ["not", "an", "answer"]

    network = NetworkService(coordinator, transport_factory=Lying)
    with pytest.raises(SyncError):
        network.devices()
    with pytest.raises(SyncError):
        network.orgs()
    with pytest.raises(SyncError):
        network.add_org("Lebap Adalat", "Lebap")
    with pytest.raises(SyncError):
        network.revoke("b" * 32)


def test_bad_input_is_refused_before_anything_is_sent(net: Net, coordinator: Profile) -> None:
    sent: list[str] = []

    class Counting(Transport):
        def request(self, method: str, path: str, **kwargs: Any) -> Any:
            sent.append(path)
            return super().request(method, path, **kwargs)

    network = NetworkService(coordinator, transport_factory=Counting)
    for name in ("", " ", "x" * 201, "tab\there"):
        with pytest.raises(BadOrgError):
            network.add_org(name, "Mary")
    for device in ("", "../../v1/organisations", "g" * 32, "0" * 31, "0" * 33):
        with pytest.raises(UnknownDeviceError):
            network.revoke(device)
    assert sent == []
    with pytest.raises(BadOrgError):  # the server's refusal, translated
        network.add_org("Somewhere", "Moskwa")
    with pytest.raises(UnknownDeviceError):
        network.revoke("c" * 32)


def test_a_field_device_is_refused_here_and_by_the_server(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile]
) -> None:
    field = field_profile(net, make_profile, "field")
    with pytest.raises(NotNetworkCoordinatorError):
        NetworkService(field).devices()
    # pretending to be a coordinator on the device does not convince the server
    field.sync.store.set("role", "coordinator")
    with pytest.raises(NotNetworkCoordinatorError):
        NetworkService(field).devices()
    with pytest.raises(NotNetworkCoordinatorError):
        NetworkService(field).revoke(coordinator.device_id)
    assert NetworkService(coordinator).devices()  # the coordinator is not revoked
