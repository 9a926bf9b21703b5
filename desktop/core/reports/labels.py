"""Category codes as words in the report's language, from the reference data."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from desktop.core.refdata import ReferenceData, get_reference_data
from desktop.core.reports import figures
from desktop.core.reports.upr_themes import upr_theme_names

Translate = Callable[[str], str]

_VOCABULARIES = {
    "sex": "sex",
    "age_group": "age_groups",
    "perpetrator": "perpetrator_types",
    "source": "source_types",
    "follow_up": "follow_up_actions",
    "status": "statuses",
    "confidentiality": "confidentiality",
}


class Labeller:
    def __init__(
        self,
        lang: str,
        tr: Translate,
        organisations: Mapping[str, str] | None = None,
        ref: ReferenceData | None = None,
    ) -> None:
        self.lang, self.tr = lang, tr
        self.ref = ref or get_reference_data()
        self.organisations = dict(organisations or {})

    def dimension(self, name: str) -> str:
        if name.startswith(figures.ACT_LEVEL_PREFIX):
            return self.tr(figures.DIMENSION_TITLES["act"])
        return self.tr(figures.DIMENSION_TITLES[name])

    def category(self, dimension: str, code: str) -> str:
        if code == figures.NOT_RECORDED:
            return self.tr(figures.M_NOT_RECORDED)
        lang = self.lang
        if dimension in ("velayat", "etrap"):
            place = self.ref.places.get(code)
            return place.name(lang) if place else code
        if dimension == "right":
            term = self.ref.taxonomy("rights").get(code)
            if term is None:
                return code
            instrument = code.split(":")[0].upper()
            article = code.split(":art")[-1] if ":art" in code else ""
            prefix = f"{instrument} {article}: " if article else ""
            return prefix + term.label(lang)
        if dimension == "act" or dimension.startswith(figures.ACT_LEVEL_PREFIX):
            term = self.ref.taxonomy("act_types").get(code)
            return term.label(lang) if term else code
        if dimension == "outcome":
            return self.tr(figures.M_OUTCOME.get(code, code))
        if dimension == "organisation":
            return self.organisations.get(code) or code[:8]
        if dimension == "upr_theme":
            theme = upr_theme_names().get(code)
            return theme.name(lang) if theme else code
        if dimension in ("recommendation", "sdg_target"):
            # as the UN writes them (A/HRC/39/3 para 114.12; 16.10): the table's heading
            # says what they are
            return code
        vocabulary = _VOCABULARIES.get(dimension)
        if vocabulary:
            for term in self.ref.vocabulary(vocabulary):
                if term.code == code:
                    return term.label(lang)
        return code
