"""A workbook in the group's language: everything a person reads translated, and read back in any app language."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from tests.exchange.helpers import column, edited, merge_one, preview_one, row_of
from tests.exchange.test_roundtrip import _current
from upr_desktop import i18n
from upr_desktop.core.domain import closed_lists
from upr_desktop.errors import UserError
from upr_desktop.exchange import layout
from upr_desktop.exchange.export import export_workbook
from upr_desktop.exchange.field_side import export_return, import_workbook
from upr_desktop.exchange.workbook_reader import read_return


@pytest.fixture
def french(seeded, tmp_path: Path) -> Path:
    target = tmp_path / "ACR-fr.xlsx"
    export_workbook(seeded, group="ACR", target=target, language="fr", deadline="2030-06-30")
    return target


def _texts(ws) -> list[str]:
    return [str(c.value) for row in ws.iter_rows() for c in row if c.value is not None]


def test_everything_a_person_reads_is_in_french(french: Path) -> None:
    wb = openpyxl.load_workbook(french)
    fr = i18n.translator_for("fr")
    assert wb.sheetnames == ["Lisez-moi", "Recommandations", "Consultations", "Actions de suivi", "Lists", "upr_meta"]
    recs = wb["Recommandations"]
    headers = [c.value for c in recs[1]]
    assert headers[:8] == ["ID (ne pas modifier)", "Réf.", "Recommandation", "Statut", "Date de l'évaluation", "Éléments de preuve",
                           "Sources", "Commentaire"]
    assert all(fr.tr(c.header) == h for c, h in zip(layout.RECOMMENDATION_COLUMNS, headers, strict=True))
    assert recs.cell(1, 4).comment.text.startswith("À remplir")
    r = row_of(recs, "Réf.", "145.2")
    assert recs.cell(r, column(recs, "Statut")).value == "Partiellement mise en œuvre"
    assert recs.cell(r, column(recs, "Réponse")).value == "Notée"
    assert recs.cell(r, column(recs, "Votre rôle")).value == "Chef de file"
    assert [c.value for c in wb["Lists"]["A"][1:] if c.value] == ["Non mise en œuvre", "Partiellement mise en œuvre", "Pleinement mise en œuvre", "Inconnu"]
    status_dv = next(dv for dv in recs.data_validations.dataValidation if dv.formula1 == "StatusList")
    assert (status_dv.errorTitle, status_dv.error) == (fr.tr("Choose from the list"), fr.tr("Pick one of the values in the dropdown list."))
    assert status_dv.error != "Pick one of the values in the dropdown list."
    date_dv = next(dv for dv in recs.data_validations.dataValidation if dv.type == "date")
    assert date_dv.prompt == fr.tr("Write the date as YYYY-MM-DD.") != "Write the date as YYYY-MM-DD."
    readme = _texts(wb["Lisez-moi"])
    assert readme[0] == "Classeur de suivi de l'EPU pour Action for Children's Rights (ACR)"
    assert "Envoyé par le secrétariat de Test Coalition le" in readme[1]
    assert "What to fill in" not in readme and "Status" not in readme
    assert recs.oddFooter.center.text == "Page &P"
    meta = read_return(french).meta
    assert meta["language"] == "fr" and meta["format_version"] == layout.TRANSLATED_FORMAT_VERSION
    assert meta["layout"]["headers"]["Recommendations"]["status"] == "Statut"


def test_a_french_return_merges_in_an_english_app(seeded, french: Path, tmp_path: Path) -> None:
    def edit(wb):
        recs = wb["Recommandations"]
        r = row_of(recs, "Réf.", "145.1")
        recs.cell(r, column(recs, "Statut")).value = "Pleinement mise en œuvre"
        recs.cell(r, column(recs, "Éléments de preuve")).value = "Loi adoptée"
        recs.cell(r, column(recs, "Date de l'évaluation")).value = date(2025, 3, 4)
        cons = wb["Consultations"]
        new = next(r for r in range(2, cons.max_row + 1) if cons.cell(r, column(cons, "Date")).value is None)
        cons.cell(new, column(cons, "Date")).value = date(2025, 4, 5)
        cons.cell(new, column(cons, "Organe gouvernemental")).value = "Sénat"
        cons.cell(new, column(cons, "Type")).value = "Atelier"

    plan = merge_one(seeded, edited(french, tmp_path / "r.xlsx", edit))
    assert plan.status == "merged" and not plan.rejected and not plan.conflicts and not plan.warnings
    a = _current(seeded, "145.1")
    assert (a.status, a.evidence, a.assessed_on) == ("fully-implemented", "Loi adoptée", date(2025, 3, 4))
    added = {a.entity: a.values for a in plan.additions}
    assert added["consultation"]["kind"] == "workshop"


def test_an_unchanged_french_workbook_merges_with_no_change(seeded, french: Path) -> None:
    plan = merge_one(seeded, french)
    assert (plan.status, plan.added, plan.updated, plan.conflicts, plan.rejected, plan.warnings) == ("merged", 0, 0, [], [], [])


@pytest.fixture
def app_without_french(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The secretariat's app no longer ships French (or words it differently): only the workbook's own record helps."""
    caches = (i18n.shipped_languages, i18n.catalogue, closed_lists._lookup, closed_lists._own_words, closed_lists.choices, layout.header_aliases,
              layout.sheet_aliases)
    for cache in caches:
        cache.cache_clear()
    monkeypatch.setattr(i18n, "shipped_languages", lambda: ("en",))
    # Nor does it know the French words of the alias table (closed_lists.json's synonyms).
    english_only = {name: [{**item, "synonyms": []} for item in items] for name, items in closed_lists._raw().items()}
    monkeypatch.setattr(closed_lists, "_raw", lambda: english_only)
    yield
    for cache in caches:
        cache.cache_clear()


