"""CLI commands ``links``: "recommended before" suggestions, and confirming or rejecting them."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from upr_desktop.commands.context import CommandContext
from upr_desktop.commands.lazy import lazy_module
from upr_desktop.errors import UserError
from upr_desktop.i18n import tr, trn
from upr_desktop.operations.choices import LINK_MIN_SCORE

if TYPE_CHECKING:
    from upr_desktop.operations import recommended_before
else:
    recommended_before = lazy_module("upr_desktop.operations.recommended_before")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("links", parents=[common], help="recommended before: link recommendations to earlier cycles")
    lsub = p.add_subparsers(dest="links_command", metavar="ACTION", required=True)
    q = lsub.add_parser("suggest", parents=[common], help="propose predecessors in earlier cycles of the same State")
    q.add_argument("--cycle", type=int, metavar="N", help="for this cycle's recommendations (default: the latest)")
    q.add_argument("--min-score", type=float, metavar="S", help=f"show suggestions scoring at least S, 0 to 1 (default {LINK_MIN_SCORE})")
    q.add_argument("--ref", nargs="+", metavar="REF", help="only for these recommendations")
    q.set_defaults(handler=cmd_links_suggest)
    q = lsub.add_parser("confirm", parents=[common], help="confirm that EARLIER was recommended before REF, or all above a score")
    q.add_argument("ref", nargs="?", metavar="REF")
    q.add_argument("earlier", nargs="*", metavar="EARLIER")
    q.add_argument("--above", type=float, metavar="S", help="confirm the best suggestion of each recommendation scoring at least S")
    q.add_argument("--cycle", type=int, metavar="N", help="with --above: this cycle's recommendations (default: the latest)")
    q.add_argument("--dry-run", action="store_true", help="with --above: list what would be confirmed, change nothing")
    q.set_defaults(handler=cmd_links_confirm)
    q = lsub.add_parser("reject", parents=[common], help="say EARLIER was not recommended before REF (it is not suggested again)")
    q.add_argument("ref", metavar="REF")
    q.add_argument("earlier", nargs="+", metavar="EARLIER")
    q.set_defaults(handler=cmd_links_reject)
    q = lsub.add_parser("list", parents=[common], help="the links decided: confirmed and rejected")
    q.add_argument("--cycle", type=int, metavar="N", help="only recommendations of this cycle")
    q.add_argument("--status", choices=("confirmed", "rejected"))
    q.set_defaults(handler=cmd_links_list)

    c = sub.add_parser("clusters", parents=[common], help="near-duplicate recommendations of one cycle, grouped")
    csub = c.add_subparsers(dest="clusters_command", metavar="ACTION", required=True)
    q = csub.add_parser("list", parents=[common], help="list the clusters of a cycle")
    q.add_argument("--cycle", type=int, metavar="N", help="this cycle (default: the latest)")
    q.add_argument("--min-score", type=float, metavar="S", help="how alike near-duplicates are, 0 to 1 (default 0.8)")
    q.set_defaults(handler=cmd_clusters_list)
    q = csub.add_parser("assign", parents=[common], help="assign a whole cluster to a member group in one step")
    q.add_argument("ref", metavar="REF", help="any recommendation of the cluster")
    q.add_argument("--group", required=True, metavar="ACR")
    q.add_argument("--role", default="lead", help="lead or support")
    q.add_argument("--due", metavar="DATE")
    q.set_defaults(handler=cmd_clusters_assign)


def _suggestion_line(s: recommended_before.Suggestion) -> str:
    before = s.earlier
    status = before.status or tr("not assessed")
    return tr("{ref} <- {earlier} (cycle {cycle})  score {score:.2f}  {response}; status then: {status}\n    {text}\n    {earlier_text}",
              ref=s.ref, earlier=before.ref, cycle=before.cycle, score=s.score, response=before.response_story, status=status,
              text=s.text[:110], earlier_text=before.text[:110])


def cmd_links_suggest(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws:
        found = recommended_before.suggest(ws, cycle=a.cycle, min_score=a.min_score, refs=a.ref or ())
    text = "\n".join(_suggestion_line(s) for s in found) or tr("No suggestions at this score: try a lower --min-score.")
    ctx.emit({"suggestions": [s.as_json() for s in found]}, text)
    return 0


def cmd_links_confirm(ctx: CommandContext) -> int:
    a = ctx.args
    if a.above is not None:
        if a.ref:
            raise UserError(tr("Give either REF EARLIER... or --above S, not both."))
        with ctx.open() as ws:
            preview = recommended_before.confirm_above(ws, min_score=a.above, cycle=a.cycle, dry_run=a.dry_run).result
        lines = [_suggestion_line(s) for s in preview.suggestions]
        lines.append(trn("Would confirm %n links (nothing was changed).", len(preview.suggestions)) if a.dry_run
                     else trn("Confirmed %n links; undo with: upr-desktop undo", len(preview.suggestions)))
        ctx.emit({**preview.as_json(), "dry_run": a.dry_run}, "\n".join(lines))
        return 0
    if not a.ref or not a.earlier:
        raise UserError(tr("Say which link to confirm: upr-desktop links confirm REF EARLIER_REF (or --above S)."))
    if a.dry_run or a.cycle is not None:
        raise UserError(tr("--dry-run and --cycle go with --above."))
    return _decide(ctx, "confirmed")


def cmd_links_reject(ctx: CommandContext) -> int:
    return _decide(ctx, "rejected")


def _decide(ctx: CommandContext, status: str) -> int:
    a = ctx.args
    with ctx.open() as ws:
        changed = recommended_before.decide_refs(ws, a.ref, a.earlier, status).result
    if status == "confirmed":
        text = tr("Confirmed: {earlier} recommended before {ref}.", earlier=", ".join(a.earlier), ref=a.ref) if changed else tr("Already so; nothing changed.")
    else:
        text = tr("Rejected: {earlier} not recommended before {ref}.", earlier=", ".join(a.earlier), ref=a.ref) if changed else tr("Already so; nothing changed.")
    ctx.emit({"ref": a.ref, "earlier": a.earlier, "status": status, "changed": changed}, text)
    return 0


def cmd_links_list(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        found = recommended_before.list_links(ws, cycle=ctx.args.cycle, status=ctx.args.status)
    text = "\n".join(f"{line.ref:<14} <- {line.predecessor_ref:<14} {line.status:<10} "
                     f"{'' if line.score is None else f'{line.score:.2f}':<5} {line.decided_at} {line.decided_by or ''}"
                     for line in found) or tr("No links decided yet.")
    ctx.emit({"links": [line.as_json() for line in found]}, text)
    return 0


def cmd_clusters_list(ctx: CommandContext) -> int:
    with ctx.open() as ws:
        found = recommended_before.clusters(ws, cycle=ctx.args.cycle, min_score=ctx.args.min_score)
    lines = []
    for cluster in found:
        lines.append(tr("Cluster {number} (cycle {cycle}): {refs}", number=cluster.number, cycle=cluster.cycle, refs=", ".join(cluster.refs)))
        lines.extend(f"    {m.ref:<12} {', '.join(m.recommending_states)[:30]:<30} {m.text[:80]}" for m in cluster.members)
    ctx.emit({"clusters": [c.as_json() for c in found]}, "\n".join(lines) or tr("No near-duplicates in this cycle."))
    return 0


def cmd_clusters_assign(ctx: CommandContext) -> int:
    a = ctx.args
    with ctx.open() as ws:
        result = recommended_before.assign_cluster(ws, a.ref, a.group, role=a.role, due_date=a.due).result
    counts = {"created": result.created, "updated": result.updated, "unchanged": result.unchanged}
    ctx.emit(counts, tr("Assigned: {created} new, {updated} changed, {unchanged} already so.", **counts))
    return 0
