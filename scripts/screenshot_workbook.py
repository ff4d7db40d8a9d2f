"""Screenshot each sheet of a workbook as LibreOffice Calc shows it, the way a field member opens it.

Run under Xvfb with the system python3 (python3-uno) and ImageMagick's ``import``:
  xvfb-run -a -s "-screen 0 1366x768x24" /usr/bin/python3 scripts/screenshot_workbook.py FILE OUT_DIR NAME
Writes OUT_DIR/NAME-<n>-<sheet>.png for every visible sheet: Calc opened on the file (not a copy),
its window filling the screen, each sheet brought to the front in turn.
"""

import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import uno
from com.sun.star.awt import PosSize
from com.sun.star.beans import PropertyValue

# A fresh profile would greet the viewer with the tip of the day.
PROFILE_SETTINGS = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="LastTimeDonateShown" oor:op="fuse"><value>9999999999</value></prop></item>
<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="LastTimeGetInvolvedShown" oor:op="fuse"><value>9999999999</value></prop></item>
</oor:items>
"""


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def main():
    src, out, name = Path(sys.argv[1]).resolve(), Path(sys.argv[2]), sys.argv[3]
    out.mkdir(parents=True, exist_ok=True)
    profile = Path(tempfile.mkdtemp(prefix="lo-shots-"))
    (profile / "user").mkdir()
    (profile / "user" / "registrymodifications.xcu").write_text(PROFILE_SETTINGS, encoding="utf-8")
    pipe = f"shots{os.getpid()}"
    office = subprocess.Popen(["soffice", f"-env:UserInstallation=file://{profile}", "--norestore", "--nologo",
                               f"--accept=pipe,name={pipe};urp;"], stderr=subprocess.DEVNULL)
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
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(str(src)), "_blank", 0, ())
        window = doc.CurrentController.Frame.ContainerWindow
        window.setPosSize(0, 0, 1366, 768, PosSize.POSSIZE)
        time.sleep(3)
        controller = doc.CurrentController
        for index in range(doc.Sheets.Count):
            sheet = doc.Sheets.getByIndex(index)
            if not sheet.IsVisible:
                continue
            controller.setActiveSheet(sheet)
            time.sleep(2)
            slug = re.sub(r"\W+", "-", sheet.Name.lower()).strip("-")
            subprocess.run(["import", "-window", "root", str(out / f"{name}-{index + 1}-{slug}.png")], check=True)
        doc.close(True)
    finally:
        try:
            if desktop is not None:
                desktop.terminate()
        except Exception as exc:  # noqa: BLE001 - UNO raises its own exception types
            print(f"soffice did not stop cleanly: {exc}", file=sys.stderr)
        try:
            office.wait(timeout=20)
        except Exception:  # noqa: BLE001
            office.kill()


if __name__ == "__main__":
    main()
