"""Terms and taxonomies (rights, types of act, vocabularies)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.core.refdata.common import LANGUAGES, ReferenceDataError
from desktop.core.refdata.text import _word_line, words_of

# ---------------------------------------------------------------------------------------------
# terms and taxonomies


@dataclass(frozen=True, slots=True)
class Term:
    """One entry of a taxonomy or vocabulary."""

    code: str
    parent: str | None
    level: int
    labels: dict[str, str] = field(hash=False)
    review: tuple[str, ...] = ()
    notation: str = ""

    def label(self, lang: str = "en") -> str:
        """The label in ``lang``, falling back to English (then to the code)."""
        return self.labels.get(lang) or self.labels.get("en") or self.code

    def needs_review(self, lang: str) -> bool:
        """True if the ``lang`` label was written by the team and awaits native review."""
        return lang in self.review


def _term_from_json(raw: Mapping[str, Any]) -> Term:
    labels = {str(k): str(v) for k, v in raw["labels"].items()}
    return Term(
        code=str(raw["code"]),
        parent=None if raw.get("parent") is None else str(raw["parent"]),
        level=int(raw.get("level", 0)),
        labels=labels,
        review=tuple(str(x) for x in raw.get("review", ())),
        notation=str(raw.get("notation", "")),
    )


class Taxonomy:
    """A hierarchy of terms, kept in hierarchy (depth-first) order."""

    def __init__(self, name: str, terms: Sequence[Term]) -> None:
        self.name = name
        self._terms: tuple[Term, ...] = tuple(terms)
        self._by_code: dict[str, Term] = {}
        self._children: dict[str | None, list[Term]] = {}
        for t in self._terms:
            if t.code in self._by_code:
                raise ReferenceDataError(f"{name}: duplicate code {t.code}")
            self._by_code[t.code] = t
            self._children.setdefault(t.parent, []).append(t)
        for t in self._terms:
            if t.parent is not None and t.parent not in self._by_code:
                raise ReferenceDataError(f"{name}: {t.code} has unknown parent {t.parent}")
        self._folded: tuple[tuple[str, ...], ...] | None = None

    def __len__(self) -> int:
        return len(self._terms)

    def __iter__(self) -> Iterator[Term]:
        return iter(self._terms)

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __getitem__(self, code: str) -> Term:
        return self._by_code[code]

    def __repr__(self) -> str:
        return f"<Taxonomy {self.name}: {len(self._terms)} terms>"

    def get(self, code: str) -> Term | None:
        """The term with this code, or None."""
        return self._by_code.get(code)

    def roots(self) -> list[Term]:
        return list(self._children.get(None, ()))

    def children(self, code: str | None = None) -> list[Term]:
        """Direct children of ``code`` (the roots when ``code`` is None), in order.

        Raises KeyError for an unknown code.
        """
        if code is not None and code not in self._by_code:
            raise KeyError(code)
        return list(self._children.get(code, ()))

    def ancestors(self, code: str) -> list[Term]:
        """The ancestors of ``code`` from the root down to its parent (the term excluded).

        Raises KeyError for an unknown code.
        """
        chain: list[Term] = []
        parent = self._by_code[code].parent
        while parent is not None:
            term = self._by_code[parent]
            chain.append(term)
            parent = term.parent
        chain.reverse()
        return chain

    def path(self, code: str) -> list[Term]:
        """Ancestors then the term itself."""
        return [*self.ancestors(code), self._by_code[code]]

    def descendants(self, code: str) -> list[Term]:
        """Every term below ``code``, in hierarchy order."""
        out: list[Term] = []
        stack = list(reversed(self.children(code)))
        while stack:
            term = stack.pop()
            out.append(term)
            stack.extend(reversed(self._children.get(term.code, ())))
        return out

    def _folded_labels(self) -> tuple[tuple[str, ...], ...]:
        # per term: " word word …" for en, ru, tk and the notation; a query word matches a
        # word beginning when " " + query is a substring
        if self._folded is None:
            self._folded = tuple(
                (
                    *(_word_line(t.labels.get(lang, "")) for lang in LANGUAGES),
                    _word_line(t.notation),
                )
                for t in self._terms
            )
        return self._folded

    def search(self, text: str, lang: str | None = None) -> list[Term]:
        """Terms whose label has, for every word of ``text``, a word starting with it.

        Results come in hierarchy order. Matching is case-insensitive (casefold,
        Unicode-normalised) and keeps Turkmen diacritics distinct ("ŞÄHER" finds "şäher";
        "sud" does not find "süd"). Query words match word beginnings, which suits the
        suffixing Turkmen and Russian words ("gynam" finds "Gynamak", "пытк" finds "Пытки"
        but not "Попытка"). With ``lang`` only that language's label is searched; otherwise
        any of en/ru/tk and the notation (such as "ICCPR art. 7") may match. An empty query
        returns every term.
        """
        if lang is not None and lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
        query = [" " + q for q in words_of(text)]
        if not query:
            return list(self._terms)
        columns = [LANGUAGES.index(lang)] if lang is not None else list(range(len(LANGUAGES) + 1))
        hits: list[Term] = []
        for term, folded in zip(self._terms, self._folded_labels(), strict=True):
            for col in columns:
                line = folded[col]
                if all(q in line for q in query):
                    hits.append(term)
                    break
        return hits
