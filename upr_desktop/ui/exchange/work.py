"""What the Exchange page asks the worker to do: list groups, export, preview and apply merges, resolve conflicts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import Assignment, MemberGroup, Theme
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.errors import UserError
from upr_desktop.exchange import conflicts
from upr_desktop.exchange.merge_run import merge_returns, preview_merge
from upr_desktop.exchange.export import ExportResult, export_workbook, safe_file_stem
from upr_desktop.exchange.merge_plan import MergeReport
from upr_desktop.i18n import tr

Progress = Callable[[int, int, str], None]
# A conflict is named by (file path, sheet, cell, field) in a preview; a choice is (take, edited value).
ConflictKey = tuple[str, str, str, str]
Choice = tuple[str, str | None]


@dataclass(frozen=True)
class GroupChoice:
    acronym: str
    name: str
    assigned: int


@dataclass(frozen=True)
class ExportSetup:
    groups: list[GroupChoice]
    themes: list[str]


@dataclass
class ExportRequest:
    groups: list[str]
    target: str  # a file for one group, a folder for several
    refs: list[str] = field(default_factory=list)
    theme: str | None = None
    deadline: date | None = None
    include_sensitive: bool = False
    language: str | None = None  # None: each group's own language (else English)


@dataclass
class MergeOutcome:
    report: MergeReport
    resolved: int = 0
    problems: list[str] = field(default_factory=list)


def export_setup(session: Session) -> ExportSetup:
    assigned = (select(MemberGroup.acronym, MemberGroup.name, func.count(Assignment.id))
                .outerjoin(Assignment, Assignment.group_id == MemberGroup.id)
                .group_by(MemberGroup.id).order_by(MemberGroup.acronym))
    groups = [GroupChoice(a, n, c) for a, n, c in session.execute(assigned)]
    themes = list(session.scalars(select(Theme.name).order_by(Theme.name)))
    return ExportSetup(groups, themes)


def target_for(request: ExportRequest, acronym: str, today: date) -> Path:
    if len(request.groups) == 1:
        return Path(request.target)
    return Path(request.target) / f"UPR-{safe_file_stem(acronym)}-{today:%Y-%m-%d}.xlsx"


def export_many(ws: WorkspaceFile, request: ExportRequest, progress: Progress) -> list[ExportResult]:
    """One workbook per chosen group, each recorded only once its file is written."""
    if not request.groups:
        raise UserError(tr("Choose at least one member group to export for."))
    if len(request.groups) > 1:
        Path(request.target).mkdir(parents=True, exist_ok=True)
    results = []
    for index, acronym in enumerate(request.groups):
        progress(index, len(request.groups), acronym)
        results.append(export_workbook(
            ws, group=acronym, target=target_for(request, acronym, date.today()), refs=request.refs,
            theme=request.theme, deadline=request.deadline, include_sensitive=request.include_sensitive,
            language=request.language,
        ))
    progress(len(request.groups), len(request.groups), "")
    return results


def preview(ws: WorkspaceFile, paths: Sequence[str], progress: Progress) -> MergeReport:
    progress(0, 1, "")
    return preview_merge(ws, [Path(p) for p in paths])


def apply_merge(ws: WorkspaceFile, paths: Sequence[str], choices: dict[ConflictKey, Choice], progress: Progress) -> MergeOutcome:
    """Merge the files (one transaction), then record the conflict choices made in the preview.

    Conflicts left undecided stay open (the page lists them to resolve later). A choice that
    cannot be used (an edited value that is not valid) is reported and left open too.
    """
    report = merge_returns(ws, [Path(p) for p in paths], progress=progress)
    outcome = MergeOutcome(report)
    wanted = {plan.batch_id: plan.file for plan in report.files if plan.batch_id is not None}
    if not choices or not wanted:
        return outcome
    with ws.transaction() as session:
        for batch_id, file in wanted.items():
            for view in conflicts.list_conflicts(session, batch_id=batch_id):
                choice = choices.get((file, view.sheet, view.cell or "", view.field))
                if choice is None:
                    continue
                try:
                    conflicts.resolve(session, view.id, take=choice[0], value=choice[1])
                    outcome.resolved += 1
                except UserError as exc:
                    outcome.problems.append(exc.message)
    return outcome


def resolve_open(session: Session, choices: dict[int, Choice]) -> int:
    """Resolve earlier merges' conflicts by id (one transaction: all choices or none)."""
    for conflict_id, (take, value) in choices.items():
        conflicts.resolve(session, conflict_id, take=take, value=value)
    return len(choices)
