"""Issue 13: one alias table for closed lists (English, French, Spanish words) and "did you mean" wherever a
name is typed: States, themes, statuses, groups."""

from __future__ import annotations

import json

import pytest

from upr_desktop.core.domain import closed_lists
from upr_desktop.exchange import cells


@pytest.fixture
def coalition(cli):
    cli("init", "--name", "Coalition", "--country", "Thailand")
    cli("groups", "add", "Women's Network", "--acronym", "WN")
    cli("recommendations", "add", "--ref", "1.1", "--text", "Ratify CAT", "--response", "supported",
        "--theme", "Torture and other CID treatment", "--theme", "Women's rights")
    return cli


def test_assess_accepts_the_words_people_write(coalition) -> None:
    """Defect: `assess --status done` worked but `--status fully` was refused."""
    for word, code in (("fully", "fully-implemented"), ("done", "fully-implemented"),
                       ("pleinement mise en œuvre", "fully-implemented"), ("totalmente implementada", "fully-implemented"),
                       ("partiellement mise en oeuvre", "partially-implemented"), ("no implementada", "not-implemented"),
                       ("Inconnu", "unknown")):
        coalition("assess", "--ref", "1.1", "--group", "WN", "--status", word, "--date", "2026-01-01")
        shown = coalition("recommendations", "list", json_output=True)["recommendations"][0]
        assert shown["status"] == code, word


def test_a_near_miss_gets_a_suggestion(coalition) -> None:
    assert "Did you mean 'fully-implemented'?" in coalition("assess", "--ref", "1.1", "--group", "WN", "--status", "fuly", expect=1)
    # Defect: `assign --theme Torture` said "No theme called 'Torture'" without suggesting the theme it names.
    out = coalition("assign", "--group", "WN", "--theme", "Torture", expect=1)
    assert "No theme called 'Torture'. Did you mean 'Torture and other CID treatment'?" in out
    assert "Did you mean 'WN'?" in coalition("assign", "--group", "Womens Network", "--all", expect=1)
    assert "Did you mean 'WN'?" in coalition("assign", "--group", "WNN", "--all", expect=1)
    # One key off in a three-letter acronym (the commonest slip): "WRM" for "WRN" got no suggestion at all.
    coalition("groups", "add", "Women's Rights Network", "--acronym", "WRN")
    assert "Did you mean 'WRN'?" in coalition("assess", "--ref", "1.1", "--group", "WRM", "--status", "done", expect=1)
    assert "Did you mean 'WRN'?" in coalition("assign", "--group", "wrm", "--all", expect=1)
    assert "Did you mean 'Women's rights'?" in coalition("report", "--kind", "implementation", "-o", "r.xlsx", "--theme", "women", expect=1)


def test_a_misspelt_state_is_suggested_where_it_is_typed(cli, tmp_path) -> None:
    assert "Did you mean 'Philippines'?" in cli("init", "--name", "C", "--country", "Phillipines", expect=1)
    cli("init", "--name", "C", "--country", "Thaïlande")  # the French name of a member State is a State
    assert cli("info", json_output=True)["state_under_review"] == "Thailand"
    out = cli("recommendations", "add", "--ref", "2", "--text", "T", "--response", "noted", "--from", "Phillipines", expect=1)
    assert "'Phillipines' is not a State's name. Did you mean 'Philippines'?" in out
    # A name that is no State and near none (a treaty body, for a pledge) is kept as written.
    cli("recommendations", "add", "--ref", "3", "--text", "T", "--response", "noted", "--from", "Committee against Torture")
    path = tmp_path / "x.csv"
    path.write_text("To,Text,From,Response\nThailand,Ratify,France,Accepted\n", encoding="utf-8")
    assert "Did you mean 'Philippines'?" in cli("import", str(path), "--country", "Phillipines", expect=1)


def test_one_alias_table_for_the_app_the_workbook_and_the_command_line() -> None:
    assert closed_lists.alias_clashes() == []
    table = closed_lists.aliases(closed_lists.STATUSES)
    for word, code in table.items():
        assert closed_lists.match(closed_lists.STATUSES, word) == code
        assert cells.parse_choice("status", word) == (code, None)
    assert closed_lists.match(closed_lists.RESPONSES, "Soutenue") == "supported"
    assert closed_lists.match(closed_lists.RESPONSES, "tomada nota") == "noted"
    assert closed_lists.match(closed_lists.CONSULTATION_KINDS, "réunion") == "meeting"
    assert closed_lists.match(closed_lists.ACTION_STATUSES, "terminée") == "done"
    json.dumps(table)  # plain data, for the app's fields too
