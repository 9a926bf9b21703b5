"""First run: language, passphrase (twice, with a strength hint and a plain warning), then the
organisation's name and velayat. Finishing creates the encrypted profile in a worker (the KDF
takes a moment) and emits :attr:`FirstRunPage.created` with the open profile."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.dialogs import core_message
from desktop.ui.widgets import ErrorLabel, heading, passphrase_strength
from desktop.ui.workers import run_task

log = logging.getLogger(__name__)

MIN_PASSPHRASE = 8


class FirstRunPage(QWidget):
    """Three steps in a stack with Back / Next; :attr:`created` carries the new profile."""

    created = Signal(object)
    language_chosen = Signal(str)

    def __init__(
        self,
        create_profile: Callable[..., Any],
        velayat_choices: Callable[[], list[tuple[str, str]]],
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._create_profile = create_profile
        self._velayat_choices = velayat_choices
        self.setObjectName("first_run")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 24)
        self.title = heading()
        self.step_label = QLabel()
        outer.addWidget(self.title)
        outer.addWidget(self.step_label)

        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)

        # 1. Language
        lang_page = QWidget()
        lang_layout = QVBoxLayout(lang_page)
        self.lang_intro = QLabel()
        self.lang_intro.setWordWrap(True)
        lang_layout.addWidget(self.lang_intro)
        self.lang_group = QButtonGroup(self)
        self.lang_buttons: dict[str, QRadioButton] = {}
        for code, name in i18n.LANGUAGES:
            button = QRadioButton(name)
            button.setProperty("lang", code)
            self.lang_group.addButton(button)
            self.lang_buttons[code] = button
            lang_layout.addWidget(button)
            button.toggled.connect(self._language_toggled)
        self.lang_buttons.get(language, self.lang_buttons["en"]).setChecked(True)
        lang_layout.addStretch(1)
        self.pages.addWidget(lang_page)

        # 2. Passphrase
        pass_page = QWidget()
        pass_layout = QVBoxLayout(pass_page)
        self.pass_intro = QLabel()
        self.pass_intro.setWordWrap(True)
        pass_layout.addWidget(self.pass_intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label = QLabel()
        self.repeat_label = QLabel()
        self.passphrase_label.setBuddy(self.passphrase)
        self.repeat_label.setBuddy(self.repeat)
        form.addRow(self.passphrase_label, self.passphrase)
        form.addRow(self.repeat_label, self.repeat)
        pass_layout.addLayout(form)
        strength_row = QHBoxLayout()
        self.strength_bar = QProgressBar()
        self.strength_bar.setRange(0, 3)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumWidth(160)
        self.strength_label = QLabel()
        strength_row.addWidget(self.strength_bar)
        strength_row.addWidget(self.strength_label, 1)
        pass_layout.addLayout(strength_row)
        self.mismatch = ErrorLabel()
        pass_layout.addWidget(self.mismatch)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setFrameShape(QLabel.Shape.StyledPanel)
        self.warning.setContentsMargins(8, 8, 8, 8)
        pass_layout.addWidget(self.warning)
        pass_layout.addStretch(1)
        self.passphrase.textChanged.connect(self._passphrase_changed)
        self.repeat.textChanged.connect(self._passphrase_changed)
        self.pages.addWidget(pass_page)

        # 3. Organisation
        org_page = QWidget()
        org_layout = QVBoxLayout(org_page)
        self.org_intro = QLabel()
        self.org_intro.setWordWrap(True)
        org_layout.addWidget(self.org_intro)
        org_form = QFormLayout()
        org_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.org_name = QLineEdit()
        self.org_label = QLabel()
        self.org_label.setBuddy(self.org_name)
        self.velayat = QComboBox()
        self.velayat_label = QLabel()
        self.velayat_label.setBuddy(self.velayat)
        org_form.addRow(self.org_label, self.org_name)
        org_form.addRow(self.velayat_label, self.velayat)
        org_layout.addLayout(org_form)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setVisible(False)
        self.busy_label = QLabel()
        self.busy_label.setVisible(False)
        org_layout.addWidget(self.busy_label)
        org_layout.addWidget(self.busy)
        self.create_error = ErrorLabel()
        org_layout.addWidget(self.create_error)
        org_layout.addStretch(1)
        self.pages.addWidget(org_page)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.setAutoDefault(True)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        outer.addLayout(buttons)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.passphrase.returnPressed.connect(self.repeat.setFocus)
        self.repeat.returnPressed.connect(self.next)
        self.org_name.returnPressed.connect(self.next)

        self.retranslate()
        self._update_buttons()

    # -- language --------------------------------------------------------------------

    def chosen_language(self) -> str:
        button = self.lang_group.checkedButton()
        return str(button.property("lang")) if button is not None else "en"

    def _language_toggled(self, checked: bool) -> None:
        if checked:
            self.language_chosen.emit(self.chosen_language())

    # -- steps -----------------------------------------------------------------------

    def step(self) -> int:
        return self.pages.currentIndex()

    def back(self) -> None:
        if self.step() > 0 and not self.busy.isVisible():
            self.pages.setCurrentIndex(self.step() - 1)
            self._update_buttons()

    def next(self) -> None:
        if not self.next_button.isEnabled():
            return
        if self.step() < self.pages.count() - 1:
            self.pages.setCurrentIndex(self.step() + 1)
            self._update_buttons()
            if self.step() == 1:
                self.passphrase.setFocus()
            elif self.step() == 2:
                self._fill_velayats()
                self.org_name.setFocus()
            return
        self.finish()

    def _passphrase_ok(self) -> bool:
        text = self.passphrase.text()
        return len(text) >= MIN_PASSPHRASE and text == self.repeat.text()

    def _passphrase_changed(self) -> None:
        strength = passphrase_strength(self.passphrase.text())
        self.strength_bar.setValue(strength)
        self.strength_label.setText(self._strength_text(strength))
        repeat = self.repeat.text()
        if repeat and repeat != self.passphrase.text()[: len(repeat)]:
            self.mismatch.show_error(self.tr("The two passphrases are not the same."))
        else:
            self.mismatch.clear_error()
        self._update_buttons()

    def _strength_text(self, strength: int) -> str:
        if not self.passphrase.text():
            return self.tr("Use four or more unrelated words.")
        return [
            self.tr("Too short: at least 8 characters."),
            self.tr("Weak: add more words."),
            self.tr("Fair: one or two more words would help."),
            self.tr("Strong."),
        ][strength]

    def _update_buttons(self) -> None:
        step = self.step()
        self.back_button.setEnabled(step > 0 and not self.busy.isVisible())
        if step == 1:
            self.next_button.setEnabled(self._passphrase_ok())
        else:
            self.next_button.setEnabled(not self.busy.isVisible())
        self.next_button.setText(
            self.tr("Create profile") if step == self.pages.count() - 1 else self.tr("&Next")
        )
        self.step_label.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(step + 1))
            .replace("%2", str(self.pages.count()))
        )

    def _fill_velayats(self) -> None:
        current = self.velayat.currentData()
        self.velayat.clear()
        self.velayat.addItem(self.tr("(not set)"), None)
        for code, label in self._velayat_choices():
            self.velayat.addItem(label, code)
        index = self.velayat.findData(current)
        self.velayat.setCurrentIndex(max(0, index))

    def finish(self) -> None:
        if not self._passphrase_ok():
            self.pages.setCurrentIndex(1)
            self._update_buttons()
            return
        self.busy.setVisible(True)
        self.busy_label.setVisible(True)
        self.create_error.clear_error()
        self._update_buttons()
        passphrase = self.passphrase.text()
        run_task(
            self._create_profile,
            passphrase,
            org_name=self.org_name.text().strip(),
            velayat=self.velayat.currentData(),
            language=self.chosen_language(),
            on_done=self._created,
            on_error=self._failed,
        )

    def _created(self, profile: Any) -> None:
        self.busy.setVisible(False)
        self.busy_label.setVisible(False)
        self.passphrase.clear()
        self.repeat.clear()
        self._update_buttons()
        log.info("profile created")
        self.created.emit(profile)

    def _failed(self, exc: BaseException) -> None:
        from desktop.core.errors import CoreError

        self.busy.setVisible(False)
        self.busy_label.setVisible(False)
        self._update_buttons()
        if isinstance(exc, CoreError):
            log.warning("profile creation failed: %s", exc.code)
            self.create_error.show_error(core_message(exc.message))
        else:
            log.error("profile creation failed: %s", type(exc).__name__)
            self.create_error.show_error(
                self.tr("The profile could not be created: %1").replace("%1", type(exc).__name__)
            )

    # -- translation -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to Fieldbook"))
        self.lang_intro.setText(self.tr("Choose the language Fieldbook speaks to you in."))
        self.pass_intro.setText(
            self.tr(
                "Everything you record is encrypted with a passphrase. Choose one you will "
                "remember but others cannot guess: a few unrelated words work well."
            )
        )
        self.passphrase_label.setText(self.tr("&Passphrase:"))
        self.repeat_label.setText(self.tr("&Repeat it:"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.repeat.setAccessibleName(self.tr("Repeat the passphrase"))
        self.strength_bar.setAccessibleName(self.tr("Passphrase strength"))
        self.warning.setText(
            self.tr(
                "Important: nobody can recover this passphrase — not your coordinator, not "
                "the Fieldbook team. If you forget it, the records on this laptop cannot be "
                "opened again."
            )
        )
        self.org_intro.setText(self.tr("Which organisation do you work for, and in which velayat?"))
        self.org_label.setText(self.tr("&Organisation:"))
        self.velayat_label.setText(self.tr("&Velayat:"))
        self.org_name.setAccessibleName(self.tr("Organisation"))
        self.velayat.setAccessibleName(self.tr("Velayat"))
        self.busy_label.setText(self.tr("Creating your encrypted profile…"))
        self.back_button.setText(self.tr("&Back"))
        self._passphrase_changed()
        if self.step() == 2:
            self._fill_velayats()
