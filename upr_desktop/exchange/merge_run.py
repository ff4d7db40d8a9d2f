"""Merging returned workbooks: preview (dry run) or apply, after a backup, in one transaction.

API (Qt-free; the app and the command line reach it through ``operations.exchange``):

- ``preview_merge(ws, paths, trust_unsigned=False, decisions=None) -> MergeReport`` — nothing is
  written; each :class:`~upr_desktop.exchange.merge_plan.FilePlan` has status ``dry-run``,
  ``already-merged`` or ``refused`` and lists additions, updates, conflicts (base/ours/theirs) and
  rejected cells; with decisions, which conflicts they settle (and an error for any that cannot be used).
- ``merge_returns(ws, paths, prefer=None|"ours"|"theirs", decisions=None, trust_unsigned=False) -> MergeReport``
  — backs the workspace up, then merges every acceptable file in ONE transaction: a MergeBatch per
  file (SHA-256, export id, group, counts), one Operation per file (source ``merge:<file name>``,
  undoable with :func:`upr_desktop.exchange.merge_history.undo_merge`), and a MergeConflict row per
  conflict. A conflict is decided in that same Operation when a decision (see
  :mod:`upr_desktop.exchange.decisions`) names it, else by ``prefer``; otherwise it is left for
  :mod:`upr_desktop.exchange.conflicts`. Undoing the merge undoes its decisions with it. Refused files
  change nothing and are reported.

Files are planned and applied one after the other inside the transaction, so two returns from
the same group in one run are merged as if one after the other. The caller may lend the
transaction (``transaction``: the operations layer's, which gathers what changed) and be told just
before it commits (``before_commit``: the kill -9 test pauses there).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from upr_desktop.core.storage import raw
from upr_desktop.core.domain.models import MergeBatch, MergeConflict, utcnow
from upr_desktop.core.services.changelog import change, note_touched
from upr_desktop.core.services.coalition import secretariat
from upr_desktop.core.storage import backups
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.errors import UserError
from upr_desktop.exchange import decisions as decisions_mod
from upr_desktop.exchange import layout, writes
from upr_desktop.exchange.conflicts import edited_value
from upr_desktop.exchange.decisions import Decision, Decisions
from upr_desktop.exchange.merge_plan import FieldConflict, FilePlan, MergeReport
from upr_desktop.exchange.merge_planner import MergeContext, plan_file
from upr_desktop.i18n import tr

PREFER = ("ours", "theirs")

Progress = Callable[[int, int, str], None]
Transaction = Callable[[], AbstractContextManager[Session]]
# A conflict with what is kept for it: (conflict, take, value in compare form).
Decided = tuple[FieldConflict, str, str]


def preview_merge(ws: WorkspaceFile, paths: Sequence[Path], *, trust_unsigned: bool = False, today: date | None = None,
                  decisions: Decisions | Iterable[Decision] | None = None) -> MergeReport:
    """What merging would do, file by file; writes nothing."""
    chosen = decisions_mod.of(decisions)
    with ws.session() as session:
        ctx = MergeContext.load(session, today)
        plans = []
        for path in paths:
            plan = plan_file(session, ctx, Path(path), trust_unsigned=trust_unsigned)
            if plan.status == "ready":
                plan.status = "dry-run"
                decide(ctx, plan, chosen, prefer=None)
            plans.append(plan)
        session.rollback()
    if chosen:
        chosen.check_all_used()
    return MergeReport(plans)


def merge_returns(
    ws: WorkspaceFile,
    paths: Sequence[Path],
    *,
    prefer: str | None = None,
    decisions: Decisions | Iterable[Decision] | None = None,
    trust_unsigned: bool = False,
    actor: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
    transaction: Transaction | None = None,
    before_commit: Callable[[list[FilePlan]], None] | None = None,
) -> MergeReport:
    if prefer is not None and prefer not in PREFER:
        raise UserError(tr("--prefer takes 'ours' or 'theirs', not '{value}'.", value=prefer))
    chosen = decisions_mod.of(decisions)
    ws.require_writable()  # refused before anything is read or written: no backup either
    backup = backups.backup(ws, reason="before-merge")
    plans: list[FilePlan] = []
    with (transaction or ws.transaction)() as session:
        raw.serialise(session, "merge")  # on a server, merges of returns wait for one another (every one sees the last)
        ctx = MergeContext.load(session, today)
        merged_by = actor or secretariat(session)
        for index, path in enumerate(paths):
            if progress:
                progress(index, len(paths), Path(path).name)
            plan = plan_file(session, ctx, Path(path), trust_unsigned=trust_unsigned)
            if plan.status == "ready":
                apply_plan(session, plan, decide(ctx, plan, chosen, prefer=prefer), actor=recorder_of(plan), prefer=prefer,
                           merged_by=merged_by)
                plan.status = "merged"
            plans.append(plan)
        if chosen:
            chosen.check_all_used()  # a decision for nothing: the whole merge is refused, nothing written
        if before_commit is not None:
            before_commit(plans)
    return MergeReport(plans, str(backup) if backup is not None else None)  # None: a server's, without pg_dump here


def decide(ctx: MergeContext, plan: FilePlan, chosen: Decisions, *, prefer: str | None) -> list[Decided]:
    """What is kept for each of the plan's conflicts that a decision (else ``prefer``) settles.

    Records the take on ``plan.decided`` (conflict index -> take) for reports; raises UserError,
    naming the decision and the cell, for an edited value that cannot be used.
    """
    settled: list[Decided] = []
    for index, c in enumerate(plan.conflicts):
        given = chosen.for_conflict(plan, c) if chosen else None
        take = given.take if given is not None else prefer
        if take is None:
            continue
        if take == "edited":
            assert given is not None and given.value is not None
            value, reason = edited_value(ctx, c.sheet, c.field, given.value)
            if reason is not None:
                raise UserError(tr("{source}: {file} {sheet}!{cell} ({field}): {reason}", source=given.source, file=plan.name,
                                   sheet=c.sheet, cell=c.cell, field=c.field, reason=reason))
        else:
            value = c.theirs if take == "theirs" else c.ours
        plan.decided[index] = take
        settled.append((c, take, value))
    return settled


def recorder_of(plan: FilePlan) -> str:
    """Who merged records are recorded by: the name in the Read me's "Filled in by" cell and the group
    ("Somchai P. (ACR)"), or the group alone; never this computer's login name."""
    group = plan.group or "?"
    return f"{plan.filled_in_by} ({group})"[:200] if plan.filled_in_by else group


