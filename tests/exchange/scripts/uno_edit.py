"""Edit unlocked cells of an exchange workbook in LibreOffice Calc through UNO, like a person.

Run with the system python3 (python3-uno): uno_edit.py IN OUT PROFILE_DIR EDITS_JSON
EDITS_JSON: [{"sheet": "Recommendations", "match_header": "Ref", "match": "145.1",
"header": "Status", "value": "Fully implemented"}, ...]; match null = first empty row.
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
    src, dst, profile, edits = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    pipe = f"upr{os.getpid()}"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--invisible",
                               "--norestore", f"--accept=pipe,name={pipe};urp;"])
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        for _ in range(120):
            try:
                ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except Exception:
                time.sleep(0.5)
        else:
            raise SystemExit("soffice did not start")
        desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
        for e in edits:
            sheet = doc.Sheets.getByName(e["sheet"])
            headers = {}
            for c in range(60):
                text = sheet.getCellByPosition(c, 0).getString()
                if text:
                    headers[text] = c
            target_row = None
            for r in range(1, 400):
                if e["match"] is None:
                    if all(sheet.getCellByPosition(c, r).getString() == "" for c in headers.values()):
                        target_row = r
                        break
                elif sheet.getCellByPosition(headers[e["match_header"]], r).getString() == e["match"]:
                    target_row = r
                    break
            cell = sheet.getCellByPosition(headers[e["header"]], target_row)
            if cell.CellProtection.IsLocked:
                raise SystemExit(f"cell {e} is locked")
            if e.get("date"):
                cell.setFormula(e["value"])  # typed like a person: Calc turns 2025-03-04 into a date
            else:
                cell.setString(e["value"])
        doc.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=20)
        except Exception:
            office.kill()


if __name__ == "__main__":
    main()
