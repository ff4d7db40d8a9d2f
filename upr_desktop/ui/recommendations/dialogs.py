"""Dialogs of the Recommendations page: add an assessment, assign or unassign a group, set themes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from upr_desktop.operations.assessments import STATUSES
from upr_desktop.operations.assignments import ROLES
from upr_desktop.ui import vocabulary
from upr_desktop.ui.translations import date_edit_format


@dataclass
class AssessmentForm:
    """What Add assessment collects; tests fill it directly and call ``record`` arguments from it."""

    ref: str
    status: str = ""  # nobody has chosen one yet: the dialog asks
    assessed_on: date = field(default_factory=date.today)
    group: str | None = None
    evidence: str = ""
    sources: str = ""
    comment: str = ""
    confidential: bool = False

    def arguments(self) -> dict[str, object]:
        return {
            "ref": self.ref, "group": self.group, "status": self.status, "assessed_on": self.assessed_on,
            "evidence": self.evidence, "sources": self.sources, "comment": self.comment, "confidential": self.confidential,
        }


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _row(layout: QFormLayout, text: str, widget: QWidget, name: str) -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(name)
    layout.addRow(label, widget)


class AssessmentDialog(QDialog):
    def __init__(self, form: AssessmentForm, groups: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.setWindowTitle(self.tr("Add assessment of %1").replace("%1", form.ref))
        layout = QFormLayout(self)
        self.status = QComboBox()
        self.status.addItem(self.tr("Choose a status\u2026"), "")  # a status is what a person observed, never a default
        for code, _label in vocabulary.choices(STATUSES):
            self.status.addItem(vocabulary.status_text(code), code)
        self.status.setCurrentIndex(max(0, self.status.findData(form.status)))
        self.assessed_on = QDateEdit(QDate(form.assessed_on.year, form.assessed_on.month, form.assessed_on.day))
        self.assessed_on.setCalendarPopup(True)
        self.assessed_on.setDisplayFormat(date_edit_format())
        self.assessed_on.setMaximumDate(QDate.currentDate())
        self.group = QComboBox()
        self.group.addItem(self.tr("(the coalition as a whole)"), None)
        for acronym in groups:
            self.group.addItem(acronym, acronym)
        self.group.setCurrentIndex(max(0, self.group.findData(form.group)))
        self.evidence = QPlainTextEdit(form.evidence)
        self.evidence.setTabChangesFocus(True)
        self.evidence.setPlaceholderText(self.tr("What shows this status: laws passed, budgets, cases, statistics..."))
        self.sources = QLineEdit(form.sources)
        self.sources.setPlaceholderText(self.tr("Links or documents"))
        self.comment = QPlainTextEdit(form.comment)
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(80)
        self.confidential = QCheckBox(self.tr("&Confidential (never leaves this workspace in exports)"))
        self.confidential.setChecked(form.confidential)
        _row(layout, self.tr("&Status:"), self.status, self.tr("Status"))
        _row(layout, self.tr("&Date:"), self.assessed_on, self.tr("Assessment date"))
        _row(layout, self.tr("&Assessed by:"), self.group, self.tr("Assessed by"))
        _row(layout, self.tr("&Evidence:"), self.evidence, self.tr("Evidence"))
        _row(layout, self.tr("S&ources:"), self.sources, self.tr("Sources"))
        _row(layout, self.tr("Co&mment:"), self.comment, self.tr("Comment"))
        layout.addRow(self.confidential)
        buttons = _buttons(self, self.tr("Add assessment"))
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.status.currentIndexChanged.connect(lambda _i: self.ok_button.setEnabled(bool(self.status.currentData())))
        self.ok_button.setEnabled(bool(self.status.currentData()))
        layout.addRow(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        if not self.status.currentData():
            self.status.setFocus()
            return
        f = self.form
        f.status = str(self.status.currentData())
        f.assessed_on = self.assessed_on.date().toPython()  # type: ignore[assignment]
        f.group = self.group.currentData()
        f.evidence = self.evidence.toPlainText()
        f.sources = self.sources.text()
        f.comment = self.comment.toPlainText()
        f.confidential = self.confidential.isChecked()
        super().accept()


class AssignDialog(QDialog):
    """Choose a member group (and role) to assign the selected recommendations to, or to unassign."""

    def __init__(self, count: int, groups: list[str], *, unassign: bool = False, names: dict[str, str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unassign = unassign
        if unassign:
            self.setWindowTitle(self.tr("Unassign %n recommendations", "", count))
        else:
            self.setWindowTitle(self.tr("Assign %n recommendations", "", count))
        layout = QFormLayout(self)
        self.group = QComboBox()
        for acronym in groups:
            name = (names or {}).get(acronym)
            self.group.addItem(self.tr("%1 (%2)").replace("%1", name).replace("%2", acronym) if name else acronym, acronym)
        _row(layout, self.tr("Member &group:"), self.group, self.tr("Member group"))
        self.role = QComboBox()
        for code, text in vocabulary.choices(ROLES):
            self.role.addItem(text, code)
        self.has_due = QCheckBox(self.tr("&Due by:"))
        self.due = QDateEdit(QDate.currentDate().addMonths(6))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat(date_edit_format())
        self.due.setEnabled(False)
        self.due.setAccessibleName(self.tr("Due date"))
        self.has_due.toggled.connect(self.due.setEnabled)
        if not unassign:
            _row(layout, self.tr("&Role:"), self.role, self.tr("Role"))
            layout.addRow(self.has_due, self.due)
        if not groups:
            layout.addRow(QLabel(self.tr("There are no member groups yet. Add them on the Member groups page.")))
        ok = self.tr("Unassign") if unassign else self.tr("Assign")
        buttons = _buttons(self, ok)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(groups))
        layout.addRow(buttons)

    @property
    def chosen_group(self) -> str:
        return str(self.group.currentData())

    @property
    def chosen_role(self) -> str:
        return str(self.role.currentData())

    @property
    def chosen_due_date(self) -> date | None:
        """The due date of the assignments, None when none was set."""
        return self.due.date().toPython() if self.has_due.isChecked() else None  # type: ignore[return-value]


class ThemesDialog(QDialog):
    def __init__(self, count: int, known_themes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set themes on %n recommendations", "", count))
        layout = QFormLayout(self)
        self.themes = QLineEdit()
        self.themes.setPlaceholderText(self.tr("Themes separated by commas"))
        completer = QCompleter(known_themes, self.themes)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.themes.setCompleter(completer)
        _row(layout, self.tr("&Themes:"), self.themes, self.tr("Themes"))
        self.replace = QCheckBox(self.tr("&Replace their current themes (otherwise add to them)"))
        layout.addRow(self.replace)
        layout.addRow(_buttons(self, self.tr("Set themes")))
        self.setMinimumWidth(460)

    def chosen_themes(self) -> list[str]:
        return [t.strip() for t in self.themes.text().split(",") if t.strip()]
