"""The detail pane's "Recommended before" tab: predecessors in earlier cycles, suggested, confirmed or rejected.

Each suggestion shows its score, the earlier recommendation's response (with its history) and the
coalition's latest status of it then; a person confirms or rejects it (one step of Undo each).
"Confirm all above..." previews every link a threshold would confirm before anything is written.
Every read and write runs on the database worker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.operations import recommended_before
from upr_desktop.ui import vocabulary

if TYPE_CHECKING:
    from upr_desktop.operations.recommended_before import (
        RecommendedBefore,
        Suggestion,
        ThresholdPreview,
    )
    from upr_desktop.ui.pages import AppContext

PAIR_ROLE = Qt.ItemDataRole.UserRole + 1


def _view(name: str) -> QTreeView:
    view = QTreeView()
    view.setRootIsDecorated(False)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setAccessibleName(name)
    return view


class SuggestionModel(QStandardItemModel):
    """Suggestions as rows: score, the earlier recommendation, its response then, its status then, the decision."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 6, parent)
        self.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Earlier"), self.tr("Earlier recommendation"),
                                        self.tr("Response then"), self.tr("Status then"), self.tr("Decision")])

    def decision_text(self, decision: str | None) -> str:
        if decision == "confirmed":
            return "\u2714 " + self.tr("Confirmed")
        if decision == "rejected":
            return "\u2716 " + self.tr("Rejected")
        return "? " + self.tr("Suggested")

    def fill(self, suggestions: list[Suggestion]) -> None:
        self.removeRows(0, self.rowCount())
        for s in suggestions:
            before = s.earlier
            earlier = self.tr("%1 (cycle %2)").replace("%1", before.ref).replace("%2", str(before.cycle))
            states = vocabulary.state_names(before.recommending_states)
            text = f"{before.text} ({states})" if states else before.text
            values = [f"{s.score:.2f}", earlier, text, before.response_story, vocabulary.status_text(before.status),
                      self.decision_text(s.decision)]
            items = [QStandardItem(v) for v in values]
            for item in items:
                item.setToolTip(item.text())
            items[0].setData((s.recommendation_id, before.id, s.score, s.decision), PAIR_ROLE)
            self.appendRow(items)

    def pair(self, row: int) -> tuple[int, int, float, str | None]:
        value: Any = self.item(row, 0).data(PAIR_ROLE)
        return tuple(value)  # type: ignore[return-value]


