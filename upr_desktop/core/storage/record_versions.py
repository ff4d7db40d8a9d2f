"""Record versions: the number a save compares with the one its editor read (migration 0010).

Two people editing the same recommendation, consultation or follow-up action: the later save must be
refused, never a silent overwrite (``changelog.check_version``). Each of those records has a
``version`` (1 when added) that the database itself raises by one whenever an UPDATE changes what a
person sees of it, or adds or removes a row its form saves with it (a consultation's recommendations), whoever writes (an editor, an import, a merge, an undo): a trigger on each engine,
so no write path can forget it. Derived columns (status, lead group, search column, updated_at) are
not listed: recording an assessment does not make an open editor's copy of the recommendation stale.
"""

from __future__ import annotations

from collections.abc import Callable

VERSIONED: dict[str, tuple[str, ...]] = {
    "recommendation": ("ref", "text", "response", "action_category", "recommending_states", "session", "cycle",
                       "theme_cluster", "confidential", "source_note", "state_under_review"),
    "consultation": ("held_on", "government_body", "kind", "group_id", "coalition_participants", "government_participants",
                     "summary", "commitments", "confidential"),
    "follow_up_action": ("description", "group_id", "due_date", "status", "consultation_id", "confidential"),
}
# Rows a record's form saves with it (the recommendations a consultation discussed): adding or removing one
# raises the record's version too (link table -> (record table, column naming the record)).
SAVED_WITH: dict[str, tuple[str, str]] = {
    "consultation_recommendation": ("consultation", "consultation_id"),
    "action_recommendation": ("follow_up_action", "action_id"),
}
PG_FUNCTION = ("CREATE OR REPLACE FUNCTION upr_version_fn() RETURNS trigger LANGUAGE plpgsql AS "
               "$$ BEGIN NEW.version := OLD.version + 1; RETURN NEW; END $$")


def trigger_name(table: str) -> str:
    return f"{table}_version_au"


def trigger_sql(table: str, dialect: str) -> list[str]:
    """The statements that make ``table``'s version follow its changes on ``dialect``."""
    columns = VERSIONED[table]
    if dialect == "postgresql":
        changed = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)
        return [PG_FUNCTION,
                f"CREATE TRIGGER {trigger_name(table)} BEFORE UPDATE OF {', '.join(columns)} ON {table} FOR EACH ROW "
                f"WHEN (OLD.version = NEW.version AND ({changed})) EXECUTE FUNCTION upr_version_fn()"]
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in columns)
    # Its own UPDATE sets only version, which is not among the columns it watches: it does not fire again.
    return [f"CREATE TRIGGER {trigger_name(table)} AFTER UPDATE OF {', '.join(columns)} ON {table} "
            f"WHEN OLD.version = NEW.version AND ({changed}) "
            f"BEGIN UPDATE {table} SET version = OLD.version + 1 WHERE id = NEW.id; END"]


def link_trigger_sql(link: str, dialect: str) -> list[str]:
    """The statements that raise the version of the record whose linked row is added or removed."""
    record, column = SAVED_WITH[link]
    if dialect == "postgresql":
        return [(f"CREATE OR REPLACE FUNCTION {link}_version_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                 f"UPDATE {record} SET version = version + 1 WHERE id = (CASE WHEN TG_OP = 'DELETE' THEN OLD.{column} "
                 f"ELSE NEW.{column} END); RETURN NULL; END $$"),
                f"CREATE TRIGGER {link}_version_aid AFTER INSERT OR DELETE ON {link} FOR EACH ROW EXECUTE FUNCTION {link}_version_fn()"]
    return [f"CREATE TRIGGER {link}_version_ai AFTER INSERT ON {link} "
            f"BEGIN UPDATE {record} SET version = version + 1 WHERE id = NEW.{column}; END",
            f"CREATE TRIGGER {link}_version_ad AFTER DELETE ON {link} "
            f"BEGIN UPDATE {record} SET version = version + 1 WHERE id = OLD.{column}; END"]


def install(execute: Callable[[str], object], dialect: str) -> None:
    for table in VERSIONED:
        execute(f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
        for sql in trigger_sql(table, dialect):
            execute(sql)
    for link in SAVED_WITH:
        for sql in link_trigger_sql(link, dialect):
            execute(sql)


def remove(execute: Callable[[str], object], dialect: str) -> None:
    for link in SAVED_WITH:
        if dialect == "postgresql":
            execute(f"DROP FUNCTION IF EXISTS {link}_version_fn() CASCADE")  # and its trigger
        else:
            execute(f"DROP TRIGGER IF EXISTS {link}_version_ai")
            execute(f"DROP TRIGGER IF EXISTS {link}_version_ad")
    for table in VERSIONED:
        execute(f"DROP TRIGGER IF EXISTS {trigger_name(table)}" + (f" ON {table}" if dialect == "postgresql" else ""))
        execute(f"ALTER TABLE {table} DROP COLUMN version")
    if dialect == "postgresql":
        execute("DROP FUNCTION IF EXISTS upr_version_fn()")
