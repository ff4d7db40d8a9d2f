"""The issue's end-to-end scenario on a workspace file and on a PostgreSQL server, with the same answers.

init, import a UPR Info export and an OHCHR matrix, assign, assess, consult, search, export a workbook,
merge its return with a conflict, undo the merge, undo a local change, reports and the Dashboard.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from tests.exchange.helpers import set_by_ref
from upr_desktop.cli import main

# A PostgreSQL cluster is started for these (about 20 s in all): CI runs them with the slow tests, so
# that the README's command stays under 4 minutes.
pytestmark = pytest.mark.slow

# the public UPR Info rows kept with the project (tests need no file outside the repository)
UPR_INFO = Path(__file__).resolve().parent.parent / "data" / "recommended_before" / "upr-info-two-cycles.csv"
MATRIX_HEADER = ["Recommendation", "Position", "Full list of themes", "Assessment/comments on level of implementation"]


def _matrix(path: Path) -> Path:
    import importlib.util

    spec = importlib.util.spec_from_file_location("importer_files", Path(__file__).resolve().parent.parent / "importers" / "conftest.py")
    assert spec is not None and spec.loader is not None
    files = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(files)  # tests/importers/conftest.py: a matrix as OHCHR writes it
    write_docx = files.write_docx

    rows = [
        "Theme: A12 Acceptance of international norms",
        ["121.1 Ratify the Optional Protocol to the Convention against Torture (France) (Lithuania);\n"
         "Source of Position: A/HRC/19/8/Add.1 - Para 5", "Supported", "- A12 Acceptance of international norms", ""],
        ["121.2 Consider ratifying the Rome Statute of the ICC (Iran (Islamic Republic of))", "Noted",
         "- A12 Acceptance of international norms", ""],
        "Theme: D51 Administration of justice & fair trial",
        ["121.3 Réformer la justice des mineurs (Viet Nam)", "Supported/Noted", "- D51 Administration of justice & fair trial", ""],
    ]
    return write_docx(path, MATRIX_HEADER, rows)


class Runner:
    def __init__(self, location: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.location, self.capsys = location, capsys

    def __call__(self, *argv: str, expect: int = 0) -> Any:
        code = main(["--workspace", self.location, "--json", *argv])
        out, err = self.capsys.readouterr()
        assert code == expect, f"exit {code} for {argv}: {err or out}"
        return json.loads(out) if out.strip().startswith(("{", "[")) else out + err


def scenario(location: str, tmp: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    cli = Runner(location, capsys)
    seen: dict[str, Any] = {}
    cli("init", "--name", "Albanian Coalition", "--country", "Albania", "--cycle", "2")
    assert "already" in str(cli("init", "--name", "Again", "--country", "Albania", expect=1))  # never a second workspace
    cli("groups", "add", "Legal Aid Network", "--acronym", "LAN")
    cli("groups", "add", "Women's Voices", "--acronym", "WV")
    first = cli("import", str(UPR_INFO), "--country", "Albania")["files"][0]
    seen["imported"] = (first["added"], first["skipped"])
    assert first["added"] > 100
    matrix = cli("import", str(_matrix(tmp / "Albania matrix.docx")))["files"][0]
    seen["matrix"] = matrix["added"]
    assert matrix["added"] == 3
    assert cli("import", str(UPR_INFO), "--country", "Albania")["files"][0]["added"] == 0  # re-import changes nothing
    cli("assign", "--group", "LAN", "--theme", "Acceptance of international norms", "--role", "lead")
    cli("assign", "--group", "WV", "--ref", "121.1", "--ref", "121.3", "--role", "support", "--due", "2027-01-31")
    cli("assess", "--ref", "121.1", "--group", "LAN", "--status", "partially implemented", "--evidence", "Bill tabled",
        "--date", "2026-06-01")
    cli("consultations", "add", "--date", "2026-10-01", "--body", "Ministry of Justice", "--kind", "meeting",
        "--refs", "121.1,121.2", "--summary", "Met the minister")
    cli("actions", "add", "Send the draft", "--group", "LAN", "--due", "2026-12-01", "--refs", "121.1")
    listed = cli("recommendations", "list", json_output_ok := "--search", "reforme")  # accents folded, a prefix
    assert json_output_ok
    seen["search_accent"] = sorted(r["ref"] for r in listed["recommendations"])
    assert seen["search_accent"] == ["121.3"]
    seen["search_words"] = sorted(r["ref"] for r in cli("recommendations", "list", "--search", "child traffick")["recommendations"])
    seen["search_ref"] = sorted(r["ref"] for r in cli("recommendations", "list", "--search", "121")["recommendations"])
    detail = [r for r in cli("recommendations", "list", "--search", "Optional Protocol Torture")["recommendations"] if r["ref"] == "121.1"][0]
    seen["derived"] = detail["status"]
    assert detail["status"] == "partially-implemented"  # kept by the triggers on both engines
    workbook = tmp / "LAN.xlsx"
    cli("export-workbook", "--group", "LAN", "-o", str(workbook))
    # Meanwhile the secretariat records another status for the same recommendation: the return conflicts.
    cli("assess", "--ref", "121.1", "--group", "LAN", "--status", "fully implemented", "--date", "2026-07-01")
    wb = openpyxl.load_workbook(workbook)
    set_by_ref(wb, "121.1", "Status", "Not implemented")
    set_by_ref(wb, "121.2", "Status", "Partially implemented")
    set_by_ref(wb, "121.2", "Evidence", "A draft law")
    returned = tmp / "LAN-return.xlsx"
    wb.save(returned)
    merged = cli("merge", str(returned))["files"][0]
    seen["merge"] = (merged["status"], merged["added"], len(merged["conflicts"]))
    assert merged["status"] == "merged" and len(merged["conflicts"]) == 1
    seen["merges"] = len(cli("merges", "list")["merges"])
    undone = cli("merges", "undo", "1")
    assert undone["undone"] is True
    cli("recommendations", "add", "--ref", "999.1", "--text", "A typo", "--response", "pending")
    assert cli("undo")["undone"].startswith("Add recommendation")
    seen["dashboard"] = {k: v for k, v in cli("dashboard").items() if k not in ("as_of",)}
    for kind, suffix in (("implementation", "xlsx"), ("coverage", "html"), ("consultations", "xlsx")):
        cli("report", "--kind", kind, "-o", str(tmp / f"{kind}.{suffix}"))
        assert (tmp / f"{kind}.{suffix}").stat().st_size > 1000
    info = cli("info")
    seen["counts"] = info["counts"]
    checked = cli("check")
    assert checked["ok"], checked
    data = cli("export-json")
    seen["export"] = _comparable(data)
    return seen


def _comparable(data: dict[str, Any]) -> Any:
    """What both engines must hold alike: every recommendation's ref, response, status, States and themes."""
    return sorted((r["ref"], r["response"], r.get("current_status"), tuple(r["recommending_states"]), tuple(sorted(r.get("themes", []))))
                  for r in data["recommendations"])


@pytest.mark.slow  # about 10 s: the whole scenario twice
def test_the_same_scenario_gives_the_same_answers_on_a_file_and_on_a_server(tmp_path: Path, pg_empty_url: str,
                                                                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file").mkdir()
    (tmp_path / "server").mkdir()
    on_file = scenario(str(tmp_path / "file" / "coalition.uprw"), tmp_path / "file", capsys)
    on_server = scenario(pg_empty_url, tmp_path / "server", capsys)
    for key in on_file:
        assert on_server[key] == on_file[key], key
