"""Focus and state (issue 19 item 7) and languages (item 9): the passphrase field takes the
next try at once, the lock screen speaks the session's language, the status bar counts
attachments still to upload, Qt's own dialogs speak Russian and ours speak Turkmen too."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QFileDialog

from desktop.ui import i18n
from desktop.ui.dialogs import file_dialog
from desktop.ui.hub import hub
from desktop.ui.sizes import format_size
from desktop.ui.sync_status import SyncStatus
from tests.ui.helpers import activate


def test_after_a_wrong_passphrase_typing_goes_to_the_field(
    qtbot: Any, profile_on_disk: Any, main_window: Any
) -> None:
    page = main_window.unlock_page
    activate(qtbot, main_window)
    page.passphrase.setText("wrong one")
    page.button.click()
    qtbot.waitUntil(lambda: page.failures == 1, timeout=20000)
    assert page.passphrase.isEnabled()
    assert QApplication.focusWidget() is page.passphrase
    assert page.passphrase.selectedText() == "wrong one"
    qtbot.keyClicks(QApplication.focusWidget(), "retyped")
    assert page.passphrase.text() == "retyped"  # replaced, without a click


def test_the_lock_screen_speaks_the_sessions_language(qtbot: Any, unlocked: Any) -> None:
    unlocked.set_language("tk")  # e.g. chosen in the settings
    unlocked.lock()
    page = unlocked.unlock_page
    assert page.language.currentData() == "tk"
    assert page.language.currentText() == "Türkmençe"
    # the texts follow once Qt delivers the language change
    qtbot.waitUntil(lambda: page.button.text().replace("&", "") != "Unlock")


def test_qt_dialogs_in_russian_and_our_file_chooser_in_turkmen(qtbot: Any) -> None:
    i18n.set_language("ru")
    # qtbase_ru from PySide6's translations: Qt's own texts (file dialog, context menus)
    assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    dialog = file_dialog(None, "x", QFileDialog.FileMode.ExistingFile)
    assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
    assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "Имя файла:"
    i18n.set_language("tk")  # Qt has no Turkmen: the labels a user reads are ours
    dialog = file_dialog(None, "x", QFileDialog.FileMode.ExistingFile)
    assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "Faýlyň ady:"
    assert dialog.labelText(QFileDialog.DialogLabel.Accept) == "&Aç"
    # and Qt's own texts in the dialog (columns, buttons' tips) from our Turkmen file
    assert QCoreApplication.translate("QFileSystemModel", "Date Modified") == "Üýtgedilen senesi"
    assert QCoreApplication.translate("QFileDialog", "Create New Folder") == "Täze bukja döret"


def test_one_size_format(qtbot: Any) -> None:
    QLocale.setDefault(QLocale("en_GB"))
    assert format_size(750_000_000) == "750.0 MB"
    assert format_size(999) == "999 bytes"
    i18n.set_language("ru")
    QLocale.setDefault(QLocale("ru_RU"))
    try:
        assert format_size(1_500_000) == "1,5 МБ"
    finally:
        QLocale.setDefault(QLocale("en_GB"))


def test_status_bar_counts_attachments_still_to_upload(qtbot: Any) -> None:
    QLocale.setDefault(QLocale("en_GB"))
    status = SyncStatus()
    qtbot.addWidget(status)
    hub().sync_state_changed.emit(
        {"enrolled": True, "queued": 0, "bytes_waiting": 750_000_000, "error_code": "offline"}
    )
    text = status.label.text()
    assert "nothing" not in text
    assert text.startswith("Offline") and "750.0 MB" in text
    hub().sync_state_changed.emit({"enrolled": True, "queued": 0, "bytes_waiting": 0})
    assert "Up to date" in status.label.text()


def test_import_from_the_app_with_the_clis_row_messages(
    qtbot: Any, unlocked: Any, tmp_path: Path
) -> None:
    rows = tmp_path / "records.csv"
    rows.write_text(
        "title,date_start,velayat\n"
        "Detained at the market,2025-03-01,mary\n"
        ",2025-03-02,mary\n"
        "Unknown place,2025-03-03,atlantis\n",
        encoding="utf-8",
    )
    unlocked.dialogs.open_files.append([str(rows)])
    dialog = unlocked.open_import()
    dialog.choose.click()
    assert dialog.path.text() == str(rows)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    assert "Imported: 1. Rows refused: 2." in dialog.summary.text()
    lines = dialog.details.toPlainText().splitlines()
    assert "Row 2: title: This field is required." in lines
    assert any(line.startswith("Row 3: place.velayat:") for line in lines)
    qtbot.waitUntil(lambda: unlocked.workspace.model.total() == 1, timeout=5000)
    # the same messages in the interface language
    unlocked.set_language("ru")
    qtbot.waitUntil(
        lambda: "Строка 2: title: Это поле обязательно." in dialog.details.toPlainText()
    )
    dialog.close()


def test_an_unreadable_import_file_is_explained(qtbot: Any, unlocked: Any, tmp_path: Path) -> None:
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG not records")
    unlocked.dialogs.open_files.append([str(bad)])
    dialog = unlocked.open_import()
    dialog.choose.click()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10000)
    assert "CSV" in dialog.error.text()
    assert unlocked.session.profile.observations.count() == 0
    dialog.close()


def test_import_in_the_app_names_the_line_and_the_valid_codes(
    qtbot: Any, unlocked: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "cp1251.csv"
    bad.write_bytes(
        b"title,date_start,velayat\nA,2025-03-01,mary\n" + "Б,2025-03-01,mary\n".encode("cp1251")
    )
    unlocked.dialogs.open_files.append([str(bad)])
    dialog = unlocked.open_import()
    dialog.choose.click()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog), timeout=10000)
    assert dialog.error.text().startswith("Line 3: ") and "UTF-8" in dialog.error.text()
    places = tmp_path / "places.csv"
    places.write_text("title;date_start;velayat\nA;2025-03-01;atlantis\n", encoding="utf-8")
    unlocked.dialogs.open_files.append([str(places)])
    dialog.choose.click()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=10000)
    (line,) = dialog.details.toPlainText().splitlines()
    assert line.startswith("Row 1: place.velayat: This velayat code is not known.")
    assert "dasoguz" in line and "mary" in line
    dialog.close()
