"""Exchange workbooks: export them to member groups, preview and merge the returns (deciding their conflicts
in the same transaction), the merge history with undo, and the conflicts left for later."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from upr_desktop.core.services.lookup import split_refs
from upr_desktop.errors import UserError
from upr_desktop.exchange import conflicts as conflict_store
from upr_desktop.exchange import export as exporting
from upr_desktop.exchange import field_side, merge_history, merge_run
from upr_desktop.exchange.cells import display
from upr_desktop.exchange.conflicts import ConflictView
from upr_desktop.exchange.decisions import TAKES, Decision, Decisions, decision, load_decisions
from upr_desktop.exchange.export import ExportResult, safe_file_stem
from upr_desktop.exchange.export_choices import ExportChoices, GroupChoice
from upr_desktop.exchange.export_choices import export_choices as _export_choices
from upr_desktop.exchange.field_side import ImportResult
from upr_desktop.exchange.merge_history import MergeDetail, MergeSummary
from upr_desktop.exchange.merge_plan import FieldConflict, FilePlan, MergeReport
from upr_desktop.i18n import tr
from upr_desktop.operations.base import Outcome, reading, writing
from upr_desktop.operations.lending import Lender

if TYPE_CHECKING:
    from upr_desktop.core.storage.workspace_file import WorkspaceFile
    from upr_desktop.exchange.cells_to_fix import CellToFix

__all__ = [
    "TAKES", "ConflictView", "Decision", "Decisions", "ExportChoices", "ExportRequest", "ExportResult", "FieldConflict",
    "FilePlan", "GroupChoice", "HistoryEntry", "ImportResult", "MergeDetail", "MergeReport", "MergeSummary",
    "cells_to_fix", "cells_to_fix_text", "decision", "display", "explanation_lines", "export_all", "export_choices",
    "export_return", "export_workbook", "export_workbooks", "import_workbook", "list_conflicts", "list_merges",
    "load_decisions", "merge", "preview_merge", "resolve_all", "resolve_conflict", "resolve_conflicts", "safe_file_stem",
    "secretariat", "send_cells_to_fix", "set_secretariat", "show_merge", "split_refs", "undo_merge", "work_history",
    "workbook_name",
]

Progress = Callable[[int, int, str], None]


# -- export -------------------------------------------------------------------------------------
@dataclass
class ExportRequest:
    """What the export form asks for: one workbook per group, into ``target`` (a file for one group, a folder for several)."""

    groups: list[str]
    target: str
    refs: list[str] = field(default_factory=list)
    theme: str | None = None
    deadline: date | None = None
    include_sensitive: bool = False
    language: str | None = None  # None: each group's own language (else English)
    cycle: int | None = None  # only this UPR cycle's recommendations, and the consultations and actions about them


def workbook_name(acronym: str, day: date) -> str:
    """The file name a group's workbook is given (the app suggests it; a folder export uses it)."""
    return f"UPR-{safe_file_stem(acronym)}-{day:%Y-%m-%d}.xlsx"


def export_choices(ws: WorkspaceFile) -> ExportChoices:
    with reading(ws) as session:
        return _export_choices(session)


def export_workbook(ws: WorkspaceFile, *, group: str, target: str | Path, refs: Sequence[str] = (), theme: str | None = None,
                    deadline: date | str | None = None, include_sensitive: bool = False,
                    language: str | None = None, name_left_out: bool = True, cycle: int | None = None) -> Outcome[ExportResult]:
    """One group's workbook, in ``language`` (else the group's own, else English); recorded once its file is written.

    ``refs`` the group's workbook leaves out are named in a warning, unless ``name_left_out`` is False.
    """
    with writing(ws) as w:
        result = exporting.export_in_session(w.session, group=group, target=Path(target), refs=refs, theme=theme,
                                             deadline=deadline, include_sensitive=include_sensitive, language=language,
                                             name_left_out=name_left_out, cycle=cycle)
    return w.outcome(result)


def export_workbooks(ws: WorkspaceFile, request: ExportRequest, *, progress: Progress | None = None) -> Outcome[list[ExportResult]]:
    """The export form: one workbook per chosen group, each recorded only once its file is written."""
    if not request.groups:
        raise UserError(tr("Choose at least one member group to export for."))
    if len(request.groups) > 1:
        Path(request.target).mkdir(parents=True, exist_ok=True)
    results: list[ExportResult] = []
    changes: frozenset[str] = frozenset()
    for index, acronym in enumerate(request.groups):
        if progress is not None:
            progress(index, len(request.groups), acronym)
        target = Path(request.target) if len(request.groups) == 1 else Path(request.target) / workbook_name(acronym, date.today())
        outcome = export_workbook(ws, group=acronym, target=target, refs=request.refs, theme=request.theme,
                                  deadline=request.deadline, include_sensitive=request.include_sensitive,
                                  language=request.language, name_left_out=len(request.groups) == 1, cycle=request.cycle)
        results.append(outcome.result)
        changes |= outcome.changes
    if progress is not None:
        progress(len(request.groups), len(request.groups), "")
    return Outcome(results, changes)


