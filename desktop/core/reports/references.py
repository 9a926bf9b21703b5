"""The written forms of a UN recommendation reference and of an SDG target, with no
dependency on the rest of the core (the model normalises with them on reading).

A recommendation is known by its document's symbol and its paragraph: ``A/HRC/39/3 para
114.12``. People type it many ways (``a/hrc/39/3, para. 114.12``, ``A/HRC/39/3 §114.12``,
``A/HRC/39/3 114.12``); each is read back to the one form above, so the same recommendation
is one key whichever way it was typed or imported. An SDG target is ``16.10`` or ``16.a``:
goal 1–17, then one of that goal's target numbers or letters.
"""

from __future__ import annotations

import re

#: A UN document symbol: bodies and sessions separated by slashes (A/HRC/39/3,
#: CCPR/C/TKM/CO/3, A/HRC/WG.6/44/TKM/1). Letters, digits, dots, hyphens and brackets.
_SYMBOL = r"[A-Za-z][A-Za-z0-9.\-()]*(?:/[A-Za-z0-9.\-()]+)+"
_PARAGRAPH = r"\d{1,4}(?:\.\d{1,4}){0,3}"
_REFERENCE = re.compile(
    rf"^\s*(?P<symbol>{_SYMBOL})\s*,?\s*(?:(?:para(?:graph)?s?|§|¶|п\.|пункт)\s*\.?\s*)?"
    rf"(?P<paragraph>{_PARAGRAPH})\s*\.?\s*$",
    re.IGNORECASE,
)
_SDG_TARGET = re.compile(r"^(?:1[0-7]|[1-9])\.(?:[1-9][0-9]?|[a-d])$")
#: Goal → (numbered targets, lettered targets): the 169 targets of the 2030 Agenda
#: (A/RES/70/1), so ``16.11`` or ``17.a`` is refused, not only ``18.1``.
SDG_TARGETS: dict[int, tuple[int, str]] = {
    1: (5, "ab"),
    2: (5, "abc"),
    3: (9, "abcd"),
    4: (7, "abc"),
    5: (6, "abc"),
    6: (6, "ab"),
    7: (3, "ab"),
    8: (10, "ab"),
    9: (5, "abc"),
    10: (7, "abc"),
    11: (7, "abc"),
    12: (8, "abc"),
    13: (3, "ab"),
    14: (7, "abc"),
    15: (9, "abc"),
    16: (10, "ab"),
    17: (19, ""),
}
#: How a target begins in an export's text ("16.10 - Ensure public access …").
_SDG_LEADING = re.compile(r"^\s*(?:SDG\s*)?(\d{1,2}\.(?:\d{1,2}|[a-dA-D]))\b")


def split_reference(text: str) -> tuple[str, str] | None:
    """(symbol, paragraph) of a reference in any accepted form, or None."""
    match = _REFERENCE.match(text)
    if match is None:
        return None
    return match.group("symbol").upper(), match.group("paragraph")


def recommendation_key(symbol: str, paragraph: str) -> str:
    return f"{symbol.strip().upper()} para {paragraph.strip()}"


def normalise_reference(text: str) -> str | None:
    """The one written form of a reference (``A/HRC/39/3 para 114.12``), or None."""
    parts = split_reference(text)
    return None if parts is None else recommendation_key(*parts)


def is_sdg_target(text: str) -> bool:
    """Whether ``text`` is one of the 169 targets, written ``16.10`` or ``16.a``."""
    if _SDG_TARGET.match(text) is None:
        return False
    goal, target = text.split(".")
    numbered, lettered = SDG_TARGETS[int(goal)]
    return int(target) <= numbered if target.isdigit() else target in lettered


def normalise_sdg_target(text: str) -> str | None:
    """``16.10`` from ``16.10``, ``SDG 16.10`` or ``16.10 - Ensure public access…``."""
    match = _SDG_LEADING.match(text)
    if match is None:
        return None
    target = match.group(1).lower()
    return target if is_sdg_target(target) else None
