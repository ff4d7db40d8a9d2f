"""Search box and filter boxes above the Recommendations table; they build a RecommendationFilter."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.operations.assessments import STATUSES
from upr_desktop.operations.recommendations import (
    ACTION_CATEGORIES,
    RESPONSES,
    FilterChoices,
    RecommendationFilter,
)
from upr_desktop.ui import vocabulary
from upr_desktop.ui.fitting import shrink_combo
from upr_desktop.ui.recommendations.search_pace import SearchPace
from upr_desktop.ui.translations import date_edit_format


class FilterBar(QWidget):
    """Emits ``changed``: at once for the boxes; for typing, after a wait that follows how fast searches answer."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search reference, text or State (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search recommendations"))
        self.search.setClearButtonEnabled(True)
        self.pace = SearchPace()
        self._debounce = QTimer(self)  # a zero wait still goes through the event loop: one query for a pasted text
        self._debounce.setSingleShot(True)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._debounce.start(self.pace.wait_ms()))
        self.search.returnPressed.connect(self.apply_now)

        self.response = self._combo(self.tr("Response"), [("", self.tr("Any response")), *vocabulary.choices(RESPONSES)])
        self.status = self._combo(
            self.tr("Latest status"),
            [("", self.tr("Any status")), ("none", vocabulary.status_text(None)),
             *[(code, vocabulary.status_text(code)) for code, _ in vocabulary.choices(STATUSES)]],
        )
        self.theme = self._combo(self.tr("Theme"), [("", self.tr("Any theme"))])
        self.group = self._combo(self.tr("Member group"), [("", self.tr("Any group"))])
        self.state = self._combo(self.tr("Recommending State"), [("", self.tr("Any State"))])
        self.category = self._combo(self.tr("Action category"), [("", self.tr("Any category")), *vocabulary.choices(ACTION_CATEGORIES)])
        self.cycle = self._combo(self.tr("Cycle"), [("", self.tr("Any cycle"))])
        self.unassigned = QCheckBox(self.tr("&Unassigned only"))
        self.unassigned.toggled.connect(self.changed)
        self.stale = QCheckBox(self.tr("Not assessed &since"))
        self.stale_date = QDateEdit()
        self.stale_date.setCalendarPopup(True)
        self.stale_date.setDisplayFormat(date_edit_format())
        self.stale_date.setAccessibleName(self.tr("Not assessed since this date"))
        self.stale_date.setDate(_qdate(date.today() - timedelta(days=365)))
        self.stale_date.setEnabled(False)
        self.stale.toggled.connect(self.stale_date.setEnabled)
        self.stale.toggled.connect(self.changed)
        self.stale_date.dateChanged.connect(lambda _d: self.stale.isChecked() and self.changed.emit())
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.clicked.connect(self.clear)

        # Two rows that share no columns: each box gives up width on its own (long translations, 1024 px screens).
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        first, second = QHBoxLayout(), QHBoxLayout()
        rows.addLayout(first)
        rows.addLayout(second)
        first.addWidget(self.search, 1)
        for widget in (self.unassigned, self.stale, self.stale_date, self.clear_button):
            first.addWidget(widget)
        for combo in (self.response, self.status, self.theme, self.group, self.state, self.category, self.cycle):
            second.addWidget(combo, 1)

    def _combo(self, name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        for code, text in items:
            combo.addItem(text, code)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        return shrink_combo(combo, name)

    def set_choices(self, choices: FilterChoices) -> None:
        """Fill the boxes whose options come from the workspace, keeping what was chosen."""
        self.blockSignals(True)
        try:
            for combo, values in ((self.theme, choices.themes), (self.group, choices.groups),
                                  (self.state, choices.recommending_states), (self.cycle, [str(c) for c in choices.cycles])):
                chosen = combo.currentData()
                while combo.count() > 1:
                    combo.removeItem(1)
                for value in values:
                    label = (self.tr("Cycle %1").replace("%1", value) if combo is self.cycle else vocabulary.theme_name(value)
                             if combo is self.theme else vocabulary.state_name(value) if combo is self.state else value)
                    combo.addItem(label, value)
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
            self.state.setEditable(True)
            self.state.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = QCompleter([self.state.itemText(i) for i in range(self.state.count())], self.state)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            self.state.setCompleter(completer)
            self.state.lineEdit().setCursorPosition(0)  # a shortened box shows the start of "Any State", not its end
        finally:
            self.blockSignals(False)

    def apply_now(self) -> None:
        self._debounce.stop()
        self.changed.emit()

    def clear(self) -> None:
        self.blockSignals(True)
        try:
            self.search.clear()
            for combo in (self.response, self.status, self.theme, self.group, self.state, self.category, self.cycle):
                combo.setCurrentIndex(0)
            self.unassigned.setChecked(False)
            self.stale.setChecked(False)
        finally:
            self.blockSignals(False)
        self.apply_now()

    def current(self) -> RecommendationFilter:
        def code(combo: QComboBox) -> str | None:
            value = combo.currentData()
            return str(value) if value else None

        response, status, category, cycle = code(self.response), code(self.status), code(self.category), code(self.cycle)
        return RecommendationFilter(
            search=self.search.text().strip() or None,
            responses=[response] if response else [],
            statuses=[status] if status else [],
            theme=code(self.theme),
            group=code(self.group),
            recommending_state=code(self.state),
            action_category=int(category) if category else None,
            cycle=int(cycle) if cycle else None,
            unassigned_only=self.unassigned.isChecked(),
            not_assessed_since=self.stale_date.date().toPython() if self.stale.isChecked() else None,  # type: ignore[arg-type]
        )


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)
