"""The import dialog driven through its widgets: preview, mapping, import, errors, drag and drop."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from upr_desktop.core.domain.models import Recommendation

TABLE = """Ref,Recommendation,Recommending State,Response
116.1,Adopt a national action plan on business and human rights,Norway,Supported
116.2,Ensure access to safe drinking water in rural areas,Spain,Noted
116.3,,France,Supported
116.4,End child marriage,Kenya,Maybe
"""
FRENCH = """Numéro,Contenu,Pays,Réponse
117.1,Adopt a law on refugees,Canada,Supported
117.2,Create an independent police oversight body,Ireland,Noted
"""


def count(ws: object) -> int:
    with ws.session() as s:  # type: ignore[attr-defined]
        return s.scalar(select(func.count()).select_from(Recommendation))


@pytest.fixture
def dialog(ctx: object, qtbot: object, shown_errors: list) -> object:
    from upr_desktop.ui.importing.dialog import ImportDialog

    d = ImportDialog(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(d)  # type: ignore[attr-defined]
    return d


def test_preview_then_import_refreshes_listeners(ctx: object, dialog: object, tmp_path: Path, shown_errors: list) -> None:
    path = tmp_path / "matrix.csv"
    path.write_text(TABLE, encoding="utf-8")
    changed: list[frozenset[str]] = []
    ctx.hub.data_changed.connect(changed.append)  # type: ignore[attr-defined]
    before = count(ctx.workspace)  # type: ignore[attr-defined]
    dialog.add_files([str(path)])
    assert dialog.detected is not None and "Recognised as" in dialog.detected_label.text()
    assert dialog.count_labels["added"].text() == "2"
    assert dialog.count_labels["skipped"].text() == "2"
    model = dialog.errors_model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "4" and "empty" in model.index(0, 1).data()
    assert "Maybe" in model.index(1, 1).data()
    assert count(ctx.workspace) == before  # the preview wrote nothing
    assert dialog.import_button.isEnabled()
    dialog.import_button.click()
    assert count(ctx.workspace) == before + 2  # type: ignore[attr-defined]
    assert "added 2" in dialog.result_label.text()
    assert changed and "recommendations" in changed[-1]
    assert not dialog.import_button.isEnabled()  # nothing left to import until the next preview
    assert shown_errors == []


def test_state_filter_counts_left_out(dialog: object, tmp_path: Path) -> None:
    path = tmp_path / "uhri.csv"
    path.write_text("Ref,Recommendation,State under review,Response\n1.1,Free the press,Thailand,Supported\n"
                    "1.2,Free the courts,Viet Nam,Noted\n", encoding="utf-8")
    dialog.add_files([str(path)])
    assert dialog.count_labels["left_out"].text() == "1"
    dialog.all_radio.setChecked(True)
    assert dialog.count_labels["left_out"].text() == "0"
    assert dialog.count_labels["added"].text() == "2"


def test_generic_table_with_a_mapping_change(ctx: object, dialog: object, tmp_path: Path, shown_errors: list) -> None:
    from upr_desktop.ui.importing.mapping import field_label

    path = tmp_path / "coalition.csv"
    path.write_text(FRENCH, encoding="utf-8")
    dialog.add_files([str(path)])
    assert dialog.detected is None and "Not recognised" in dialog.detected_label.text()
    assert shown_errors and "not a recognised format" in shown_errors[-1][1]
    assert not dialog.import_button.isEnabled()
    dialog.mapping_button.click()
    mapping = dialog.mapping_dialog
    assert mapping is not None
    assert dialog.chosen_format() == "table"
    assert mapping.model.field_of("Contenu") == "ignore"
    assert mapping.combos["Pays"].currentText() == field_label("recommending_states")
    ok = mapping.buttons.button(mapping.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no text column yet
    mapping.choose("Contenu", "text")
    assert ok.isEnabled()
    mapping.choose("Pays", "text")  # taking a field from another column frees that column
    assert mapping.model.field_of("Contenu") == "ignore"
    mapping.choose("Contenu", "text")
    assert mapping.model.field_of("Pays") == "ignore"
    mapping.choose("Pays", "recommending_states")
    ok.click()
    assert dialog.overrides["Contenu"] == "text"
    assert dialog.count_labels["added"].text() == "2"
    dialog.import_button.click()
    with ctx.workspace.session() as s:  # type: ignore[attr-defined]
        rec = s.scalars(select(Recommendation).where(Recommendation.ref == "117.2")).one()
        assert rec.text == "Create an independent police oversight body" and rec.recommending_states == ["Ireland"]


def test_bad_file_shows_a_readable_error_and_changes_nothing(ctx: object, dialog: object, tmp_path: Path, shown_errors: list) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    before = count(ctx.workspace)  # type: ignore[attr-defined]
    dialog.add_files([str(path)])
    dialog.format.setCurrentIndex(dialog.format.findData("table"))
    assert shown_errors, "a dialog explains the problem"
    _title, message = shown_errors[-1]
    assert "broken.xlsx" in message and "Traceback" not in message
    assert "cannot be imported" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert count(ctx.workspace) == before  # type: ignore[attr-defined]


def drop_files(widget: object, paths: list[Path]) -> bool:
    """A drag entering ``widget`` then a drop, as Qt delivers them (a drop needs an accepted drag first)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)  # type: ignore[arg-type]
    if not enter.isAccepted():
        return False
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)  # type: ignore[arg-type]
    return event.isAccepted()


