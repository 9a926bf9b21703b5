"""Reference data: the languages, the kinds of place, and the error of a bad resources folder."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Final

LANGUAGES: Final[tuple[str, ...]] = ("en", "ru", "tk")
FIRST_LEVEL: Final[frozenset[str]] = frozenset({"velayat", "city_with_velayat_status"})
TAXONOMY_NAMES: Final[tuple[str, ...]] = ("rights", "act_types")


class ReferenceDataError(RuntimeError):
    """The resources folder is missing or one of its files is malformed."""


# ---------------------------------------------------------------------------------------------
# locating resources/


def resources_dir() -> Path:
    """Return the ``resources/`` folder.

    Looked for, in order: inside a PyInstaller bundle (``sys._MEIPASS/resources``), at the
    repository root (``<repo>/resources``, above ``desktop/``), and next to the
    ``desktop`` package (``desktop/resources``, for a layout that installs it there).
    """
    candidates: list[Path] = []
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        candidates.append(Path(bundle) / "resources")
    here = Path(__file__).resolve()
    candidates.append(here.parents[3] / "resources")
    candidates.append(here.parents[2] / "resources")
    for candidate in candidates:
        if (candidate / "places.json").is_file():
            return candidate
    tried = ", ".join(str(c) for c in candidates)
    raise ReferenceDataError(f"resources folder not found (tried {tried})")
