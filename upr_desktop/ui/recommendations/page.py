"""The Recommendations page: search and filter in SQL, a lazy table, bulk actions and a detail pane."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.operations import assessments, assignments, recommendations
from upr_desktop.operations.recommendations import FilterChoices, FirstScreen, RecommendationFilter
from upr_desktop.ui.fitting import ElidedLabel, RefitOnFontChange, fit_header, scrolling
from upr_desktop.ui.hub import ASSESSMENTS, ASSIGNMENTS, GROUPS, RECOMMENDATIONS, THEMES, touches
from upr_desktop.ui.pages import AppContext, Page
from upr_desktop.ui.recommendations.detail import DetailPane
from upr_desktop.ui.recommendations.empty_state import EmptyState
from upr_desktop.ui.recommendations.recommended_before import RecommendedBeforePanel
from upr_desktop.ui.recommendations.dialogs import (
    AssessmentDialog,
    AssessmentForm,
    AssignDialog,
    ThemesDialog,
)
from upr_desktop.ui.recommendations.filters import FilterBar
from upr_desktop.ui.recommendations.model import RecommendationTableModel
from upr_desktop.ui.recommendations.warmup import OrderWarmup
from upr_desktop.ui.translations import format_number

COLUMN_WIDTHS = (84, 0, 170, 120, 190, 90, 175, 100)  # 0 = stretches; the ref fits NOR-33-127 (UPR Info refs)


class RecommendationsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self._choices_pending = True  # filter lists load once the first rows are drawn
        self._loaded = False  # until the first rows arrive the count says "loading", not "0"
        self._asked_at: float | None = None  # when the filters last asked for rows
        self.choices = FilterChoices([], [], [], [])
        self.filters = FilterBar()
        self.filters.changed.connect(self.apply_filters)
        self.model = RecommendationTableModel(ctx.ops, self)
        self.model.reloaded.connect(self._reloaded)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Recommendations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform heights: no per-row measuring
        rows.hide()
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for column, width in enumerate(COLUMN_WIDTHS):
            if not width:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self._fitted_for = (0, 0)  # (font size, viewport width) the columns were last fitted for
        self._fit_columns()
        # Presentation mode, text size, a much wider or narrower window: titles stay whole, the text keeps room.
        RefitOnFontChange(self.table, self._fit_columns, also=(QEvent.Type.Resize,), watch=self.table.viewport())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.verticalScrollBar().valueChanged.connect(lambda _value: self._prefetch())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _prev: self.load_detail(current.row()))

        self.count_label = ElidedLabel()
        self.count_label.setAccessibleName(self.tr("How many recommendations are shown"))
        self.assign_action = self._action(self.tr("&Assign to group..."), "Ctrl+G", self.assign_selected)
        self.unassign_action = self._action(self.tr("&Unassign from group..."), "Ctrl+Shift+G", self.unassign_selected)
        self.themes_action = self._action(self.tr("Set &themes..."), "Ctrl+T", self.set_themes_selected)
        self.assess_action = self._action(self.tr("Add assess&ment..."), "Ctrl+Shift+A", self.add_assessment)
        bar = QHBoxLayout()
        bar.addWidget(self.count_label, 1)
        self.buttons: dict[str, QPushButton] = {}
        for key, action in (("assign", self.assign_action), ("unassign", self.unassign_action),
                            ("themes", self.themes_action), ("assess", self.assess_action)):
            button = QPushButton(action.text())
            button.setToolTip(f"{action.text().replace('&', '')} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})")
            button.setMinimumWidth(0)
            button.clicked.connect(action.trigger)
            bar.addWidget(button)
            self.buttons[key] = button

        self.detail = DetailPane()
        self.detail.add_assessment_requested.connect(self.add_assessment)
        self.detail.assign_requested.connect(lambda: self.assign_selected(only_current=True))
        self.detail.unassign_requested.connect(self.unassign_current)
        self.before = RecommendedBeforePanel(ctx)
        self.before.assign_cluster_requested.connect(self.assign_ids)
        self.detail.tabs.insertTab(1, self.before, self.tr("Recommended &before"))
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filters)
        self.empty = EmptyState()  # instead of a blank table: why nothing shows, and the way out
        self.empty.clear_requested.connect(self.filters.clear)
        self.table_stack = QStackedWidget()
        self.table_stack.addWidget(self.table)
        self.table_stack.addWidget(self.empty)
        column.addWidget(self.table_stack, 1)
        column.addLayout(bar)
        # Detail below the table: the eight columns keep the full width, the tabs get room.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(left)
        # The detail scrolls on a short screen (a netbook; Burmese or Arabic lines on a projector) rather than
        # leaving the table two rows: the splitter shares the height 3:2 whatever the detail's own minimum.
        self.splitter.addWidget(scrolling(self.detail))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([460, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        ctx.hub.data_changed.connect(self._data_changed)
        ctx.commands["filter_recommendations"] = self.show_filtered  # the Dashboard's bars use it
        # The filter lists wait until the first rows are drawn: on one worker, they would delay them.
        self.model.rows_arrived.connect(self._load_choices_once)
        self.warmup = OrderWarmup(ctx.idle_work())  # every column's order, while the worker is idle
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)  # loads the ids, sorted in SQL
        if ctx.first_screen is not None:  # read before the workspace was open: shown until that answer
            self.show_first_screen(ctx.first_screen)
        self._selection_changed()

    def _fit_columns(self) -> None:
        """Each column as wide as its typical content at this font, never narrower than its translated title, and
        together leaving the recommendation's text at least a third of the table (a netbook, presentation mode)."""
        metrics = self.table.fontMetrics()
        room = self.table.viewport().width()
        size = self.table.font().pointSizeF()
        last_size, last_room = self._fitted_for
        if size == last_size and abs(room - last_room) < 0.2 * max(1, last_room):
            return  # a small change: the widths someone dragged stay
        self._fitted_for = (size, room)
        em = metrics.averageCharWidth()
        widths = {column: round(width * em / 7) for column, width in enumerate(COLUMN_WIDTHS) if width}
        self.table.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        fit_header(self.table.horizontalHeader(), widths, room=int(room * 0.7) if room > 100 else 0)

    def show_first_screen(self, screen: FirstScreen) -> None:
        self.model.show_first_screen(screen.ids, screen.rows)

    def _action(self, text: str, shortcut: str, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.addAction(action)
        return action

    # -- loading ---------------------------------------------------------------------------
    def focus_search(self) -> bool:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()
        return True

    def apply_filters(self) -> None:
        self._asked_at = time.perf_counter()
        self.model.reload(self.filters.current())

    def show_filtered(self, flt: RecommendationFilter) -> None:
        """Show what another page points at (a Dashboard bar): exactly these filters."""
        bar = self.filters
        wanted = (
            (bar.response, flt.responses[0] if flt.responses else ""), (bar.status, flt.statuses[0] if flt.statuses else ""),
            (bar.theme, flt.theme or ""), (bar.group, flt.group or ""), (bar.state, flt.recommending_state or ""),
            (bar.category, str(flt.action_category) if flt.action_category else ""), (bar.cycle, str(flt.cycle) if flt.cycle else ""),
        )
        bar.blockSignals(True)
        try:
            bar.search.setText(flt.search or "")
            for combo, value in wanted:
                index = combo.findData(value)
                if index < 0:  # the choices were not loaded yet
                    combo.addItem(value, value)
                    index = combo.count() - 1
                combo.setCurrentIndex(index)
            bar.unassigned.setChecked(flt.unassigned_only)
            bar.stale.setChecked(False)
        finally:
            bar.blockSignals(False)
        self.apply_filters()

    def _load_choices_once(self) -> None:
        if self._choices_pending:
            self._choices_pending = False
            self.load_choices()
            self.warmup.restart()

    def load_choices(self) -> None:
        self.ctx.ops.read(recommendations.filter_choices, on_done=self._choices_loaded, key="recommendation-filter-choices")

    def _choices_loaded(self, choices: FilterChoices) -> None:
        self.choices = choices
        self.filters.set_choices(choices)

    def _prefetch(self) -> None:
        self.ctx.ops.runner.person_active()  # idle work waits while a person scrolls (it would compete for the GIL)
        first = max(0, self.table.rowAt(0))
        last = self.table.rowAt(self.table.viewport().height() - 1)
        self.model.prefetch(first, last if last >= 0 else self.model.rowCount() - 1)

    def _reloaded(self, count: int) -> None:
        if self._asked_at is not None:  # how long the newest search took: the search box's wait follows it
            self.filters.pace.answered(time.perf_counter() - self._asked_at)
            self._asked_at = None
        self._loaded = True
        if count == 0:  # no rows will arrive: nothing to wait for
            self._load_choices_once()
            self.empty.explain(filtered=self.model.filter != RecommendationFilter())
        self.table_stack.setCurrentWidget(self.empty if count == 0 else self.table)
        if self.detail.detail is not None:
            row = self.model.row_of(self.detail.detail.id)
            if row is None:
                self.detail.show_detail(None)
                self.before.load(None)
            elif not self.table.selectionModel().hasSelection():  # the pane and the table say the same: its row is selected
                self.table.setCurrentIndex(self.model.index(row, 0))  # selects the row (selectRow does nothing right to left)
                self.table.scrollTo(self.model.index(row, 0))
        self._selection_changed()

    def _data_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, RECOMMENDATIONS, ASSIGNMENTS, ASSESSMENTS, THEMES, GROUPS):
            self.model.reload()
            self.warmup.restart()  # the cached orders are stale now
            if self.detail.detail is not None:
                self._load_detail_id(self.detail.detail.id)
        if touches(changed, GROUPS, THEMES, RECOMMENDATIONS):
            self.load_choices()

    def load_detail(self, row: int) -> None:
        rec_id = self.model.id_at(row)
        if rec_id is None:
            self.detail.show_detail(None)
            self.before.load(None)
        else:
            self._load_detail_id(rec_id)

    def _load_detail_id(self, rec_id: int) -> None:
        self.ctx.ops.read(recommendations.recommendation_detail, rec_id, on_done=self.detail.show_detail, key="recommendation-detail",
                          on_error=lambda _exc: self.detail.show_detail(None))
        self.before.load(rec_id)

    # -- selection -------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """Ids of the selected rows, from the selection ranges (cheap even for 100,000 rows)."""
        ids = self.model.ids
        chosen: list[int] = []
        for selected in self.table.selectionModel().selection():
            chosen.extend(ids[selected.top() : selected.bottom() + 1])
        return list(dict.fromkeys(chosen))

    def _selection_changed(self) -> None:
        count = len(self.selected_ids())
        total = self.model.rowCount()
        text = self.tr("%n recommendations", "", total) if self._loaded else self.tr("Loading the recommendations\u2026")
        if count:
            text += " \u2014 " + self.tr("%1 selected").replace("%1", format_number(count))
        self.count_label.setText(text)
        for key in ("assign", "unassign", "themes"):
            self.buttons[key].setEnabled(bool(count))
        for action in (self.assign_action, self.unassign_action, self.themes_action):
            action.setEnabled(bool(count))
        current = self.table.currentIndex().isValid()
        self.buttons["assess"].setEnabled(current)
        self.assess_action.setEnabled(current)

    # -- bulk actions -----------------------------------------------------------------------
    def assign_selected(self, only_current: bool = False) -> None:
        self.assign_ids([self.detail.detail.id] if only_current and self.detail.detail else self.selected_ids())

    def assign_ids(self, ids: list[int]) -> None:
        """Ask for a group and a role, then assign these recommendations (a selection, or a cluster) in one step."""
        if not ids:
            return
        dialog = AssignDialog(len(ids), self.choices.groups, names=self.choices.group_names, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        group, role = dialog.chosen_group, dialog.chosen_role
        self.ctx.ops.write(
            assignments.assign, group, ids=ids, role=role, due_date=dialog.chosen_due_date,
            on_done=lambda r: self.ctx.status_message(
                self.tr("Assigned to %1: %2 new, %3 changed, %4 already assigned.")
                .replace("%1", group).replace("%2", str(r.created)).replace("%3", str(r.updated)).replace("%4", str(r.unchanged))
            ),
        )

    def unassign_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = AssignDialog(len(ids), self.choices.groups, unassign=True, names=self.choices.group_names, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._unassign(dialog.chosen_group, ids)

    def unassign_current(self, group: str) -> None:
        if self.detail.detail is not None:
            self._unassign(group, [self.detail.detail.id])

    def _unassign(self, group: str, ids: list[int]) -> None:
        self.ctx.ops.write(
            assignments.unassign, group, ids=ids,
            on_done=lambda n: self.ctx.status_message(self.tr("Removed %n assignments to %1.", "", n).replace("%1", group)),
        )

    def set_themes_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = ThemesDialog(len(ids), self.choices.themes, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        themes, replace = dialog.chosen_themes(), dialog.replace.isChecked()
        self.ctx.ops.write(recommendations.set_themes, ids, themes, replace=replace)

    def add_assessment(self) -> None:
        detail = self.detail.detail
        if detail is None:
            return
        lead = next((a.group for a in detail.assignments if a.role == "lead"), None)
        form = AssessmentForm(ref=detail.uuid, group=lead)
        dialog = AssessmentDialog(form, self.choices.groups, parent=self)
        dialog.setWindowTitle(self.tr("Add assessment of %1").replace("%1", detail.ref))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record_assessment(form)

    def record_assessment(self, form: AssessmentForm) -> None:
        self.ctx.ops.write(assessments.record_assessment, **form.arguments())
