"""Readable rows for the diff table: a changed field's name in the interface language and
its values as a person reads them (place names, taxonomy labels, vocabulary labels)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from desktop.core.i18n import QT_TRANSLATE_NOOP
from desktop.ui import labels, refdata

_C = "ChangeText"
FIELDS = {
    "title": QT_TRANSLATE_NOOP("ChangeText", "Title"),
    "description": QT_TRANSLATE_NOOP("ChangeText", "Description"),
    "date": QT_TRANSLATE_NOOP("ChangeText", "Incident date"),
    "place": QT_TRANSLATE_NOOP("ChangeText", "Place"),
    "rights": QT_TRANSLATE_NOOP("ChangeText", "Rights affected"),
    "act_types": QT_TRANSLATE_NOOP("ChangeText", "Types of act"),
    "people": QT_TRANSLATE_NOOP("ChangeText", "Person"),
    "source": QT_TRANSLATE_NOOP("ChangeText", "Source"),
    "consent": QT_TRANSLATE_NOOP("ChangeText", "Consent"),
    "confidentiality": QT_TRANSLATE_NOOP("ChangeText", "Confidentiality"),
    "follow_up": QT_TRANSLATE_NOOP("ChangeText", "Follow-up"),
    "attachments": QT_TRANSLATE_NOOP("ChangeText", "Attachment"),
    "tags": QT_TRANSLATE_NOOP("ChangeText", "Tags"),
    "recommendations": QT_TRANSLATE_NOOP("ChangeText", "UN recommendations"),
    "upr_themes": QT_TRANSLATE_NOOP("ChangeText", "UPR themes"),
    "sdg_targets": QT_TRANSLATE_NOOP("ChangeText", "SDG targets"),
    "reply_note": QT_TRANSLATE_NOOP("ChangeText", "Reply to the coordinator"),
}
PARTS = {
    "start": QT_TRANSLATE_NOOP("ChangeText", "start"),
    "end": QT_TRANSLATE_NOOP("ChangeText", "end"),
    "precision": QT_TRANSLATE_NOOP("ChangeText", "precision"),
    "velayat": QT_TRANSLATE_NOOP("ChangeText", "velayat"),
    "etrap": QT_TRANSLATE_NOOP("ChangeText", "etrap"),
    "settlement": QT_TRANSLATE_NOOP("ChangeText", "settlement"),
    "lat": QT_TRANSLATE_NOOP("ChangeText", "latitude"),
    "lon": QT_TRANSLATE_NOOP("ChangeText", "longitude"),
    "role": QT_TRANSLATE_NOOP("ChangeText", "role"),
    "name": QT_TRANSLATE_NOOP("ChangeText", "name"),
    "keep_anonymous": QT_TRANSLATE_NOOP("ChangeText", "asked to stay anonymous"),
    "sex": QT_TRANSLATE_NOOP("ChangeText", "sex"),
    "age_group": QT_TRANSLATE_NOOP("ChangeText", "age group"),
    "perpetrator_type": QT_TRANSLATE_NOOP("ChangeText", "perpetrator type"),
    "type": QT_TRANSLATE_NOOP("ChangeText", "type"),
    "reliability": QT_TRANSLATE_NOOP("ChangeText", "reliability"),
    "how_obtained": QT_TRANSLATE_NOOP("ChangeText", "how obtained"),
    "obtained": QT_TRANSLATE_NOOP("ChangeText", "obtained"),
    "share_coordinators": QT_TRANSLATE_NOOP("ChangeText", "may be shared with coordinators"),
    "share_institution": QT_TRANSLATE_NOOP("ChangeText", "may be shared with the institution"),
    "share_public_anonymised": QT_TRANSLATE_NOOP(
        "ChangeText", "may be used in anonymised public reports"
    ),
    "action": QT_TRANSLATE_NOOP("ChangeText", "action"),
    "note": QT_TRANSLATE_NOOP("ChangeText", "note"),
    "due": QT_TRANSLATE_NOOP("ChangeText", "due"),
    "done": QT_TRANSLATE_NOOP("ChangeText", "done"),
}
_YES = QT_TRANSLATE_NOOP("ChangeText", "yes")
_NO = QT_TRANSLATE_NOOP("ChangeText", "no")
#: vocabulary fields' names for refdata.vocab_label
_VOCAB = {
    "sex": "sex",
    "age_group": "age_group",
    "perpetrator_type": "perpetrator_type",
    "reliability": "reliability",
    "how_obtained": "how_obtained",
    "action": "follow_up_action",
}


def _t(text: str) -> str:
    return QCoreApplication.translate(_C, text)


def field_label(path: str) -> str:
    """``people.1.name`` → "Person 2 · name"."""
    parts = path.split(".")
    head = FIELDS.get(parts[0])
    out = [_t(head) if head else parts[0]]
    for part in parts[1:]:
        if part.isdigit():
            out[-1] += f" {int(part) + 1}"
        else:
            name = PARTS.get(part)
            out.append(_t(name) if name else part)
    return " · ".join(out)


def value_text(path: str, value: Any) -> str:
    """A value as a person reads it; "—" for none."""
    if value is None or value == "" or value == []:
        return "—"
    parts = path.split(".")
    last = parts[-1]
    if isinstance(value, bool):
        return _t(_YES) if value else _t(_NO)
    if parts[0] in ("rights", "act_types") and isinstance(value, list):
        return "; ".join(refdata.term_label(parts[0], str(c)) for c in value)
    if parts[0] == "attachments" and isinstance(value, dict):
        return str(value.get("filename") or "")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in value.items())
    text = str(value)
    if last in ("velayat", "etrap"):
        return refdata.place_name(text) or text
    if last == "role":
        return labels.tr(labels.ROLE, text)
    if last == "confidentiality":
        return labels.tr(labels.CONFIDENTIALITY, text)
    if last == "precision":
        return labels.tr(labels.PRECISION, text)
    if parts[0] == "source" and last == "type":
        return refdata.vocab_label("source_type", text)
    if last in _VOCAB:
        return refdata.vocab_label(_VOCAB[last], text)
    return text


def change_rows(changes: list[Any]) -> list[tuple[str, str, str]]:
    """(field, before, after) for ``profile.received.changes``'s FieldChange list."""
    rows = []
    for change in changes:
        path = str(getattr(change, "path", "") or "")
        rows.append(
            (
                field_label(path),
                value_text(path, getattr(change, "before", None)),
                value_text(path, getattr(change, "after", None)),
            )
        )
    return rows
