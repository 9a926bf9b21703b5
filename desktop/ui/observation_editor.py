"""The observation editor: every field, in sections a field worker fills top to bottom.

A draft is kept whatever is missing: Save and autosave (:data:`AUTOSAVE_MS` after the last
edit) store it through ``save_draft``, and the footer says what sending will still need. A
record already queued is never silently re-sent half-edited: it is saved only by Save, in
full. The rules apply when sending: "Ready to send" validates (each error beside its field;
the error's dotted path, e.g. ``people.2.age_group``, names the widget), warns when no consent
was recorded, and moves the draft to the queue. A draft that was never sent can be deleted.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTime, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDoubleValidator,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import CoreError
from desktop.core.model import (
    EDITABLE_STATUSES,
    Confidentiality,
    Consent,
    DatePrecision,
    FieldError,
    IncidentDate,
    Observation,
    Place,
    Source,
    Status,
    ValidationError,
)
from desktop.core.validation import DESCRIPTION_MAX, TEXT_MAX, TITLE_MAX
from desktop.ui import icons, labels, refdata
from desktop.ui.attachments_widget import AttachmentsWidget
from desktop.ui.date_field import DateField
from desktop.ui.dialogs import Dialogs, core_message
from desktop.ui.drafts import delete_draft
from desktop.ui.follow_up_editor import FollowUpEditor
from desktop.ui.hub import hub
from desktop.ui.people_editor import PeopleEditor
from desktop.ui.recommendation_links import ReferencesEdit, UprThemeList, sdg_targets_from_text
from desktop.ui.review_thread import ReviewThread
from desktop.ui.session import Session
from desktop.ui.taxonomy_picker import TaxonomyPicker
from desktop.ui.widgets import (
    ErrorLabel,
    FieldBox,
    compact_combo,
    fill_combo,
    heading,
    set_combo,
    single_shot,
)
from desktop.ui.workers import run_task

log = logging.getLogger(__name__)

AUTOSAVE_MS = 30_000
# The longest text each field takes (the core's rules, said to the user before sending).
LIMITS = {
    "title": TITLE_MAX,
    "description": DESCRIPTION_MAX,
    "settlement": TEXT_MAX,
    "name": TEXT_MAX,
    "note": TEXT_MAX,
}
SECTIONS = (
    "what",
    "when",
    "rights",
    "people",
    "source",
    "attachments",
    "follow_up",
    "recommendations",
)


class ObservationEditor(QMainWindow):
    saved_as = Signal(str)
    closed = Signal(str)
    #: A save ended (True: stored). Emitted for every save asked, also one refused at once.
    save_finished = Signal(bool)
    #: "Ready to send" / "Back to drafts" ended (True: the status changed).
    send_finished = Signal(bool)

    def __init__(
        self,
        session: Session,
        observation_id: str | None,
        dialogs: Dialogs | None = None,
        parent: QWidget | None = None,
        *,
        observation: Observation | None = None,
    ) -> None:
        # Read first: a record that cannot be opened must leave no half-made window behind.
        # (The main window reads it in a worker and passes ``observation``.)
        profile = session.require()
        if observation is not None:
            obs = observation
        elif observation_id is None:
            # most records of an NGO are from its own velayat
            obs = Observation.new(place=Place(velayat=profile.settings.get("velayat"), etrap=None))
        else:
            obs = profile.observations.get(observation_id)
        super().__init__(parent)
        self.session = session
        self.dialogs = dialogs or Dialogs()
        self.setObjectName("observation_editor")
        self.setWindowIcon(icons.app_icon())
        self._fit_to_screen()
        self.obs = obs
        self.stored = observation_id is not None or observation is not None
        self.observation_id = self.obs.id
        self.dirty = False
        self._saving = False
        self._edits = 0  # counts edits: one made while a save runs keeps the form dirty
        self._loading = False
        self._force_close = False
        self.last_errors: list[FieldError] = []
        self.autosave_count = 0

        self._build()
        self._make_actions()
        self.autosave_timer = single_shot(self, AUTOSAVE_MS, self.autosave)
        hub().unlocked.connect(self._unlocked)
        hub().data_changed.connect(self._data_changed)

        self.retranslate()
        self.load(self.obs)

    # -- building --------------------------------------------------------------------

    def _section(self, key: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox()
        box.setObjectName(f"section_{key}")
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.sections[key] = box
        self.form_column.addWidget(box)
        return box, form

    def _row(self, form: QFormLayout, key: str, widget: QWidget) -> FieldBox:
        box = FieldBox(widget)
        caption = QLabel()
        caption.setBuddy(widget)
        caption.setWordWrap(True)
        self.captions[key] = caption
        self.fields[key] = box
        form.addRow(caption, box)
        return box

    def _build(self) -> None:
        self.sections: dict[str, QGroupBox] = {}
        self.fields: dict[str, FieldBox] = {}
        self.captions: dict[str, QLabel] = {}

        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 8, 8, 8)

        # Header: what this is, and what matters most at a glance.
        header = QHBoxLayout()
        self.header_title = heading("", 1.3)
        self.header_title.setWordWrap(False)
        # a 6,000-character title must not widen the window: the header is elided to fit
        self.header_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status_badge = QLabel()
        self.status_badge.setFrameShape(QFrame.Shape.StyledPanel)
        self.status_badge.setContentsMargins(6, 2, 6, 2)
        header.addWidget(self.header_title, 1)
        header.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setContentsMargins(8, 4, 8, 4)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)
        self.general_error = ErrorLabel()
        outer.addWidget(self.general_error)
        self.review_thread = ReviewThread()  # the coordinators' reviews, and a reply
        self.review_thread.edited.connect(self._edited)
        outer.addWidget(self.review_thread)

        body = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.nav.currentRowChanged.connect(self.scroll_to_section)
        body.addWidget(self.nav)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        form_widget = QWidget()
        self.form_column = QVBoxLayout(form_widget)
        self.scroll.setWidget(form_widget)
        body.addWidget(self.scroll, 1)
        outer.addLayout(body, 1)

        # 1. What happened
        _, form = self._section("what")
        self.title = QLineEdit()
        self._row(form, "title", self.title)
        self.description = QPlainTextEdit()
        self.description.setMinimumHeight(160)
        self.description.setTabChangesFocus(True)
        self._row(form, "description", self.description)
        conf_widget = QWidget()
        conf_row = QHBoxLayout(conf_widget)
        conf_row.setContentsMargins(0, 0, 0, 0)
        self.confidentiality_group = QButtonGroup(self)
        self.confidentiality_buttons: dict[str, QRadioButton] = {}
        for conf in Confidentiality:
            button = QRadioButton()
            self.confidentiality_group.addButton(button)
            self.confidentiality_buttons[conf.value] = button
            conf_row.addWidget(button)
            button.toggled.connect(self._edited)
        conf_row.addStretch(1)
        self._row(form, "confidentiality", conf_widget)
        self.tags = QLineEdit()
        self._row(form, "tags", self.tags)

        # 2. When and where
        _, form = self._section("when")
        self.precision = compact_combo(QComboBox(), 20)
        self._row(form, "date.precision", self.precision)
        self.date_start = DateField()
        self._row(form, "date.start", self.date_start)
        self.date_start.problem_changed.connect(
            lambda text: self.fields["date.start"].error.show_error(text)
        )
        end_widget = QWidget()
        end_row = QHBoxLayout(end_widget)
        end_row.setContentsMargins(0, 0, 0, 0)
        self.has_end = QCheckBox()
        self.date_end = DateField()
        self.date_end.setEnabled(False)
        end_row.addWidget(self.has_end)
        end_row.addWidget(self.date_end, 1)
        self._row(form, "date.end", end_widget)
        self.date_end.problem_changed.connect(
            lambda text: self.fields["date.end"].error.show_error(text)
        )
        self.velayat = compact_combo(QComboBox(), 20)
        self._row(form, "place.velayat", self.velayat)
        self.etrap = compact_combo(QComboBox(), 20)
        self._row(form, "place.etrap", self.etrap)
        self.settlement = QLineEdit()
        self._row(form, "place.settlement", self.settlement)
        coords = QWidget()
        coords_row = QHBoxLayout(coords)
        coords_row.setContentsMargins(0, 0, 0, 0)
        self.lat = QLineEdit()
        self.lon = QLineEdit()
        for edit, low, high in ((self.lat, 35.0, 43.0), (self.lon, 52.3, 66.8)):
            validator = QDoubleValidator(low, high, 6, edit)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            edit.setMaximumWidth(140)
            coords_row.addWidget(edit)
        coords_row.addStretch(1)
        self._row(form, "place.lat", coords)
        self.fields["place.lon"] = self.fields["place.lat"]

        # 3. Rights and acts
        _, form = self._section("rights")
        self.rights = TaxonomyPicker("rights")
        self.rights.tree.setMinimumHeight(220)
        self._row(form, "rights", self.rights)
        self.act_types = TaxonomyPicker("act_types")
        self.act_types.tree.setMinimumHeight(260)
        self._row(form, "act_types", self.act_types)

        # 4. People
        _, form = self._section("people")
        self.people = PeopleEditor()
        form.addRow(self.people)

        # 5. Source and consent
        _, form = self._section("source")
        self.source_type = compact_combo(QComboBox(), 20)
        self._row(form, "source.type", self.source_type)
        self.reliability = compact_combo(QComboBox(), 20)
        self._row(form, "source.reliability", self.reliability)
        self.how_obtained = compact_combo(QComboBox(), 20)
        self._row(form, "source.how_obtained", self.how_obtained)
        consent_widget = QWidget()
        consent_col = QVBoxLayout(consent_widget)
        consent_col.setContentsMargins(0, 0, 0, 0)
        self.consent_obtained = QCheckBox()
        font = self.consent_obtained.font()
        font.setBold(True)
        self.consent_obtained.setFont(font)
        self.share_label = QLabel()
        self.share_coordinators = QCheckBox()
        self.share_institution = QCheckBox()
        self.share_public = QCheckBox()
        consent_col.addWidget(self.consent_obtained)
        consent_col.addWidget(self.share_label)
        for box in (self.share_coordinators, self.share_institution, self.share_public):
            box.setContentsMargins(16, 0, 0, 0)
            consent_col.addWidget(box)
        self._row(form, "consent", consent_widget)

        # 6. Attachments
        _, form = self._section("attachments")
        self.attachments = AttachmentsWidget(
            lambda: self.session.require().attachments, self.dialogs
        )
        self.attachments.changed.connect(self._attachments_changed)
        form.addRow(self.attachments)

        # 7. Follow-up
        _, form = self._section("follow_up")
        self.follow_up = FollowUpEditor()
        form.addRow(self.follow_up)

        # 8. Links to UN recommendations (issue 16 item 5)
        _, form = self._section("recommendations")
        self.recommendation_refs = ReferencesEdit()
        self._row(form, "recommendations", self.recommendation_refs)
        self.upr_themes = UprThemeList()
        self._row(form, "upr_themes", self.upr_themes)
        self.sdg_targets = QLineEdit()
        self._row(form, "sdg_targets", self.sdg_targets)
        self.form_column.addStretch(1)

        # Footer
        footer = QHBoxLayout()
        self.save_state = QLabel()
        self.save_state.setWordWrap(True)
        # the buttons keep their size; the line wraps in what is left (never under them)
        self.save_state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_state.setMinimumWidth(120)
        footer.addWidget(self.save_state, 1)
        self.history_button = QPushButton(icons.icon("history"), "")
        self.save_button = QPushButton(icons.icon("save"), "")
        self.send_button = QPushButton(icons.icon("send"), "")
        self.close_button = QPushButton()
        for button in (self.history_button, self.save_button, self.send_button, self.close_button):
            footer.addWidget(button)
        outer.addLayout(footer)
        self.setCentralWidget(central)

        for _key in SECTIONS:
            self.nav.addItem("")

        # Edits
        for edit in (self.title, self.tags, self.settlement, self.lat, self.lon, self.sdg_targets):
            edit.textEdited.connect(self._edited)
        self.recommendation_refs.textChanged.connect(self._edited)
        self.upr_themes.changed.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        self.title.textChanged.connect(self._check_lengths)
        self.settlement.textChanged.connect(self._check_lengths)
        self.description.textChanged.connect(self._check_lengths)
        self.precision.currentIndexChanged.connect(self._precision_changed)
        self.date_start.dateChanged.connect(self._edited)
        self.date_end.dateChanged.connect(self._edited)
        self.has_end.toggled.connect(self._end_toggled)
        self.velayat.currentIndexChanged.connect(self._velayat_changed)
        self.etrap.currentIndexChanged.connect(self._edited)
        self.rights.changed.connect(self._edited)
        self.act_types.changed.connect(self._edited)
        self.people.changed.connect(self._edited)
        self.follow_up.changed.connect(self._edited)
        for combo in (self.source_type, self.reliability, self.how_obtained):
            combo.currentIndexChanged.connect(self._edited)
        self.consent_obtained.toggled.connect(self._consent_toggled)
        for box in (self.share_coordinators, self.share_institution, self.share_public):
            box.toggled.connect(self._edited)

        self.history_button.clicked.connect(self.show_history)
        self.save_button.clicked.connect(self.save)
        self.send_button.clicked.connect(self.ready_to_send)
        self.close_button.clicked.connect(self.close)

    def _make_actions(self) -> None:
        menu = self.menuBar().addMenu("")
        self.observation_menu = menu
        self.save_action = QAction(icons.icon("save"), "", self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save)
        self.send_action = QAction(icons.icon("send"), "", self)
        self.send_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.send_action.triggered.connect(self.ready_to_send)
        self.attach_action = QAction(icons.icon("attach"), "", self)
        self.attach_action.triggered.connect(self.attachments.ask_add)
        self.history_action = QAction(icons.icon("history"), "", self)
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.triggered.connect(self.show_history)
        self.lock_action = QAction(icons.icon("lock"), "", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(hub().lock_requested)
        self.delete_action = QAction(icons.icon("remove"), "", self)
        self.delete_action.triggered.connect(self.ask_delete)
        self.close_action = QAction("", self)
        self.close_action.setShortcut(QKeySequence.StandardKey.Close)
        self.close_action.triggered.connect(self.close)
        for action in (
            self.save_action,
            self.send_action,
            self.attach_action,
            self.history_action,
            self.lock_action,
            self.delete_action,
            self.close_action,
        ):
            action.setShortcutVisibleInContextMenu(True)
            menu.addAction(action)
        menu.insertSeparator(self.history_action)
        menu.insertSeparator(self.delete_action)
        menu.insertSeparator(self.close_action)

    # -- loading and collecting ------------------------------------------------------

    def load(self, obs: Observation) -> None:
        self._loading = True
        try:
            self.obs = obs
            self.title.setText(obs.title)
            self.description.setPlainText(obs.description)
            button = self.confidentiality_buttons.get(obs.confidentiality)
            if button is not None:
                button.setChecked(True)
            self.tags.setText(", ".join(obs.tags))
            self.recommendation_refs.set_references(obs.recommendations)
            self.upr_themes.set_codes(obs.upr_themes)
            self.sdg_targets.setText(", ".join(obs.sdg_targets))
            set_combo(self.precision, obs.date.precision)
            self.date_start.set_precision(obs.date.precision)
            self.date_end.set_precision(obs.date.precision)
            self.date_start.set_iso(obs.date.start)
            self.has_end.setChecked(obs.date.end is not None)
            self.date_end.set_iso(obs.date.end)
            self._precision_changed()
            set_combo(self.velayat, obs.place.velayat)
            self._fill_etraps()
            set_combo(self.etrap, obs.place.etrap)
            self.settlement.setText(obs.place.settlement)
            self.lat.setText("" if obs.place.lat is None else f"{obs.place.lat:.6f}")
            self.lon.setText("" if obs.place.lon is None else f"{obs.place.lon:.6f}")
            self.rights.set_codes(obs.rights)
            self.act_types.set_codes(obs.act_types)
            self.people.set_people(obs.people)
            set_combo(self.source_type, obs.source.type)
            set_combo(self.reliability, obs.source.reliability)
            set_combo(self.how_obtained, obs.source.how_obtained)
            self.consent_obtained.setChecked(obs.consent.obtained)
            self.share_coordinators.setChecked(obs.consent.share_coordinators)
            self.share_institution.setChecked(obs.consent.share_institution)
            self.share_public.setChecked(obs.consent.share_public_anonymised)
            self._consent_toggled()
            self.follow_up.set_actions(obs.follow_up)
            self.attachments.set_observation(obs.id, self.stored, not self.editable())
            self.review_thread.show_for(self.session.profile, obs, self.stored)
        finally:
            self._loading = False
        self.dirty = False
        self._apply_read_only()
        self._update_header()
        self._update_save_state()

    def collect(self) -> Observation:
        """The form's current content as an Observation (nothing is stored)."""
        precision = str(self.precision.currentData() or DatePrecision.DAY.value)
        conf = next(
            (code for code, b in self.confidentiality_buttons.items() if b.isChecked()),
            Confidentiality.NORMAL.value,
        )

        def coordinate(edit: QLineEdit) -> float | None:
            text = edit.text().strip().replace(",", ".")
            if not text:
                return None
            try:
                return float(text)
            except ValueError:
                return None

        return Observation(
            id=self.obs.id,
            title=self.title.text().strip(),
            date=IncidentDate(
                start=self.date_start.iso(precision),
                end=self.date_end.iso(precision) if self.has_end.isChecked() else None,
                precision=precision,
            ),
            place=Place(
                velayat=self.velayat.currentData(),
                etrap=self.etrap.currentData(),
                settlement=self.settlement.text().strip(),
                lat=coordinate(self.lat),
                lon=coordinate(self.lon),
            ),
            rights=self.rights.codes(),
            act_types=self.act_types.codes(),
            description=self.description.toPlainText(),
            people=self.people.people(),
            source=Source(
                type=self.source_type.currentData(),
                reliability=self.reliability.currentData(),
                how_obtained=self.how_obtained.currentData(),
            ),
            consent=Consent(
                obtained=self.consent_obtained.isChecked(),
                share_coordinators=self.share_coordinators.isChecked(),
                share_institution=self.share_institution.isChecked(),
                share_public_anonymised=self.share_public.isChecked(),
            ),
            confidentiality=conf,
            follow_up=self.follow_up.actions(),
            attachments=list(self.obs.attachments),
            tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
            recommendations=self.recommendation_refs.references(),
            upr_themes=self.upr_themes.codes(),
            sdg_targets=sdg_targets_from_text(self.sdg_targets.text()),
            status=self.obs.status,
            reply_note=self.review_thread.reply_note(),
            rev=self.obs.rev,
            created_at=self.obs.created_at,
            updated_at=self.obs.updated_at,
            author_device_id=self.obs.author_device_id,
        )

    # -- editing ---------------------------------------------------------------------

    def editable(self) -> bool:
        return Status(self.obs.status) in EDITABLE_STATUSES

    def _edited(self, *_: object) -> None:
        if self._loading:
            return
        self._edits += 1
        self.dirty = True
        self._update_header()
        if self.obs.status == Status.DRAFT.value:
            self.autosave_timer.start()
        self._update_save_state()

    def _precision_changed(self, *_: object) -> None:
        precision = str(self.precision.currentData() or DatePrecision.DAY.value)
        unknown = precision == DatePrecision.UNKNOWN.value
        self.date_start.set_precision(precision)
        self.date_end.set_precision(precision)
        self.date_start.setEnabled(not unknown and self.editable())
        self.has_end.setEnabled(not unknown and self.editable())
        self.date_end.setEnabled(not unknown and self.has_end.isChecked() and self.editable())
        self._edited()

    def _end_toggled(self, checked: bool) -> None:
        self.date_end.setEnabled(checked and self.editable())
        if checked and not self.date_end.date().isValid():
            start = self.date_start.date()
            self.date_end.setDate(start if start.isValid() else QDate.currentDate())
        self._edited()

    def _velayat_changed(self, *_: object) -> None:
        self._fill_etraps()
        self._edited()

    def _fill_etraps(self) -> None:
        fill_combo(self.etrap, refdata.etraps(self.velayat.currentData()), self.tr("(not set)"))
        self.etrap.setEnabled(self.velayat.currentData() is not None and self.editable())

    def _consent_toggled(self, *_: object) -> None:
        obtained = self.consent_obtained.isChecked()
        for box in (self.share_coordinators, self.share_institution, self.share_public):
            box.setEnabled(obtained and self.editable())
            if not obtained:
                box.setChecked(False)
        self._edited()

    def _apply_read_only(self) -> None:
        editable = self.editable()
        for widget in (
            self.title,
            self.tags,
            self.sdg_targets,
            self.settlement,
            self.lat,
            self.lon,
            self.precision,
            self.velayat,
            self.source_type,
            self.reliability,
            self.how_obtained,
            self.consent_obtained,
            *self.confidentiality_buttons.values(),
        ):
            widget.setEnabled(editable)
        self.description.setReadOnly(not editable)
        self.recommendation_refs.setReadOnly(not editable)
        self.upr_themes.set_read_only(not editable)
        self.rights.set_read_only(not editable)
        self.act_types.set_read_only(not editable)
        self.people.set_read_only(not editable)
        self.follow_up.set_read_only(not editable)
        self.review_thread.set_read_only(not editable)
        self.save_button.setEnabled(editable)
        self.save_action.setEnabled(editable)
        self.attach_action.setEnabled(editable)
        self.history_button.setEnabled(self.stored)
        self.history_action.setEnabled(self.stored)
        self.delete_action.setEnabled(self.stored and self.obs.status == Status.DRAFT.value)
        self._precision_changed_quiet()
        self._update_send_button()

    def _precision_changed_quiet(self) -> None:
        loading, self._loading = self._loading, True
        try:
            self._precision_changed()
            self._fill_etraps()
            set_combo(self.etrap, self.obs.place.etrap)
        finally:
            self._loading = loading

    def _attachments_changed(self) -> None:
        profile = self.session.profile
        if profile is not None and self.stored:
            self._run(
                profile.observations.get,
                self.observation_id,
                on_done=self._attachments_read,
                on_error=lambda exc: log.warning("record not read: %s", type(exc).__name__),
            )
        if not self.stored:
            self._edited()
        self._update_save_state()

    def _attachments_read(self, stored: Observation) -> None:
        self.obs.attachments = stored.attachments
        self.obs.rev = stored.rev
        self._update_save_state()

    # -- validation ------------------------------------------------------------------

    def clear_errors(self) -> None:
        for box in self.fields.values():
            box.error.clear_error()
        self.rights.error.clear_error()
        self.act_types.error.clear_error()
        self.people.show_errors({})
        self.follow_up.show_errors({})
        self.general_error.clear_error()

    def show_errors(self, errors: list[FieldError]) -> None:
        """Put each message beside its field; scroll to the first one."""
        self.clear_errors()
        self.last_errors = list(errors)
        messages: dict[str, list[str]] = {}
        people: dict[int, dict[str, str]] = {}
        follow: dict[int, dict[str, str]] = {}
        first: QWidget | None = None
        general: list[str] = []
        for err in errors:
            text = core_message(err.message)
            if err.code == "too_long":
                text = self.too_long_text(LIMITS.get(err.field.split(".")[-1], TEXT_MAX))
            parts = err.field.split(".")
            target: QWidget | None = None
            if parts[0] == "people" and len(parts) == 3 and parts[1].isdigit():
                people.setdefault(int(parts[1]), {})[parts[2]] = text
                i = int(parts[1])
                if i < len(self.people.rows):
                    target = self.people.rows[i]
            elif parts[0] == "follow_up" and len(parts) == 3 and parts[1].isdigit():
                follow.setdefault(int(parts[1]), {})[parts[2]] = text
                i = int(parts[1])
                if i < len(self.follow_up.rows):
                    target = self.follow_up.rows[i]
            else:
                key = err.field
                if parts[0] in (
                    "rights",
                    "act_types",
                    "tags",
                    "attachments",
                    "recommendations",
                    "upr_themes",
                    "sdg_targets",
                ):
                    key = parts[0]
                elif parts[0] == "consent":
                    key = "consent"
                if key in self.fields:
                    messages.setdefault(key, []).append(text)
                    target = self.fields[key]
                else:
                    general.append(text)
            if first is None and target is not None:
                first = target
        for key, texts in messages.items():
            text = "\n".join(dict.fromkeys(texts))
            if key == "rights":
                self.rights.error.show_error(text)
            elif key == "act_types":
                self.act_types.error.show_error(text)
            else:
                self.fields[key].error.show_error(text)
        self.people.show_errors(people)
        self.follow_up.show_errors(follow)
        if general:
            self.general_error.show_error("\n".join(dict.fromkeys(general)))
        if first is not None:
            self.scroll.ensureWidgetVisible(first, 20, 40)
            box = first if not isinstance(first, FieldBox) else first.field
            box.setFocus()

    def too_long_text(self, limit: int, length: int | None = None) -> str:
        locale = QLocale()  # 6,000 in English, 6 000 in Russian and Turkmen
        text = self.tr("Too long: at most %1 characters.").replace("%1", locale.toString(limit))
        if length is not None:
            text += " " + self.tr("Now %1.").replace("%1", locale.toString(length))
        return text

    def _check_lengths(self, *_: object) -> None:
        """Say the limit as soon as a text passes it (sending would refuse it)."""
        for key, length in (
            ("title", len(self.title.text().strip())),
            ("place.settlement", len(self.settlement.text().strip())),
            ("description", len(self.description.toPlainText())),
        ):
            limit = LIMITS[key.split(".")[-1]]
            error = self.fields[key].error
            if length > limit:
                error.show_error(self.too_long_text(limit, length))
            elif error.text().startswith(self.too_long_text(limit)):
                error.clear_error()

    def _fit_to_screen(self) -> None:
        """980 × 760 where there is room; never taller or wider than the screen's free area
        (1366 × 768 less a task bar, or less again at 150 % scaling)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            self.resize(980, 760)
            return
        free = screen.availableGeometry()
        frame = 40  # the title bar and borders the window manager adds
        self.resize(min(980, free.width() - 16), min(760, free.height() - frame))

    # -- saving ----------------------------------------------------------------------

    def save(self) -> bool:
        """Store a new revision (Ctrl+S). A draft is kept whatever is missing; a record in
        the queue is checked in full. The store is written in a worker (a list query may
        hold the database); :attr:`save_finished` tells the outcome, also when nothing was
        started. Returns whether a save was started."""
        return self._start_save()

    def _start_save(
        self, then: Callable[[Observation], None] | None = None, *, auto: bool = False
    ) -> bool:
        profile = self.session.profile
        if not self.editable() or profile is None or self._saving:
            self.save_finished.emit(False)
            return False
        self.autosave_timer.stop()
        if not auto and self._date_problem():
            self.save_finished.emit(False)
            return False
        obs = self.collect()
        draft = obs.status == Status.DRAFT.value
        if not draft:
            errors = profile.observations.validate(obs)  # rules only: no database
            if errors:
                self.show_errors(errors)
                self._set_state_text(self.tr("Not saved: please check the marked fields."))
                self.save_finished.emit(False)
                return False
        store = profile.observations.save_draft if draft else profile.observations.save
        self._saving = True
        edits = self._edits
        self._run(
            store,
            obs,
            on_done=lambda stored: self._saved(stored, edits, auto, then),
            on_error=lambda exc: self._save_failed(exc, auto),
        )
        return True

    def _run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        """A store call in a worker; the answer is dropped if this window is gone."""

        def alive(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            return lambda value: callback(value) if shiboken6.isValid(self) else None

        run_task(fn, *args, on_done=alive(on_done), on_error=alive(on_error))

    def _saved(
        self,
        stored: Observation,
        edits: int,
        auto: bool,
        then: Callable[[Observation], None] | None,
    ) -> None:
        self._saving = False
        if auto:
            self.autosave_count += 1
        self.clear_errors()
        self._after_save(stored)
        if self._edits != edits:  # typed on while it was stored: still to save
            self.dirty = True
            self._update_header()
            self.autosave_timer.start()
        now = QTime.currentTime().toString("HH:mm")
        text = (
            self.tr("Draft saved automatically at %1.") if auto else self.tr("Saved at %1.")
        ).replace("%1", now)
        missing = []
        if stored.status == Status.DRAFT.value:
            missing = self.session.require().observations.validate(stored)
        self._set_state_text(self._with_missing(text, missing))
        self.save_finished.emit(True)
        if then is not None:
            then(stored)

    def _save_failed(self, exc: BaseException, auto: bool) -> None:
        self._saving = False
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
            self._set_state_text(
                self.tr("Not saved yet: please check the marked fields.")
                if auto
                else self.tr("Not saved: please check the marked fields.")
            )
        elif isinstance(exc, CoreError):
            log.warning("save refused: %s", exc.code)
            self.general_error.show_error(core_message(exc.message))
        else:
            log.error("save failed: %s", type(exc).__name__)
            self.general_error.show_error(self.tr("The observation could not be saved."))
        self.save_finished.emit(False)

    def _date_problem(self) -> bool:
        """A typed date that could not be read: say so beside it instead of dropping it."""
        for key, field in (("date.start", self.date_start), ("date.end", self.date_end)):
            if field.isEnabled() and field.problem():
                self.fields[key].error.show_error(field.problem())
                self.scroll.ensureWidgetVisible(self.fields[key], 20, 40)
                self._set_state_text(self.tr("Not saved: please check the marked fields."))
                return True
        return False

    def _with_missing(self, text: str, errors: list[FieldError]) -> str:
        if not errors:
            return text
        names = sorted({self._field_name(e.field) for e in errors})
        return (
            text
            + " "
            + self.tr("Before sending, still needed: %1.").replace("%1", ", ".join(names))
        )

    def _after_save(self, stored: Observation) -> None:
        first_save = not self.stored
        self.stored = True
        self.obs = stored
        self.dirty = False
        log.info("observation saved (rev %d)", stored.rev)
        if first_save:
            self.attachments.flush_pending()
            self.saved_as.emit(self.observation_id)
        self._apply_read_only()
        self._update_header()
        hub().data_changed.emit(self.observation_id)

    def autosave(self) -> bool:
        """Called by the timer: keeps a draft, whatever is still missing."""
        if not self.dirty or self.obs.status != Status.DRAFT.value:
            return False
        if self.session.profile is None:
            return False  # locked: tried again after the unlock
        if self._saving:
            self.autosave_timer.start()  # after the save under way
            return False
        return self._start_save(auto=True)

    def ready_to_send(self) -> bool:
        """Check, save, then move the draft (or a record that needed information) to the
        queue, in a worker; :attr:`send_finished` tells the outcome. Without recorded
        consent the user confirms first. Returns whether it was started."""
        profile = self.session.profile
        status = Status(self.obs.status)
        if profile is None or self._saving:
            self.send_finished.emit(False)
            return False
        if status == Status.QUEUED:
            return self._withdraw()
        if Status.QUEUED not in _next_statuses(status) or self._date_problem():
            self.send_finished.emit(False)
            return False
        to_send = self.collect()
        to_send.status = Status.QUEUED.value
        errors = profile.observations.validate(to_send)
        if errors:
            self.show_errors(errors)
            self._set_state_text(self.tr("Not sent: please check the marked fields."))
            self.send_finished.emit(False)
            return False
        if not self.consent_obtained.isChecked() and not self.dialogs.confirm(
            self,
            self.tr("No consent recorded"),
            self.tr(
                "This record says the person did not give informed consent. Send it to the "
                "coordinators anyway?"
            ),
        ):
            self.scroll.ensureWidgetVisible(self.fields["consent"], 20, 40)
            self.consent_obtained.setFocus()
            self.send_finished.emit(False)
            return False
        return self._then_status(Status.QUEUED)

    def _withdraw(self) -> bool:
        return self._then_status(Status.DRAFT)

    def _then_status(self, target: Status) -> bool:
        """Save what is unsaved, then move to ``target`` (each step in a worker)."""
        if self.dirty or not self.stored:
            failed = self.send_finished.emit  # a failed save ends the send too

            def after_save(ok: bool) -> None:
                self.save_finished.disconnect(after_save)
                if not ok:
                    failed(False)

            self.save_finished.connect(after_save)
            return self._start_save(then=lambda _stored: self._set_status(target))
        self._set_status(target)
        return True

    def _set_status(self, target: Status) -> None:
        profile = self.session.profile
        if profile is None:
            self.send_finished.emit(False)
            return
        self._saving = True
        self._run(
            profile.observations.set_status,
            self.observation_id,
            target,
            on_done=lambda stored: self._status_set(stored, target),
            on_error=self._status_failed,
        )

    def _status_set(self, stored: Observation, target: Status) -> None:
        self._saving = False
        self._after_save(stored)
        self._set_state_text(
            self.tr("Queued: it will be sent at the next connection.")
            if target == Status.QUEUED
            else self.tr("Moved back to drafts.")
        )
        self.send_finished.emit(True)

    def _status_failed(self, exc: BaseException) -> None:
        self._saving = False
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        elif isinstance(exc, CoreError):
            self.general_error.show_error(core_message(exc.message))
        else:
            log.error("status change failed: %s", type(exc).__name__)
        self.send_finished.emit(False)

    def ask_delete(self) -> None:
        """Delete this draft, after a confirmation; the window closes when it is gone."""
        if not self.stored or self.obs.status != Status.DRAFT.value or self._saving:
            return
        delete_draft(self.session, self.observation_id, self.dialogs, self, self._deleted)

    def _deleted(self) -> None:
        self.dirty = False
        self.discard_and_close()

    def show_history(self) -> None:
        if not self.stored or self.session.profile is None:
            return
        from desktop.ui.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.session, self.observation_id, self)
        self.history_dialog = dialog
        dialog.exec()

    # -- hub -------------------------------------------------------------------------

    def _unlocked(self) -> None:
        self.attachments.resume()
        if self.dirty and self.obs.status == Status.DRAFT.value:
            self.autosave_timer.start()

    def _data_changed(self, observation_id: str) -> None:
        if observation_id not in (self.observation_id, "") or self.dirty or self._saving:
            return
        profile = self.session.profile
        if profile is None or not self.stored:
            return
        self._run(
            profile.observations.get,
            self.observation_id,
            on_done=self._reread,
            on_error=lambda _exc: None,  # deleted meanwhile: the window closes itself
        )

    def _reread(self, current: Observation) -> None:
        """A newer state from elsewhere (a sync, a status change): shown unless edited."""
        if self.dirty or self._saving:
            return
        if current.rev != self.obs.rev or current.status != self.obs.status:
            self.load(current)
        else:  # a review that left the status as it was still joins the thread
            self.review_thread.show_for(self.session.profile, current, self.stored)

    # -- header and footer -----------------------------------------------------------

    def _field_name(self, path: str) -> str:
        parts = path.split(".")
        if parts[0] in ("people", "follow_up"):
            return self.sections_titles()[parts[0]]
        key = path if path in self.captions else parts[0]
        caption = self.captions.get(key) or self.captions.get(
            {"date": "date.start", "place": "place.velayat"}.get(parts[0], ""), None
        )
        if caption is None:
            return path
        return caption.text().replace("&", "").rstrip(":")

    def _update_header(self) -> None:
        title = self.title.text().strip() or self.tr("New observation")
        self._header_text = title
        self._elide_header()
        # The record's title stays inside the window: window titles show in task switchers,
        # screenshots and screen-sharing (issue 13 finding 8).
        self.setWindowTitle(("* " if self.dirty else "") + self.tr("Observation") + " — Fieldbook")
        self.status_badge.setText(labels.tr(labels.STATUS, self.obs.status))
        if not self.editable():
            self.banner.setText(
                self.tr(
                    "This observation was sent and can no longer be changed here. "
                    "You can still read it, see its history and save copies of attachments."
                )
            )
            self.banner.setVisible(True)
        elif self.obs.status == Status.NEEDS_INFORMATION.value:
            self.banner.setText(
                self.tr(
                    "Your coordinator asked for more information. Add it, then choose "
                    "Ready to send again."
                )
            )
            self.banner.setVisible(True)
        else:
            self.banner.setVisible(False)

    def _elide_header(self) -> None:
        text = getattr(self, "_header_text", "")
        metrics = self.header_title.fontMetrics()
        width = max(100, self.header_title.width())
        self.header_title.setText(metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
        self.header_title.setToolTip(text if len(text) > 80 else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide_header()

    def _update_send_button(self) -> None:
        status = Status(self.obs.status)
        if status == Status.QUEUED:
            text = self.tr("&Back to drafts")
            enabled = True
        else:
            text = self.tr("Ready to se&nd")
            enabled = Status.QUEUED in _next_statuses(status)
        self.send_button.setText(text)
        self.send_action.setText(text)
        self.send_button.setEnabled(enabled)
        self.send_action.setEnabled(enabled)

    def _update_save_state(self) -> None:
        if self.dirty:
            if self.obs.status == Status.DRAFT.value:
                text = self.tr(
                    "Unsaved changes — saved automatically shortly after you stop typing."
                )
            else:
                text = self.tr("Unsaved changes — press Save (Ctrl+S).")
        elif self.stored:
            text = self.tr("All changes saved (revision %1).").replace("%1", str(self.obs.rev))
        else:
            text = self.tr("Not saved yet.")
        self._set_state_text(text)

    def _set_state_text(self, text: str) -> None:
        self.save_state.setText(text)

    def sections_titles(self) -> dict[str, str]:
        return {
            "what": self.tr("What happened"),
            "when": self.tr("When and where"),
            "rights": self.tr("Rights and acts"),
            "people": self.tr("People involved"),
            "source": self.tr("Source and consent"),
            "attachments": self.tr("Attachments"),
            "follow_up": self.tr("Follow-up"),
            "recommendations": self.tr("UN recommendations"),
        }

    def scroll_to_section(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            box = self.sections[SECTIONS[row]]
            self.scroll.verticalScrollBar().setValue(box.y())

    # -- translation -----------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        loading, self._loading = self._loading, True
        try:
            titles = self.sections_titles()
            for i, key in enumerate(SECTIONS):
                self.sections[key].setTitle(titles[key])
                self.nav.item(i).setText(titles[key])
            self.nav.setFixedWidth(self.nav.sizeHintForColumn(0) + 2 * self.nav.frameWidth() + 24)
            captions = {
                "title": self.tr("&Title:"),
                "description": self.tr("What the &witness told you:"),
                "confidentiality": self.tr("Confidentiality:"),
                "tags": self.tr("Tags:"),
                "date.precision": self.tr("How e&xact is the date:"),
                "date.start": self.tr("&Date (or start):"),
                "date.end": self.tr("End:"),
                "place.velayat": self.tr("&Velayat:"),
                "place.etrap": self.tr("&Etrap:"),
                "place.settlement": self.tr("Town or villa&ge:"),
                "place.lat": self.tr("Coordinates (optional):"),
                "rights": self.tr("&Rights affected:"),
                "act_types": self.tr("T&ypes of act:"),
                "source.type": self.tr("So&urce type:"),
                "source.reliability": self.tr("Re&liability:"),
                "source.how_obtained": self.tr("How it was obtained:"),
                "consent": self.tr("Consent:"),
                "recommendations": self.tr("Recommendations it bears on:"),
                "upr_themes": self.tr("UPR themes:"),
                "sdg_targets": self.tr("SDG targets:"),
            }
            for key, text in captions.items():
                self.captions[key].setText(text)
            self.title.setPlaceholderText(self.tr("A short summary, e.g. “Detained at the bazaar”"))
            self.title.setAccessibleName(self.tr("Title"))
            self.description.setPlaceholderText(
                self.tr("Write down what happened, in the witness's own words where possible.")
            )
            self.description.setAccessibleName(self.tr("Description"))
            for code, button in self.confidentiality_buttons.items():
                button.setText(labels.tr(labels.CONFIDENTIALITY, code))
            self.tags.setPlaceholderText(self.tr("Short words separated by commas"))
            self.tags.setAccessibleName(self.tr("Tags"))
            self.sdg_targets.setPlaceholderText(self.tr("e.g. 16.10, 5.2"))
            self.sdg_targets.setAccessibleName(self.tr("SDG targets"))
            precision = self.precision.currentData() or self.obs.date.precision
            self.precision.clear()
            for p in DatePrecision:
                self.precision.addItem(labels.tr(labels.PRECISION, p.value), p.value)
            set_combo(self.precision, precision)
            self.precision.setAccessibleName(self.tr("Date precision"))
            self.date_start.setAccessibleName(self.tr("Incident date or start"))
            self.has_end.setText(self.tr("It lasted until"))
            self.date_end.setAccessibleName(self.tr("Incident end date"))
            not_set = self.tr("(not set)")
            fill_combo(self.velayat, refdata.velayats(), not_set)
            self._fill_etraps()
            self.velayat.setAccessibleName(self.tr("Velayat"))
            self.etrap.setAccessibleName(self.tr("Etrap"))
            self.settlement.setAccessibleName(self.tr("Town or village"))
            self.lat.setPlaceholderText(self.tr("Latitude"))
            self.lon.setPlaceholderText(self.tr("Longitude"))
            self.lat.setAccessibleName(self.tr("Latitude"))
            self.lon.setAccessibleName(self.tr("Longitude"))
            fill_combo(self.source_type, refdata.vocabulary("source_type"), not_set)
            fill_combo(self.reliability, refdata.vocabulary("reliability"), not_set)
            fill_combo(self.how_obtained, refdata.vocabulary("how_obtained"), not_set)
            self.source_type.setAccessibleName(self.tr("Source type"))
            self.reliability.setAccessibleName(self.tr("Reliability"))
            self.how_obtained.setAccessibleName(self.tr("How it was obtained"))
            self.consent_obtained.setText(
                self.tr("The person gave informed consent to record this")
            )
            self.share_label.setText(self.tr("They agreed that it may be shared with:"))
            self.share_coordinators.setText(self.tr("Our network's coordinators"))
            self.share_institution.setText(self.tr("The national human-rights institution"))
            self.share_public.setText(self.tr("Anonymised public reports"))
            self.nav.setAccessibleName(self.tr("Sections"))
            self.observation_menu.setTitle(self.tr("&Observation"))
            self.save_action.setText(self.tr("&Save"))
            self.attach_action.setText(self.tr("&Attach files…"))
            self.history_action.setText(self.tr("Revision &history…"))
            self.lock_action.setText(self.tr("&Lock Fieldbook"))
            self.close_action.setText(self.tr("&Close"))
            self.delete_action.setText(self.tr("&Delete this draft…"))
            self.save_button.setText(self.tr("&Save"))
            self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
            self.history_button.setText(self.tr("&History"))
            self.history_button.setToolTip(self.tr("Revision history (Ctrl+H)"))
            self.close_button.setText(self.tr("Close"))
            self.send_button.setToolTip(self.tr("Ready to send (Ctrl+Enter)"))
        finally:
            self._loading = loading
        self._update_send_button()
        self._update_header()
        self._update_save_state()
        if self.last_errors:
            self.show_errors(self.last_errors)

    # -- closing ---------------------------------------------------------------------

    def _close_after_save(self, ok: bool) -> None:
        self.save_finished.disconnect(self._close_after_save)
        if ok and not self.dirty:
            self.close()

    def discard_and_close(self) -> None:
        self._force_close = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._saving and not self._force_close:
            event.ignore()  # closed when the store has answered
            self.save_finished.connect(self._close_after_save)
            return
        if self.dirty and not self._force_close and self.editable():
            answer = self.dialogs.ask_unsaved(self)
            if answer == "cancel":
                event.ignore()
                return
            if answer == "save":
                event.ignore()
                self.save_finished.connect(self._close_after_save)
                self.save()
                return
        self.autosave_timer.stop()
        try:
            hub().unlocked.disconnect(self._unlocked)
            hub().data_changed.disconnect(self._data_changed)
        except (RuntimeError, TypeError):
            pass
        event.accept()
        self.closed.emit(self.observation_id)


def _next_statuses(status: Status) -> frozenset[Status]:
    from desktop.core.model import ALLOWED_TRANSITIONS

    return ALLOWED_TRANSITIONS[status]