def explain(plan: FilePlan, settled: Sequence[Decided], recorded_by: str) -> list[dict[str, object]]:
    """Every change a merge made, as a person reads it: ref, sheet and cell, field, old -> new, who filled it in
    (conflicts decided for theirs or an edited value included)."""
    changes: list[dict[str, object]] = []
    for a in plan.assessments:
        if not a.needed:
            continue
        for name, (cell, old, new) in a.changed.items():
            changes.append({"ref": a.ref, "sheet": layout.RECOMMENDATIONS_SHEET, "cell": cell, "field": name,
                            "old": old, "new": new, "entity": "assessment", "id": a.uuid, "filled_in_by": recorded_by})
    for addition in plan.additions:
        if addition.entity == "assessment":
            continue
        for name, value in addition.values.items():
            if value:
                changes.append({"ref": addition.label, "sheet": addition.sheet, "cell": addition.cells.get(name, str(addition.row)),
                                "field": name, "old": "", "new": value, "entity": addition.entity, "id": addition.uuid,
                                "filled_in_by": recorded_by})
    for u in plan.updates:
        changes.append({"ref": u.label, "sheet": u.sheet, "cell": u.cell, "field": u.field, "old": u.old, "new": u.new,
                        "entity": u.entity, "id": u.entity_uuid, "filled_in_by": recorded_by})
    for c, take, value in settled:
        if take in ("theirs", "edited") and value != c.ours:
            changes.append({"ref": c.ref, "sheet": c.sheet, "cell": c.cell, "field": c.field, "old": c.ours, "new": value,
                            "entity": c.entity, "id": c.entity_uuid, "filled_in_by": recorded_by, "decided": take})
    return changes


