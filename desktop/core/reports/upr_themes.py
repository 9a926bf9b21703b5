"""UPR theme and group-of-persons names (``resources/upr_themes.json``, built by
``tools/build_resources.py`` from the UHRI taxonomy). English only: the UN's own names."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from desktop.core.refdata import ReferenceDataError, resources_dir


@dataclass(frozen=True)
class UprTheme:
    code: str  # "upr-c4:right-to-life"
    cycle: int
    kind: str  # "theme" or "group_of_persons"
    label: str
    tkm_evidence: str = ""


@functools.cache
def upr_themes() -> tuple[UprTheme, ...]:
    """Every theme, the latest cycle first (loaded once)."""
    path = resources_dir() / "upr_themes.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return tuple(
            UprTheme(t["code"], int(t["cycle"]), t["kind"], t["label"], t.get("tkm_evidence", ""))
            for t in raw["themes"]
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ReferenceDataError(f"{path.name} is missing or malformed") from exc


@functools.cache
def upr_theme_codes() -> frozenset[str]:
    return frozenset(t.code for t in upr_themes())


def theme_by_label(label: str) -> UprTheme | None:
    """The theme an export names (its label, any case; the latest cycle first)."""
    folded = " ".join(label.split()).casefold()
    for theme in upr_themes():
        if theme.label.casefold() == folded:
            return theme
    return None
