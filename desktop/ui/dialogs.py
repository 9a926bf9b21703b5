"""Questions the UI asks the user, behind one replaceable object.

Screens never call ``QFileDialog``/``QMessageBox`` statics directly; they call the
:class:`Dialogs` instance they were given, so tests replace it with one that answers.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def file_dialog(
    parent: QWidget | None, title: str, mode: QFileDialog.FileMode, filters: str = ""
) -> QFileDialog:
    """Qt's own file dialog, not the desktop's: the desktop's speaks the system's language,
    not the one chosen in Fieldbook, and nobody ships one in Turkmen. Qt's labels come from
    qtbase's Russian translation; the ones a user reads first are ours, so Turkmen has them."""
    dialog = QFileDialog(parent, title)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    if filters:
        dialog.setNameFilters([filters, QCoreApplication.translate("FileDialog", "All files (*)")])
    saving = mode == QFileDialog.FileMode.AnyFile
    dialog.setAcceptMode(
        QFileDialog.AcceptMode.AcceptSave if saving else QFileDialog.AcceptMode.AcceptOpen
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("FileDialog", "Look in:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileName, QCoreApplication.translate("FileDialog", "File name:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileType, QCoreApplication.translate("FileDialog", "Files of type:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.Accept,
        QCoreApplication.translate("FileDialog", "&Save")
        if saving
        else QCoreApplication.translate("FileDialog", "&Open"),
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.Reject, QCoreApplication.translate("FileDialog", "Cancel")
    )
    return dialog


class Dialogs:
    def ask_open_files(self, parent: QWidget | None, title: str) -> list[str]:
        dialog = file_dialog(parent, title, QFileDialog.FileMode.ExistingFiles)
        return list(dialog.selectedFiles()) if dialog.exec() else []

    def ask_import_file(self, parent: QWidget | None, title: str) -> str | None:
        dialog = file_dialog(
            parent,
            title,
            QFileDialog.FileMode.ExistingFile,
            QCoreApplication.translate("FileDialog", "Observations (*.csv *.json *.txt)"),
        )
        files = dialog.selectedFiles() if dialog.exec() else []
        return str(files[0]) if files else None

    def ask_save_file(self, parent: QWidget | None, title: str, suggested: str) -> str | None:
        dialog = file_dialog(parent, title, QFileDialog.FileMode.AnyFile)
        dialog.selectFile(suggested)
        files = dialog.selectedFiles() if dialog.exec() else []
        return str(files[0]) if files else None

    def ask_folder(self, parent: QWidget | None, title: str) -> str | None:
        dialog = file_dialog(parent, title, QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        files = dialog.selectedFiles() if dialog.exec() else []
        return str(files[0]) if files else None

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        _translate(box)
        return box.exec() == QMessageBox.StandardButton.Yes

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
        _translate(box)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return "save"
        if answer == QMessageBox.StandardButton.Discard:
            return "discard"
        return "cancel"

    def ask_passphrase(self, parent: QWidget | None, title: str, confirm: bool) -> str | None:
        """A passphrase (asked twice with ``confirm``); None when cancelled or different."""
        first, ok = QInputDialog.getText(parent, title, title, QLineEdit.EchoMode.Password)
        if not ok or not first:
            return None
        if confirm:
            again, ok = QInputDialog.getText(
                parent, title, QCoreApplication.translate("Dialogs", "Repeat:"),
                QLineEdit.EchoMode.Password,
            )  # fmt: skip
            if not ok or again != first:
                return None
        return str(first)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        from desktop.ui.error_dialog import ErrorDialog

        ErrorDialog(title, text, details, parent).exec()


def _translate(box: QMessageBox) -> None:
    from desktop.ui.widgets import button_text

    for button in box.buttons():
        text = button_text(box.standardButton(button).value)
        if text:
            button.setText(text)


def core_message(text: str) -> str:
    """A core error message (English source marked ``QT_TRANSLATE_NOOP("core", ...)``)."""
    return QCoreApplication.translate("core", text)
