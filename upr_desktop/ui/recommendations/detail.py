"""The detail pane: full text, assignments, assessment timeline, consultations and change history."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.ui import vocabulary
from upr_desktop.ui.translations import format_date, format_date_time, format_number

if TYPE_CHECKING:
    from upr_desktop.operations.recommendations import RecommendationDetail


def _tree(name: str, headers: list[str]) -> tuple[QTreeView, QStandardItemModel]:
    model = QStandardItemModel(0, len(headers))
    model.setHorizontalHeaderLabels(headers)
    view = QTreeView()
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setAlternatingRowColors(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAccessibleName(name)
    view.setWordWrap(True)
    return view, model


def _fill(model: QStandardItemModel, rows: list[list[str]]) -> None:
    model.removeRows(0, model.rowCount())
    for values in rows:
        items = [QStandardItem(v) for v in values]
        for item in items:
            item.setToolTip(item.text())
        model.appendRow(items)


class DetailPane(QWidget):
    add_assessment_requested = Signal()
    assign_requested = Signal()
    unassign_requested = Signal(str)  # group acronym

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: RecommendationDetail | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(self.tr("Select a recommendation to see its details."))
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.heading)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Recommendation details"))
        layout.addWidget(self.tabs, 1)

        overview = QWidget()
        side_by_side = QHBoxLayout(overview)
        self.text = QTextBrowser()
        self.text.setAccessibleName(self.tr("Full text"))
        self.text.setOpenLinks(False)
        side_by_side.addWidget(self.text, 3)
        o = QVBoxLayout()
        side_by_side.addLayout(o, 2)
        o.addWidget(QLabel(self.tr("Assigned to:")))
        self.assignment_view, self.assignment_model = _tree(self.tr("Assignments"), [self.tr("Group"), self.tr("Role"), self.tr("Due")])
        o.addWidget(self.assignment_view, 1)
        buttons = QHBoxLayout()
        self.assign_button = QPushButton(self.tr("Assign to group..."))
        self.unassign_button = QPushButton(self.tr("Remove assignment"))
        self.assign_button.clicked.connect(self.assign_requested)
        self.unassign_button.clicked.connect(self._unassign)
        buttons.addWidget(self.assign_button)
        buttons.addWidget(self.unassign_button)
        buttons.addStretch(1)
        o.addLayout(buttons)
        self.tabs.addTab(overview, self.tr("&Overview"))

        timeline = QWidget()
        t = QVBoxLayout(timeline)
        self.assessment_view, self.assessment_model = _tree(
            self.tr("Assessment timeline"), [self.tr("Date"), self.tr("Status"), self.tr("By"), self.tr("Evidence"), self.tr("Sources")]
        )
        t.addWidget(self.assessment_view, 1)
        self.add_assessment_button = QPushButton(self.tr("&Add assessment..."))
        self.add_assessment_button.clicked.connect(self.add_assessment_requested)
        t.addWidget(self.add_assessment_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(timeline, self.tr("Assess&ments"))

        self.consultation_view, self.consultation_model = _tree(
            self.tr("Linked consultations"), [self.tr("Date"), self.tr("Government body"), self.tr("Kind")]
        )
        self.tabs.addTab(self.consultation_view, self.tr("Co&nsultations"))
        self.history_view, self.history_model = _tree(
            self.tr("Change history"), [self.tr("When"), self.tr("Who"), self.tr("What happened")]
        )
        self.tabs.addTab(self.history_view, self.tr("&History"))
        self.show_detail(None)

    def _unassign(self) -> None:
        index = self.assignment_view.currentIndex()
        if index.isValid():
            self.unassign_requested.emit(self.assignment_model.item(index.row(), 0).text())

    def show_detail(self, detail: RecommendationDetail | None) -> None:
        self.detail = detail
        for widget in (self.tabs, self.assign_button, self.unassign_button, self.add_assessment_button):
            widget.setEnabled(detail is not None)
        if detail is None:
            self.heading.setText(self.tr("Select a recommendation to see its details."))
            self.text.clear()
            for model in (self.assignment_model, self.assessment_model, self.consultation_model, self.history_model):
                _fill(model, [])
            return
        facts = [self.tr("Response: %1").replace("%1", detail.response_story) if detail.response_story else vocabulary.label(detail.response)]
        if detail.recommending_states:
            facts.append(self.tr("from %1").replace("%1", vocabulary.state_names(detail.recommending_states)))
        if detail.cycle:
            facts.append(self.tr("cycle %1").replace("%1", format_number(detail.cycle)))
        if detail.action_category:
            facts.append(vocabulary.label(detail.action_category))
        status = vocabulary.status_text(detail.assessments[0].status if detail.assessments else None)
        joined = " \u00b7 ".join(facts)
        self.heading.setText(f"<b>{html.escape(detail.ref)}</b> \u2014 {html.escape(status)}<br>{html.escape(joined)}")
        themes = vocabulary.theme_names(detail.themes) or self.tr("none")
        themes_line = self.tr("Themes: %1").replace("%1", themes)  # lupdate cannot see into f-strings
        self.text.setHtml(f"<p>{html.escape(detail.text)}</p><p><i>{html.escape(themes_line)}</i></p>")
        _fill(self.assignment_model, [[a.group, vocabulary.label(a.role), format_date(a.due_date)] for a in detail.assignments])
        _fill(self.assessment_model, [
            [format_date(a.assessed_on), vocabulary.status_text(a.status), a.group or self.tr("coalition"), a.evidence or "", a.sources or ""]
            for a in detail.assessments
        ])
        _fill(self.consultation_model, [[format_date(c.held_on), c.government_body, vocabulary.label(c.kind)] for c in detail.consultations])
        _fill(self.history_model, [
            [format_date_time(h.at), h.actor, h.what.render(format_date)] for h in detail.history
        ])
        for column in (0, 1):  # when and who in full; what happened takes the rest and wraps
            self.history_view.resizeColumnToContents(column)
        self.unassign_button.setEnabled(bool(detail.assignments))
