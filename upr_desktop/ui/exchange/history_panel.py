"""History of merges and imports (file, group, when, counts, in effect or undone): details, undo, the rejected
cells sent back to a group; and conflicts left open to resolve later."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.errors import UserError
from upr_desktop.operations import exchange
from upr_desktop.operations import importing as importing_ops
from upr_desktop.operations.exchange import ConflictView, HistoryEntry
from upr_desktop.ui.error_dialogs import show_error
from upr_desktop.ui.exchange.conflicts_model import ConflictRow, ConflictsView
from upr_desktop.ui.pages import AppContext
from upr_desktop.ui.translations import format_date_time, format_number

Index = QModelIndex | QPersistentModelIndex


class HistoryModel(QAbstractTableModel):
    """Merges and imports newest first; cells are formatted only when drawn."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[HistoryEntry] = []

    @property
    def merges(self) -> list[HistoryEntry]:
        return [e for e in self.entries if e.kind == "merge"]

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = entries
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 8

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        e = self.entries[index.row()]
        col = index.column()
        if col == 0:
            return e.file
        if col == 1:
            return e.group or "\u2013"
        if col == 2:
            return format_date_time(e.at)
        if col in (3, 4):
            return format_number((e.added, e.updated)[col - 3])
        if col == 5:
            return format_number(e.conflicts) if e.kind == "merge" else "\u2013"
        if col == 6:
            if e.state == "undone":
                return self.tr("\u21b6 undone")
            return self.tr("in effect") if e.state == "in-effect" else self.tr("changed nothing")
        return self.tr("Merge") if e.kind == "merge" else self.tr("Import")

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("File"), self.tr("Group"), self.tr("When"), self.tr("Added"), self.tr("Updated"),
                self.tr("Conflicts"), self.tr("State"), self.tr("Kind"))[section]


class ExplanationDialog(QDialog):
    """What one merge or import did, line by line (the same lines as the command line's show)."""

    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setAccessibleName(title)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(820, 480)


class HistoryPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Asked when an undo is refused because later changes touched the same data; True = undo anyway.
        self.ask_force: Callable[[str], bool] = self._ask_force
        # Where to save the rejected cells of a merge (None: cancelled); tests replace it.
        self.choose_cells_target: Callable[[HistoryEntry], str | None] = self._choose_cells_target
        self.explanation: ExplanationDialog | None = None
        layout = QVBoxLayout(self)
        self.model = HistoryModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("History of merges and imports"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.table.doubleClicked.connect(lambda _index: self.show_details())
        layout.addWidget(self.table, 1)
        bar = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.details_button = QPushButton(self.tr("&Details\u2026"))
        self.details_button.clicked.connect(lambda: self.show_details())
        self.send_back_button = QPushButton(self.tr("&Send the rejected cells back\u2026"))
        self.send_back_button.setToolTip(self.tr("A short workbook listing the cells this merge could not use, to send to the group"))
        self.send_back_button.clicked.connect(lambda: self.send_back())
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(lambda: self.undo())
        bar.addWidget(self.note, 1)
        for button in (self.details_button, self.send_back_button, self.undo_button):
            bar.addWidget(button)
        layout.addLayout(bar)
        self.reload()

    def reload(self) -> None:
        self.ctx.ops.read(exchange.work_history, on_done=self._show, key="exchange-history")

    def _show(self, entries: list[HistoryEntry]) -> None:
        chosen = self.selected()
        self.model.set_entries(entries)
        if chosen is not None:
            for row, e in enumerate(entries):
                if (e.kind, e.id) == (chosen.kind, chosen.id):
                    self.select(row)
        self._update()

    def selected(self) -> HistoryEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def select(self, row: int) -> None:
        self.table.selectRow(row)

    def _update(self) -> None:
        chosen = self.selected()
        self.details_button.setEnabled(chosen is not None)
        self.undo_button.setEnabled(chosen is not None and chosen.undoable)
        self.undo_button.setText(self.tr("&Undo import") if chosen is not None and chosen.kind == "import" else self.tr("&Undo merge"))
        self.send_back_button.setEnabled(chosen is not None and chosen.kind == "merge" and chosen.rejected > 0)

    # -- details -------------------------------------------------------------------------
    def show_details(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if chosen.kind == "merge":
            self.ctx.ops.read(lambda ws, i: exchange.explanation_lines(exchange.show_merge(ws, i)), chosen.id,
                              on_done=lambda lines: self._explain(chosen, lines))
        else:
            self.ctx.ops.read(lambda ws, i: importing_ops.explanation_lines(importing_ops.show_import(ws, i), 500), chosen.id,
                              on_done=lambda lines: self._explain(chosen, lines))

    def _explain(self, entry: HistoryEntry, lines: list[str]) -> None:
        title = (self.tr("Merge of %1") if entry.kind == "merge" else self.tr("Import of %1")).replace("%1", entry.file)
        self.explanation = ExplanationDialog(title, lines, self)
        self.explanation.open()

    # -- the rejected cells, back to the group ---------------------------------------------
    def send_back(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.kind != "merge" or not chosen.rejected:
            return
        target = self.choose_cells_target(chosen)
        if not target:
            return
        self.ctx.ops.read(exchange.send_cells_to_fix, chosen.id, target, on_done=self._sent_back)

    def _sent_back(self, path: Path) -> None:
        text = self.tr("Wrote the cells to fix to %1: send it to the group.").replace("%1", str(path))
        self.note.setText(text)
        self.ctx.status_message(text)

    def _choose_cells_target(self, entry: HistoryEntry) -> str | None:
        suggested = f"{Path(entry.file).stem} - {self.tr('cells to fix')}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the cells to fix for %1").replace("%1", entry.group or ""),
                                              suggested, self.tr("Workbook (*.xlsx);;CSV (*.csv);;Text (*.txt)"))
        return path or None

    # -- undo --------------------------------------------------------------------------------
    def undo(self, force: bool = False) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.undoable:
            return
        if chosen.kind == "import":
            self.ctx.ops.write(importing_ops.undo_import, chosen.id, on_done=lambda summary: self._undone(summary.file, chosen),
                               on_error=lambda exc: show_error(self, exc))
            return
        self.ctx.ops.write(exchange.undo_merge, chosen.id, force=force, on_done=lambda summary: self._undone(summary.file, chosen),
                           on_error=lambda exc: self._undo_refused(exc, force))

    def _undone(self, file: str, entry: HistoryEntry) -> None:
        text = (self.tr("Undid the merge of %1.") if entry.kind == "merge" else self.tr("Undid the import of %1.")).replace("%1", file)
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
        self.result.setText(self.tr("\u2714 Resolved %n conflicts.", "", count))
