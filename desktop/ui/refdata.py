"""Reference data for screens, labelled in the current interface language.

A thin view over :func:`desktop.core.refdata.get_reference_data`: places, the two
taxonomies and the vocabularies come translated from ``resources/``.
"""

from __future__ import annotations

from desktop.core.refdata import ReferenceData, Taxonomy, Term, get_reference_data
from desktop.ui import i18n

#: The model's field → the vocabulary list in resources/vocabularies.json.
VOCAB = {
    "sex": "sex",
    "age_group": "age_groups",
    "perpetrator_type": "perpetrator_types",
    "role": "person_roles",
    "source_type": "source_types",
    "reliability": "reliability",
    "how_obtained": "how_obtained",
    "follow_up_action": "follow_up_actions",
    "confidentiality": "confidentiality",
    "status": "statuses",
    "date_precision": "date_precision",
}


def data() -> ReferenceData:
    return get_reference_data()


def lang() -> str:
    return i18n.current_language()


def velayats() -> list[tuple[str, str]]:
    return [(p.code, p.label(lang())) for p in data().places.velayats()]


def etraps(velayat: str | None) -> list[tuple[str, str]]:
    """Second-level units of ``velayat`` and, indented, their own subdivisions."""
    if not velayat:
        return []
    places = data().places
    out: list[tuple[str, str]] = []
    try:
        children = places.etraps_of(velayat)
    except KeyError:
        return []
    for place in children:
        out.append((place.code, place.label(lang())))
        for sub in places.children(place.code):
            out.append((sub.code, "    " + sub.label(lang())))
    return out


def place_name(code: str | None) -> str:
    if not code:
        return ""
    place = data().places.get(code)
    return place.label(lang()) if place is not None else code


def vocabulary(field: str) -> list[tuple[str, str]]:
    try:
        terms = data().vocabulary(VOCAB.get(field, field))
    except KeyError:
        return []
    return [(t.code, t.label(lang())) for t in terms]


def vocab_label(field: str, code: str | None) -> str:
    if code is None:
        return ""
    for c, label in vocabulary(field):
        if c == code:
            return label
    return code


def taxonomy(name: str) -> Taxonomy:
    return data().taxonomy(name)


def term_label(name: str, code: str) -> str:
    term: Term | None = data().taxonomy(name).get(code)
    return term.label(lang()) if term is not None else code


def category_label(code: str) -> str:
    """A right or an act type, whichever the code belongs to."""
    ref = data()
    for tax in (ref.rights, ref.act_types):
        term = tax.get(code)
        if term is not None:
            return term.label(lang())
    return code
