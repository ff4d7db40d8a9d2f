"""Fill an empty workspace with the demo coalition: deterministic, dated relative to a fixed day."""

from __future__ import annotations

import random
import uuid as uuidlib
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from upr_desktop.core.domain import vocab
from upr_desktop.core.domain.as_of import DEMO_REFERENCE_KEY
from upr_desktop.core.services.changelog import change, row_snapshot
from upr_desktop.core.domain.models import (
    ActionRecommendation,
    AffectedGroup,
    Assessment,
    Assignment,
    Consultation,
    ConsultationRecommendation,
    FollowUpAction,
    MemberGroup,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationSdg,
    RecommendationTheme,
    Review,
    SdgTarget,
    Theme,
    Workspace,
)
from upr_desktop.demo import coalition
from upr_desktop.demo.recommendations import RecommendationSpec, compose_recommendations

SEED = 2016
# The demo's "today": the end of the coalition's first monitoring year. Fixed, so two builds are
# identical; in the past, so some follow-up actions are overdue whenever the demo is shown.
REFERENCE_DATE = date(2026, 3, 31)
STATE_UNDER_REVIEW = "Thailand"
DEMO_NAME = "Demo coalition (training data)"
ACTOR = "demo"
REVIEW = {"cycle": 2, "session": 25, "review_date": date(2016, 5, 11), "adoption_date": date(2016, 9, 22),
          "outcome_document": "A/HRC/33/16"}


