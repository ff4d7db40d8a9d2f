"""Every shipped language (French, Spanish, Thai, Burmese, Arabic): the catalogues hold every string of the checkout's sources, translated, and the .qm files are
what lrelease makes of them; translations keep placeholders/markup/mnemonics; French pages show no English."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QTabWidget,
    QTreeView,
    QWidget,
)

from upr_desktop.ui.page_registry import PAGES

ROOT = Path(__file__).resolve().parents[2]  # the checkout these tests belong to
CATALOGUES = ROOT / "upr_desktop" / "resources" / "translations"
# Every catalogue in the checkout (scripts/check_translations.py checks their content more closely).
SHIPPED = sorted(p.stem.removeprefix("upr_desktop_") for p in CATALOGUES.glob("upr_desktop_*.ts"))
SHELL_CONTEXTS = {
    "Pages", "Vocabulary", "MainActions", "MainWindow", "WorkspaceStatusBar", "PlaceholderPage", "ErrorDialogs",
    "Welcome", "Controller", "ProgressDialog", "RecommendationTable", "RecommendationsPage", "FilterBar", "DetailPane",
    "AssessmentDialog", "AssignDialog", "ThemesDialog",
}


def catalogue(lang: str, path: Path | None = None) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None when unfinished; the committed catalogue unless ``path`` is given."""
    tree = ET.parse(path or CATALOGUES / f"upr_desktop_{lang}.ts")
    found: dict[tuple[str, str], str | None] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            text = translation.text if translation is not None else None
            if translation is not None and message.get("numerus") == "yes":  # plural forms (%n): every form must be there
                forms = [f.text or "" for f in translation.iter("numerusform")]
                text = forms[-1] if forms and all(f.strip() for f in forms) else None
            done = translation is not None and translation.get("type") != "unfinished" and (text or "").strip()
            found[(name, message.findtext("source") or "")] = text if done else None
    return found


@pytest.mark.parametrize("lang", SHIPPED)
def test_shell_and_recommendations_catalogue_is_complete(lang: str) -> None:
    missing = [f"{c}: {s!r}" for (c, s), t in catalogue(lang).items() if c in SHELL_CONTEXTS and t is None]
    assert not missing, f"{len(missing)} untranslated in {lang}: {missing[:10]}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_whole_catalogue_is_complete(lang: str) -> None:
    """Every message, including those of the Qt-free packages (context upr_desktop), has a translation."""
    missing = [f"{c}: {s!r}" for (c, s), t in catalogue(lang).items() if t is None]
    assert not missing, f"{len(missing)} untranslated in {lang}; run scripts/build_translations.sh and translate: {missing[:10]}"


PLACEHOLDER = re.compile(r"\{[^{}]*\}|%\d+")  # {name}, {seconds:.0f} (str.format) and %1 (QString.replace)
MARKUP = re.compile(r"</?[A-Za-z][^>]*>")


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?![&\s])", text.replace("&&", "")))


@pytest.mark.parametrize("lang", SHIPPED)
def test_translations_keep_placeholders_markup_and_mnemonics(lang: str) -> None:
    """A translation names exactly the placeholders of its source (else str.format raises KeyError or a value is
    lost), keeps the HTML tags, the line breaks and the keyboard mnemonic (&), and its edge spaces (prompts)."""
    problems = []
    for (context, source), translation in catalogue(lang).items():
        if translation is None:
            continue
        where = f"{context}: {source!r} -> {translation!r}"
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation)):
            problems.append(f"placeholders differ in {where}")
        if Counter(MARKUP.findall(source)) != Counter(MARKUP.findall(translation)):
            problems.append(f"HTML tags differ in {where}")
        if _mnemonics(source) != _mnemonics(translation):
            problems.append(f"mnemonic (&) count differs in {where}")
        if source.count("\n") != translation.count("\n"):
            problems.append(f"line breaks differ in {where}")
        if source.endswith(" ") != translation.endswith(" ") or source.startswith(" ") != translation.startswith(" "):
            problems.append(f"leading/trailing space differs in {where}")
    assert not problems, f"{len(problems)} problems in {lang}:\n" + "\n".join(problems[:20])


