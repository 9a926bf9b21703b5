"""Folding text for search in the reference data (labels and place names)."""

from __future__ import annotations

import re
import unicodedata
from typing import Final

# ---------------------------------------------------------------------------------------------
# text matching


def fold(text: str) -> str:
    """Normalise text for case-insensitive search.

    NFC + ``casefold`` (so "ŞÄHER" matches "şäher" whichever way the letters were typed or
    composed); Turkmen letters keep their diacritics (``ü`` is not ``u``). Cyrillic ``ё`` is
    treated as ``е``, as Russian writers usually do.
    """
    folded = text.casefold()
    if not unicodedata.is_normalized("NFC", folded):
        folded = unicodedata.normalize("NFC", folded)
    return folded.replace("ё", "е")


_WORD = re.compile(r"\w+")


def words_of(text: str) -> tuple[str, ...]:
    """The folded words of ``text`` (see :func:`fold`), split at anything not a letter or
    digit."""
    return tuple(_WORD.findall(fold(text)))


def _word_line(text: str) -> str:
    return "".join(" " + w for w in words_of(text))


_GENERIC_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {
        # Turkmen
        "etraby", "etrap", "etrapy", "saheri", "saher", "welayaty", "welayat", "adyndaky",
        # English
        "district", "city", "town", "province", "region", "velayat", "velayaty", "borough",
        # Russian (after folding: й -> и, ё -> е)
        "этрап", "этрапа", "район", "раион", "город", "г", "велаят", "велаята", "имени",
        "область",
    }
)  # fmt: skip


def _name_key(name: str, *, strip_generic: bool) -> str:
    """Fold a place name: casefold, drop diacritics (ş→s, ý→y, й→и, ё→е), punctuation to
    spaces, and optionally drop generic words such as "etraby", "district", "этрап"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    words = "".join(ch if ch.isalnum() else " " for ch in base).split()
    if strip_generic:
        words = [w for w in words if w not in _GENERIC_NAME_WORDS]
    return " ".join(words)
