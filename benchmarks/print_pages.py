"""How many pages each sheet of an exchange workbook prints to, through real LibreOffice.

A field member prints the Recommendations sheet to take to a meeting. This exports a group's
workbook of N real recommendations (the UPR Info data, with assessments on a third of them,
3 consultations and 4 actions), then has LibreOffice (headless) print each sheet alone to PDF
and counts the pages with pdfinfo. It uses only the export API that existed before the print
layout, so the same script measures an older checkout:
``PYTHONPATH=/tmp/old-checkout python benchmarks/print_pages.py``.

Usage: python benchmarks/print_pages.py [--counts 28 250] [--csv PATH] [--keep DIR]

Measured 2026-12-02, LibreOffice 7.4 (Letter paper), Recommendations sheet: before the print
layout (2529943) 28 recommendations -> 5 pages, 250 -> 25 pages, every recommendation cut to one
line and the columns split across pages (Consultations 4 pages, Follow-up actions 2); after,
28 -> 2 pages and 250 -> 20, one page wide, each text whole (Consultations and actions 1 page).
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import openpyxl

import upr_desktop
from upr_desktop.core.services import (
    assessments,
    assignments,
    consultations,
    groups,
    recommendations,
)
from upr_desktop.exchange.export import export_workbook

try:
    from upr_desktop.core.storage.workspace_file import create_workspace
except ImportError:  # a checkout from before core/ was split into named parts
    from upr_desktop.core.workspace import create_workspace  # type: ignore[no-redef]

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "recommended_before" / "upr-info-two-cycles.csv"
STATUSES = ["not-implemented", "partially-implemented", "fully-implemented", "unknown"]


def build(path: Path, csv_path: Path, count: int) -> Path:
    """A workspace with ``count`` recommendations assigned to one group, exported; returns the workbook."""
    with open(csv_path, encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["Text"].strip()][:count]
    ws = create_workspace(path / "bench.uprw", name="Demo coalition", country="Norway", cycles=[2])
    refs = [f"{120 + i // 150}.{i % 150 + 1}" for i in range(len(rows))]
    with ws.transaction() as s:
        groups.add_group(s, name="Action for Children's Rights", acronym="ACR")
        for ref, row in zip(refs, rows, strict=True):
            response = "supported" if row["Response"].lower().startswith(("acc", "sup")) else "noted"
            themes = [t.strip() for t in row["Issue"].split(",") if t.strip()][:3]
            recommendations.add_recommendation(s, ref=ref, text=row["Text"].strip(), response=response,
                                               recommending_states=[row["From"].strip()], themes=themes)
        assignments.assign(s, "ACR", assignments.select_recommendations(s, refs=refs), role="lead")
        for i, ref in enumerate(refs[::3]):
            assessments.record_assessment(s, ref=ref, group="ACR", status=STATUSES[i % 4], assessed_on="2024-03-01",
                                          evidence="The draft bill was tabled in Parliament in February; no vote yet.",
                                          sources="Parliament website; meeting with the ministry")
        for i, body in enumerate(["Ministry of Justice", "Ministry of Social Affairs", "Office of the Ombudsman"]):
            consultations.log_consultation(s, held_on=f"2024-0{i + 4}-02", government_body=body, kind="meeting", refs=refs[i : i + 2],
                                           group="ACR", coalition_participants="ACR team",
                                           summary="Discussed the implementation plan and the timetable for the draft bill.",
                                           commitments="Share the draft before the next meeting.")
        for i in range(4):
            consultations.add_action(s, description=f"Send written comments on item {i + 1} of the plan", group="ACR",
                                     due_date=f"2030-0{i + 1}-15", refs=refs[i : i + 1])
    target = path / f"ACR-{count}.xlsx"
    export_workbook(ws, group="ACR", target=target, deadline="2030-06-30")
    ws.close()
    return target


def sheet_alone(src: Path, index: int, dst: Path) -> None:
    """A copy where only the sheet at ``index`` is visible (LibreOffice prints visible sheets only)."""
    wb = openpyxl.load_workbook(src)
    for i, ws in enumerate(wb.worksheets):
        ws.sheet_state = "visible" if i == index else "hidden"
    wb.active = index
    wb.save(dst)


def pdf_pages(xlsx: Path, out: Path, profile: Path) -> int:
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(xlsx)], check=True, capture_output=True, timeout=300)
    info = subprocess.run(["pdfinfo", str(out / (xlsx.stem + ".pdf"))], check=True, capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--counts", type=int, nargs="+", default=[28, 250])
    parser.add_argument("--csv", type=Path, default=DATA)
    parser.add_argument("--keep", type=Path, help="keep the workbooks and PDFs in this folder")
    args = parser.parse_args()
    print(f"code: {Path(upr_desktop.__file__).parent}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        profile = work / "profile"
        for count in args.counts:
            folder = work / str(count)
            folder.mkdir()
            workbook = build(folder, args.csv, count)
            names = openpyxl.load_workbook(workbook, read_only=True).sheetnames
            counts = []
            for index, name in enumerate(names[:4]):
                alone = folder / f"sheet{index}.xlsx"
                sheet_alone(workbook, index, alone)
                started = time.perf_counter()
                counts.append(f"{name}: {pdf_pages(alone, folder, profile)} pages")
            print(f"{count} recommendations -> {'; '.join(counts)} ({time.perf_counter() - started:.1f} s for the last)")
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                for f in folder.glob("*.*"):
                    shutil.copy(f, args.keep / f"{count}-{f.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
