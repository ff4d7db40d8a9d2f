"""The Reports page: the CLI's choices (kind, group, theme, since, sensitive), a preview, and Save as xlsx, PDF or HTML."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.operations import reports
from upr_desktop.operations.reports import ReportChoices, ReportDocument, ReportScope, SavedReport
from upr_desktop.ui import vocabulary
from upr_desktop.ui.fitting import shrink_combo, wrapping_check, wrapping_form
from upr_desktop.ui.hub import GROUPS, THEMES, touches
from upr_desktop.ui.pages import AppContext, Page
from upr_desktop.ui.report_charts import chart_image
from upr_desktop.ui.translations import date_edit_format

PREVIEW_SECTIONS = 3  # the preview shows the summary, charts and the first few sections


class ReportsPage(Page):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.document: ReportDocument | None = None
        self.kind = QComboBox()
        for code, text in (("implementation", self.tr("Implementation (mid-term assessment)")),
                           ("coverage", self.tr("Coverage by member groups")),
                           ("consultations", self.tr("Consultations and follow-up actions")),
                           ("cycle", self.tr("Cycle to cycle (latest cycle: response history, recommended before)"))):
            self.kind.addItem(text, code)
        self.group = QComboBox()
        self.group.addItem(self.tr("All member groups"), None)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("All themes"), None)
        self.cycle = QComboBox()
        self.cycle.addItem(self.tr("All cycles (the cycle report: the latest)"), None)
        self.since_on = QCheckBox(self.tr("Only since"))
        self.since = QDateEdit()
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat(date_edit_format())
        self.since.setAccessibleName(self.tr("Only assessments, consultations and actions since this date"))
        start = date.today() - timedelta(days=365)
        self.since.setDate(QDate(start.year, start.month, start.day))
        self.since.setEnabled(False)
        self.since_on.toggled.connect(self.since.setEnabled)
        self.sensitive = QCheckBox(self.tr("Include sensitive fields (government participants, contact details, confidential records)"))
        self.sensitive_warning = QLabel(self.tr("The report will say that it contains sensitive fields. Share it only inside the coalition."))
        self.sensitive_warning.setWordWrap(True)
        self.sensitive_warning.setVisible(False)
        self.sensitive.toggled.connect(self.sensitive_warning.setVisible)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_on)
        since_row.addWidget(self.since, 1)
        form = wrapping_form(QFormLayout())
        for text, combo, chars in ((self.tr("&Report:"), self.kind, 14), (self.tr("&Member group:"), self.group, 10),
                                   (self.tr("&Theme:"), self.theme, 10), (self.tr("C&ycle:"), self.cycle, 8)):
            form.addRow(text, shrink_combo(combo, text.replace("&", "").rstrip(": \u00a0"), chars=chars))
        form.addRow(self.tr("Period:"), since_row)
        form.addRow(wrapping_check(self.sensitive))
        form.addRow(self.sensitive_warning)
        self.preview_button = QPushButton(self.tr("&Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.xlsx_button = QPushButton(self.tr("Save as &Excel workbook..."))
        self.xlsx_button.clicked.connect(lambda: self.save("xlsx"))
        self.pdf_button = QPushButton(self.tr("Save as P&DF..."))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.html_button = QPushButton(self.tr("Save as &HTML page..."))
        self.html_button.clicked.connect(lambda: self.save("html"))
        buttons = QGridLayout()  # one a row: the longest (Burmese, projector size) still fits beside the preview
        for i, button in enumerate((self.preview_button, self.xlsx_button, self.pdf_button, self.html_button)):
            buttons.addWidget(button, i, 0)
        buttons.setColumnStretch(1, 1)
        self.browser = QTextBrowser()
        self.browser.setAccessibleName(self.tr("Report preview"))
        self.browser.setOpenLinks(False)
        left = QWidget()
        column = QVBoxLayout(left)
        column.addLayout(form)
        column.addLayout(buttons)
        column.addStretch(1)
        layout = QHBoxLayout(self)
        left.setMaximumWidth(560)
        layout.addWidget(left, 1)
        layout.addWidget(self.browser, 3)
        for signal in (self.kind.currentIndexChanged, self.group.currentIndexChanged, self.theme.currentIndexChanged,
                       self.cycle.currentIndexChanged):
            signal.connect(lambda _i: self.preview())
        self.since_on.toggled.connect(lambda _on: self.preview())
        self.sensitive.toggled.connect(lambda _on: self.preview())
        ctx.hub.data_changed.connect(self._data_changed)
        self.load_choices()
        self.preview()

    # -- choices --------------------------------------------------------------------------
    def load_choices(self) -> None:
        self.ctx.ops.read(reports.report_choices, on_done=self._choices_loaded, key="report-choices")

    def _choices_loaded(self, choices: ReportChoices) -> None:
        for combo, values in ((self.group, choices.groups), (self.theme, choices.themes), (self.cycle, choices.cycles)):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                label = (self.tr("Cycle %1").replace("%1", str(value)) if combo is self.cycle
                         else vocabulary.theme_name(str(value)) if combo is self.theme else str(value))
                combo.addItem(label, value)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)

    def _data_changed(self, changed: frozenset[str]) -> None:
        if touches(changed, GROUPS, THEMES):
            self.load_choices()
        if self.isVisible():
            self.preview()

    def scope(self) -> ReportScope:
        since = self.since.date().toPython() if self.since_on.isChecked() else None
        return reports.scope_of(group=self.group.currentData(), theme=self.theme.currentData(), since=since,
                                include_sensitive=self.sensitive.isChecked(), cycle=self.cycle.currentData())

    # -- preview --------------------------------------------------------------------------
    def preview(self) -> None:
        kind, scope = str(self.kind.currentData()), self.scope()
        self.ctx.ops.read(reports.build_report, kind, scope, on_done=self.show_preview, key="report-preview")

    def show_preview(self, doc: ReportDocument) -> None:
        self.document = doc
        text = self.browser.document()
        sources = []
        for i, chart in enumerate(doc.charts):
            name = f"preview-chart-{i}.png"
            text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), chart_image(chart, 560))
            sources.append(name)
        shown = ReportDocument(**{**doc.__dict__, "sections": doc.sections[:PREVIEW_SECTIONS]})
        html = reports.report_html(shown, sources, chart_width=560, qt=True)
        if len(doc.sections) > PREVIEW_SECTIONS:
            more = self.tr("… and %n more sections in the saved report.", "", len(doc.sections) - PREVIEW_SECTIONS)
            html = html.replace("</body>", f"<p><i>{more}</i></p></body>")
        self.browser.setHtml(html)

    # -- saving ---------------------------------------------------------------------------
    def save(self, fmt: str, target: Path | None = None) -> None:
        """Ask where (unless ``target`` is given), then build and write the report on the worker thread."""
        if target is None:
            filters = {"xlsx": self.tr("Excel workbook (*.xlsx)"), "pdf": self.tr("PDF document (*.pdf)"),
                       "html": self.tr("Web page (*.html)")}[fmt]
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save report"), f"{self.kind.currentData()}-report.{fmt}", filters)
            if not name:
                return
            target = Path(name)
            if target.suffix.lower() != f".{fmt}":
                target = target.with_name(target.name + f".{fmt}")
        kind, scope = str(self.kind.currentData()), self.scope()
        self.ctx.ops.long(reports.save_report, kind, scope, target, on_done=self._saved,
                          title=self.tr("Writing the report"), cancellable=False)

    def _saved(self, saved: SavedReport) -> None:
        self.ctx.status_message(self.tr("Report saved to %1").replace("%1", str(saved.path)))
