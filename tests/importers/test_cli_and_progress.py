"""The ``import`` command, CSV encodings and line endings, progress reporting and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import LEGACY_HEADERS, MAC_HEADERS, write_xls, write_xlsx

from upr_desktop.errors import Cancelled
from upr_desktop.importers import ImportOptions, import_file
from upr_desktop.importers.textfile import decode

ROWS = [
    ["Thailand", "Asia", "", "Ratify the Convention against Torture", "France", "WEOG", "", "Accepted", 4, "Torture and other CID treatment", 12],
    ["Thailand", "Asia", "", "Abolish the death penalty", "Mexico", "GRULAC", "", "Noted", 5, "Death penalty", 25],
    ["Cambodia", "Asia", "", "Protect land rights", "Germany", "WEOG", "", "Accepted", 3, "Land rights", 18],
    ["Thailand", "Asia", "", "Do something", "Norway", "WEOG", "", "Perhaps", 3, "Justice", 25],
]


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_xls(tmp_path / "export.xls", "UPR Info database export", [LEGACY_HEADERS, *ROWS])


def test_cli_json_report_shape_and_reimport(workspace, cli, export: Path) -> None:
    workspace.close()
    out = cli("import", str(export), json_output=True)
    [entry] = out["files"]
    assert {k: entry[k] for k in ("file", "format", "added", "updated", "unchanged", "skipped")} == {
        "file": "export.xls", "format": "upr-info", "added": 2, "updated": 0, "unchanged": 0, "skipped": 1}
    assert entry["errors"] == [{"row": 5, "message": "the response 'Perhaps' is not one of Supported, Noted, Supported/Noted (partially supported) or Pending"}]
    assert entry["left_out"] == 1
    again = cli("import", str(export), json_output=True)["files"][0]
    assert (again["added"], again["unchanged"]) == (0, 2)
    listed = cli("recommendations", "list")
    assert "Ratify the Convention against Torture" in listed and "Protect land rights" not in listed


def test_cli_dry_run_country_and_text_output(workspace, cli, export: Path) -> None:
    workspace.close()
    text = cli("import", str(export), "--dry-run", "--country", "Cambodia")
    assert "export.xls (upr-info): would add 1, updated 0, unchanged 0, skipped 0." in text
    all_states = cli("import", str(export), "--all-states", "--dry-run", json_output=True)["files"][0]
    assert all_states["added"] == 3 and all_states["dry_run"] is True
    assert "Protect" not in cli("recommendations", "list")  # a dry run wrote nothing
    session = cli("import", str(export), "--session", "25", json_output=True)["files"][0]
    assert (session["added"], session["left_out"]) == (1, 2)


def test_cli_map_format_and_several_files(workspace, cli, tmp_path: Path, export: Path) -> None:
    workspace.close()
    own = write_xlsx(tmp_path / "ours.xlsx", [["Texte", "Pays", "Réponse"], ["Garantir l'accès à l'eau", "Brésil", "Acceptée"]])
    junk = tmp_path / "junk.csv"
    junk.write_text("a,b\n1,2\n", encoding="utf-8")
    out = cli("import", str(own), str(junk), str(export), "--format", "table", "--map", "Texte=text,Pays=recommending_states",
              json_output=True, expect=1)
    first, second, third = out["files"]
    assert (first["added"], first["format"]) == (1, "table")
    assert first["mapping"]["Pays"] == "recommending_states"
    assert "junk.csv" in second["error"] and second["added"] == 0
    assert third["error"].startswith("export.xls: --map names a column 'Texte' the file does not have")
    err = cli("import", str(junk), expect=1)
    assert "junk.csv: it is not a recognised format" in err
    usage = cli("import", str(own), "--map", "Texte", expect=1)
    assert "--map expects HEADER=FIELD" in usage
    both = cli("import", str(own), "--country", "Brazil", "--all-states", expect=2)
    assert "not allowed with argument" in both


def test_encodings_and_line_endings(workspace, tmp_path: Path) -> None:
    header = ",".join(MAC_HEADERS)
    row = 'Thailand,Asia,,"Garantir l’égalité des femmes — “partout”",Côte d\'Ivoire,Africa,,Accepted,3,Women\'s rights,12'
    variants = {
        "utf8_bom.csv": b"\xef\xbb\xbf" + f"{header}\r\n{row}\r\n".encode(),
        "utf8.csv": f"{header}\n{row}\n".encode(),
        "utf16le_nobom.csv": f"{header}\r\n{row}\r\n".encode("utf-16-le"),
        "cp1252.csv": f"{header}\r\n{row}\r\n".encode("cp1252"),
        "macroman_cr.csv": f"{header}\r{row}\r".encode("mac_roman"),
    }
    expected = {"utf8_bom.csv": ("utf-8-sig", "CRLF"), "utf8.csv": ("utf-8", "LF"), "utf16le_nobom.csv": ("utf-16-le", "CRLF"),
                "cp1252.csv": ("cp1252", "CRLF"), "macroman_cr.csv": ("mac_roman", "CR")}
    for name, data in variants.items():
        decoded = decode(data, name)
        assert (decoded.encoding, decoded.line_ending) == expected[name], name
        path = tmp_path / name
        path.write_bytes(data)
        report = import_file(workspace, path, dry_run=True)
        assert (report.added, report.errors) == (1, []), name
    report = import_file(workspace, tmp_path / "macroman_cr.csv")
    with workspace.session() as s:
        from sqlalchemy import select

        from upr_desktop.core.domain.models import Recommendation

        rec = s.scalars(select(Recommendation)).one()
        assert rec.text == "Garantir l’égalité des femmes — “partout”"
        assert rec.recommending_states == ["Côte d'Ivoire"]
    assert report.added == 1


@pytest.mark.needs_file  # reads SQLite's schema to see the bulk path's changes rolled back
def test_progress_and_cancel(workspace, tmp_path: Path, counts) -> None:
    rows = [LEGACY_HEADERS] + [["Thailand", "Asia", "", f"Recommendation number {i}", "France", "WEOG", "", "Accepted", 3, "Justice", 25] for i in range(5000)]
    path = write_xlsx(tmp_path / "big.xlsx", rows, sheet="UPR Info database export")
    seen: list[tuple[int, int, str]] = []
    report = import_file(workspace, path, ImportOptions(), progress=lambda d, t, s: seen.append((d, t, s)), dry_run=True)
    assert report.added == 5000
    assert any(stage == "Reading recommendations" and done == 2000 for done, _total, stage in seen)
    flag = threading.Event()

    def cancel_midway(done: int, total: int, stage: str) -> None:
        if stage == "Adding recommendations":
            flag.set()

    with pytest.raises(Cancelled):
        import_file(workspace, path, progress=cancel_midway, cancel=flag)
    assert counts()["recommendations"] == 0 and counts()["runs"] == 0
    with workspace.engine.connect() as conn:  # the bulk path's schema changes were rolled back with the rest
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index')")}
    assert {"recommendation_fts_ai", "ix_recommendation_ref", "ix_recommendation_theme_theme_id"} <= names
    flag2 = threading.Event()
    flag2.set()
    with pytest.raises(Cancelled):
        import_file(workspace, path, cancel=flag2)
    assert import_file(workspace, path, cancel=lambda: False).added == 5000
    with workspace.engine.connect() as conn:
        found = conn.exec_driver_sql("SELECT count(*) FROM recommendation_fts WHERE recommendation_fts MATCH 'number'").scalar()
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type IN ('trigger', 'index')")}
    assert found == 5000  # the full-text index was built in bulk
    assert {"recommendation_fts_ai", "ix_recommendation_ref", "ix_recommendation_cycle"} <= names
