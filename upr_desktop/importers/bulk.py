"""Bulk-insert helpers: the full-text and tally triggers set aside, time-ordered UUIDs (plain indexes: core.storage.index_pause)."""

from __future__ import annotations

import os
import re
import time
from typing import Any

FTS_INSERT_TRIGGER = "recommendation_fts_ai"
_TRIGGER_BODY = re.compile(r"\bBEGIN\s+(INSERT\s+INTO\s+\w+\s*\([^)]*\))\s*VALUES\s*\(([^)]*)\)\s*;\s*END\s*$", re.IGNORECASE | re.DOTALL)


def suspend_fts_trigger(cur: Any) -> tuple[str, str] | None:
    """Drop the full-text insert trigger for a bulk insert; returns (trigger SQL, bulk index SQL) to restore it.

    Indexing 100,000 new texts row by row through the trigger took ~5x longer than one
    INSERT ... SELECT afterwards. The trigger's own statement is reused (its VALUES(new.x, ...) becomes
    SELECT x, ... FROM recommendation WHERE id >= ?), all inside the import's transaction, so a failure
    rolls the schema back too. Any trigger of a shape not understood is left alone.
    """
    found = cur.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (FTS_INSERT_TRIGGER,)).fetchone()
    if not found or not found[0]:
        return None
    match = _TRIGGER_BODY.search(found[0])
    if match is None:
        return None
    values = [v.strip() for v in match[2].split(",")]
    if not all(v.lower().startswith("new.") for v in values):
        return None
    columns = ", ".join(v[4:] for v in values)
    cur.execute(f"DROP TRIGGER {FTS_INSERT_TRIGGER}")
    return found[0], f"{match[1]} SELECT {columns} FROM recommendation WHERE id >= ?"


# FTS5 writes its pending terms out as a new segment whenever they pass 'hashsize' (1 MB unless set): 100,000 texts
# made ~40 segments, merged again and again as they came. With room for all of them the bulk insert writes one
# segment, at the end (100,000 texts: ~0.35 s -> ~0.26 s CPU). The setting is the connection's while the insert runs;
# the table's own configuration is left as it was (the same rows in its _config table), and the hits are the same.
BULK_FTS_HASHSIZE = 64 * 1024 * 1024
FTS_DEFAULT_HASHSIZE = 1024 * 1024  # FTS5's own default
_FTS_TARGET = re.compile(r"^\s*INSERT\s+INTO\s+(\w+)\s*\(", re.IGNORECASE)


def index_texts(cur: Any, index_sql: str, start: int) -> None:
    """Run the bulk full-text insert ``index_sql`` (from :func:`suspend_fts_trigger`) with room for every pending term."""
    found = _FTS_TARGET.match(index_sql)
    if found is None:
        cur.execute(index_sql, (start,))
        return
    table = found[1]
    config = f"{table}_config"
    had = cur.execute(f"SELECT v FROM {config} WHERE k = 'hashsize'").fetchone()
    cur.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)", (BULK_FTS_HASHSIZE,))
    cur.execute(index_sql, (start,))
    # Back as it was: the value it had, or none (FTS5's default) -- for this connection too, which may live on.
    cur.execute(f"INSERT INTO {table}({table}, rank) VALUES ('hashsize', ?)", (had[0] if had else FTS_DEFAULT_HASHSIZE,))
    if had is None:
        cur.execute(f"DELETE FROM {config} WHERE k = 'hashsize'")


def set_aside_triggers(cur: Any, names: tuple[str, ...]) -> list[str]:
    """Drop the named triggers for a bulk insert (those that exist); returns the SQL that creates them again.

    Inside the import's transaction, so a failure rolls the schema back too.
    """
    marks = ", ".join("?" for _ in names)
    found = cur.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})", names).fetchall()
    for name, _sql in found:
        cur.execute(f'DROP TRIGGER "{name}"')
    return [sql for _name, sql in found]


def ordered_uuids(count: int) -> list[str]:
    """Version 7 UUIDs (RFC 9562: millisecond time, then a counter, then random bits), ascending within the batch.

    Random version 4 UUIDs land all over the unique index; ascending ones append to it, which made
    inserting 100,000 recommendations markedly faster. Layout: 48-bit time, version 7, 28-bit counter
    (12 bits in rand_a, 16 after the variant), 44 random bits.
    """
    ms = f"{int(time.time() * 1000) & ((1 << 48) - 1):012x}"
    head = f"{ms[:8]}-{ms[8:]}-7"
    noise = os.urandom((11 * count + 1) // 2 + 1).hex()
    # The part before the last hex digit changes every 16 UUIDs: formatted once per 16.
    blocks = [f"{head}{b >> 12 & 0xFFF:03x}-8{b & 0xFFF:03x}-" for b in range((count + 15) // 16)]
    return [blocks[i >> 4] + _HEX[i & 0xF] + noise[11 * i : 11 * i + 11] for i in range(count)]


_HEX = "0123456789abcdef"
