"""Places: velayats, etraps, cities, former names and changes of the division."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.refdata.common import FIRST_LEVEL, LANGUAGES, ReferenceDataError
from desktop.core.refdata.text import _name_key, _word_line, words_of

# ---------------------------------------------------------------------------------------------
# places


@dataclass(frozen=True, slots=True)
class Place:
    """An administrative unit: velayat, city with velayat status, etrap, city, borough."""

    code: str
    parent: str | None
    level: str  # velayat | city_with_velayat_status | etrap | city
    names: dict[str, str] = field(hash=False)
    review: tuple[str, ...] = ()
    iso: str | None = None
    provisional: bool = False
    note: str = ""
    aliases: tuple[str, ...] = ()

    def name(self, lang: str = "en") -> str:
        """The name in ``lang``, falling back to English (then to the code)."""
        return self.names.get(lang) or self.names.get("en") or self.code

    def label(self, lang: str = "en") -> str:
        """Same as :meth:`name` (so places and terms can be shown alike)."""
        return self.name(lang)

    @property
    def is_first_level(self) -> bool:
        """A velayat, Aşgabat or Arkadag."""
        return self.level in FIRST_LEVEL


@dataclass(frozen=True, slots=True)
class LegacyName:
    """A former unit (abolished, renamed, merged) and the current unit it maps to.

    ``relation`` is ``renamed`` (same unit, new name), ``merged_into`` (the whole old unit lies
    in the current one), ``within`` (territory split or receiving unit unknown; the current
    code is the unit that certainly contains it) or ``re_created`` (a unit with the same name
    exists again; boundaries may differ).
    """

    names: dict[str, str] = field(hash=False)
    aliases: tuple[str, ...]
    current_code: str
    relation: str
    date: str
    note: str


@dataclass(frozen=True, slots=True)
class DivisionChange:
    """One entry of the dated change log (2018-2025)."""

    date: str
    affected_code: str
    change: str
    sources: tuple[str, ...]


class Places:
    """The administrative divisions and their change log."""

    def __init__(
        self,
        places: Sequence[Place],
        legacy: Sequence[LegacyName] = (),
        changes: Sequence[DivisionChange] = (),
    ) -> None:
        self._places: tuple[Place, ...] = tuple(places)
        self._by_code: dict[str, Place] = {}
        self._children: dict[str | None, list[Place]] = {}
        for p in self._places:
            if p.code in self._by_code:
                raise ReferenceDataError(f"places: duplicate code {p.code}")
            self._by_code[p.code] = p
            self._children.setdefault(p.parent, []).append(p)
        for p in self._places:
            if p.parent is not None and p.parent not in self._by_code:
                raise ReferenceDataError(f"places: {p.code} has unknown parent {p.parent}")
        self._legacy: tuple[LegacyName, ...] = tuple(legacy)
        for item in self._legacy:
            if item.current_code not in self._by_code:
                raise ReferenceDataError(f"places: legacy name maps to {item.current_code}")
        self._changes: tuple[DivisionChange, ...] = tuple(changes)
        self._name_index: list[dict[str, str]] | None = None

    def __len__(self) -> int:
        return len(self._places)

    def __iter__(self) -> Iterator[Place]:
        return iter(self._places)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __repr__(self) -> str:
        return f"<Places: {len(self._places)} units>"

    def get(self, code: str) -> Place | None:
        return self._by_code.get(code)

    def place(self, code: str) -> Place:
        """The unit with this code; raises KeyError if there is none."""
        return self._by_code[code]

    def velayats(self) -> list[Place]:
        """The first-level units: Ahal, Balkan, Daşoguz, Lebap, Mary, then Aşgabat and Arkadag
        (Arkadag's level is provisional, see ``Place.provisional``)."""
        return [p for p in self._children.get(None, ()) if p.is_first_level]

    def etraps_of(self, velayat_code: str) -> list[Place]:
        """The second-level units of a first-level unit, in order.

        For a velayat: its etraps, then its cities with etrap rights. For Aşgabat and
        Arkadag: their boroughs (etraps). Boroughs of a city with etrap rights (Awaza in
        Türkmenbaşy) are third-level: see :meth:`children`. Raises KeyError for an unknown code.
        """
        if velayat_code not in self._by_code:
            raise KeyError(velayat_code)
        return list(self._children.get(velayat_code, ()))

    def children(self, code: str | None = None) -> list[Place]:
        """Direct subdivisions of ``code`` (the first-level units when None)."""
        if code is not None and code not in self._by_code:
            raise KeyError(code)
        return list(self._children.get(code, ()))

    def ancestors(self, code: str) -> list[Place]:
        """From the first-level unit down to the parent of ``code``."""
        chain: list[Place] = []
        parent = self._by_code[code].parent
        while parent is not None:
            place = self._by_code[parent]
            chain.append(place)
            parent = place.parent
        chain.reverse()
        return chain

    def velayat_of(self, code: str) -> Place:
        """The first-level unit that contains ``code`` (itself if it is one)."""
        chain = [*self.ancestors(code), self._by_code[code]]
        return chain[0]

    def is_etrap_of(self, etrap_code: str, velayat_code: str) -> bool:
        """True if ``etrap_code`` is a unit inside ``velayat_code`` (at any depth, so the
        Awaza borough counts as being in Balkan). False for unknown codes."""
        if etrap_code not in self._by_code or velayat_code not in self._by_code:
            return False
        if etrap_code == velayat_code:
            return False
        return any(p.code == velayat_code for p in self.ancestors(etrap_code))

    def search(self, text: str, lang: str | None = None) -> list[Place]:
        """Units whose name has, for every word of ``text``, a word starting with it.

        Same matching as :meth:`Taxonomy.search` (case-insensitive, Turkmen diacritics kept:
        "ŞÄHER" finds "Aşgabat şäheri"); without ``lang`` the en/ru/tk names and the spelling
        variants are searched. Results come in the order of :meth:`velayats` and
        :meth:`etraps_of`. An empty query returns every unit.
        """
        if lang is not None and lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
        query = [" " + q for q in words_of(text)]
        if not query:
            return list(self._places)
        hits: list[Place] = []
        for place in self._places:
            names = [place.names.get(lang, "")] if lang else [*place.names.values(), *place.aliases]
            for name in names:
                line = _word_line(name)
                if all(q in line for q in query):
                    hits.append(place)
                    break
        return hits

    def legacy_names(self) -> list[LegacyName]:
        return list(self._legacy)

    def changes(self) -> list[DivisionChange]:
        return list(self._changes)

    def _build_name_index(self) -> list[dict[str, str]]:
        # Four passes, best first: exact current names, exact legacy names, then both again
        # without generic words ("etraby", "district", "этрап", ...). Within a pass the first
        # unit wins, and first-level units and cities are listed before etraps, so "Mary"
        # means the velayat and "Türkmenbaşy" the city.
        rank = {"velayat": 0, "city_with_velayat_status": 0, "city": 1, "etrap": 2}
        current = sorted(self._places, key=lambda p: rank.get(p.level, 3))
        index: list[dict[str, str]] = []
        for strip in (False, True):
            for source in ("current", "legacy"):
                table: dict[str, str] = {}
                if source == "current":
                    for p in current:
                        for n in (*p.names.values(), *p.aliases, p.code):
                            key = _name_key(n, strip_generic=strip)
                            if key:
                                table.setdefault(key, p.code)
                else:
                    for item in self._legacy:
                        for n in (*item.names.values(), *item.aliases):
                            key = _name_key(n, strip_generic=strip)
                            if key:
                                table.setdefault(key, item.current_code)
                index.append(table)
        return index

    def resolve_legacy_name(self, name: str) -> str | None:
        """Map a place name as written in a report, old or current, to a current code.

        Accepts Turkmen, Russian or English names with or without the generic word ("Serdar
        etraby", "Сердарский этрап", "Gurbansoltan eje"), ignoring case and diacritics, and
        current codes. Returns None when nothing matches. Where the old unit was split or the
        receiving unit is unknown, the code of the unit that certainly contains it is returned
        (see :meth:`legacy_names` for the relation and notes).
        """
        if self._name_index is None:
            self._name_index = self._build_name_index()
        for strip, table in zip((False, False, True, True), self._name_index, strict=True):
            key = _name_key(name, strip_generic=strip)
            if key and key in table:
                return table[key]
        return None


def _place_from_json(raw: Mapping[str, Any]) -> Place:
    return Place(
        code=str(raw["code"]),
        parent=None if raw.get("parent") is None else str(raw["parent"]),
        level=str(raw["level"]),
        names={str(k): str(v) for k, v in raw["names"].items()},
        review=tuple(str(x) for x in raw.get("review", ())),
        iso=None if raw.get("iso") is None else str(raw["iso"]),
        provisional=bool(raw.get("provisional", False)),
        note=str(raw.get("note", "")),
        aliases=tuple(str(x) for x in raw.get("aliases", ())),
    )


def _legacy_from_json(raw: Mapping[str, Any]) -> LegacyName:
    return LegacyName(
        names={str(k): str(v) for k, v in raw["names"].items()},
        aliases=tuple(str(x) for x in raw.get("aliases", ())),
        current_code=str(raw["current_code"]),
        relation=str(raw["relation"]),
        date=str(raw.get("date", "")),
        note=str(raw.get("note", "")),
    )


def _change_from_json(raw: Mapping[str, Any]) -> DivisionChange:
    return DivisionChange(
        date=str(raw["date"]),
        affected_code=str(raw["affected_code"]),
        change=str(raw["change"]),
        sources=tuple(str(x) for x in raw.get("sources", ())),
    )
