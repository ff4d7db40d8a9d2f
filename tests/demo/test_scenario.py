"""The workshop scenario: four returned workbooks, each merging as the trainer is told it will."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from openpyxl import load_workbook

from upr_desktop.core.storage.workspace_file import WorkspaceFile
from upr_desktop.demo import create_demo
from upr_desktop.demo.scenario import write_scenario
from upr_desktop.errors import UserError
from upr_desktop.exchange import layout
from upr_desktop.exchange.merge_run import merge_returns


@pytest.fixture
def demo(demo_template: Path, tmp_path: Path) -> WorkspaceFile:
    ws = create_demo(tmp_path / "demo.uprw")
    yield ws
    ws.close()


def merge_and_compare(ws: WorkspaceFile, scenario) -> list:  # type: ignore[no-untyped-def]
    results = []
    for f in scenario.files:
        plan = merge_returns(ws, [f.path]).files[0]
        assert f.expect is not None
        assert (plan.status, plan.added, plan.updated, len(plan.conflicts), len(plan.rejected)) == (
            f.expect.status, f.expect.added, f.expect.updated, f.expect.conflicts, f.expect.rejected), f.path.name
        results.append(plan)
    return results


def test_scenario_files_merge_as_expected(demo: WorkspaceFile, tmp_path: Path) -> None:
    scenario = write_scenario(demo, tmp_path / "workshop", say=lambda _t: None, use_libreoffice=False)
    names = [f.path.name for f in scenario.files]
    assert names == ["1-clean-return-MWSC.xlsx", "2-libreoffice-return-LWAN.xlsx",
                     "3-conflicting-return-JRC.xlsx", "4-return-with-mistakes-FEW.xlsx"]
    assert "emulated" in scenario.libreoffice
    clean, lo, conflict, mistakes = merge_and_compare(demo, scenario)
    assert clean.status == "merged" and clean.added >= 4 and not clean.conflicts and not clean.rejected
    assert lo.status == "merged" and lo.added >= 4 and not lo.conflicts and not lo.rejected
    assert {c.field for c in conflict.conflicts} == {"status", "evidence"} and conflict.added >= 1
    reasons = " ".join(r.reason for r in mistakes.rejected)
    assert "'Mostly done' is not in the Status list" in reasons and "'next Tuesday' is not a date" in reasons
    assert mistakes.added == 1  # the good row still merges
    text = scenario.describe()
    assert "Expected: merged" in text and "conflict on" in text and "next Tuesday" in text


def test_the_scenarios_words_match_each_merge_preview(demo: WorkspaceFile, tmp_path: Path) -> None:
    """One truth: what the script tells the trainer is what the app's merge preview of each file shows, in order."""
    from upr_desktop.exchange import plan_words
    from upr_desktop.exchange.merge_run import preview_merge

    scenario = write_scenario(demo, tmp_path / "workshop", say=lambda _t: None, use_libreoffice=False)
    text = scenario.describe()
    for f in scenario.files:
        preview = preview_merge(demo, [f.path]).files[0]  # what the Exchange page shows before Apply
        assert f.does == plan_words.summary(preview) + ".", f.path.name
        assert f.expect is not None and f.expect.details == plan_words.details(preview), f.path.name
        assert (f.expect.conflicts, f.expect.rejected) == (len(preview.conflicts), len(preview.rejected))
        assert f"{f.story} {f.does}" in text
        for change in preview.updates:  # every field change the preview lists is in the script, before -> after
            assert any(change.label in line and "\u2192" in line for line in f.expect.details), (f.path.name, change)
        merge_returns(demo, [f.path])
    clean = scenario.files[0]
    # The clean return marks an action done, and the script says so only because the preview shows it.
    assert any(line.endswith("\u2192 Done") for line in clean.expect.details), clean.expect.details
    assert not any("\u2192 In progress" in line for line in clean.expect.details)


def test_libreoffice_file_looks_like_a_libreoffice_resave(demo: WorkspaceFile, tmp_path: Path) -> None:
    scenario = write_scenario(demo, tmp_path / "workshop", say=lambda _t: None, use_libreoffice=False)
    wb = load_workbook(scenario.files[1].path)
    assert wb[layout.META_SHEET].sheet_state == "hidden"
    assert wb[layout.RECOMMENDATIONS_SHEET].freeze_panes is None
    sent = load_workbook(tmp_path / "workshop" / "sent" / "LWAN-workbook.xlsx")
    assert sent[layout.META_SHEET].sheet_state == "veryHidden"


def test_merging_the_same_return_twice_adds_nothing(demo: WorkspaceFile, tmp_path: Path) -> None:
    scenario = write_scenario(demo, tmp_path / "workshop", say=lambda _t: None, use_libreoffice=False)
    merge_returns(demo, [scenario.files[0].path])
    again = merge_returns(demo, [scenario.files[0].path]).files[0]
    assert again.added == 0 and again.updated == 0


def test_scenario_refuses_a_real_workspace(workspace: WorkspaceFile, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="demo coalition only"):
        write_scenario(workspace, tmp_path / "workshop")
    assert not (tmp_path / "workshop").exists()


@pytest.mark.slow
@pytest.mark.libreoffice
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) not installed")
def test_scenario_with_real_libreoffice(demo: WorkspaceFile, tmp_path: Path) -> None:
    scenario = write_scenario(demo, tmp_path / "workshop", say=lambda _t: None, use_libreoffice=True)
    assert "resaved with LibreOffice" in scenario.libreoffice
    merge_and_compare(demo, scenario)


@pytest.mark.slow  # over 1.5 s: the README's command stays under 4 minutes; CI runs it
def test_demo_command_writes_the_scenario(demo_template: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from upr_desktop.cli import main

    code = main(["demo", "--workspace", str(tmp_path / "d.uprw"), "--scenario", str(tmp_path / "w"), "--json"])
    assert code == 0
    data = json.loads(capsys.readouterr().out)
    assert len(data["scenario"]["files"]) == 4
    assert all(f["expect"]["status"] == "merged" for f in data["scenario"]["files"])
