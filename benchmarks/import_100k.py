"""Import 100,000 UPR Info-style recommendations from .xlsx: whole processes against a bare python-calamine read.

Targets (issue 19, 2-core machine): the import into an empty workspace <= 3.0x a bare python-calamine read of
the same file, <= 400 MB peak; a re-import that changes nothing <= 2.5x the bare read, <= 250 MB (measured twice: the
very same file, which a workspace unchanged since recognises without reading it again, and the same rows re-saved
into other bytes, which are read and compared row by row); the same import
into an encrypted workspace <= 1.2x the plain one. Every figure is one whole process (interpreter start and
imports included: what a person waits for), measured with os.wait4 (the child's own wall, CPU and peak RSS); the
bare read is a process too, run alternately in the same run. Medians of --runs. On a shared machine the CPU
column is the steadier one: wall time includes waiting for the other processes.

    python benchmarks/import_100k.py [--rows N] [--runs 3] [--regenerate] [--no-encrypted]

The encrypted import opens the workspace with its passphrase (key derivation included) and builds in an
encrypted copy (core.storage.copy_build). benchmarks/import_sqlite_floor.py shows the database side alone.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).resolve().parent / "out"
HEADERS = ["SuR", "Rgrp", "Org", "Recommendation", "RS", "Rgrp", "Org", "Response", "Action", "Issue", "Session", "Cycle"]

_OPENINGS = ["Take further measures to", "Continue its efforts to", "Ensure that the authorities", "Strengthen its legal framework to",
             "Adopt a comprehensive national strategy to", "Consider the possibility to", "Redouble efforts to",
             "Take all necessary legislative and administrative steps to", "Intensify its efforts to", "Establish an effective mechanism to"]
_ACTIONS = ["combat trafficking in persons, in particular women and children,", "guarantee the independence of the judiciary",
            "protect human rights defenders and journalists from harassment and intimidation",
            "ratify the Optional Protocol to the Convention against Torture", "abolish the death penalty for all crimes",
            "improve access to quality education for children with disabilities", "eliminate discrimination against migrant workers",
            "ensure birth registration for all children, including refugee and stateless children",
            "prevent and punish gender-based violence, including domestic violence,",
            "guarantee freedom of expression online and offline", "reduce maternal and infant mortality in rural areas",
            "align its national legislation with the Rome Statute of the International Criminal Court"]
_MEANS = ["by allocating adequate human and financial resources", "in consultation with civil society organizations",
          "through awareness-raising campaigns targeting rural communities", "with the technical assistance of OHCHR",
          "in line with its international obligations", "by strengthening the national human rights institution",
          "including by collecting disaggregated data", "and report on progress at its next review"]
_TAILS = ["in accordance with the Paris Principles", "and bring perpetrators to justice", "without delay",
          "as recommended during the previous cycle", "with a view to ensuring accountability", "and ensure effective remedies for victims",
          "by the end of the current cycle", "and guarantee their participation in decision-making"]
_RESPONSES = ["Accepted"] * 6 + ["Noted"] * 3 + ["Supported"]


def _states() -> tuple[list[str], list[str]]:
    from upr_desktop.core.domain import vocab

    names = [s.name for s in vocab.states() if s.is_member]
    spellings = names + [v for s in vocab.states() if s.is_member for v in s.variants[:1]]
    return names, spellings


def _issues() -> list[str]:
    from upr_desktop.core.domain import vocab

    return vocab.upr_info_issues()


def generate(path: Path, rows: int, seed: int = 11) -> None:
    """Write the workbook's XML directly (shared strings, one sheet): ~100k rows in a few seconds."""
    rng = random.Random(seed)
    suR, spellings = _states()
    issues = _issues()
    strings: dict[str, int] = {}

    def sst(value: str) -> str:
        index = strings.get(value)
        if index is None:
            index = strings[value] = len(strings)
        return f'<c t="s"><v>{index}</v></c>'

    seen: set[tuple[str, int, str, str]] = set()
    body = ["<row>" + "".join(sst(h) for h in HEADERS) + "</row>"]
    for _ in range(rows):
        while True:
            state = rng.choice(suR)
            session = rng.randint(1, 46)
            rs = rng.choice(spellings)
            text = f"{rng.choice(_OPENINGS)} {rng.choice(_ACTIONS)} {rng.choice(_MEANS)} {rng.choice(_TAILS)}."
            if (state, session, rs, text) not in seen:
                seen.add((state, session, rs, text))
                break
        cycle = 1 if session <= 12 else 2 if session <= 26 else 3 if session <= 40 else 4
        cells = [sst(state), sst("Asia"), sst("AU, OIF"), sst(text), sst(rs), sst("WEOG"), sst("EU, OSCE"),
                 sst(rng.choice(_RESPONSES)), f"<c><v>{rng.randint(1, 5)}</v></c>",
                 sst(",".join(rng.sample(issues, rng.randint(1, 3)))), f"<c><v>{session}.0</v></c>", f"<c><v>{cycle}</v></c>"]
        body.append("<row>" + "".join(cells) + "</row>")
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    sheet = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {ns}><sheetData>{"".join(body)}</sheetData></worksheet>'
    shared = "".join(f"<si><t>{escape(s)}</t></si>" for s in strings)
    sst_xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst {ns} count="{len(strings)}" uniqueCount="{len(strings)}">{shared}</sst>'
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {ns} {rel}><sheets><sheet name="UPR Info database export" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
        "xl/sharedStrings.xml": sst_xml,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    partial.replace(path)


