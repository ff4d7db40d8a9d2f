"""Conflicts side by side (ref, field, base, ours, theirs) with a decision per row: keep ours, take theirs, edit."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.operations import closed_lists
from upr_desktop.operations.exchange import TAKES as DECIDED
from upr_desktop.operations.exchange import ConflictView, FieldConflict, display
from upr_desktop.ui import vocabulary

Index = QModelIndex | QPersistentModelIndex
translate = QCoreApplication.translate

UNDECIDED = ""
TAKES = (UNDECIDED, *DECIDED)  # "decide later", then what a decision can keep: ours, theirs, an edited value
TAKE_LABELS = {
    UNDECIDED: QT_TRANSLATE_NOOP("Conflicts", "Decide later"),
    "ours": QT_TRANSLATE_NOOP("Conflicts", "Keep ours"),
    "theirs": QT_TRANSLATE_NOOP("Conflicts", "Take theirs"),
    "edited": QT_TRANSLATE_NOOP("Conflicts", "Edited value"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("Conflicts", "Ref"), QT_TRANSLATE_NOOP("Conflicts", "Field"),
    QT_TRANSLATE_NOOP("Conflicts", "When exported (base)"), QT_TRANSLATE_NOOP("Conflicts", "Ours (secretariat)"),
    QT_TRANSLATE_NOOP("Conflicts", "Theirs (group)"), QT_TRANSLATE_NOOP("Conflicts", "Decision"),
    QT_TRANSLATE_NOOP("Conflicts", "Value kept"),
)
FIELD_LABELS = {
    "status": QT_TRANSLATE_NOOP("Conflicts", "Status"), "assessed_on": QT_TRANSLATE_NOOP("Conflicts", "Assessment date"),
    "evidence": QT_TRANSLATE_NOOP("Conflicts", "Evidence"), "sources": QT_TRANSLATE_NOOP("Conflicts", "Sources"),
    "comment": QT_TRANSLATE_NOOP("Conflicts", "Comment"), "held_on": QT_TRANSLATE_NOOP("Conflicts", "Date"),
    "government_body": QT_TRANSLATE_NOOP("Conflicts", "Government body"), "kind": QT_TRANSLATE_NOOP("Conflicts", "Kind"),
    "coalition_participants": QT_TRANSLATE_NOOP("Conflicts", "Participants"),
    "government_participants": QT_TRANSLATE_NOOP("Conflicts", "Government participants"),
    "refs": QT_TRANSLATE_NOOP("Conflicts", "Linked refs"), "summary": QT_TRANSLATE_NOOP("Conflicts", "Summary"),
    "commitments": QT_TRANSLATE_NOOP("Conflicts", "Commitments"), "description": QT_TRANSLATE_NOOP("Conflicts", "Action"),
    "due_date": QT_TRANSLATE_NOOP("Conflicts", "Due date"),
}
DECISION, VALUE = 5, 6


CLOSED_FIELDS = {"status": closed_lists.STATUSES, "kind": closed_lists.CONSULTATION_KINDS}


def shown(field: str, text: str) -> str:
    """A value as the table shows it: a closed list's label in the chosen language (the rows keep the English one,
    which a decision sends back as it came); other values as written."""
    if field in CLOSED_FIELDS and text:
        code = closed_lists.match(CLOSED_FIELDS[field], text)
        if code is not None:
            return vocabulary.label(code)
    return text


def field_label(name: str) -> str:
    return translate("Conflicts", FIELD_LABELS[name]) if name in FIELD_LABELS else name


@dataclass
class ConflictRow:
    """One conflict and the decision taken for it (``take`` "" = decide later)."""

    key: tuple[str, str, str, str]  # (file, sheet, cell, field) in a preview
    conflict_id: int | None  # set for conflicts already stored by an earlier merge
    ref: str
    field: str
    sheet: str
    cell: str
    base: str
    ours: str
    theirs: str
    take: str = UNDECIDED
    value: str | None = None

    @classmethod
    def planned(cls, file: str, c: FieldConflict) -> ConflictRow:
        return cls((file, c.sheet, c.cell, c.field), None, c.ref or "", c.field, c.sheet, c.cell,
                   display(c.field, c.base), display(c.field, c.ours), display(c.field, c.theirs))

    @classmethod
    def stored(cls, c: ConflictView) -> ConflictRow:
        return cls((c.file, c.sheet, c.cell or "", c.field), c.id, c.ref or "", c.field, c.sheet, c.cell or "",
                   c.base_label, c.ours_label, c.theirs_label)

    def kept(self) -> str:
        return {"ours": self.ours, "theirs": self.theirs, "edited": self.value or ""}.get(self.take, "")

    def choice(self) -> tuple[str, str | None] | None:
        if self.take == UNDECIDED:
            return None
        return self.take, (self.value if self.take == "edited" else None)


class ConflictsModel(QAbstractTableModel):
    """Editable in two places: the Decision column (a list) and the Value kept column (typing = edited)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ConflictRow] = []

    def set_rows(self, rows: list[ConflictRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def decide(self, row: int, take: str, value: str | None = None) -> None:
        if take not in TAKES:
            raise ValueError(take)
        item = self.rows[row]
        before = item.kept() or item.theirs
        item.take = take
        item.value = (value if value is not None else before) if take == "edited" else None
        self.dataChanged.emit(self.index(row, DECISION), self.index(row, VALUE))

    def decide_all(self, take: str) -> None:
        for row in range(len(self.rows)):
            self.decide(row, take)

    def choices(self) -> dict[tuple[str, str, str, str], tuple[str, str | None]]:
        return {r.key: c for r in self.rows if (c := r.choice()) is not None}

    def undecided(self) -> int:
        return sum(1 for r in self.rows if r.take == UNDECIDED)

    # -- Qt model -------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.EditRole):
            if col == DECISION:
                return r.take if role == Qt.ItemDataRole.EditRole else translate("Conflicts", TAKE_LABELS[r.take])
            if role == Qt.ItemDataRole.EditRole and col == VALUE:
                return r.kept()
            return (r.ref or f"{r.sheet}!{r.cell}", field_label(r.field), shown(r.field, r.base), shown(r.field, r.ours),
                    shown(r.field, r.theirs), None, shown(r.field, r.kept()))[col]
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and col == VALUE and r.take == UNDECIDED:
            return translate("Conflicts", "No decision yet")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.column() in (DECISION, VALUE):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        if index.column() == DECISION and value in TAKES:
            self.decide(index.row(), value)
            return True
        if index.column() == VALUE:
            self.decide(index.row(), "edited", str(value))
            return True
        return False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("Conflicts", HEADERS[section])
        return None


class DecisionDelegate(QStyledItemDelegate):
    """The Decision column's list: Decide later / Keep ours / Take theirs / Edited value."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for take in TAKES:
            combo.addItem(translate("Conflicts", TAKE_LABELS[take]), take)
        combo.setAccessibleName(translate("Conflicts", "Decision"))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractTableModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ConflictsView(QWidget):
    """The side-by-side table with "All ours" / "All theirs" buttons above it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConflictsModel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.all_ours = QPushButton(translate("Conflicts", "All &ours"))
        self.all_theirs = QPushButton(translate("Conflicts", "All t&heirs"))
        self.all_ours.clicked.connect(lambda: self.model.decide_all("ours"))
        self.all_theirs.clicked.connect(lambda: self.model.decide_all("theirs"))
        bar.addWidget(self.note, 1)
        bar.addWidget(self.all_ours)
        bar.addWidget(self.all_theirs)
        layout.addLayout(bar)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(DECISION, DecisionDelegate(self.table))
        self.table.setAccessibleName(translate("Conflicts", "Conflicts side by side"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)
        self.model.modelReset.connect(self._fit)

    def _fit(self) -> None:
        for col, width in enumerate((70, 100, 150, 150, 150, 120)):
            self.table.setColumnWidth(col, width)
        self.table.resizeRowsToContents()
        has = bool(self.model.rows)
        self.all_ours.setEnabled(has)
        self.all_theirs.setEnabled(has)
