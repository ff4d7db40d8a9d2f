"""Every count the app shows equals what the command line prints for the same question, on the demo workspace.

The app side reads what the pages put on screen (tiles, table cells, summaries, the report preview's
document, the status bar); the command line side runs ``upr-desktop ... --json`` in-process on the
same file. Both are asked on the demo's own situation day and on a day a trainer chose in Settings:
the overdue counts differ between the two days, and agree everywhere on each.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from tests.conftest import copy_workspace
from upr_desktop.core.storage.workspace_file import open_workspace
from upr_desktop.demo import REFERENCE_DATE
from upr_desktop.settings import Settings, save_settings

TRAINERS_DAY = date(2026, 2, 15)  # a day a trainer may set in Settings (the demo's own day is REFERENCE_DATE)
WARNING = "\u26a0"


def cli_json(capsys: pytest.CaptureFixture[str], path: Path, *argv: str) -> Any:
    from upr_desktop.cli import main

    code = main(["--workspace", str(path), "--json", *argv])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def summary_table(path: Path, title: str) -> dict[str, Any]:
    """A summary table of a report workbook, first column -> second."""
    rows = [[c.value for c in row] for row in load_workbook(path)["Summary"].iter_rows()]
    top = next(i for i, r in enumerate(rows) if r[0] == title)
    found = {}
    for row in rows[top + 2:]:
        if row[0] is None:
            break
        found[row[0]] = row[1]
    return found


def command_line(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    info = cli_json(capsys, path, "info")
    figures = cli_json(capsys, path, "dashboard")
    jrc = cli_json(capsys, path, "dashboard", "--group", "JRC")
    actions = cli_json(capsys, path, "actions", "list")
    groups = cli_json(capsys, path, "groups", "list")["groups"]
    consultations = cli_json(capsys, path, "consultations", "list")["consultations"]
    recommendations = cli_json(capsys, path, "recommendations", "list")["recommendations"]
    report = cli_json(capsys, path, "report", "--kind", "consultations", "--include-sensitive", "-o", str(tmp_path / "c.xlsx"))
    cov = figures["coverage"]
    deadlines = summary_table(tmp_path / "c.xlsx", "Deadlines of open actions")
    return {
        "situation day": {figures["as_of"], actions["as_of"], report["as_of"]},
        "recommendations": {figures["recommendations"], info["counts"]["recommendations"], len(recommendations)},
        "supported": {figures["responses"]["supported"], sum(r["response"] == "supported" for r in recommendations)},
        "assigned %": f"{100 * cov['assigned'] / figures['recommendations']:.0f}%",
        "with a lead %": f"{100 * cov['with_lead'] / figures['recommendations']:.0f}%",
        "assessed lately %": f"{100 * cov['assessed_recently'] / figures['recommendations']:.0f}%",
        "consultations": {figures["consultations"], info["counts"]["consultations"], len(consultations)},
        "recommendations discussed": sorted((c["date"], c["government_body"], len(c["recommendations"])) for c in consultations),
        "actions per consultation": sorted((c["date"], c["government_body"], c["actions"]) for c in consultations),
        "actions": {info["counts"]["actions"], len(actions["actions"])},
        "overdue actions": {figures["actions"]["overdue"], actions["overdue"], sum(a["overdue"] for a in actions["actions"]),
                            deadlines["Overdue"]},
        "open actions": {figures["actions"]["open"] + figures["actions"]["in_progress"], deadlines["Open or in progress"]},
        "overdue actions of JRC": {sum(a["overdue"] for a in actions["actions"] if a["group"] == "JRC"),
                                   next(g["overdue_actions"] for g in groups if g["acronym"] == "JRC")},
        "groups": {g["acronym"]: (g["assigned"], g["assessed"], g["overdue_assessments"] + g["overdue_actions"], g["open_actions"])
                   for g in groups},
        "overdue actions by group": {g["acronym"]: g["overdue_actions"] for g in groups},
        "overdue actions by group (actions list)": dict(Counter(a["group"] for a in actions["actions"] if a["overdue"] and a["group"])),
        "JRC's recommendations": jrc["recommendations"],
        "action statuses": {s: n for s, n in summary_table(tmp_path / "c.xlsx", "Follow-up actions").items() if s != "Total"},
        "local changes": info["local_changes"],
    }


def number(text: str) -> int:
    return int(re.sub(r"\D", "", text) or 0)


def the_app(path: Path, settings: Settings, qtbot: Any, runner: Any) -> dict[str, Any]:
    from upr_desktop.ui.actions.page import ActionsPage
    from upr_desktop.ui.consultations.page import ConsultationsPage
    from upr_desktop.ui.dashboard.page import DashboardPage
    from upr_desktop.ui.groups.page import GroupsPage
    from upr_desktop.ui.hub import DataHub
    from upr_desktop.ui.pages import AppContext
    from upr_desktop.ui.reports_page import ReportsPage
    from upr_desktop.ui.settings import SettingsStore
    from upr_desktop.ui.status_bar import WorkspaceStatusBar
    from upr_desktop.ui.translations import format_date
    from upr_desktop.ui.worker import Operations

    ws = open_workspace(path, settings=settings)
    store, hub = SettingsStore(), DataHub()
    ctx = AppContext(ops=Operations(runner, ws, hub), hub=hub, store=store, workspace=ws)
    try:
        pages = [DashboardPage(ctx), ActionsPage(ctx), GroupsPage(ctx), ConsultationsPage(ctx), ReportsPage(ctx)]
        for page in pages:
            qtbot.addWidget(page)
        dashboard, actions, groups, consultations, reports = pages
        status = WorkspaceStatusBar(ctx.ops)
        qtbot.addWidget(status)
        status.refresh()

        tiles = {key: tile.value.text() for key, tile in dashboard.tiles.items()}
        day = settings.demo_as_of_date() or REFERENCE_DATE
        actions_day = day.isoformat() if f"as of {format_date(day)}" in actions.summary.text() else actions.summary.text()
        due = [actions.model.index(r, 0).data() for r in range(actions.model.rowCount())]
        shown_overdue = sum(d.startswith(WARNING) for d in due)
        assert re.search(rf"\b{shown_overdue} overdue as of", actions.summary.text()), actions.summary.text()
        group_cells = {}
        headers = [c.header for c in groups.model.columns]
        for r in range(groups.model.rowCount()):
            cells = [groups.model.index(r, c).data() for c in range(len(headers))]
            row = dict(zip(headers, cells, strict=True))
            group_cells[row["Acronym"]] = (number(row["Assigned"]), number(row["Assessed"]), number(row["Overdue"]), number(row["Open actions"]))
        loads = [groups.model.row_at(r) for r in range(groups.model.rowCount())]
        jrc_actions = ActionsPage(ctx)
        qtbot.addWidget(jrc_actions)
        jrc_actions.group_filter.setCurrentIndex(jrc_actions.group_filter.findData("JRC"))
        jrc_actions.overdue_check.setChecked(True)
        listed = [consultations.model.row_at(r) for r in range(consultations.model.rowCount())]
        cheaders = [c.header for c in consultations.model.columns]
        ccells = [[consultations.model.index(r, c).data() for c in range(len(cheaders))] for r in range(consultations.model.rowCount())]
        reports.kind.setCurrentIndex(reports.kind.findData("consultations"))
        reports.sensitive.setChecked(True)
        doc = reports.document
        deadlines = {row[0]: row[1] for row in next(t for t in doc.summary if t.title == "Deadlines of open actions").rows}
        deadline_totals = next(t for t in doc.summary if t.title == "Deadlines of open actions").totals
        statuses = {row[0]: row[1] for row in next(t for t in doc.summary if t.title == "Follow-up actions").rows}
        dashboard.group.setCurrentIndex(dashboard.group.findData("JRC"))
        jrc_total = dashboard.tiles["total"].value.text()
        as_of = dashboard.as_of.text()
        return {
            "situation day": {day.isoformat() if as_of.endswith(f"as of {format_date(day)}") else as_of, doc.as_of.isoformat(), actions_day},
            "recommendations": {number(tiles["total"])},
            "supported": {number(tiles["supported"].split()[0])},
            "assigned %": tiles["assigned"],
            "with a lead %": tiles["lead"],
            "assessed lately %": tiles["assessed"],
            "consultations": {number(tiles["consultations"]), consultations.model.rowCount(),
                              number(consultations.summary.text().split()[0])},
            "recommendations discussed": sorted((c.held_on.isoformat(), c.government_body, number(cells[cheaders.index("Recs")]))
                                                for c, cells in zip(listed, ccells, strict=True)),
            "actions per consultation": sorted((c.held_on.isoformat(), c.government_body, number(cells[cheaders.index("Actions")]))
                                               for c, cells in zip(listed, ccells, strict=True)),
            "actions": {actions.model.rowCount(), number(actions.summary.text().split()[0])},
            "overdue actions": {number(tiles["overdue"]), shown_overdue, deadlines["Overdue"]},
            "open actions": {deadline_totals[1]},
            "overdue actions of JRC": {jrc_actions.model.rowCount(), next(g.overdue_actions for g in loads if g.acronym == "JRC")},
            "groups": group_cells,
            "overdue actions by group": {g.acronym: g.overdue_actions for g in loads},
            "overdue actions by group (actions list)": {g.acronym: g.overdue_actions for g in loads if g.overdue_actions},
            "JRC's recommendations": number(jrc_total),
            "action statuses": statuses,
            "local changes": status.info.local_changes if status.info else None,
        }
    finally:
        ctx.stop_idle_work()
        ws.close()


@pytest.mark.parametrize("trainers_day", [None, TRAINERS_DAY], ids=["demo's day", "trainer's day"])
def test_the_app_and_the_command_line_agree(session_demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           qtbot: Any, runner: Any, trainers_day: date | None) -> None:
    path = copy_workspace(session_demo_template, tmp_path / "demo.uprw", new_identity=False)
    settings = Settings(demo_as_of=trainers_day.isoformat() if trainers_day else "")
    save_settings(settings)  # what the command line reads, as the app's Settings page saves it
    cli = command_line(path, tmp_path, capsys)
    app = the_app(path, settings, qtbot, runner)
    day = (trainers_day or REFERENCE_DATE).isoformat()
    assert cli["situation day"] == app["situation day"] == {day}
    for key in cli:
        if isinstance(cli[key], set):
            assert len(cli[key]) == 1, f"the command line disagrees with itself on {key}: {cli[key]}"
            assert len(app[key]) == 1, f"the app disagrees with itself on {key}: {app[key]}"
        assert app[key] == cli[key], key
    assert cli["overdue actions"] != {0}


def test_the_trainer_s_day_changes_what_is_overdue(session_demo_template: Path, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    """The two days above really give different answers (so agreeing on each proves the day reaches every count)."""
    path = copy_workspace(session_demo_template, tmp_path / "demo.uprw", new_identity=False)
    overdue = {}
    for day in ("", TRAINERS_DAY.isoformat()):
        save_settings(Settings(demo_as_of=day))
        found = cli_json(capsys, path, "actions", "list")
        overdue[found["as_of"]] = found["overdue"]
    assert set(overdue) == {REFERENCE_DATE.isoformat(), TRAINERS_DAY.isoformat()}
    assert overdue[TRAINERS_DAY.isoformat()] < overdue[REFERENCE_DATE.isoformat()]


# -- two cycles in one workspace: the cycle filter of every list agrees with --cycle -------------------------------
THIRD_CYCLE = (
    "Recommendation ID,State under Review,Recommendation,Recommending State,Response,Action,Issues,Session\n"
    "39.1,Thailand,Ratify the Optional Protocol to the Convention against Torture,France,Supported,5,Torture and other CID treatment,39\n"
    "39.2,Thailand,Guarantee freedom of expression online,Sweden,Supported,4,Freedom of opinion and expression,39\n"
    "39.3,Thailand,Abolish the death penalty,Spain,Noted,5,Death penalty,39\n"
)


def two_cycles(path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The demo (Thailand, cycle 2, with its groups, consultations and actions) and a third cycle's work beside it."""
    csv = tmp_path / "thailand-cycle3.csv"
    csv.write_text(THIRD_CYCLE, encoding="utf-8")
    cli_json(capsys, path, "import", str(csv), "--cycle", "3")
    cli_json(capsys, path, "assign", "--group", "JRC", "--ref", "39.1", "39.2", "--due", "2025-06-30")
    cli_json(capsys, path, "assign", "--group", "LWAN", "--ref", "39.3", "--due", "2027-01-31")
    cli_json(capsys, path, "assess", "--ref", "39.2", "--group", "JRC", "--status", "partially-implemented")
    cli_json(capsys, path, "actions", "add", "Draft the OPCAT ratification brief", "--group", "JRC", "--due", "2026-01-15",
             "--refs", "39.1")
    cli_json(capsys, path, "actions", "add", "Meet the Senate committee on the death penalty", "--group", "LWAN", "--due",
             "2026-12-01", "--refs", "39.3")
    refs2 = [r["ref"] for r in cli_json(capsys, path, "recommendations", "list", "--cycle", "2")["recommendations"][:1]]
    # An action about recommendations of both cycles is work of each.
    cli_json(capsys, path, "actions", "add", "Follow both torture recommendations", "--group", "JRC", "--due", "2026-02-01",
             "--refs", f"39.1,{refs2[0]}")
    cli_json(capsys, path, "consultations", "add", "--date", "2026-02-10", "--body", "Ministry of Justice", "--kind", "meeting",
             "--refs", "39.1,39.3", "--group", "JRC")


