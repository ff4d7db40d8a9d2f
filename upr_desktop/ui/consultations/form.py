"""The consultation form: date, government body (completed from earlier entries), kind, participants, recommendations, notes."""

from __future__ import annotations

from PySide6.QtCore import QDate, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from upr_desktop.operations import closed_lists
from upr_desktop.operations.consultations import ConsultationChoices, ConsultationDetail
from upr_desktop.ui import vocabulary
from upr_desktop.ui.actions.dialog import from_qdate, to_qdate
from upr_desktop.ui.consultations.picker import RecommendationPicker
from upr_desktop.ui.fitting import wrapping_check, wrapping_form
from upr_desktop.ui.translations import date_edit_format
from upr_desktop.ui.worker import Operations


def _text_box(height: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


class ConsultationForm(QWidget):
    """Shows one consultation (or a blank new one) and gives back a :class:`ConsultationDetail`."""

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.consultation_id: int | None = None
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_edit_format())
        self.date_edit.setMaximumDate(QDate(2100, 12, 31))
        self.body_edit = QLineEdit()
        self.body_edit.setPlaceholderText(self.tr("e.g. Ministry of Justice"))
        self.bodies = QStringListModel(self)
        completer = QCompleter(self.bodies, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.body_edit.setCompleter(completer)
        self.kind_combo = QComboBox()
        for code, text in vocabulary.choices(closed_lists.CONSULTATION_KINDS):
            self.kind_combo.addItem(text, code)
        self.group_combo = QComboBox()
        self.coalition_edit = _text_box(52)
        self.government_edit = _text_box(52)
        self.government_edit.setToolTip(self.tr("Sensitive: names of officials are left out of exchange workbooks and shared exports."))
        self.picker = RecommendationPicker(ops, self)
        self.summary_edit = _text_box(72)
        self.commitments_edit = _text_box(72)
        self.confidential_check = QCheckBox(self.tr("Con&fidential (kept out of shared exports)"))

        form = wrapping_form(QFormLayout(self))
        for text, widget, name in (
            (self.tr("D&ate:"), self.date_edit, self.tr("Date held")),
            (self.tr("Government &body:"), self.body_edit, self.tr("Government body")),
            (self.tr("&Kind:"), self.kind_combo, self.tr("Kind of consultation")),
            (self.tr("Led by &group:"), self.group_combo, self.tr("Member group that led it")),
            (self.tr("&Coalition participants:"), self.coalition_edit, self.tr("Coalition participants")),
            (self.tr("Go&vernment participants (sensitive):"), self.government_edit,
             self.tr("Government participants, sensitive")),
            (self.tr("Recommendations:"), self.picker, self.tr("Recommendations discussed")),
            (self.tr("S&ummary:"), self.summary_edit, self.tr("Summary")),
            (self.tr("Co&mmitments:"), self.commitments_edit, self.tr("Commitments made")),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            if widget is not self.picker:
                label.setBuddy(widget)
                widget.setAccessibleName(name)
            form.addRow(label, widget)
        form.addRow("", wrapping_check(self.confidential_check))
        self.clear()

    def set_choices(self, choices: ConsultationChoices) -> None:
        current = self.group_combo.currentData()
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("(no group)"), "")
        for acronym in choices.groups:
            self.group_combo.addItem(acronym, acronym)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(current)) if current else 0)
        self.bodies.setStringList(choices.bodies)

    def clear(self) -> None:
        self.consultation_id = None
        self.date_edit.setDate(QDate.currentDate())
        for edit in (self.body_edit,):
            edit.clear()
        for box in (self.coalition_edit, self.government_edit, self.summary_edit, self.commitments_edit):
            box.clear()
        self.kind_combo.setCurrentIndex(0)
        self.group_combo.setCurrentIndex(0)
        self.confidential_check.setChecked(False)
        self.picker.set_picked([])
        self.picker.search_edit.clear()

    def load(self, detail: ConsultationDetail) -> None:
        self.consultation_id = detail.id
        self.date_edit.setDate(to_qdate(detail.held_on))  # type: ignore[arg-type] - a stored consultation's date
        self.body_edit.setText(detail.government_body)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(detail.kind)))
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(detail.group or "")))
        self.coalition_edit.setPlainText(detail.coalition_participants)
        self.government_edit.setPlainText(detail.government_participants)
        self.summary_edit.setPlainText(detail.summary)
        self.commitments_edit.setPlainText(detail.commitments)
        self.confidential_check.setChecked(detail.confidential)
        self.picker.set_picked(detail.recommendations)
        self.picker.search_edit.clear()

    def detail(self) -> ConsultationDetail:
        return ConsultationDetail(
            id=self.consultation_id,
            held_on=from_qdate(self.date_edit.date()),
            government_body=self.body_edit.text(),
            kind=self.kind_combo.currentData(),
            group=self.group_combo.currentData() or None,
            coalition_participants=self.coalition_edit.toPlainText(),
            government_participants=self.government_edit.toPlainText(),
            summary=self.summary_edit.toPlainText(),
            commitments=self.commitments_edit.toPlainText(),
            confidential=self.confidential_check.isChecked(),
            recommendations=self.picker.picked(),
        )