class RecommendedBeforePanel(QWidget):
    """One recommendation's predecessors in earlier cycles of the same State, and its near-duplicates in its own cycle."""

    assign_cluster_requested = Signal(list)  # the ids of a cluster to assign to a group in one step

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rec_id: int | None = None
        self._stale = False
        self.cycle: int | None = None
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Select a recommendation to see what was recommended before."))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.model = SuggestionModel(self)
        self.view = _view(self.tr("Recommended before"))
        self.view.setModel(self.model)
        header = self.view.header()
        header.setStretchLastSection(False)
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # the text wraps in what is left
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.confirm_button = QPushButton(self.tr("&Confirm link"))
        self.confirm_button.setToolTip(self.tr("The selected earlier recommendation was recommended before this one"))
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.reject_button.setToolTip(self.tr("Not the same recommendation: it is not suggested again"))
        self.above_button = QPushButton(self.tr("Confirm all abo&ve..."))
        self.above_button.setToolTip(self.tr("Preview, then confirm the best suggestion of every recommendation of this cycle above a score"))
        self.confirm_button.clicked.connect(lambda: self._decide("confirmed"))
        self.reject_button.clicked.connect(lambda: self._decide("rejected"))
        self.above_button.clicked.connect(self.confirm_above)
        self.cluster_button = QPushButton(self.tr("Assign its cl&uster..."))
        self.cluster_button.setToolTip(self.tr("Near-duplicates from other States in the same cycle: assign them all to a group at once"))
        self.cluster_button.clicked.connect(self.assign_cluster)
        for button in (self.confirm_button, self.reject_button, self.above_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cluster_button)
        layout.addLayout(buttons)
        self.show_result(None)

    # -- loading ------------------------------------------------------------------------------
    def load(self, rec_id: int | None) -> None:
        """Show ``rec_id``'s suggestions; they are looked for only while the tab is shown (then at once when it is)."""
        self.rec_id = rec_id
        self._stale = True
        if rec_id is None:
            self.show_result(None)
            return
        if self.isVisible():
            self._fetch()

    def showEvent(self, event: Any) -> None:  # Qt override
        super().showEvent(event)
        if self._stale and self.rec_id is not None:
            self._fetch()

    def _fetch(self) -> None:
        self._stale = False
        rec_id = self.rec_id
        self.ctx.ops.read(recommended_before.recommended_before, rec_id, on_done=self.show_result, key="recommended-before",
                          on_error=lambda _exc: self.show_result(None))

    def show_result(self, result: RecommendedBefore | None) -> None:
        if result is None or result.recommendation_id != self.rec_id:
            self.cycle = None
            self.model.fill([])
            self.summary.setText(self.tr("Select a recommendation to see what was recommended before."))
            self._enable()
            return
        self.cycle = result.cycle
        self.model.fill(result.suggestions)
        confirmed = sum(1 for s in result.suggestions if s.decision == "confirmed")
        if not result.suggestions:
            text = self.tr("Nothing recommended in an earlier cycle of this State comes close to %1.").replace("%1", result.ref)
        else:
            text = self.tr("Confirmed predecessors of %1: %n. Select a suggestion, then confirm or reject it.", "", confirmed).replace("%1", result.ref)
        self.summary.setText(text)
        self._enable()

    def _selected_rows(self) -> list[int]:
        return sorted({index.row() for index in self.view.selectionModel().selectedRows()})

    def _enable(self) -> None:
        rows = self._selected_rows()
        decisions = [self.model.pair(r)[3] for r in rows]
        self.confirm_button.setEnabled(any(d != "confirmed" for d in decisions))
        self.reject_button.setEnabled(any(d != "rejected" for d in decisions))
        self.above_button.setEnabled(self.cycle is not None)
        self.cluster_button.setEnabled(self.cycle is not None)

    # -- decisions ----------------------------------------------------------------------------
    def _decide(self, status: str) -> None:
        pairs = [self.model.pair(r)[:3] for r in self._selected_rows() if self.model.pair(r)[3] != status]
        if not pairs:
            return
        op = recommended_before.confirm if status == "confirmed" else recommended_before.reject
        self.ctx.ops.write(op, pairs, on_done=lambda _n: self.load(self.rec_id))

    def assign_cluster(self) -> None:
        if self.rec_id is not None:
            self.ctx.ops.read(recommended_before.cluster_of, self.rec_id, on_done=self._cluster_found, key="recommendation-cluster")

    def _cluster_found(self, cluster: Any) -> None:
        if cluster is None:
            self.ctx.status_message(self.tr("No near-duplicate of this recommendation in its cycle."))
            return
        self.ctx.status_message(self.tr("Cluster: %1").replace("%1", ", ".join(cluster.refs)))
        self.assign_cluster_requested.emit([m.id for m in cluster.members])

    def confirm_above(self) -> None:
        dialog = ConfirmAboveDialog(self.ctx, self.cycle, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.ctx.ops.write(recommended_before.confirm_above, min_score=dialog.threshold.value(), cycle=self.cycle,
                               on_done=lambda preview: self._confirmed_above(preview))

    def _confirmed_above(self, preview: ThresholdPreview) -> None:
        self.ctx.status_message(self.tr("Links to earlier cycles confirmed: %n.", "", len(preview.suggestions)))
        self.load(self.rec_id)


class ConfirmAboveDialog(QDialog):
    """Choose a score; the links it would confirm are listed (computed on the worker) before anything is written."""

    def __init__(self, ctx: AppContext, cycle: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cycle = cycle
        self.preview: ThresholdPreview | None = None
        self.setWindowTitle(self.tr("Confirm all above a score"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        label = QLabel(self.tr("Mi&nimum score:"))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0.5, 1.0)
        self.threshold.setSingleStep(0.05)
        self.threshold.setDecimals(2)
        self.threshold.setValue(max(0.8, recommended_before.DEFAULT_MIN_SCORE))
        self.threshold.setAccessibleName(self.tr("Minimum score"))
        label.setBuddy(self.threshold)
        row.addWidget(label)
        row.addWidget(self.threshold)
        row.addStretch(1)
        layout.addLayout(row)
        self.count = QLabel()
        self.count.setWordWrap(True)
        layout.addWidget(self.count)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels([self.tr("Score"), self.tr("Recommendation"), self.tr("Earlier"), self.tr("Earlier recommendation")])
        self.view = _view(self.tr("Links that would be confirmed"))
        self.view.setModel(self.model)
        header = self.view.header()
        header.setStretchLastSection(False)
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.view, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 460)
        self.threshold.valueChanged.connect(lambda _v: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self.count.setText(self.tr("Looking for suggestions..."))
        self.ctx.ops.read(recommended_before.confirm_above, min_score=self.threshold.value(), cycle=self.cycle, dry_run=True,
                          on_done=self.show_preview, key="confirm-above-preview")

    def show_preview(self, outcome: Any) -> None:
        preview: ThresholdPreview = outcome.result
        if abs(preview.min_score - self.threshold.value()) > 1e-9:
            return  # an older answer; the newer one is on its way
        self.preview = preview
        self.model.removeRows(0, self.model.rowCount())
        for s in preview.suggestions:
            items = [QStandardItem(v) for v in (f"{s.score:.2f}", s.ref, s.earlier.ref, s.earlier.text)]
            for item in items:
                item.setToolTip(item.text())
            self.model.appendRow(items)
        n = len(preview.suggestions)
        self.count.setText(self.tr("Links that would be confirmed: %n (the best suggestion of each recommendation scoring at least "
                                   "this). Nothing is changed until you confirm; Undo takes them all back.", "", n))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Confirm: %n", "", n))
        ok.setEnabled(n > 0)