@pytest.mark.parametrize("lang", SHIPPED)
def test_core_messages_format_with_their_placeholders(lang: str) -> None:
    """Formatting each upr_desktop message with its own source's placeholders works in the translation."""
    for (context, source), translation in catalogue(lang).items():
        if context != "upr_desktop" or translation is None or "{" not in source:
            continue
        names = {m.group(1) for m in re.finditer(r"\{(\w+)[^{}]*\}", source)}
        values = {name: 1.5 for name in names}
        assert translation.format(**values), (source, translation)


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The catalogues as scripts/build_translations.sh makes them from the checkout's sources, in a folder of their own."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        return _rebuild(tmp_path_factory.mktemp("translations"))
    # Under pytest-xdist the workers share one run's temporary root: the first to get here runs lupdate (about
    # ten seconds), the others wait for it and read its catalogues.
    from filelock import FileLock

    into = tmp_path_factory.getbasetemp().parent / "translations"
    with FileLock(str(into) + ".lock"):
        done = into / "done"
        if not done.exists():
            _rebuild(into)
            done.touch()
    return into


def _rebuild(into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "UPR_DESKTOP_VENV": sys.prefix}  # the tools of the PySide6 these tests run with
    result = subprocess.run(["bash", str(ROOT / "scripts" / "build_translations.sh"), "--into", str(into)],
                            capture_output=True, text=True, env=env, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    return into


@pytest.mark.parametrize("lang", SHIPPED)
def test_catalogue_holds_every_string_of_the_sources(lang: str, rebuilt: Path) -> None:
    """What lupdate finds in the sources today is what the committed catalogue holds, translated."""
    committed = catalogue(lang)
    current = catalogue(lang, rebuilt / f"upr_desktop_{lang}.ts")
    new = sorted(f"{c}: {s!r}" for c, s in current.keys() - committed.keys())
    gone = sorted(f"{c}: {s!r}" for c, s in committed.keys() - current.keys())
    assert not new and not gone, (
        f"the {lang} catalogue is behind the sources: run scripts/build_translations.sh, translate, run it again.\n"
        f"{len(new)} new: {new[:10]}\n{len(gone)} no longer used: {gone[:10]}"
    )


@pytest.mark.parametrize("stem", sorted(p.stem for p in CATALOGUES.glob("*.ts")))  # ours, and qtbase_th/qtbase_my
def test_compiled_catalogue_is_what_lrelease_makes_of_the_ts(stem: str, tmp_path: Path) -> None:
    ts, qm = CATALOGUES / f"{stem}.ts", CATALOGUES / f"{stem}.qm"
    assert qm.exists(), "run scripts/build_translations.sh"
    lrelease = Path(sys.prefix) / "bin" / "pyside6-lrelease"
    assert lrelease.exists(), f"{lrelease} is missing: PySide6 ships it"
    fresh = tmp_path / qm.name
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(fresh)], check=True, timeout=120)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is not what {ts.name} compiles to: run scripts/build_translations.sh"


@pytest.mark.parametrize(("lang", "ok", "cancel", "copy"), [
    ("th", "ตกลง", "ยกเลิก", "คัดลอก (&C)"),  # Qt has no Thai or Burmese catalogue: ours (qtbase_th.ts, qtbase_my.ts)
    ("my", "အိုကေ", "ပယ်ဖျက်ရန်", "ကူးယူရန် (&C)"),
    ("ar", "حسنًا", "ألغِ", "ا&نسخ"),  # Qt's own
])
def test_qts_own_buttons_and_menus_speak_the_language(qapp, lang: str, ok: str, cancel: str, copy: str) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from upr_desktop.ui.translations import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    try:
        translations.apply(lang)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Ok).text() == ok
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
        assert QCoreApplication.translate("QLineEdit", "&Copy") == copy  # a line edit's context menu
    finally:
        translations.apply("en")


