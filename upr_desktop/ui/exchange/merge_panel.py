"""Merge returns: files chosen or dropped -> preview per file (status, additions, updates, rejected cells,
conflicts side by side with a decision each) -> Apply on the worker."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.operations import exchange
from upr_desktop.operations.exchange import FilePlan, MergeReport, display
from upr_desktop.ui.exchange.conflicts_model import ConflictRow, ConflictsView, field_label, shown
from upr_desktop.ui.fitting import wrap
from upr_desktop.ui.pages import AppContext
from upr_desktop.ui.row_model import Column, RowTableModel


def _table(context: str, headers: Sequence[str], name: str) -> QTableView:
    """A read-only table of plain text rows over a real model (headers marked with QT_TRANSLATE_NOOP)."""
    columns = [Column(header, lambda row, i=i: row[i]) for i, header in enumerate(headers)]
    table = QTableView()
    table.setModel(RowTableModel(context, columns, parent=table))
    table.setAccessibleName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableView, rows: list[tuple[str, ...]]) -> None:
    table.model().set_rows(rows)  # type: ignore[attr-defined]


def isolated(name: str) -> str:
    """A file name kept in its own direction inside a right-to-left sentence (Arabic showed "clean-return.xlsx-1"
    for "1-clean-return.xlsx"): first-strong isolate ... pop directional isolate."""
    return f"\u2068{name}\u2069"


class MergePanel(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.paths: list[str] = []
        self.report: MergeReport | None = None
        self.merged: MergeReport | None = None  # what the last Apply merged
        self.rows_by_file: dict[str, list[ConflictRow]] = {}
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        add = QPushButton(self.tr("&Add returned workbooks..."))
        add.clicked.connect(self.choose_files)
        self.clear_button = QPushButton(self.tr("C&lear"))
        self.clear_button.clicked.connect(self.clear)
        hint = wrap(QLabel(self.tr("Or drop several returned workbooks here at once.")))
        bar.addWidget(add)
        bar.addWidget(self.clear_button)
        bar.addWidget(hint, 1)
        layout.addLayout(bar)

        split = QSplitter()
        self.files = QListWidget()
        self.files.setAccessibleName(self.tr("Returned workbooks"))
        self.files.currentRowChanged.connect(self._show_file)
        split.addWidget(self.files)
        details = QWidget()
        box = QVBoxLayout(details)
        box.setContentsMargins(0, 0, 0, 0)
        self.status = QLabel(self.tr("Add the workbooks member groups sent back to see what merging them would change."))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.status)
        self.tabs = QTabWidget()
        self.conflicts = ConflictsView()
        sheet, cell = QT_TRANSLATE_NOOP("MergePanel", "Sheet"), QT_TRANSLATE_NOOP("MergePanel", "Cell")
        self.additions = _table("MergePanel", (sheet, QT_TRANSLATE_NOOP("MergePanel", "Row"), QT_TRANSLATE_NOOP("MergePanel", "What"),
                                               QT_TRANSLATE_NOOP("MergePanel", "Added")), self.tr("Additions"))
        self.updates = _table("MergePanel", (cell, QT_TRANSLATE_NOOP("MergePanel", "Record"), QT_TRANSLATE_NOOP("MergePanel", "Field"),
                                             QT_TRANSLATE_NOOP("MergePanel", "Now"), QT_TRANSLATE_NOOP("MergePanel", "Becomes")),
                              self.tr("Updates"))
        self.rejected = _table("MergePanel", (sheet, cell, QT_TRANSLATE_NOOP("MergePanel", "Why it is not used")), self.tr("Rejected cells"))
        for widget in (self.conflicts, self.additions, self.updates, self.rejected):
            self.tabs.addTab(widget, "")
        box.addWidget(self.tabs, 1)
        split.addWidget(details)
        split.setStretchFactor(1, 3)
        split.setSizes([240, 760])
        layout.addWidget(split, 1)

        bottom = QHBoxLayout()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.apply_button = QPushButton(self.tr("A&pply merge"))
        self.apply_button.clicked.connect(self.apply)
        bottom.addWidget(self.result, 1)
        bottom.addWidget(self.apply_button)
        layout.addLayout(bottom)
        self._titles()
        self._update()

    # -- files --------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Merge returned workbooks"), "", self.tr("Excel workbooks (*.xlsx)"))
        if paths:
            self.add_files(paths)

    def add_files(self, paths: Sequence[str]) -> None:
        for path in paths:
            if path not in self.paths:
                self.paths.append(path)
        self.merged = None
        self.result.setText("")
        self.refresh_preview()

    def clear(self) -> None:
        self.paths, self.report, self.rows_by_file = [], None, {}
        self.files.clear()
        self._show_file(-1)
        self._update()

    def refresh_preview(self) -> None:
        if not self.paths:
            return
        paths = list(self.paths)
        self.ctx.ops.long(exchange.preview_merge, paths, title=self.tr("Reading the returned workbooks"), on_done=self._previewed, parent=self)

    def _previewed(self, report: MergeReport) -> None:
        old = self.rows_by_file
        self.report = report
        self.rows_by_file = {}
        self.files.clear()
        for plan in report.files:
            rows = [ConflictRow.planned(plan.file, c) for c in plan.conflicts]
            kept = {r.key: r for r in old.get(plan.file, [])}
            for row in rows:  # keep decisions already made when the preview is read again
                if row.key in kept:
                    row.take, row.value = kept[row.key].take, kept[row.key].value
            self.rows_by_file[plan.file] = rows
            item = QListWidgetItem(f"{self._status_mark(plan)}\n{isolated(plan.name)}")
            item.setToolTip(plan.file)
            self.files.addItem(item)
        self.files.setCurrentRow(0 if report.files else -1)
        self._update()

    def _status_mark(self, plan: FilePlan) -> str:
        if plan.status == "refused":
            return self.tr("\u2716 refused")
        if plan.status == "already-merged":
            return self.tr("= already merged")
        if plan.status == "merged":
            return self.tr("\u2714 merged")
        # A file that needs a person (conflicts to decide, cells that will not be used) does not look like a clean one.
        needs = [self.tr("%n conflicts", "", len(plan.conflicts))] if plan.conflicts else []
        needs += [self.tr("%n rejected cells", "", len(plan.rejected))] if plan.rejected else []
        if needs:
            return self.tr("\u26a0 will merge, %1").replace("%1", ", ".join(needs))
        return self.tr("\u2714 will merge")

    def plan(self, row: int) -> FilePlan | None:
        if self.report is None or not 0 <= row < len(self.report.files):
            return None
        return self.report.files[row]

    def _show_file(self, row: int) -> None:
        plan = self.plan(row)
        if plan is None:
            self.status.setText("")
            self.conflicts.model.set_rows([])
            for table in (self.additions, self.updates, self.rejected):
                _fill(table, [])
            self._titles()
            return
        self.status.setText(self._describe(plan))
        self.conflicts.model.set_rows(self.rows_by_file.get(plan.file, []))
        self.conflicts.note.setText(self.tr("Both sides changed these fields since the export. Choose per row, or for all:"))
        _fill(self.additions, self._additions(plan))
        _fill(self.updates, [(f"{plan.sheet_titles.get(u.sheet, u.sheet)}!{u.cell}", u.label, field_label(u.field), shown(u.field, display(u.field, u.old)), shown(u.field, display(u.field, u.new)))
                             for u in plan.updates])
        _fill(self.rejected, [(r.sheet, r.cell, r.reason) for r in plan.rejected])
        self.conflicts.table.resizeRowsToContents()
        self._titles(plan)
        # Open on what needs a person: conflicts, then the cells that will not be used, then what is added.
        order = ((0, plan.conflicts), (3, plan.rejected), (1, plan.additions), (2, plan.updates))
        self.tabs.setCurrentIndex(next((index for index, items in order if items), 0))

    def _additions(self, plan: FilePlan) -> list[tuple[str, ...]]:
        def values(v: dict[str, str]) -> str:
            return "; ".join(f"{field_label(k)}: {shown(k, display(k, x))}" for k, x in v.items() if x)

        # plan.additions already holds the new assessments (with the others), once each.
        return [(plan.sheet_titles.get(a.sheet, a.sheet), str(a.row), self.tr("Assessment of %1").replace("%1", a.label) if a.entity == "assessment" else a.label,
                 values(a.values)) for a in plan.additions]

    def _describe(self, plan: FilePlan) -> str:
        if plan.status == "refused":
            return self.tr("\u2716 Will not be merged: %1").replace("%1", plan.reason or plan.name)  # the reason names the file
        if plan.status == "already-merged":
            return self.tr("= %1 was already merged; merging it again changes nothing. %2").replace("%1", isolated(plan.name)).replace("%2", plan.reason or "")
        mark = "\u26a0" if plan.conflicts or plan.rejected else "\u2714"
        lines = [mark + " " + self.tr("%1 from %2: %3, %4, %5, %6.")
                 .replace("%1", isolated(plan.name)).replace("%2", plan.group or "?")
                 .replace("%3", self.tr("%n additions", "", len(self._additions(plan))))
                 .replace("%4", self.tr("%n updates", "", len(plan.updates)))
                 .replace("%5", self.tr("%n conflicts", "", len(plan.conflicts)))
                 .replace("%6", self.tr("%n rejected cells", "", len(plan.rejected)))]
        lines.extend(plan.warnings)
        return "\n".join(lines)

    def _titles(self, plan: FilePlan | None = None) -> None:
        counts = (len(plan.conflicts), len(self._additions(plan)), len(plan.updates), len(plan.rejected)) if plan else (0, 0, 0, 0)
        titles = (self.tr("&Conflicts (%1)"), self.tr("A&dditions (%1)"), self.tr("&Updates (%1)"), self.tr("&Rejected cells (%1)"))
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.replace("%1", str(count)))

    # -- apply --------------------------------------------------------------------------
    def mergeable(self) -> list[str]:
        if self.report is None:
            return []
        return [p.file for p in self.report.files if p.status in ("dry-run", "ready")]

    def _update(self) -> None:
        self.apply_button.setEnabled(bool(self.mergeable()))
        self.clear_button.setEnabled(bool(self.paths))

    def decisions(self) -> list[exchange.Decision]:
        """The decisions taken in the preview, merged with the files in the same transaction."""
        chosen = []
        for rows in self.rows_by_file.values():
            for row in rows:
                if (choice := row.choice()) is not None:
                    file, sheet, cell, field = row.key
                    where = self.tr("Your decision on %1 (%2)").replace("%1", row.ref or f"{sheet}!{cell}").replace("%2", field_label(field))
                    chosen.append(exchange.decision(choice[0], field, value=choice[1], file=file, sheet=sheet, cell=cell, source=where))
        return chosen

    def apply(self) -> None:
        paths = self.mergeable()
        if not paths:
            return
        self.apply_button.setEnabled(False)
        self.ctx.ops.long(exchange.merge, paths, decisions=self.decisions(), title=self.tr("Merging returned workbooks"),
                          on_done=self._applied, on_error=self._failed, parent=self)

    def _applied(self, report: MergeReport) -> None:
        self.merged = report
        merged = [p for p in report.files if p.status == "merged"]
        resolved = sum(p.resolved for p in merged)
        left = sum(len(p.conflicts) for p in merged) - resolved
        text = (self.tr("\u2714 %1: %2, %3; %4, %5.")
                .replace("%1", self.tr("Merged %n files", "", len(merged)))
                .replace("%2", self.tr("%n added", "", sum(p.added for p in merged)))
                .replace("%3", self.tr("%n updated", "", sum(p.updated for p in merged)))
                .replace("%4", self.tr("%n conflicts resolved", "", resolved))
                .replace("%5", self.tr("%n left to resolve later", "", left)))
        if report.backup:
            text += " " + self.tr("A backup was made first.")
        self.result.setText(text)
        self.ctx.status_message(text)
        self.paths = [p.file for p in report.files if p.status == "refused"]
        self.report = report
        self.rows_by_file = {}
        self.files.clear()
        for plan in report.files:
            self.files.addItem(f"{self._status_mark(plan)}\n{isolated(plan.name)}")
        self.files.setCurrentRow(-1)
        self._show_file(-1)
        self._update()

    def _failed(self, exc: BaseException) -> None:
        from upr_desktop.errors import Cancelled
        from upr_desktop.ui.error_dialogs import show_error

        self.result.setText(self.tr("Cancelled: nothing was merged.") if isinstance(exc, Cancelled)
                            else self.tr("\u26a0 The merge failed: nothing was merged."))
        show_error(self, exc)
        self._update()
