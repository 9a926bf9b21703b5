"""Fixtures every test folder may use. Keep this file generic and small."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never try to open a display in tests (set before anything imports Qt).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Profiles made by tests use scrypt N=2^10 instead of 2^17: a documented test-only switch
# (desktop/core/keyfile.py); the cost is recorded in each profile's key header.
os.environ.setdefault("FIELDBOOK_TEST_FAST_KDF", "1")


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty Fieldbook data folder; FIELDBOOK_DATA_DIR points at it."""
    folder = tmp_path / "fieldbook-data"
    monkeypatch.setenv("FIELDBOOK_DATA_DIR", str(folder))
    return folder