@pytest.mark.parametrize(("lang", "eleven"), [("ar", "١١"), ("my", "၁၁")])
def test_counts_are_written_in_the_languages_digits(qapp, lang: str, eleven: str) -> None:
    """Defect: plural counts ("%n member groups") showed Latin digits beside Arabic-Indic or Burmese dates and
    figures; the Arabic and Burmese forms use %Ln, the count in the locale's digits. The command line keeps 11."""
    from upr_desktop import i18n
    from upr_desktop.ui.translations import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    try:
        translations.apply(lang)
        assert eleven in QCoreApplication.translate("GroupsPage", "%n member groups", "", 11)
        assert eleven in QCoreApplication.translate("ActionsPage", "%n actions", "", 11)
    finally:
        translations.apply("en")
    assert "11" in i18n.translator_for(lang).trn("%n actions", 11, "ActionsPage")


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """Every string a person can see or hear from a widget tree: (where, text)."""
    for widget in [root, *root.findChildren(QWidget)]:
        where = f"{type(widget).__name__}:{widget.objectName()}"
        for text in (widget.toolTip(), widget.accessibleName(), widget.windowTitle() if widget.isWindow() else ""):
            yield where, text
        if isinstance(widget, QLabel | QAbstractButton):
            yield where, widget.text()
        if isinstance(widget, QLineEdit):
            yield where, widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield where, widget.title()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield where, widget.itemText(i)
        if isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield where, widget.tabText(i)
        header = widget.horizontalHeader() if isinstance(widget, QTableView) else widget.header() if isinstance(widget, QTreeView) else None
        if header is not None and widget.model() is not None:
            for column in range(header.count()):
                yield where, str(widget.model().headerData(column, Qt.Orientation.Horizontal) or "")
        for action in widget.actions():
            yield f"action in {where}", action.text()
            yield f"action in {where}", action.toolTip()


@pytest.fixture
def french(qapp) -> Iterator[None]:
    from upr_desktop.ui.translations import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    assert translations.apply("fr") == "fr"
    assert QCoreApplication.translate("Pages", "Member groups") == "Groupes membres"
    yield
    translations.apply("en")


@pytest.mark.parametrize("key", [spec.key for spec in PAGES])
def test_french_pages_show_no_untranslated_english(qtbot, french, ctx, key: str) -> None:
    from upr_desktop.ui.main_window import MainWindow

    english = {source for (_c, source), t in catalogue("fr").items() if t is None or t != source}
    english = {s for s in english if any(ch.isalpha() for ch in s) and len(s) > 2}
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_page(next(i for i, spec in enumerate(PAGES) if spec.key == key))
    leftovers = set()
    for where, text in shown_texts(window):  # the page plus the shell around it: menus, sidebar, status bar
        bare = text.replace("&", "").strip()
        if text in english or bare in english:
            leftovers.add(f"{where}: {text!r}")
    assert window.sidebar.item(0).text() == "Recommandations"
    assert not leftovers, f"{len(leftovers)} English strings shown in French:\n" + "\n".join(sorted(leftovers)[:40])


@pytest.mark.parametrize(("lang", "one", "two"), [
    ("en", "Assign 1 recommendation", "Assign 2 recommendations"),
    ("fr", "Attribuer 1 recommandation", "Attribuer 2 recommandations"),
    ("ar", "إسناد توصية واحدة", "إسناد توصيتين"),
])
def test_window_titles_with_a_count_take_its_plural_form(qapp, lang: str, one: str, two: str) -> None:
    from upr_desktop import i18n
    from upr_desktop.ui.recommendations.dialogs import AssignDialog
    from upr_desktop.ui.translations import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.apply(lang)
    try:
        assert AssignDialog(1, ["FEW"]).windowTitle() == one
        assert AssignDialog(2, ["FEW"]).windowTitle() == two
        assert i18n.trn("%n conflicts", 1) == i18n.translator_for(lang).trn("%n conflicts", 1)  # the Qt-free messages too
    finally:
        translations.apply("en")


