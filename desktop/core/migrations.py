"""The profile database schema: one ordered list of migrations, whichever module owns
the tables each one makes.

Migration *n* takes the database from version *n-1* to *n*; ``schema_version`` holds one row
per applied migration. Add migrations at the end, never edit an applied one. The migrations
themselves live with their tables' owners: :mod:`desktop.core.schema` (records, lists,
settings, attachments) and :mod:`desktop.core.sync.schema` (outbox, inbox, reviews, keys,
log); this list only orders them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from desktop.core import received_schema
from desktop.core import schema as core
from desktop.core.reports import recommendations
from desktop.core.sync import schema as sync

#: A migration is SQL, or a function given the connection (inside the migration's
#: transaction) for one that needs Python.
Migration = str | Callable[[Any], None]

MIGRATIONS: list[Migration] = [
    # 1: the first schema.
    core.FIRST_SCHEMA,
    # 2: the sync engine's outbox, uploads, inbox, reviews, author keys and log.
    sync.SYNC_MIGRATION,
    # 3: sort indexes that carry every filter column. A list page walks one of them in sort
    # order and tests the filters on the index entry alone, so it never sorts a large result
    # and never reads table rows it does not show: its cost is bounded by one index scan
    # (100,000 short entries), whatever the filter.
    core.SORT_INDEXES,
    # 4: FTS5 segment merging leaves the save path. With automerge, every 64th save paid a
    # merge (~90 ms at 100,000 observations); the maintenance thread now merges in small
    # steps between saves, and crisismerge stays as the safety net for bulk imports.
    core.MERGING_OFF_THE_SAVE,
    # 5: the full-text index without word positions, with a one-letter prefix index.
    core.fts_without_positions,
    # 6: a smaller emergency merge. Merging stays with the upkeep thread, but a burst of
    # saves (a sync pull, fast typing through a list) outruns it, and then every 64th save
    # merged 64 segments at once (~25 ms of CPU at 100,000 observations, the save p99);
    # 16 segments cost a quarter of that, four times as often.
    core.SMALLER_CRISIS_MERGE,
    # 7: the outbox's envelope bytes in a table of their own (see the sync schema).
    sync.OUTBOX_ENVELOPES_MIGRATION,
    # 8: the recent texts beside the full-text index.
    core.recent_texts,
    # 9: act types with their broader ones, for the act type filter.
    core.act_tree_rows,
    # 10: the full-text index with prefixes up to 6 letters.
    core.fts_longer_prefixes,
    # 11: outbox rows tell adopted envelopes from sealed revisions (see the sync schema).
    sync.OUTBOX_ADOPTED_MIGRATION,
    # 12: every record's words beside the full-text index.
    core.words_of_every_record,
    # 13: a log of the records whose list columns changed, by any connection, so the list's
    # index in memory (desktop/core/listing/memindex.py) reads again only those. The log keeps the
    # last few thousand changes; an index further behind reads everything.
    core.LIST_CHANGES,
    # 14: the facts figures count (victims' sex and age, perpetrators, source, follow-up,
    # consent, author) as category rows (desktop/core/reports/facets.py).
    core.report_facets,
    # 15: rights with their treaty, for the rights filter.
    core.right_tree_rows,
    # 16: words folded without diacritics, and the full-text index rebuilt from them.
    core.folded_words,
    # 17: reviews ordered by the server's sequence (see the sync schema).
    sync.REVIEWS_SERVER_SEQ_MIGRATION,
    # 18: the server's receipts of received envelopes (see the sync schema).
    sync.INBOX_RECEIPTS_MIGRATION,
    # 19: the UN recommendations an office loaded (desktop/core/reports/recommendations.py).
    recommendations.RECOMMENDATIONS_MIGRATION,
    # 20: received observations as rows of the records' tables, with the columns that say
    # whose a record is (author, organisation, received, unread, attachments, conflict),
    # and the network's device list; a coordinator's inbox stored so (issue 15).
    received_schema.received_records,
    # 21: the records' links to UN recommendations, UPR themes and SDG targets as facet rows
    # (desktop/core/reports/facets.py: LINK_KINDS), so figures count by them; the same
    # function as 14, which adds only the rows missing.
    core.report_facets,
    # 22: the incidents' coordinates as facet rows, for the coordinators' map (same function).
    core.report_facets,
]

LATEST_VERSION = len(MIGRATIONS)