def test_the_workbook_names_it_showed_are_read_back_even_if_the_app_words_them_otherwise(
        seeded, french: Path, tmp_path: Path, app_without_french: None) -> None:
    assert closed_lists.match(closed_lists.STATUSES, "Pleinement mise en œuvre") is None

    def edit(wb):
        recs = wb["Recommandations"]
        recs.cell(row_of(recs, "Réf.", "145.3"), column(recs, "Statut")).value = "Pleinement mise en œuvre"

    plan = merge_one(seeded, edited(french, tmp_path / "r.xlsx", edit))
    assert plan.status == "merged" and not plan.rejected and not plan.warnings, (plan.reason, plan.rejected, plan.warnings)
    assert _current(seeded, "145.3").status == "fully-implemented"


def test_an_unknown_language_is_refused_with_the_choices(seeded, tmp_path: Path) -> None:
    with pytest.raises(UserError, match=f"'xx' is not a language this app ships; use one of: {', '.join(i18n.shipped_languages())}"):
        export_workbook(seeded, group="ACR", target=tmp_path / "x.xlsx", language="xx")
    assert not (tmp_path / "x.xlsx").exists()


def test_the_field_side_returns_it_in_the_language_it_came_in(seeded, french: Path, tmp_path: Path) -> None:
    field = tmp_path / "field.uprw"
    import_workbook(field, french)
    from upr_desktop.core.storage.workspace_file import open_workspace

    ws = open_workspace(field)
    try:
        back = tmp_path / "return.xlsx"
        export_return(ws, back)
    finally:
        ws.close()
    wb = openpyxl.load_workbook(back)
    assert "Recommandations" in wb.sheetnames
    assert "Renvoyé par Action for Children's Rights (ACR) au secrétariat de Test Coalition le" in _texts(wb["Lisez-moi"])[1]
    plan = merge_one(seeded, back)
    assert plan.status == "merged" and not plan.rejected and not plan.conflicts, (plan.reason, plan.rejected)