def test_drop_files_on_the_main_window_opens_the_preview(ctx: object, qtbot: object, tmp_path: Path, shown_errors: list) -> None:
    from upr_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx)  # type: ignore[arg-type]
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert "import" in ctx.commands  # type: ignore[attr-defined]
    first, second, ignored = tmp_path / "a.csv", tmp_path / "b.csv", tmp_path / "notes.txt"
    first.write_text(TABLE, encoding="utf-8")
    second.write_text(FRENCH, encoding="utf-8")
    ignored.write_text("hello", encoding="utf-8")
    assert drop_files(window, [first, second, ignored])
    dialog = window.import_launcher.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.files.count() == 2 and dialog.current_path() == str(first)
    assert dialog.count_labels["added"].text() == "2"
    assert not drop_files(window, [ignored])  # nothing importable: refused
    assert dialog.files.count() == 2
    dialog.close()


def test_a_newer_file_changing_responses_keeps_their_history_with_the_day_given(ctx: object, dialog: object, tmp_path: Path) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from upr_desktop.core.read.response_history import steps_of

    first = tmp_path / "review.csv"
    first.write_text("Ref,Recommendation,Recommending State,Response\n118.1,Ratify the Convention against Torture,France,Pending\n",
                     encoding="utf-8")
    dialog.add_files([str(first)])  # type: ignore[attr-defined]
    dialog.import_button.click()  # type: ignore[attr-defined]
    adopted = tmp_path / "adoption.csv"
    adopted.write_text(first.read_text(encoding="utf-8").replace("Pending", "Noted"), encoding="utf-8")
    dialog.responses_on_check.setChecked(True)  # type: ignore[attr-defined]
    dialog.responses_on.setDate(QDate(2016, 9, 23))  # type: ignore[attr-defined]
    assert dialog.options().responses_on == date(2016, 9, 23)  # type: ignore[attr-defined]
    dialog.add_files([str(adopted)])  # type: ignore[attr-defined]
    assert dialog.count_labels["updated"].text() == "1"  # type: ignore[attr-defined]
    dialog.import_button.click()  # type: ignore[attr-defined]
    with ctx.workspace.session() as s:  # type: ignore[attr-defined]
        [steps] = steps_of(s).values()
    assert [(st.old, st.new, st.changed_on) for st in steps] == [("pending", "noted", date(2016, 9, 23))]


def test_a_file_no_importer_recognises_is_explained_once_in_the_apps_words(dialog: object, tmp_path: Path, shown_errors: list) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("just some notes\nnothing tabular here\n", encoding="utf-8")
    dialog.add_files([str(path)])
    assert len(shown_errors) == 1, shown_errors  # once, not once per signal
    message = shown_errors[0][1]
    assert "notes.txt" in message and "Column mapping" in message
    assert "--map" not in message and "--format" not in message  # no command-line advice in the app


