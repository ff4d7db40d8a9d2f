"""The one day every rule that needs "today" uses: overdue, due soon, assessed in the window.

It is the real date, except in the demo coalition, whose dates are written relative to its own
situation day (so a workshop in any year shows the same story); a trainer may set another day
in Settings. Every page, report and command asks :func:`as_of` and so agrees on every count.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

DEMO_REFERENCE_KEY = "demo_reference_date"


def as_of(session: Session, *, demo_day: date | None = None, today: date | None = None) -> date:
    """The situation day of the workspace ``session`` is on.

    ``demo_day`` is the trainer's choice from Settings (used only in a demo workspace); ``today``
    stands in for the clock in tests.
    """
    real = today or date.today()
    row = session.execute(text("SELECT is_demo, settings FROM workspace LIMIT 1")).first()
    if row is None or not row[0]:
        return real
    if demo_day is not None:
        return demo_day
    reference = json.loads(row[1]).get(DEMO_REFERENCE_KEY) if row[1] else None
    return date.fromisoformat(reference) if reference else real