def test_cli_exports_in_the_language_asked_for(seeded, cli, tmp_path: Path) -> None:
    seeded.close()
    out = cli("export-workbook", "--group", "ACR", "--lang", "es", "-o", str(tmp_path / "es.xlsx"), json_output=True)
    assert out["exports"][0]["recommendations"] == 5
    wb = openpyxl.load_workbook(tmp_path / "es.xlsx")
    assert wb.sheetnames[:4] == ["Léame", "Recomendaciones", "Consultas", "Acciones de seguimiento"]
    assert read_return(tmp_path / "es.xlsx").meta["language"] == "es"
    err = cli("export-workbook", "--group", "ACR", "--lang", "tlh", "-o", str(tmp_path / "x.xlsx"), expect=1)
    assert "'tlh' is not a language this app ships" in err and "Traceback" not in err


def test_a_groups_own_language_is_used_unless_the_export_says_otherwise(seeded, tmp_path: Path) -> None:
    from upr_desktop.core.services.groups import update_group

    with seeded.transaction() as s:
        assert update_group(s, "ACR", language="ES-es").language == "es"
    export_workbook(seeded, group="ACR", target=tmp_path / "own.xlsx")
    assert read_return(tmp_path / "own.xlsx").meta["language"] == "es"
    export_workbook(seeded, group="ACR", target=tmp_path / "en.xlsx", language="en")
    meta = read_return(tmp_path / "en.xlsx").meta
    assert meta["language"] == "en" and meta["format_version"] == 1  # an older app can still merge it
    with seeded.transaction() as s, pytest.raises(UserError, match="'xx' is not a language"):
        update_group(s, "ACR", language="xx")


def test_a_group_language_this_app_does_not_ship_falls_back_to_english(seeded, tmp_path: Path) -> None:
    from sqlalchemy import update

    from upr_desktop.core.domain.models import MemberGroup

    with seeded.transaction() as s:
        s.execute(update(MemberGroup).where(MemberGroup.acronym == "ACR").values(language="km"))
    result = export_workbook(seeded, group="ACR", target=tmp_path / "x.xlsx")
    assert read_return(tmp_path / "x.xlsx").meta["language"] == "en"
    assert result.warnings[0] == "ACR: the group's language 'km' is not one this app ships; the workbook is in English."


def test_cli_sets_a_groups_language(seeded, cli, tmp_path: Path) -> None:
    seeded.close()
    cli("groups", "add", "Mujeres en Acción", "--acronym", "MEA", "--language", "es")
    cli("groups", "edit", "ACR", "--language", "fr")
    listed = {g["acronym"]: g["language"] for g in cli("groups", "list", json_output=True)["groups"]}
    assert listed == {"ACR": "fr", "MEA": "es", "WV": None}
    cli("export-workbook", "--group", "ACR", "-o", str(tmp_path / "acr.xlsx"))
    assert openpyxl.load_workbook(tmp_path / "acr.xlsx").sheetnames[0] == "Lisez-moi"
    cli("groups", "edit", "ACR", "--language", "")
    assert {g["acronym"]: g["language"] for g in cli("groups", "list", json_output=True)["groups"]}["ACR"] is None
    assert "is not a language" in cli("groups", "edit", "ACR", "--language", "zz", expect=1)


def test_a_right_to_left_language_shows_its_sheets_right_to_left(seeded, tmp_path: Path) -> None:
    export_workbook(seeded, group="ACR", target=tmp_path / "en.xlsx", language="en")
    assert not any(ws.sheet_view.rightToLeft for ws in openpyxl.load_workbook(tmp_path / "en.xlsx").worksheets)
    export_workbook(seeded, group="ACR", target=tmp_path / "ar.xlsx", language="ar")
    wb = openpyxl.load_workbook(tmp_path / "ar.xlsx")
    assert wb.sheetnames[:4] == ["اقرأني", "التوصيات", "المشاورات", "إجراءات المتابعة"]
    assert all(wb.worksheets[i].sheet_view.rightToLeft for i in range(4))
    readme = [c for row in wb.worksheets[0].iter_rows() for c in row if isinstance(c.value, str)]
    assert readme and all(c.alignment.readingOrder == 2 for c in readme)  # Calc lays each text out right to left too


# A member edits the workbook in their own language, with the labels its dropdowns offer: the secretariat merges it.
EDITS = {
    "th": ("ดำเนินการครบถ้วน", "การประชุมเชิงปฏิบัติการ"),
    "my": ("အပြည့်အဝ အကောင်အထည်ဖော်ပြီး", "အလုပ်ရုံဆွေးနွေးပွဲ"),
    "ar": ("منفذة بالكامل", "ورشة عمل"),
}


