"""Issue 17 "bad input", each case against real profiles enrolled with a real server: a
whole parcel refused says why (in the profile's language), a replayed one changes nothing,
a parcel holding some bad envelopes stores the good ones and lists the bad ones by id, and
opening streams (memory does not follow the parcel's size)."""

from __future__ import annotations

import json
import os
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli_text
from desktop.core.listing import ObservationQuery as Q
from desktop.core.profile import Profile
from desktop.core.sync.device_proof import DEVICE_PROOF
from desktop.core.sync.engine import SyncEngine
from desktop.core.sync.parcel_parts import (
    ForeignParcelRefused,
    NotAParcelRefused,
    ParcelAlteredError,
    ParcelRefused,
    ParcelTruncatedError,
)
from protocol.encoding import b64decode, b64encode
from protocol.keys import SigningKey
from protocol.parcel import KIND_ENVELOPE, ParcelWriter, iter_frames, network_id
from tests.sync.conftest import Net, field_profile
from tests.sync.helpers import record


def _parcel(field: Profile, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    (part,) = field.sync.parcels.make(out).parts
    return part


def test_each_refusal_says_why_in_the_profiles_language(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    field = field_profile(net, make_profile, "field")
    record(field, "SECRET", "Şaýat")
    data = _parcel(field, tmp_path).read_bytes()
    flipped = bytearray(data)
    flipped[len(data) // 3] ^= 0x04
    foreign = tmp_path / "foreign.fbp"
    with open(foreign, "wb") as fh:
        writer = ParcelWriter(fh, SigningKey.generate(), network=network_id(os.urandom(32)))
        writer.add_envelope(b"{}")
        writer.finish()
    cases: dict[type[ParcelRefused], bytes] = {
        ParcelTruncatedError: data[: len(data) - 1000],
        ParcelAlteredError: bytes(flipped),
        ForeignParcelRefused: foreign.read_bytes(),
        NotAParcelRefused: b"PK\x03\x04 a zip file, or anything else",
    }
    cli_text.use_language("ru")
    try:
        for kind, content in cases.items():
            path = tmp_path / f"{kind.__name__}.fbp"
            path.write_bytes(content)
            with pytest.raises(kind) as raised:
                coordinator.sync.parcels.open(path)
            message = raised.value.message
            assert message == kind.default_message
            russian = cli_text.core(message)
            assert russian != message and any("а" <= c <= "я" for c in russian), message
    finally:
        cli_text.use_language("en")
    assert coordinator.database.one("SELECT count(*) FROM inbox")[0] == 0


def test_a_replayed_parcel_changes_nothing(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    """An old parcel of reviews brought again after a later review: the later decision
    stands (reviews are ordered by the server's sequence, not by arrival), and the report
    says nothing was new."""
    field = field_profile(net, make_profile, "field")
    record_id = record(field, "SECRET", "Şaýat")
    SyncEngine(field).sync_once()
    SyncEngine(coordinator).sync_once()
    coordinator.reviews.review(record_id, "verified", "Tassyklandy")
    SyncEngine(coordinator).sync_once()
    back = tmp_path / "back"
    back.mkdir()
    old = coordinator.sync.parcels.make_return(back, for_device=field.device_id).parts[0]
    assert field.sync.parcels.open(old).received == 1
    assert field.observations.get(record_id).status == "verified"
    coordinator.reviews.review(record_id, "closed", "")
    SyncEngine(coordinator).sync_once()
    SyncEngine(field).sync_once()
    assert field.observations.get(record_id).status == "closed"
    again = field.sync.parcels.open(old)
    assert again.nothing_new and again.received == 0
    assert field.observations.get(record_id).status == "closed"
    assert len(field.reviews.reviews_for(record_id)) == 2


def test_good_envelopes_are_stored_and_bad_ones_listed(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    """The maker's own parcel (its signature whole) carrying an envelope whose ciphertext
    was altered and one that is not an envelope at all: the two genuine records are
    stored, the two bad ones listed by id and reason, nothing of them kept."""
    field = field_profile(net, make_profile, "field")
    ids = {record(field, f"SECRET {i}", "Şaýat") for i in range(2)}
    extra = record(field, "SECRET altered", "Şaýat")
    with open(_parcel(field, tmp_path), "rb") as src:
        wires = [v for kind, v in iter_frames(src) if kind == KIND_ENVELOPE]
    altered = json.loads(wires[2])
    ciphertext = bytearray(b64decode(altered["ciphertext"]))
    ciphertext[20] ^= 0x01
    altered["ciphertext"] = b64encode(bytes(ciphertext))
    server_key = coordinator.sync.store.server_key
    assert server_key is not None
    mixed = tmp_path / "mixed.fbp"
    with open(mixed, "wb") as fh:
        writer = ParcelWriter(fh, field.device_keys.signing, network=network_id(server_key))
        writer.add_item({"type": "device", "proof": field.sync.store.get(DEVICE_PROOF)})
        writer.add_envelope(wires[0])
        writer.add_envelope(json.dumps(altered).encode())
        writer.add_envelope(b'{"not": "an envelope"}')
        writer.add_envelope(wires[1])
        writer.finish()
    report = coordinator.sync.parcels.open(mixed)
    assert report.received == 2 and report.envelopes == 4
    received = {r["record_id"] for r in coordinator.sync.received_observations()}
    assert received == ids and extra not in received
    assert len(report.refused) == 2
    assert any(r.endswith("malformed") for r in report.refused)
    assert any("bad_signature" in r or "signature" in r for r in report.refused), report.refused
    assert not any("SECRET" in r for r in report.refused)


def test_opening_streams(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    """A parcel with a 24 MB attachment opens holding a few frames in memory, not the file."""
    field = field_profile(net, make_profile, "field")
    record_id = record(field, "SECRET", "Şaýat", queue=False)
    photo = tmp_path / "scan.bin"
    photo.write_bytes(os.urandom(24 * 1024 * 1024))
    field.attachments.add(record_id, photo)
    photo.unlink()
    field.observations.set_status(record_id, "queued")
    part = _parcel(field, tmp_path)
    assert part.stat().st_size > 24 * 1024 * 1024
    tracemalloc.start()
    try:
        report = coordinator.sync.parcels.open(part)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert report.blobs_complete == 1 and report.received == 1
    assert peak < 8 * 1024 * 1024, peak


def test_a_bulk_page_reaches_the_list_index_built_before(
    net: Net, coordinator: Profile, make_profile: Callable[[str], Profile], tmp_path: Path
) -> None:
    """A parcel page writes its rows with the change log's per-row triggers set aside and
    logs the records itself: the list's index in memory, built before, sees every record as
    SQL does, and the triggers are back afterwards (own saves keep being logged)."""
    field = field_profile(net, make_profile, "field")
    ids = {record(field, f"SECRET {i}", "Şaýat") for i in range(30)}
    part = _parcel(field, tmp_path)
    listing = coordinator.listing
    assert listing.prepare()  # the index in memory exists before the parcel comes
    assert coordinator.sync.parcels.open(part).received == 30
    in_memory = {r.id for r in listing.query(Q(scope="received"))}
    listing.list_index.enabled = False
    try:
        listing.drop_query_cache()
        by_sql = {r.id for r in listing.query(Q(scope="received"))}
    finally:
        listing.list_index.enabled = True
    assert in_memory == by_sql == ids
    triggers = {
        r[0]
        for r in coordinator.database.query("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    }
    assert {"list_changes_insert", "list_changes_categories"} <= triggers
