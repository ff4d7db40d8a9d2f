"""Who may do what, enforced by the server; moving a workspace to a server and back with nothing lost."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.exchange.conftest import seed
from upr_desktop.cli import main
from upr_desktop.core.services import assessments, consultations, recommendations
from upr_desktop.operations.workspace import open_workspace
from upr_desktop.errors import UserError

# A PostgreSQL cluster is started for these (about 20 s in all): CI runs them with the slow tests, so
# that the README's command stays under 4 minutes.
pytestmark = pytest.mark.slow


def _cli(location: str, capsys: pytest.CaptureFixture[str], *argv: str, expect: int = 0) -> Any:
    code = main(["--workspace", location, "--json", *argv])
    out, err = capsys.readouterr()
    assert code == expect, err or out
    return json.loads(out) if out.strip().startswith("{") else out + err


def test_a_member_writes_only_its_own_groups_records(pg_cluster: Any, pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    with open_workspace(pg_url) as ws:
        seed(ws)
    _cli(pg_url, capsys, "server", "add-user", "acr_amina", "--role", "member", "--group", "ACR")
    _cli(pg_url, capsys, "server", "add-user", "sec_budi", "--role", "secretariat")
    assert "No member group 'XYZ'" in str(_cli(pg_url, capsys, "server", "add-user", "x_y", "--role", "member", "--group", "XYZ", expect=1))
    database = pg_url.rsplit("/", 1)[1]
    with open_workspace(pg_cluster.url(database, "acr_amina")) as member:
        with member.transaction() as s:  # its own group's assessment: the status trigger runs as the owner
            assessments.record_assessment(s, ref="145.3", group="ACR", status="fully-implemented", assessed_on="2025-02-01")
            consultations.log_consultation(s, held_on="2025-02-02", government_body="Ministry of Health", kind="meeting", group="ACR")
        with member.session() as s:
            assert recommendations.recommendation_by_ref(s, "145.3").current_status == "fully-implemented"
        for write in (lambda s: assessments.record_assessment(s, ref="145.3", group="WV", status="unknown", assessed_on="2025-02-01"),
                      lambda s: recommendations.update_recommendation(s, "145.1", text="Rewritten by a member")):
            with pytest.raises(UserError, match="server refused.*acr_amina"), member.transaction() as s:
                write(s)
    with open_workspace(pg_cluster.url(database, "sec_budi")) as secretariat, secretariat.transaction() as s:
        assessments.record_assessment(s, ref="145.3", group="WV", status="unknown", assessed_on="2025-03-01")
        recommendations.update_recommendation(s, "145.1", text="Rewritten by the secretariat")


def test_move_to_a_server_and_back_keeps_everything(workspace, pg_empty_url: str, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    seed(workspace)
    path = str(workspace.path)
    workspace.close()
    before = _cli(path, capsys, "export-json", "--include-sensitive")
    moved = _cli(path, capsys, "move-to", pg_empty_url)
    assert moved["copied"]["recommendation"] == 6
    on_server = _cli(pg_empty_url, capsys, "export-json", "--include-sensitive")
    assert on_server == before
    assert "not empty" in str(_cli(path, capsys, "move-to", pg_empty_url, expect=1))
    back = tmp_path / "back.uprw"
    _cli(pg_empty_url, capsys, "move-to", str(back))
    assert _cli(str(back), capsys, "export-json", "--include-sensitive") == before
    assert _cli(str(back), capsys, "check")["ok"] and _cli(pg_empty_url, capsys, "check")["ok"]
    assert _cli(pg_empty_url, capsys, "dashboard") == _cli(path, capsys, "dashboard")


def test_backup_and_restore_with_pg_dump(pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    with open_workspace(pg_url) as ws:
        seed(ws)
    made = _cli(pg_url, capsys, "backup")
    assert "Backed up" in str(made) or made
    listed = _cli(pg_url, capsys, "backups")["backups"]
    assert len(listed) == 1 and listed[0]["size"] > 10_000
    _cli(pg_url, capsys, "recommendations", "add", "--ref", "9.9", "--text", "Added after the backup", "--response", "noted")
    dry = _cli(pg_url, capsys, "restore", "latest", "--dry-run")
    assert dry  # says what it would undo
    _cli(pg_url, capsys, "restore", "latest")
    refs = [r["ref"] for r in _cli(pg_url, capsys, "recommendations", "list")["recommendations"]]
    assert "9.9" not in refs and "145.1" in refs
    assert _cli(pg_url, capsys, "check")["ok"]
    assert len(_cli(pg_url, capsys, "backups")["backups"]) == 2  # the state before the restore was kept too
    monkeypatch.setenv("PATH", "/nonexistent")
    from upr_desktop.core.storage import server_backup

    monkeypatch.setattr(server_backup, "client_program", lambda name: None)
    assert "pg_dump is not installed" in str(_cli(pg_url, capsys, "backup", expect=1))


def test_add_user_with_a_password(pg_cluster: Any, pg_url: str, capsys: pytest.CaptureFixture[str],
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Defect: ``server add-user NAME --password`` sent ``ALTER ROLE NAME PASSWORD $1``, which PostgreSQL refuses (a
    utility statement takes no parameters): no login could be given a password from the app."""
    with open_workspace(pg_url) as ws:
        seed(ws)
    monkeypatch.setenv("UPR_DESKTOP_NEW_PASSWORD", "it's a long one; with 'quotes'")
    made = _cli(pg_url, capsys, "server", "add-user", "sec_dara", "--role", "secretariat", "--password")
    assert made["user"] == "sec_dara"
    database = pg_url.rsplit("/", 1)[1]
    with pg_cluster.admin(database) as conn:
        assert conn.execute("SELECT rolpassword IS NOT NULL FROM pg_authid WHERE rolname = 'sec_dara'").fetchone() == (True,)


def test_move_to_never_repeats_a_password_typed_in_the_url(workspace, pg_empty_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Defect: ``move-to postgresql://ROLE:PASSWORD@HOST/DB`` printed the URL as typed, password included, twice, and
    proposed it in a command line to run (the shell's history keeps it)."""
    path = str(workspace.path)
    workspace.close()
    with_password = pg_empty_url.replace("://upr_admin@", "://upr_admin:s3cret-Pw@")
    assert with_password != pg_empty_url
    assert main(["--workspace", path, "move-to", with_password]) == 0
    out, err = capsys.readouterr()
    assert "s3cret-Pw" not in out + err
    assert f'--workspace "{pg_empty_url}"' in out
