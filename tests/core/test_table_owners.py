"""Each table of the profile is written by one module (issue 14): the SQL of every module
in desktop/core is read for writes (INSERT, UPDATE, DELETE, REPLACE) and each written table
must belong to the module (or package) that writes it. Everything else changes a table
through its owner's named operations (``ObservationService.mark_sent``, ``mark_unsealed``,
``revise_attachments``, ``ReviewService.mark_unsealed``, …). Migrations write anything."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.core.profile import Profile

CORE = Path(__file__).resolve().parents[2] / "desktop" / "core"

#: table → the module file or package folder (relative to desktop/core) that writes it
OWNERS = {
    "observations": "observations/",
    "observation_bodies": "observations/",
    "revisions": "observations/",
    "status_changes": "observations/",
    "observation_categories": "observations/",
    "observation_words": "listing/",
    "observations_fts": "listing/",
    "attachments": "attachments.py",
    "thumbnails": "attachments.py",
    "settings": "settings.py",
    "identity": "profile.py",
    "schema_version": "database.py",
    "reviews": "reviews.py",
    "outbox": "sync/",
    "outbox_envelopes": "sync/",
    "blob_uploads": "sync/",
    "inbox": "sync/",
    "inbox_receipts": "sync/",
    "device_keys": "sync/",
    "sync_state": "sync/",
    "sync_log": "sync/",
    "un_recommendations": "reports/recommendations.py",
    "known_devices": "received/",
    # the observations' triggers write it, and a page of received rows logs itself
    "list_changes": "observations/",
}
#: Migrations create and fill every module's tables.
MIGRATION_MODULES = {"migrations.py", "schema.py", "received_schema.py", "sync/schema.py"}
#: Temporary tables of one connection, named by a variable: the result cache's pk sets.
TEMPORARY = {"listing/cache.py": {"{table}"}}
#: What a table name written through a constant stands for.
CONSTANTS = {"{WORDS_TABLE}": "observation_words", "{_RECENT_TABLE_V8}": "observations_text_new"}

_WRITE = re.compile(
    r"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|DELETE\s+FROM|UPDATE)\s+"
    r"(\{\w+\}|[a-z_][a-z0-9_.]*)"
)


def writes(text: str) -> set[str]:
    found = set()
    for match in _WRITE.finditer(text):
        name = CONSTANTS.get(match.group(1), match.group(1))
        if name == "SET" or name.startswith("temp."):
            continue  # "ON CONFLICT … DO UPDATE SET"; temporary tables of one connection
        found.add(name)  # a name written through an unknown constant stays "{…}": no owner
    return found


def _owner_of(path: Path) -> str:
    return path.relative_to(CORE).as_posix()


def test_the_scanner_sees_writes() -> None:
    assert writes('conn.execute("UPDATE revisions SET x = 1")') == {"revisions"}
    assert writes("INSERT OR IGNORE INTO observation_categories (kind)") == {
        "observation_categories"
    }
    assert writes('f"INSERT INTO {WORDS_TABLE} (pk)"') == {"observation_words"}
    assert writes("ON CONFLICT (key) DO UPDATE SET value = excluded.value") == set()
    assert writes("DELETE FROM thumbnails WHERE") == {"thumbnails"}
    assert writes('f"DELETE FROM {table} WHERE"') == {"{table}"}  # reported: no owner
    assert writes("Update Fieldbook, then try again.") == set()  # SQL is upper case here


def test_every_table_is_written_by_its_owner_only() -> None:
    wrong = []
    for path in sorted(CORE.rglob("*.py")):
        module = _owner_of(path)
        if module in MIGRATION_MODULES:
            continue
        for table in writes(path.read_text(encoding="utf-8")) - TEMPORARY.get(module, set()):
            owner = OWNERS.get(table)
            if owner is None:
                wrong.append(f"{module} writes {table}, which has no owner in this test")
            elif not (module == owner or (owner.endswith("/") and module.startswith(owner))):
                wrong.append(f"{module} writes {table}, owned by {owner}")
    assert wrong == []


def test_every_owned_table_exists(profile: Profile) -> None:
    tables = {
        r[0] for r in profile.database.query("SELECT name FROM sqlite_master WHERE type = 'table'")
    }
    assert set(OWNERS) <= tables
    # …and every table of a new profile has an owner (FTS5's shadow tables are its own)
    shadows = {t for t in tables if t.startswith("observations_fts_")}
    assert tables - shadows - set(OWNERS) == set()
