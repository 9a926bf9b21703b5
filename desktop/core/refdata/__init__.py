"""Reference data shipped in ``resources/`` (places, rights, types of act, vocabularies),
under one name: the loaded data (:mod:`.loader`, :func:`get_reference_data`) and the
index of it that validation, search and display read (:mod:`.index`, :class:`RefIndex`).
The UI's translated labels of it are ``desktop/ui/refdata.py``."""

from desktop.core.refdata.common import (
    FIRST_LEVEL,
    LANGUAGES,
    TAXONOMY_NAMES,
    ReferenceDataError,
    resources_dir,
)
from desktop.core.refdata.index import RefIndex, load_refindex
from desktop.core.refdata.loader import ReferenceData, get_reference_data
from desktop.core.refdata.places import DivisionChange, LegacyName, Place, Places
from desktop.core.refdata.taxonomy import Taxonomy, Term
from desktop.core.refdata.text import fold, words_of

__all__ = [
    "FIRST_LEVEL",
    "LANGUAGES",
    "TAXONOMY_NAMES",
    "DivisionChange",
    "LegacyName",
    "Place",
    "Places",
    "RefIndex",
    "ReferenceData",
    "ReferenceDataError",
    "Taxonomy",
    "Term",
    "fold",
    "get_reference_data",
    "load_refindex",
    "resources_dir",
    "words_of",
]
