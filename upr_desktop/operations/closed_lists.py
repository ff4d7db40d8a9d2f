"""The closed lists as the app and the command line see them: codes, English labels, symbols, the one palette.

Everything comes from :mod:`upr_desktop.core.domain.closed_lists` (no SQLAlchemy: the app's first
screen may import this); ``ui/vocabulary.py`` translates the labels.
"""

from upr_desktop.core.domain.closed_lists import (
    ACTION_CATEGORIES,
    ACTION_STATUS_SYMBOLS,
    ACTION_STATUSES,
    ALERT_COLOUR,
    CONSULTATION_KINDS,
    COUNT_COLOUR,
    LABEL_CONTEXT,
    NOT_ASSESSED,
    RESPONSES,
    ROLE_COLOURS,
    ROLES,
    SERIES_COLOURS,
    SHARE_COLOUR,
    STATE_COLOUR,
    STATUS_COLOURS,
    STATUS_SYMBOLS,
    STATUSES,
    TIME_COLOUR,
    WARNING_SYMBOL,
    Choice,
    choices,
    codes,
    label,
    label_of,
    match,
)
from upr_desktop.core.domain.vocab import THEME_CONTEXT, state_name_in, theme_translated

__all__ = [
    "ACTION_CATEGORIES", "ACTION_STATUSES", "ACTION_STATUS_SYMBOLS", "ALERT_COLOUR", "CONSULTATION_KINDS",
    "COUNT_COLOUR", "LABEL_CONTEXT", "NOT_ASSESSED", "RESPONSES", "ROLES", "ROLE_COLOURS", "SERIES_COLOURS", "SHARE_COLOUR",
    "STATE_COLOUR", "STATUSES", "STATUS_COLOURS", "STATUS_SYMBOLS", "TIME_COLOUR", "WARNING_SYMBOL",
    "THEME_CONTEXT", "Choice", "choices", "codes", "label", "label_of", "match", "state_name_in", "theme_translated",
]
