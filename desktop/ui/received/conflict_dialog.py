"""Conflicting revisions of a received record (two edits of the same parent, e.g. after a
profile was restored from a backup) side by side: which one counts, and the rule that says
so. Nothing is merged and nothing is thrown away; the author settles it with a new revision."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.model import Observation
from desktop.ui.dialogs import core_message
from desktop.ui.observation_view import render_html
from desktop.ui.received.revisions import field_of
from desktop.ui.received.table_model import local_time
from desktop.ui.received.texts import anonymous_markup
from desktop.ui.widgets import translate_buttons


def _observation(side: Any) -> Observation | None:
    obs = field_of(side, "observation")
    if isinstance(obs, Observation):
        return obs
    body = field_of(side, "body")
    if isinstance(body, dict):
        return Observation.from_dict(body)
    return obs if obs is not None else None


class ConflictDialog(QDialog):
    def __init__(self, sides: list[Any], rule: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.conflict = sides
        self.rule_source = rule
        self.resize(1200, 680)
        layout = QVBoxLayout(self)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.rule = QLabel()
        self.rule.setObjectName("conflict_rule")
        self.rule.setWordWrap(True)
        self.rule.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.rule)
        row = QHBoxLayout()
        self.sides: list[tuple[QGroupBox, QTextBrowser, Any]] = []
        for side in self._sides():
            box = QGroupBox()
            inner = QVBoxLayout(box)
            view = QTextBrowser()
            view.setOpenLinks(False)
            inner.addWidget(view)
            row.addWidget(box, 1)
            self.sides.append((box, view, side))
        layout.addLayout(row, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate()

    def _sides(self) -> list[Any]:
        sides = self.conflict
        # the one that counts first, on the left
        return sorted(list(sides), key=lambda s: not bool(field_of(s, "counts", False)))

    def counting_side(self) -> int:
        """Which box (0 = left) shows the revision that counts (tests)."""
        for i, (_box, _view, side) in enumerate(self.sides):
            if field_of(side, "counts", False):
                return i
        return -1

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conflicting revisions"))
        self.intro.setText(
            self.tr(
                "The author's device sent two different revisions made from the same earlier "
                "one (a profile restored from a backup does this). Both are kept; nothing is "
                "merged. The author settles it by saving a new revision."
            )
        )
        self.rule.setText("<b>" + escape(self.tr("Which one counts:")) + "</b> "
                          + escape(core_message(self.rule_source)))  # fmt: skip
        for box, view, side in self.sides:
            rev = field_of(side, "rev")
            when = local_time(field_of(side, "received_at"))
            title = self.tr("Revision %1").replace("%1", str(rev) if rev is not None else "?")
            if when:
                title += " · " + when
            counts = bool(field_of(side, "counts", False))
            title += " — " + (self.tr("COUNTS") if counts else self.tr("does not count"))
            box.setTitle(title)
            obs = _observation(side)
            mark = anonymous_markup(view.document())
            html = render_html(obs, anonymous_mark=mark, status_text="") if obs else ""
            view.setHtml(html)
            view.setAccessibleName(title)
        translate_buttons(self.buttons)