@pytest.mark.parametrize("language", sorted(EDITS))
def test_a_return_in_thai_burmese_or_arabic_merges(seeded, tmp_path: Path, language: str) -> None:
    sent = tmp_path / f"ACR-{language}.xlsx"
    export_workbook(seeded, group="ACR", target=sent, language=language, deadline="2030-06-30")
    tr = i18n.translator_for(language).tr
    status, kind = EDITS[language]
    assert tr("Fully implemented", "Vocabulary") == status and tr("Workshop", "Vocabulary") == kind
    wb = openpyxl.load_workbook(sent)
    assert wb.sheetnames[:4] == [tr(name) for name in ("Read me", "Recommendations", "Consultations", "Follow-up actions")]
    assert tr("Status") in [c.value for c in wb[tr("Recommendations")][1]]
    assert "Status" not in _texts(wb[tr("Read me")])
    unchanged = preview_one(seeded, sent)
    assert (unchanged.added, unchanged.updated, unchanged.rejected, unchanged.warnings) == (0, 0, [], [])

    def edit(wb):
        recs = wb[tr("Recommendations")]
        r = row_of(recs, tr("Ref"), "145.1")
        recs.cell(r, column(recs, tr("Status"))).value = status
        recs.cell(r, column(recs, tr("Evidence"))).value = "พ.ร.บ. / ဥပဒေ / قانون"
        cons = wb[tr("Consultations")]
        new = next(r for r in range(2, cons.max_row + 1) if cons.cell(r, column(cons, tr("Date"))).value is None)
        cons.cell(new, column(cons, tr("Date"))).value = date(2025, 4, 5)
        cons.cell(new, column(cons, tr("Government body"))).value = "กระทรวงยุติธรรม"
        cons.cell(new, column(cons, tr("Kind"))).value = kind

    plan = merge_one(seeded, edited(sent, tmp_path / "r.xlsx", edit))
    assert plan.status == "merged" and not plan.rejected and not plan.conflicts and not plan.warnings, (plan.rejected, plan.warnings)
    a = _current(seeded, "145.1")
    assert (a.status, a.evidence) == ("fully-implemented", "พ.ร.บ. / ဥပဒေ / قانون")
    added = {a.entity: a.values for a in plan.additions}
    assert added["consultation"]["kind"] == "workshop"


@pytest.mark.parametrize("language", ["th", "my", "ar"])
def test_every_header_of_every_sheet_reads_back_to_its_own_column(language: str) -> None:
    """Headers are compared folded: two columns of a sheet must never fold alike in any shipped language."""
    translator = i18n.translator_for(language)
    for sheet, columns in layout.SHEET_COLUMNS.items():
        aliases = layout.header_aliases(sheet)
        for col in columns:
            assert aliases[layout.header_key(layout.header_text(col, translator))] == col.key, (language, sheet, col.key)
        assert layout.header_key(layout.sheet_title(sheet, translator)) in layout.sheet_aliases(sheet)


def test_the_workbooks_language_and_the_messages_language_are_two_options(seeded, cli, tmp_path: Path) -> None:
    """Defect: ``export-workbook --lang es`` (the workbook's language) also switched the command's messages to Spanish,
    and ``--lang fr export-workbook`` (the messages' language) was overwritten by the export's own --lang left empty."""
    seeded.close()
    out = cli("export-workbook", "--group", "ACR", "--lang", "es", "-o", str(tmp_path / "es.xlsx"))
    assert "ACR: " in out and "5 recommendations" in out  # the messages stay English
    assert read_return(tmp_path / "es.xlsx").meta["language"] == "es"
    out = cli("--lang", "fr", "export-workbook", "--group", "ACR", "-o", str(tmp_path / "en.xlsx"))
    assert "ACR : " in out and "5 recommandations" in out  # the messages in French
    assert read_return(tmp_path / "en.xlsx").meta["language"] == "en"  # the group's own language (none: English)
