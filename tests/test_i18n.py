"""The Qt-free catalogue: shipped languages found from the files, messages and plurals as Qt renders them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from defusedxml import EntitiesForbidden

from upr_desktop import i18n
from upr_desktop.errors import UserError

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="{lang}">
<context>
    <name>upr_desktop</name>
    <message>
        <source>Sent on {{when}}.</source>
        <translation>{sent}</translation>
    </message>
    <message>
        <source>Not yet translated</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n recommendations</source>
        <translation>
{forms}
        </translation>
    </message>
</context>
</TS>
"""
FORMS = {"fr": 2, "es": 2, "ar": 6, "th": 1, "ru": 3, "pl": 3, "cs": 3}


def write_ts(folder: Path, lang: str, sent: str = "Sent!") -> Path:
    forms = "\n".join(f"            <numerusform>{lang} form {i}: %n</numerusform>" for i in range(FORMS[lang]))
    path = folder / f"upr_desktop_{lang}.ts"
    path.write_text(TS.format(lang=lang, sent=sent, forms=forms), encoding="utf-8")
    return path


@pytest.fixture
def fake_translations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    i18n.shipped_languages.cache_clear()
    i18n.catalogue.cache_clear()
    yield tmp_path
    i18n.shipped_languages.cache_clear()
    i18n.catalogue.cache_clear()


def test_the_shipped_catalogues_are_found_on_disk() -> None:
    shipped = i18n.shipped_languages()
    assert shipped[0] == "en" and {"fr", "es"} <= set(shipped)


def test_any_catalogue_file_is_a_shipped_language(fake_translations: Path) -> None:
    write_ts(fake_translations, "th")
    write_ts(fake_translations, "ar")
    (fake_translations / "upr_desktop_th.qm").write_bytes(b"")
    (fake_translations / "notes.ts").write_text("not a catalogue")
    assert i18n.shipped_languages() == ("en", "ar", "th")
    assert i18n.translator_for("th").tr("Sent on {when}.", when="x") == "Sent!"


def test_french_from_the_real_catalogue() -> None:
    fr = i18n.translator_for("fr")
    assert fr.language == "fr"
    assert fr.tr("Please send it back by {deadline}.", deadline="2030-01-31") != "Please send it back by 2030-01-31."
    assert "2030-01-31" in fr.tr("Please send it back by {deadline}.", deadline="2030-01-31")
    assert fr.tr("Fully implemented", "Vocabulary") == "Pleinement mise en œuvre"
    assert i18n.translator_for("es").tr("Noted", "Vocabulary") == "Anotada"


def test_language_codes_are_normalised_and_unknown_ones_refused() -> None:
    assert i18n.translator_for("fr-FR").language == "fr"
    assert i18n.translator_for("FR").language == "fr"
    assert i18n.translator_for(None).language == "en"
    assert i18n.translator_for("en").tr("Anything {x}", x=1) == "Anything 1"
    with pytest.raises(UserError, match="'xx' is not a language"):
        i18n.translator_for("xx")


def test_unfinished_entries_fall_back_to_english(fake_translations: Path) -> None:
    write_ts(fake_translations, "fr", sent="Envoyé le {when}.")
    fr = i18n.translator_for("fr")
    assert fr.tr("Sent on {when}.", when="lundi") == "Envoyé le lundi."
    assert fr.tr("Not yet translated") == "Not yet translated"
    assert fr.tr("Never in the catalogue") == "Never in the catalogue"


@pytest.mark.parametrize(("lang", "expected"), [
    ("fr", {0: 0, 1: 0, 2: 1, 5: 1}),
    ("es", {0: 1, 1: 0, 2: 1}),
    ("th", {0: 0, 1: 0, 7: 0}),
    ("ar", {0: 0, 1: 1, 2: 2, 3: 3, 10: 3, 11: 4, 99: 4, 100: 5, 101: 5, 103: 3, 111: 4}),
])
def test_numerus_forms(fake_translations: Path, lang: str, expected: dict[int, int]) -> None:
    write_ts(fake_translations, lang)
    t = i18n.translator_for(lang)
    for n, form in expected.items():
        assert t.trn("%n recommendations", n) == f"{lang} form {form}: {n}"


