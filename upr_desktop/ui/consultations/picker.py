"""Pick recommendations by typing: full-text search results on one side, the chosen ones on the other."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QWidget,
)

from upr_desktop.operations import consultations
from upr_desktop.operations.consultations import RecommendationHit
from upr_desktop.ui.worker import Operations

SEARCH_DELAY_MS = 200
HIT_ROLE = Qt.ItemDataRole.UserRole + 1


def _item(hit: RecommendationHit) -> QStandardItem:
    item = QStandardItem(f"{hit.ref}  {hit.excerpt}")
    item.setData(hit, HIT_ROLE)
    item.setToolTip(hit.excerpt)
    item.setEditable(False)
    return item


class RecommendationPicker(QWidget):
    """Search (FTS5 on the worker, newest query wins) and a list of the recommendations picked."""

    changed = Signal()

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Type words or a reference, e.g. torture or 115.2"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search recommendations to link"))
        self.results_model = QStandardItemModel(self)
        self.results = self._list(self.results_model, self.tr("Matching recommendations"))
        self.picked_model = QStandardItemModel(self)
        self.picked_list = self._list(self.picked_model, self.tr("Recommendations discussed"))
        self.add_button = QPushButton(self.tr("Add &selected"))
        self.remove_button = QPushButton(self.tr("Remo&ve"))
        self.status = QLabel()
        self.add_button.clicked.connect(self.add_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.results.activated.connect(lambda _i: self.add_selected())
        self.picked_list.activated.connect(lambda _i: self.remove_selected())
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_edit.textChanged.connect(lambda _t: self._timer.start())
        self.search_edit.returnPressed.connect(self.run_search)

        search_label = QLabel(self.tr("Fin&d:"))
        search_label.setBuddy(self.search_edit)
        picked_label = QLabel(self.tr("Discussed:"))
        picked_label.setBuddy(self.picked_list)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(search_label, 0, 0)
        grid.addWidget(self.search_edit, 0, 1)
        grid.addWidget(self.results, 1, 0, 1, 2)
        grid.addWidget(self.add_button, 2, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(picked_label, 3, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.picked_list, 3, 1)
        grid.addWidget(self.remove_button, 4, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.status, 5, 0, 1, 2)

    def _list(self, model: QStandardItemModel, name: str) -> QListView:
        view = QListView()
        view.setModel(model)
        view.setAccessibleName(name)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformItemSizes(True)
        view.setFixedHeight(100)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the full text is in the tooltip
        return view

    # -- search ---------------------------------------------------------------------------
    def run_search(self) -> None:
        self._timer.stop()
        words = self.search_edit.text()
        if not words.strip():
            self.show_results([])
            return
        self.ops.read(consultations.search_recommendations, words, on_done=self.show_results, key=f"picker-{id(self)}")

    def show_results(self, hits: list[RecommendationHit]) -> None:
        self.results_model.clear()
        for hit in hits:
            self.results_model.appendRow(_item(hit))
        if hits:
            self.results.setCurrentIndex(self.results_model.index(0, 0))
        if self.search_edit.text().strip():
            self.status.setText(self.tr("%n matching recommendations (Enter or Add selected links them).", "", len(hits)))
        else:
            self.status.clear()

    # -- picking --------------------------------------------------------------------------
    def picked(self) -> list[RecommendationHit]:
        return [self.picked_model.item(r).data(HIT_ROLE) for r in range(self.picked_model.rowCount())]

    def set_picked(self, hits: list[RecommendationHit]) -> None:
        self.picked_model.clear()
        for hit in hits:
            self.picked_model.appendRow(_item(hit))

    def add_selected(self) -> None:
        have = {h.ref for h in self.picked()}
        rows = sorted({i.row() for i in self.results.selectionModel().selectedIndexes()}) or (
            [self.results.currentIndex().row()] if self.results.currentIndex().isValid() else []
        )
        for row in rows:
            hit: RecommendationHit = self.results_model.item(row).data(HIT_ROLE)
            if hit.ref not in have:
                self.picked_model.appendRow(_item(hit))
                have.add(hit.ref)
        if rows:
            self.changed.emit()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.picked_list.selectionModel().selectedIndexes()}, reverse=True)
        for row in rows:
            self.picked_model.removeRow(row)
        if rows:
            self.changed.emit()
