"""Issue 13: every import can be undone exactly, like a merge: imports list, show, undo."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import write_xlsx
from sqlalchemy import func, select

from upr_desktop.core.domain.models import Recommendation, RecommendationTheme, Theme
from upr_desktop.core.read import figure_tally
from upr_desktop.core.services import assessments, assignments, groups
from upr_desktop.core.services.changelog import undo_last
from upr_desktop.core.services.lookup import recommendation_by_ref
from upr_desktop.errors import UserError
from upr_desktop.importers import import_file
from upr_desktop.operations import importing

HEADER = ["Recommendation ID", "State under Review", "Recommendation", "Recommending State", "Response", "Action", "Issues", "Session"]
ROWS = [
    [9001, "Thailand", "Ratify the Convention against Torture", "France", "Accepted", 4, "Torture and other CID treatment", 25],
    [9002, "Thailand", "Abolish the death penalty", "Sweden", "Noted", 5, "Death penalty", 25],
    [9003, "Thailand", "Protect human rights defenders", "Norway", "Accepted", 3, "Human rights defenders", 25],
]


@pytest.fixture
def export(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "upr-info.xlsx", [HEADER, *ROWS])


def snapshot(ws) -> dict:
    with ws.session() as s:
        recs = {r.ref: (r.text, r.response, tuple(r.recommending_states)) for r in s.scalars(select(Recommendation))}
        themes = set(s.scalars(select(Theme.name)))
        links = s.scalar(select(func.count()).select_from(RecommendationTheme))
        return {"recs": recs, "themes": themes, "links": links, "tally": figure_tally.read(s)}


def test_an_import_is_listed_shown_and_undone_exactly(workspace, export: Path, tmp_path: Path) -> None:
    before = snapshot(workspace)
    report = import_file(workspace, export)
    assert report.added == 3 and report.import_run_id is not None
    [listed] = importing.list_imports(workspace)
    assert (listed.id, listed.file, listed.added, listed.state) == (report.import_run_id, "upr-info.xlsx", 3, "in-effect")
    detail = importing.show_import(workspace, listed.id)
    assert [a["text"] for a in detail.added] == ["Ratify the Convention against Torture", "Abolish the death penalty",
                                                 "Protect human rights defenders"]
    assert detail.as_json()["options"]["format"] is None
    outcome = importing.undo_import(workspace, listed.id)
    assert outcome.result.state == "undone" and "imports" in outcome.changes and "recommendations" in outcome.changes
    assert snapshot(workspace) == before
    with pytest.raises(UserError, match="was already undone"):
        importing.undo_import(workspace, listed.id)
    # The same file imports again after an undo.
    assert import_file(workspace, export).added == 3


def test_undoing_an_update_puts_the_old_values_back(workspace, export: Path, tmp_path: Path) -> None:
    import_file(workspace, export)
    before = snapshot(workspace)
    newer = [HEADER, [9001, "Thailand", "Ratify the Convention against Torture", "France", "Noted", 4, "Torture and other CID treatment", 25],
             *ROWS[1:], [9004, "Thailand", "Train judges", "Chile", "Accepted", 3, "Justice", 25]]
    report = import_file(workspace, write_xlsx(tmp_path / "newer.xlsx", newer))
    assert (report.added, report.updated) == (1, 1)
    detail = importing.show_import(workspace, report.import_run_id)
    assert [(c["field"], c["old"], c["new"]) for c in detail.changes] == [("response", "supported", "noted")]
    importing.undo_import(workspace, report.import_run_id)
    assert snapshot(workspace) == before


def test_undo_is_refused_naming_later_work_on_its_recommendations(workspace, export: Path, workspace_path: Path) -> None:
    report = import_file(workspace, export)
    with workspace.transaction() as s:
        groups.add_group(s, name="Women's Network", acronym="WN")
        first = recommendation_by_ref(s, "9001")
        assignments.assign(s, "WN", [first], role="lead")
        assessments.record_assessment(s, ref="9001", group="WN", status="partially-implemented")
    before = snapshot(workspace)
    with pytest.raises(UserError) as caught:
        importing.undo_import(workspace, report.import_run_id)
    message = str(caught.value)
    assert "Cannot undo the import of upr-info.xlsx" in message and "9001 assigned" in message and "9001 assessed" in message
    assert snapshot(workspace) == before


def test_undo_is_refused_when_a_field_it_set_was_edited_later(workspace, export: Path) -> None:
    from upr_desktop.core.services.recommendations import update_recommendation

    report = import_file(workspace, export)
    with workspace.transaction() as s:
        update_recommendation(s, "9002", text="Abolish the death penalty for all crimes")
    with pytest.raises(UserError, match="9002 text changed"):
        importing.undo_import(workspace, report.import_run_id)


def test_plain_undo_after_an_import_says_how_to_undo_it(workspace, export: Path) -> None:
    """Defect: after an import, `undo` said only "There is nothing to undo"; restore was the only way back."""
    report = import_file(workspace, export)
    with workspace.transaction() as s, pytest.raises(UserError) as caught:
        undo_last(s)
    assert f"upr-desktop imports undo {report.import_run_id}" in str(caught.value)


def test_imports_commands(cli, export: Path) -> None:
    cli("init", "--name", "Coalition", "--country", "Thailand")
    out = cli("import", str(export))
    assert "This is import 1; undo it with: upr-desktop imports undo 1" in out
    listed = cli("imports", "list", json_output=True)["imports"]
    assert [(i["id"], i["added"], i["state"]) for i in listed] == [(1, 3, "in-effect")]
    shown = cli("imports", "show", "1")
    assert "added 9001: Ratify the Convention against Torture" in shown
    assert cli("imports", "show", "1", json_output=True)["added_recommendations"][0]["ref"] == "9001"
    assert "Undid the import of upr-info.xlsx" in cli("imports", "undo", "1")
    assert cli("imports", "list", json_output=True)["imports"][0]["state"] == "undone"
    assert "no import number 7" in cli("imports", "show", "7", expect=1)
    assert cli("recommendations", "list", json_output=True)["recommendations"] == []


@pytest.mark.parametrize("later_is_imported", [True, False])
def test_undo_is_refused_when_a_recommended_before_link_names_its_recommendations(workspace, export: Path, later_is_imported: bool) -> None:
    """Defect: a link to an earlier cycle confirmed by a person on an imported recommendation was not a blocker: undoing
    the import deleted the recommendation and, through the foreign key's cascade, the person's decision, with no word."""
    from upr_desktop.core.domain.models import RecommendationLink
    from upr_desktop.core.services import recommendation_links
    from upr_desktop.core.services.recommendations import add_recommendation

    report = import_file(workspace, export)  # session 25: cycle 2
    with workspace.transaction() as s:
        other = add_recommendation(s, ref="A.1", text="Ratify the Convention against Torture", response="noted",
                                   cycle=1 if later_is_imported else 3, state_under_review="Thailand")
        imported = recommendation_by_ref(s, "9001")
        later, earlier = (imported, other) if later_is_imported else (other, imported)
        recommendation_links.decide(s, [recommendation_links.LinkDecision(later.id, earlier.id)], "confirmed")
    with pytest.raises(UserError, match="9001 linked as recommended before"):
        importing.undo_import(workspace, report.import_run_id)
    with workspace.session() as s:
        assert s.scalar(select(func.count()).select_from(RecommendationLink)) == 1


def test_the_refusal_to_undo_an_import_is_in_the_chosen_language(workspace, export: Path) -> None:
    """Defect: what later work did to the import's recommendations ("assigned", "assessed") stayed English in a
    translated sentence."""
    from upr_desktop import i18n

    report = import_file(workspace, export)
    with workspace.transaction() as s:
        groups.add_group(s, name="Women's Network", acronym="WN")
        assignments.assign(s, "WN", [recommendation_by_ref(s, "9001")], role="lead")
    french = i18n.translator_for("fr")
    before = i18n.installed_translator()
    i18n.install_translator(lambda context, text: french.catalogue.translate(context, text), "fr")
    try:
        with pytest.raises(UserError) as caught:
            importing.undo_import(workspace, report.import_run_id)
    finally:
        i18n.install_translator(*before)
    assert "9001 attribuée" in str(caught.value) and "assigned" not in str(caught.value)


def test_no_backup_is_claimed_when_none_was_made(workspace, export: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Defect: on a server without pg_dump the automatic backup is left out (None), and the import and merge reports
    said "A backup was made first: None"."""
    from upr_desktop.core.storage import backups
    from upr_desktop.exchange.merge_run import merge_returns

    monkeypatch.setattr(backups, "backup", lambda ws, reason="manual": None)
    assert import_file(workspace, export).backup is None
    assert merge_returns(workspace, []).backup is None
