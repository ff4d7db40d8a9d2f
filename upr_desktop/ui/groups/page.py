"""The Member groups page: a table of groups with their load, and add/edit/remove."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout

from upr_desktop.operations import groups
from upr_desktop.operations.closed_lists import WARNING_SYMBOL
from upr_desktop.operations.groups import GroupLoad
from upr_desktop.ui.confirm import confirm_destructive
from upr_desktop.ui.cycle_choice import CycleChoice
from upr_desktop.ui.error_dialogs import show_error
from upr_desktop.ui.groups.dialog import GroupDialog
from upr_desktop.ui.hub import ACTIONS, ASSESSMENTS, ASSIGNMENTS, CONSULTATIONS, GROUPS, RECOMMENDATIONS, touches
from upr_desktop.ui.pages import AppContext, Page
from upr_desktop.ui.row_model import (
    Column,
    RowTableModel,
    bind_keys,
    fit_columns,
    selected_row,
    table_view,
)
from upr_desktop.ui.translations import format_number

CONTEXT = "GroupsTable"
WARNING = WARNING_SYMBOL  # overdue is said with a symbol and words, not colour alone


def _overdue_text(g: GroupLoad) -> str:
    return f"{WARNING} {format_number(g.overdue)}" if g.overdue else format_number(0)


def _overdue_tip(g: GroupLoad) -> str:
    return (
        QCoreApplication.translate("GroupsTable", "%1 assignments past their due date without an assessment; %2 follow-up actions past due")
        .replace("%1", format_number(g.overdue_assessments))
        .replace("%2", format_number(g.overdue_actions))
    )


COLUMNS: list[Column[GroupLoad]] = [
    Column(QT_TRANSLATE_NOOP("GroupsTable", "Acronym"), lambda g: g.acronym, emphasised=True),
    Column(QT_TRANSLATE_NOOP("GroupsTable", "Name"), lambda g: g.name),
    Column(QT_TRANSLATE_NOOP("GroupsTable", "Region"), lambda g: g.region or ""),
    Column(QT_TRANSLATE_NOOP("GroupsTable", "Focal point"), lambda g: g.focal_point or ""),
    Column(QT_TRANSLATE_NOOP("GroupsTable", "Assigned"), lambda g: format_number(g.assigned), numeric=True),
    Column(QT_TRANSLATE_NOOP("GroupsTable", "Assessed"), lambda g: format_number(g.assessed), numeric=True),
    Column(QT_TRANSLATE_NOOP("GroupsTable", "Overdue"), _overdue_text, _overdue_tip, numeric=True, emphasised=True),
    Column(QT_TRANSLATE_NOOP("GroupsTable", "Open actions"), lambda g: format_number(g.open_actions), numeric=True),
]


class GroupsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.dialog: GroupDialog | None = None
        self.confirm_box: QMessageBox | None = None
        self._select_next = ""
        self.model: RowTableModel[GroupLoad] = RowTableModel(CONTEXT, COLUMNS, emphasis=lambda g: g.overdue > 0, parent=self)
        self.table = table_view(self.model, self.tr("Member groups"), stretch_column=1)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

        heading = QLabel(self.tr("<h2>Member groups</h2>"))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.add_button = QPushButton(self.tr("&Add group..."))
        self.edit_button = QPushButton(self.tr("&Edit..."))
        self.remove_button = QPushButton(self.tr("&Remove..."))
        self.add_button.setToolTip(self.tr("Add a member group (Insert in the table)"))
        self.edit_button.setToolTip(self.tr("Edit the selected group (F2 or Enter)"))
        self.remove_button.setToolTip(self.tr("Remove the selected group (Delete)"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        # One cycle's work (what is assigned, assessed and overdue of its recommendations), or every cycle's.
        self.cycle = CycleChoice(ctx, "groups-page-cycles", self.tr("Count the work of one UPR cycle"))
        self.cycle.chosen.connect(lambda _c: self.reload())
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.cycle.label())
        buttons.addWidget(self.cycle)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.summary)
        bind_keys(self.table, {
            Qt.Key.Key_Insert: self.add, Qt.Key.Key_F2: self.edit_selected, Qt.Key.Key_Return: self.edit_selected,
            Qt.Key.Key_Enter: self.edit_selected, Qt.Key.Key_Delete: self.remove_selected,
        })
        ctx.hub.data_changed.connect(self.on_data_changed)
        self._update_buttons()
        self.cycle.reload()
        self.reload()

    # -- loading ------------------------------------------------------------------------
    def on_data_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, RECOMMENDATIONS):
            self.cycle.reload()
        if touches(changed, GROUPS, ASSIGNMENTS, ASSESSMENTS, ACTIONS, CONSULTATIONS, RECOMMENDATIONS):
            self.reload()

    def activated(self) -> None:
        self.reload()  # overdue counts depend on today's date

    def reload(self) -> None:
        self.ctx.ops.read(groups.list_groups, self.cycle.cycle(), on_done=self.show_groups, key="groups-page")

    def show_groups(self, loads: list[GroupLoad]) -> None:
        current = self.selected()
        target = self._select_next or (current.acronym if current else "")
        self._select_next = ""
        self.model.set_rows(loads)
        fit_columns(self.table, 1)
        if target:
            self.select(target)
        overdue = sum(1 for g in loads if g.overdue)
        if not loads:
            self.summary.setText(self.tr("No member groups yet. Add the first one with Add group (Insert)."))
        else:
            self.summary.setText(
                self.tr("%1; %2 with overdue work (marked %3).")
                .replace("%1", self.tr("%n member groups", "", len(loads))).replace("%2", format_number(overdue)).replace("%3", WARNING)
            )
        self._update_buttons()

    def selected(self) -> GroupLoad | None:
        return self.model.row_at(selected_row(self.table))

    def select(self, acronym: str) -> None:
        row = self.model.find(lambda g: g.acronym.lower() == acronym.lower())
        if row >= 0:
            self.table.selectRow(row)

    def _update_buttons(self) -> None:
        group = self.selected()
        self.edit_button.setEnabled(group is not None)
        self.remove_button.setEnabled(group is not None)
        self.detail.setText(self._describe(group) if group else self.tr("Select a group to see its load in detail."))

    def _describe(self, g: GroupLoad) -> str:
        n = format_number
        return (
            self.tr("<b>%1</b> (%2): %3, %4 assessed; %5; %6, %7 overdue. Focal point: %8.")
            .replace("%1", g.name.replace("<", "&lt;")).replace("%2", g.acronym.replace("<", "&lt;"))
            .replace("%3", self.tr("%n recommendations assigned", "", g.assigned)).replace("%4", n(g.assessed))
            .replace("%5", self.tr("%n assignments overdue", "", g.overdue_assessments))
            .replace("%6", self.tr("%n open follow-up actions", "", g.open_actions)).replace("%7", n(g.overdue_actions))
            .replace("%8", (g.focal_point or self.tr("none named")).replace("<", "&lt;"))
        )

    # -- add / edit ---------------------------------------------------------------------
    def add(self) -> None:
        self._open_dialog(GroupDialog(None, self))

    def edit_selected(self) -> None:
        group = self.selected()
        if group is not None:
            self._open_dialog(GroupDialog(group, self))

    def _open_dialog(self, dialog: GroupDialog) -> None:
        self.dialog = dialog
        dialog.submitted.connect(lambda values: self.save(dialog, values))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def save(self, dialog: GroupDialog, values: dict[str, str]) -> None:
        def done(group: groups.Group) -> None:
            dialog.accept()
            self.ctx.status_message(self.tr("Saved member group %1").replace("%1", group.acronym))
            self._select_next = group.acronym  # the reload that follows selects it

        on_error = lambda exc: show_error(dialog, exc)  # noqa: E731
        if dialog.group is None:
            self.ctx.ops.write(groups.add_group, on_done=done, on_error=on_error, **values)
        else:
            self.ctx.ops.write(groups.edit_group, dialog.group.acronym, on_done=done, on_error=on_error, **values)

    # -- remove -------------------------------------------------------------------------
    def remove_selected(self) -> None:
        group = self.selected()
        if group is None:
            return
        acronym = group.acronym
        self.ctx.ops.read(groups.removal_impact, acronym, on_done=lambda impact: self._confirm_removal(group, impact.describe()))

    def _confirm_removal(self, group: GroupLoad, impact: str) -> None:
        self.confirm_box = confirm_destructive(
            self, title=self.tr("Remove member group"), text=self.tr("Remove %1 (%2)?").replace("%1", group.name).replace("%2", group.acronym),
            details=impact + "\n\n" + self.tr("You can undo this with Ctrl+Z."), action=self.tr("&Remove group"),
            on_confirm=lambda: self._remove(group.acronym), icon=QMessageBox.Icon.Warning,
        )

    def _remove(self, acronym: str) -> None:
        self.ctx.ops.write(groups.remove_group, acronym,
                           on_done=lambda _impact: self.ctx.status_message(self.tr("Removed member group %1").replace("%1", acronym)))
