"""The demo review's recommendations, composed from topics the way UPR recommendations are worded."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from upr_desktop.core.domain import vocab
from upr_desktop.demo.topics import TOPICS, Topic

TOTAL = 249
NOTED = 68  # Thailand, 2nd cycle (2016): 249 recommendations, 181 supported, 68 noted
PARAGRAPH = "158"

# Recommending States by regional group, with how active each group is in this review.
RECOMMENDING_STATES: dict[str, tuple[str, ...]] = {
    "WEOG": (
        "Australia", "Austria", "Belgium", "Canada", "Denmark", "Finland", "France", "Germany", "Greece",
        "Iceland", "Ireland", "Italy", "Luxembourg", "Netherlands (Kingdom of the)", "New Zealand", "Norway",
        "Portugal", "Spain", "Sweden", "Switzerland", "Türkiye",
        "United Kingdom of Great Britain and Northern Ireland", "United States of America",
    ),
    "EEG": (
        "Albania", "Belarus", "Bulgaria", "Czechia", "Estonia", "Georgia", "Hungary", "Latvia", "Lithuania",
        "Montenegro", "Poland", "Romania", "Russian Federation", "Slovakia", "Slovenia", "Ukraine",
    ),
    "Asia-Pacific": (
        "Afghanistan", "Bangladesh", "Bhutan", "Brunei Darussalam", "Cambodia", "China", "India", "Indonesia",
        "Iran (Islamic Republic of)", "Iraq", "Japan", "Kazakhstan", "Kuwait", "Lao People's Democratic Republic",
        "Malaysia", "Maldives", "Mongolia", "Myanmar", "Nepal", "Oman", "Pakistan", "Philippines", "Qatar",
        "Republic of Korea", "Saudi Arabia", "Singapore", "Sri Lanka", "Timor-Leste", "United Arab Emirates", "Viet Nam",
    ),
    "Africa": (
        "Algeria", "Angola", "Botswana", "Burkina Faso", "Côte d'Ivoire", "Djibouti", "Egypt", "Ethiopia", "Ghana",
        "Kenya", "Morocco", "Namibia", "Nigeria", "Rwanda", "Senegal", "Sierra Leone", "South Africa", "Sudan",
        "Togo", "Tunisia", "Uganda", "Zambia",
    ),
    "GRULAC": (
        "Argentina", "Brazil", "Chile", "Colombia", "Costa Rica", "Cuba", "Ecuador", "Guatemala", "Honduras",
        "Mexico", "Panama", "Paraguay", "Peru", "Uruguay", "Venezuela (Bolivarian Republic of)",
    ),
}

# How each group words its recommendations: weights of action categories 1-5.
CATEGORY_STYLE: dict[str, tuple[float, ...]] = {
    "WEOG": (0.01, 0.06, 0.12, 0.31, 0.50),
    "EEG": (0.02, 0.12, 0.14, 0.32, 0.40),
    "GRULAC": (0.03, 0.15, 0.17, 0.30, 0.35),
    "Africa": (0.07, 0.38, 0.12, 0.30, 0.13),
    "Asia-Pacific": (0.08, 0.42, 0.10, 0.28, 0.12),
}

OPENERS: dict[int, tuple[str, ...]] = {
    1: ("Seek technical assistance from OHCHR and other relevant United Nations agencies to {aim}",
        "Seek international cooperation and technical assistance to {aim}",
        "Share its experience and good practices with other countries in its efforts to {aim}"),
    2: ("Continue its efforts to {aim}", "Continue to {aim}", "Pursue its efforts to {aim}",
        "Further strengthen its efforts to {aim}", "Maintain its commitment to {aim}",
        "Continue its good work to {aim}", "Continue working to {aim}"),
    3: ("Consider measures to {aim}", "Consider taking the necessary steps to {aim}", "Explore ways to {aim}",
        "Study the possibility to {aim}", "Consider {gerund}"),
    4: ("Take effective measures to {aim}", "Take further steps to {aim}", "Step up its efforts to {aim}",
        "Intensify its efforts to {aim}", "Redouble its efforts to {aim}", "Take all necessary measures to {aim}",
        "Adopt concrete measures to {aim}", "Strengthen measures to {aim}", "{Aim}"),
    5: ("{specific}",),
}

GENERAL_QUALIFIERS = (
    "in consultation with civil society", "including by allocating adequate resources",
    "in line with its international human rights obligations", "with the support of the international community",
    "and report on progress at its next review",
)

_IRREGULAR = {"fully": "fully", "further": "further"}


def gerund(phrase: str) -> str:
    """'Ratify the Protocol' -> 'ratifying the Protocol' (skipping a leading adverb)."""
    words = phrase.split(" ")
    i = 0
    while words[i].lower() in _IRREGULAR:
        words[i] = words[i].lower()
        i += 1
    verb = words[i].lower()
    if verb.endswith("ie"):
        verb = verb[:-2] + "ying"
    elif verb.endswith("e") and not verb.endswith(("ee", "ye")):
        verb = verb[:-1] + "ing"
    elif verb in ("end", "lift"):
        verb = verb + "ing"
    else:
        verb = verb + "ing"
    words[i] = verb
    return " ".join(words)


@dataclass
class RecommendationSpec:
    ref: str
    text: str
    recommending_states: list[str]
    response: str
    action_category: int
    themes: list[str]
    sdgs: list[str]
    affected: list[str]
    topic: str
    noted_weight: float = field(repr=False, default=0.1)


def _pick_region(rng: random.Random, topic: Topic) -> str:
    # Contentious topics come mostly from WEOG/EEG/GRULAC; development topics from Asia and Africa.
    n = topic.noted
    weights = {
        "WEOG": 0.15 + 0.55 * n, "EEG": 0.08 + 0.12 * n, "GRULAC": 0.10 + 0.12 * n,
        "Asia-Pacific": 0.40 - 0.35 * n, "Africa": 0.27 - 0.22 * n,
    }
    regions = list(weights)
    return rng.choices(regions, weights=[weights[r] for r in regions])[0]


def _compose(rng: random.Random, topic: Topic, category: int) -> str:
    if category == 5 or (category == 3 and topic.specifics and rng.random() < 0.5):
        specific = rng.choice(topic.specifics)
        text = specific if category == 5 else "Consider " + gerund(specific)
    else:
        aim = rng.choice(topic.aims)
        verb = aim.split(" ", 1)[0].lower()
        # "Strengthen measures to strengthen ..." reads badly: skip openers that repeat the aim's verb.
        opener = rng.choice([o for o in OPENERS[category] if "{gerund}" not in o and verb not in o.lower()])
        text = opener.format(aim=aim, Aim=aim[:1].upper() + aim[1:])
    if rng.random() < 0.35:
        qualifiers = topic.qualifiers + (() if "Ratify" in text or "Accede" in text else GENERAL_QUALIFIERS)
        if qualifiers:
            text += ", " + rng.choice(qualifiers)
    return text


def compose_recommendations(rng: random.Random) -> list[RecommendationSpec]:
    """249 distinct recommendations from about a hundred States, 181 supported and 68 noted."""
    for states in RECOMMENDING_STATES.values():
        for name in states:
            assert vocab.is_member_state(name), name
    weights = [t.weight for t in TOPICS]
    specs: list[RecommendationSpec] = []
    seen: set[str] = set()
    per_state: dict[str, int] = {}
    while len(specs) < TOTAL:
        topic = rng.choices(TOPICS, weights=weights)[0]
        region = _pick_region(rng, topic)
        candidates = [s for s in RECOMMENDING_STATES[region] if per_state.get(s, 0) < 5]
        if not candidates:
            continue
        state = rng.choice(candidates)
        category = rng.choices((1, 2, 3, 4, 5), weights=CATEGORY_STYLE[region])[0]
        if category == 5 and not topic.specifics:
            category = 4
        text = _compose(rng, topic, category)
        if text.lower() in seen:
            continue
        seen.add(text.lower())
        states = [state]
        if category in (3, 5) and rng.random() < 0.12:  # ratifications are often made jointly
            extra = rng.choice(RECOMMENDING_STATES[rng.choice(("WEOG", "EEG", "GRULAC"))])
            if extra != state:
                states.append(extra)
        for s in states:
            per_state[s] = per_state.get(s, 0) + 1
        themes = list(topic.themes)
        if category == 1 and "Technical assistance and cooperation" not in themes:
            themes.append("Technical assistance and cooperation")
        sdgs = list(topic.sdgs[: rng.randint(1, max(1, len(topic.sdgs)))]) if topic.sdgs else []
        # Softer wording is easier to support: category 2 and 3 lower the chance of being noted.
        noted_weight = (topic.noted * {1: 0.3, 2: 0.3, 3: 0.7, 4: 0.9, 5: 1.3}[category]) ** 2 + 0.0005
        specs.append(
            RecommendationSpec(
                ref="", text=text + ";", recommending_states=states, response="supported",
                action_category=category, themes=themes, sdgs=sdgs, affected=list(topic.affected),
                topic=topic.key, noted_weight=noted_weight,
            )
        )
    # Exactly NOTED are noted: a weighted draw without replacement (Efraimidis-Spirakis keys).
    keys = sorted(range(TOTAL), key=lambda i: rng.random() ** (1 / specs[i].noted_weight), reverse=True)
    for i in keys[:NOTED]:
        specs[i].response = "noted"
    # The outcome report lists recommendations clustered by subject (ratifications first), as paragraphs 158.x.
    order = {t.key: i for i, t in enumerate(TOPICS)}
    specs.sort(key=lambda s: order[s.topic])
    for number, spec in enumerate(specs, start=1):
        spec.ref = f"{PARAGRAPH}.{number}"
    return specs
