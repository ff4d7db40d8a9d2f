"""Measure how LibreOffice Calc wraps text, and check the row-height model against it.

Writes a probe workbook of real recommendations (and Thai, Burmese, Arabic sentences) in columns
of several widths with no row heights, has Calc fit every row (tests/exchange/scripts/
uno_row_heights.py, run with the system python3 and python3-uno), and prints, per width: the
fewest letters Calc put on a line, the model's capacity, and how many rows the model would make
too short (must be 0) or how much taller than needed they are on average.

Usage: python scripts/measure_wrap.py [UPR-INFO-CSV]   (default: tests/data/recommended_before/upr-info-two-cycles.csv)
"""

from __future__ import annotations

import csv
import json
import random
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

from upr_desktop.exchange import row_heights

ROOT = Path(__file__).resolve().parent.parent
HELPER = ROOT / "tests" / "exchange" / "scripts" / "uno_row_heights.py"
WIDTHS = (10, 20, 35, 50, 70)
OTHER_SCRIPTS = {
    "th": "ประเทศไทยควรดำเนินการอย่างต่อเนื่องเพื่อให้มั่นใจว่าสิทธิมนุษยชนของทุกคนได้รับการคุ้มครอง รวมถึงสิทธิของเด็กและสตรี",
    "my": "အစိုးရသည် လူ့အခွင့်အရေးများကို ကာကွယ်ရန်အတွက် ဥပဒေများကို ပြင်ဆင်သင့်ပြီး ကလေးသူငယ်များနှင့် အမျိုးသမီးများ၏ အခွင့်အရေးများကို အာမခံသင့်သည်။",
    "ar": "ينبغي للدولة أن تواصل جهودها الرامية إلى تعزيز حقوق الإنسان وحمايتها، بما في ذلك حقوق الطفل والمرأة، وأن تراجع التشريعات ذات الصلة.",
}


def samples(csv_path: Path) -> list[str]:
    with open(csv_path, encoding="utf-8") as fh:
        texts = [row["Text"] for row in csv.DictReader(fh)]
    random.Random(1).shuffle(texts)
    others = [text * k for text in OTHER_SCRIPTS.values() for k in (1, 2, 3)]
    return ["x", "x\nx"] + texts[:60] + others


def main(csv_path: Path) -> int:
    texts = samples(csv_path)
    wb = Workbook()
    wb.remove(wb.active)
    for width in WIDTHS:
        ws = wb.create_sheet(f"w{width}")
        ws.column_dimensions["A"].width = width
        for r, text in enumerate(texts, start=1):
            cell = ws.cell(r, 1, text)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.font = Font(name="Calibri", size=11)
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.xlsx"
        wb.save(probe)
        out = subprocess.run(["/usr/bin/python3", str(HELPER), str(probe), str(Path(tmp) / "profile")],
                             check=True, capture_output=True, text=True, timeout=300).stdout
    measured = json.loads(out)
    print("width  capacity  min letters/line  rows too short  extra lines (mean)")
    for width in WIDTHS:
        optimal = measured[f"w{width}"]["optimal"]
        one, two = optimal[0], optimal[1]
        pitch = two - one
        too_short, extra, per_line = 0, [], []
        for text, height in zip(texts[2:], optimal[2:], strict=True):
            lines = round((height - one) / pitch) + 1
            model = row_heights.text_lines(text, width)
            if model < lines:
                too_short += 1
            extra.append(model - lines)
            if text.isascii():
                per_line.append(len(text) / lines)
        print(f"{width:>5}  {row_heights.line_capacity(width):8.1f}  {min(per_line):16.1f}  {too_short:14d}  {statistics.mean(extra):.2f}")
    print(f"line pitch at 11 pt: {pitch / 100 * 72 / 25.4:.1f} pt; one line: {one / 100 * 72 / 25.4:.1f} pt")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "tests" / "data" / "recommended_before" / "upr-info-two-cycles.csv"))
