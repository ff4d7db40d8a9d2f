"""The domain model: every table of a workspace, importable from one place."""

from upr_desktop.core.domain.models.base import Base, new_uuid, utcnow
from upr_desktop.core.domain.models.coalition import (
    ActionRecommendation,
    Assessment,
    Assignment,
    Consultation,
    ConsultationRecommendation,
    FollowUpAction,
    MemberGroup,
)
from upr_desktop.core.domain.models.cycles import RecommendationLink, ResponseChange
from upr_desktop.core.domain.models.history import (
    ChangeLog,
    ExchangeExport,
    ImportRun,
    MergeBatch,
    MergeConflict,
    Operation,
)
from upr_desktop.core.domain.models.review import (
    AffectedGroup,
    Recommendation,
    RecommendationAffectedGroup,
    RecommendationSdg,
    RecommendationTheme,
    Review,
    SdgTarget,
    Theme,
    Workspace,
)

__all__ = [
    "ActionRecommendation", "AffectedGroup", "Assessment", "Assignment", "Base", "ChangeLog",
    "Consultation", "ConsultationRecommendation", "ExchangeExport", "FollowUpAction", "ImportRun",
    "MemberGroup", "MergeBatch", "MergeConflict", "Operation", "Recommendation",
    "RecommendationAffectedGroup", "RecommendationLink", "RecommendationSdg", "RecommendationTheme", "ResponseChange", "Review", "SdgTarget",
    "Theme", "Workspace", "new_uuid", "utcnow",
]