def cycle_counts_cli(path: Path, cycle: int | None, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    extra = ("--cycle", str(cycle)) if cycle is not None else ()
    actions = cli_json(capsys, path, "actions", "list", *extra)
    groups = cli_json(capsys, path, "groups", "list", *extra)["groups"]
    consultations = cli_json(capsys, path, "consultations", "list", *extra)["consultations"]
    figures = cli_json(capsys, path, "dashboard", *extra)
    return {
        "actions": {len(actions["actions"])},
        "overdue actions": {actions["overdue"], sum(a["overdue"] for a in actions["actions"]), figures["actions"]["overdue"]},
        "consultations": {len(consultations), figures["consultations"]},
        "groups": {g["acronym"]: (g["assigned"], g["assessed"], g["overdue_assessments"] + g["overdue_actions"], g["open_actions"])
                   for g in groups},
        "overdue actions by group": {g["acronym"]: g["overdue_actions"] for g in groups if g["overdue_actions"]},
        "overdue actions by group (actions list)": dict(Counter(a["group"] for a in actions["actions"] if a["overdue"] and a["group"])),
    }


def cycle_counts_app(pages: dict[str, Any], cycle: int | None) -> dict[str, Any]:
    for page in pages.values():
        page.cycle.setCurrentIndex(page.cycle.findData(cycle))
    actions, groups, consultations, dashboard = pages["actions"], pages["groups"], pages["consultations"], pages["dashboard"]
    due = [actions.model.index(r, 0).data() for r in range(actions.model.rowCount())]
    headers = [c.header for c in groups.model.columns]
    cells = {}
    for r in range(groups.model.rowCount()):
        row = dict(zip(headers, [groups.model.index(r, c).data() for c in range(len(headers))], strict=True))
        cells[row["Acronym"]] = (number(row["Assigned"]), number(row["Assessed"]), number(row["Overdue"]), number(row["Open actions"]))
    loads = [groups.model.row_at(r) for r in range(groups.model.rowCount())]
    return {
        "actions": {actions.model.rowCount(), number(actions.summary.text().split()[0])},
        "overdue actions": {sum(d.startswith(WARNING) for d in due), number(actions.summary.text().split(";")[1].split()[0]),
                            number(dashboard.tiles["overdue"].value.text())},
        "consultations": {consultations.model.rowCount(), number(consultations.summary.text().split()[0]),
                          number(dashboard.tiles["consultations"].value.text())},
        "groups": cells,
        "overdue actions by group": {g.acronym: g.overdue_actions for g in loads if g.overdue_actions},
        "overdue actions by group (actions list)": {g.acronym: g.overdue_actions for g in loads if g.overdue_actions},
    }


def test_two_cycles_the_pages_and_the_command_line_agree_per_cycle(session_demo_template: Path, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str], qtbot: Any, runner: Any) -> None:
    from upr_desktop.ui.actions.page import ActionsPage
    from upr_desktop.ui.consultations.page import ConsultationsPage
    from upr_desktop.ui.dashboard.page import DashboardPage
    from upr_desktop.ui.groups.page import GroupsPage
    from upr_desktop.ui.hub import DataHub
    from upr_desktop.ui.pages import AppContext
    from upr_desktop.ui.settings import SettingsStore
    from upr_desktop.ui.worker import Operations

    path = copy_workspace(session_demo_template, tmp_path / "demo.uprw", new_identity=False)
    settings = Settings()
    save_settings(settings)
    two_cycles(path, tmp_path, capsys)
    cli = {cycle: cycle_counts_cli(path, cycle, capsys) for cycle in (None, 2, 3)}
    ws = open_workspace(path, settings=settings)
    hub = DataHub()
    ctx = AppContext(ops=Operations(runner, ws, hub), hub=hub, store=SettingsStore(), workspace=ws)
    try:
        pages = {"actions": ActionsPage(ctx), "groups": GroupsPage(ctx), "consultations": ConsultationsPage(ctx),
                 "dashboard": DashboardPage(ctx)}
        for page in pages.values():
            qtbot.addWidget(page)
        assert [pages["groups"].cycle.itemData(i) for i in range(pages["groups"].cycle.count())] == [None, 2, 3]
        app = {cycle: cycle_counts_app(pages, cycle) for cycle in (None, 2, 3)}
    finally:
        ctx.stop_idle_work()
        ws.close()
    for cycle in (None, 2, 3):
        for key in cli[cycle]:
            if isinstance(cli[cycle][key], set):
                assert len(cli[cycle][key]) == 1, f"the command line disagrees with itself on {key} (cycle {cycle}): {cli[cycle][key]}"
                assert len(app[cycle][key]) == 1, f"the app disagrees with itself on {key} (cycle {cycle}): {app[cycle][key]}"
            assert app[cycle][key] == cli[cycle][key], (cycle, key)
    # The filter really narrows: the third cycle holds the new work only; the action about both cycles counts in each.
    (third,) = cli[3]["actions"]
    (second,) = cli[2]["actions"]
    (every,) = cli[None]["actions"]
    assert third == 3 and second + third == every + 1
    assert cli[3]["groups"]["JRC"][:2] == (2, 1) and cli[3]["groups"]["LWAN"][:2] == (1, 0)
    assert cli[3]["consultations"] == {1}
    (overdue3,) = cli[3]["overdue actions"]
    assert overdue3 == 2  # the OPCAT brief and the action about both cycles, due before the demo's day
