"""scripts/check_translations.py: every shipped catalogue passes, and the checker finds each kind of broken translation."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "check_translations.py"


def _load():
    spec = importlib.util.spec_from_file_location("check_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


check = _load()


def test_every_shipped_catalogue_passes() -> None:
    run = subprocess.run([sys.executable, str(SCRIPT)], capture_output=True, text=True, cwd=ROOT, timeout=60, check=False)
    assert run.returncode == 0, run.stdout[-4000:] + run.stderr[-2000:]
    shipped = {line.split(":")[0] for line in run.stdout.splitlines() if not line.startswith(" ")}
    assert {"fr", "es", "th", "my", "ar"} <= shipped, run.stdout


def _ts(tmp_path: Path, language: str, body: str) -> Path:
    path = tmp_path / f"upr_desktop_{language}.ts"
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="{language}">'
                    f"<context><name>Page</name>{body}</context></TS>", encoding="utf-8")
    return path


def _message(source: str, translation: str, *, unfinished: bool = False) -> str:
    kind = ' type="unfinished"' if unfinished else ""
    return f"<message><source>{source}</source><translation{kind}>{translation}</translation></message>"


def _plural(source: str, *forms: str) -> str:
    inner = "".join(f"<numerusform>{f}</numerusform>" for f in forms)
    return f'<message numerus="yes"><source>{source}</source><translation>{inner}</translation></message>'


THAI_OK = [
    _message("&amp;Save", "บันทึก (&amp;S)"),
    _message("Saved %1 of %2", "บันทึก %1 จาก %2 แล้ว"),
    _message("Row {row}: {reason}", "แถว {row}: {reason}"),
    _message(" pt", " พอยต์"),
    _message("Only &amp;%1 (this State)", "เฉพาะ &amp;%1 (รัฐนี้)"),
    _plural("%n recommendations", "ข้อเสนอแนะ %n ข้อ"),
]


def test_a_good_thai_catalogue_has_no_problem(tmp_path: Path) -> None:
    report = check.check_catalogue(_ts(tmp_path, "th", "".join(THAI_OK)), "th")
    assert (report.entries, report.plurals, report.problems) == (6, 1, [])


@pytest.mark.parametrize(("body", "problem"), [
    (_message("&amp;Save", "บันทึก", unfinished=True), "not translated"),
    (_message("&amp;Save", ""), "not translated"),  # lupdate marks an empty one unfinished; an empty finished one is caught too
    (_message("Saved %1 of %2", "บันทึก %1 แล้ว"), "placeholders"),
    (_message("Row {row}: {reason}", "แถว {แถว}: {reason}"), "placeholders"),
    (_message("&lt;b&gt;%1&lt;/b&gt; groups", "กลุ่ม %1"), "HTML tags"),
    (_message("Removing:\n{listing}", "กำลังนำออก: {listing}"), "line breaks"),
    (_message(" pt", "พอยต์"), "leading/trailing space"),
    (_message("&amp;Save", "บันทึก"), "0 mnemonics"),
    (_message("&amp;Save", "&amp;บันทึก"), "cannot be typed on a Latin keyboard"),
    (_plural("%n recommendations", ""), "0 plural forms filled of the 1"),
    (_plural("%n recommendations", "ข้อเสนอแนะ"), "placeholders"),
])
def test_each_kind_of_broken_thai_translation_is_found(tmp_path: Path, body: str, problem: str) -> None:
    if "<translation></translation>" in body:
        body = body.replace("<translation></translation>", "<translation> </translation>")
        problem = "empty translation"
    report = check.check_catalogue(_ts(tmp_path, "th", body), "th")
    assert len(report.problems) == 1 and problem in report.problems[0], report.problems


ARABIC_FORMS = ("لا توصيات", "توصية واحدة", "توصيتان", "%n توصيات", "%n توصية", "%n توصية")


def test_arabic_needs_its_six_plural_forms_and_may_spell_out_zero_one_and_two(tmp_path: Path) -> None:
    ok = check.check_catalogue(_ts(tmp_path, "ar", _plural("%n recommendations", *ARABIC_FORMS)), "ar")
    assert ok.problems == []
    short = check.check_catalogue(_ts(tmp_path, "ar", _plural("%n recommendations", *ARABIC_FORMS[:2])), "ar")
    assert "2 plural forms filled of the 6 Qt uses for ar" in short.problems[0]
    no_count = check.check_catalogue(_ts(tmp_path, "ar", _plural("%n recommendations", *ARABIC_FORMS[:3], "توصيات", *ARABIC_FORMS[4:])), "ar")
    assert len(no_count.problems) == 1 and "form 3: placeholders" in no_count.problems[0]


def test_french_keeps_accented_mnemonics_and_two_forms(tmp_path: Path) -> None:
    body = _message("&amp;About", "&amp;À propos") + _plural("%n groups", "%n groupe", "%n groupes")
    assert check.check_catalogue(_ts(tmp_path, "fr", body), "fr").problems == []
    one_form = check.check_catalogue(_ts(tmp_path, "fr", _plural("%n groups", "%n groupe")), "fr")
    assert "1 plural forms filled of the 2" in one_form.problems[0]


def test_the_command_line_names_the_problems_and_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    _ts(tmp_path, "th", _message("Saved %1 of %2", "บันทึก %1 แล้ว"))
    monkeypatch.setattr(check, "TRANSLATIONS", tmp_path)
    assert check.main([]) == 1
    out = capsys.readouterr().out
    assert "th: 1 entries (0 with plural forms), 0 identical to English, 1 problems" in out
    assert "placeholders ['%1'] instead of ['%1', '%2']" in out
    with pytest.raises(SystemExit, match="no catalogue for xx"):
        check.main(["xx"])
