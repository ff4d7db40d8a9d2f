"""Export workbooks: groups (several at once), scope, deadline, language, sensitive information, where to save."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.i18n import shipped_languages
from upr_desktop.operations import exchange
from upr_desktop.operations.exchange import ExportResult
from upr_desktop.ui import vocabulary
from upr_desktop.ui.cycle_choice import CycleChoice
from upr_desktop.ui.fitting import scrolling, shrink_combo, wrap
from upr_desktop.ui.language_names import language_name
from upr_desktop.ui.pages import AppContext
from upr_desktop.ui.translations import date_edit_format


class ExportPanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.results: list[ExportResult] = []
        # Asks where to save: (acronyms) -> a file (one group) or a folder (several); None = cancelled. Tests replace it.
        self.choose_target: Callable[[list[str]], str | None] = self._ask_target
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        label = wrap(QLabel(self.tr("Member &groups (choose one or several):")))
        self.groups = QListWidget()
        self.groups.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.groups.setAccessibleName(self.tr("Member groups to export for"))
        self.groups.itemSelectionChanged.connect(self._update)
        label.setBuddy(self.groups)
        left.addWidget(label)
        left.addWidget(self.groups, 1)
        layout.addLayout(left, 2)

        right = QVBoxLayout()
        scope = QGroupBox(self.tr("Which recommendations"))
        grid = QGridLayout(scope)
        self.scope = QButtonGroup(self)
        self.all_radio = QRadioButton(self.tr("All &assigned to the group"))
        self.refs_radio = QRadioButton(self.tr("Only these &refs:"))
        self.theme_radio = QRadioButton(self.tr("Only the &theme:"))
        self.all_radio.setChecked(True)
        self.refs = QLineEdit()
        self.refs.setPlaceholderText(self.tr("e.g. 115.1, 115.4"))
        self.refs.setAccessibleName(self.tr("Refs to export"))
        self.refs.textEdited.connect(lambda _t: self.refs_radio.setChecked(True))
        self.theme = QComboBox()
        self.theme.setAccessibleName(self.tr("Theme to export"))
        self.theme.activated.connect(lambda _i: self.theme_radio.setChecked(True))
        for i, radio in enumerate((self.all_radio, self.refs_radio, self.theme_radio)):
            self.scope.addButton(radio, i)
        grid.addWidget(self.all_radio, 0, 0, 1, 2)
        grid.addWidget(self.refs_radio, 1, 0)
        grid.addWidget(self.refs, 1, 1)
        grid.addWidget(self.theme_radio, 2, 0)
        grid.addWidget(self.theme, 2, 1)
        # Several cycles in one workspace: one cycle's recommendations and the consultations and actions about them.
        self.cycle = CycleChoice(ctx, "exchange-export-cycles", self.tr("Export the work of one UPR cycle"))
        grid.addWidget(self.cycle.label(), 3, 0)
        grid.addWidget(self.cycle, 3, 1, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(1, 1)
        right.addWidget(scope)

        row = QHBoxLayout()
        self.has_deadline = QCheckBox(self.tr("&Deadline for the return:"))
        self.has_deadline.setChecked(True)
        self.deadline = QDateEdit(QDate.fromString((date.today() + timedelta(days=30)).isoformat(), Qt.DateFormat.ISODate))
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat(date_edit_format())
        self.deadline.setAccessibleName(self.tr("Deadline for the return"))
        self.has_deadline.toggled.connect(self.deadline.setEnabled)
        row.addWidget(self.has_deadline)
        row.addWidget(self.deadline)
        row.addStretch(1)
        right.addLayout(row)

        row = QHBoxLayout()
        language_label = wrap(QLabel(self.tr("Workbook &language:")))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the workbooks"))
        self.language.addItem(self.tr("Each group's own language"), None)
        for code in shipped_languages():
            self.language.addItem(language_name(code), code)
        shrink_combo(self.language, chars=14)
        self.language.setToolTip(self.tr(
            "The Read me, column titles, dropdown values and messages of the workbook are in this language. "
            "Returns are read back whatever their language."))
        language_label.setBuddy(self.language)
        row.addWidget(language_label)
        row.addWidget(self.language)
        row.addStretch(1)
        right.addLayout(row)
        sender = QHBoxLayout()
        sender_label = wrap(QLabel(self.tr("Sent &by (the secretariat):")))
        self.sender = QLineEdit()
        self.sender.setPlaceholderText(self.tr("e.g. the coordinator's name, or the secretariat's"))
        self.sender.setToolTip(self.tr("Written in each workbook's Read me; kept in the workspace"))
        self.sender.editingFinished.connect(self._sender_edited)
        sender_label.setBuddy(self.sender)
        sender.addWidget(sender_label)
        sender.addWidget(self.sender, 1)
        right.addLayout(sender)

        self.sensitive = QCheckBox(self.tr("Include &sensitive information"))
        right.addWidget(self.sensitive)
        self.sensitive_note = QLabel(self.tr(
            "Adds the government participants of consultations and every record marked confidential "
            "(recommendations, assessments, consultations, follow-up actions). Send such workbooks only "
            "to people who may see them."))
        self.sensitive_note.setWordWrap(True)
        self.sensitive_note.setIndent(24)
        right.addWidget(self.sensitive_note)

        right.addStretch(1)
        # The choices scroll on a short screen; Export and what it did stay in view under them.
        choices = QWidget()
        choices.setLayout(right)
        right.setContentsMargins(0, 0, 0, 0)
        column = QVBoxLayout()
        column.addWidget(scrolling(choices), 1)
        self.export_button = QPushButton(self.tr("&Export workbooks..."))
        self.export_button.clicked.connect(self.export)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        column.addLayout(buttons)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(self.result)
        layout.addLayout(column, 3)
        self.reload()

    def reload(self) -> None:
        self.ctx.ops.read(exchange.export_choices, on_done=self._show_setup, key="exchange-export-setup")
        self.cycle.reload()
        self.ctx.ops.read(exchange.secretariat, on_done=self._show_sender, key="exchange-export-sender")

    def _show_sender(self, name: str | None) -> None:
        self._sender = name or ""
        if not self.sender.hasFocus():
            self.sender.setText(self._sender)

    def _sender_edited(self) -> None:
        name = " ".join(self.sender.text().split())
        if name != getattr(self, "_sender", ""):
            self._sender = name
            self.ctx.ops.write(exchange.set_secretariat, name or None)

    def _show_setup(self, setup: exchange.ExportChoices) -> None:
        chosen = set(self.chosen_groups())
        self.groups.clear()
        for g in setup.groups:
            text = self.tr("%1 \u2013 %2 (%3)").replace("%1", g.acronym).replace("%2", g.name).replace("%3", self.tr("%n assigned", "", g.assigned))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, g.acronym)
            self.groups.addItem(item)
            item.setSelected(g.acronym in chosen)
        current = self.theme.currentData()
        self.theme.clear()
        for theme in setup.themes:
            self.theme.addItem(vocabulary.theme_name(theme), theme)
        if current:
            self.theme.setCurrentIndex(max(0, self.theme.findData(current)))
        self._update()

    def chosen_groups(self) -> list[str]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.groups.selectedItems()]

    def select_groups(self, acronyms: list[str]) -> None:
        for i in range(self.groups.count()):
            item = self.groups.item(i)
            item.setSelected(item.data(Qt.ItemDataRole.UserRole) in acronyms)

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.chosen_groups()))

    def request(self, target: str) -> exchange.ExportRequest:
        return exchange.ExportRequest(
            groups=self.chosen_groups(), target=target,
            refs=exchange.split_refs([self.refs.text()]) if self.refs_radio.isChecked() else [],
            theme=self.theme.currentData() or None if self.theme_radio.isChecked() else None,
            deadline=self.deadline.date().toPython() if self.has_deadline.isChecked() else None,
            include_sensitive=self.sensitive.isChecked(),
            language=self.language.currentData(),
            cycle=self.cycle.cycle(),
        )

    def _ask_target(self, acronyms: list[str]) -> str | None:
        if len(acronyms) == 1:
            name = exchange.workbook_name(acronyms[0], date.today())
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the workbook for %1").replace("%1", acronyms[0]),
                                                  str(Path.home() / name), self.tr("Excel workbook (*.xlsx)"))
            return path or None
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the %n workbooks", "", len(acronyms)))
        return folder or None

    def export(self) -> None:
        groups = self.chosen_groups()
        if not groups:
            return
        target = self.choose_target(groups)
        if not target:
            return
        request = self.request(target)
        self.ctx.ops.long(exchange.export_workbooks, request, title=self.tr("Exporting workbooks"), on_done=self._exported, parent=self)

    def _exported(self, results: list[ExportResult]) -> None:
        self.results = results
        lines = [self.tr("\u2714 %1: %2 (%3 recommendations, %4 consultations, %5 actions)")
                 .replace("%1", r.group).replace("%2", r.file).replace("%3", str(r.recommendations))
                 .replace("%4", str(r.consultations)).replace("%5", str(r.actions)) for r in results]
        for r in results:
            lines.extend(r.warnings)
        lines.extend(sorted({r.notice for r in results if r.notice}))
        if any(r.include_sensitive for r in results):
            lines.append(self.tr("\u26a0 These workbooks include sensitive information: send them only to people who may see it."))
        self.result.setText("\n".join(lines))
        self.ctx.status_message(self.tr("Exported %n workbooks", "", len(results)))
