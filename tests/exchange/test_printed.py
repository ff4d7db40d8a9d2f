"""The workbook in real LibreOffice: printed to PDF every text shows whole, pages stay few, a resave merges unchanged.

One workspace, two workbooks (English and French), one PDF conversion and one resave for the
whole module. The text of each printed page is read with pdftotext; a clipped row would lose its
last lines there, and a sheet split across pages by columns would lose its header row.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import keyring
import openpyxl
import pytest
from keyring.backends import fail

from tests.exchange.conftest import seed
from tests.exchange.helpers import merge_one
from tests.exchange.test_libreoffice import SOFFICE
from upr_desktop.core.services import assessments, assignments, recommendations
from upr_desktop.core.storage.workspace_file import create_workspace, open_workspace
from upr_desktop.exchange import layout
from upr_desktop.exchange.export import export_workbook

pytestmark = [pytest.mark.libreoffice, pytest.mark.slow,
              pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                                 reason="LibreOffice (soffice) or pdftotext is not installed")]
HEIGHTS = Path(__file__).parent / "scripts" / "uno_row_heights.py"

# As long as the longest recommendations of the UPR Info data (about 480 characters).
LONGEST = ("Take all necessary measures, including legislative ones, to guarantee that human rights defenders, journalists "
           "and members of civil society organisations can carry out their legitimate activities without fear of reprisals, "
           "including by ensuring prompt, impartial and effective investigations into all allegations of threats, harassment "
           "and attacks against them, bringing those responsible to justice, and providing adequate remedies to the victims")
EVIDENCE = ("The Cabinet approved the draft Prevention and Suppression of Torture and Enforced Disappearance Act in March; "
            "Parliament passed it in its third reading, but the decree that sets up the committee has not been issued and "
            "no budget line exists for it in the next fiscal year. Two complaints filed by our members are still pending.")
VERBS = ["Ensure", "Strengthen efforts to guarantee", "Adopt measures to protect", "Consider ratifying the instruments on",
         "Take steps to improve", "Continue its efforts to promote"]
TOPICS = ["the rights of children in care, in particular their access to education and health services",
          "the rights of migrant workers and their families, including access to justice",
          "freedom of expression online and offline", "the independence of the judiciary",
          "the rights of indigenous peoples to their lands, territories and resources, in consultation with them"]
RECOMMENDATIONS = 28


@dataclass
class Printed:
    workspace: Path
    files: dict[str, Path]  # language -> workbook as exported
    pages: dict[str, list[str]]  # language -> text of each printed page
    resaved: dict[str, Path]  # language -> the workbook after a LibreOffice resave


def _build(root: Path) -> tuple[Path, dict[str, Path]]:
    ws = create_workspace(root / "coalition.uprw", name="Coalition for the UPR & Human Rights", country="Thailand", cycles=[3])
    try:
        seed(ws)
        with ws.transaction() as s:
            refs = [f"146.{i}" for i in range(1, RECOMMENDATIONS - 5 + 1)]
            for i, ref in enumerate(refs):
                text = LONGEST if i == 7 else f"{VERBS[i % len(VERBS)]} {TOPICS[i % len(TOPICS)]}."
                recommendations.add_recommendation(s, ref=ref, text=text, response="supported", recommending_states=["Norway"],
                                                   themes=["Human rights defenders"])
            assignments.assign(s, "ACR", assignments.select_recommendations(s, refs=refs), role="lead")
            assessments.record_assessment(s, ref="146.3", group="ACR", status="partially-implemented", evidence=EVIDENCE,
                                          sources="Royal Gazette; meeting with the Ministry of Justice", assessed_on="2024-06-01")
        files = {}
        for language in ("en", "fr"):
            files[language] = root / f"ACR-{language}.xlsx"
            export_workbook(ws, group="ACR", target=files[language], language=language, deadline="2030-06-30")
    finally:
        ws.close()
    return root / "coalition.uprw", files


def _pdf_pages(files: dict[str, Path], out: Path, profile: Path) -> dict[str, list[str]]:
    out.mkdir()
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(out),
                    *map(str, files.values())], check=True, capture_output=True, timeout=300)
    pages = {}
    for language, path in files.items():
        text = subprocess.run(["pdftotext", str(out / (path.stem + ".pdf")), "-"], check=True, capture_output=True, text=True).stdout
        pages[language] = [p for p in text.split("\f") if p.strip()]
    return pages


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Printed:
    root = tmp_path_factory.mktemp("printed")
    previous = keyring.get_keyring()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("UPR_DESKTOP_HOME", str(root / "home"))
        keyring.set_keyring(fail.Keyring())  # the signing key stays in the workspace, for every test to find
        try:
            workspace, files = _build(root)
        finally:
            keyring.set_keyring(previous)
    profile = root / "lo-profile"
    pages = _pdf_pages(files, root / "pdf", profile)
    resaved_dir = root / "resaved"
    subprocess.run([SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML",
                    "--outdir", str(resaved_dir), *map(str, files.values())], check=True, capture_output=True, timeout=300)
    return Printed(workspace, files, pages, {language: resaved_dir / path.name for language, path in files.items()})


def _flat(text: str) -> str:
    """Text as compared: no spaces, line breaks or hyphens (pdftotext joins words hyphenated at a line end)."""
    return re.sub(r"[\s\-\u00ad]+", "", text)


def _words(text: str) -> list[str]:
    return [w for w in (_flat(word) for word in text.split()) if w]


def printed_whole(expected: str, page_text: str) -> bool:
    """Every word of ``expected``, in order, on the page.

    pdftotext interleaves the lines of cells side by side, so a cell's text is not contiguous in
    its output, but its words keep their order; a row cut short loses its last words.
    """
    words = iter(_words(page_text))
    return all(any(w == want for w in words) for want in _words(expected))


def _sheet_pages(printed: Printed, language: str, sheet: str) -> list[str]:
    """The printed pages of one sheet: those whose page header names it (the header's centre is the sheet name)."""
    wb = openpyxl.load_workbook(printed.files[language], read_only=True)
    title = wb.sheetnames[[layout.README_SHEET, *layout.DATA_SHEETS].index(sheet)]
    return [p for p in printed.pages[language] if title in [line.strip() for line in p.splitlines()]]


def _cell_texts(path: Path, sheet_index: int) -> list[str]:
    ws = openpyxl.load_workbook(path).worksheets[sheet_index]
    return [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.strip()]


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_longest_recommendation_and_the_evidence_print_whole(printed: Printed, language: str) -> None:
    pages = _sheet_pages(printed, language, layout.RECOMMENDATIONS_SHEET)
    text = "\n".join(pages)
    assert printed_whole(LONGEST, text)
    assert printed_whole(EVIDENCE, text)
    assert not printed_whole(EVIDENCE + " And more.", text)
    for i, topic in enumerate(TOPICS):
        assert printed_whole(f"{topic}.", text), i


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_read_me_sentence_prints_whole(printed: Printed, language: str) -> None:
    pages = _sheet_pages(printed, language, layout.README_SHEET)
    assert len(pages) == 1
    cells = _cell_texts(printed.files[language], 0)
    assert len(cells) > 20
    missing = [cell for cell in cells if not printed_whole(cell, pages[0])]
    assert not missing, missing


@pytest.mark.parametrize("language", ["en", "fr"])
def test_pages_are_few_and_each_repeats_the_header_row_and_names_the_group(printed: Printed, language: str) -> None:
    wb = openpyxl.load_workbook(printed.files[language], read_only=True)
    for sheet, index in ((layout.RECOMMENDATIONS_SHEET, 1), (layout.CONSULTATIONS_SHEET, 2), (layout.ACTIONS_SHEET, 3)):
        pages = _sheet_pages(printed, language, sheet)
        rows = len(_cell_texts(printed.files[language], index))
        assert pages, sheet
        header = next(wb.worksheets[index].iter_rows(max_row=1, values_only=True))
        last_fill = [h for h in header if h][-1]
        for number, page in enumerate(pages, start=1):
            lines = [line.strip() for line in page.splitlines()]
            assert "Coalition for the UPR & Human Rights – Action for Children's Rights (ACR)" in lines, (sheet, number)
            assert _flat(str(last_fill)) in _flat(page), (sheet, number)  # the last column is on the page: one page wide
            assert any(line.endswith(str(number)) and line.startswith(("Page", "Página")) for line in lines), (sheet, number)
        if sheet == layout.RECOMMENDATIONS_SHEET:
            assert rows > RECOMMENDATIONS
            assert len(pages) <= 1 + RECOMMENDATIONS // 10, len(pages)  # was 5 pages, the text cut, before
            assert all(str(header[2]) in [line.strip() for line in p.splitlines()] for p in pages)  # the header row on every page
        else:
            assert len(pages) == 1, sheet


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_libreoffice_resave_merges_back_unchanged(printed: Printed, language: str) -> None:
    ws = open_workspace(printed.workspace)
    try:
        plan = merge_one(ws, printed.resaved[language])
    finally:
        ws.close()
    assert plan.status == "merged", plan.reason
    assert (plan.added, plan.updated, plan.conflicts, plan.rejected, plan.warnings) == (0, 0, [], [], [])


@pytest.mark.skipif(not Path("/usr/bin/python3").exists(), reason="no system python3 for python3-uno")
def test_no_row_is_shorter_than_calc_would_fit_it(printed: Printed, tmp_path: Path) -> None:
    if subprocess.run(["/usr/bin/python3", "-c", "import uno"], check=False, capture_output=True).returncode != 0:
        pytest.skip("python3-uno is not installed")
    out = subprocess.run(["/usr/bin/python3", str(HEIGHTS), str(printed.files["fr"]), str(tmp_path / "profile")],
                         check=True, capture_output=True, text=True, timeout=300).stdout
    sheets = json.loads(out)
    checked = 0
    for name in ("Lisez-moi", "Recommandations", "Consultations", "Actions de suivi"):
        rows = sheets[name]
        for r, (stored, optimal) in enumerate(zip(rows["stored"], rows["optimal"], strict=True), start=1):
            assert stored + 20 >= optimal, (name, r, stored, optimal)  # 1/100 mm; 0.2 mm of rounding
            checked += 1
    assert checked > RECOMMENDATIONS + 2 * layout.BLANK_ROWS