@pytest.mark.parametrize(("lang", "day", "edit_format"), [
    ("en", "Apr 5, 2026", "M/d/yyyy"),  # not the ambiguous 4/5/26
    ("fr", "5 avr. 2026", "dd/MM/yyyy"),
    ("es", "5 abr 2026", "d/M/yyyy"),
    ("th", "5 เม.ย. 2026", "d/M/yyyy"),
    ("ar", "\u0660\u0665\u200f/\u0660\u0664\u200f/\u0662\u0660\u0662\u0666", "d\u200f/M\u200f/yyyy"),  # the locale's own digits
])
def test_dates_are_written_the_chosen_locales_way(qapp, lang: str, day: str, edit_format: str) -> None:
    """One helper for every date on screen: CLDR's medium date in the chosen locale, date fields in its short order."""
    from datetime import date, datetime

    from PySide6.QtWidgets import QDateEdit

    from upr_desktop.ui.actions.dialog import ActionDialog
    from upr_desktop.ui.translations import Translations, date_edit_format, format_date, format_date_time

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.apply(lang)
    try:
        assert format_date(date(2026, 4, 5)) == day
        assert format_date("2026-04-05") == day
        assert format_date_time(datetime(2026, 4, 5, 9, 30), utc=False).startswith(day)
        assert date_edit_format() == edit_format
        dialog = ActionDialog(None, ["FEW"])
        assert {edit.displayFormat() for edit in dialog.findChildren(QDateEdit)} == {edit_format}  # never ISO on screen
    finally:
        translations.apply("en")


def test_ohchr_theme_names_speak_the_chosen_language(french) -> None:
    """OHCHR-matrix imports give recommendations the OHCHR thematic names: in the catalogue too, as a matrix wrote them."""
    from upr_desktop.core.domain import vocab
    from upr_desktop.ui import vocabulary

    assert "Scope of international obligations" not in vocab.upr_info_issues()  # an OHCHR-only name
    assert vocabulary.theme_name("Scope of international obligations") == "Portée des obligations internationales"
    assert vocabulary.theme_name("Right  To An Effective Remedy") == "Droit à un recours effectif"  # the matrix's casing
    assert vocabulary.theme_names(["Children: juvenile justice", "Civic space"]) == "Enfants : justice pour mineurs, Civic space"
    untranslated = [name for _code, name in vocab.ohchr_themes() if vocabulary.theme_name(name) == name]
    assert untranslated == ["Migrants"], untranslated  # the same word in French


def test_state_and_theme_names_speak_the_chosen_language(qtbot, french, ctx) -> None:
    """State names from CLDR, theme names from the catalogue: in the table, the detail pane and the filters."""
    from upr_desktop.ui import vocabulary
    from upr_desktop.ui.main_window import MainWindow

    assert vocabulary.state_name("Germany") == "Allemagne"
    assert vocabulary.theme_name("Death penalty") == "Peine de mort"
    assert vocabulary.theme_name("Civic space") == "Civic space"  # a theme typed here stays as typed
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.page_by_key("recommendations")
    page.model.ensure_rows(0, 50)
    from upr_desktop.operations.recommendations import TABLE_COLUMNS as columns

    row = next(r for r in range(page.model.rowCount()) if page.model.row_data(r).ref == "115.4")
    assert page.model.index(row, columns.index("recommending_states")).data() == "Allemagne, France"
    assert page.model.index(row, columns.index("themes")).data() == "Peine de mort"
    states = [page.filters.state.itemText(i) for i in range(page.filters.state.count())]
    assert "Suède" in states and "Sweden" not in states
    assert page.filters.state.itemData(states.index("Suède")) == "Sweden"  # the filter still asks for the stored name
    page.table.setCurrentIndex(page.model.index(row, 0))
    assert "Allemagne" in page.detail.heading.text() and "Peine de mort" in page.detail.text.toPlainText()


@pytest.mark.parametrize(("lang", "look_in", "open_button"), [
    ("fr", "Rega&rder dans :", "&Ouvrir"),
    ("es", "&Buscar en:", "&Abrir"),
    ("ar", "ابحث في (&L):", "ا&فتح"),
    ("th", "ค้นหาใน (&L):", "เปิด (&O)"),
    ("my", "ရှာရန်နေရာ (&L):", "ဖွင့်ရန် (&O)"),
])
def test_qts_file_dialog_speaks_the_language(qapp, lang: str, look_in: str, open_button: str) -> None:
    """Qt's own file dialog (Import, Export, Merge...): Qt's catalogue plus ours for what it leaves in English."""
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

    from upr_desktop.ui.translations import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    try:
        translations.apply(lang)
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = {label.text() for label in dialog.findChildren(QLabel)}
        assert look_in in labels and "&Look in:" not in labels and "Files of &type:" not in labels, labels
        assert open_button in {b.text() for b in dialog.findChild(QDialogButtonBox).buttons()}
    finally:
        translations.apply("en")
