"""The editor's "Links to UN recommendations" fields: recommendation references (one a
line), UPR themes (a checkable list with a filter) and SDG targets.

What is typed is normalised as it is collected (``a/hrc/39/3, para. 114.12`` becomes
``A/HRC/39/3 para 114.12``); what cannot be read is kept as typed, so the core's validation
names it beside the field instead of it vanishing.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.reports.references import normalise_reference, normalise_sdg_target
from desktop.core.reports.upr_themes import upr_themes
from desktop.ui import i18n

_SDG_SPLIT = re.compile(r"[,;\s]+")
_SDG_WORD = re.compile(r"\bSDGs?\b", re.IGNORECASE)
CODE_ROLE = Qt.ItemDataRole.UserRole
ENGLISH_ROLE = Qt.ItemDataRole.UserRole + 1  # the UN's name, folded, for the filter


def references_from_text(text: str) -> list[str]:
    lines = [line.strip() for line in text.replace(";", "\n").splitlines()]
    return [normalise_reference(line) or line for line in lines if line]


def sdg_targets_from_text(text: str) -> list[str]:
    words = _SDG_SPLIT.split(_SDG_WORD.sub(" ", text).strip())
    return [normalise_sdg_target(t) or t for t in words if t]


class ReferencesEdit(QPlainTextEdit):
    """Recommendation references, one a line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.retranslate()

    def references(self) -> list[str]:
        return references_from_text(self.toPlainText())

    def set_references(self, refs: list[str]) -> None:
        self.setPlainText("\n".join(refs))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("One per line, e.g. A/HRC/39/3 para 114.12"))
        self.setAccessibleName(self.tr("UN recommendations"))


class UprThemeList(QWidget):
    """Every UPR theme as a checkable row in the interface's language, with a filter that
    also finds the UN's English name."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setFixedHeight(self.fontMetrics().lineSpacing() * 7 + 12)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self._unknown: list[str] = []  # codes a record carries that the list lacks: kept
        for theme in upr_themes():
            item = QListWidgetItem(self.list)
            item.setData(CODE_ROLE, theme.code)
            item.setData(ENGLISH_ROLE, theme.label.casefold())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.filter.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.retranslate()

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _filter(self, text: str) -> None:
        folded = text.strip().casefold()
        for item in self._items():
            shown = item.text().casefold(), str(item.data(ENGLISH_ROLE))
            item.setHidden(bool(folded) and not any(folded in text for text in shown))

    def codes(self) -> list[str]:
        checked = [
            str(item.data(CODE_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        ]
        return checked + [c for c in self._unknown if c not in checked]

    def set_codes(self, codes: list[str]) -> None:
        wanted = set(codes)
        blocked = self.list.blockSignals(True)
        try:
            known = set()
            for item in self._items():
                code = str(item.data(CODE_ROLE))
                known.add(code)
                on = code in wanted
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            self._unknown = [c for c in codes if c not in known]
        finally:
            self.list.blockSignals(blocked)

    def set_read_only(self, read_only: bool) -> None:
        blocked = self.list.blockSignals(True)  # a flag is no edit (itemChanged says both)
        try:
            for item in self._items():
                flags = item.flags()
                if read_only:
                    flags &= ~Qt.ItemFlag.ItemIsUserCheckable
                else:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                item.setFlags(flags)
        finally:
            self.list.blockSignals(blocked)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter the themes"))
        lang = i18n.current_language()
        names = {t.code: f"{t.name(lang)} ({t.cycle})" for t in upr_themes()}
        blocked = self.list.blockSignals(True)  # a new name is no edit
        try:
            for item in self._items():
                item.setText(names.get(str(item.data(CODE_ROLE)), item.text()))
                item.setToolTip(str(item.text()))
        finally:
            self.list.blockSignals(blocked)
        self._filter(self.filter.text())
        self.filter.setAccessibleName(self.tr("Filter the UPR themes"))
        self.list.setAccessibleName(self.tr("UPR themes"))
        self.list.setToolTip(
            self.tr("Theme names of the UN Human Rights Index (UPR cycle in brackets).")
        )
