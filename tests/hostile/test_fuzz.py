"""Fuzzing the readers: hypothesis-driven mutations of real-layout files, read in a process limited to 500 MB.

The seeds are files as the real programs make them (a UPR Info export as openpyxl and xlwt write it,
its CSV, an OHCHR matrix from python-docx, an OpenDocument sheet, and a returned exchange workbook
exported by the app itself). Mutations work on bytes (flips, cuts, insertions) and on the parts inside
the zip (numbers in attributes made huge, ``r=`` removed, rows and cells repeated thousands of times,
parts dropped). Every mutated file must be read correctly or refused with a one-line message naming
it: never a traceback, never an abort, never more than 500 MB (RLIMIT_AS on the reading process).

The main suite tries a few dozen inputs; the slow suite (run in CI after the main one) a thousand.
Both print how many inputs they tried and the reading process's peak memory.
"""

from __future__ import annotations

import io
import itertools
import json
import os
import random
import re
import resource
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile import corpus

# One worker makes the seed files and starts the reading process (the module's `seeds` and `reader`).
pytestmark = pytest.mark.xdist_group("fuzz")

LIMIT = 500 * 2**20
WORKER = Path(__file__).with_name("fuzz_worker.py")
ROOT = Path(__file__).resolve().parents[2]
INTERESTING = [0, 1, 2, 255, 256, 16_383, 16_384, 16_385, 65_535, 65_536, 1_048_576, 1_048_577, 2**31 - 1, 2**32, 10**12]
LEGACY = ["SuR", "Rgrp", "Org", "Recommendation", "RS", "Rgrp", "Org", "Response", "Action", "Issue", "Session"]


# -- seeds: files as real programs write them ----------------------------------------------------------
def _rows(count: int = 25) -> list[list[object]]:
    return [LEGACY] + [["Thailand", "Asia", "", f"Ratify the Optional Protocol {i} to the Convention against Torture", "France", "WEOG", "EU",
                        "Accepted" if i % 2 else "Noted", 1 + i % 5, "Torture,International instruments", 25] for i in range(count)]


def _seed_xlsx(folder: Path) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "UPR Info database export"
    for row in _rows():
        sheet.append(row)
    path = folder / "upr-info.xlsx"
    book.save(path)
    return path


def _seed_xls(folder: Path) -> Path:
    import xlwt

    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("UPR Info database export")
    for r, row in enumerate(_rows()):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    path = folder / "upr-info.xls"
    book.save(str(path))
    return path


def _seed_csv(folder: Path) -> Path:
    lines = ["To,Text,From,Response,Action,Issue,Session"]
    for row in _rows()[1:]:
        lines.append(f'{row[0]},"{row[3]}",{row[4]},{row[7]},{row[8]},"{row[9]}",{row[10]}')
    path = folder / "upr-info.csv"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def _seed_docx(folder: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("UPR of Thailand - Third Cycle")
    table = document.add_table(rows=1, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Recommendation", "Position", "Full list of themes"], strict=True):
        cell.text = text
    for i in range(15):
        cells = table.add_row().cells
        if i % 5 == 0:
            merged = cells[0].merge(cells[-1])
            merged.text = "Theme: A12 Acceptance of international norms"
            continue
        cells[0].text = f"121.{i} Ratify the Convention against Torture (France);\nSource of Position: A/HRC/43/15 - Para 121"
        cells[1].text = "Supported" if i % 2 else "Noted"
        cells[2].text = "- A12 Acceptance of international norms\n- D25 Prohibition of torture"
    path = folder / "matrix.docx"
    document.save(str(path))
    return path


def _seed_ods(folder: Path) -> Path:
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    rows = "".join("<table:table-row>" + "".join(cell.format(v) for v in row) + "</table:table-row>"
                   for row in [["To", "Text", "From", "Response"], *[["Thailand", f"Ratify instrument {i}", "France", "Accepted"] for i in range(20)]])
    path = folder / "upr-info.ods"
    path.write_bytes(corpus.ods_bytes(rows))
    return path


def _seed_return(folder: Path) -> Path:
    import keyring
    from keyring.backends import fail

    from tests.exchange.conftest import seed
    from upr_desktop.core.storage.workspace_file import create_workspace
    from upr_desktop.exchange.export import export_workbook

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # made before any test's keyring fixture: the signing key stays in the workspace
    ws = create_workspace(folder / "seed.uprw", name="Seed Coalition", country="Thailand", cycles=[2])
    try:
        seed(ws)
        path = folder / "ACR-return.xlsx"
        export_workbook(ws, group="ACR", target=path)
    finally:
        ws.close()
        keyring.set_keyring(previous)
    return path


# -- mutations ---------------------------------------------------------------------------------------------
def _flip(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(out))
        out[at] = rng.randrange(256)
    return bytes(out)


def _cut(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data))]


