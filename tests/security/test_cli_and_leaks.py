"""The security CLI, and that neither keys nor sensitive fields leave unless asked for."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from security.support import MARKERS, PASSPHRASE, populate
from upr_desktop.core.storage import backups
from upr_desktop.core.domain.models import ExchangeExport
from upr_desktop.core.services import assignments, consultations
from upr_desktop.core.services.lookup import recommendations_by_refs
from upr_desktop.core.storage.workspace_file import create_workspace
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.security import keystore, unlock


@pytest.fixture
def env_passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASSPHRASE)
    return PASSPHRASE


def test_init_encrypt_and_use(cli, workspace_path: Path, env_passphrase: str, monkeypatch: pytest.MonkeyPatch) -> None:
    info = cli("init", "--name", "Coalition", "--country", "Thailand", "--encrypt", json_output=True)
    assert info["encrypted"] is True
    assert cipher.is_encrypted(workspace_path)
    cli("groups", "add", MARKERS["group"], "--acronym", "QHRL")
    assert MARKERS["group"].encode() not in workspace_path.read_bytes()
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, "the wrong one entirely")
    out = cli("info", expect=1)
    assert "Wrong passphrase" in out and "the wrong one" not in out
    monkeypatch.delenv(unlock.PASSPHRASE_ENV)
    out = cli("info", expect=1)
    assert "protected by a passphrase" in out


def test_init_encrypt_refuses_short_passphrase(cli, workspace_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, "short")
    cli("init", "--name", "Coalition", "--country", "Thailand", "--encrypt", expect=1)
    assert not workspace_path.exists()


def test_protect_rekey_unprotect_commands(cli, workspace_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cli("init", "--name", "Coalition", "--country", "Thailand")
    cli("groups", "add", MARKERS["group"], "--acronym", "QHRL")
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, PASSPHRASE)
    data = cli("protect", "--remember", json_output=True)
    assert data["encrypted"] and data["remembered"] and data["safety_backup"]
    monkeypatch.delenv(unlock.PASSPHRASE_ENV)
    assert "QHRL" in cli("groups", "list")  # opened with the remembered key
    monkeypatch.setenv("UPR_DESKTOP_NEW_PASSPHRASE", "a brand new passphrase")
    cli("rekey", "--no-remember")
    assert keystore.workspace_key_for(workspace_path) is None
    cli("groups", "list", expect=1)
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, "a brand new passphrase")
    cli("remember-key")
    monkeypatch.delenv(unlock.PASSPHRASE_ENV)
    assert "QHRL" in cli("groups", "list")
    out = cli("forget-key")
    assert "removed" in out
    cli("groups", "list", expect=1)
    monkeypatch.setenv(unlock.PASSPHRASE_ENV, "a brand new passphrase")
    cli("unprotect")
    monkeypatch.delenv(unlock.PASSPHRASE_ENV)
    assert not cipher.is_encrypted(workspace_path)
    assert "QHRL" in cli("groups", "list")


def test_keyring_command_and_forget_all(cli, workspace_path: Path, env_passphrase: str) -> None:
    assert cli("keyring", json_output=True)["usable"] is True
    cli("init", "--name", "Coalition", "--country", "Thailand", "--encrypt", "--remember")
    assert keystore.workspace_key_for(workspace_path) is not None
    removed = cli("forget-key", "--all", json_output=True)["removed"]
    assert len(removed) == 1 and keystore.workspace_key_for(workspace_path) is None


def test_delete_workspace_command(cli, workspace_path: Path, env_passphrase: str) -> None:
    cli("init", "--name", "Coalition", "--country", "Thailand", "--encrypt", "--remember")
    cli("backup")
    out = cli("delete-workspace", expect=1)
    assert str(workspace_path) in out and "--yes" in out and "workspace-key:" in out
    assert workspace_path.exists()
    cli("delete-workspace", "--yes")
    assert not workspace_path.exists() and backups.list_backups(workspace_path) == []
    assert keystore.stored_entries() == []


def test_export_json_carries_no_key_and_no_sensitive_fields(cli, workspace_path: Path, env_passphrase: str) -> None:
    key = cipher.derive_key(PASSPHRASE, cipher.new_salt())
    ws = create_workspace(workspace_path, name="Coalition", country="Thailand", key=key)
    populate(ws)
    with ws.transaction() as s:
        consultations.log_consultation(s, held_on="2024-06-01", government_body="Police", kind="meeting", summary="Confidential Ocelot briefing", confidential=True)
        consultations.add_action(s, description="Secret Pangolin follow-up", confidential=True)
    ws.close()
    plain = cli("export-json")
    for secret in (PASSPHRASE, key.hex(), key[:32].hex()):
        assert secret not in plain
    data = json.loads(plain)
    assert data["include_sensitive"] is False
    for hidden in (MARKERS["contact"], MARKERS["participants"], "Ocelot", "Pangolin"):
        assert hidden not in plain
    assert MARKERS["consultation"] in plain  # a non-confidential consultation's summary is shared
    full = cli("export-json", "--include-sensitive")
    data = json.loads(full)
    assert data["include_sensitive"] is True
    for shown in (MARKERS["contact"], MARKERS["participants"], "Ocelot", "Pangolin"):
        assert shown in full
    assert PASSPHRASE not in full and key.hex() not in full


def _xlsx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as z:
        return "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))


def test_exchange_workbook_keeps_sensitive_fields_out_unless_asked(any_workspace, tmp_path: Path) -> None:
    from upr_desktop.exchange.export import export_workbook

    with any_workspace.transaction() as s:
        assignments.assign(s, "QHRL", recommendations_by_refs(s, ["145.1", "145.2"]))
        consultations.log_consultation(
            s, held_on="2024-06-01", government_body="Police", kind="meeting", refs=["145.1"], group="QHRL",
            summary="Confidential Ocelot briefing", confidential=True,
        )
    default = export_workbook(any_workspace, group="QHRL", target=tmp_path / "qhrl.xlsx")
    assert default.include_sensitive is False
    text = _xlsx_text(tmp_path / "qhrl.xlsx")
    assert MARKERS["recommendation"] in text  # the check below means something
    for hidden in (MARKERS["participants"], MARKERS["contact"], "Ocelot"):
        assert hidden not in text, hidden
    full = export_workbook(any_workspace, group="QHRL", target=tmp_path / "qhrl-full.xlsx", include_sensitive=True)
    text = _xlsx_text(tmp_path / "qhrl-full.xlsx")
    assert full.include_sensitive is True
    assert MARKERS["participants"] in text and "Ocelot" in text
    with any_workspace.session() as s:
        recorded = {e.export_id: e.include_sensitive for e in s.scalars(select(ExchangeExport))}
    assert recorded == {default.export_id: False, full.export_id: True}


@pytest.mark.slow  # over 1.5 s: the README's command stays under 4 minutes; CI runs it
def test_passphrase_not_in_process_arguments(tmp_path: Path) -> None:
    """Run the real CLI as a process and read its command line while it derives the key."""
    env = {**os.environ, "UPR_DESKTOP_HOME": str(tmp_path / "home"), unlock.PASSPHRASE_ENV: PASSPHRASE, "PYTHONPATH": ""}
    target = tmp_path / "ps.uprw"
    proc = subprocess.Popen(
        [sys.executable, "-m", "upr_desktop", "-w", str(target), "init", "--name", "PS", "--country", "Kenya", "--encrypt"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    seen: list[bytes] = []
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        try:
            seen.append(Path(f"/proc/{proc.pid}/cmdline").read_bytes())
        except OSError:
            break
        time.sleep(0.02)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert seen and any(b"init" in s for s in seen)
    for cmdline in seen:
        assert PASSPHRASE.encode() not in cmdline
    assert PASSPHRASE.encode() not in out + err
    assert cipher.is_encrypted(target)


def test_move_to_a_new_file_keeps_a_protected_workspace_protected(cli, workspace_path: Path, env_passphrase: str, tmp_path: Path) -> None:
    """Defect: ``move-to NEW.uprw`` from a protected workspace wrote every row, names of people met included, into a
    plain SQLite file anyone could read."""
    cli("init", "--name", "Coalition", "--country", "Thailand", "--encrypt")
    cli("groups", "add", MARKERS["group"], "--acronym", "QHRL")
    target = tmp_path / "moved.uprw"
    cli("move-to", str(target))
    assert cipher.is_encrypted(target)
    assert MARKERS["group"].encode() not in target.read_bytes()
    from upr_desktop.cli import main

    assert main(["--workspace", str(target), "groups", "list"]) == 0  # the same passphrase opens it