def test_after_importing_the_box_says_what_was_written_not_preview(ctx: object, dialog: object, tmp_path: Path) -> None:
    path = tmp_path / "matrix.csv"
    path.write_text(TABLE, encoding="utf-8")
    dialog.add_files([str(path)])
    assert "nothing is written yet" in dialog.preview_box.title()
    dialog.import_button.click()
    assert "nothing is written yet" not in dialog.preview_box.title() and "Imported" in dialog.preview_box.title()
    assert dialog.count_titles["added"].text() == "Added"
    dialog.refresh_preview()  # reading the file again is a preview again
    assert "nothing is written yet" in dialog.preview_box.title() and dialog.count_titles["added"].text() == "To add"


def test_the_date_field_is_written_the_chosen_locales_way(dialog: object) -> None:
    """Defect: "Responses took effect on" showed 2026-12-02 beside the page's 12/2/2025: every date field follows the locale."""
    from PySide6.QtWidgets import QDateEdit

    from upr_desktop.ui.translations import date_edit_format

    assert {edit.displayFormat() for edit in dialog.findChildren(QDateEdit)} == {date_edit_format()}  # type: ignore[attr-defined]


def test_a_file_about_another_state_is_refused_in_the_apps_words(dialog: object, tmp_path: Path, shown_errors: list) -> None:
    """Defect: the box told a person in the app to run "upr-desktop --workspace egypt.uprw init ..."."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "UPR of Egypt - Second Cycle"
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["Recommendation", "Position", "Full list of themes"], strict=True):
        cell.text = text
    for cell, text in zip(table.rows[1].cells, ["128.2 Ratify the Optional Protocol to the Convention against Torture (France);",
                                                "Supported", "A12 Acceptance of international norms"], strict=True):
        cell.text = text
    path = tmp_path / "Egypt matrix.docx"
    document.save(str(path))
    dialog.add_files([str(path)])  # type: ignore[attr-defined]
    assert len(shown_errors) == 1, shown_errors
    message = shown_errors[0][1]
    assert "Egypt matrix.docx" in message and "Egypt" in message and "Thailand" in message
    assert "upr-desktop" not in message and "--" not in message  # no command-line advice in the app
    assert "New workspace" in message


def test_a_table_of_other_states_points_to_the_state_choices(dialog: object, tmp_path: Path, shown_errors: list) -> None:
    path = tmp_path / "norway.csv"
    path.write_text("To,Text,From,Response,Session\nNorway,Ratify the Optional Protocol to CAT,France,Accepted,19\n", encoding="utf-8")
    dialog.add_files([str(path)])  # type: ignore[attr-defined]
    assert len(shown_errors) == 1, shown_errors
    message = shown_errors[0][1]
    assert "norway.csv" in message and "Norway" in message and "Thailand" in message
    assert "upr-desktop" not in message and "--" not in message
    assert "Another State" in message and "All States in the file" in message


def test_the_workspaces_state_is_named_in_the_chosen_language(ctx: object, qtbot: object) -> None:
    """Defect: the French dialog read "Seulement Thailand (l'État de cet espace de travail)"."""
    from upr_desktop.ui.importing.dialog import ImportDialog
    from upr_desktop.ui.translations import Translations

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.apply("fr")
    try:
        d = ImportDialog(ctx)  # type: ignore[arg-type]
        qtbot.addWidget(d)  # type: ignore[attr-defined]
        assert "Thaïlande" in d.home_radio.text() and "Thailand" not in d.home_radio.text()
    finally:
        translations.apply("en")


def test_counts_are_written_in_the_chosen_languages_digits(ctx: object, qtbot: object, tmp_path: Path) -> None:
    """Defect: in Arabic the preview's counts were "30" and "0" beside dates in Arabic-Indic digits (٢/١٢/٢٠٢٦)."""
    from upr_desktop.ui.importing.dialog import ImportDialog
    from upr_desktop.ui.translations import Translations, format_number

    translations = Translations(QApplication.instance())  # type: ignore[arg-type]
    translations.apply("ar")
    try:
        d = ImportDialog(ctx)  # type: ignore[arg-type]
        qtbot.addWidget(d)  # type: ignore[attr-defined]
        path = tmp_path / "recs.csv"
        path.write_text(TABLE, encoding="utf-8")
        d.add_files([str(path)])
        assert d.count_labels["added"].text() == format_number(2) == "\u0662"
        assert d.count_labels["skipped"].text() == "\u0662"
    finally:
        translations.apply("en")
