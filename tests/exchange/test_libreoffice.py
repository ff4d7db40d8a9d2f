"""Returns that went through real LibreOffice: a headless resave, and typing into cells via UNO."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.exchange.helpers import merge_one
from tests.exchange.test_roundtrip import _current
from upr_desktop.core.domain.models import Consultation

pytestmark = pytest.mark.libreoffice
SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
SCRIPT = Path(__file__).parent / "scripts" / "uno_edit.py"


def resave(src: Path, out_dir: Path, profile: Path) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
         "--outdir", str(out_dir), str(src)],
        check=True, capture_output=True, timeout=180,
    )
    return out_dir / src.name


@pytest.mark.slow  # over 1.5 s: the README's command stays under 4 minutes; CI runs it
@needs_soffice
def test_headless_resave_merges_with_no_change(seeded, exported: Path, tmp_path: Path) -> None:
    path = resave(exported, tmp_path / "lo", tmp_path / "profile")
    assert path.read_bytes() != exported.read_bytes()
    plan = merge_one(seeded, path)
    assert plan.status == "merged", plan.reason
    assert (plan.added, plan.updated, plan.conflicts, plan.rejected) == (0, 0, [], [])


@pytest.mark.slow  # starts LibreOffice with a UNO bridge and types into cells: several seconds
@needs_soffice
@pytest.mark.skipif(not Path("/usr/bin/python3").exists(), reason="no system python3 for python3-uno")
def test_uno_edit_of_unlocked_cells_merges(seeded, exported: Path, tmp_path: Path) -> None:
    probe = subprocess.run(["/usr/bin/python3", "-c", "import uno"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip("python3-uno is not installed")
    edits = [
        {"sheet": "Recommendations", "match_header": "Ref", "match": "145.1", "header": "Status", "value": "Fully implemented"},
        {"sheet": "Recommendations", "match_header": "Ref", "match": "145.1", "header": "Evidence", "value": "กฎหมายผ่านแล้ว (Thai)"},
        {"sheet": "Recommendations", "match_header": "Ref", "match": "145.1", "header": "Assessment date", "value": "2025-03-04", "date": True},
        {"sheet": "Consultations", "match_header": "Government body", "match": "Ministry of Justice", "header": "Summary", "value": "Edited in Calc"},
        {"sheet": "Consultations", "match_header": "Government body", "match": None, "header": "Government body", "value": "Senate"},
    ]
    # the new consultation row needs a date and kind in the same (first empty) row: fill those after the body
    edits += [
        {"sheet": "Consultations", "match_header": "Government body", "match": "Senate", "header": "Date", "value": "2025-04-05", "date": True},
        {"sheet": "Consultations", "match_header": "Government body", "match": "Senate", "header": "Kind", "value": "Dialogue"},
    ]
    out = tmp_path / "calc.xlsx"
    subprocess.run(["/usr/bin/python3", str(SCRIPT), str(exported), str(out), str(tmp_path / "uno-profile"), json.dumps(edits)],
                   check=True, capture_output=True, timeout=240)
    plan = merge_one(seeded, out)
    assert plan.status == "merged", plan.reason
    assert not plan.rejected and not plan.conflicts
    assert (plan.added, plan.updated) == (2, 1)
    a = _current(seeded, "145.1")
    assert (a.status, a.evidence, a.assessed_on.isoformat()) == ("fully-implemented", "กฎหมายผ่านแล้ว (Thai)", "2025-03-04")
    with seeded.session() as s:
        assert s.scalars(select(Consultation.summary).where(Consultation.government_body == "Ministry of Justice")).one() == "Edited in Calc"
        senate = s.scalars(select(Consultation).where(Consultation.government_body == "Senate")).one()
        assert senate.kind == "dialogue" and senate.held_on.isoformat() == "2025-04-05"
    # resaving the Calc return once more and merging again adds nothing
    again = resave(out, tmp_path / "again", tmp_path / "profile2")
    plan2 = merge_one(seeded, again)
    assert plan2.status in ("merged", "already-merged") and plan2.added == 0 and plan2.updated == 0
