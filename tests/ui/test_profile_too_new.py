"""A profile saved by a newer Fieldbook: the unlock page says so plainly and the profile is
left exactly as it was (an older program after a downgrade, or a copied profile)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from desktop.core.migrations import LATEST_VERSION
from desktop.core.paths import Paths
from desktop.core.profile import Profile
from tests.ui.conftest import PASSPHRASE


def _digests(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def too_new(paths: Paths) -> Paths:
    with Profile.create(paths, PASSPHRASE) as profile:
        profile.database.execute(
            "INSERT INTO schema_version VALUES (?, 'x')", (LATEST_VERSION + 1,)
        )
    return paths


def test_the_unlock_page_says_the_profile_is_newer(
    qtbot: Any, too_new: Paths, main_window: Any
) -> None:
    before = _digests(too_new.data_dir)
    page = main_window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    page.try_unlock()
    expected = QCoreApplication.translate(
        "core",
        "This profile was saved by a newer version of Fieldbook. Install that version or a "
        "later one to open it; the profile has not been changed.",
    )
    qtbot.waitUntil(lambda: page.message.text() == expected, timeout=20000)
    assert main_window.session.profile is None
    assert main_window.stack.currentWidget() is page
    assert page.failures == 0  # not counted as a wrong passphrase: no growing delay
    assert _digests(too_new.data_dir) == before
