"""A table model over plain rows from the worker, shown a batch at a time (for the groups, consultations, actions lists)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from upr_desktop.operations.closed_lists import ALERT_COLOUR

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
BATCH = 200  # rows handed to the view at a time; the rest when it scrolls near the end
EMPHASIS_COLOUR = ALERT_COLOUR  # overdue rows, besides a symbol and words


@dataclass(frozen=True)
class Column(Generic[R]):
    """One column: an English header (marked with QT_TRANSLATE_NOOP in the model's context) and its text."""

    header: str
    text: Callable[[R], str]
    tooltip: Callable[[R], str] | None = None
    numeric: bool = False
    emphasised: bool = False  # the model's emphasis (e.g. overdue) shows in this column


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Read-only rows; ``emphasis(row)`` marks the emphasised columns (e.g. overdue) bold red, on top of the words that say so."""

    def __init__(
        self,
        context: str,
        columns: Sequence[Column[R]],
        *,
        emphasis: Callable[[R], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.columns = list(columns)
        self.emphasis = emphasis
        self._rows: list[R] = []
        self._shown = 0

    # -- data ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._shown = min(BATCH, len(self._rows))
        self.endResetModel()

    @property
    def rows(self) -> list[R]:
        return self._rows

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def find(self, predicate: Callable[[R], bool]) -> int:
        """Row number of the first row matching ``predicate`` (shown or not), -1 if none."""
        for number, row in enumerate(self._rows):
            if predicate(row):
                while number >= self._shown and self.canFetchMore(QModelIndex()):
                    self.fetchMore(QModelIndex())
                return number
        return -1

    # -- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._shown < len(self._rows)

    def fetchMore(self, parent: Index) -> None:
        more = min(BATCH, len(self._rows) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return QCoreApplication.translate(self.context, self.columns[section].header)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        emphasised = column.emphasised and self.emphasis is not None and self.emphasis(row)
        if role == Qt.ItemDataRole.ForegroundRole and emphasised:
            return QBrush(QColor(EMPHASIS_COLOUR))
        if role == Qt.ItemDataRole.FontRole and emphasised:
            font = QFont()
            font.setBold(True)
            return font
        return None


def table_view(model: QAbstractTableModel, accessible_name: str, *, stretch_column: int = -1) -> QTableView:
    """A keyboard-friendly, single-row-selection table over ``model``; ``stretch_column`` takes the spare width."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(accessible_name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setTabKeyNavigation(False)  # Tab leaves the table for the next control
    view.setWordWrap(False)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_column < 0)
    if stretch_column >= 0:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return view


def fit_columns(view: QTableView, stretch_column: int) -> None:
    """Size the columns to their contents (the first rows), leaving the stretch column the spare width."""
    header = view.horizontalHeader()
    for column in range(header.count()):
        if column != stretch_column:
            view.resizeColumnToContents(column)
            header.resizeSection(column, min(header.sectionSize(column), 260))


def selected_row(view: QTableView) -> int:
    """The selected (or current) row number, -1 when none."""
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if rows:
        return rows[0].row()
    return -1


class _KeyBindings(QObject):
    def __init__(self, view: QTableView, bindings: dict[Qt.Key, Callable[[], None]]) -> None:
        super().__init__(view)
        self.bindings = bindings

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and not event.modifiers():
            slot = self.bindings.get(Qt.Key(event.key()))
            if slot is not None:
                slot()
                return True
        return False


def bind_keys(view: QTableView, bindings: dict[Qt.Key, Callable[[], None]]) -> None:
    """Plain keys on a table (Insert = add, F2/Enter = edit, Delete = remove) call the page's slots."""
    view.installEventFilter(_KeyBindings(view, bindings))
