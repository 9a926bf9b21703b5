"""Figures, cross-tables, disclosure control and exports, with no Qt.

The dashboard, the CLI's ``stats`` and ``report``, exports and the report document all read
their numbers from here, so a figure on screen and in a document never disagree:

- :mod:`.facets` — the facts figures count, kept as category rows beside each record;
- :mod:`.figures` — counts and cross-tables of a selection, from the list's columns;
- :mod:`.disclosure` — small-cell suppression, secondary suppression, consent;
- :mod:`.exports` — XLSX, CSV in a ZIP, GeoJSON, with anonymisation;
- :mod:`.document` — the report's content (paragraphs, tables, narratives) before rendering.
"""
