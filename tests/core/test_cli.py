"""The foundation CLI as a new user runs it: create, add groups, assign, assess, consult, back up, restore, export."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def test_the_whole_readme_walkthrough(cli, tmp_path):
    created = cli("init", "--name", "Thai Coalition", "--country", "thailand", "--cycle", "2", json_output=True)
    assert created["state_under_review"] == "Thailand"
    cli("groups", "add", "Legal Aid Network", "--acronym", "LAN", "--region", "North")
    cli("groups", "add", "Women's Voices", "--acronym", "WV")
    cli("recommendations", "add", "--ref", "158.1", "--text", "Ratify OP-CAT", "--response", "Supported", "--from", "France", "--from", "Viet Nam", "--theme", "Torture")
    cli("recommendations", "add", "--ref", "158.2", "--text", "Abolish the death penalty", "--response", "noted", "--from", "Spain")
    assert cli("assign", "--group", "LAN", "--all", "--due", "2027-01-31", json_output=True)["created"] == 2
    cli("assign", "--group", "WV", "--ref", "158.1", "--role", "support")
    cli("assess", "--ref", "158.1", "--group", "LAN", "--status", "Partially implemented", "--evidence", "Bill tabled", "--date", "2026-06-01")
    cli("consultations", "add", "--date", "2026-10-01", "--body", "Ministry of Justice", "--kind", "Written Submission", "--refs", "158.1,158.2", "--summary", "Met", "--government-participants", "Ms. X")
    listed = cli("consultations", "list", json_output=True)["consultations"]
    assert listed[0]["kind"] == "written-submission" and listed[0]["recommendations"] == ["158.1", "158.2"]
    assert "Backed up" in cli("backup")
    assert len(cli("backups", json_output=True)["backups"]) == 1
    info = cli("info", json_output=True)
    assert info["counts"]["recommendations"] == 2 and info["counts"]["assignments"] == 3 and info["last_backup"]

    data = cli("export-json", json_output=True)
    rec = data["recommendations"][0]
    assert set(rec) >= {"id", "ref", "text", "state_under_review", "recommending_states", "response", "action_category", "session", "cycle", "themes", "sdgs", "assignments", "assessments"}
    assert rec["recommending_states"] == ["France", "Viet Nam"]
    assert rec["assessments"][0]["status"] == "partially-implemented"
    assert {a["group"] for a in rec["assignments"]} == {"LAN", "WV"}
    assert set(data) >= {"recommendations", "groups", "consultations", "actions", "merges"}
    assert "government_participants" not in data["consultations"][0]
    sensitive = cli("export-json", "--include-sensitive", json_output=True)
    assert sensitive["consultations"][0]["government_participants"] == "Ms. X" and sensitive["include_sensitive"] is True

    out_file = tmp_path / "out.json"
    cli("export-json", "-o", str(out_file))
    assert json.loads(out_file.read_text())["workspace"]["name"] == "Thai Coalition"

    cli("recommendations", "add", "--ref", "158.3", "--text", "Oops", "--response", "pending")
    assert "Undone" in cli("undo")
    assert [r["ref"] for r in cli("recommendations", "list", json_output=True)["recommendations"]] == ["158.1", "158.2"]
    assert "Redone" in cli("redo")
    assert [r["ref"] for r in cli("recommendations", "list", "--search", "abol", json_output=True)["recommendations"]] == ["158.2"]
    assert "Restored" in cli("restore", "latest")
    assert cli("info", json_output=True)["counts"]["recommendations"] == 2


def test_a_recommendation_is_corrected_from_the_command_line_and_undone(cli):
    cli("init", "--name", "C", "--country", "Kenya")
    cli("recommendations", "add", "--ref", "158.1", "--text", "Ratify OP-CAT", "--response", "noted", "--from", "France")
    edited = cli("recommendations", "edit", "158.1", "--text", "Ratify the OP-CAT", "--response", "supported",
                 "--from", "Chile", "--from", "Viet Nam", "--new-ref", "158.10", json_output=True)
    assert edited["ref"] == "158.10" and edited["changed"] is True
    assert edited["response"] == "supported" and edited["recommending_states"] == ["Chile", "Viet Nam"]
    listed = cli("recommendations", "list", json_output=True)["recommendations"]
    assert [(r["ref"], r["text"]) for r in listed] == [("158.10", "Ratify the OP-CAT")]
    again = cli("recommendations", "edit", "158.10", "--text", "Ratify the OP-CAT", json_output=True)
    assert again["changed"] is False
    assert "already said so" in cli("recommendations", "edit", "158.10", "--response", "supported")
    assert "Say what to change" in cli("recommendations", "edit", "158.10", expect=1)
    assert "No recommendation with reference '9.9'" in cli("recommendations", "edit", "9.9", "--text", "x", expect=1)
    cli("recommendations", "add", "--ref", "158.2", "--text", "Abolish the death penalty", "--response", "noted")
    assert "'158.2' already exists" in cli("recommendations", "edit", "158.10", "--new-ref", "158.2", expect=1)
    cli("undo")  # the second recommendation
    assert cli("undo", json_output=True)["undone"] == "Edit recommendation 158.1"  # edits that changed nothing left no step
    assert [r["ref"] for r in cli("recommendations", "list", json_output=True)["recommendations"]] == ["158.1"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("assess", "--ref", "158.9", "--group", "LAN", "--status", "unknown"), "No recommendation with reference '158.9'"),
        (("assess", "--ref", "158.1", "--group", "LAN", "--status", "half"), "'half' is not a known status"),
        (("assign", "--group", "ZZ", "--all"), "No member group with acronym 'ZZ'"),
        (("consultations", "add", "--date", "yesterday", "--body", "MoJ", "--kind", "meeting"), "YYYY-MM-DD"),
        (("recommendations", "add", "--ref", "9", "--text", "", "--response", "noted"), "cannot be empty"),
    ],
)
def test_user_errors_exit_1_with_one_line(cli, capsys, argv, message):
    cli("init", "--name", "C", "--country", "Kenya")
    cli("groups", "add", "Legal", "--acronym", "LAN")
    cli("recommendations", "add", "--ref", "158.1", "--text", "x", "--response", "noted")
    out = cli(*argv, expect=1)
    assert message in out
    assert len(out.strip().splitlines()) == 1


def test_json_and_workspace_are_accepted_after_the_command(cli, workspace_path):
    cli("init", "--name", "C", "--country", "Kenya")
    from upr_desktop.cli import main

    assert main(["groups", "list", "--workspace", str(workspace_path), "--json"]) == 0


def test_bad_usage_exits_2(cli):
    assert "invalid choice" in cli("frobnicate", expect=2)
    cli("assign", "--group", "X", expect=2)  # no --ref/--theme/--all


def test_missing_workspace_is_a_clear_error(cli):
    assert "No workspace at" in cli("info", expect=1)


def test_module_entry_point_reports_version():
    result = subprocess.run([sys.executable, "-m", "upr_desktop", "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("upr-desktop ")


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["import", "--help"], ["report", "--help"], ["links", "--help"]])
def test_version_and_help_load_no_database_or_spreadsheet_library(argv) -> None:
    """--version and --help answer from the parser alone: SQLAlchemy, openpyxl and the keyring stay unloaded."""
    probe = ("import runpy, sys\n"
             f"sys.argv = ['upr-desktop', *{argv!r}]\n"
             "try:\n    runpy.run_module('upr_desktop', run_name='__main__')\nexcept SystemExit:\n    pass\n"
             "print(sorted(m for m in ('sqlalchemy', 'openpyxl', 'keyring', 'python_calamine', 'upr_desktop.exchange.conflicts')"
             " if m in sys.modules), file=sys.stderr)")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip(), result.stderr
    assert result.stderr.strip().splitlines()[-1] == "[]"


def test_no_command_opens_the_app_without_loading_the_command_modules(monkeypatch) -> None:
    import sys

    from upr_desktop import cli

    assert cli.app_arguments(["--workspace", "w.uprw", "--lang", "fr"]).workspace == "w.uprw"
    assert cli.app_arguments([]).command is None
    for argv in (["--help"], ["--version"], ["list"], ["--workspace", "w.uprw", "groups", "list"], ["--workspace"]):
        assert cli.app_arguments(argv) is None, argv
    calls = []
    monkeypatch.setattr("upr_desktop.ui.app.run_app", lambda args: calls.append(args) or 0)
    monkeypatch.delitem(sys.modules, "upr_desktop.commands.exchange", raising=False)
    assert cli.main(["--workspace", "w.uprw"]) == 0
    assert calls[0].workspace == "w.uprw" and calls[0].command is None
    assert "upr_desktop.commands.exchange" not in sys.modules


def test_status_facts_agree_with_workspace_info(workspace) -> None:
    from upr_desktop.core.read.workspace_facts import status_facts, workspace_info

    full, facts = workspace_info(workspace), status_facts(workspace)
    assert facts == {key: full[key] for key in ("name", "location", "encrypted", "last_backup", "local_changes")}


def test_the_command_line_speaks_the_chosen_language(cli):
    """--lang, else the language chosen in Settings; plural forms too; English again afterwards; data stays ISO."""
    from upr_desktop.settings import Settings, save_settings

    cli("init", "--name", "C", "--country", "Kenya")
    cli("groups", "add", "Legal", "--acronym", "LAN")
    cli("actions", "add", "Write to the ministry", "--group", "LAN", "--due", "2020-01-31")
    assert "1 action; 1 overdue as of" in cli("actions", "list")
    french = cli("--lang", "fr", "actions", "list")
    assert "1 action ; 1 en retard au " in french and "overdue" not in french
    assert "2020-01-31" in french  # the command line keeps ISO dates
    assert "EN RETARD" in french and "OVERDUE" not in french
    groups = cli("--lang", "fr", "groups", "list")
    assert "0 attribuée, 0 évaluée, 1 en retard, 1 action ouverte" in groups
    assert "0 assigned, 0 assessed, 1 overdue, 1 open action" in cli("groups", "list")
    info = cli("--lang", "fr", "info")
    assert "version du schéma :" in info and "actions de suivi: 1" in info and "schema version" not in info
    assert "إجراء واحد؛" in cli("--lang", "ar", "actions", "list")
    save_settings(Settings(language="es"))  # as the app's Settings page saves it
    assert "1 acción; 1 atrasadas al" in cli("actions", "list")
    assert "1 action ; 1 en retard" in cli("--lang", "fr", "actions", "list")  # --lang wins
    save_settings(Settings())
    assert "1 action; 1 overdue as of" in cli("actions", "list")
    out = cli("--lang", "xx", "actions", "list", expect=1)
    assert "'xx' is not a language this app ships" in out and "fr" in out


@pytest.mark.needs_file  # about the workspace file's integrity check
def test_info_reads_only_what_it_shows(cli, monkeypatch):
    from upr_desktop.core.storage import workspace_file

    cli("init", "--name", "C", "--country", "Kenya")
    cli("recommendations", "add", "--ref", "158.1", "--text", "Ratify OP-CAT", "--response", "noted", "--from", "France")

    def whole_file_check(_engine):
        raise AssertionError("info ran PRAGMA quick_check over the whole file")

    monkeypatch.setattr(workspace_file, "quick_check", whole_file_check)
    assert cli("info", json_output=True)["counts"]["recommendations"] == 1
    with pytest.raises(AssertionError, match="quick_check"):
        cli("recommendations", "list")  # any other command still checks the file it opens


@pytest.mark.needs_file  # a damaged workspace file
def test_info_on_a_damaged_workspace_says_so_in_one_line(cli, workspace_path):
    cli("init", "--name", "C", "--country", "Kenya")
    data = bytearray(workspace_path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the schema page's cells
    workspace_path.write_bytes(bytes(data))
    out = cli("info", expect=1)
    assert "Traceback" not in out and out.strip().count("\n") == 0 and "upr-desktop: error:" in out