def _insert(data: bytes, rng: random.Random) -> bytes:
    at = rng.randrange(len(data))
    chunk = rng.choice([b'"', b",", b"\r\n", b"\x00", b"<c/>", b"\xff\xfe", data[at : at + rng.randint(1, 200)] * rng.randint(1, 50)])
    return data[:at] + chunk + data[at:]


def _numbers(text: bytes, rng: random.Random) -> bytes:
    """Numbers inside attributes (r=, spans, repeats, gridSpan...) replaced by interesting ones."""
    spots = [m for m in re.finditer(rb'="([A-Z]{0,3})(\d+)"', text)]
    for m in rng.sample(spots, min(len(spots), rng.randint(1, 6))) if spots else []:
        value = str(rng.choice(INTERESTING + [rng.randint(0, 10**7)])).encode()
        text = text.replace(m[0], b'="' + m[1] + value + b'"', 1)
    return text


def _drop_refs(text: bytes, rng: random.Random) -> bytes:
    pattern = rb'\s(?:r|table:number-columns-repeated|table:number-rows-repeated|w:val)="[^"]*"'
    if rng.random() < 0.5:
        return re.sub(pattern, b"", text)
    return re.sub(pattern, lambda m: b"" if rng.random() < 0.3 else m[0], text)


def _repeat(text: bytes, rng: random.Random) -> bytes:
    """A row (sheet, Word table, ODS) or a cell repeated hundreds to thousands of times."""
    elements = list(re.finditer(rb"<(row|w:tr|table:table-row|c|w:tc)\b[^>]*?(?:/>|>.*?</\1>)", text, re.DOTALL))
    if not elements:
        return text
    m = rng.choice(elements)
    return text[: m.end()] + m[0] * rng.choice([2, 10, 300, 3_000, 20_000]) + text[m.end():]


def _empty_cells(text: bytes, rng: random.Random) -> bytes:
    at = text.find(b"<row")
    if at < 0:
        return text
    at = text.find(b">", at) + 1
    return text[:at] + b"<c/>" * rng.choice([100, 16_383, 20_000]) + text[at:]


PART_MUTATIONS = {"numbers": _numbers, "drop_refs": _drop_refs, "repeat": _repeat, "empty_cells": _empty_cells, "flip": _flip, "cut": _cut}
FILE_MUTATIONS = {"flip": _flip, "cut": _cut, "insert": _insert}


def _mutate_zip(data: bytes, name: str, seed: int) -> bytes:
    rng = random.Random(seed)
    source = zipfile.ZipFile(io.BytesIO(data))
    members = source.infolist()
    xml = [i for i in members if i.filename.endswith((".xml", ".rels"))]
    target = rng.choice(xml).filename if xml else None
    big = [i.filename for i in xml if i.filename.startswith(("xl/worksheets/", "word/document", "content"))]
    if big and rng.random() < 0.7:
        target = rng.choice(big)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in members:
            body = source.read(info.filename)
            if info.filename == target:
                if name == "drop_member":
                    continue
                body = PART_MUTATIONS[name](body, rng) if body else body
            z.writestr(info.filename, body)
    return out.getvalue()


def mutate(data: bytes, steps: list[tuple[str, int]]) -> bytes:
    for name, seed in steps:
        if not data:
            break
        if name in FILE_MUTATIONS:
            data = FILE_MUTATIONS[name](data, random.Random(seed))
        elif data[:4] == b"PK\x03\x04":
            try:
                data = _mutate_zip(data, name, seed)
            except Exception:  # noqa: BLE001 - a zip already broken by an earlier step (zlib, CRC...): bytes only
                data = _flip(data, random.Random(seed))
        else:
            data = PART_MUTATIONS.get(name, _flip)(data, random.Random(seed)) if name != "drop_member" else data
    return data


