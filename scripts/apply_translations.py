"""Fill unfinished entries of upr_desktop/resources/translations/*.ts from a table of translations.

Usage: python scripts/apply_translations.py TABLE.py [...]; each TABLE.py defines
``T = [(context or None, source, french, spanish[, thai, burmese, arabic]), ...]`` (None matches any
context). For a plural (numerus) message, a translation is a tuple of its forms, in Qt's order for
the language (French and Spanish two, Thai and Burmese one, Arabic six).
Existing translations are kept; run scripts/build_translations.sh afterwards to compile.
"""

from __future__ import annotations

import runpy
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COLUMNS = {"fr": 2, "es": 3, "th": 4, "my": 5, "ar": 6}
Translation = str | tuple[str, ...]


def apply(ts: Path, column: int, table: list[tuple[Translation | None, ...]]) -> int:
    rows = [row for row in table if len(row) > column]
    exact = {(c, s): row[column] for row in rows for c, s in [row[:2]] if c is not None}
    anywhere = {row[1]: row[column] for row in rows if row[0] is None}
    tree = ET.parse(ts)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") != "unfinished":
                continue
            text = exact.get((name, source), anywhere.get(source))
            if text is None or (message.get("numerus") == "yes") != isinstance(text, tuple):
                continue
            if isinstance(text, tuple):
                for form in list(translation):
                    translation.remove(form)
                for value in text:
                    ET.SubElement(translation, "numerusform").text = value
            else:
                translation.text = text
            del translation.attrib["type"]
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    text = ts.read_text(encoding="utf-8").replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    ts.write_text(text, encoding="utf-8")
    return filled


def main(paths: list[str]) -> int:
    tables = [runpy.run_path(p) for p in paths]
    table = [row for t in tables for row in t["T"]]
    english = [row for t in tables for row in t.get("EN", [])]  # (context, source, plural forms): English's own catalogue
    en_ts = ROOT / "upr_desktop" / "resources" / "translations" / "upr_desktop_en.ts"
    if english and en_ts.exists():
        print(f"en: filled {apply(en_ts, 2, english)} entries")
    for lang, column in COLUMNS.items():
        ts = ROOT / "upr_desktop" / "resources" / "translations" / f"upr_desktop_{lang}.ts"
        if ts.exists():
            print(f"{lang}: filled {apply(ts, column, table)} entries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
