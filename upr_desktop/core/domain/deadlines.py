"""When a follow-up action is overdue or due soon: the one rule, for the lists, group loads, figures and reports.

Every caller passes the situation day (``operations.base.situation_day``): the real date, or the
demo's own day. An action is *open* while it is open or in progress; it is *overdue* when it is
open and its due date is before the situation day; *due soon* when it is open and due on the
situation day or within the next :data:`DUE_SOON_DAYS` days.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

OPEN_ACTION_STATUSES = ("open", "in-progress")
DUE_SOON_DAYS = 30

_OPEN_SQL = ", ".join(f"'{s}'" for s in OPEN_ACTION_STATUSES)


def action_open(status: str | None) -> bool:
    return status in OPEN_ACTION_STATUSES


def action_overdue(due_date: date | None, status: str | None, as_of: date) -> bool:
    return due_date is not None and due_date < as_of and action_open(status)


def action_due_soon(due_date: date | None, status: str | None, as_of: date, days: int = DUE_SOON_DAYS) -> bool:
    return due_date is not None and as_of <= due_date <= as_of + timedelta(days=days) and action_open(status)


# The same rule for SQL over ``follow_up_action`` (bind ``:as_of`` and ``:soon`` as ISO dates).
OPEN_ACTION_SQL = f"status IN ({_OPEN_SQL})"
OVERDUE_ACTION_SQL = f"({OPEN_ACTION_SQL} AND due_date < :as_of)"
DUE_SOON_ACTION_SQL = f"({OPEN_ACTION_SQL} AND due_date >= :as_of AND due_date <= :soon)"


def soon_until(as_of: date, days: int = DUE_SOON_DAYS) -> date:
    """The last day counted as due soon (for ``:soon``)."""
    return as_of + timedelta(days=days)


def overdue_clause(due_date: Any, status: Any, as_of: date) -> Any:
    """The rule as an SQLAlchemy condition on the given columns."""
    from sqlalchemy import and_

    return and_(status.in_(OPEN_ACTION_STATUSES), due_date < as_of)