def one_row_changed(path: Path) -> Path:
    """The same export with one row's action category changed (written as another number): read and compared row by row."""
    copy = path.with_name(path.stem + "_one_changed.xlsx")
    if not copy.exists() or copy.stat().st_mtime < path.stat().st_mtime:
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as target:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename == "xl/worksheets/sheet1.xml":
                    row = data.index(b"</row><row>") + len(b"</row><row>")  # the first row after the header
                    cell = data.index(b"<c><v>", row) + len(b"<c><v>")  # its action category (1-5)
                    data = data[:cell] + (b"2" if data[cell:cell + 1] != b"2" else b"3") + data[cell + 1:]
                target.writestr(item.filename, data)
    return copy


def resaved(path: Path) -> Path:
    """The same cells in other bytes (recompressed), as a newer export with nothing changed would be: not the same file."""
    copy = path.with_name(path.stem + "_resaved.xlsx")
    if not copy.exists() or copy.stat().st_mtime < path.stat().st_mtime:
        with zipfile.ZipFile(path) as source, zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
            for item in source.infolist():
                target.writestr(item.filename, source.read(item.filename))
    return copy


BARE_READ = "import sys, python_calamine as pc; rows = pc.CalamineWorkbook.from_path(sys.argv[1]).get_sheet_by_index(0).to_python(); assert len(rows) > 1"
PASSPHRASE = "benchmark passphrase, not a secret"


