"""Questions the UI asks the user, behind one replaceable object.

Screens never call ``QFileDialog``/``QMessageBox`` statics directly; they call the
:class:`Dialogs` instance they were given, so tests replace it with one that answers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Dialogs:
    def ask_open_files(self, parent: QWidget | None, title: str) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(parent, title)
        return list(files)

    def ask_save_file(self, parent: QWidget | None, title: str, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, title, suggested)
        return path or None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def ask_unsaved(self, parent: QWidget | None) -> str:
        """Closing with unsaved changes: returns "save", "discard" or "cancel"."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved changes"))
        box.setText(
            QCoreApplication.translate(
                "Dialogs", "This observation has changes that are not saved yet."
            )
        )
        box.setStandardButtons(
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        from desktop.ui.error_dialog import ErrorDialog

        ErrorDialog(title, text, details, parent).exec()


def core_message(text: str) -> str:
    """A core error message (English source marked ``QT_TRANSLATE_NOOP("core", ...)``)."""
    return QCoreApplication.translate("core", text)
