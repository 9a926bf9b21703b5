"""UPR theme and group-of-persons names (``resources/upr_themes.json``, built by
``tools/build_resources.py`` from the UHRI taxonomy): the UN's English names, with Russian
and Turkmen ones (``tools/resource_tables/upr_themes_i18n.json``). An export from the UN
names a theme in English: :func:`theme_by_label` reads those."""

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
    label: str  # the UN's English name
    tkm_evidence: str = ""
    label_ru: str = ""
    label_tk: str = ""

    def name(self, lang: str) -> str:
        """The name in ``lang`` ("en", "ru", "tk"); English where none is known."""
        return {"ru": self.label_ru, "tk": self.label_tk}.get(lang) or self.label


@functools.cache
def upr_themes() -> tuple[UprTheme, ...]:
    """Every theme, the latest cycle first (loaded once)."""
    path = resources_dir() / "upr_themes.json"
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return tuple(
            UprTheme(
                t["code"],
                int(t["cycle"]),
                t["kind"],
                t["label"],
                t.get("tkm_evidence", ""),
                t.get("labels", {}).get("ru", ""),
                t.get("labels", {}).get("tk", ""),
            )
            for t in raw["themes"]
        )
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ReferenceDataError(f"{path.name} is missing or malformed") from exc


@functools.cache
def upr_theme_names() -> dict[str, UprTheme]:
    """Theme by code (a figure's category labels)."""
    return {t.code: t for t in upr_themes()}


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
