"""The recommending-State filter from a map kept in memory: the SQL LIKE filter's exact ids, without its table scan.

The SQL filter (queries.filtered_ids) keeps a recommendation when its stored JSON text contains
``"<State>"`` (SQLite LIKE: ASCII letters in any case, ``%`` and ``_`` as wildcards, no escape).
Such an occurrence is two consecutive double quotes with the name between them, so splitting
each text at its double quotes and keeping the inner pieces (ASCII letters lowered, as LIKE
compares them) gives, for every name, exactly the rows LIKE would find. A name with a wildcard is
left to SQL. The map is built from one read of (id, recommending_states), while the GUI's worker
is idle, and used only while ``changelog.data_version`` is the one it was built at, like the
column orders of core.table_order.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from upr_desktop.core.services.changelog import data_version
from upr_desktop.core.read.stopping import checkpoint
from upr_desktop.core.read.table_order import raw_rows

_ATTR = "_upr_state_ids"
WILDCARDS = ("%", "_")


def _key(name: str) -> bytes:
    """SQLite's LIKE compares UTF-8 bytes with ASCII letters folded: bytes.lower() folds exactly those."""
    return name.encode("utf-8").lower()


def build(rows: list[tuple[int, str | None]]) -> dict[bytes, list[int]]:
    """(id, stored JSON text) -> {lowered text between two consecutive double quotes: ids}."""
    found: dict[bytes, list[int]] = {}
    for i, (rec_id, stored) in enumerate(rows):
        if not i % 8192:
            checkpoint()  # idle work gives way to a person's request (core.stopping)
        if stored:
            for piece in set(stored.encode("utf-8").lower().split(b'"')[1:-1]):
                found.setdefault(piece, []).append(rec_id)
    return found


def warm(session: Session) -> bool:
    """Build the map for the data as it is now, unless it is already fresh (True when it was built)."""
    stamp = data_version(session)
    engine = session.get_bind()
    kept = getattr(engine, _ATTR, None)
    if kept is not None and kept[0] == stamp:
        return False
    rows = raw_rows(session, "SELECT id, recommending_states FROM recommendation")
    setattr(engine, _ATTR, (stamp, build(rows)))
    return True


def state_ids(session: Session, name: str, stamp: tuple[Any, ...] | None = None) -> set[int] | None:
    """Ids the SQL filter would give for ``name``, or None when the map is not fresh or the name has a wildcard."""
    if any(w in name for w in WILDCARDS):
        return None
    kept = getattr(session.get_bind(), _ATTR, None)
    if kept is None or kept[0] != (stamp if stamp is not None else data_version(session)):
        return None
    return set(kept[1].get(_key(name.replace('"', "")), ()))  # the SQL needle drops double quotes too


def forget(session: Session) -> None:
    if hasattr(session.get_bind(), _ATTR):
        delattr(session.get_bind(), _ATTR)
