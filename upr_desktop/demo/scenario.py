"""The workshop scenario: returned workbooks a trainer merges live, each with the result it should give.

Four member groups "send back" their workbooks: a clean return, one edited in LibreOffice Calc,
one that conflicts with an edit made in the demo workspace after the export, and one with
mistakes (a value outside a dropdown, a date typed as text). After writing them, every file is
merged in order into a throwaway copy, and what each file does is written from that merge's plan (the
data the app's merge preview shows, in :mod:`upr_desktop.exchange.plan_words`): the script a trainer
reads is what the preview will show, never a promise written by hand.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from upr_desktop.core.storage import backups
from upr_desktop.core.services import assessments
from upr_desktop.core.storage.workspace_file import Connector, WorkspaceFile, open_workspace
from upr_desktop.demo.builder import REFERENCE_DATE
from upr_desktop.errors import UserError
from upr_desktop.exchange import layout, plan_words
from upr_desktop.exchange.merge_run import merge_returns
from upr_desktop.exchange.export import export_workbook
from upr_desktop.exchange.merge_plan import FilePlan
from upr_desktop.i18n import tr, trn
from upr_desktop.io import write_atomic

SECRETARIAT = "Malee Thongdee (coalition secretariat, demo)"
RETURN_DATE = REFERENCE_DATE + timedelta(days=10)  # after every demo assessment, and in the past
CONFLICT_DATE = REFERENCE_DATE + timedelta(days=5)


@dataclass
class Expectation:
    status: str
    added: int
    updated: int
    conflicts: int
    rejected: int
    details: list[str] = field(default_factory=list)

    def line(self) -> str:
        return tr("{status}: {added}, {updated}, {conflicts}, {rejected}", status=self.status,
                  added=trn("%n added", self.added), updated=trn("%n updated", self.updated),
                  conflicts=trn("%n conflicts", self.conflicts), rejected=trn("%n rejected cells", self.rejected))


@dataclass
class ScenarioFile:
    path: Path
    group: str
    story: str  # what kind of return it is (clean, resaved, conflicting, with mistakes)
    expect: Expectation | None = None
    does: str = ""  # what its merge does, written from the rehearsed plan


@dataclass
class Scenario:
    folder: Path
    libreoffice: str
    files: list[ScenarioFile]

    def as_dict(self) -> dict[str, Any]:
        return {
            "folder": str(self.folder), "libreoffice": self.libreoffice,
            "files": [{"file": f.path.name, "group": f.group, "story": f.story,
                       "does": f.does, "expect": f.expect.__dict__ if f.expect else None} for f in self.files],
        }

    def describe(self) -> str:
        lines = [tr("Workshop scenario in {folder} (merge the files one by one with: upr-desktop merge FILE):", folder=self.folder)]
        for f in self.files:
            lines.append(f"- {f.path.name} ({f.group}): {f.story} {f.does}".rstrip())
            if f.expect:
                lines.append("    " + tr("Expected: {line}", line=f.expect.line()))
                lines += [f"      {d}" for d in f.expect.details]
        lines.append(tr("LibreOffice file: {how}", how=self.libreoffice))
        return "\n".join(lines)


# -- editing a workbook the way a member would ---------------------------------------------------
def _columns(sheet: Worksheet) -> dict[str, int]:
    return {str(c.value): c.column for c in sheet[1] if c.value}


def _set(sheet: Worksheet, row: int, header: str, value: Any) -> None:
    sheet.cell(row=row, column=_columns(sheet)[header], value=value)


def _first_blank(sheet: Worksheet, header: str) -> int:
    col = _columns(sheet)[header]
    for row in range(2, sheet.max_row + 2):
        if sheet.cell(row=row, column=_columns(sheet)[layout.ID_HEADER]).value in (None, "") and sheet.cell(row=row, column=col).value in (None, ""):
            return row
    return sheet.max_row + 1


def _assess_rows(sheet: Worksheet, rows: list[int], statuses: list[str], evidence: str) -> None:
    for row, status in zip(rows, statuses, strict=False):
        _set(sheet, row, "Status", status)
        _set(sheet, row, "Assessment date", RETURN_DATE.isoformat())
        _set(sheet, row, "Evidence", evidence)


def _typical_edits(wb: Any, group: str, body: str) -> None:
    recs = wb[layout.RECOMMENDATIONS_SHEET]
    _assess_rows(recs, [2, 3, 4], ["Partially implemented", "Fully implemented", "Not implemented"],
                 f"Checked by {group} at the provincial follow-up meeting; see the minutes.")
    cons = wb[layout.CONSULTATIONS_SHEET]
    row = _first_blank(cons, "Date")
    _set(cons, row, "Date", RETURN_DATE.isoformat())
    _set(cons, row, "Government body", body)
    _set(cons, row, "Kind", "Meeting")
    _set(cons, row, "Participants", f"{group} team")
    _set(cons, row, "Recommendations discussed (refs)", str(recs.cell(row=2, column=_columns(recs)["Ref"]).value))
    _set(cons, row, "Summary", "Follow-up meeting on the coalition's mid-term findings.")
    actions = wb[layout.ACTIONS_SHEET]
    columns = _columns(actions)
    for row in range(2, actions.max_row + 1):  # the first of the group's actions not done yet is marked done
        if actions.cell(row=row, column=columns[layout.ID_HEADER]).value and actions.cell(row=row, column=columns["Status"]).value != "Done":
            _set(actions, row, "Status", "Done")
            break


def _save(wb: Any, target: Path) -> None:
    write_atomic(target, lambda tmp: wb.save(tmp))


# -- LibreOffice ------------------------------------------------------------------------------------
def resave_with_libreoffice(source: Path, target: Path, *, timeout: int = 180) -> bool:
    """Open and save ``source`` with LibreOffice Calc (headless); False when soffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return False
    with tempfile.TemporaryDirectory(prefix="upr-lo-") as tmp:
        profile = Path(tmp) / "profile"
        out = Path(tmp) / "out"
        out.mkdir()
        cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
               "xlsx:Calc MS Excel 2007 XML", "--outdir", str(out), str(source)]
        try:
            subprocess.run(cmd, check=True, capture_output=True, timeout=timeout)
        except (subprocess.SubprocessError, OSError):
            return False
        produced = out / (source.stem + ".xlsx")
        if not produced.exists():
            return False
        shutil.move(str(produced), str(target))
    return True


