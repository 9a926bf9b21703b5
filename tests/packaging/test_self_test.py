"""`fieldbook --self-test`: passes on a good installation, fails on a broken one, and leaves
nothing behind (not in the temporary folder, not in the home folder)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop import selftest
from desktop.ui import i18n

REPO = Path(__file__).resolve().parents[2]


def _clean_env(home: Path, tmp: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("XDG_", "FIELDBOOK_", "QT_"))
    }
    # The production KDF: the self-test checks what a package really runs.
    env.update(HOME=str(home), TMPDIR=str(tmp), PYTHONPATH=str(REPO))
    return env


def test_self_test_passes_and_leaves_nothing_behind(tmp_path: Path) -> None:
    home, tmp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    tmp.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--self-test"],
        cwd=tmp_path,
        env=_clean_env(home, tmp),
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    steps = ("application", "translations", "resources", "map data", "encrypted profile")
    for step in (*steps, "report", "window"):
        assert any(line.startswith(f"ok   {step}:") for line in lines), done.stdout
    assert lines[-1].startswith("self-test passed")
    assert list(tmp.iterdir()) == []
    assert list(home.rglob("*")) == []
    assert sorted(tmp_path.iterdir()) == sorted([home, tmp])


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    """The in-process runs share the test session's QApplication: a failed translations
    step leaves no translator installed and Turkmen chosen; later tests expect English."""
    yield
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is not None:
        i18n.set_language("en")


def test_a_missing_translation_fails_the_self_test(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "I18N_DIR", tmp_path / "no translations here")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert "FAIL translations: the tk translation did not load" in out.getvalue()
    assert "self-test passed" not in out.getvalue()
    assert list(tmp_path.iterdir()) == []


def test_a_damaged_map_fails_the_self_test(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil

    from desktop.core import refdata as reference

    broken = tmp_path / "resources"
    shutil.copytree(reference.resources_dir(), broken)
    geojson = broken / "map" / "turkmenistan_velayats.geojson"
    geojson.write_text(geojson.read_text("utf-8").replace('"dasoguz"', '"nowhere"'), "utf-8")
    from desktop.ui.coordinator import map_view

    monkeypatch.setattr(reference, "resources_dir", lambda: broken)
    monkeypatch.setattr(map_view, "resources_dir", lambda: broken)
    out = io.StringIO()
    assert selftest.run_self_test(out) == 1
    assert "FAIL map data: the map's nowhere is not a known velayat" in out.getvalue()
