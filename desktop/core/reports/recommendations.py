"""UN recommendations a State received, kept inside the encrypted profile, and the cases
that bear on each (the report's annex).

A recommendation's key is its document symbol and paragraph (``A/HRC/39/3 para 114.12``,
see :mod:`.references`), the same key a record carries in ``Observation.recommendations``.
Recommendations are public UN texts, but which ones an office loaded (and later, what it
notes about them) is its own business: the table lives in the SQLCipher profile like every
other row. Importing the same file again changes nothing (rows are keyed, not appended).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from desktop.core.reports.references import recommendation_key

SUPPORTED, NOTED = "supported", "noted"

#: Migration (appended to desktop/core/migrations.py): one row per recommendation, its
#: fields as JSON so later export columns need no migration.
RECOMMENDATIONS_MIGRATION = """
    CREATE TABLE un_recommendations (
        key TEXT PRIMARY KEY,
        body TEXT NOT NULL,
        imported_at TEXT NOT NULL
    );
"""


@dataclass
class Recommendation:
    symbol: str  # "A/HRC/39/3"
    paragraph: str  # "114.12"
    text: str = ""
    response: str = ""  # SUPPORTED, NOTED or "" (not known)
    sdg_targets: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)  # UPR theme codes where known
    theme_names: list[str] = field(default_factory=list)  # as the export names them
    affected_persons: list[str] = field(default_factory=list)
    recommending: str = ""  # the recommending State(s) or body, where the export says
    annotation_id: str = ""

    @property
    def key(self) -> str:
        return recommendation_key(self.symbol, self.paragraph)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Recommendation:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int

    @property
    def total(self) -> int:
        return self.added + self.updated + self.unchanged


def _paragraph_order(key: str) -> tuple[Any, ...]:
    symbol, _sep, paragraph = key.partition(" para ")
    return (symbol, *(int(p) if p.isdigit() else 0 for p in paragraph.split(".")))


class RecommendationStore:
    """The profile's recommendations (table ``un_recommendations``)."""

    def __init__(self, database: Any) -> None:
        self._db = database

    def save_all(self, items: Sequence[Recommendation]) -> ImportResult:
        """Store ``items`` in one transaction: new keys added, changed ones replaced, equal
        ones left alone (so importing a file twice reports everything unchanged)."""
        now = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        added = updated = unchanged = 0
        with self._db.transaction() as conn:
            for item in items:
                body = json.dumps(item.to_dict(), ensure_ascii=False, sort_keys=True)
                row = conn.execute(
                    "SELECT body FROM un_recommendations WHERE key = ?", (item.key,)
                ).fetchone()
                if row is not None and row[0] == body:
                    unchanged += 1
                    continue
                if row is None:
                    added += 1
                else:
                    updated += 1
                conn.execute(
                    "INSERT INTO un_recommendations (key, body, imported_at) VALUES (?, ?, ?)"
                    " ON CONFLICT(key) DO UPDATE SET body = excluded.body,"
                    " imported_at = excluded.imported_at",
                    (item.key, body, now),
                )
        return ImportResult(added, updated, unchanged)

    def all(self) -> list[Recommendation]:
        """Every recommendation, by document and paragraph (114.2 before 114.12)."""
        rows = self._db.query("SELECT key, body FROM un_recommendations")
        rows.sort(key=lambda r: _paragraph_order(r[0]))
        return [Recommendation.from_dict(json.loads(body)) for _key, body in rows]

    def get(self, key: str) -> Recommendation | None:
        row = self._db.one("SELECT body FROM un_recommendations WHERE key = ?", (key,))
        return None if row is None else Recommendation.from_dict(json.loads(row[0]))

    def count(self) -> int:
        return int(self._db.one("SELECT count(*) FROM un_recommendations")[0])


def keys_in_order(keys: Iterable[str]) -> list[str]:
    return sorted(set(keys), key=_paragraph_order)