def emulate_libreoffice(wb: Any) -> None:
    """What a LibreOffice resave does to our workbook (measured, see TESTING.md), done with openpyxl."""
    wb[layout.META_SHEET].sheet_state = "hidden"  # very hidden becomes merely hidden
    wb.security = None  # workbook structure protection is dropped
    for sheet in wb.worksheets:
        sheet.freeze_panes = None  # lost in headless conversion
        for row in sheet.iter_rows():
            for cell in row:
                if cell.has_style and cell.quotePrefix:
                    cell.quotePrefix = False


def rehearse(ws: WorkspaceFile, paths: list[Path]) -> list[FilePlan]:
    """Merge the files, in order, into a throwaway copy of the workspace: exactly what the trainer will see."""
    with tempfile.TemporaryDirectory(prefix="upr-rehearsal-") as tmp:
        copy = Path(tmp) / "rehearsal.uprw"
        backups.copy_database(ws.path, copy, Connector(None))
        # The merge's own backup stays in tmp, and the rehearsal sees the demo's day as the real one will.
        settings = ws.settings.with_changes(backup_folder=str(Path(tmp) / "backups"))
        with open_workspace(copy, settings=settings) as rehearsal:
            return merge_returns(rehearsal, paths, actor=SECRETARIAT).files


# -- the scenario -------------------------------------------------------------------------------------
def write_scenario(ws: WorkspaceFile, folder: Path, *, say: Callable[[str], None] = print,
                   use_libreoffice: bool | None = None) -> Scenario:
    """Export four groups' workbooks from the demo, write their returns into ``folder``, and say what each merge gives."""
    if not ws.record().is_demo:
        raise UserError(tr("The workshop scenario edits the workspace; run it on the demo coalition only."))
    folder = Path(folder).expanduser().resolve()
    sent = folder / "sent"
    sent.mkdir(parents=True, exist_ok=True)
    files: list[ScenarioFile] = []

    def export(group: str) -> Path:
        target = sent / f"{group}-workbook.xlsx"
        export_workbook(ws, group=group, target=target, actor=SECRETARIAT, deadline=RETURN_DATE + timedelta(days=14))
        return target

    # 1. A clean return.
    wb = load_workbook(export("MWSC"))
    _typical_edits(wb, "MWSC", "Ministry of Labour")
    clean = folder / "1-clean-return-MWSC.xlsx"
    _save(wb, clean)
    files.append(ScenarioFile(clean, "MWSC", tr("a clean return.")))

    # 2. Edited in LibreOffice Calc.
    wb = load_workbook(export("LWAN"))
    _typical_edits(wb, "LWAN", "Ministry of Social Development and Human Security")
    lo = folder / "2-libreoffice-return-LWAN.xlsx"
    how = tr("emulated (soffice not found): metadata sheet hidden instead of very hidden, quote prefixes, "
             "freeze panes and workbook protection dropped, as a LibreOffice resave does")
    resaved = False
    if use_libreoffice is not False:
        with tempfile.TemporaryDirectory(prefix="upr-lo-src-") as tmp:
            edited = Path(tmp) / lo.name
            wb.save(edited)
            say(tr("Resaving {file} with LibreOffice...", file=lo.name))
            resaved = resave_with_libreoffice(edited, lo)
        if resaved:
            how = tr("resaved with LibreOffice Calc (soffice --headless --convert-to xlsx)")
    if not resaved:
        emulate_libreoffice(wb)
        _save(wb, lo)
    files.append(ScenarioFile(lo, "LWAN", tr("the same kind of edits, saved by LibreOffice Calc; it must merge like a clean file.")))

    # 3. A return that conflicts with an edit made in the workspace after the export.
    wb = load_workbook(export("JRC"))
    recs = wb[layout.RECOMMENDATIONS_SHEET]
    ref = str(recs.cell(row=2, column=_columns(recs)["Ref"]).value)
    base = recs.cell(row=2, column=_columns(recs)["Status"]).value
    labels = ["Fully implemented", "Partially implemented", "Not implemented"]
    theirs = next(x for x in labels if x != base)
    ours = next(x for x in labels if x not in (base, theirs))  # both sides changed it, differently
    _assess_rows(recs, [2], [theirs], "JRC field team: the Cabinet adopted the regulation in April.")
    _assess_rows(recs, [3], ["Partially implemented"], "JRC field team: a draft is with the Council of State.")
    conflict = folder / "3-conflicting-return-JRC.xlsx"
    _save(wb, conflict)
    with ws.transaction() as session:  # the secretariat corrected JRC's status by phone meanwhile
        assessments.record_assessment(
            session, ref=ref, group="JRC", status=ours, assessed_on=CONFLICT_DATE,
            evidence="Phoned JRC: the regulation was withdrawn before adoption.", actor=SECRETARIAT,
        )
    files.append(ScenarioFile(conflict, "JRC", tr("{ref} was also changed in the workspace after the export: a conflict to resolve side by side; the other row merges.", ref=ref)))

    # 4. A return with mistakes.
    wb = load_workbook(export("FEW"))
    recs = wb[layout.RECOMMENDATIONS_SHEET]
    _assess_rows(recs, [2, 3], ["Mostly done", "Partially implemented"], "FEW monitoring of court cases.")
    cons = wb[layout.CONSULTATIONS_SHEET]
    row = _first_blank(cons, "Date")
    _set(cons, row, "Date", "next Tuesday")
    _set(cons, row, "Government body", "Ministry of Digital Economy and Society")
    _set(cons, row, "Kind", "Meeting")
    _set(cons, row, "Summary", "Discussed the Computer Crimes Act amendments.")
    mistakes = folder / "4-return-with-mistakes-FEW.xlsx"
    _save(wb, mistakes)
    files.append(ScenarioFile(mistakes, "FEW", tr("a status outside the dropdown ('Mostly done') and a date typed as text ('next Tuesday'): the error report names the cells; the good row still merges.")))

    for f, plan in zip(files, rehearse(ws, [f.path for f in files]), strict=True):
        f.does = plan_words.summary(plan) + "."
        f.expect = Expectation(plan.status, plan.added, plan.updated, len(plan.conflicts), len(plan.rejected), plan_words.details(plan))
    return Scenario(folder, how, files)
