"""Random sequences of recording, syncing through faults, and coordinator reviews.

Whatever the order and the faults, the invariants hold at every step — nothing is "sent"
without a verified receipt, nothing is sealed twice, the hash chain is unbroken — and once the
faults stop, server and client settle on exactly the same envelopes and blobs.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

from desktop.core.invitations import make_invitation
from desktop.core.paths import resolve_paths
from desktop.core.profile import Profile
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.enrolment import enroll
from desktop.core.sync.errors import SyncError
from protocol.envelope import Envelope
from tests.server.server_process import ServerProcess
from tests.sync.conftest import PASSPHRASE
from tests.sync.fault_proxy import FaultProxy
from tests.sync.helpers import assert_settled, record, settle

FAULTS = [
    None,
    ("drop_response", "PUT", "/v1/envelopes"),
    ("drop_request", "PUT", "/v1/envelopes"),
    ("replay", "PUT", "/v1/envelopes"),
    ("block_page", "GET", "/v1/health"),
    ("drop_request", "PATCH", "/v1/blobs"),
    ("cut_body", "PATCH", "/v1/blobs"),
    ("drop_response", "PATCH", "/v1/blobs"),
    ("drop_response", "GET", "/v1/changes"),
]


class World:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.server = ServerProcess(root / "server").start()
        self.server.admin("org", "add", "Lebap NGO", "--velayat", "lebap")
        self.proxy = FaultProxy(self.server.url)
        self.coordinator = self.profile("coordinator")
        enroll(self.coordinator, self.invite("coordinator"))
        self.count = 0

    def invite(self, role: str) -> str:
        if role == "coordinator":
            args = ["invite", "--role", role, "--url", self.proxy.url, "--json"]
            return str(json.loads(self.server.admin(*args).stdout)["code"])
        return make_invitation(self.coordinator, role, org="Lebap NGO").code

    def profile(self, name: str) -> Profile:
        return Profile.create(resolve_paths(self.root / name), PASSPHRASE, velayat="lebap")

    def close(self) -> None:
        self.coordinator.close()
        self.proxy.close()
        self.server.stop()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    w = World(tmp_path_factory.mktemp("world"))
    yield w
    w.close()


class SyncMachine(RuleBasedStateMachine):
    world: World

    def __init__(self) -> None:
        super().__init__()
        self.world.count += 1
        self.field = self.world.profile(f"field{self.world.count}")
        enroll(self.field, self.world.invite("field"))
        self.recorded: list[str] = []

    @rule(attachment=st.booleans(), queue=st.booleans())
    def record(self, attachment: bool, queue: bool) -> None:
        rid = record(self.field, f"Obs {len(self.recorded)}", "Ýazgy", queue=False)
        if attachment:
            path = self.world.root / "att.bin"
            path.write_bytes(os.urandom(300_000))
            self.field.attachments.add(rid, path)
            path.unlink()
        if queue:
            self.field.observations.set_status(rid, "queued")
        self.recorded.append(rid)

    @rule(fault=st.sampled_from(FAULTS), skip=st.integers(0, 2))
    def sync(self, fault: tuple[str, str, str] | None, skip: int) -> None:
        self.world.proxy.rules.clear()
        if fault is not None:
            self.world.proxy.add(
                fault[0], method=fault[1], path_prefix=fault[2], skip=skip, arg=500
            )
        try:
            SyncEngine(self.field).sync_once()
        except SyncError:
            pass
        finally:
            self.world.proxy.rules.clear()

    @rule(status=st.sampled_from(["received", "verified", "needs_information"]))
    def coordinator_reviews(self, status: str) -> None:
        coord = SyncEngine(self.world.coordinator)
        settle(coord)
        mine = [
            r
            for r in self.world.coordinator.sync.received_observations()
            if r["author"] == self.field.device_id
        ]
        if mine:
            self.world.coordinator.reviews.review(mine[0]["record_id"], status, "Bellik")
            settle(coord)

    @invariant()
    def sent_means_receipted(self) -> None:
        rows = self.field.database.query(
            "SELECT o.id FROM observations o WHERE o.status = 'sent' AND NOT EXISTS"
            " (SELECT 1 FROM outbox x WHERE x.record_id = o.id AND x.kind = 'observation'"
            " AND x.rev = o.rev AND x.adopted = 0 AND x.receipt IS NOT NULL)"
        )
        assert rows == []

    @invariant()
    def chain_is_unbroken(self) -> None:
        rows = self.field.database.query(
            "SELECT o.seq, e.envelope FROM outbox o"
            " JOIN outbox_envelopes e ON e.seq = o.seq ORDER BY o.seq"
        )
        prev = None
        for expected_seq, (seq, raw) in enumerate(rows, start=1):
            env = Envelope.from_bytes(bytes(raw) if not isinstance(raw, bytes) else raw)
            assert seq == expected_seq == env.header.seq
            assert env.header.prev == prev
            prev = env.envelope_id

    def teardown(self) -> None:
        try:
            if self.field.database.one("SELECT count(*) FROM outbox")[0]:
                settle(SyncEngine(self.field))
                assert_settled(self.field, self.world.coordinator, self.world.server)
        finally:
            self.field.close()


def test_random_sync_sequences_settle(world: World) -> None:
    SyncMachine.world = world
    run_state_machine_as_test(
        SyncMachine,
        settings=settings(
            max_examples=6,
            stateful_step_count=10,
            deadline=None,
            suppress_health_check=list(HealthCheck),
        ),
    )
