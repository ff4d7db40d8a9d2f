"""The Consultations page: the list on the left, the form and its follow-up actions on the right."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.errors import NotFound
from upr_desktop.operations import actions, consultations
from upr_desktop.operations.actions import ActionFilter, ActionList, ActionRow
from upr_desktop.operations.consultations import (
    ConsultationChoices,
    ConsultationDetail,
    ConsultationRow,
)
from upr_desktop.ui import vocabulary
from upr_desktop.ui.actions.dialog import ActionDialog, open_action_dialog
from upr_desktop.ui.actions.page import COLUMNS as ACTION_COLUMNS
from upr_desktop.ui.actions.page import CONTEXT as ACTIONS_CONTEXT
from upr_desktop.ui.confirm import confirm_destructive
from upr_desktop.ui.consultations.form import ConsultationForm
from upr_desktop.ui.cycle_choice import CycleChoice
from upr_desktop.ui.error_dialogs import show_error
from upr_desktop.ui.fitting import wrap
from upr_desktop.ui.hub import ACTIONS, CONSULTATIONS, GROUPS, RECOMMENDATIONS, touches
from upr_desktop.ui.pages import AppContext, Page
from upr_desktop.ui.row_model import (
    Column,
    RowTableModel,
    bind_keys,
    fit_columns,
    selected_row,
    table_view,
)
from upr_desktop.ui.translations import format_date, format_number

CONTEXT = "ConsultationsTable"
COLUMNS: list[Column[ConsultationRow]] = [
    Column(QT_TRANSLATE_NOOP("ConsultationsTable", "Date"), lambda c: format_date(c.held_on)),
    Column(QT_TRANSLATE_NOOP("ConsultationsTable", "Government body"), lambda c: c.government_body),
    Column(QT_TRANSLATE_NOOP("ConsultationsTable", "Kind"), lambda c: vocabulary.label(c.kind)),
    Column(QT_TRANSLATE_NOOP("ConsultationsTable", "Group"), lambda c: c.group or ""),
    Column(QT_TRANSLATE_NOOP("ConsultationsTable", "Recs"), lambda c: format_number(c.recommendations), numeric=True),
    Column(QT_TRANSLATE_NOOP("ConsultationsTable", "Actions"), lambda c: format_number(c.actions), numeric=True),
]


class ConsultationsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.groups: list[str] = []
        self.confirm_box: QMessageBox | None = None
        self.action_dialog: ActionDialog | None = None
        self._select_next: int | None = None
        self.model: RowTableModel[ConsultationRow] = RowTableModel(CONTEXT, COLUMNS, parent=self)
        self.table = table_view(self.model, self.tr("Consultations"), stretch_column=1)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_selected())
        bind_keys(self.table, {Qt.Key.Key_Insert: self.new, Qt.Key.Key_Delete: self.delete_selected})
        self.new_button = QPushButton(self.tr("&New consultation"))
        self.delete_button = QPushButton(self.tr("&Delete..."))
        self.new_button.clicked.connect(self.new)
        self.delete_button.clicked.connect(self.delete_selected)
        self.summary = wrap(QLabel())  # a long language (Burmese) wraps rather than being cut at 1024 px
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        # The consultations that discussed a recommendation of one UPR cycle, or all of them.
        self.cycle = CycleChoice(ctx, "consultations-page-cycles", self.tr("Show the consultations about one UPR cycle's recommendations"))
        self.cycle.chosen.connect(lambda _c: self.reload())
        heading = QHBoxLayout()
        heading.addWidget(QLabel(self.tr("<h2>Consultations</h2>")))
        heading.addStretch(1)
        heading.addWidget(self.cycle.label())
        heading.addWidget(self.cycle)
        left_layout.addLayout(heading)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.summary)

        self.title = wrap(QLabel())
        self.form = ConsultationForm(ctx.ops, self)
        self.save_button = QPushButton(self.tr("&Save consultation"))
        self.save_button.clicked.connect(self.save)
        self.actions_model: RowTableModel[ActionRow] = RowTableModel(
            ACTIONS_CONTEXT, ACTION_COLUMNS[:4], emphasis=lambda a: a.overdue, parent=self
        )
        self.actions_table = table_view(self.actions_model, self.tr("Follow-up actions of this consultation"), stretch_column=2)
        self.actions_table.setMinimumHeight(120)
        self.actions_table.doubleClicked.connect(lambda _i: self.edit_action())
        self.add_action_button = QPushButton(self.tr("Add &follow-up action..."))
        self.add_action_button.clicked.connect(self.add_action)
        actions_box = QGroupBox(self.tr("Follow-up actions"))
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addWidget(self.actions_table)
        actions_layout.addWidget(self.add_action_button, 0, Qt.AlignmentFlag.AlignLeft)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.form)
        right_layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignRight)
        right_layout.addWidget(actions_box)
        right_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(right)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([560, 680])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        ctx.hub.data_changed.connect(self.on_data_changed)
        self.show_form(None)
        self.reload_choices()
        self.cycle.reload()
        self.reload()

    # -- loading ------------------------------------------------------------------------
    def on_data_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, GROUPS, CONSULTATIONS):
            self.reload_choices()
        if touches(changed, RECOMMENDATIONS):
            self.cycle.reload()
        if touches(changed, CONSULTATIONS, ACTIONS, GROUPS, RECOMMENDATIONS):
            self.reload()
        if self.form.consultation_id is not None:
            if touches(changed, CONSULTATIONS, RECOMMENDATIONS):
                self.load_consultation(self.form.consultation_id)
            elif touches(changed, ACTIONS, GROUPS):
                self.load_actions(self.form.consultation_id)

    def focus_search(self) -> bool:
        self.form.picker.search_edit.setFocus()
        return True

    def reload_choices(self) -> None:
        self.ctx.ops.read(consultations.consultation_choices, on_done=self._choices_loaded, key="consultations-choices")

    def _choices_loaded(self, choices: ConsultationChoices) -> None:
        self.groups = choices.groups
        self.form.set_choices(choices)

    def reload(self) -> None:
        self.ctx.ops.read(consultations.list_consultations, self.cycle.cycle(), on_done=self.show_rows, key="consultations-page")

    def show_rows(self, rows: list[ConsultationRow]) -> None:
        wanted = self._select_next if self._select_next is not None else self.form.consultation_id
        self._select_next = None
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(rows)
        fit_columns(self.table, 1)
        row = self.model.find(lambda c: c.id == wanted) if wanted is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self.table.selectionModel().blockSignals(False)
        self.delete_button.setEnabled(row >= 0)
        cycle = self.cycle.cycle()
        self.summary.setText(self.tr("%n consultations logged.", "", len(rows)) if cycle is None else
                             self.tr("%n consultations about recommendations of cycle %1.", "", len(rows)).replace("%1", format_number(cycle)))

    def show_selected(self) -> None:
        row = self.model.row_at(selected_row(self.table))
        self.delete_button.setEnabled(row is not None)
        if row is not None and row.id != self.form.consultation_id:
            self.load_consultation(row.id)

    def load_consultation(self, consultation_id: int) -> None:
        def gone(exc: BaseException) -> None:
            if isinstance(exc, NotFound):  # undone or deleted meanwhile
                self.show_form(None)
            else:
                show_error(self, exc)

        self.ctx.ops.read(consultations.consultation_detail, consultation_id, on_done=self.show_form, on_error=gone,
                          key="consultation-detail")
        self.load_actions(consultation_id)

    def load_actions(self, consultation_id: int | None) -> None:
        if consultation_id is None:
            self.actions_model.set_rows([])
            return
        self.ctx.ops.read(actions.list_actions, ActionFilter(consultation_id=consultation_id), on_done=self._show_actions,
                          key="consultation-actions")

    def _show_actions(self, found: ActionList) -> None:
        self.actions_model.set_rows(found.rows)
        fit_columns(self.actions_table, 2)

    def show_form(self, detail: ConsultationDetail | None) -> None:
        if detail is None:
            self.form.clear()
            self.actions_model.set_rows([])
            self.title.setText(self.tr("<h3>New consultation</h3>"))
        else:
            self.form.load(detail)
            self.title.setText(
                self.tr("<h3>Consultation with %1 on %2</h3>").replace("%1", detail.government_body).replace("%2", format_date(detail.held_on))
            )
        saved = detail is not None
        self.add_action_button.setEnabled(saved)
        self.add_action_button.setToolTip("" if saved else self.tr("Save the consultation first, then add its follow-up actions."))

    # -- editing ------------------------------------------------------------------------
    def new(self) -> None:
        self.table.clearSelection()
        self.show_form(None)
        self.form.date_edit.setFocus()

    def save(self) -> None:
        detail = self.form.detail()

        def done(saved: ConsultationRow) -> None:
            self._select_next = saved.id
            self.form.consultation_id = saved.id
            self.ctx.status_message(self.tr("Consultation saved"))

        self.ctx.ops.write(consultations.save_consultation, detail, on_done=done)

    def delete_selected(self) -> None:
        row = self.model.row_at(selected_row(self.table))
        if row is None:
            return
        self.confirm_box = confirm_destructive(
            self, title=self.tr("Delete consultation"),
            text=self.tr("Delete the consultation with %1 on %2?").replace("%1", row.government_body).replace("%2", format_date(row.held_on)),
            details=self.tr("Its %n follow-up actions are kept without a consultation. You can undo this with Ctrl+Z.", "", row.actions),
            action=self.tr("&Delete consultation"), on_confirm=lambda: self._delete(row.id),
        )

    def _delete(self, consultation_id: int) -> None:
        self.show_form(None)
        self.ctx.ops.write(consultations.delete_consultation, consultation_id)

    def add_action(self) -> None:
        if self.form.consultation_id is not None:
            self.action_dialog = open_action_dialog(
                self.ctx, self, None, self.groups, consultation_id=self.form.consultation_id, consultation=self.form.body_edit.text()
            )

    def edit_action(self) -> None:
        action = self.actions_model.row_at(selected_row(self.actions_table))
        if action is not None:
            self.action_dialog = open_action_dialog(self.ctx, self, action, self.groups, consultation=action.consultation)
