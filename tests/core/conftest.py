"""Fixtures for core tests: a fresh profile per test and observation builders."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop.core import database as database_module
from desktop.core.model import IncidentDate, Observation, Person, Place
from desktop.core.paths import Paths, resolve_paths
from desktop.core.profile import Profile

PASSPHRASE = "correct horse battery"


@pytest.fixture
def paths(data_dir: Path) -> Paths:
    return resolve_paths(data_dir)


@pytest.fixture
def profile(paths: Paths) -> Iterator[Profile]:
    with Profile.create(paths, PASSPHRASE) as opened:
        yield opened


def make_obs(**overrides: Any) -> Observation:
    fields: dict[str, Any] = {
        "title": "Detention at the bazaar",
        "date": IncidentDate("2024-03-05"),
        "place": Place("lebap", "lebap-turkmenabat-city", "Türkmenabat"),
        "rights": ["iccpr:art9"],
        "act_types": ["010000000000"],
        "description": "Two people were taken away.",
        "people": [Person(role="victim", name="Aýna Myradowa", sex="female")],
    }
    fields.update(overrides)
    return Observation.new(**fields)


def stop_migrations_at(monkeypatch: pytest.MonkeyPatch, version: int) -> None:
    """Profiles created or opened from now on stop at schema ``version``, as the Fieldbook
    of that version did (``monkeypatch.undo()`` brings every migration back)."""
    monkeypatch.setattr(database_module, "MIGRATIONS", database_module.MIGRATIONS[:version])
    monkeypatch.setattr(database_module, "LATEST_VERSION", version)


def profile_at_version(paths: Paths, monkeypatch: pytest.MonkeyPatch, version: int) -> Profile:
    """A new profile made at schema ``version``; every migration is back afterwards (the
    next unlock runs the rest). Undoes the test's earlier monkeypatches too."""
    stop_migrations_at(monkeypatch, version)
    profile = Profile.create(paths, PASSPHRASE)
    monkeypatch.undo()
    return profile
