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

from desktop.ui import icons
from desktop.ui.widgets import heading, translate_buttons
from protocol.version import __version__


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
        self.credits.setHtml(self.credits_html())
        self.credits.setAccessibleName(self.tr("Attributions"))
        layout.addWidget(self.credits, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        translate_buttons(buttons)
        layout.addWidget(buttons)

    def credits_html(self) -> str:
        """What the sources ask us to show. (resources/ATTRIBUTION.md is the full record,
        with review notes and checksums, for the people who maintain the data.)"""
        parts = [
            self.tr(
                "Types of acts and controlled vocabularies adapted from the HURIDOCS "
                "Micro-thesauri (Judith Dueck, Manuel Guzman, Bert Verstappen: "
                "<i>Micro-thesauri: a tool for documenting human rights violations</i>, "
                "HURIDOCS 2001), as published in OpenEvSys (AGPL-3.0)."
            ),
            self.tr(
                "Treaty articles: the ICCPR, the ICESCR and the Convention against Torture as "
                "published by OHCHR. The short article titles are our paraphrases; the "
                "treaties have none."
            ),
            self.tr(
                "Places: resolutions of the Mejlis of Turkmenistan on the administrative "
                "divisions (2022–2023) and the ISO 3166-2:TM codes."
            ),
            self.tr(
                "Velayat boundaries © OpenStreetMap contributors, ODbL 1.0 — via "
                "geoBoundaries (Runfola et al. 2020, PLoS ONE 15(4): e0231866)."
            ),
            self.tr(
                "Many Russian and Turkmen labels were written by the Fieldbook team and await "
                "review by native speakers. Please tell your coordinator about mistakes."
            ),
        ]
        return "".join(f"<p>{part}</p>" for part in parts)