def apply_plan(session: Session, plan: FilePlan, settled: Sequence[Decided], *, actor: str, prefer: str | None = None,
               merged_by: str | None = None) -> MergeBatch:
    """Write one file's plan: batch, additions, updates, conflicts and what was decided for them, all in
    the open transaction and one Operation (undoing the merge undoes the decisions too).

    ``actor`` records the merged rows (the person who filled the workbook in, and the group);
    ``merged_by`` is who merged it (the secretariat)."""
    assert plan.group_id is not None
    label = tr("Merge {file} from {group}", file=plan.name, group=plan.group)
    with change(session, label, actor=actor, source=f"merge:{plan.name}", kind="merge") as log:
        batch = MergeBatch(
            operation_id=log.operation.id, file_name=plan.name, sha256=plan.sha256, export_id=plan.export_id,
            group_id=plan.group_id, merged_at=log.operation.at, merged_by=merged_by, trusted_unsigned=plan.trusted_unsigned,
        )
        session.add(batch)
        session.flush()
        plan.batch_id = batch.id
        kept = {(c.entity_uuid, c.field): value for c, take, value in settled if take != "ours"}
        rows = []
        for a in plan.assessments:
            taken = {f: kept[(a.recommendation_uuid, f)] for f in a.conflict_theirs if (a.recommendation_uuid, f) in kept}
            if not (a.needed or taken):
                continue
            values = {**a.values, **taken}  # one new assessment by the group, with what was decided
            rows.append(writes.assessment_row(a.uuid, a.recommendation_id, plan.group_id, values, a.assessed_on))
        added = writes.insert_assessments(session, log, rows)
        for addition in plan.additions:
            if addition.entity != "assessment":
                writes.add_record(session, log, addition.entity, addition.uuid, plan.group_id, addition.values)
                added += 1
        touched = set()
        for u in plan.updates:
            if writes.set_field(session, log, u.entity, u.entity_uuid, u.field, u.new):
                touched.add((u.entity, u.entity_uuid))
        now = utcnow()
        decided = {id(c): (take, value) for c, take, value in settled}
        for c in plan.conflicts:
            take, resolved_value = decided.get(id(c), (None, None))
            written = take in ("theirs", "edited") and c.entity != "recommendation"  # a recommendation's go in its assessment
            if written and writes.set_field(session, log, c.entity, c.entity_uuid, c.field, resolved_value or ""):
                touched.add((c.entity, c.entity_uuid))
            session.add(MergeConflict(
                batch_id=batch.id, sheet=c.sheet, cell=c.cell, entity=c.entity, entity_uuid=c.entity_uuid, ref=c.ref,
                field=c.field, base_value=c.base, ours_value=c.ours, theirs_value=c.theirs,
                resolution=take, resolved_value=resolved_value, resolved_at=now if take else None,
            ))
        plan.added, plan.updated = added, len(touched)
        batch.added, batch.updated = added, len(touched)
        batch.conflicts, batch.rejected = len(plan.conflicts), len(plan.rejected)
        # Kept for good: "merges show" explains every change and every rejected cell from it, long after.
        batch.report = {**plan.as_json(), "status": "merged", "warnings": plan.warnings, "prefer": prefer,
                        "trusted_unsigned": plan.trusted_unsigned, "include_sensitive": plan.include_sensitive,
                        "recorded_by": actor, "changes": explain(plan, settled, actor), "sheet_titles": plan.sheet_titles}
        session.flush()
        note_touched(session, "merge_batch", "merge_conflict")  # written beside the change log, not through it
    return batch
