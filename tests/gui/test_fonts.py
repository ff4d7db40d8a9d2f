"""The shipped Thai, Burmese and Arabic fonts: registered at start, used as fallbacks, enough on a machine without them."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from upr_desktop.paths import resource
from upr_desktop.ui import fonts

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = {"th": "ข้อเสนอแนะที่ตอบรับ", "my": "အကြံပြုချက်များ", "ar": "التوصيات التي تحظى بالتأييد"}


def test_the_fonts_and_their_licence_are_shipped() -> None:
    for name in fonts.FONT_FILES:
        assert resource("fonts", name).stat().st_size > 10_000, name
    licence = resource("fonts", "OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence and "Noto Sans Myanmar" in licence
    total = sum(resource("fonts", name).stat().st_size for name in fonts.FONT_FILES)
    assert total < 2_000_000  # regular and bold only: the repository stays small


def test_registered_once_with_the_script_families(qapp: QApplication) -> None:
    assert fonts.register_fonts() == ["Noto Sans Thai", "Noto Sans Myanmar", "Noto Sans Arabic"]
    assert fonts.register_fonts() == ["Noto Sans Thai", "Noto Sans Myanmar", "Noto Sans Arabic"]


def test_the_interface_languages_script_comes_first_and_latin_keeps_the_system_font(qapp: QApplication) -> None:
    size = qapp.font().pointSize()
    try:
        english = fonts.use_fonts_for(qapp, "en").families()
        system = english[:-3]
        assert system and not set(system) & set(fonts.SCRIPT_FAMILIES.values())
        assert QFontInfo(qapp.font()).family() == system[0]  # a real family, never a Thai font for Latin text
        assert english[-3:] == ["Noto Sans Thai", "Noto Sans Myanmar", "Noto Sans Arabic"]
        assert fonts.use_fonts_for(qapp, "my").families() == ["Noto Sans Myanmar", *system, "Noto Sans Thai", "Noto Sans Arabic"]
        assert qapp.font().families()[0] == "Noto Sans Myanmar" and qapp.font().pointSize() == size
        assert QFontInfo(fonts.latin_first(qapp.font())).family() == system[0]  # chart labels: lines as tall as in English
        assert fonts.use_fonts_for(qapp, "ar_EG").families()[:2] == ["Noto Sans Arabic", system[0]]
        assert fonts.use_fonts_for(qapp, "en").families() == english  # switching back leaves no trace
    finally:
        fonts.use_fonts_for(qapp, "en")


def test_translations_set_the_fonts_with_the_language(qapp: QApplication) -> None:
    from upr_desktop.ui.translations import Translations

    translations = Translations(qapp)
    try:
        assert translations.apply("th") == "th"
        assert qapp.font().families()[0] == "Noto Sans Thai"
    finally:
        translations.apply("en")
    assert qapp.font().families()[0] not in fonts.SCRIPT_FAMILIES.values()


# Run in a process whose fontconfig knows DejaVu only (no Thai, no Burmese): what a fresh machine may have.
NO_TOFU = textwrap.dedent("""
    import json, sys
    from PySide6.QtGui import QFont, QTextLayout
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from upr_desktop.ui import fonts
    samples = json.loads(sys.argv[1])

    def missing(text, font):
        layout = QTextLayout(text, font)
        layout.beginLayout(); layout.createLine(); layout.endLayout()
        runs = layout.glyphRuns()
        return sum(list(run.glyphIndexes()).count(0) for run in runs), sorted({run.rawFont().familyName() for run in runs})

    before = {lang: missing(text, QFont(app.font())) for lang, text in samples.items()}
    after = {lang: missing(text, fonts.use_fonts_for(app, "en")) for lang, text in samples.items()}
    print(json.dumps({"before": before, "after": after}))
""")


def test_no_boxes_on_a_machine_without_these_fonts(tmp_path: Path) -> None:
    dejavu = Path("/usr/share/fonts/truetype/dejavu")
    if not dejavu.is_dir():
        pytest.skip("DejaVu fonts are not installed here (fonts-dejavu-core)")
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>{dejavu}</dir>'
                    f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>", encoding="utf-8")
    env = {**os.environ, "FONTCONFIG_FILE": str(conf), "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    import json

    run = subprocess.run([sys.executable, "-c", NO_TOFU, json.dumps(SAMPLES)], capture_output=True, text=True, env=env,
                         timeout=120, check=False, cwd=ROOT)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["before"]["th"][0] > 0 and result["before"]["my"][0] > 0, result  # the machine really lacks them
    for lang in SAMPLES:
        assert result["after"][lang][0] == 0, (lang, result["after"])  # no glyph is a box
    assert "Noto Sans Thai" in result["after"]["th"][1] and "Noto Sans Myanmar" in result["after"]["my"][1]
