"""The way back by parcel for a whole organisation (issue 17 item 3): a coordinator makes one
file of receipts and reviews for every device of an organisation, with the server's device
list when it can be asked and the profile's last listing when it cannot; each device of
the organisation takes what is its own, a device of another organisation takes nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.core.invitations import make_invitation
from desktop.core.network import NetworkService
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.enrolment import enroll
from desktop.core.sync.parcel_parts import ParcelReport
from desktop.core.sync.parcel_return import NoSuchOrgError, UnknownOrgHereError
from tests.server.server_process import REPO
from tests.sync.conftest import PASSPHRASE, Net
from tests.sync.helpers import record

OTHER_ORG = "Balkan Adalat Topary"


def _field(net: Net, coordinator: Profile, make_profile: Callable[[str], Profile],
           name: str, org: str) -> Profile:  # fmt: skip
    profile = make_profile(name)
    enroll(profile, make_invitation(coordinator, "field", org=org).code, name=name)
    return profile


def _deliver_by_operator(net: Net, field: Profile, tmp_path: Path) -> None:
    """The field device never connects: the operator imports its parcel (no receipt
    reaches the device that way)."""
    out = tmp_path / f"out-{field.device_id}"
    out.mkdir()
    for part in field.sync.parcels.make(out).parts:
        net.server.admin("parcel", "import", str(part))


def _make_for(coordinator: Profile, folder: Path, target: str) -> ParcelReport:
    """As the CLI and the dialog do: the network service lists, when it can."""
    network = NetworkService(coordinator)
    return coordinator.sync.parcels.make_return(folder, for_device=target, network=network)


@pytest.fixture
def network_of_three(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> tuple[Profile, Profile, Profile, dict[str, str]]:
    """Two field devices of net.org, one of another organisation, each with one queued
    record delivered by the operator; the coordinator has them and reviewed each."""
    net.server.admin("org", "add", OTHER_ORG, "--velayat", "balkan")
    one = _field(net, coordinator, make_profile, "one", net.org)
    two = _field(net, coordinator, make_profile, "two", net.org)
    far = _field(net, coordinator, make_profile, "far", OTHER_ORG)
    ids = {}
    for profile in (one, two, far):
        ids[profile.device_id] = record(profile, "SECRET title", "Şaýat gördi")
        _deliver_by_operator(net, profile, tmp_path)
    SyncEngine(coordinator).sync_once()
    for profile in (one, two, far):
        coordinator.reviews.review(ids[profile.device_id], "needs_information", "Haçan? Когда?")
    SyncEngine(coordinator).sync_once()
    return one, two, far, ids


def test_one_parcel_for_every_device_of_an_organisation(
    net: Net, coordinator: Profile, network_of_three: tuple[Profile, Profile, Profile,
                                                              dict[str, str]], tmp_path: Path,
) -> None:  # fmt: skip
    one, two, far, ids = network_of_three
    back = tmp_path / "back"
    back.mkdir()
    # by name, whatever the case
    made = _make_for(coordinator, back, net.org.upper())
    recipients = made.recipients
    assert recipients is not None and recipients.source == "server"
    assert recipients.org == net.org
    assert recipients.devices == sorted([one.device_id, two.device_id])
    assert recipients.unplaced == []
    assert (made.envelopes, made.receipts) == (2, 2)  # their reviews, their records' receipts
    (part,) = made.parts

    for profile in (one, two):
        assert profile.observations.get(ids[profile.device_id]).status == "queued"
        opened = profile.sync.parcels.open(part)
        # its own receipt and review; the colleague's review is sealed for the colleague
        assert (opened.receipts, opened.received, opened.not_for_us) == (1, 1, 1)
        assert opened.refused == []
        record_id = ids[profile.device_id]
        assert profile.observations.get(record_id).status == "needs_information"
        assert profile.reviews.reviews_for(record_id)[0]["comment"] == "Haçan? Когда?"
        again = profile.sync.parcels.open(part)
        assert again.nothing_new and again.received == again.receipts == 0

    # a device of another organisation takes nothing from it
    opened = far.sync.parcels.open(part)
    assert (opened.receipts, opened.received, opened.not_for_us) == (0, 0, 2)
    assert far.observations.get(ids[far.device_id]).status == "queued"
    assert far.reviews.reviews_for(ids[far.device_id]) == []

    # the organisation's number works as well as its name
    numbered = tmp_path / "numbered"
    numbered.mkdir()
    org_id = next(o.org_id for o in NetworkService(coordinator).orgs() if o.name == net.org)
    by_number = _make_for(coordinator, numbered, str(org_id))
    assert by_number.recipients is not None and by_number.recipients.org == net.org


def test_offline_the_last_listing_is_used_and_unknown_orgs_are_said(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile],
    network_of_three: tuple[Profile, Profile, Profile, dict[str, str]], tmp_path: Path,
) -> None:  # fmt: skip
    one, two, _far, ids = network_of_three
    NetworkService(coordinator).devices()  # the network window lists the devices once
    with pytest.raises(NoSuchOrgError):  # online: the server says there is none
        _make_for(coordinator, tmp_path, "No Such Org")
    # enrolled after that listing, its records brought by a stick while the server is out
    # of reach: an author whose organisation this profile does not know
    late = _field(net, coordinator, make_profile, "late", net.org)
    record(late, "late SECRET", "Şaýat")
    stick = tmp_path / "stick"
    stick.mkdir()
    (part,) = late.sync.parcels.make(stick).parts
    net.server.stop()
    assert coordinator.sync.parcels.open(part).received == 1
    back = tmp_path / "back"
    back.mkdir()
    made = _make_for(coordinator, back, net.org)
    recipients = made.recipients
    assert recipients is not None and recipients.source == "profile"
    # the server's last listing, kept in the profile; the later author is named apart
    assert recipients.devices == sorted([one.device_id, two.device_id])
    assert recipients.unplaced == [late.device_id]
    opened = one.sync.parcels.open(made.parts[0])
    assert opened.receipts == 1
    assert one.observations.get(ids[one.device_id]).status == "needs_information"

    with pytest.raises(UnknownOrgHereError) as raised:
        _make_for(coordinator, back, "No Such Org")
    assert "not known on this computer" in raised.value.message
    assert len(list(back.glob("*.fbp"))) == 1  # none written for the unknown org


def test_a_profile_that_never_listed_the_network_says_so(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    """Records came only by parcel, opened offline: their authors are known here, their
    organisation is not; the coordinator is told, not handed an empty parcel. One sync
    later (it keeps the server's device list) the organisation is known offline too."""
    field = _field(net, coordinator, make_profile, "field", net.org)
    record(field, "SECRET", "Şaýat")
    stick = tmp_path / "stick"
    stick.mkdir()
    (part,) = field.sync.parcels.make(stick).parts
    net.server.stop()
    assert coordinator.sync.parcels.open(part).received == 1
    back = tmp_path / "back"
    back.mkdir()
    with pytest.raises(UnknownOrgHereError):
        _make_for(coordinator, back, net.org)
    assert not list(back.glob("*.fbp"))
    # a device id needs no listing
    made = _make_for(coordinator, back, field.device_id)
    assert made.recipients is not None and made.recipients.devices == [field.device_id]

    net.server.start()
    SyncEngine(coordinator).sync_once()
    net.server.stop()
    made = _make_for(coordinator, back, net.org)
    assert made.recipients is not None and made.recipients.source == "profile"
    assert made.recipients.devices == [field.device_id]


@pytest.mark.usefixtures("network_of_three")
def test_cli_makes_an_org_parcel_offline_in_the_profiles_language(
    net: Net, coordinator: Profile, tmp_path: Path
) -> None:
    NetworkService(coordinator).devices()
    coordinator.settings.set("language", "ru")
    data_dir = coordinator.paths.data_dir
    coordinator.close()
    net.server.stop()
    env = {**os.environ, "PYTHONPATH": str(REPO), "FIELDBOOK_PASSPHRASE": PASSPHRASE}
    back = tmp_path / "back"
    back.mkdir()
    cmd = [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "parcel", "make"]
    done = subprocess.run([*cmd, str(back), "--for", net.org], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert net.org in done.stdout and "2" in done.stdout
    assert "Организация" in done.stdout  # told in the profile's language, offline
    assert len(list(back.glob("*.fbp"))) == 1
    unknown = subprocess.run([*cmd, str(back), "--for", "No Such Org"], cwd=REPO, env=env,
                             capture_output=True, text=True, timeout=120)  # fmt: skip
    assert unknown.returncode == 1
    assert "не известна" in unknown.stderr  # the organisation is not known here
