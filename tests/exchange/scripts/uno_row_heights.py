"""Row heights of a workbook as LibreOffice Calc stores them and as it would fit them to the text.

Run with the system python3 (python3-uno): uno_row_heights.py IN PROFILE_DIR
Prints JSON {sheet: {"stored": [...], "optimal": [...], "widths": [...]}}: each row's height as
opened and after Calc's "optimal row height" (what the wrapped text needs), in 1/100 mm, and each
column's width in 1/100 mm, for the used area of every sheet.
"""

import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main():
    src, profile = sys.argv[1], sys.argv[2]
    pipe = f"rows{os.getpid()}"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
                               "--norestore", f"--accept=pipe,name={pipe};urp;"], stderr=subprocess.DEVNULL)
    desktop = None
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:  # noqa: BLE001 - UNO raises its own exception types
                time.sleep(0.5)
        else:
            raise SystemExit("soffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0, (prop("Hidden", True),))
        out = {}
        for name in doc.Sheets.ElementNames:
            sheet = doc.Sheets.getByName(name)
            if sheet.isProtected():
                sheet.unprotect("")
            cursor = sheet.createCursor()
            cursor.gotoEndOfUsedArea(False)
            rows, cols = cursor.RangeAddress.EndRow + 1, cursor.RangeAddress.EndColumn + 1
            stored = [sheet.Rows.getByIndex(r).Height for r in range(rows)]
            for r in range(rows):
                sheet.Rows.getByIndex(r).OptimalHeight = True
            optimal = [sheet.Rows.getByIndex(r).Height for r in range(rows)]
            widths = [sheet.Columns.getByIndex(c).Width for c in range(cols)]
            out[name] = {"stored": stored, "optimal": optimal, "widths": widths}
        doc.close(True)
        print(json.dumps(out))
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception:  # noqa: BLE001, S110 - UNO raises its own types; shutting down is best effort
            pass
        try:
            office.wait(timeout=20)
        except Exception:  # noqa: BLE001 - UNO raises its own exception types
            office.kill()


if __name__ == "__main__":
    main()
