"""CLI commands for trainers: create or reset the demo coalition, and write a workshop scenario."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING
import time
from pathlib import Path

from upr_desktop.commands.context import CommandContext
from upr_desktop.commands.lazy import lazy_module
from upr_desktop.i18n import tr

if TYPE_CHECKING:
    from upr_desktop.operations import demo
    from upr_desktop.operations import workspace
else:
    demo = lazy_module("upr_desktop.operations.demo")
    workspace = lazy_module("upr_desktop.operations.workspace")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "demo", parents=[common],
        help="create the demo coalition (training data); --reset puts it back as it was",
        description="Create a realistic demo workspace for training (default file: the demo file in your user "
                    "data folder, never your coalition's workspace).",
    )
    p.add_argument("--reset", action="store_true", help="put an existing demo workspace back exactly as it was")
    p.add_argument("--scenario", metavar="DIR",
                   help="also write the workshop's returned workbooks to DIR (clean, LibreOffice-edited, conflicting, with mistakes)")
    p.set_defaults(handler=cmd_demo)


def demo_path(ctx: CommandContext) -> Path:
    given = getattr(ctx.args, "workspace", None)
    return Path(given).expanduser().resolve() if given else demo.demo_workspace_path()


def cmd_demo(ctx: CommandContext) -> int:
    path = demo_path(ctx)
    started = time.perf_counter()
    ws = demo.create_demo(path, reset=bool(ctx.args.reset), settings=ctx.settings)
    with ws:
        seconds = time.perf_counter() - started
        info = workspace.workspace_info(ws)
        scenario = demo.write_scenario(ws, Path(ctx.args.scenario), say=ctx.say) if ctx.args.scenario else None
    counts = info["counts"]
    data = {
        "path": str(path), "name": info["name"], "is_demo": info["is_demo"], "reset": bool(ctx.args.reset),
        "seconds": round(seconds, 3), "counts": counts,
        "scenario": scenario.as_dict() if scenario else None,
    }
    verb = tr("Reset") if ctx.args.reset else tr("Created")
    text = tr(
        "{verb} the demo coalition (training data) at {path} in {seconds:.2f} s: {recommendations} recommendations, "
        "{groups} member groups, {assignments} assignments, {assessments} assessments, {consultations} consultations, "
        "{actions} follow-up actions.",
        verb=verb, path=path, seconds=seconds, **{k: counts[k] for k in ("recommendations", "groups", "assignments",
                                                                           "assessments", "consultations", "actions")},
    )
    if scenario:
        text += "\n\n" + scenario.describe()
    ctx.emit(data, text)
    return 0
