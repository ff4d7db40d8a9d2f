"""Single-byte damage inside stored values: before, three flips passed `check`, one crashed four commands
with a JSONDecodeError and one silently changed a stored id. Now `check` names each damaged record,
the other commands say the file is damaged in one line, and `export-json --salvage` saves the rest."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from upr_desktop.core.services import assessments, assignments, groups, recommendations
from upr_desktop.core.storage.workspace_file import create_workspace


@pytest.fixture
def filled(workspace_path: Path) -> Path:
    ws = create_workspace(workspace_path, name="Test Coalition", country="Thailand", cycles=[2])
    with ws.transaction() as s:
        groups.add_group(s, name="Action for Children's Rights", acronym="ACR")
        recommendations.add_recommendation(s, ref="145.1", text="Ratify the Optional Protocol to the Convention against Torture",
                                           response="supported", recommending_states=["Norway"])
        recommendations.add_recommendation(s, ref="145.2", text="Guarantee freedom of expression online", response="noted",
                                           recommending_states=["France", "Brazil"])
        recommendations.add_recommendation(s, ref="145.3", text="Abolish the death penalty", response="noted", recommending_states=["Portugal"])
        assessments.record_assessment(s, ref="145.1", group="ACR", status="partially-implemented", evidence="Bill tabled", assessed_on="2024-01-10")
        assignments.assign(s, "ACR", assignments.select_recommendations(s, refs=["145.1", "145.2", "145.3"]), role="lead")
    ws.close()
    return workspace_path


def _flip(path: Path, table: str, old: bytes, new: bytes) -> None:
    """Change bytes inside ``table``'s own pages (not its indexes), as a failing disk or a stray write would."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    at = data.find(old, start, start + page_size)
    assert at >= 0, f"{old!r} not in the pages of {table}"
    assert len(old) == len(new)
    data[at : at + len(old)] = new
    path.write_bytes(bytes(data))


def _uuid(path: Path, ref: str) -> str:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT uuid FROM recommendation WHERE ref = ?", (ref,)).fetchone()[0]


def test_a_list_that_is_no_longer_json(filled: Path, cli, tmp_path: Path) -> None:
    _flip(filled, "recommendation", b'["France","Brazil"]', b'["France";"Brazil"]')
    out = cli("check", expect=1)
    assert "recommendation 145.2 (row 2): the stored recommending_states cannot be read: it is not valid JSON" in out
    assert "export-json --salvage" in out
    for argv in (["recommendations", "list"], ["export-json"], ["export-workbook", "--group", "ACR", "-o", str(tmp_path / "w.xlsx")],
                 ["report", "--kind", "implementation", "-o", str(tmp_path / "r.xlsx")]):
        out = cli(*argv, expect=1)
        assert "the file is damaged" in out and "Traceback" not in out and out.count("\n") == 1, (argv, out)
    cli("export-json", "--salvage", "-o", str(tmp_path / "saved.json"))
    saved = json.loads((tmp_path / "saved.json").read_text())
    assert [r["ref"] for r in saved["recommendations"]] == ["145.1", "145.3"]
    assert saved["recommendations"][0]["assessments"][0]["evidence"] == "Bill tabled"
    assert any("145.2" in d for d in saved["damaged"])


def test_an_id_changed_in_place(filled: Path, cli) -> None:
    uuid = _uuid(filled, "145.3")
    changed = uuid[:-1] + ("0" if uuid[-1] != "0" else "1")
    _flip(filled, "recommendation", uuid.encode(), changed.encode())
    out = cli("check", expect=1)
    assert "recommendation 145.3 (row 3)" in out
    assert f"its id is {changed} but the change log recorded {uuid}" in out


def test_text_that_is_no_longer_utf8(filled: Path, cli) -> None:
    _flip(filled, "recommendation", b"death penalty", b"death\xffpenalty")
    out = cli("check", expect=1)
    assert "recommendation 145.3 (row 3): the stored text cannot be read: it is not readable text" in out
    out = cli("recommendations", "list", expect=1)
    assert "the file is damaged" in out and "Traceback" not in out


def test_a_date_that_is_no_longer_a_date(filled: Path, cli) -> None:
    _flip(filled, "assessment", b"2024-01-10", b"2024-0q-10")
    out = cli("check", expect=1)
    assert "assessment of recommendation 145.1 (row 1): the stored assessed_on cannot be read: '2024-0q-10' is not a date" in out


def test_the_search_index_against_the_rows(filled: Path, cli) -> None:
    with sqlite3.connect(filled) as conn:  # the index falls out of step, as after a damaged write
        conn.execute("DROP TRIGGER recommendation_fts_au")
        conn.execute("UPDATE recommendation SET text = 'Protect human rights defenders' WHERE ref = '145.3'")
    out = cli("check", expect=1)
    assert "The search index does not match the recommendations" in out
    out = cli("check", "--rebuild-search-index")
    assert "rebuilt" in out and "ok:" in out
    assert "145.3" in cli("recommendations", "list", "--search", "defenders")


def test_a_healthy_workspace_checks_out(filled: Path, cli) -> None:
    data = cli("check", json_output=True)
    assert data["ok"] and data["rows_checked"] > 5 and data["problems"] == []
