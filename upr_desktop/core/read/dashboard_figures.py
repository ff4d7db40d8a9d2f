"""The figures the dashboard and the reports show, as plain dataclasses (computed in ``metrics``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from upr_desktop.core.read.recommendation_list import RecommendationFilter


@dataclass(frozen=True)
class Count:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class Share:
    """``part`` of ``whole``; ``rate`` is 0 when there is nothing to share."""

    key: str
    label: str
    part: int
    whole: int

    @property
    def rate(self) -> float:
        return self.part / self.whole if self.whole else 0.0


@dataclass(frozen=True)
class StatusRow:
    """How many recommendations of one theme (or group) are at each point of the MIA scale."""

    key: str
    label: str
    counts: dict[str, int]  # status code, or "none" for never assessed -> count

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass(frozen=True)
class Coverage:
    total: int
    assigned: int
    with_lead: int
    assessed_recently: int
    months: int
    since: date

    def shares(self) -> list[Share]:
        return [
            Share("assigned", "Assigned to a group", self.assigned, self.total),
            Share("lead", "With a lead group", self.with_lead, self.total),
            Share("assessed", f"Assessed in the last {self.months} months", self.assessed_recently, self.total),
        ]


@dataclass(frozen=True)
class ActionFigures:
    open: int
    in_progress: int
    done: int
    cancelled: int
    due_soon: int  # open or in progress, due within ``soon_days`` of as_of
    overdue: int  # open or in progress, due before as_of
    soon_days: int


@dataclass
class Scope:
    """Which recommendations and records the figures cover."""

    group: str | None = None
    theme: str | None = None
    since: date | None = None  # assessments, consultations and actions on or after this day
    include_confidential: bool = True
    cycle: int | None = None  # one UPR cycle's recommendations (None: every cycle the workspace holds)

    def recommendation_filter(self) -> RecommendationFilter | None:
        if not (self.group or self.theme or self.cycle):
            return None
        return RecommendationFilter(group=self.group, theme=self.theme, cycle=self.cycle)


@dataclass
class Metrics:
    as_of: date
    scope: Scope
    by_response: list[Count] = field(default_factory=list)
    by_theme: list[Count] = field(default_factory=list)
    by_state: list[Count] = field(default_factory=list)
    states_total: int = 0
    by_category: list[Count] = field(default_factory=list)
    coverage: Coverage | None = None
    status_overall: dict[str, int] = field(default_factory=dict)
    status_by_theme: list[StatusRow] = field(default_factory=list)
    status_by_group: list[StatusRow] = field(default_factory=list)
    consultations_by_body: list[Count] = field(default_factory=list)
    consultations_by_quarter: list[Count] = field(default_factory=list)
    actions: ActionFigures | None = None
    acceptance_by_theme: list[Share] = field(default_factory=list)
    acceptance_by_region: list[Share] = field(default_factory=list)
    pending: tuple[str, ...] = ()  # parts left for complete_metrics (PARTS): their figures are still empty

    @property
    def total(self) -> int:
        return sum(c.count for c in self.by_response)
