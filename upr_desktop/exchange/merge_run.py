"""Merging returned workbooks: preview (dry run) or apply, after a backup, in one transaction.

API (Qt-free; the GUI runs it in a worker and draws the result):

- ``preview_merge(ws, paths, trust_unsigned=False) -> MergeReport`` — nothing is written;
  each :class:`~upr_desktop.exchange.merge_plan.FilePlan` has status ``dry-run``, ``already-merged``
  or ``refused`` and lists additions, updates, conflicts (base/ours/theirs) and rejected cells.
- ``merge_returns(ws, paths, prefer=None|"ours"|"theirs", trust_unsigned=False) -> MergeReport``
  — backs the workspace up, then merges every acceptable file in ONE transaction: a MergeBatch
  per file (SHA-256, export id, group, counts), one Operation per file (source
  ``merge:<file name>``, undoable with :func:`upr_desktop.exchange.merge_history.undo_merge`), and a
  MergeConflict row per conflict (resolved at once when ``prefer`` is given; otherwise left for
  :mod:`upr_desktop.exchange.conflicts`). Refused files change nothing and are reported.

Files are planned and applied one after the other inside the transaction, so two returns from
the same group in one run are merged as if one after the other.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from upr_desktop.core.storage import backups
from upr_desktop.core.services.changelog import change, local_actor
from upr_desktop.core.domain.models import MergeBatch, MergeConflict, utcnow
from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.errors import UserError
from upr_desktop.exchange import writes
from upr_desktop.exchange.merge_planner import MergeContext, plan_file
from upr_desktop.exchange.merge_plan import FilePlan, MergeReport
from upr_desktop.i18n import tr

PREFER = ("ours", "theirs")
# Fault injection for the kill -9 test: pause inside the transaction, before commit.
_PAUSE_ENV = "UPR_DESKTOP_TEST_PAUSE_BEFORE_COMMIT"

Progress = Callable[[int, int, str], None]


def preview_merge(ws: WorkspaceFile, paths: Sequence[Path], *, trust_unsigned: bool = False, today: date | None = None) -> MergeReport:
    """What merging would do, file by file; writes nothing."""
    with ws.session() as session:
        ctx = MergeContext.load(session, today)
        plans = []
        for path in paths:
            plan = plan_file(session, ctx, Path(path), trust_unsigned=trust_unsigned)
            if plan.status == "ready":
                plan.status = "dry-run"
            plans.append(plan)
        session.rollback()
    return MergeReport(plans)


def merge_returns(
    ws: WorkspaceFile,
    paths: Sequence[Path],
    *,
    prefer: str | None = None,
    trust_unsigned: bool = False,
    actor: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> MergeReport:
    if prefer is not None and prefer not in PREFER:
        raise UserError(tr("--prefer takes 'ours' or 'theirs', not '{value}'.", value=prefer))
    who = actor or local_actor()
    backup = backups.backup(ws, reason="before-merge")
    plans: list[FilePlan] = []
    with ws.transaction() as session:
        ctx = MergeContext.load(session, today)
        for index, path in enumerate(paths):
            if progress:
                progress(index, len(paths), Path(path).name)
            plan = plan_file(session, ctx, Path(path), trust_unsigned=trust_unsigned)
            if plan.status == "ready":
                apply_plan(session, plan, prefer=prefer, actor=who)
                plan.status = "merged"
            plans.append(plan)
        _maybe_pause(plans)
    return MergeReport(plans, str(backup))


def _maybe_pause(plans: list[FilePlan]) -> None:
    marker = os.environ.get(_PAUSE_ENV)
    if marker:
        Path(marker).write_text(" ".join(p.status for p in plans))
        time.sleep(60)


def apply_plan(session: Session, plan: FilePlan, *, prefer: str | None, actor: str) -> MergeBatch:
    """Write one file's plan: batch, additions, updates, conflicts, all in the open transaction."""
    assert plan.group_id is not None
    label = tr("Merge {file} from {group}", file=plan.name, group=plan.group)
    with change(session, label, actor=actor, source=f"merge:{plan.name}", kind="merge") as log:
        batch = MergeBatch(
            operation_id=log.operation.id, file_name=plan.name, sha256=plan.sha256, export_id=plan.export_id,
            group_id=plan.group_id, merged_at=log.operation.at, merged_by=actor, trusted_unsigned=plan.trusted_unsigned,
        )
        session.add(batch)
        session.flush()
        plan.batch_id = batch.id
        rows = []
        for a in plan.assessments:
            values = dict(a.values)
            if prefer == "theirs":
                values.update(a.conflict_theirs)
            elif not a.needed:
                continue
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
        for c in plan.conflicts:
            resolved_value = None
            if prefer == "theirs":
                resolved_value = c.theirs
                if c.entity != "recommendation" and writes.set_field(session, log, c.entity, c.entity_uuid, c.field, c.theirs):
                    touched.add((c.entity, c.entity_uuid))
            elif prefer == "ours":
                resolved_value = c.ours
            session.add(MergeConflict(
                batch_id=batch.id, sheet=c.sheet, cell=c.cell, entity=c.entity, entity_uuid=c.entity_uuid, ref=c.ref,
                field=c.field, base_value=c.base, ours_value=c.ours, theirs_value=c.theirs,
                resolution=prefer, resolved_value=resolved_value, resolved_at=now if prefer else None,
            ))
        plan.added, plan.updated = added, len(touched)
        batch.added, batch.updated = added, len(touched)
        batch.conflicts, batch.rejected = len(plan.conflicts), len(plan.rejected)
        batch.report = {**plan.as_json(), "status": "merged", "warnings": plan.warnings, "prefer": prefer,
                        "trusted_unsigned": plan.trusted_unsigned, "include_sensitive": plan.include_sensitive}
        session.flush()
    return batch
