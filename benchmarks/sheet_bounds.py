"""Counting a workbook's rows and cells before any reader sees it: its cost on a real-size export, and
how fast a hostile workbook is refused.

    python benchmarks/sheet_bounds.py [--rows 100000] [--runs 5] [--regenerate]

Prints medians (and the machine's load): the importer's own calamine read of a 100,000-row UPR Info
export as Excel writes it (shared strings, every cell with its r=) as the baseline, the bounds check
of the same file and their ratio; then the refusal of the issue's 18 KB workbook (cells without r=:
16,384 in one row, then 200,000 tiny rows) and of a far cell with r=, which calamine alone would
turn into a 104 GB and a 550 GB allocation.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import sys
import time
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from import_100k import OUT, generate

from upr_desktop.files import sheet_bounds


def _median(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _calamine(path: Path) -> None:
    import python_calamine as pc

    book = pc.CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        book.get_sheet_by_name(name).to_python(skip_empty_area=False)
    book.close()


def _bounds(path: Path) -> None:
    with zipfile.ZipFile(path) as archive:
        sheet_bounds.check_xlsx(archive)


def _refusal(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            sheet_bounds.check_xlsx(archive)
    except sheet_bounds.OutOfBounds:
        return
    raise AssertionError("the hostile workbook was not refused")


def with_references(source: Path, target: Path) -> None:
    """The same workbook as Excel and LibreOffice write it: every row and cell with its r= first."""
    import re

    from upr_desktop.files.sheet_bounds import column_letters

    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                rows = data.split(b"<row>")
                out = [rows[0]]
                for number, row in enumerate(rows[1:], start=1):
                    cells = row.split(b"<c")
                    fixed = [cells[0]] + [b' r="%s%d"%s' % (column_letters(i).encode(), number, cell) for i, cell in enumerate(cells[1:], start=1)]
                    out.append(b'<row r="%d">' % number + b"<c".join(fixed))
                data = b"".join(out)
                assert re.search(rb'<c r="A1"', data)
            zout.writestr(info.filename, data)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--regenerate", action="store_true")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    path = OUT / f"upr_info_{args.rows}.xlsx"
    if args.regenerate or not path.exists():
        generate(path, args.rows)
    with zipfile.ZipFile(path) as z:
        xml = sum(i.file_size for i in z.infolist() if i.filename.startswith("xl/worksheets/"))
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} (2 shared cores); {path.name}: {path.stat().st_size / 2**20:.1f} MB, "
          f"sheet XML {xml / 2**20:.1f} MB")
    referenced = OUT / f"upr_info_{args.rows}_r.xlsx"
    if args.regenerate or not referenced.exists():
        with_references(path, referenced)
    for label, workbook in (("cells without r= (as the import benchmark writes them)", path), ("every cell with r= (as Excel writes them)", referenced)):
        _calamine(workbook)  # warm the page cache
        read = _median(args.runs, lambda: _calamine(workbook))  # noqa: B023 - called at once
        bounds = _median(args.runs, lambda: _bounds(workbook))  # noqa: B023
        print(f"{label}: calamine read (baseline) median {read:.3f} s; bounds check median {bounds:.3f} s ({bounds / read:.0%} of the read)")

    sys.path.insert(0, str(HERE.parent / "tests"))
    from hostile import corpus

    bomb = corpus.xlsx_bytes(corpus.implicit_span_sheet())
    far = corpus.xlsx_bytes(corpus.far_cell_sheet())
    print(f"18 KB span bomb ({len(bomb):,} bytes) refused: median {_median(args.runs, lambda: _refusal(bomb)) * 1000:.1f} ms")
    print(f"far cell XFD1048576 ({len(far):,} bytes) refused: median {_median(args.runs, lambda: _refusal(far)) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
