"""Merge history (file, group, merged at, counts, undone) with Undo merge, and conflicts left open to resolve later."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.errors import UserError
from upr_desktop.operations import exchange
from upr_desktop.operations.exchange import ConflictView, MergeSummary
from upr_desktop.ui.error_dialogs import show_error
from upr_desktop.ui.exchange.conflicts_model import ConflictRow, ConflictsView
from upr_desktop.ui.pages import AppContext
from upr_desktop.ui.translations import format_date

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Merges newest first; cells are formatted only when drawn."""

    def __init__(self) -> None:
        super().__init__()
        self.merges: list[MergeSummary] = []

    def set_merges(self, merges: list[MergeSummary]) -> None:
        self.beginResetModel()
        self.merges = merges
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.merges)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 7

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        m = self.merges[index.row()]
        col = index.column()
        if col == 0:
            return m.file
        if col == 1:
            return m.group or "\u2013"
        if col == 2:
            return f"{format_date(m.merged_at.date())} {m.merged_at:%H:%M}"
        if col in (3, 4, 5):
            return str((m.added, m.updated, m.conflicts)[col - 3])
        return self.tr("\u21b6 undone") if m.undone else self.tr("in effect")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("File"), self.tr("Group"), self.tr("Merged at"), self.tr("Added"), self.tr("Updated"),
                self.tr("Conflicts"), self.tr("State"))[section]


class HistoryPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Asked when an undo is refused because later changes touched the same data; True = undo anyway.
        self.ask_force: Callable[[str], bool] = self._ask_force
        layout = QVBoxLayout(self)
        self.model = HistoryModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Merge history"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("&Undo merge"))
        self.undo_button.clicked.connect(lambda: self.undo())
        bar.addWidget(self.note, 1)
        bar.addWidget(self.undo_button)
        layout.addLayout(bar)
        self.reload()

    def reload(self) -> None:
        self.ctx.ops.read(exchange.list_merges, on_done=self._show, key="exchange-history")

    def _show(self, merges: list[MergeSummary]) -> None:
        self.model.set_merges(merges)
        self._update()

    def selected(self) -> MergeSummary | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.merges[rows[0].row()] if rows else None

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def _update(self) -> None:
        chosen = self.selected()
        self.undo_button.setEnabled(chosen is not None and not chosen.undone)

    def undo(self, force: bool = False) -> None:
        chosen = self.selected()
        if chosen is None or chosen.undone:
            return
        self.ctx.ops.write(exchange.undo_merge, chosen.id, force=force, on_done=self._undone,
                           on_error=lambda exc: self._undo_refused(exc, force))

    def _undone(self, summary: MergeSummary) -> None:
        text = self.tr("Undid the merge of %1.").replace("%1", summary.file)
        self.note.setText(text)
        self.ctx.status_message(text)

    def _undo_refused(self, exc: BaseException, forced: bool) -> None:
        if isinstance(exc, UserError) and not forced and self.ask_force(exc.message):
            self.undo(force=True)
            return
        show_error(self, exc)

    def _ask_force(self, message: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Undo merge"), message, QMessageBox.StandardButton.Cancel, self)
        force = box.addButton(self.tr("&Force: undo anyway"), QMessageBox.ButtonRole.DestructiveRole)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()
        return box.clickedButton() is force


class OpenConflictsPanel(QWidget):
    """Conflicts earlier merges left undecided: decide them here, then Resolve."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.view = ConflictsView()
        self.model = self.view.model
        layout.addWidget(self.view, 1)
        bar = QHBoxLayout()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.resolve_button = QPushButton(self.tr("&Resolve the decided conflicts"))
        self.resolve_button.clicked.connect(self.resolve)
        bar.addWidget(self.result, 1)
        bar.addWidget(self.resolve_button)
        layout.addLayout(bar)
        self.count = 0
        self.counted: Callable[[int], None] = lambda _n: None  # the page shows the count in its tab title
        self.reload()

    def reload(self) -> None:
        self.ctx.ops.read(exchange.list_conflicts, on_done=self._show, key="exchange-open-conflicts")

    def _show(self, views: list[ConflictView]) -> None:
        self.count = len(views)
        self.counted(self.count)
        self.model.set_rows([ConflictRow.stored(v) for v in views])
        self.view.note.setText(self.tr("Conflicts from earlier merges still waiting for a decision: %1.").replace("%1", str(len(views)))
                               if views else self.tr("No conflicts are waiting for a decision."))

    def resolve(self) -> None:
        chosen = {r.conflict_id: c for r in self.model.rows if r.conflict_id is not None and (c := r.choice()) is not None}
        if not chosen:
            self.result.setText(self.tr("Choose a decision for at least one conflict first."))
            return
        self.ctx.ops.write(exchange.resolve_conflicts, chosen, on_done=self._resolved)

    def _resolved(self, count: int) -> None:
        self.result.setText(self.tr("\u2714 Resolved %1 conflicts.").replace("%1", str(count)))
