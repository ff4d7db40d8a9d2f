"""The Dashboard page and its charts, and the idle warm-up of its figures (both refresh on TOPICS)."""

from upr_desktop.ui.hub import (
    ACTIONS,
    ALL,
    ASSESSMENTS,
    ASSIGNMENTS,
    CONSULTATIONS,
    GROUPS,
    MERGES,
    RECOMMENDATIONS,
    THEMES,
)

# Changes that alter a dashboard figure: the page redraws and the warm-up counts again on these.
TOPICS = (RECOMMENDATIONS, ASSIGNMENTS, ASSESSMENTS, GROUPS, THEMES, CONSULTATIONS, ACTIONS, MERGES, ALL)
