"""The one list engine: queries, SQL plans, the index in memory, the text index and its
upkeep, for records of any author (see docs/CORE_API.md, listing).

- :mod:`.query` — what a list asks (:class:`ObservationQuery`) and gets (:class:`ObservationRow`)
- :mod:`.service` — :class:`ListingService`, the one entry (``profile.listing``)
- :mod:`.plans`, :mod:`.cache` — the SQL plans and the tables of matches they keep
- :mod:`.columns`, :mod:`.memindex` — the list's columns and orders in memory
- :mod:`.textindex`, :mod:`.upkeep` — the records' words, FTS5, and its idle upkeep
"""

from desktop.core.listing.columns import Selection
from desktop.core.listing.query import ObservationQuery, ObservationRow
from desktop.core.listing.service import ListingService

__all__ = ["ListingService", "ObservationQuery", "ObservationRow", "Selection"]
