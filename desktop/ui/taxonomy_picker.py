"""A searchable, checkable tree for the rights and types-of-act taxonomies.

The filter box searches labels in all three languages (and article notations such as
"ICCPR art. 7") through :meth:`Taxonomy.search`; matching terms are shown with their
ancestors and descendants. Checked codes are kept across filtering.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.refdata import Term
from desktop.ui import refdata
from desktop.ui.widgets import ErrorLabel, single_shot, translate_buttons

CODE_ROLE = Qt.ItemDataRole.UserRole + 1


class _Filter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.codes: set[str] | None = None
        self.setRecursiveFilteringEnabled(True)
        self.setAutoAcceptChildRows(True)

    def set_codes(self, codes: set[str] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt ≥ 6.9
            self.beginFilterChange()
            self.codes = codes
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.codes = codes
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self.codes is None:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return str(index.data(CODE_ROLE)) in self.codes


def term_text(term: Term) -> str:
    label = term.label(refdata.lang())
    if term.notation and term.notation not in label:
        return f"{term.notation} — {label}"
    return label


class _CheckTree(QTreeView):
    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        # Enter ticks the current item (``activated``); the view lets the key go on to the
        # dialog, whose default button would then close it after the first item.
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and self.currentIndex().isValid():
            event.accept()


class TaxonomyPicker(QWidget):
    """``changed`` fires when the set of checked codes changes."""

    changed = Signal()

    def __init__(self, taxonomy: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taxonomy_name = taxonomy
        self._taxonomy = refdata.taxonomy(taxonomy)
        self._checked: list[str] = []
        self._items: dict[str, QStandardItem] = {}
        self._updating = False
        self._read_only = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)

        self.model = QStandardItemModel(self)
        self.proxy = _Filter()
        self.proxy.setSourceModel(self.model)
        self.tree = _CheckTree()
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setMinimumHeight(180)
        layout.addWidget(self.tree, 1)

        row = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.summary, 1)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(row)
        self.error = ErrorLabel()
        layout.addWidget(self.error)

        self._build()
        self.model.itemChanged.connect(self._item_changed)
        self._debounce = single_shot(self, 150, self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.tree.activated.connect(self._toggle_index)
        self.retranslate()

    def _build(self) -> None:
        self.model.clear()
        self._items.clear()
        for term in self._taxonomy:
            item = QStandardItem(term_text(term))
            item.setData(term.code, CODE_ROLE)
            item.setEditable(False)
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self._items[term.code] = item
            parent = self._items.get(term.parent) if term.parent else None
            (parent or self.model.invisibleRootItem()).appendRow(item)

    # -- checked codes ---------------------------------------------------------------

    def codes(self) -> list[str]:
        return list(self._checked)

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.tree.setEnabled(not read_only)
        self._update_summary()

    def set_codes(self, codes: Iterable[str]) -> None:
        wanted = [c for c in dict.fromkeys(codes)]
        self._updating = True
        try:
            for code, item in self._items.items():
                state = Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked
                if item.checkState() != state:
                    item.setCheckState(state)
        finally:
            self._updating = False
        self._checked = wanted
        self._update_summary()
        self._expand_checked()

    def clear(self) -> None:
        if self._checked:
            self.set_codes([])
            self.changed.emit()

    def set_checked(self, code: str, checked: bool) -> None:
        item = self._items[code]
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _item_changed(self, item: QStandardItem) -> None:
        if self._updating:
            return
        code = str(item.data(CODE_ROLE))
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and code not in self._checked:
            self._checked.append(code)
        elif not checked and code in self._checked:
            self._checked.remove(code)
        else:
            return
        self._update_summary()
        self.changed.emit()

    def _toggle_index(self, index: QModelIndex) -> None:
        code = str(index.data(CODE_ROLE))
        self.set_checked(code, code not in self._checked)

    def _expand_checked(self) -> None:
        for code in self._checked:
            for term in self._taxonomy.ancestors(code) if code in self._taxonomy else []:
                src = self._items[term.code].index()
                self.tree.expand(self.proxy.mapFromSource(src))

    # -- filtering -------------------------------------------------------------------

    def apply_filter(self) -> None:
        text = self.search.text().strip()
        if not text:
            self.proxy.set_codes(None)
            self.tree.collapseAll()
            self._expand_checked()
            return
        hits = {t.code for t in self._taxonomy.search(text)}
        self.proxy.set_codes(hits)
        if len(hits) <= 60:
            self.tree.expandAll()

    def visible_codes(self) -> list[str]:
        """Codes of the rows the filter shows (for tests)."""
        out: list[str] = []

        def walk(parent: QModelIndex) -> None:
            for r in range(self.proxy.rowCount(parent)):
                index = self.proxy.index(r, 0, parent)
                out.append(str(index.data(CODE_ROLE)))
                walk(index)

        walk(QModelIndex())
        return out

    # -- text ------------------------------------------------------------------------

    def _update_summary(self) -> None:
        if not self._checked:
            self.summary.setText(self.tr("Nothing chosen yet."))
            self.clear_button.setEnabled(False)
            return
        names = [refdata.term_label(self.taxonomy_name, c) for c in self._checked]
        self.summary.setText(self.tr("Chosen (%n):", "", len(names)) + " " + "; ".join(names))
        self.clear_button.setEnabled(not self._read_only)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search in Turkmen, Russian or English"))
        self.search.setAccessibleName(
            self.tr("Search rights")
            if self.taxonomy_name == "rights"
            else self.tr("Search types of act")
        )
        self.clear_button.setText(self.tr("Clear"))
        self.tree.setAccessibleName(
            self.tr("Rights affected")
            if self.taxonomy_name == "rights"
            else self.tr("Types of act")
        )
        self._updating = True
        try:
            for code, item in self._items.items():
                item.setText(term_text(self._taxonomy[code]))
        finally:
            self._updating = False
        self._update_summary()


class TaxonomyPickerDialog(QDialog):
    def __init__(self, taxonomy: str, codes: Iterable[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(640, 560)
        layout = QVBoxLayout(self)
        self.picker = TaxonomyPicker(taxonomy)
        self.picker.set_codes(codes)
        layout.addWidget(self.picker)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        translate_buttons(buttons)
        layout.addWidget(buttons)
        self.setWindowTitle(
            self.tr("Choose rights") if taxonomy == "rights" else self.tr("Choose types of act")
        )
