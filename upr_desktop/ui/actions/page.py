"""The Follow-up actions page: due dates, overdue said in words and a symbol, filters by group and status."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from upr_desktop.operations import actions, closed_lists, groups
from upr_desktop.operations.actions import NO_GROUP, ActionFilter, ActionList, ActionRow
from upr_desktop.ui import vocabulary
from upr_desktop.ui.actions.dialog import ActionDialog, open_action_dialog
from upr_desktop.ui.confirm import confirm_destructive
from upr_desktop.ui.cycle_choice import CycleChoice
from upr_desktop.ui.fitting import shrink_combo, wrap
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

CONTEXT = "ActionsTable"
WARNING = closed_lists.WARNING_SYMBOL


def consultation_text(a: ActionRow) -> str:
    """The consultation an action came from: its day as the chosen locale writes it, and the body met."""
    return f"{format_date(a.consultation_on)} {a.consultation_body}" if a.consultation_on else a.consultation


def due_text(a: ActionRow) -> str:
    if a.due_date is None:
        return QCoreApplication.translate("ActionsTable", "no due date")
    if a.overdue:
        return QCoreApplication.translate("ActionsTable", "%1 Overdue: %2").replace("%1", WARNING).replace("%2", format_date(a.due_date))
    return format_date(a.due_date)


COLUMNS: list[Column[ActionRow]] = [
    Column(QT_TRANSLATE_NOOP("ActionsTable", "Due"), due_text, emphasised=True),
    Column(QT_TRANSLATE_NOOP("ActionsTable", "Status"), lambda a: vocabulary.action_status_text(a.status), emphasised=True),
    Column(QT_TRANSLATE_NOOP("ActionsTable", "Action"), lambda a: " ".join(a.description.split()), lambda a: a.description),
    Column(QT_TRANSLATE_NOOP("ActionsTable", "Group"), lambda a: a.group or ""),
    Column(QT_TRANSLATE_NOOP("ActionsTable", "Consultation"), lambda a: consultation_text(a)),
    Column(QT_TRANSLATE_NOOP("ActionsTable", "Recommendations"), lambda a: ", ".join(a.refs)),
]


class ActionsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.dialog: ActionDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self.groups: list[str] = []
        self.model: RowTableModel[ActionRow] = RowTableModel(CONTEXT, COLUMNS, emphasis=lambda a: a.overdue, parent=self)
        self.table = table_view(self.model, self.tr("Follow-up actions"), stretch_column=2)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        bind_keys(self.table, {
            Qt.Key.Key_Insert: self.add, Qt.Key.Key_F2: self.edit_selected, Qt.Key.Key_Return: self.edit_selected,
            Qt.Key.Key_Enter: self.edit_selected, Qt.Key.Key_Delete: self.delete_selected,
        })

        self.group_filter = QComboBox()
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("All statuses"), "")
        for code, _text in vocabulary.choices(closed_lists.ACTION_STATUSES):
            self.status_filter.addItem(vocabulary.action_status_text(code), code)
        self.overdue_check = QCheckBox(self.tr("&Overdue only"))
        self._fill_group_filter([])
        filters = QHBoxLayout()
        for text, combo in ((self.tr("&Group:"), self.group_filter), (self.tr("S&tatus:"), self.status_filter)):
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setAccessibleName(text.replace("&", "").rstrip(":"))
            shrink_combo(combo, chars=10)
            filters.addWidget(label)
            filters.addWidget(combo)
        self.cycle = CycleChoice(ctx, "actions-page-cycles", self.tr("Show the actions about one UPR cycle's recommendations"))
        filters.addWidget(self.cycle.label())
        filters.addWidget(self.cycle)
        filters.addWidget(self.overdue_check)
        filters.addStretch(1)
        self.group_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue_check.toggled.connect(lambda _on: self.reload())
        self.cycle.chosen.connect(lambda _c: self.reload())

        self.add_button = QPushButton(self.tr("&Add action..."))
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.done_button = QPushButton(self.tr("&Mark done"))
        self.delete_button = QPushButton(self.tr("&Delete..."))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.done_button.clicked.connect(self.mark_done)
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.done_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.summary = wrap(QLabel())

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<h2>Follow-up actions</h2>")))
        layout.addLayout(filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        ctx.hub.data_changed.connect(self.on_data_changed)
        self._update_buttons()
        self.reload_groups()
        self.reload()

    # -- filters and loading ------------------------------------------------------------
    def _fill_group_filter(self, acronyms: list[str]) -> None:
        current = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_filter.clear()
        self.group_filter.addItem(self.tr("All groups"), "")
        self.group_filter.addItem(self.tr("(no group)"), NO_GROUP)
        for acronym in acronyms:
            self.group_filter.addItem(acronym, acronym)
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(current)) if current else 0)
        self.group_filter.blockSignals(False)

    def reload_groups(self) -> None:
        self.ctx.ops.read(groups.group_acronyms, on_done=self._groups_loaded, key="actions-page-groups")
        self.cycle.reload()

    def _groups_loaded(self, acronyms: list[str]) -> None:
        self.groups = acronyms
        self._fill_group_filter(acronyms)

    def current_filter(self) -> ActionFilter:
        return ActionFilter(
            group=self.group_filter.currentData() or None,
            status=self.status_filter.currentData() or None,
            overdue_only=self.overdue_check.isChecked(),
            cycle=self.cycle.cycle(),
        )

    def on_data_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, GROUPS, RECOMMENDATIONS):
            self.reload_groups()
        if touches(changed, ACTIONS, GROUPS, CONSULTATIONS):
            self.reload()

    def activated(self) -> None:
        self.reload()  # overdue depends on the situation day

    def reload(self) -> None:
        self.ctx.ops.read(actions.list_actions, self.current_filter(), on_done=self.show_actions, key="actions-page")

    def show_actions(self, found: ActionList) -> None:
        rows = found.rows
        current = self.selected()
        self.model.set_rows(rows)
        fit_columns(self.table, 2)
        if current is not None:
            row = self.model.find(lambda a: a.id == current.id)
            if row >= 0:
                self.table.selectRow(row)
        self.summary.setText(
            self.tr("%1 shown; %2 overdue as of %4 (marked %3).")
            .replace("%1", self.tr("%n actions", "", len(rows))).replace("%2", format_number(found.overdue)).replace("%3", WARNING)
            .replace("%4", format_date(found.as_of))
        )
        self._update_buttons()

    def selected(self) -> ActionRow | None:
        return self.model.row_at(selected_row(self.table))

    def _update_buttons(self) -> None:
        action = self.selected()
        self.edit_button.setEnabled(action is not None)
        self.delete_button.setEnabled(action is not None)
        self.done_button.setEnabled(action is not None and action.status != "done")

    # -- editing ------------------------------------------------------------------------
    def add(self) -> None:
        self.dialog = open_action_dialog(self.ctx, self, None, self.groups)

    def edit_selected(self) -> None:
        action = self.selected()
        if action is not None:
            self.dialog = open_action_dialog(self.ctx, self, action, self.groups, consultation=consultation_text(action))

    def mark_done(self) -> None:
        action = self.selected()
        if action is None:
            return
        self.ctx.ops.write(actions.mark_done, action.id,
                           on_done=lambda _row: self.ctx.status_message(self.tr("Marked done: %1").replace("%1", action.description[:60])))

    def delete_selected(self) -> None:
        action = self.selected()
        if action is None:
            return
        self.confirm_box = confirm_destructive(
            self, title=self.tr("Delete follow-up action"), text=self.tr("Delete this follow-up action?"),
            details=action.description + "\n\n" + self.tr("You can undo this with Ctrl+Z."), action=self.tr("&Delete action"),
            on_confirm=lambda: self.ctx.ops.write(actions.delete_action, action.id),
        )
