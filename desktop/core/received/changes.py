"""What changed between two revisions of a record: the fields that differ, by path."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

#: Not content: kept by the devices, never a change the author made.
_NOT_CONTENT = frozenset({"rev", "status", "updated_at", "created_at", "author_device_id"})


@dataclass(frozen=True)
class FieldChange:
    """One field that differs: its dotted path (``title``, ``place.settlement``,
    ``people.1.name``, ``attachments.0``), its value before and after (None: absent)."""

    path: str
    before: Any
    after: Any


def _flat(value: Any, path: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        for key in sorted(value):
            if path or key not in _NOT_CONTENT:
                _flat(value[key], f"{path}.{key}" if path else str(key), out)
    elif path == "attachments" and isinstance(value, list):
        for i, item in enumerate(value):
            # an attachment is one thing: what says which file it is (never its key)
            shown = ("filename", "media_type", "size", "sha256")
            out[f"{path}.{i}"] = {k: item.get(k) for k in shown} if isinstance(item, dict) else item
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        for i, item in enumerate(value):
            _flat(item, f"{path}.{i}", out)
    else:
        out[path] = value


def flatten(body: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    _flat(body, "", out)
    return out


def field_changes(before: dict[str, Any], after: dict[str, Any]) -> list[FieldChange]:
    """The fields that differ between two bodies, in path order."""
    a, b = flatten(before), flatten(after)
    return [
        FieldChange(path, a.get(path), b.get(path))
        for path in sorted(set(a) | set(b), key=_path_key)
        if a.get(path) != b.get(path)
    ]


def _path_key(path: str) -> tuple[Any, ...]:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in path.split("."))