# -- the reading process -------------------------------------------------------------------------------
class Reader:
    """The worker process under RLIMIT_AS, restarted if a reader kills it."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[str] | None = None
        self.tried = 0
        self.peak_kb = 0
        self.outcomes = {"ok": 0, "refused": 0}
        self.growth: list[tuple[int, str]] = []  # (MB the peak grew by, what was read): the dearest inputs

    def _start(self) -> subprocess.Popen[str]:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "RUST_BACKTRACE": "0"}

        def limit() -> None:
            resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))

        return subprocess.Popen([sys.executable, str(WORKER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                text=True, env=env, cwd=ROOT, preexec_fn=limit)  # noqa: PLW1509 - the limit is the point

    def read(self, kind: str, path: Path) -> dict[str, object]:
        if self.process is None or self.process.poll() is not None:
            self.process = self._start()
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(json.dumps({"kind": kind, "path": str(path)}) + "\n")
        self.process.stdin.flush()
        line = self.process.stdout.readline()
        self.tried += 1
        if not line:
            code = self.process.wait()
            err = self.process.stderr.read() if self.process.stderr else ""
            self.process = None
            return {"status": "died", "message": f"exit {code}: {err[-2000:]}"}
        answer: dict[str, object] = json.loads(line)
        peak = int(answer["maxrss_kb"])  # type: ignore[call-overload]
        if peak - self.peak_kb > 20 * 1024:
            self.growth.append(((peak - self.peak_kb) // 1024, path.name))
        self.peak_kb = max(self.peak_kb, peak)
        return answer

    def close(self) -> None:
        if self.process is not None and self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(timeout=30)


class Seeds(dict):  # type: ignore[type-arg]
    """Seed files by name: (how they are read, their bytes); shown briefly in hypothesis's reports."""

    def __repr__(self) -> str:
        return f"Seeds({', '.join(self)})"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Seeds:
    folder = tmp_path_factory.mktemp("seeds")
    made = {"xlsx": ("import", _seed_xlsx(folder)), "xls": ("import", _seed_xls(folder)), "csv": ("import", _seed_csv(folder)),
            "docx": ("import", _seed_docx(folder)), "ods": ("import", _seed_ods(folder)), "return": ("return", _seed_return(folder))}
    return Seeds({name: (kind, path.read_bytes()) for name, (kind, path) in made.items()})


@pytest.fixture(scope="module")
def reader() -> Iterator[Reader]:
    worker = Reader()
    yield worker
    worker.close()
    print(f"\nfuzz: {worker.tried} inputs read, {worker.outcomes}, peak memory of the reading process {worker.peak_kb // 1024} MB; "
          f"the peak grew most with: {sorted(worker.growth, reverse=True)[:5]}")


STEPS = st.lists(st.tuples(st.sampled_from(sorted({*PART_MUTATIONS, *FILE_MUTATIONS, "drop_member"})), st.integers(0, 2**32 - 1)),
                 min_size=1, max_size=3)
SUFFIX = {"xlsx": ".xlsx", "xls": ".xls", "csv": ".csv", "docx": ".docx", "ods": ".ods", "return": ".xlsx"}


_NAMES = itertools.count()


def _check(reader: Reader, seeds: Seeds, folder: Path, which: str, steps: list[tuple[str, int]]) -> None:
    kind, data = seeds[which]
    names = "-".join(name for name, _seed in steps)
    path = folder / f"mutated-{next(_NAMES)}-{which}-{names}{SUFFIX[which]}"
    path.write_bytes(mutate(data, steps))
    try:
        answer = reader.read(kind, path)
        status, message = answer["status"], str(answer["message"])
        keep = folder.parent / "fuzz-failures"
        problem = None
        if status not in ("ok", "refused"):
            problem = f"{status}: {message}"
        elif status == "refused" and ("\n" in message.strip() or path.name not in message):
            problem = f"a refusal that is not one line naming the file: {message!r}"
        if problem:
            keep.mkdir(exist_ok=True)
            shutil.copyfile(path, keep / path.name)
        assert problem is None, f"{which} {steps}: {problem}\n(the input is kept as {keep / path.name})"
        reader.outcomes[str(status)] += 1
        assert reader.peak_kb < LIMIT // 1024
    finally:
        path.unlink(missing_ok=True)


@settings(max_examples=36, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
@given(which=st.sampled_from(["xlsx", "xls", "csv", "docx", "ods", "return"]), steps=STEPS)
def test_mutated_files_are_read_or_refused_within_500_mb(reader: Reader, seeds, tmp_path_factory, which: str, steps) -> None:
    _check(reader, seeds, tmp_path_factory.getbasetemp() / "fuzz", which, steps)


@pytest.mark.slow
@settings(max_examples=1_000, deadline=None, derandomize=True, database=None, suppress_health_check=list(HealthCheck))
@given(which=st.sampled_from(["xlsx", "xls", "csv", "docx", "ods", "return"]), steps=STEPS)
def test_a_thousand_mutated_files(reader: Reader, seeds, tmp_path_factory, which: str, steps) -> None:
    _check(reader, seeds, tmp_path_factory.getbasetemp() / "fuzz", which, steps)


@pytest.fixture(scope="module", autouse=True)
def _fuzz_folder(tmp_path_factory: pytest.TempPathFactory) -> None:
    (tmp_path_factory.getbasetemp() / "fuzz").mkdir(exist_ok=True)


def test_the_seeds_themselves_are_read(reader: Reader, seeds, tmp_path_factory) -> None:
    """The mutations start from files the app reads: each seed alone is read without a problem."""
    for which in seeds:
        kind, data = seeds[which]
        path = tmp_path_factory.getbasetemp() / "fuzz" / f"seed{SUFFIX[which]}"
        path.write_bytes(data)
        assert reader.read(kind, path)["status"] == "ok", which