def export_all(ws: WorkspaceFile, folder: str | Path, *, refs: Sequence[str] = (), theme: str | None = None,
               deadline: date | str | None = None, include_sensitive: bool = False,
               language: str | None = None, cycle: int | None = None) -> Outcome[list[ExportResult]]:
    """One workbook per group with assignments, in one transaction (all recorded, or none)."""
    lender = Lender(ws)
    with lender.transaction() as session:
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        acronyms = exporting.groups_with_assignments(session, cycle)
        if not acronyms and cycle is not None:
            raise UserError(tr("No member group has recommendations of cycle {cycle} assigned.", cycle=cycle))
        if not acronyms:
            raise UserError(tr("No member group has recommendations assigned yet."))
        results = [exporting.export_in_session(session, group=acronym, target=folder / workbook_name(acronym, date.today()),
                                               refs=refs, theme=theme, deadline=deadline, include_sensitive=include_sensitive,
                                               language=language, name_left_out=False, cycle=cycle)
                   for acronym in acronyms]
    return lender.outcome(results)


# -- the field member's side -------------------------------------------------------------------------
def import_workbook(workspace_path: str | Path, file: str | Path) -> ImportResult:
    """Create or refresh a local workspace from a workbook the secretariat sent (it opens the workspace itself)."""
    return field_side.import_workbook(Path(workspace_path), Path(file))


def export_return(ws: WorkspaceFile, target: str | Path, *, filled_in_by: str | None = None) -> Outcome[ExportResult]:
    """The return to send back: the received workbook with the values entered here (and who filled it in)."""
    return Outcome(field_side.export_return(ws, Path(target), filled_in_by=filled_in_by), frozenset())


# -- merge -----------------------------------------------------------------------------------------
def preview_merge(ws: WorkspaceFile, paths: Sequence[str | Path], *, trust_unsigned: bool = False,
                  decisions: Decisions | Iterable[Decision] | None = None, progress: Progress | None = None) -> MergeReport:
    """What merging would do, file by file (with decisions: which conflicts they settle); writes nothing."""
    if progress is not None:
        progress(0, 1, "")
    return merge_run.preview_merge(ws, [Path(p) for p in paths], trust_unsigned=trust_unsigned, decisions=decisions)


def merge(ws: WorkspaceFile, paths: Sequence[str | Path], *, decisions: Decisions | Iterable[Decision] | None = None,
          prefer: str | None = None, trust_unsigned: bool = False, progress: Progress | None = None,
          before_commit: Callable[[list[FilePlan]], None] | None = None) -> Outcome[MergeReport]:
    """Merge returned workbooks after a backup, in one transaction, deciding the conflicts ``decisions`` name.

    Each file is one undoable Operation holding its merge and the decisions on its conflicts; conflicts
    no decision names are settled by ``prefer`` ("ours"/"theirs"), or left for later. ``before_commit``
    is called with the plans just before the transaction commits.
    """
    lender = Lender(ws)
    report = merge_run.merge_returns(ws, [Path(p) for p in paths], prefer=prefer, decisions=decisions,
                                     trust_unsigned=trust_unsigned, progress=progress, transaction=lender.transaction,
                                     before_commit=before_commit)
    return lender.outcome(report)


# -- merge history ---------------------------------------------------------------------------------
def list_merges(ws: WorkspaceFile) -> list[MergeSummary]:
    with reading(ws) as session:
        return merge_history.list_merges(session)


def show_merge(ws: WorkspaceFile, merge_id: int) -> MergeDetail:
    """One merge explained: every change (ref, sheet and cell, field, old -> new, who filled it in), its
    conflicts and decisions, and every cell that was not used with the reason."""
    with reading(ws) as session:
        return merge_history.show_merge(session, merge_id)


def explanation_lines(detail: MergeDetail) -> list[str]:
    """A merge as a person reads it (the command line's merges show and the app's history Details)."""
    return merge_history.explanation_lines(detail)


