"""What a received record's view reads (in a worker): the record, who wrote it, its
revisions and conflicts; and marking it read."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.model import Observation
    from desktop.core.profile import Profile


@dataclass
class RecordData:
    observation: Observation
    org: str = ""  # the author's organisation, readable
    author: str = ""  # the author's device, readable
    received_at: str | None = None
    unread: bool = False
    conflict: bool = False
    history: list[Any] = field(default_factory=list)
    conflicts: list[Any] = field(default_factory=list)
    rule: str = ""
    names: dict[str, str] = field(default_factory=dict)  # device id -> readable name


def author_names(profile: Profile) -> dict[str, str]:
    """Device id -> "name, organisation" of every author and reviewer known here (the
    network's device list as last synced: other coordinators' names too)."""
    names: dict[str, str] = {}
    for device in profile.received.directory.all().values():
        label = ", ".join(t for t in (device.name, device.org_name) if t)
        if label:
            names[device.device_id] = label
    for author in profile.received.authors():
        device = str(_f(author, "device_id") or _f(author, "id") or "")
        name = str(_f(author, "name") or "")
        org = str(_f(author, "org_name") or _f(author, "org") or "")
        label = ", ".join(t for t in (name, org) if t) or device[:8]
        names.setdefault(device, label)
    return names


def org_names(profile: Profile) -> list[tuple[str, str]]:
    out = []
    for org in profile.received.orgs():
        code = str(_f(org, "org_id") or _f(org, "id") or "")
        out.append((code, str(_f(org, "name") or code)))
    return out


@dataclass
class ConflictSide:
    """One of the competing revisions, with its content (for the side-by-side view)."""

    rev: int
    envelope_id: str
    received_at: str
    counts: bool
    observation: Observation


def read_record(profile: Profile, record_id: str) -> RecordData:
    received = profile.received
    got = received.get(record_id)
    names = author_names(profile)
    data = RecordData(
        observation=got.observation,
        org=got.org_name,
        author=got.author_name,
        received_at=got.received_at,
        unread=got.unread,
        conflict=got.conflict,
        history=list(received.history(record_id)),
        names=names,
    )
    if got.conflict:
        data.conflicts = [
            ConflictSide(
                info.rev,
                info.envelope_id,
                info.received_at,
                info.counts,
                received.revision(record_id, info.envelope_id),
            )
            for info in received.conflicts(record_id)
        ]
        data.rule = received.rule_text()
    return data


def _f(item: Any, name: str, default: Any = None) -> Any:
    if isinstance(item, dict):
        return item.get(name, default)
    return getattr(item, name, default)
