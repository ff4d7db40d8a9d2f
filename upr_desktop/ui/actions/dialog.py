"""Add or edit one follow-up action: description, group, due date, status, confidential."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.operations import actions, closed_lists
from upr_desktop.operations.actions import ActionRow
from upr_desktop.ui import vocabulary
from upr_desktop.ui.error_dialogs import show_error
from upr_desktop.ui.pages import AppContext
from upr_desktop.ui.translations import date_edit_format

translate = QCoreApplication.translate

def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ActionDialog(QDialog):
    """Emits ``submitted(values)`` on OK; the caller saves and closes it, or shows the error and keeps it open."""

    submitted = Signal(dict)

    def __init__(
        self, action: ActionRow | None, groups: list[str], *, consultation: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.action = action
        self.setWindowTitle(self.tr("Add follow-up action") if action is None else self.tr("Edit follow-up action"))
        self.description_edit = QPlainTextEdit(action.description if action else "")
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setFixedHeight(80)
        self.group_combo = QComboBox()
        self.group_combo.addItem(self.tr("(no group)"), "")
        for acronym in groups:
            self.group_combo.addItem(acronym, acronym)
        if action and action.group:
            self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(action.group)))
        self.due_check = QCheckBox(self.tr("Has a &due date"))
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(date_edit_format())
        self.due_edit.setDate(to_qdate(action.due_date) if action and action.due_date else QDate.currentDate().addDays(30))
        self.due_check.toggled.connect(self.due_edit.setEnabled)
        self.due_check.setChecked(bool(action.due_date) if action else True)
        self.due_edit.setEnabled(self.due_check.isChecked())
        self.status_combo = QComboBox()
        for code, _text in vocabulary.choices(closed_lists.ACTION_STATUSES):
            self.status_combo.addItem(vocabulary.action_status_text(code), code)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(action.status if action else "open")))
        self.confidential_check = QCheckBox(self.tr("C&onfidential (kept out of shared exports)"))
        self.confidential_check.setChecked(bool(action and action.confidential))

        due_row = QHBoxLayout()
        due_row.addWidget(self.due_check)
        due_row.addWidget(self.due_edit, 1)
        form = QFormLayout()
        if consultation:
            form.addRow(self.tr("Consultation:"), QLabel(consultation))
        for text, widget, name in (
            (self.tr("&Action:"), self.description_edit, self.tr("Action description")),
            (self.tr("&Group:"), self.group_combo, self.tr("Responsible group")),
            (self.tr("&Status:"), self.status_combo, self.tr("Status")),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        self.due_edit.setAccessibleName(self.tr("Due date"))
        form.insertRow(2, self.tr("Due:"), due_row)
        form.addRow("", self.confidential_check)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def values(self) -> dict[str, Any]:
        return {
            "description": self.description_edit.toPlainText(),
            "group": self.group_combo.currentData() or None,
            "due_date": from_qdate(self.due_edit.date()) if self.due_check.isChecked() else None,
            "status": self.status_combo.currentData(),
            "confidential": self.confidential_check.isChecked(),
        }

    def submit(self) -> None:
        self.submitted.emit(self.values())


def open_action_dialog(
    ctx: AppContext, parent: QWidget, action: ActionRow | None, groups: list[str], *,
    consultation_id: int | None = None, consultation: str = "",
) -> ActionDialog:
    """Open the dialog (not blocking); OK saves through the worker, closes it, and selects nothing else."""
    dialog = ActionDialog(action, groups, consultation=consultation, parent=parent)

    def saved(_row: ActionRow) -> None:
        dialog.accept()
        ctx.status_message(translate("ActionDialog", "Follow-up action saved"))

    def save(values: dict[str, Any]) -> None:
        on_error = lambda exc: show_error(dialog, exc)
        if action is None:
            ctx.ops.write(actions.add_action, consultation_id=consultation_id, on_done=saved, on_error=on_error, **values)
        else:
            ctx.ops.write(actions.edit_action, action.id, expected_version=action.version, on_done=saved, on_error=on_error, **values)

    dialog.submitted.connect(save)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog
