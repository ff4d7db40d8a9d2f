"""Planning the three-way merge of one returned workbook: identify, match rows, compare fields.

Per field: base (as exported, in the signed metadata) vs theirs (the returned cell) vs ours
(the workspace now). theirs == base: nothing; ours == base: take theirs; ours == theirs:
already equal; otherwise a :class:`~upr_desktop.exchange.merge_plan.FieldConflict`. On the
Recommendations sheet the fields are the group's *current* assessment (its newest one);
taking theirs means recording a new Assessment authored by the group, dated as given (or
today). New consultation and action rows are additions with a deterministic uuid5 of (export
id, sheet, content), so merging the same return again adds nothing.

Planning only reads the workspace; :mod:`upr_desktop.exchange.merge_run` writes.
"""

from __future__ import annotations

import hashlib
import uuid as uuid_mod
from dataclasses import dataclass
from datetime import date
from json.encoder import encode_basestring_ascii as _json_ascii
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain.models import (
    ActionRecommendation,
    Consultation,
    ConsultationRecommendation,
    FollowUpAction,
    MemberGroup,
    MergeBatch,
    Recommendation,
    Workspace,
)
from upr_desktop.exchange import content, layout, signing
from upr_desktop.exchange.cells import as_text, parse_cell
from upr_desktop.exchange.export import canonical_payload
from upr_desktop.exchange.merge_plan import (
    Addition,
    AssessmentPlan,
    FieldChange,
    FieldConflict,
    FilePlan,
    RejectedCell,
)
from upr_desktop.exchange.return_check import ReturnRefused
from upr_desktop.exchange.workbook_reader import (
    ReturnedRow,
    ReturnedSheet,
    ReturnedWorkbook,
    read_return,
)
from upr_desktop.i18n import tr

ROW_NAMESPACE = uuid_mod.UUID("5d1f6a53-7f0e-4f59-a8a1-0c5f3e7d2b11")
ASSESSMENT_FIELDS = ("status", "evidence", "sources", "comment")
_RECOMMENDATION_KEYS = (*ASSESSMENT_FIELDS, "assessed_on")
REQUIRED = {
    layout.CONSULTATIONS_SHEET: ("held_on", "government_body", "kind"),
    layout.ACTIONS_SHEET: ("description",),
}


@dataclass
class MergeContext:
    """What every file's plan needs from the workspace, read once per run."""

    workspace: Workspace
    key: signing.SigningKey | None
    known_refs: dict[str, int]
    locale_format: str | None
    today: date

    @classmethod
    def load(cls, session: Session, today: date | None = None) -> MergeContext:
        ws = session.scalars(select(Workspace)).one()
        refs: dict[str, int] = {}
        for rec_id, ref in session.execute(select(Recommendation.id, Recommendation.ref).order_by(Recommendation.id)):
            refs.setdefault(ref, rec_id)
        fmt = (ws.settings or {}).get("date_format")
        return cls(ws, signing.find_key(session), refs, str(fmt) if fmt else None, today or date.today())


def deterministic_uuid(export_id: str, sheet: str, values: dict[str, str]) -> str:
    kept = {k: v for k, v in values.items() if v}
    if all(isinstance(v, str) for v in kept.values()):
        # canonical_payload's exact text for a dict of strings, without an encoder per call
        body = "{" + ",".join(_json_ascii(k) + ":" + _json_ascii(v) for k, v in sorted(kept.items())) + "}"
    else:
        body = canonical_payload(kept)
    return _uuid5(f"{export_id}|{sheet}|{body}")


_NAMESPACE_BYTES = ROW_NAMESPACE.bytes


def _uuid5(name: str) -> str:
    """``str(uuid.uuid5(ROW_NAMESPACE, name))`` without building UUID objects (once per returned row)."""
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8"), usedforsecurity=False).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = digest.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _valid_uuid(text: str) -> bool:
    try:
        uuid_mod.UUID(text)
    except ValueError:
        return False
    return len(text) == 36


# -- identify the export --------------------------------------------------------------------
def identify(session: Session, ctx: MergeContext, returned: ReturnedWorkbook, plan: FilePlan, *, trust_unsigned: bool) -> MemberGroup | None:
    """Check version, workspace, signature and group; sets ``plan.status='refused'`` when it cannot merge."""
    meta = returned.meta
    name = returned.path.name
    plan.export_id = str(meta.get("export_id") or "") or None
    group_meta = meta.get("group") or {}
    plan.group = group_meta.get("acronym") if isinstance(group_meta, dict) else None
    if meta.get("format_version") not in layout.SUPPORTED_VERSIONS:
        return _refused(plan, tr("{file}: the workbook's format version {version} is not one this version of UPR Desktop knows; update the app, or export a new workbook.", file=name, version=meta.get("format_version")))
    if meta.get("workspace_id") != ctx.workspace.uuid:
        return _refused(plan, tr("{file}: this workbook was exported from another workspace ('{other}'), not from '{ours}'. Merge it into the workspace it came from.", file=name, other=meta.get("workspace_name") or meta.get("workspace_id"), ours=ctx.workspace.name))
    signed = ctx.key is not None and signing.verify(ctx.key.key, returned.payload, returned.signature)
    if not signed:
        if not trust_unsigned:
            return _refused(plan, tr("{file}: the workbook's signature does not match (its hidden metadata was changed, or it was not signed by this workspace). If you trust where it came from, merge it with --trust-unsigned.", file=name))
        plan.trusted_unsigned = True
        plan.warnings.append(tr("{file}: merged without a valid signature, because you trusted it (--trust-unsigned).", file=name))
    group = None
    if isinstance(group_meta, dict) and group_meta.get("uuid"):
        group = session.scalars(select(MemberGroup).where(MemberGroup.uuid == group_meta["uuid"])).first()
    if group is None:
        return _refused(plan, tr("{file}: the member group {group} of this workbook no longer exists in the workspace.", file=name, group=plan.group))
    plan.group, plan.group_id = group.acronym, group.id
    plan.include_sensitive = bool(meta.get("include_sensitive"))
    if not isinstance(meta.get("base"), dict):
        return _refused(plan, tr("{file}: the hidden exchange metadata has no base values.", file=name))
    return group


def _refused(plan: FilePlan, reason: str) -> None:
    plan.status, plan.reason = "refused", reason


def already_merged(session: Session, sha256: str) -> MergeBatch | None:
    return session.scalars(select(MergeBatch).where(MergeBatch.sha256 == sha256, MergeBatch.undone_at.is_(None)).limit(1)).first()


# -- reading cells ---------------------------------------------------------------------------
_KINDS = {name: {c.key: c.kind for c in cols} for name, cols in layout.SHEET_COLUMNS.items()}


def _rejected(sheet: ReturnedSheet, row: ReturnedRow, key: str, reason: str, *, ref: str | None = None) -> RejectedCell:
    """A cell not used, with what a group needs to find and fix it: sheet, cell, ref, column, what it held."""
    held = as_text(row.values.get(key)) if key in sheet.columns else ""
    if ref is None and sheet.name == layout.RECOMMENDATIONS_SHEET:
        ref = as_text(row.values.get("ref")).strip() or None
    return RejectedCell(sheet.title or sheet.name, sheet.cell(row.row, key), reason, ref, sheet.header(key), held[:200] or None)


def _read_fields(sheet: ReturnedSheet, row: ReturnedRow, keys: tuple[str, ...], plan: FilePlan, ctx: MergeContext, *, future_ok: bool = True) -> tuple[dict[str, str], set[str]]:
    """Parsed values of a row's editable cells, and the keys whose cells were rejected."""
    kinds = _KINDS[sheet.name]
    values: dict[str, str] = {}
    bad: set[str] = set()
    columns, cells = sheet.columns, row.values
    for key in keys:
        if key not in columns:
            continue
        # Cell names are only worked out when a problem needs one (this runs for every cell).
        if sheet.formulas and sheet.is_formula(row.row, key):
            plan.rejected.append(_rejected(sheet, row, key, tr("the cell holds a formula; formulas are not read. Type the value itself.")))
            bad.add(key)
            continue
        value, reason = parse_cell(kinds[key], cells.get(key), known_refs=ctx.known_refs, locale_format=ctx.locale_format,
                                   allow_future=future_ok or key != "assessed_on", shown_labels=sheet.list_labels.get(kinds[key]))
        if reason is not None:
            plan.rejected.append(_rejected(sheet, row, key, reason))
            bad.add(key)
            continue
        values[key] = value or ""
    return values, bad


def _row_id(sheet: ReturnedSheet, row: ReturnedRow) -> str:
    return as_text(row.values.get("id")).strip() if "id" in sheet.columns else ""


def _dedupe(sheet_name: str, sheet: ReturnedSheet, pairs: list[tuple[str, ReturnedRow]], plan: FilePlan) -> list[tuple[str, ReturnedRow]]:
    """Rows sharing an ID: identical copies count once; different ones are all rejected."""
    groups: dict[str, list[ReturnedRow]] = {}
    for key, row in pairs:
        groups.setdefault(key, []).append(row)
    out = []
    for key, rows in groups.items():
        if len(rows) == 1:
            out.append((key, rows[0]))
            continue
        editable = [c.key for c in layout.SHEET_COLUMNS[sheet_name] if c.editable]
        first = [as_text(rows[0].values.get(k)) for k in editable]
        if all([as_text(r.values.get(k)) for k in editable] == first for r in rows[1:]):
            out.append((key, rows[0]))
            continue
        numbers = ", ".join(str(r.row + 1) for r in rows)
        for r in rows:
            plan.rejected.append(_rejected(sheet, r, "id" if "id" in sheet.columns else "ref",
                                           tr("the same row appears several times (rows {rows}) with different values; keep one and merge again.", rows=numbers)))
    return out


# -- Recommendations sheet ---------------------------------------------------------------------
def plan_recommendations(session: Session, ctx: MergeContext, returned: ReturnedWorkbook, plan: FilePlan) -> None:
    name = layout.RECOMMENDATIONS_SHEET
    sheet = returned.sheets[name]
    base_rows: list[dict[str, Any]] = returned.meta["base"].get(name) or []
    by_id = {b["id"]: b for b in base_rows}
    by_ref: dict[str, list[dict[str, Any]]] = {}
    for b in base_rows:
        by_ref.setdefault(b["ref"], []).append(b)
    pairs: list[tuple[str, ReturnedRow]] = []
    for row in sheet.rows:
        rid = _row_id(sheet, row)
        if rid:
            if rid not in by_id:
                plan.rejected.append(_rejected(sheet, row, "id", tr("this row's hidden ID is not a recommendation of this workbook (copied from another workbook?); the row was not merged.")))
                continue
            ref = as_text(row.values.get("ref")).strip() if "ref" in sheet.columns else ""
            if ref and ref != str(by_id[rid].get("ref", "")).strip():
                # The Ref a person reads and the hidden ID must name the same recommendation, or the row's
                # assessment would land on another one than the person meant.
                plan.rejected.append(RejectedCell(sheet.title or name, sheet.cell(row.row, "id"), tr(
                    "the row's Ref is {ref} but its hidden ID is that of recommendation {id_ref}; one of them was changed, so the row was not merged. Use the workbook you were sent.",
                    ref=ref, id_ref=by_id[rid].get("ref", "?"))))
                continue
            pairs.append((rid, row))
            continue
        ref = as_text(row.values.get("ref")).strip()
        matches = by_ref.get(ref, [])
        if len(matches) != 1:
            plan.rejected.append(_rejected(sheet, row, "ref" if "ref" in sheet.columns else "id",
                                           tr("the row has no hidden ID and its Ref '{ref}' matches no single recommendation of this workbook.", ref=ref)))
            continue
        pairs.append((matches[0]["id"], row))
    pairs = _dedupe(name, sheet, pairs, plan)
    recs: dict[str, Any] = {}
    wanted = [p[0] for p in pairs]
    for start in range(0, len(wanted), 500):
        q = select(Recommendation.id, Recommendation.uuid, Recommendation.ref).where(Recommendation.uuid.in_(wanted[start : start + 500]))
        recs.update({r.uuid: r for r in session.execute(q)})
    assert plan.group_id is not None
    ours_all = content.group_assessments(session, plan.group_id, [r.id for r in recs.values()],
                                         include_confidential=bool(returned.meta.get("include_sensitive")))
    for rec_uuid, row in pairs:
        rec = recs.get(rec_uuid)
        if rec is None:
            plan.rejected.append(_rejected(sheet, row, "id", tr("this recommendation was deleted from the workspace after the export; the row was not merged.")))
            continue
        _plan_assessment(ctx, sheet, row, by_id[rec_uuid], rec, ours_all.get(rec.id), plan, returned)


def _plan_assessment(ctx: MergeContext, sheet: ReturnedSheet, row: ReturnedRow, base: dict[str, Any], rec: Any,
                     current: content.CurrentAssessment | None, plan: FilePlan, returned: ReturnedWorkbook) -> None:
    name = layout.RECOMMENDATIONS_SHEET
    locked = base.get("_locked")
    keys = _RECOMMENDATION_KEYS if not locked else tuple(k for k in _RECOMMENDATION_KEYS if k not in locked)
    theirs, bad = _read_fields(sheet, row, keys, plan, ctx, future_ok=False)
    if "status" in theirs and not theirs["status"] and base.get("status"):
        plan.rejected.append(_rejected(sheet, row, "status", tr("the Status cannot be emptied; choose Unknown if you do not know."), ref=rec.ref))
        del theirs["status"]
    ours = content.assessment_base(current)
    taken: dict[str, str] = {}
    conflicts: dict[str, str] = {}
    for f in ASSESSMENT_FIELDS:
        if f not in theirs:
            continue
        t, b, o = theirs[f], str(base.get(f, "")), ours[f]
        if t == b or o == t:
            continue
        if o == b:
            taken[f] = t
        else:
            conflicts[f] = t
            plan.conflicts.append(FieldConflict(name, sheet.cell(row.row, f), rec.ref, f, b, o, t, "recommendation", rec.uuid))
    given = theirs.get("assessed_on", "")
    if "assessed_on" in bad and (taken or conflicts):
        plan.conflicts[:] = [c for c in plan.conflicts if not (c.entity_uuid == rec.uuid and c.sheet == name)]
        plan.rejected.append(_rejected(sheet, row, "assessed_on", tr("nothing from this row was merged because its Assessment date cannot be read."), ref=rec.ref))
        return
    needed = bool(taken) or bool(given and not conflicts)
    # A new assessment carries the group's status and only what the group changed: evidence, sources and
    # a comment pre-filled in the workbook and left as they were are not copied into it (they still stand).
    values = {f: (ours[f] if f == "status" else "") for f in ASSESSMENT_FIELDS}
    values.update(taken)
    if (needed or conflicts) and not (values["status"] or conflicts.get("status")):
        plan.rejected.append(_rejected(sheet, row, "status", tr("an assessment needs a Status; choose one from the list."), ref=rec.ref))
        plan.conflicts[:] = [c for c in plan.conflicts if not (c.entity_uuid == rec.uuid and c.sheet == name)]
        return
    if not needed and not conflicts:
        return
    when = date.fromisoformat(given) if given else ctx.today
    # Named after what the returned row says (not after what is recorded), so merging the row again, from this
    # file or a resaved copy, finds the assessment it already made.
    said = {f: theirs.get(f, ours[f]) for f in ASSESSMENT_FIELDS}
    new_uuid = deterministic_uuid(str(plan.export_id), f"assessment:{rec.uuid}", {**said, "assessed_on": when.isoformat()})
    changed = {f: (sheet.cell(row.row, f), ours[f], t) for f, t in taken.items()}
    if given:
        changed["assessed_on"] = (sheet.cell(row.row, "assessed_on"), "", given)
    plan.assessments.append(AssessmentPlan(rec.id, rec.ref, row.row + 1, values, when, needed, new_uuid, conflicts, rec.uuid, changed))
    if needed:
        cells = {f: cell for f, (cell, _old, _new) in changed.items()}
        plan.additions.append(Addition(name, row.row + 1, "assessment", new_uuid, rec.ref, {**values, "assessed_on": when.isoformat()}, cells))


# -- Consultations and Follow-up actions --------------------------------------------------------
def _ours_rows(session: Session, sheet_name: str, uuids: list[str], include_sensitive: bool) -> dict[str, tuple[Any, dict[str, str]]]:
    if not uuids:
        return {}
    if sheet_name == layout.CONSULTATIONS_SHEET:
        rows = list(session.scalars(select(Consultation).where(Consultation.uuid.in_(uuids))))
        refs = content.refs_of(session, ConsultationRecommendation, "consultation_id", [r.id for r in rows])
        return {r.uuid: (r, content.consultation_base(r, refs.get(r.id, []), include_sensitive=True)) for r in rows}
    actions = list(session.scalars(select(FollowUpAction).where(FollowUpAction.uuid.in_(uuids))))
    refs = content.refs_of(session, ActionRecommendation, "action_id", [r.id for r in actions])
    return {r.uuid: (r, content.action_base(r, refs.get(r.id, []))) for r in actions}


def _label(sheet_name: str, values: dict[str, str]) -> str:
    if sheet_name == layout.CONSULTATIONS_SHEET:
        return f"{values.get('held_on', '')} {values.get('government_body', '')}".strip()
    return (values.get("description") or "")[:60]


def plan_records(session: Session, ctx: MergeContext, returned: ReturnedWorkbook, plan: FilePlan, sheet_name: str) -> None:
    sheet = returned.sheets[sheet_name]
    entity = layout.SHEET_ENTITY[sheet_name]
    include_sensitive = bool(returned.meta.get("include_sensitive"))
    keys = layout.editable_keys(sheet_name, include_sensitive=include_sensitive)
    base_rows: list[dict[str, Any]] = returned.meta["base"].get(sheet_name) or []
    by_id = {b["id"]: b for b in base_rows}
    pairs: list[tuple[str, ReturnedRow]] = []
    new_rows: list[ReturnedRow] = []
    for row in sheet.rows:
        rid = _row_id(sheet, row)
        if not rid:
            new_rows.append(row)
        elif rid in by_id or _valid_uuid(rid):
            pairs.append((rid, row))
        else:
            plan.rejected.append(_rejected(sheet, row, "id", tr("'{value}' in the hidden ID column is not an ID this workbook was given; the row was not merged.", value=rid[:40])))
    pairs = _dedupe(sheet_name, sheet, pairs, plan)
    ours = _ours_rows(session, sheet_name, [p[0] for p in pairs], include_sensitive)
    for rid, row in pairs:
        theirs, _bad = _read_fields(sheet, row, keys, plan, ctx)
        if rid not in ours:
            if rid in by_id:
                plan.rejected.append(_rejected(sheet, row, "id", tr("this record was deleted from the workspace after the export; the row was not merged.")))
            else:
                _plan_addition(ctx, sheet, row, theirs, _bad, plan, sheet_name, entity, given_uuid=rid)
            continue
        obj, current = ours[rid]
        if rid not in by_id and obj.group_id != plan.group_id:
            plan.rejected.append(_rejected(sheet, row, "id", tr("this row's hidden ID names a record of another member group; the row was not merged.")))
            continue
        base = by_id.get(rid, {})
        label = _label(sheet_name, current)
        locked = set(base.get("_locked", []))
        for f in keys:
            if f not in theirs or f in locked:
                continue
            t, b, o = theirs[f], str(base.get(f, "")), current.get(f, "")
            if t == b or t == o:
                continue
            if not t and f in REQUIRED[sheet_name] + ("status",):
                plan.rejected.append(_rejected(sheet, row, f, tr("this value cannot be emptied.")))
                continue
            if o == b:
                plan.updates.append(FieldChange(sheet_name, sheet.cell(row.row, f), entity, rid, label, f, o, t))
            else:
                plan.conflicts.append(FieldConflict(sheet_name, sheet.cell(row.row, f), label, f, b, o, t, entity, rid))
    base_forms = {canonical_payload({k: b.get(k, "") for k in keys}) for b in base_rows}
    for row in new_rows:
        theirs, bad = _read_fields(sheet, row, keys, plan, ctx)
        if "id" not in sheet.columns and canonical_payload({k: theirs.get(k, "") for k in keys}) in base_forms:
            continue  # an exported row, unchanged, in a sheet that lost its ID column
        _plan_addition(ctx, sheet, row, theirs, bad, plan, sheet_name, entity)


def _plan_addition(ctx: MergeContext, sheet: ReturnedSheet, row: ReturnedRow, theirs: dict[str, str], bad: set[str],
                   plan: FilePlan, sheet_name: str, entity: str, given_uuid: str | None = None) -> None:
    if bad:
        plan.rejected.append(RejectedCell(sheet.title or sheet_name, f"{row.row + 1}", tr("row {row} was not added because some of its cells cannot be read.", row=row.row + 1)))
        return
    missing = [k for k in REQUIRED[sheet_name] if not theirs.get(k)]
    if missing:
        for k in missing:
            plan.rejected.append(_rejected(sheet, row, k, tr("a new row needs a {header}; row {row} was not added.", header=sheet.header(k), row=row.row + 1)))
        return
    if sheet_name == layout.ACTIONS_SHEET and not theirs.get("status"):
        theirs["status"] = "open"
    new_id = given_uuid or deterministic_uuid(str(plan.export_id), sheet_name, theirs)
    if any(a.uuid == new_id for a in plan.additions):
        plan.warnings.append(tr("{file}: row {row} of '{sheet}' repeats an earlier row; it was added once.", file=plan.name, row=row.row + 1, sheet=sheet_name))
        return
    cells = {k: sheet.cell(row.row, k) for k in theirs if k in sheet.columns}
    plan.additions.append(Addition(sheet_name, row.row + 1, entity, new_id, _label(sheet_name, theirs), dict(theirs), cells))


# -- one file ------------------------------------------------------------------------------------
def plan_file(session: Session, ctx: MergeContext, path: Path, *, trust_unsigned: bool = False) -> FilePlan:
    """Everything merging ``path`` would do, computed against the workspace as it is now."""
    plan = FilePlan(file=str(path))
    try:
        returned = read_return(Path(path))
    except ReturnRefused as exc:
        plan.status, plan.reason = "refused", str(exc)
        return plan
    plan.sha256 = returned.sha256
    plan.warnings.extend(returned.warnings)
    plan.filled_in_by = returned.filled_in_by
    plan.sheet_titles = {name: sheet.title for name, sheet in returned.sheets.items() if sheet.title and sheet.title != name}
    if identify(session, ctx, returned, plan, trust_unsigned=trust_unsigned) is None:
        return plan
    if already_merged(session, returned.sha256) is not None:
        plan.status = "already-merged"
        return plan
    plan_recommendations(session, ctx, returned, plan)
    plan_records(session, ctx, returned, plan, layout.CONSULTATIONS_SHEET)
    plan_records(session, ctx, returned, plan, layout.ACTIONS_SHEET)
    # Additions already in the workspace (the same rows merged from another copy) add nothing.
    existing = _existing_uuids(session, plan)
    plan.additions = [a for a in plan.additions if a.uuid not in existing]
    plan.assessments = [a for a in plan.assessments if a.uuid not in existing]
    plan.added = len(plan.additions)
    plan.updated = len({(u.entity, u.entity_uuid) for u in plan.updates})
    return plan


def _existing_uuids(session: Session, plan: FilePlan) -> set[str]:
    from upr_desktop.core.domain.models import Assessment

    found: set[str] = set()
    models = {"assessment": Assessment, "consultation": Consultation, "follow_up_action": FollowUpAction}
    for entity, model in models.items():
        ids = [a.uuid for a in plan.additions if a.entity == entity] + ([a.uuid for a in plan.assessments] if entity == "assessment" else [])
        ids = list(dict.fromkeys(ids))  # a needed assessment is in both lists
        if ids:
            found |= set(session.scalars(select(model.uuid).where(model.uuid.in_(ids))))  # type: ignore[attr-defined]
    return found
