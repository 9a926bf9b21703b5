"""The unlock screen, shown at every start and whenever the profile is locked.

It shows nothing recorded: the app name, a passphrase field and a language choice. A wrong
passphrase gets a calm message; from the third failure on, each retry waits a little longer
(5 s, 10 s, 20 s … up to 5 minutes). The KDF itself makes each guess slow; the delay makes
a stranger's guessing at the keyboard pointless.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n, icons
from desktop.ui.dialogs import core_message
from desktop.ui.widgets import ErrorLabel, heading
from desktop.ui.workers import run_task

log = logging.getLogger(__name__)


class UnlockPage(QWidget):
    unlocked = Signal(object)  # the open profile
    language_chosen = Signal(str)

    #: Failures allowed before delays start, first delay (seconds), and the cap.
    FREE_ATTEMPTS = 2
    BASE_DELAY = 5.0
    MAX_DELAY = 300.0

    def __init__(
        self,
        unlock_profile: Callable[[str], Any],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._unlock_profile = unlock_profile
        self.setObjectName("unlock")
        self.failures = 0
        self._wait_left = 0
        self._busy = False

        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addStretch(1)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(str(self.language.currentData()))
        )
        top.addWidget(self.language)
        outer.addLayout(top)
        outer.addStretch(1)

        box = QWidget()
        box.setMaximumWidth(520)
        column = QVBoxLayout(box)
        self.logo = QLabel()
        self.logo.setPixmap(icons.app_icon().pixmap(64, 64))
        self.logo.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.title = heading("Fieldbook", 1.8)
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.passphrase.textChanged.connect(self._update)
        self.button = QPushButton()
        self.button.setDefault(True)
        self.button.clicked.connect(self.try_unlock)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.button)
        self.message = ErrorLabel()
        self.message.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.setVisible(False)
        column.addWidget(self.logo)
        column.addWidget(self.title)
        column.addWidget(self.prompt)
        column.addSpacing(12)
        column.addLayout(row)
        column.addWidget(self.progress)
        column.addWidget(self.message)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(box, 3)
        centre.addStretch(1)
        outer.addLayout(centre)
        outer.addStretch(2)

        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        self.retranslate()
        self._update()

    # -- unlocking -------------------------------------------------------------------

    def reset(self) -> None:
        """Shown again (after a lock): empty field, focus there. Failures are kept."""
        self.passphrase.clear()
        if self._wait_left == 0:
            self.message.clear_error()
        self.passphrase.setFocus()
        self._update()

    def can_try(self) -> bool:
        return not self._busy and self._wait_left == 0 and bool(self.passphrase.text())

    def try_unlock(self) -> None:
        if not self.can_try():
            return
        self._busy = True
        self.progress.setVisible(True)
        self.message.clear_error()
        self._update()
        run_task(
            self._unlock_profile,
            self.passphrase.text(),
            on_done=self._done,
            on_error=self._failed,
        )

    def _done(self, profile: Any) -> None:
        self._busy = False
        self.progress.setVisible(False)
        self.failures = 0
        self.passphrase.clear()
        self._update()
        log.info("unlocked")
        self.unlocked.emit(profile)

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.errors import CoreError, WrongPassphraseError

        self._busy = False
        self.progress.setVisible(False)
        if isinstance(exc, WrongPassphraseError):
            self.failures += 1
            log.info("wrong passphrase (%d)", self.failures)
            delay = self.delay_for(self.failures)
            if delay:
                self._wait_left = int(delay)
                self._timer.start()
            self._show_failure()
        elif isinstance(exc, CoreError):
            log.warning("unlock failed: %s", exc.code)
            self.message.show_error(core_message(exc.message))
        else:
            log.error("unlock failed: %s", type(exc).__name__)
            self.message.show_error(
                self.tr("The profile could not be opened (%1).").replace("%1", type(exc).__name__)
            )
        # The field was disabled while the key was derived, and a disabled widget takes no
        # focus: enable it first, then the next keystroke replaces the wrong passphrase.
        self._update()
        self.passphrase.selectAll()
        self.passphrase.setFocus()
        self.activateWindow()

    @classmethod
    def delay_for(cls, failures: int) -> float:
        extra = failures - cls.FREE_ATTEMPTS
        if extra <= 0:
            return 0.0
        return float(min(cls.MAX_DELAY, cls.BASE_DELAY * 2 ** (extra - 1)))

    def _show_failure(self) -> None:
        text = self.tr(
            "That passphrase did not open the profile. Check the keyboard layout and "
            "Caps Lock, then try again."
        )
        if self._wait_left:
            text += "\n" + self.tr("You can try again in %n second(s).", "", self._wait_left)
        self.message.show_error(text)

    def _tick(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left == 0:
            self._timer.stop()
        self._show_failure()
        self._update()

    def _update(self) -> None:
        self.button.setEnabled(self.can_try())
        self.passphrase.setEnabled(not self._busy)

    # -- translation -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_language(self, code: str) -> None:
        """Show the session's language (chosen in the settings, or the profile's)."""
        index = self.language.findData(code)
        if index >= 0 and index != self.language.currentIndex():
            self.language.blockSignals(True)
            self.language.setCurrentIndex(index)
            self.language.blockSignals(False)

    def retranslate(self) -> None:
        self.show_language(i18n.current_language())
        self.prompt.setText(self.tr("Enter your passphrase to open your records."))
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.button.setText(self.tr("&Unlock"))
        self.language.setAccessibleName(self.tr("Language"))
        if self.failures:
            self._show_failure()
