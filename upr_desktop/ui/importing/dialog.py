"""The import dialog: choose or drop files, see the recognised format, preview (dry run), map columns, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.errors import AboutAnotherState, FormatNotRecognised, ReturnedWorkbookGiven
from upr_desktop.operations import importing
from upr_desktop.operations.importing import DetectedFile, ImportOptions, ImportReport, MappingView
from upr_desktop.ui import vocabulary
from upr_desktop.ui.error_dialogs import show_error, show_user_error
from upr_desktop.ui.fitting import fit_to_screen, scrolling, shrink_combo, wrapping_form
from upr_desktop.ui.importing.errors_model import RowErrorsModel
from upr_desktop.ui.importing.mapping import MappingDialog, MappingModel
from upr_desktop.ui.pages import AppContext
from upr_desktop.ui.translations import date_edit_format, format_number

COUNTS = ("added", "updated", "unchanged", "skipped", "left_out")
FORMAT_LABELS = {
    "upr-info": QT_TRANSLATE_NOOP("ImportDialog", "UPR Info database export"),
    "ohchr-matrix": QT_TRANSLATE_NOOP("ImportDialog", "OHCHR thematic matrix"),
    "uhri": QT_TRANSLATE_NOOP("ImportDialog", "UHRI export (Universal Human Rights Index)"),
    "table": QT_TRANSLATE_NOOP("ImportDialog", "Table with a header row"),
}


def format_label(name: str, fallback: str = "") -> str:
    return QCoreApplication.translate("ImportDialog", FORMAT_LABELS[name]) if name in FORMAT_LABELS else (fallback or name)


class ImportDialog(QDialog):
    """Non-modal; ``add_files`` may be called again (more files dropped) while it is open."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.detected: DetectedFile | None = None
        self.report: ImportReport | None = None
        self.result: ImportReport | None = None
        self.overrides: dict[str, str] = {}
        self.mapping_dialog: MappingDialog | None = None
        self.handed_to_merge: list[str] = []  # returned exchange workbooks sent to the merge preview
        self.setWindowTitle(self.tr("Import recommendations"))
        # The boxes scroll on a short screen (Burmese, a netbook, a projector's large text); the buttons stay in view.
        boxes = QWidget()
        column = QVBoxLayout(boxes)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._file_box())
        column.addWidget(self._options_box())
        column.addWidget(self._preview_box(), 1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(boxes), 1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result_label)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("&Preview again"))
        self.preview_button.clicked.connect(self.refresh_preview)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        close = QPushButton(self.tr("&Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        fit_to_screen(self, 820, 680)
        self.ctx.ops.read(importing.home_state, on_done=self._home_state)
        self._update_buttons()

    # -- building ------------------------------------------------------------------------
    def _file_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("File"))
        form = wrapping_form(QFormLayout(box))
        row = QHBoxLayout()
        self.files = QComboBox()
        self.files.setAccessibleName(self.tr("File to import"))
        self.files.currentIndexChanged.connect(self._file_changed)
        shrink_combo(self.files, chars=16)
        choose = QPushButton(self.tr("C&hoose files..."))
        choose.clicked.connect(self.choose_files)
        row.addWidget(self.files, 1)
        row.addWidget(choose)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.files)
        form.addRow(label, row)
        fmt_row = QHBoxLayout()
        self.format = QComboBox()
        self.format.addItem(self.tr("Recognise automatically"), None)
        for importer in importing.importer_choices():
            self.format.addItem(format_label(importer.name, importer.label), importer.name)
        self.format.currentIndexChanged.connect(self._format_changed)
        shrink_combo(self.format, self.tr("F&ormat:").replace("&", "").rstrip(": \u00a0"), chars=16)
        self.mapping_button = QPushButton(self.tr("Column &mapping..."))
        self.mapping_button.clicked.connect(self.edit_mapping)
        fmt_row.addWidget(self.format, 1)
        fmt_row.addWidget(self.mapping_button)
        label = QLabel(self.tr("F&ormat:"))
        label.setBuddy(self.format)
        form.addRow(label, fmt_row)
        self.detected_label = QLabel(self.tr("Choose or drop a file (xlsx, xls, ods, csv, docx or json)."))
        self.detected_label.setWordWrap(True)
        form.addRow(self.detected_label)
        return box

    def _options_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Which recommendations"))
        grid = QGridLayout(box)
        self.state_group = QButtonGroup(self)
        self.home_radio = QRadioButton(self.tr("This workspace's State"))
        self.other_radio = QRadioButton(self.tr("Another &State:"))
        self.all_radio = QRadioButton(self.tr("&All States in the file"))
        self.home_radio.setChecked(True)
        self.country = QLineEdit()
        self.country.setAccessibleName(self.tr("Another State under Review"))
        self.country.setPlaceholderText(self.tr("e.g. Viet Nam"))
        self.country.editingFinished.connect(self._options_changed)
        for i, radio in enumerate((self.home_radio, self.other_radio, self.all_radio)):
            self.state_group.addButton(radio, i)
        self.state_group.idToggled.connect(lambda _i, on: on and self._options_changed())
        grid.addWidget(self.home_radio, 0, 0, 1, 2)
        grid.addWidget(self.other_radio, 1, 0)
        grid.addWidget(self.country, 1, 1)
        grid.addWidget(self.all_radio, 2, 0, 1, 2)
        self.cycle = QSpinBox()
        self.session = QSpinBox()
        for spin, maximum in ((self.cycle, 9), (self.session, 99)):
            spin.setRange(0, maximum)
            spin.setSpecialValueText(self.tr("any"))
            spin.valueChanged.connect(self._options_changed)
        cycle_label = QLabel(self.tr("C&ycle:"))
        cycle_label.setBuddy(self.cycle)
        session_label = QLabel(self.tr("Sessio&n:"))
        session_label.setBuddy(self.session)
        grid.addWidget(cycle_label, 0, 2)
        grid.addWidget(self.cycle, 0, 3)
        grid.addWidget(session_label, 1, 2)
        grid.addWidget(self.session, 1, 3)
        # A newer file (the adoption's, a mid-term update) changing responses: the day they took effect, for the history.
        self.responses_on_check = QCheckBox(self.tr("Responses took &effect on:"))
        self.responses_on_check.setToolTip(self.tr("A response this file changes (pending, then supported or noted at the adoption) "
                                                   "is kept in the recommendation's history with this day; otherwise with today's"))
        self.responses_on = QDateEdit()
        self.responses_on.setCalendarPopup(True)
        self.responses_on.setDisplayFormat(date_edit_format())
        self.responses_on.setDate(QDate.currentDate())
        self.responses_on.setEnabled(False)
        self.responses_on.setAccessibleName(self.tr("The day the file's responses took effect"))
        self.responses_on_check.toggled.connect(self.responses_on.setEnabled)
        grid.addWidget(self.responses_on_check, 2, 2)
        grid.addWidget(self.responses_on, 2, 3)
        grid.setColumnStretch(1, 1)
        return box

    def _preview_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Preview (nothing is written yet)"))
        self.preview_box = box
        layout = QVBoxLayout(box)
        counts = QHBoxLayout()
        titles = {
            "added": self.tr("To add"), "updated": self.tr("To update"), "unchanged": self.tr("Unchanged"),
            "skipped": self.tr("Skipped (row errors)"), "left_out": self.tr("Left out (other States, cycles, sessions)"),
        }
        self.count_labels: dict[str, QLabel] = {}
        self.count_titles: dict[str, QLabel] = {}
        for key in COUNTS:
            cell = QVBoxLayout()
            value = QLabel("\u2013")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setStyleSheet("font-size: 16pt; font-weight: bold;")
            title = QLabel(titles[key])
            title.setWordWrap(True)
            title.setAlignment(Qt.AlignmentFlag.AlignCenter)
            value.setAccessibleName(titles[key])
            cell.addWidget(value)
            cell.addWidget(title)
            counts.addLayout(cell, 1)
            self.count_labels[key] = value
            self.count_titles[key] = title
        layout.addLayout(counts)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.errors_model = RowErrorsModel()
        self.errors_view = QTableView()
        self.errors_view.setModel(self.errors_model)
        self.errors_view.setAccessibleName(self.tr("Rows that will not be imported"))
        self.errors_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errors_view.setWordWrap(True)
        self.errors_view.verticalHeader().hide()
        header = self.errors_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout.addWidget(self.errors_view, 1)
        return box

    # -- files and format ----------------------------------------------------------------
    def choose_files(self) -> None:
        patterns = " ".join(f"*.{ext}" for ext in importing.ACCEPTED)
        filters = ";;".join((
            self.tr("Recommendation files (%1)").replace("%1", patterns),
            self.tr("Workbooks (*.xlsx *.xls *.ods)"), self.tr("CSV (*.csv)"), self.tr("Word (*.docx)"),
            self.tr("JSON (*.json)"), self.tr("All files (*)"),
        ))
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Import recommendations"), "", filters)
        if paths:
            self.add_files(paths)

    def add_files(self, paths: list[str]) -> None:
        first_new = None
        self.files.blockSignals(True)  # adding the first item makes it current: it would be read twice, errors shown twice
        try:
            for path in paths:
                if self.files.findData(path) < 0:
                    self.files.addItem(Path(path).name, path)
                    self.files.setItemData(self.files.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
                if first_new is None:
                    first_new = self.files.findData(path)
            if first_new is not None:
                self.files.setCurrentIndex(first_new)
        finally:
            self.files.blockSignals(False)
        if first_new is not None:
            self._file_changed()  # once

    def current_path(self) -> str | None:
        return self.files.currentData()

    def chosen_format(self) -> str | None:
        return self.format.currentData()

    def _file_changed(self) -> None:
        path = self.current_path()
        self.detected, self.report, self.overrides = None, None, {}
        self._clear_preview()
        if path is None:
            return
        self.detected_label.setText(self.tr("Recognising %1...").replace("%1", Path(path).name))
        self.ctx.ops.call(importing.detect_file, path, on_done=self._detected, on_error=self._not_recognised)

    def _detected(self, found: DetectedFile) -> None:
        if found.path != self.current_path():
            return
        self.detected = found
        sure = self.tr("sure") if found.confidence >= 0.8 else self.tr("likely")
        self.detected_label.setText(self.tr("\u2714 Recognised as: %1 (%2). Choose another format above if this is wrong.")
                                    .replace("%1", format_label(found.format, found.label)).replace("%2", sure))
        self.refresh_preview()

    def _not_recognised(self, exc: BaseException) -> None:
        if isinstance(exc, ReturnedWorkbookGiven):
            self.hand_to_merge(exc)
            return
        self.detected_label.setText(self.tr("\u26a0 Not recognised. If the file is a table, choose \u201cTable with a header row\u201d "
                                            "as the format, then Column mapping to say which column holds what."))
        self._update_buttons()
        if isinstance(exc, FormatNotRecognised):  # the app's way out, not the command line's (--map, --format)
            show_user_error(self, self.tr("Cannot import %1: it is not a recognised format (a UPR Info export, an OHCHR matrix, "
                                          "a UHRI export, or a table with a column of recommendation texts). If it is a table, "
                                          "choose \u201cTable with a header row\u201d under Format, then Column mapping to say "
                                          "which column holds what.").replace("%1", exc.file))
        else:
            show_error(self, exc)

    def hand_to_merge(self, exc: ReturnedWorkbookGiven) -> None:
        """A member group's returned workbook is merged, not imported: open it in the merge preview instead."""
        text = self.tr("%1 is a returned exchange workbook: it was opened in the merge preview (Exchange page).").replace(
            "%1", Path(exc.path).name)
        index = self.files.findData(exc.path)
        if index >= 0:
            self.files.removeItem(index)
        self.ctx.status_message(text)
        self.handed_to_merge.append(exc.path)
        if self.files.count() == 0:
            self.reject()
        self.ctx.run_command("merge", exc.path)

    def _format_changed(self) -> None:
        self.overrides = {}
        self._options_changed()

    def _options_changed(self) -> None:
        if self.current_path() and (self.detected or self.chosen_format()):
            self.refresh_preview()

    def _home_state(self, state: str) -> None:
        self.home_radio.setText(self.tr("Only &%1 (this workspace's State)").replace("%1", vocabulary.state_name(state)))

    def options(self) -> ImportOptions:
        return ImportOptions(
            format=self.chosen_format(), mapping=dict(self.overrides),
            country=self.country.text().strip() or None if self.other_radio.isChecked() else None,
            all_states=self.all_radio.isChecked(),
            cycle=self.cycle.value() or None, session=self.session.value() or None,
            responses_on=self.responses_on.date().toPython() if self.responses_on_check.isChecked() else None,
        )

    # -- mapping -------------------------------------------------------------------------
    def edit_mapping(self) -> None:
        path = self.current_path()
        if path is None:
            return
        fmt = self.chosen_format() or (self.detected.format if self.detected else "table")
        overrides = dict(self.overrides)
        self.ctx.ops.call(importing.read_mapping, path, fmt, overrides, on_done=self._show_mapping)

    def _show_mapping(self, view: MappingView | None) -> None:
        if view is None:
            show_user_error(self, self.tr("This format has fixed columns; there is no mapping to change."), self.tr("Column mapping"))
            return
        if self.chosen_format() is None and self.detected is None:
            self.format.blockSignals(True)
            self.format.setCurrentIndex(self.format.findData("table"))
            self.format.blockSignals(False)
        self.mapping_dialog = MappingDialog(MappingModel(view, self.overrides), Path(self.current_path() or "").name, self)
        self.mapping_dialog.accepted.connect(self._mapping_chosen)
        self.mapping_dialog.open()

    def _mapping_chosen(self) -> None:
        assert self.mapping_dialog is not None
        self.overrides = self.mapping_dialog.model.overrides()
        self.refresh_preview()

    # -- preview and import --------------------------------------------------------------
    def _clear_preview(self) -> None:
        for label in self.count_labels.values():
            label.setText("\u2013")
        self.summary.setText("")
        self.errors_model.set_errors([])
        self._update_buttons()

    def refresh_preview(self) -> None:
        path = self.current_path()
        if path is None:
            return
        options = self.options()
        self.report = None
        self._clear_preview()
        self.ctx.ops.long(importing.preview_import, path, options, title=self.tr("Reading %1").replace("%1", Path(path).name),
                          on_done=self._previewed, on_error=self._preview_failed, parent=self)

    def _say_written(self, written: bool) -> None:
        """The box and its counts say whether they are a preview or what the import did."""
        if written:
            self.preview_box.setTitle(self.tr("Imported (written to the workspace)"))
            self.count_titles["added"].setText(self.tr("Added"))
            self.count_titles["updated"].setText(self.tr("Updated"))
        else:
            self.preview_box.setTitle(self.tr("Preview (nothing is written yet)"))
            self.count_titles["added"].setText(self.tr("To add"))
            self.count_titles["updated"].setText(self.tr("To update"))
        for key in ("added", "updated"):
            self.count_labels[key].setAccessibleName(self.count_titles[key].text())

    def _previewed(self, report: ImportReport) -> None:
        self._say_written(False)
        self.report = report
        self._show_counts(report)
        lines = [self.tr("Format: %1.").replace("%1", format_label(report.format))]
        if report.merged_rows:
            lines.append(self.tr("%n \u201caccepted in part\u201d rows are merged into partially supported recommendations.", "",
                                 report.merged_rows))
        lines.extend(report.warnings)
        if report.added == 0 and report.updated == 0:
            lines.append(self.tr("Nothing to import: this file adds or changes nothing."))
        self.summary.setText("\n".join(lines))
        self._update_buttons()

    def _show_counts(self, report: ImportReport) -> None:
        for key in COUNTS:
            self.count_labels[key].setText(format_number(getattr(report, key)))
        self.errors_model.set_errors(report.errors)

    def _preview_failed(self, exc: BaseException) -> None:
        from upr_desktop.errors import Cancelled

        if isinstance(exc, Cancelled):
            self.summary.setText(self.tr("Preview cancelled."))
            return
        message = self._in_the_apps_words(exc) or getattr(exc, "message", str(exc))
        self.summary.setText(self.tr("\u26a0 This file cannot be imported as it is: %1").replace("%1", message))
        self._update_buttons()
        if isinstance(exc, AboutAnotherState):
            show_user_error(self, message)
        else:
            show_error(self, exc)

    def _in_the_apps_words(self, exc: BaseException) -> str | None:
        """A refusal whose message gives the command line's way out (init, --country): the app's way instead."""
        if not isinstance(exc, AboutAnotherState):
            return None
        if exc.header is not None:
            text = self.tr("Cannot import %1: it is about %2 (its header says \u201c%3\u201d), but this workspace follows %4. "
                           "Nothing was imported. To follow %2, create a workspace for it: File > New workspace.")
            return (text.replace("%1", exc.file).replace("%2", vocabulary.state_name(exc.first)).replace("%3", exc.header)
                    .replace("%4", vocabulary.state_name(exc.ours)))
        text = self.tr("Cannot import %1: it holds recommendations to %2, none to %3. Nothing was imported. To keep them "
                       "anyway, choose \u201cAnother State\u201d or \u201cAll States in the file\u201d above; to follow %4, "
                       "create a workspace for it: File > New workspace.")
        return (text.replace("%1", exc.file).replace("%2", exc.states).replace("%3", vocabulary.state_name(exc.ours))
                .replace("%4", vocabulary.state_name(exc.first)))

    def start_import(self) -> None:
        path = self.current_path()
        if path is None or self.report is None:
            return
        options = self.options()
        self.import_button.setEnabled(False)
        self.ctx.ops.long(importing.import_file, path, options, title=self.tr("Importing %1").replace("%1", Path(path).name),
                          on_done=self._imported, on_error=self._import_failed, parent=self)

    def _imported(self, report: ImportReport) -> None:
        self.result = report
        self.report = None
        self._say_written(True)
        self._show_counts(report)
        text = (self.tr("\u2714 Imported %1: added %2, updated %3, unchanged %4, skipped %5.")
                .replace("%1", report.file).replace("%2", format_number(report.added)).replace("%3", format_number(report.updated))
                .replace("%4", format_number(report.unchanged)).replace("%5", format_number(report.skipped)))
        if report.backup:
            text += " " + self.tr("A backup was made first: %1").replace("%1", report.backup)
        self.result_label.setText(text)
        self.ctx.status_message(text)
        self._update_buttons()

    def _import_failed(self, exc: BaseException) -> None:
        from upr_desktop.errors import Cancelled

        if isinstance(exc, Cancelled):
            self.result_label.setText(self.tr("Import cancelled: nothing was changed."))
        else:
            self.result_label.setText(self.tr("\u26a0 The import failed: nothing was changed."))
            words = self._in_the_apps_words(exc)
            if words is not None:
                show_user_error(self, words)
            else:
                show_error(self, exc)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_file = self.current_path() is not None
        self.preview_button.setEnabled(has_file)
        self.mapping_button.setEnabled(has_file and (self.chosen_format() in (None, "table", "upr-info", "uhri")))
        ready = self.report is not None and (self.report.added > 0 or self.report.updated > 0)
        self.import_button.setEnabled(ready)
