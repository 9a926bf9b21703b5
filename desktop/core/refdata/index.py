"""The slice of the reference data that validation, search and display need, as sets and
dicts built once per profile (look-ups in a save must cost microseconds).

It is built from :mod:`desktop.core.refdata` (places, taxonomies, vocabularies from
``resources/``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop.core.refdata.loader import ReferenceData, get_reference_data


@dataclass
class RefIndex:
    velayats: dict[str, dict[str, str]] = field(default_factory=dict)  # code → {lang: name}
    etraps: dict[str, dict[str, str]] = field(default_factory=dict)  # code → {lang: name}
    etrap_velayat: dict[str, str] = field(default_factory=dict)
    rights: set[str] = field(default_factory=set)
    right_parent: dict[str, str | None] = field(default_factory=dict)  # article → treaty
    act_types: set[str] = field(default_factory=set)
    act_parent: dict[str, str | None] = field(default_factory=dict)
    vocabularies: dict[str, set[str]] = field(default_factory=dict)
    _children: dict[str, list[str]] | None = field(default=None, repr=False, compare=False)

    def _act_children(self) -> dict[str, list[str]]:
        if self._children is None:
            self._children = {}
            for child, parent in self.act_parent.items():
                if parent:
                    self._children.setdefault(parent, []).append(child)
        return self._children

    def vocabulary(self, name: str) -> set[str]:
        return self.vocabularies.get(name, set())

    def place_label(self, velayat: str | None, etrap: str | None, settlement: str) -> str:
        """What a list shows in its place column: settlement, etrap, velayat (English)."""
        parts = [settlement.strip()]
        if etrap:
            parts.append(self.etraps.get(etrap, {}).get("en", etrap))
        if velayat:
            parts.append(self.velayats.get(velayat, {}).get("en", velayat))
        return ", ".join(p for p in parts if p)

    def place_sort_key(self, velayat: str | None, etrap: str | None, settlement: str) -> str:
        """Velayat, then etrap, then settlement, case-folded: the order of a place column."""
        parts = (
            self.velayats.get(velayat, {}).get("en", velayat) if velayat else "",
            self.etraps.get(etrap, {}).get("en", etrap) if etrap else "",
            settlement.strip(),
        )
        return "\x1f".join(parts).casefold()

    def place_sort_prefix(self, velayat: str, etrap: str | None) -> str:
        """The start every :meth:`place_sort_key` of a place in ``velayat`` (and ``etrap``)
        shares, separator included."""
        parts = self.place_sort_key(velayat, etrap, "").split("\x1f")
        return "\x1f".join(parts[: 2 if etrap else 1]) + "\x1f"

    def place_search_text(self, velayat: str | None, etrap: str | None) -> str:
        """Names of the place in every language, so a search in any of them finds it."""
        names: list[str] = []
        for table, code in ((self.etraps, etrap), (self.velayats, velayat)):
            if code:
                names.extend(dict.fromkeys(table.get(code, {}).values()))
        return " ".join(names)

    def act_type_with_descendants(self, codes: Iterable[str]) -> set[str]:
        """A filter on a broader act type also finds records tagged with narrower ones."""
        wanted = set(codes)
        if not wanted:
            return wanted
        children = self._act_children()
        stack = list(wanted)
        while stack:
            for child in children.get(stack.pop(), ()):
                if child not in wanted:
                    wanted.add(child)
                    stack.append(child)
        return wanted

    def act_type_with_ancestors(self, codes: Iterable[str]) -> set[str]:
        """The act types ``codes`` and every broader one above them."""
        return _with_ancestors(self.act_parent, codes)

    def right_with_ancestors(self, codes: Iterable[str]) -> set[str]:
        """The rights ``codes`` and the treaty (every broader node) above them."""
        return _with_ancestors(self.right_parent, codes)


def _with_ancestors(parent: Mapping[str, str | None], codes: Iterable[str]) -> set[str]:
    found: set[str] = set()
    for code in codes:
        current: str | None = code
        while current and current not in found:
            found.add(current)
            current = parent.get(current)
    return found


def names(obj: Mapping[str, str] | None) -> dict[str, str]:
    return dict(obj or {})


def load_refindex(reference: ReferenceData | None = None) -> RefIndex:
    """Build the index from :mod:`desktop.core.refdata` (the application's cached copy)."""
    ref = reference or get_reference_data()
    index = RefIndex()
    for place in ref.places:
        if place.parent is None:
            index.velayats[place.code] = names(place.names)
        else:
            index.etraps[place.code] = names(place.names)
            # A city borough's velayat is its city's velayat.
            index.etrap_velayat[place.code] = ref.places.velayat_of(place.code).code
    for term in ref.rights:
        index.rights.add(term.code)
        index.right_parent[term.code] = term.parent
    for term in ref.act_types:
        index.act_types.add(term.code)
        index.act_parent[term.code] = term.parent
    for name in ref.vocabulary_names():
        index.vocabularies[name] = {term.code for term in ref.vocabulary(name)}
    return index
