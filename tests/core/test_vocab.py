"""Reference vocabularies: the data files are complete and consistent, and lenient matching finds what it should."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from upr_desktop.core.domain import vocab

# --- UN States --------------------------------------------------------------------------------


def test_193_member_states_and_two_observers() -> None:
    members = vocab.member_states()
    assert len(members) == 193
    assert len(set(members)) == 193
    assert vocab.observer_states() == ["Holy See", "State of Palestine"]
    assert not set(members) & set(vocab.observer_states())


def test_regional_group_sizes_add_up() -> None:
    counts = Counter(s.regional_group for s in vocab.states())
    assert counts == {"Africa": 54, "Asia-Pacific": 54, "GRULAC": 33, "WEOG": 29, "EEG": 23, "Observer": 2}


def test_iso3_codes_are_unique_and_well_formed() -> None:
    codes = [s.iso3 for s in vocab.states()]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"[A-Z]{3}", c) for c in codes)
    assert vocab.iso3("Viet Nam") == "VNM"
    assert vocab.iso3("Ivory Coast") == "CIV"
    assert vocab.state_for_iso3("tur") == "Türkiye"
    assert vocab.state_for_iso3("XKX") is None
    assert vocab.iso3("Narnia") is None


@pytest.mark.parametrize("name", ["Viet Nam", "Türkiye", "Iran (Islamic Republic of)", "Côte d'Ivoire",
                                  "United Kingdom of Great Britain and Northern Ireland",
                                  "Bolivia (Plurinational State of)", "Democratic Republic of the Congo", "Congo"])
def test_un_short_names_are_the_canonical_ones(name: str) -> None:
    assert name in vocab.member_states()


def test_every_canonical_name_maps_to_itself() -> None:
    for state in vocab.states():
        assert vocab.normalise_state(state.name) == (state.name, True)


def test_every_variant_maps_to_its_state() -> None:
    for state in vocab.states():
        for variant in state.variants:
            assert vocab.normalise_state(variant) == (state.name, True), variant


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Vietnam", "Viet Nam"),
        ("  viet nam ", "Viet Nam"),
        ("VIET NAM", "Viet Nam"),
        ("Viet\u00a0Nam", "Viet Nam"),
        ("Turkey", "Türkiye"),
        ("Turkiye", "Türkiye"),
        ("TÜRKIYE", "Türkiye"),
        ("Cote d'Ivoire", "Côte d'Ivoire"),
        ("Côte d’Ivoire", "Côte d'Ivoire"),  # typographic apostrophe
        ("cote divoire", "Côte d'Ivoire"),
        ("Iran", "Iran (Islamic Republic of)"),
        ("Iran, Islamic Republic of", "Iran (Islamic Republic of)"),
        ("UK", "United Kingdom of Great Britain and Northern Ireland"),
        ("Great Britain", "United Kingdom of Great Britain and Northern Ireland"),
        ("U.S.A.", "United States of America"),
        ("United States", "United States of America"),
        ("South Korea", "Republic of Korea"),
        ("Korea (Republic of)", "Republic of Korea"),
        ("Korea, Rep.", "Republic of Korea"),
        ("North Korea", "Democratic People's Republic of Korea"),
        ("DPRK", "Democratic People's Republic of Korea"),
        ("Russia", "Russian Federation"),
        ("Syria", "Syrian Arab Republic"),
        ("Laos", "Lao People's Democratic Republic"),
        ("Lao PDR", "Lao People's Democratic Republic"),
        ("Moldova", "Republic of Moldova"),
        ("Tanzania", "United Republic of Tanzania"),
        ("Czech Republic", "Czechia"),
        ("Swaziland", "Eswatini"),
        ("The former Yugoslav Republic of Macedonia", "North Macedonia"),
        ("Macedonia", "North Macedonia"),
        ("Cape Verde", "Cabo Verde"),
        ("Brunei", "Brunei Darussalam"),
        ("Micronesia", "Micronesia (Federated States of)"),
        ("Republic of the Congo", "Congo"),
        ("DRC", "Democratic Republic of the Congo"),
        ("Democratic Republic of Congo", "Democratic Republic of the Congo"),
        ("Congo, The Democratic Republic of the", "Democratic Republic of the Congo"),
        ("East Timor", "Timor-Leste"),
        ("Timor Leste", "Timor-Leste"),
        ("Vatican", "Holy See"),
        ("Palestine", "State of Palestine"),
        ("Burma", "Myanmar"),
        ("Bolivia", "Bolivia (Plurinational State of)"),
        ("Venezuela", "Venezuela (Bolivarian Republic of)"),
        ("the Philippines", "Philippines"),
        ("Philippines (the)", "Philippines"),
        ("Netherlands (the)", "Netherlands (Kingdom of the)"),
        ("The Gambia", "Gambia"),
        ("Guinea Bissau", "Guinea-Bissau"),
        ("Bosnia & Herzegovina", "Bosnia and Herzegovina"),
        ("St. Vincent and the Grenadines", "Saint Vincent and the Grenadines"),
        ("São Tomé and Príncipe", "Sao Tome and Principe"),
        ("Libyan Arab Jamahiriya", "Libya"),
    ],
)
def test_variants_case_accents_spacing_and_punctuation(written: str, canonical: str) -> None:
    assert vocab.normalise_state(written) == (canonical, True)


def test_similar_names_stay_apart() -> None:
    assert vocab.normalise_state("Niger")[0] == "Niger"
    assert vocab.normalise_state("Nigeria")[0] == "Nigeria"
    assert vocab.normalise_state("Guinea")[0] == "Guinea"
    assert vocab.normalise_state("Equatorial Guinea")[0] == "Equatorial Guinea"
    assert vocab.normalise_state("Papua New Guinea")[0] == "Papua New Guinea"
    assert vocab.normalise_state("Sudan")[0] == "Sudan"
    assert vocab.normalise_state("South Sudan")[0] == "South Sudan"
    assert vocab.normalise_state("Dominica")[0] == "Dominica"
    assert vocab.normalise_state("Dominican Republic")[0] == "Dominican Republic"


@pytest.mark.parametrize("written", ["Narnia", "  Kosovo  ", "Korea", "France, Germany", "European Union", "Taïwan"])
def test_unknown_names_are_kept_trimmed_and_flagged(written: str) -> None:
    assert vocab.normalise_state(written) == (written.strip(), False)


def test_empty_and_punctuation_only_names_are_not_states() -> None:
    assert vocab.normalise_state("") == ("", False)
    assert vocab.normalise_state("   ") == ("", False)
    assert vocab.normalise_state(" - ") == ("-", False)


@pytest.mark.parametrize(
    ("name", "group"),
    [("France", "WEOG"), ("Thailand", "Asia-Pacific"), ("Brazil", "GRULAC"), ("Poland", "EEG"), ("Kenya", "Africa"),
     ("United States of America", "WEOG"), ("Türkiye", "WEOG"), ("Cyprus", "Asia-Pacific"), ("Holy See", "Observer"),
     ("Vietnam", "Asia-Pacific")],
)
def test_regional_groups(name: str, group: str) -> None:
    assert vocab.regional_group(name) == group


def test_regional_group_of_unknown_name_is_none() -> None:
    assert vocab.regional_group("Narnia") is None


@pytest.mark.parametrize(
    ("label", "group"),
    [("Asia", "Asia-Pacific"), ("asia-pacific", "Asia-Pacific"), ("GRULAC", "GRULAC"),
     ("Latin America and the Caribbean", "GRULAC"), ("Eastern Europe", "EEG"), ("WEOG", "WEOG"),
     ("Observer", "Observer"), (" africa ", "Africa")],
)
def test_regional_group_labels(label: str, group: str) -> None:
    assert vocab.normalise_regional_group(label) == group


def test_unknown_regional_group_label() -> None:
    assert vocab.normalise_regional_group("Europe") is None
    assert vocab.normalise_regional_group("") is None


def test_is_member_state() -> None:
    assert vocab.is_member_state("Viet Nam")
    assert vocab.is_member_state("ivory coast")
    assert not vocab.is_member_state("Holy See")
    assert not vocab.is_member_state("State of Palestine")
    assert not vocab.is_member_state("Kosovo")


def test_folding() -> None:
    assert vocab.fold("  Côte  d’Ivoire ") == vocab.fold("cote d'ivoire") == "cote divoire"
    assert vocab.fold("Bosnia & Herzegovina") == vocab.fold("bosnia and herzegovina")
    assert vocab.fold("The Bahamas") == vocab.fold("Bahamas (the)") == "bahamas"
    assert vocab.fold("Théâtre") == "theatre"


def test_two_names_folding_alike_are_refused() -> None:
    with pytest.raises(ValueError, match="matches both"):
        vocab._index([("Niger", "Niger"), ("NIGER ", "Nigeria")], "test")


# --- SDGs -------------------------------------------------------------------------------------


def test_17_goals_and_169_targets() -> None:
    goals = vocab.sdg_goals()
    assert [g.number for g in goals] == list(range(1, 18))
    targets = [t.code for g in goals for t in g.targets]
    assert len(targets) == 169
    assert len(set(targets)) == 169
    sizes = {g.number: len(g.targets) for g in goals}
    assert sizes == {1: 7, 2: 8, 3: 13, 4: 10, 5: 9, 6: 8, 7: 5, 8: 12, 9: 8, 10: 10, 11: 10, 12: 11, 13: 5,
                     14: 10, 15: 12, 16: 12, 17: 19}
    for goal in goals:
        assert goal.title
        for target in goal.targets:
            assert re.fullmatch(rf"{goal.number}\.(\d{{1,2}}|[a-d])", target.code)
            assert target.title


def test_goal_titles() -> None:
    titles = {g.number: g.title for g in vocab.sdg_goals()}
    assert titles[1] == "No poverty"
    assert titles[5] == "Gender equality"
    assert titles[16] == "Peace, justice and strong institutions"
    assert titles[17] == "Partnerships for the goals"


def test_sdg_target_lookup() -> None:
    assert vocab.sdg_target("1.1") == "Eradicate extreme poverty"
    assert vocab.sdg_target(" 16.10 ") is not None
    assert vocab.sdg_target("5.A") == vocab.sdg_target("5.a") is not None
    assert vocab.sdg_target("5") is None  # a goal, not a target
    assert vocab.sdg_target("5.7") is None
    assert vocab.sdg_target("18.1") is None
    assert vocab.sdg_title("5") == "Gender equality"


UHRI_SDG_CELL = (
    "16.2 - Protect children from abuse, exploitation, trafficking and violence\n"
    "5.2 - End all violence against and exploitation of women"
)


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("5", ["5"]),
        ("Goal 5", ["5"]),
        ("SDG 5", ["5"]),
        ("SDG5", ["5"]),
        ("sdg 5: Gender equality", ["5"]),
        ("5.2", ["5.2"]),
        ("Target 5.2", ["5.2"]),
        ("5 - Gender equality", ["5"]),
        ("16.10", ["16.10"]),
        ("16.1", ["16.1"]),
        ("1.B", ["1.b"]),
        ("Gender equality", ["5"]),
        ("5, 16", ["5", "16"]),
        ("5;16;5", ["5", "16"]),
        ("- 5 - Gender equality - 16 - Peace, justice and strong institutions", ["5", "16"]),
        ("SDGs:\n- Goal 5 - gender equality\n- Goal 16 - peace, justice and strong institutions", ["5", "16"]),
        (UHRI_SDG_CELL, ["16.2", "5.2"]),
    ],
)
def test_parse_sdg(text: str, codes: list[str]) -> None:
    assert vocab.parse_sdg(text) == (codes, [])


@pytest.mark.parametrize(
    ("text", "codes", "unknown"),
    [
        ("SDG 18", [], ["SDG 18"]),
        ("0", [], ["0"]),
        ("5.7", [], ["5.7"]),
        ("5.2.1", [], ["5.2.1"]),
        ("2030 Agenda", [], ["2030 Agenda"]),
        ("Human rights", [], ["Human rights"]),
        ("5, SDG 18, Goal 16", ["5", "16"], ["SDG 18"]),
        ("", [], []),
        ("SDGs:", [], []),
    ],
)
def test_parse_sdg_reports_what_it_cannot_read(text: str, codes: list[str], unknown: list[str]) -> None:
    assert vocab.parse_sdg(text) == (codes, unknown)


# --- UPR Info issues --------------------------------------------------------------------------


def test_issue_list() -> None:
    issues = vocab.upr_info_issues()
    assert len(issues) == len(set(issues)) == 59
    for legacy in ["Women's rights", "Rights of the Child", "Torture and other CID treatment", "Death penalty",
                   "International instruments", "Justice", "Sexual Orientation and Gender Identity", "NHRI",
                   "Asylum-seekers - refugees", "HIV - Aids", "ESC rights - general", "CP rights - general", "Other"]:
        assert legacy in issues


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Women's rights", "Women's rights"),
        ("  women’s RIGHTS ", "Women's rights"),
        ("rights of the child", "Rights of the Child"),
        ("Torture and other CID", "Torture and other CID treatment"),
        ("ESC rights -general", "ESC rights - general"),  # as the legacy export spells it
        ("Economic, social and cultural rights", "ESC rights - general"),
        ("National Human Rights Institution", "NHRI"),
        ("Business and human rights", "Business & Human rights"),
        ("Education", "Right to education"),
        ("Right to water and sanitation", "Right to water"),
        ("Asylum seekers - refugees", "Asylum-seekers - refugees"),
    ],
)
def test_match_issue(text: str, issue: str) -> None:
    assert vocab.match_issue(text) == issue


def test_unknown_issue() -> None:
    assert vocab.match_issue("Space exploration") is None
    assert vocab.match_issue("") is None


def test_parse_issues_from_a_legacy_cell() -> None:
    assert vocab.parse_issues("International instruments,Justice") == (["International instruments", "Justice"], [])
    assert vocab.parse_issues("Economic, social and cultural rights,Poverty, Moon rights") == (
        ["ESC rights - general", "Poverty"], ["Moon rights"])
    assert vocab.parse_issues("") == ([], [])


# --- OHCHR themes and affected persons --------------------------------------------------------


def test_theme_codes_are_unique_and_well_formed() -> None:
    themes = vocab.ohchr_themes()
    codes = [c for c, _ in themes]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"[A-H]\d{1,2}", c) for c in codes)
    assert ("A12", "Acceptance of international norms") in themes


@pytest.mark.parametrize(
    ("text", "theme"),
    [
        ("A12 Acceptance of international norms", ("A12", "Acceptance of international norms")),
        ("A12", ("A12", "Acceptance of international norms")),
        (" a12 ", ("A12", "Acceptance of international norms")),
        ("acceptance of international NORMS", ("A12", "Acceptance of international norms")),
        ("- D51 Administration of justice & fair trial", ("D51", "Administration of justice & fair trial")),
        ("D51: Administration of  justice & fair trial", ("D51", "Administration of justice & fair trial")),
        # The matrix's own wording is kept when it gives code and name.
        ("D44 Right to peaceful assembly (new wording)", ("D44", "Right to peaceful assembly (new wording)")),
        ("Equality & non-discrimination", ("B31", "Equality & non-discrimination")),
    ],
)
def test_ohchr_theme(text: str, theme: tuple[str, str]) -> None:
    assert vocab.ohchr_theme(text) == theme


@pytest.mark.parametrize("text", ["", "A99", "Z1 Something", "A123 Too long a code", "Not a theme at all"])
def test_ohchr_theme_failures(text: str) -> None:
    assert vocab.ohchr_theme(text) is None


def test_affected_person_groups() -> None:
    groups = vocab.affected_person_groups()
    assert len(groups) == len(set(groups))
    for group in ["women & girls", "children", "persons with disabilities", "migrants", "refugees & asylum seekers",
                  "indigenous peoples", "minorities/ racial, ethnic, linguistic, religious or descent-based groups",
                  "lesbian, gay, bisexual, transgender and intersex persons", "human rights defenders",
                  "persons deprived of their liberty", "persons living in poverty", "older persons", "youth",
                  "general"]:
        assert group in groups
    assert vocab.match_affected_group("Women and girls") == "women & girls"
    assert vocab.match_affected_group("Minorities / racial, ethnic, linguistic, religious or descent-based groups") \
        == "minorities/ racial, ethnic, linguistic, religious or descent-based groups"
    assert vocab.match_affected_group("LGBTI persons") == "lesbian, gay, bisexual, transgender and intersex persons"
    assert vocab.match_affected_group("Refugees & asylum-seekers") == "refugees & asylum seekers"
    assert vocab.match_affected_group("astronauts") is None
