"""A lazy table model: holds the ordered ids from SQL and fetches rows for what is drawn, a page at a time."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from upr_desktop.operations import recommendations
from upr_desktop.operations.recommendations import (
    TABLE_COLUMNS,
    RecommendationFilter,
    RecommendationRow,
)
from upr_desktop.ui import vocabulary
from upr_desktop.ui.translations import format_date
from upr_desktop.ui.worker import Operations

PAGE_SIZE = 100
MAX_CACHED_PAGES = 60
HEADERS = (
    QT_TRANSLATE_NOOP("RecommendationTable", "Ref"),
    QT_TRANSLATE_NOOP("RecommendationTable", "Recommendation"),
    QT_TRANSLATE_NOOP("RecommendationTable", "Recommending States"),
    QT_TRANSLATE_NOOP("RecommendationTable", "Response"),
    QT_TRANSLATE_NOOP("RecommendationTable", "Themes"),
    QT_TRANSLATE_NOOP("RecommendationTable", "Lead group"),
    QT_TRANSLATE_NOOP("RecommendationTable", "Latest status"),
    QT_TRANSLATE_NOOP("RecommendationTable", "Last assessed"),
)
STATUS_COLUMN = TABLE_COLUMNS.index("status")
Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.UserRole})


class RecommendationTableModel(QAbstractTableModel):
    """Rows appear as their pages arrive from the database worker; nothing is sorted in Python."""

    reloaded = Signal(int)  # how many rows after a new filter or sort
    rows_arrived = Signal()

    def __init__(self, ops: Operations, parent: Any = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.filter = RecommendationFilter()
        self.sort_column = 0
        self.descending = False
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list[RecommendationRow]] = OrderedDict()
        self._texts: dict[int, list[tuple[str, ...]]] = {}  # display strings, made once per page
        self._dates: dict[date, str] = {}  # dates as the locale writes them (a language change rebuilds the window)
        self._requested: set[int] = set()
        self._pending: set[int] = set()
        self._generation = 0
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self.fetch_pending)

    # -- loading ------------------------------------------------------------------------
    def reload(self, flt: RecommendationFilter | None = None) -> None:
        """Ask SQL for the ordered ids under the current filter and sort; the newest request wins."""
        if flt is not None:
            self.filter = replace(flt)
        # The first page comes with the ids: the view starts at the top, no second round trip. On a server a
        # broad search sends its first page alone, and the rest of the ids follow (operations.table_start).
        self.ops.read(recommendations.table_start, replace(self.filter), TABLE_COLUMNS[self.sort_column], self.descending, PAGE_SIZE,
                      on_done=self._start_loaded, key=f"recommendation-ids-{id(self)}")

    def _start_loaded(self, loaded: tuple[list[int], list[RecommendationRow], bool]) -> None:
        ids, first_page, complete = loaded
        self._ids_loaded((ids, first_page))
        if not complete:
            generation = self._generation
            self.ops.read(recommendations.table_ids, replace(self.filter), TABLE_COLUMNS[self.sort_column], self.descending,
                          on_done=lambda got: self._rest_loaded(generation, got[0]), key=f"recommendation-ids-{id(self)}")

    def _rest_loaded(self, generation: int, ids: list[int]) -> None:
        """All the ids after the first page shown: the rows below it appear; what is shown stays where it is."""
        if generation != self._generation:
            return  # a newer filter or sort asked since
        known = len(self._ids)
        if ids[:known] != self._ids:  # the data changed in between: start again from these
            self._ids_loaded((ids, []))
            self.ensure_rows(0, PAGE_SIZE - 1)
            return
        if len(ids) > known:
            self.beginInsertRows(QModelIndex(), known, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        if len(self._pages.get(0, ())) < min(PAGE_SIZE, len(ids)):  # a first page shorter than a page: its rest too
            self._pages.pop(0, None)
            self._texts.pop(0, None)
            self._requested.discard(0)
            self._request(0)
        self.reloaded.emit(len(ids))

    def show_first_screen(self, ids: list[int], rows: list[RecommendationRow]) -> None:
        """Rows read before the workspace finished opening (the default order, first page): shown until
        the model's own answer replaces them (the same ids: the rows stay where they are)."""
        if self._ids or self.filter != RecommendationFilter() or self.sort_column != 0 or self.descending:
            return
        self._ids_loaded((ids, rows))

    def _ids_loaded(self, loaded: tuple[list[int], list[RecommendationRow]]) -> None:
        ids, first_page = loaded
        self._generation += 1
        self._requested.clear()
        self._pending.clear()
        self._texts.clear()
        if ids == self._ids:  # same rows (an edit): keep the layout, refetch what is shown
            self._pages.clear()
            self._store_page(0, first_page)
            if ids:
                self.dataChanged.emit(self.index(0, 0), self.index(len(ids) - 1, len(HEADERS) - 1))
        else:
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self._store_page(0, first_page)
            self.endResetModel()
        self.reloaded.emit(len(ids))
        if 0 in self._pages:
            self.rows_arrived.emit()

    def _request(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        self._pending.add(page)
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def ensure_rows(self, first: int, last: int) -> None:
        """Fetch the pages covering rows first..last now (tests and keyboard jumps use it)."""
        for page in range(max(0, first) // PAGE_SIZE, min(last, len(self._ids) - 1) // PAGE_SIZE + 1):
            if page not in self._pages:
                self._request(page)
        self.fetch_pending()

    def prefetch(self, first: int, last: int) -> None:
        """Ask ahead for the pages around rows first..last, so scrolling on finds them loaded."""
        if not self._ids:
            return
        lowest = max(0, first - PAGE_SIZE // 2) // PAGE_SIZE
        highest = min(len(self._ids) - 1, last + PAGE_SIZE) // PAGE_SIZE
        for page in range(lowest, highest + 1):
            if page not in self._pages:
                self._request(page)

    def fetch_pending(self) -> None:
        self._fetch_timer.stop()
        if not self._pending:
            return
        slices = {p: self._ids[p * PAGE_SIZE : (p + 1) * PAGE_SIZE] for p in sorted(self._pending)}
        self._pending.clear()
        generation = self._generation
        self.ops.read(recommendations.table_pages, slices, on_done=lambda pages: self._pages_loaded(generation, pages))

    def _pages_loaded(self, generation: int, pages: dict[int, list[RecommendationRow]]) -> None:
        if generation != self._generation:
            return
        for page, rows in pages.items():
            self._store_page(page, rows)
            first = page * PAGE_SIZE
            self.dataChanged.emit(self.index(first, 0), self.index(first + len(rows) - 1, len(HEADERS) - 1))
        while len(self._pages) > MAX_CACHED_PAGES:
            old, _rows = self._pages.popitem(last=False)
            self._texts.pop(old, None)
            self._requested.discard(old)
        self.rows_arrived.emit()

    def _store_page(self, page: int, rows: list[RecommendationRow]) -> None:
        self._pages[page] = rows
        self._texts[page] = [tuple(self.display(item, c) for c in range(len(HEADERS))) for item in rows]
        self._pages.move_to_end(page)
        self._requested.add(page)

    # -- what the page asks --------------------------------------------------------------
    @property
    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, rec_id: int) -> int | None:
        try:
            return self._ids.index(rec_id)
        except ValueError:
            return None

    def row_data(self, row: int) -> RecommendationRow | None:
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # -- Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return QCoreApplication.translate("RecommendationTable", HEADERS[section])
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:  # the hot path while painting: a lookup
            texts = self._texts.get(row // PAGE_SIZE)
            if texts is not None and row % PAGE_SIZE < len(texts):
                return texts[row % PAGE_SIZE][column]
        if role == Qt.ItemDataRole.UserRole:
            return self.id_at(row)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.AccessibleTextRole):
            return None
        item = self.row_data(row)
        if item is None:
            page = row // PAGE_SIZE
            self._request(page)
            if (page + 1) * PAGE_SIZE < len(self._ids):
                self._request(page + 1)  # scrolling on: the next page is usually wanted next
            return None if role == Qt.ItemDataRole.ForegroundRole else ("\u2026" if column == 0 else "")
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = vocabulary.STATUS_COLOURS.get(item.status or "") if column == STATUS_COLUMN else None
            return QColor(colour) if colour else None
        return self.display(item, column)

    def display(self, item: RecommendationRow, column: int) -> str:
        name = TABLE_COLUMNS[column]
        if name == "ref":
            return item.ref
        if name == "text":
            return item.excerpt
        if name == "recommending_states":
            return vocabulary.state_names(item.recommending_states)
        if name == "response":
            return vocabulary.label(item.response)
        if name == "themes":
            return vocabulary.theme_names(item.themes)
        if name == "lead_group":
            return item.lead_group or ""
        if name == "status":
            return vocabulary.status_text(item.status)
        if item.last_assessed is None:
            return ""
        text = self._dates.get(item.last_assessed)
        if text is None:  # a QLocale per call cost ~0.2 ms: 20 ms of every page of 100 rows
            text = self._dates[item.last_assessed] = format_date(item.last_assessed)
        return text

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