# -- the rejected cells, back to the group -----------------------------------------------------------
def cells_to_fix(ws: WorkspaceFile, merge_id: int) -> list[CellToFix]:
    from upr_desktop.exchange import cells_to_fix as module

    return module.cells_to_fix(show_merge(ws, merge_id))


def cells_to_fix_text(ws: WorkspaceFile, merge_id: int) -> str:
    from upr_desktop.exchange import cells_to_fix as module

    return module.as_text(show_merge(ws, merge_id))


def send_cells_to_fix(ws: WorkspaceFile, merge_id: int, target: str | Path) -> Path:
    """Write the cells a merge could not use to ``target`` (.xlsx, .csv or .txt) for the group to fix."""
    from upr_desktop.exchange import cells_to_fix as module

    return module.write(show_merge(ws, merge_id), Path(target))


# -- merges and imports together: the app's history ----------------------------------------------------
@dataclass(frozen=True)
class HistoryEntry:
    """One merge or import in the app's history: what it did, and whether it is still in effect."""

    kind: str  # merge | import
    id: int
    file: str
    group: str | None
    at: datetime
    added: int
    updated: int
    conflicts: int  # merges: conflicts; imports: rows skipped
    rejected: int  # merges: cells not used
    state: str  # in-effect | undone | no-changes

    @property
    def undoable(self) -> bool:
        return self.state == "in-effect"


def work_history(ws: WorkspaceFile) -> list[HistoryEntry]:
    """Merges and imports, newest first (what the history panel lists)."""
    from sqlalchemy import select

    from upr_desktop.core.domain.models import ImportRun, MergeBatch
    from upr_desktop.importers import import_history

    with reading(ws) as session:
        entries = [HistoryEntry("merge", m.id, m.file, m.group, m.merged_at, m.added, m.updated, m.conflicts, m.rejected,
                                "undone" if m.undone else "in-effect") for m in merge_history.list_merges(session)]
        entries += [HistoryEntry("import", i.id, i.file, None, i.imported_at, i.added, i.updated, i.skipped, 0, i.state)
                     for i in import_history.list_imports(session)]
        # Within one second, the order the changes were made in (their operation's number).
        order = {("merge", i): op or 0 for i, op in session.execute(select(MergeBatch.id, MergeBatch.operation_id))}
        order |= {("import", i): op or 0 for i, op in session.execute(select(ImportRun.id, ImportRun.operation_id))}
    return sorted(entries, key=lambda e: (e.at, order.get((e.kind, e.id), 0)), reverse=True)


# -- who sends the workbooks -------------------------------------------------------------------------
def secretariat(ws: WorkspaceFile) -> str | None:
    """Who the coalition's workbooks are sent by, as set in the workspace (None: not set)."""
    from upr_desktop.core.services import coalition

    with reading(ws) as session:
        return coalition.secretariat(session)


def set_secretariat(ws: WorkspaceFile, name: str | None) -> Outcome[str | None]:
    from upr_desktop.core.services import coalition

    with writing(ws) as w:
        result = coalition.set_secretariat(w.session, name)
    return w.outcome(result)


def undo_merge(ws: WorkspaceFile, merge_id: int, *, force: bool = False) -> Outcome[MergeSummary]:
    """Undo exactly one merge with the decisions taken on its conflicts (refused, naming them, when later
    changes touched the same fields, unless ``force``)."""
    with writing(ws) as w:
        summary = merge_history.undo_merge(w.session, merge_id, force=force)
    return w.outcome(summary)


# -- conflicts left for later ----------------------------------------------------------------------
def list_conflicts(ws: WorkspaceFile, *, unresolved_only: bool = True) -> list[ConflictView]:
    with reading(ws) as session:
        return conflict_store.list_conflicts(session, unresolved_only=unresolved_only)


def resolve_conflict(ws: WorkspaceFile, conflict_id: int, *, take: str, value: str | None = None) -> Outcome[ConflictView]:
    with writing(ws) as w:
        view = conflict_store.resolve(w.session, conflict_id, take=take, value=value)
    return w.outcome(view)


def resolve_conflicts(ws: WorkspaceFile, choices: dict[int, tuple[str, str | None]]) -> Outcome[int]:
    """Decide conflicts by number, all in one transaction (all of them, or none)."""
    with writing(ws) as w:
        for conflict_id, (take, value) in choices.items():
            conflict_store.resolve(w.session, conflict_id, take=take, value=value)
    return w.outcome(len(choices))


def resolve_all(ws: WorkspaceFile, *, take: str) -> Outcome[int]:
    with writing(ws) as w:
        count = conflict_store.resolve_all(w.session, take=take)
    return w.outcome(count)
