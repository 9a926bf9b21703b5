"""The coordinator's desk (issue 15 items 2 and 3): the Received list, a received record's
read-only view, its revisions and conflicts, and reviewing (one record, or a selection)."""