class _Ids:
    """Deterministic UUIDs from the demo's own random stream."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> str:
        return str(uuidlib.UUID(int=self.rng.getrandbits(128), version=4))


def _day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randint(0, (end - start).days))


def _status_for(rng: random.Random, response: str, first: bool) -> str:
    if response == "noted":
        weights = (0.72, 0.16, 0.04, 0.08)
    elif first:
        weights = (0.30, 0.48, 0.12, 0.10)
    else:  # a later look usually finds some progress
        weights = (0.15, 0.50, 0.30, 0.05)
    return rng.choices(("not-implemented", "partially-implemented", "fully-implemented", "unknown"), weights=weights)[0]


class DemoBuilder:
    """Writes the demo's rows in one operation, with change-log rows so undo and history work."""

    def __init__(self, session: Session, seed: int = SEED, today: date = REFERENCE_DATE) -> None:
        self.session = session
        self.rng = random.Random(seed)
        self.new_id = _Ids(random.Random(seed + 1))
        self.today = today
        self.created: list[Any] = []

    def add(self, obj: Any) -> Any:
        self.session.add(obj)
        self.created.append(obj)
        return obj

    def build(self) -> None:
        with change(self.session, "Create the demo coalition (training data)", actor=ACTOR, kind="import", source="demo") as log:
            ws = self.session.scalars(select(Workspace)).one()
            ws.uuid = self.new_id()
            ws.cycles = [REVIEW["cycle"]]
            ws.settings = {**(ws.settings or {}), DEMO_REFERENCE_KEY: self.today.isoformat()}
            ws.created_at = datetime.combine(self.today, datetime.min.time())
            review = self.add(Review(state_under_review=STATE_UNDER_REVIEW, **REVIEW))
            groups = self._groups()
            self.session.flush()
            specs = compose_recommendations(self.rng)
            recs = self._recommendations(specs, review)
            self.session.flush()
            by_theme = self._assignments(specs, recs, groups)
            self._assessments(specs, recs, groups)
            consultations = self._consultations(recs, groups, by_theme)
            self._actions(recs, groups, consultations, by_theme)
            self.session.flush()
            log.bulk([
                {"entity": o.__tablename__, "entity_id": o.id, "entity_uuid": getattr(o, "uuid", None), "op": "create",
                 "new": row_snapshot(o)}
                for o in self.created
            ])

    # -- pieces ------------------------------------------------------------------------------
    def _groups(self) -> dict[str, MemberGroup]:
        groups = {}
        for g in coalition.GROUPS:
            groups[g.acronym] = self.add(MemberGroup(
                uuid=self.new_id(), name=g.name, acronym=g.acronym, region=g.region, focal_point=g.focal_point,
                contact_details=g.contact_details, created_at=datetime.combine(self.today - timedelta(days=400), datetime.min.time()),
            ))
        return groups

    def _lookup_rows(self, specs: list[RecommendationSpec]) -> tuple[dict[str, Theme], dict[str, SdgTarget], dict[str, AffectedGroup]]:
        themes = {n: self.add(Theme(name=n)) for n in sorted({t for s in specs for t in s.themes})}
        sdgs = {c: self.add(SdgTarget(code=c, title=vocab.sdg_title(c))) for c in sorted({c for s in specs for c in s.sdgs})}
        affected = {n: self.add(AffectedGroup(name=n)) for n in sorted({a for s in specs for a in s.affected})}
        self.session.flush()
        return themes, sdgs, affected

    def _recommendations(self, specs: list[RecommendationSpec], review: Review) -> list[Recommendation]:
        themes, sdgs, affected = self._lookup_rows(specs)
        imported = datetime.combine(self.today - timedelta(days=420), datetime.min.time())
        recs = []
        for spec in specs:
            rec = self.add(Recommendation(
                uuid=self.new_id(), ref=spec.ref, source_key=f"demo:{REVIEW['outcome_document']}:{spec.ref}",
                source_format="demo", source_document=REVIEW["outcome_document"], text=spec.text,
                state_under_review=STATE_UNDER_REVIEW, recommending_states=spec.recommending_states,
                response=spec.response, action_category=spec.action_category, session=REVIEW["session"],
                cycle=REVIEW["cycle"], theme_cluster=spec.themes[0], review_id=review.id,
                created_at=imported, updated_at=imported,
            ))
            recs.append(rec)
        self.session.flush()
        for spec, rec in zip(specs, recs, strict=True):
            for name in spec.themes:
                self.add(RecommendationTheme(recommendation_id=rec.id, theme_id=themes[name].id))
            for code in spec.sdgs:
                self.add(RecommendationSdg(recommendation_id=rec.id, sdg_id=sdgs[code].id))
            for name in spec.affected:
                self.add(RecommendationAffectedGroup(recommendation_id=rec.id, affected_group_id=affected[name].id))
        return recs

    def _assignments(self, specs: list[RecommendationSpec], recs: list[Recommendation],
                     groups: dict[str, MemberGroup]) -> dict[str, list[Recommendation]]:
        """Each recommendation goes to the groups following its themes; a few stay unassigned."""
        followers: dict[str, list[str]] = defaultdict(list)
        for g in coalition.GROUPS:
            for theme in g.themes:
                followers[theme].append(g.acronym)
        by_theme: dict[str, list[Recommendation]] = defaultdict(list)
        assigned_on = datetime.combine(self.today - timedelta(days=380), datetime.min.time())
        due = self.today + timedelta(days=270)
        for spec, rec in zip(specs, recs, strict=True):
            by_theme[spec.themes[0]].append(rec)
            candidates = list(dict.fromkeys(a for t in spec.themes for a in followers.get(t, [])))
            roll = self.rng.random()
            if not candidates or roll < 0.07:
                continue  # not yet assigned: the coverage chart shows the gap
            lead = candidates[0] if self.rng.random() < 0.75 else self.rng.choice(candidates)
            role = "support" if roll < 0.12 else "lead"  # some have only a supporting group, no lead yet
            self.add(Assignment(recommendation_id=rec.id, group_id=groups[lead].id, role=role, due_date=due, created_at=assigned_on))
            others = [c for c in candidates if c != lead]
            if others and self.rng.random() < 0.45:
                helper = self.rng.choice(others)
                self.add(Assignment(recommendation_id=rec.id, group_id=groups[helper].id, role="support", due_date=due, created_at=assigned_on))
        self.session.flush()
        return by_theme

    def _assessments(self, specs: list[RecommendationSpec], recs: list[Recommendation], groups: dict[str, MemberGroup]) -> None:
        by_id = {g.id: g for g in groups.values()}
        start = self.today - timedelta(days=365)
        for rec in recs:
            owners = [a for a in self.session.scalars(select(Assignment).where(Assignment.recommendation_id == rec.id).order_by(Assignment.id))]
            if not owners or self.rng.random() < 0.18:
                continue
            group = by_id[owners[0].group_id]
            rounds = 2 if self.rng.random() < 0.3 else 1
            when = _day(self.rng, start, self.today - timedelta(days=120 if rounds == 2 else 0))
            for n in range(rounds):
                if n:
                    when = _day(self.rng, when + timedelta(days=60), min(self.today, when + timedelta(days=200)))
                status = _status_for(self.rng, rec.response, first=n == 0)
                self.add(Assessment(
                    uuid=self.new_id(), recommendation_id=rec.id, group_id=group.id, status=status, assessed_on=when,
                    evidence=self.rng.choice(coalition.EVIDENCE[status]),
                    sources="; ".join(self.rng.sample(coalition.SOURCES, self.rng.randint(1, 2))),
                    comment=None, confidential=self.rng.random() < 0.04, recorded_by=group.focal_point,
                    recorded_at=datetime.combine(when, datetime.min.time()) + timedelta(hours=17),
                ))

    def _consultations(self, recs: list[Recommendation], groups: dict[str, MemberGroup],
                       by_theme: dict[str, list[Recommendation]]) -> list[tuple[Consultation, str]]:
        made = []
        kinds = ("meeting", "meeting", "meeting", "dialogue", "workshop", "written-submission")
        start = self.today - timedelta(days=360)
        for i in range(26):
            body, body_themes = coalition.GOVERNMENT_BODIES[i % len(coalition.GOVERNMENT_BODIES)]
            pool = [r for t in body_themes for r in by_theme.get(t, [])]
            if not pool:
                continue
            theme = self.rng.choice([t for t in body_themes if by_theme.get(t)])
            owners = [g for g in coalition.GROUPS if theme in g.themes] or [coalition.GROUPS[-1]]
            owner = self.rng.choice(owners)
            held = _day(self.rng, start + timedelta(days=i * 13), start + timedelta(days=i * 13 + 12))
            chosen = self.rng.sample(pool, min(len(pool), self.rng.randint(2, 8)))
            themes_text = " and ".join(sorted({theme, self.rng.choice(body_themes)}))
            c = self.add(Consultation(
                uuid=self.new_id(), held_on=held, government_body=body, kind=self.rng.choice(kinds),
                group_id=groups[owner.acronym].id,
                coalition_participants=f"{owner.focal_point} ({owner.acronym}), Malee Thongdee (UPRS)",
                government_participants="; ".join(
                    f"{n}, {t}" for n, t in zip(self.rng.sample(coalition.OFFICIAL_NAMES, 2), self.rng.sample(coalition.OFFICIALS, 2), strict=True)
                ),
                summary=self.rng.choice(coalition.SUMMARIES).format(theme=theme.lower(), themes=themes_text.lower()),
                commitments=self.rng.choice(coalition.COMMITMENTS), confidential=self.rng.random() < 0.08,
                created_at=datetime.combine(held, datetime.min.time()) + timedelta(hours=18),
            ))
            self.session.flush()
            for rec in sorted(chosen, key=lambda r: r.id):
                self.add(ConsultationRecommendation(consultation_id=c.id, recommendation_id=rec.id))
            made.append((c, theme))
        return made

    def _actions(self, recs: list[Recommendation], groups: dict[str, MemberGroup],
                 consultations: list[tuple[Consultation, str]], by_theme: dict[str, list[Recommendation]]) -> None:
        links = defaultdict(list)
        for link in self.session.scalars(select(ConsultationRecommendation)):
            links[link.consultation_id].append(link.recommendation_id)
        for i, (c, theme) in enumerate(consultations):
            for _ in range(1 if i % 3 else 2):
                due = c.held_on + timedelta(days=self.rng.choice((30, 45, 60, 90, 180, 400, 540)))
                if due <= self.today - timedelta(days=20):
                    status = self.rng.choices(("done", "open", "in-progress", "cancelled"), weights=(0.55, 0.25, 0.15, 0.05))[0]
                else:
                    status = self.rng.choices(("open", "in-progress"), weights=(0.6, 0.4))[0]
                a = self.add(FollowUpAction(
                    uuid=self.new_id(), description=self.rng.choice(coalition.ACTIONS).format(theme=theme.lower()),
                    group_id=c.group_id, due_date=due, status=status, consultation_id=c.id,
                    confidential=False, created_at=datetime.combine(c.held_on, datetime.min.time()) + timedelta(hours=19),
                ))
                self.session.flush()
                for rid in sorted(self.rng.sample(links[c.id], min(2, len(links[c.id])))):
                    self.add(ActionRecommendation(action_id=a.id, recommendation_id=rid))
