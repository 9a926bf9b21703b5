"""The rule that settles conflicting received revisions (desktop/core/received/rule.py) and
what changed between two revisions (changes.py): pure functions, every order of arrival."""

from __future__ import annotations

import itertools

from desktop.core.received.changes import field_changes
from desktop.core.received.rule import Revision, conflicted, conflicting, winner


def test_the_same_revision_counts_whatever_order_they_arrive_in() -> None:
    first = Revision("e1" * 32, 2, None)
    a = Revision("9f" * 32, 3, first.envelope_id)
    b = Revision("0a" * 32, 3, first.envelope_id)
    for order in itertools.permutations([first, a, b]):
        assert winner(order) == b  # same number: the smaller envelope id
        assert conflicted(order)
        assert conflicting(order) == [b, a]
    resolved = Revision("ff" * 32, 4, b.envelope_id)
    for order in itertools.permutations([first, a, b, resolved]):
        assert winner(order) == resolved and not conflicted(order)
        assert conflicting(order) == [resolved]
    assert winner([]) is None and not conflicted([]) and conflicting([]) == []


def test_changes_name_the_fields_that_differ_never_an_attachment_key() -> None:
    before = {
        "title": "Suw",
        "rev": 2,
        "updated_at": "x",
        "description": "A",
        "people": [{"name": "Aýna", "role": "witness"}],
        "rights": ["iccpr:art9"],
        "attachments": [{"filename": "a.jpg", "key": "SECRET", "sha256": "1", "size": 1}],
    }
    after = {
        **before,
        "rev": 4,
        "updated_at": "y",
        "description": "B",
        "people": [{"name": "Aýna", "role": "victim"}, {"name": "Merdan", "role": "witness"}],
        "rights": ["iccpr:art9", "iccpr:art19"],
        "attachments": [{"filename": "b.jpg", "key": "OTHER", "sha256": "2", "size": 2}],
        "reply_note": "Jogap",
    }
    changes = {c.path: (c.before, c.after) for c in field_changes(before, after)}
    assert set(changes) == {
        "attachments.0", "description", "people.0.role", "people.1.name", "people.1.role",
        "reply_note", "rights",
    }  # fmt: skip
    assert changes["people.1.name"] == (None, "Merdan")
    assert changes["reply_note"] == (None, "Jogap")
    assert "SECRET" not in repr(changes) and "OTHER" not in repr(changes)
    assert field_changes(before, dict(before)) == []