def test_plural_rules_match_qts_own(fake_translations: Path, tmp_path_factory: pytest.TempPathFactory) -> None:
    """Each rule against QTranslator on the same catalogue compiled by lrelease, n = 0..300."""
    pytest.importorskip("PySide6")
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    from PySide6.QtCore import QCoreApplication, QTranslator

    from PySide6.QtWidgets import QApplication

    # A QApplication, not a bare QCoreApplication: a widget test after this one in the same process
    # aborts on a core-only application (pytest-qt's qapp takes whatever instance exists).
    app = QCoreApplication.instance() or QApplication([])
    out = tmp_path_factory.mktemp("qm")
    catalogues = {lang: write_ts(fake_translations, lang) for lang in FORMS}
    for lang, ts in catalogues.items():
        qm = out / f"{lang}.qm"
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True, timeout=60)
        translator = QTranslator()
        assert translator.load(str(qm))
        app.installTranslator(translator)
        try:
            ours = i18n.translator_for(lang)
            for n in range(301):
                qt = QCoreApplication.translate("upr_desktop", "%n recommendations", None, n)
                assert ours.trn("%n recommendations", n) == qt, (lang, n)
        finally:
            app.removeTranslator(translator)


def test_a_hostile_catalogue_is_refused(tmp_path: Path) -> None:
    bomb = tmp_path / "upr_desktop_fr.ts"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE TS [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
                    "<TS><context><name>x</name><message><source>&b;</source><translation>y</translation></message></context></TS>")
    with pytest.raises(EntitiesForbidden):
        i18n.read_catalogue(bomb, "fr")


def test_catalogues_are_found_and_read_in_a_zipped_install(tmp_path: Path) -> None:
    import os
    import zipfile

    import upr_desktop

    package = Path(upr_desktop.__file__).resolve().parent
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in [package / "__init__.py", package / "paths.py", package / "errors.py", package / "i18n.py",
                     *(package / "resources" / "translations").glob("*.ts")]:
            zf.write(path, path.relative_to(package.parent).as_posix())
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from upr_desktop import i18n; "
            "print(i18n.__file__.startswith(sys.argv[1]), ','.join(i18n.shipped_languages()), i18n.translator_for('fr').tr('Read me'))")
    result = subprocess.run([sys.executable, "-c", code, str(archive)], capture_output=True, text=True, check=False, timeout=60,
                            env={**os.environ, "PYTHONPATH": ""}, cwd=tmp_path)
    assert result.stdout.split() == ["True", ",".join(i18n.shipped_languages()), "Lisez-moi"], result.stdout + result.stderr


def test_counts_take_their_plural_form_in_every_language() -> None:
    """Headless English reads its own catalogue's plural forms; each language has Qt's number of forms."""
    assert i18n.trn("Resolved %n conflicts.", 1) == "Resolved 1 conflict."
    assert i18n.trn("Resolved %n conflicts.", 3) == "Resolved 3 conflicts."
    assert i18n.trn("%n backups converted too.", 1) == "1 backup converted too."
    assert i18n.trn("Assign %n recommendations to {acronym}", 1, acronym="FEW") == "Assign 1 recommendation to FEW"
    fr = i18n.translator_for("fr")
    assert fr.trn("Resolved %n conflicts.", 0) == "0 conflit résolu."  # French: 0 and 1 are singular
    assert fr.trn("Resolved %n conflicts.", 2) == "2 conflits résolus."
    ar = i18n.translator_for("ar")
    forms = {ar.trn("Resolved %n conflicts.", n) for n in (0, 1, 2, 3, 11, 100)}
    assert len(forms) == 6 and ar.trn("Resolved %n conflicts.", 2) == "حُسم تعارضان."
    assert "7" in i18n.translator_for("th").trn("Resolved %n conflicts.", 7)


# Lists of names, not counts: "ref(s)" reads as a list heading there.
LISTS_OF_NAMES = {"unknown recommendation ref(s): {refs}.", "{where}: unknown key(s) {keys}; a decision has file, sheet, cell, ref, field, take and value."}


def test_no_message_counts_with_s_in_parentheses() -> None:
    """A count is said with its plural form ("1 backup", "2 backups"), never "backup(s)"."""
    from defusedxml import ElementTree

    root = ElementTree.fromstring((Path(i18n.__file__).parent / "resources" / "translations" / "upr_desktop_fr.ts").read_bytes())
    sources = {m.findtext("source") for m in root.iter("message")}
    bad = sorted(s for s in sources if s and "(s)" in s and s not in LISTS_OF_NAMES)
    assert not bad, bad