def timed_child(command: list[str], env: dict[str, str], cwd: str | None = None) -> tuple[float, float, float, str]:
    """Wall, CPU and peak RSS of one whole child process (os.wait4 gives the child's own figures)."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
    out = proc.stdout.read()  # type: ignore[union-attr]
    err = proc.stderr.read()  # type: ignore[union-attr]
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{err.decode(errors='replace')[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, out.decode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument("--no-encrypted", action="store_true", help="leave out the import into an encrypted workspace")
    parser.add_argument("--compare-with", metavar="CHECKOUT", help="also import with another checkout's code (e.g. /work/main), "
                        "alternating with this one in every run: a before/after measured under the same load")
    args = parser.parse_args()
    path = OUT / f"upr_info_{args.rows}.xlsx"
    if args.regenerate or not path.exists():
        start = time.perf_counter()
        generate(path, args.rows)
        print(f"generated {path.name}: {path.stat().st_size / 2**20:.1f} MB in {time.perf_counter() - start:.1f} s")
    app = [sys.executable, "-m", "upr_desktop"]
    figures: dict[str, list[tuple[float, float, float]]] = {}
    reports: dict[str, str] = {}

    def record(label: str, measured: tuple[float, float, float, str]) -> str:
        figures.setdefault(label, []).append(measured[:3])
        return measured[3]

    for _run in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            env = {**os.environ, "UPR_DESKTOP_HOME": str(Path(tmp) / "home"), "UPR_DESKTOP_BACKUP_DIR": str(Path(tmp) / "backups"),
                   "UPR_DESKTOP_PASSPHRASE": PASSPHRASE}
            plain, protected = Path(tmp) / "plain.uprw", Path(tmp) / "protected.uprw"
            subprocess.run([*app, "--workspace", str(plain), "init", "--name", "Benchmark", "--country", "Thailand"], env=env,
                           check=True, capture_output=True)
            record("bare python-calamine read (baseline)", timed_child([sys.executable, "-c", BARE_READ, str(path)], env))
            command = ["--json", "import", str(path), "--all-states"]
            reports["import"] = record("import into an empty workspace", timed_child([*app, "--workspace", str(plain), *command], env))
            if args.compare_with:
                other_ws = Path(tmp) / "other.uprw"
                subprocess.run([*app, "--workspace", str(other_ws), "init", "--name", "Benchmark", "--country", "Thailand"], env=env,
                               check=True, capture_output=True, cwd=args.compare_with)
                record("import, --compare-with checkout", timed_child([*app, "--workspace", str(other_ws), *command], env, cwd=args.compare_with))
            reports["re-import"] = record("re-import, nothing changed", timed_child([*app, "--workspace", str(plain), *command], env))
            other = ["--json", "import", str(resaved(path)), "--all-states"]
            reports["re-saved"] = record("re-import, same rows re-saved", timed_child([*app, "--workspace", str(plain), *other], env))
            if args.compare_with:
                record("re-import re-saved, --compare-with", timed_child([*app, "--workspace", str(other_ws), *command], env, cwd=args.compare_with))
                record("re-import re-saved, --compare-with", timed_child([*app, "--workspace", str(other_ws), *other], env, cwd=args.compare_with))
                figures["re-import re-saved, --compare-with"].pop(-2)  # the same file first, as above: only the re-saved one counts
            changed = ["--json", "import", str(one_row_changed(path)), "--all-states"]
            reports["one changed"] = record("re-import, one row changed", timed_child([*app, "--workspace", str(plain), *changed], env))
            if not args.no_encrypted:
                subprocess.run([*app, "--workspace", str(protected), "init", "--name", "Benchmark", "--country", "Thailand", "--encrypt"],
                               env=env, check=True, capture_output=True)
                reports["encrypted"] = record("import into an encrypted workspace", timed_child([*app, "--workspace", str(protected), *command], env))
                if args.compare_with:
                    other_protected = Path(tmp) / "other_protected.uprw"
                    subprocess.run([*app, "--workspace", str(other_protected), "init", "--name", "Benchmark", "--country", "Thailand", "--encrypt"],
                                   env=env, check=True, capture_output=True, cwd=args.compare_with)
                    record("encrypted import, --compare-with", timed_child([*app, "--workspace", str(other_protected), *command], env, cwd=args.compare_with))
    for label, out in reports.items():
        counts = json.loads(out)["files"][0]
        print(f"{label}: " + ", ".join(f"{k} {counts[k]}" for k in ("added", "updated", "unchanged", "skipped")))
    load = os.getloadavg()[0]
    print(f"\n{args.rows:,} rows; whole processes, medians of {args.runs} (load average {load:.1f} on {os.cpu_count()} cores):")
    print(f"  {'':38s} {'wall':>7s} {'cpu':>7s}  {'x bare (wall / cpu)':>20s}  {'peak RSS':>9s}")
    median = {label: tuple(statistics.median(r[i] for r in runs) for i in range(3)) for label, runs in figures.items()}
    bare = median["bare python-calamine read (baseline)"]
    plain_import = median["import into an empty workspace"]
    targets = {"import into an empty workspace": "<= 3.0x, <= 400 MB", "re-import, nothing changed": "<= 2.5x, <= 250 MB",
               "re-import, same rows re-saved": "<= 2.5x, <= 250 MB", "re-import re-saved, --compare-with": "<= 2.5x, <= 250 MB",
               "import into an encrypted workspace": "<= 1.2x the plain import"}
    for label, (wall, cpu, rss) in median.items():
        extra = ""
        if label == "import into an encrypted workspace":
            extra = f"  = {wall / plain_import[0]:.2f}x / {cpu / plain_import[1]:.2f}x the plain import"
        if label == "import, --compare-with checkout":
            extra = f"  (this checkout's import = {plain_import[0] / wall:.2f}x / {plain_import[1] / cpu:.2f}x of it; {args.compare_with})"
        if label == "encrypted import, --compare-with":
            other_plain = median["import, --compare-with checkout"]
            extra = f"  = {wall / other_plain[0]:.2f}x / {cpu / other_plain[1]:.2f}x its plain import"
        print(f"  {label:38s} {wall:6.2f}s {cpu:6.2f}s  {wall / bare[0]:8.1f}x / {cpu / bare[1]:4.1f}x  {rss:6.0f} MB"
              f"{extra}{'  (target ' + targets[label] + ')' if label in targets else ''}")


if __name__ == "__main__":
    main()
