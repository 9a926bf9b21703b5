"""The CLI speaks the profile's language (before unlock: the language last chosen in the
app), for its own messages and the core's."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import cli_text
from desktop.cli import EXIT_BAD_INPUT, EXIT_OK, EXIT_WRONG_PASSPHRASE, main

from .conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(
    not (cli_text.I18N_DIR / "fieldbook_ru.qm").exists(), reason="translations not compiled"
)


@pytest.fixture(autouse=True)
def english_afterwards() -> object:
    yield
    cli_text.use_language("en")


def test_import_messages_in_the_profiles_language(
    data_dir: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", PASSPHRASE)
    assert main(["init", "--language", "ru"]) == EXIT_OK
    assert "Профиль создан" in capsys.readouterr().out
    rows = tmp_path / "in.csv"
    rows.write_text("title,date_start\nGood,2024-02-03\n,2024-02-03\n", encoding="utf-8")
    assert main(["import", str(rows)]) == EXIT_BAD_INPUT
    captured = capsys.readouterr()
    assert "импортировано 1, отклонено 1" in captured.out
    assert "строка 2: title: required: Это поле обязательно." in captured.err


def test_before_unlock_the_apps_last_language(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", PASSPHRASE)
    assert main(["init"]) == EXIT_OK
    (data_dir / "ui.ini").write_text("[General]\nlanguage=tk\n", encoding="utf-8")
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", "not the passphrase")
    capsys.readouterr()
    assert main(["list"]) == EXIT_WRONG_PASSPHRASE
    err = capsys.readouterr().err
    assert err.startswith("fieldbook: ") and "passphrase" not in err.lower()


def test_english_when_nothing_is_chosen(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FIELDBOOK_PASSPHRASE", PASSPHRASE)
    assert main(["init"]) == EXIT_OK
    assert "Created profile" in capsys.readouterr().out
