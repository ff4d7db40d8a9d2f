"""The field side: a member group's own app works from a received workbook and sends a return.

- ``import_workbook(workspace_path, file) -> ImportResult`` creates the local workspace (same
  workspace id as the secretariat's) or refreshes it: the group, its recommendations and
  assignments, its current assessments, consultations and actions, all with the secretariat's
  ids. The received export's signed metadata is kept (``ExchangeExport.scope``).
- ``export_return(ws, target) -> ExportResult`` writes a return in the same format, with the
  ORIGINAL signed metadata (base values) and the local values in the cells, so the secretariat
  merges it exactly like a workbook edited by hand. New local rows carry their local ids.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain import closed_lists
from upr_desktop.core.domain.models import (
    Assessment,
    Assignment,
    Consultation,
    ExchangeExport,
    FollowUpAction,
    MemberGroup,
    Recommendation,
    RecommendationTheme,
    Workspace,
    new_uuid,
    utcnow,
)
from upr_desktop.core.services.changelog import change
from upr_desktop.core.services.lookup import theme_by_name
from upr_desktop.core.storage.workspace_file import WorkspaceFile, create_workspace, open_workspace
from upr_desktop.errors import UserError
from upr_desktop.exchange import content as content_mod
from upr_desktop.exchange import layout, readme, workbook_writer, writes
from upr_desktop.exchange.cells import as_text
from upr_desktop.exchange.export import ExportResult
from upr_desktop.exchange.workbook_reader import ReturnedWorkbook, read_return
from upr_desktop.i18n import Translator, tr, translator_for
from upr_desktop.io import write_atomic


@dataclass(frozen=True)
class ImportResult:
    workspace: str
    created: bool
    group: str
    export_id: str
    recommendations: int
    consultations: int
    actions: int

    def as_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def import_workbook(workspace_path: Path, file: Path, *, key: bytes | None = None) -> ImportResult:
    """Create or refresh a local workspace from a workbook the secretariat sent."""
    returned = read_return(Path(file))
    meta = returned.meta
    if meta.get("format_version") not in layout.SUPPORTED_VERSIONS:
        raise UserError(tr("{file}: unknown exchange format version {version}; update the app.", file=Path(file).name, version=meta.get("format_version")))
    workspace_path = Path(workspace_path)
    created = not workspace_path.exists() or workspace_path.stat().st_size == 0
    if created:
        ws = create_workspace(workspace_path, name=str(meta.get("workspace_name") or "UPR coalition"),
                              country=str(meta.get("state_under_review") or ""), key=key)
    else:
        ws = open_workspace(workspace_path, key=key)
    try:
        with ws.transaction() as session:
            record = session.scalars(select(Workspace)).one()
            if created:
                record.uuid = str(meta["workspace_id"])
            elif record.uuid != meta.get("workspace_id"):
                raise UserError(tr("{file} comes from the coalition workspace '{other}', not this one; import it into a new workspace.", file=Path(file).name, other=meta.get("workspace_name")))
            counts = _refresh(session, returned)
    except BaseException:
        ws.close()
        if created:
            for p in [workspace_path, workspace_path.with_name(workspace_path.name + "-wal"), workspace_path.with_name(workspace_path.name + "-shm")]:
                p.unlink(missing_ok=True)
        raise
    ws.close()
    return ImportResult(str(workspace_path), created, str(meta["group"]["acronym"]), str(meta["export_id"]), *counts)


def _refresh(session: Session, returned: ReturnedWorkbook) -> tuple[int, int, int]:
    meta = returned.meta
    gm = meta["group"]
    source = f"import-workbook:{returned.path.name}"
    with change(session, tr("Import workbook {file}", file=returned.path.name), kind="import", source=source) as log:
        group = session.scalars(select(MemberGroup).where(MemberGroup.uuid == gm["uuid"])).first()
        if group is None:
            group = MemberGroup(uuid=gm["uuid"], acronym=gm["acronym"], name=gm.get("name") or gm["acronym"])
            session.add(group)
            log.created(group)
        n_recs = _refresh_recommendations(session, log, returned, group)
        base = meta["base"]
        n_cons = _refresh_records(session, log, base.get(layout.CONSULTATIONS_SHEET) or [], "consultation", group)
        n_acts = _refresh_records(session, log, base.get(layout.ACTIONS_SHEET) or [], "follow_up_action", group)
        export = session.scalars(select(ExchangeExport).where(ExchangeExport.export_id == meta["export_id"])).first()
        scope = {"received": True, "payload": returned.payload, "signature": returned.signature, "file": returned.path.name}
        if export is None:
            session.add(ExchangeExport(export_id=meta["export_id"], group_id=group.id, created_by=meta.get("exported_by"),
                                       created_at=datetime.fromisoformat(meta["exported_at"]), file_name=returned.path.name,
                                       include_sensitive=bool(meta.get("include_sensitive")), scope=scope))
        else:
            export.scope = scope
    return n_recs, n_cons, n_acts


def _refresh_recommendations(session: Session, log: Any, returned: ReturnedWorkbook, group: MemberGroup) -> int:
    meta = returned.meta
    sheet = returned.sheets[layout.RECOMMENDATIONS_SHEET]
    base = {b["id"]: b for b in meta["base"].get(layout.RECOMMENDATIONS_SHEET) or []}
    extra = meta.get("extra") or {}
    dates, ids = extra.get("status_dates", {}), extra.get("assessment_ids", {})
    count = 0
    for row in sheet.rows:
        rid = as_text(row.values.get("id")).strip()
        if rid not in base:
            continue
        v = {k: as_text(row.values.get(k)).strip() for k in ("ref", "text", "states", "response", "themes", "role")}
        rec = session.scalars(select(Recommendation).where(Recommendation.uuid == rid)).first()
        response = closed_lists.match(closed_lists.RESPONSES, v["response"]) or "pending"
        states = [s.strip() for s in v["states"].split(";") if s.strip()]
        if rec is None:
            rec = Recommendation(uuid=rid, ref=v["ref"] or base[rid]["ref"], text=v["text"] or v["ref"], response=response,
                                 recommending_states=states, state_under_review=str(meta.get("state_under_review") or ""),
                                 source_format="exchange")
            session.add(rec)
            log.created(rec)
            for name in [t.strip() for t in v["themes"].split(";") if t.strip()]:
                theme = theme_by_name(session, name, create=True)
                link = RecommendationTheme(recommendation_id=rec.id, theme_id=theme.id)  # type: ignore[union-attr]
                session.add(link)
        else:
            log.set(rec, "text", v["text"] or rec.text)
            log.set(rec, "response", response)
        role = closed_lists.match(closed_lists.ROLES, v["role"]) or "lead"
        assignment = session.scalars(select(Assignment).where(Assignment.recommendation_id == rec.id, Assignment.group_id == group.id)).first()
        if assignment is None:
            assignment = Assignment(recommendation_id=rec.id, group_id=group.id, role=role)
            session.add(assignment)
            log.created(assignment)
        b = base[rid]
        if b.get("status") and ids.get(rid):
            exists = session.scalars(select(Assessment.id).where(Assessment.uuid == ids[rid])).first()
            if exists is None:
                when = date.fromisoformat(dates.get(rid) or meta["exported_at"][:10])
                row_values = writes.assessment_row(ids[rid], rec.id, group.id, {k: str(b.get(k, "")) for k in ("status", "evidence", "sources", "comment")}, when)
                writes.insert_assessments(session, log, [row_values])
        count += 1
    return count


def _refresh_records(session: Session, log: Any, base_rows: list[dict[str, Any]], entity: str, group: MemberGroup) -> int:
    model = Consultation if entity == "consultation" else FollowUpAction
    for b in base_rows:
        if session.scalars(select(model.id).where(model.uuid == b["id"])).first() is not None:  # type: ignore[attr-defined]
            continue  # already here: local edits are kept
        values = {k: str(v) for k, v in b.items() if k not in ("id", "_locked")}
        known = {r for (r,) in session.execute(select(Recommendation.ref))}
        values["refs"] = layout.refs_form([r for r in layout.split_refs_cell(values.get("refs", "")) if r in known])
        writes.add_record(session, log, entity, b["id"], group.id, values)
    return len(base_rows)


def return_translator(meta: dict[str, Any]) -> Translator:
    """A return goes back in the language of the workbook it answers (English if this app lacks it)."""
    try:
        return translator_for(str(meta.get("language") or "") or None)
    except UserError:
        return translator_for(None)


def _meta_date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def export_return(ws: WorkspaceFile, target: Path, *, actor: str | None = None, filled_in_by: str | None = None) -> ExportResult:
    """A return of the received workbook with the local values and the original signed metadata.

    ``filled_in_by`` goes in the Read me's "Filled in by" cell: the secretariat records the merged
    assessments under that name and the group."""
    with ws.transaction() as session:
        received = [e for e in session.scalars(select(ExchangeExport).order_by(ExchangeExport.created_at.desc(), ExchangeExport.id.desc()))
                    if (e.scope or {}).get("received")]
        if not received:
            raise UserError(tr("This workspace has not imported a workbook from the secretariat; import one first (upr-desktop import-workbook FILE)."))
        origin = received[0]
        payload, signature = str(origin.scope["payload"]), str(origin.scope["signature"])
        meta = json.loads(payload)
        group = session.scalars(select(MemberGroup).where(MemberGroup.uuid == meta["group"]["uuid"])).one()
        include = bool(meta.get("include_sensitive"))
        rec_ids = [b["id"] for b in meta["base"].get(layout.RECOMMENDATIONS_SHEET) or []]
        translator = return_translator(meta)
        data = content_mod.collect(session, group, include_sensitive=include, rec_uuids=rec_ids, translator=translator)
        base_ids = (meta.get("extra") or {}).get("assessment_ids", {})
        now_ids = data.extra["assessment_ids"]
        dates = data.extra["status_dates"]
        for row in data.sheets[layout.RECOMMENDATIONS_SHEET].rows:
            rid = row["id"]
            if now_ids.get(rid) and now_ids.get(rid) != base_ids.get(rid):
                row["assessed_on"] = date.fromisoformat(dates[rid])
        prepared = workbook_writer.prepare(data, translator)
        now = utcnow()
        filler = " ".join((filled_in_by or "").split())
        who = actor or filler or group.acronym
        rows = workbook_writer.meta_rows(payload, signature, {"return_made_at": now.isoformat(), "return_made_by": who})
        coalition = str(meta.get("workspace_name") or "")
        deadline = _meta_date(meta.get("deadline"))
        sender = readme.Sender(coalition, group.name, group.acronym, now.strftime("%Y-%m-%d %H:%M UTC"), deadline, is_return=True)
        wb = workbook_writer.render(prepared, readme.readme_blocks(sender, translator), rows, readme.page_header(sender, translator),
                                    author=group.name, filled_in_by=filler)
        export_id = new_uuid()
        session.add(ExchangeExport(export_id=export_id, group_id=group.id, created_at=now, created_by=who, file_name=Path(target).name,
                                   include_sensitive=include, is_return=True, scope={"answers": meta["export_id"]}))
        session.flush()
        write_atomic(Path(target), lambda tmp: workbook_writer.save(wb, tmp))
        s = data.sheets
        return ExportResult(str(target), group.acronym, str(meta["export_id"]), len(s[layout.RECOMMENDATIONS_SHEET].rows),
                            len(s[layout.CONSULTATIONS_SHEET].rows), len(s[layout.ACTIONS_SHEET].rows), include, prepared.warnings)
