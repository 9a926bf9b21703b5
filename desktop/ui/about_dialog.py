"""About Fieldbook: version, licence and the attributions for the reference data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.reference import resources_dir
from desktop.ui import icons
from desktop.ui.widgets import heading, translate_buttons
from protocol.version import __version__


def attribution_text() -> str:
    try:
        return (resources_dir() / "ATTRIBUTION.md").read_text("utf-8")
    except OSError:
        return (
            "HURIDOCS Micro-thesauri; OHCHR treaty texts; geoBoundaries and OpenStreetMap "
            "contributors (ODbL)."
        )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Fieldbook"))
        self.setWindowIcon(icons.app_icon())
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        title = heading("Fieldbook", 1.6)
        layout.addWidget(title)
        self.version = QLabel(self.tr("Version %1").replace("%1", __version__))
        self.version.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.version)
        self.blurb = QLabel(
            self.tr(
                "Offline-first, encrypted documentation of human-rights observations. "
                "Free software under the GNU Affero General Public License, version 3 or later."
            )
        )
        self.blurb.setWordWrap(True)
        layout.addWidget(self.blurb)
        self.credits_label = QLabel(self.tr("Reference data and attributions:"))
        layout.addWidget(self.credits_label)
        self.credits = QTextBrowser()
        self.credits.setOpenExternalLinks(False)
        self.credits.setMarkdown(attribution_text())
        self.credits.setAccessibleName(self.tr("Attributions"))
        layout.addWidget(self.credits, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        translate_buttons(buttons)
        layout.addWidget(buttons)
