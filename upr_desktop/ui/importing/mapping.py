"""The column-mapping dialog for generic tables: each source header, the field it feeds, a combo to change it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.operations.importing import FIELDS, IGNORE, MappingView
from upr_desktop.ui.fitting import fit_to_screen

translate = QCoreApplication.translate

FIELD_LABELS: dict[str, str] = {
    IGNORE: QT_TRANSLATE_NOOP("ImportMapping", "(not imported)"),
    "ref": QT_TRANSLATE_NOOP("ImportMapping", "Reference (ref)"),
    "text": QT_TRANSLATE_NOOP("ImportMapping", "Recommendation text"),
    "state_under_review": QT_TRANSLATE_NOOP("ImportMapping", "State under Review"),
    "recommending_states": QT_TRANSLATE_NOOP("ImportMapping", "Recommending States"),
    "response": QT_TRANSLATE_NOOP("ImportMapping", "Response (supported/noted)"),
    "action_category": QT_TRANSLATE_NOOP("ImportMapping", "Action category (1-5)"),
    "session": QT_TRANSLATE_NOOP("ImportMapping", "UPR session"),
    "cycle": QT_TRANSLATE_NOOP("ImportMapping", "UPR cycle"),
    "themes": QT_TRANSLATE_NOOP("ImportMapping", "Themes"),
    "sdgs": QT_TRANSLATE_NOOP("ImportMapping", "SDG targets"),
    "affected_groups": QT_TRANSLATE_NOOP("ImportMapping", "Affected persons"),
    "theme_cluster": QT_TRANSLATE_NOOP("ImportMapping", "Theme cluster"),
    "source_document": QT_TRANSLATE_NOOP("ImportMapping", "Source document"),
}
HOW_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ImportMapping", "matched by name"),
    "synonym": QT_TRANSLATE_NOOP("ImportMapping", "matched by a known spelling"),
    "user": QT_TRANSLATE_NOOP("ImportMapping", "your choice"),
    "": QT_TRANSLATE_NOOP("ImportMapping", "not recognised"),
}
CHOICES = (IGNORE, *FIELDS)


def field_label(name: str | None) -> str:
    return translate("ImportMapping", FIELD_LABELS[name or IGNORE])


@dataclass
class MappingRow:
    header: str
    field: str  # a field name or IGNORE
    how: str


class MappingModel:
    """What the dialog shows and edits, without widgets: tests drive it directly.

    Choosing a field another column already feeds takes it from that column (as ``--map`` does).
    ``overrides()`` gives the header -> field choices for ``ImportOptions.mapping``.
    """

    def __init__(self, view: MappingView, previous: dict[str, str] | None = None) -> None:
        self.table = view.table
        self.rows: list[MappingRow] = []
        seen: set[str] = set()
        for header, name, how in zip(view.headers, view.fields, view.how, strict=True):
            if not header or header in seen:
                continue
            seen.add(header)
            chosen = name or IGNORE
            self.rows.append(MappingRow(header, chosen, how))
        self._chosen: dict[str, str] = {h: f for h, f in (previous or {}).items() if h in seen}

    def row(self, header: str) -> MappingRow:
        for row in self.rows:
            if row.header == header:
                return row
        raise KeyError(header)

    def headers(self) -> list[str]:
        return [row.header for row in self.rows]

    def field_of(self, header: str) -> str:
        return self.row(header).field

    def set_field(self, header: str, name: str) -> list[str]:
        """Map ``header`` to ``name``; returns the headers whose field changed as a consequence."""
        if name not in CHOICES:
            raise ValueError(name)
        target = self.row(header)
        changed = []
        if name != IGNORE:
            for other in self.rows:
                if other is not target and other.field == name:
                    other.field, other.how = IGNORE, "user"
                    self._chosen[other.header] = IGNORE
                    changed.append(other.header)
        target.field, target.how = name, "user"
        self._chosen[header] = name
        return changed

    def has_text(self) -> bool:
        return any(row.field == "text" for row in self.rows)

    def overrides(self) -> dict[str, str]:
        return dict(self._chosen)


class MappingDialog(QDialog):
    """Shows every header with a field combo; OK keeps the choices in ``model``."""

    def __init__(self, model: MappingModel, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setWindowTitle(self.tr("Column mapping"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Which field each column of %1 (table \u201c%2\u201d) goes into. "
                               "Change a choice with its list; a column that is not imported is ignored.")
                       .replace("%1", file_name).replace("%2", model.table))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.setColumnStretch(1, 1)
        for col, title in enumerate((self.tr("Column in the file"), self.tr("Imported as"), self.tr("How it was matched"))):
            heading = QLabel(f"<b>{title}</b>")
            grid.addWidget(heading, 0, col)
        self.combos: dict[str, QComboBox] = {}
        self.how_labels: dict[str, QLabel] = {}
        for index, row in enumerate(model.rows, start=1):
            header = QLabel(row.header)
            header.setWordWrap(True)
            combo = QComboBox()
            for name in CHOICES:
                combo.addItem(field_label(name), name)
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", row.header))
            header.setBuddy(combo)
            combo.setCurrentIndex(CHOICES.index(row.field))
            combo.currentIndexChanged.connect(lambda _i, h=row.header: self._changed(h))
            how = QLabel()
            grid.addWidget(header, index, 0)
            grid.addWidget(combo, index, 1)
            grid.addWidget(how, index, 2)
            self.combos[row.header] = combo
            self.how_labels[row.header] = how
        grid.setRowStretch(len(model.rows) + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        layout.addWidget(self.warning)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 640, min(640, 160 + 40 * len(model.rows)))
        self._refresh()

    def choose(self, header: str, name: str) -> None:
        """Pick a field for a column as a person would with the combo."""
        self.combos[header].setCurrentIndex(CHOICES.index(name))

    def _changed(self, header: str) -> None:
        name = self.combos[header].currentData()
        if name == self.model.field_of(header):
            return
        self.model.set_field(header, name)
        self._refresh()

    def _refresh(self) -> None:
        for row in self.model.rows:
            combo = self.combos[row.header]
            if combo.currentData() != row.field:
                combo.blockSignals(True)
                combo.setCurrentIndex(CHOICES.index(row.field))
                combo.blockSignals(False)
            self.how_labels[row.header].setText(translate("ImportMapping", HOW_LABELS.get(row.how, HOW_LABELS[""])))
        ok = self.model.has_text()
        self.warning.setText("" if ok else self.tr("\u26a0 Choose the column that holds the recommendation text."))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
