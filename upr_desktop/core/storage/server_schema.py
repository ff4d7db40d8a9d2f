"""The PostgreSQL side of migrations 0001-0006: what SQLite does with FTS5, expression indexes and
triggers, PostgreSQL does with a ``tsvector`` column and GIN index, SQL functions and PL/pgSQL.

Choices where the engines differ (the README's "Shared workspace on a server" names them too):

- Full-text search: ``recommendation.search_vector`` (kept by a BEFORE trigger) over the ref, the
  text and the recommending States, folded as FTS5's ``unicode61 remove_diacritics 2`` folds them:
  lower case, accents removed (``unaccent``), every run of other characters a word break; a query
  matches when every word typed is the prefix of a word (``'word':*`` AND ...), as FTS5's ``"word"*``.
  Since 0011 the column holds the words alone, without positions (``SEARCH_VECTOR``).
- Derived columns (current status, last assessed, lead group) and the Dashboard's counts
  (``figure_tally``) are kept by PL/pgSQL triggers doing what the SQLite triggers do, in the same
  transaction as every write, whoever writes.
- Text sorts use ``COLLATE "C"`` (SQLite's byte order), and the reference order reads the leading
  integer of "115.10" as SQLite's ``CAST`` does (``upr_ref_major``/``upr_ref_minor``).
- Ids that an import or an undo writes itself keep the table's sequence ahead of them
  (``upr_sync_id``), so the next row added by anyone never collides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SEARCH_FUNCTIONS = (
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    # FTS5's unicode61 tokeniser with remove_diacritics 2: lower case, no accents, words of letters and digits.
    ("CREATE OR REPLACE FUNCTION upr_search_text(t text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS "
     "$$ SELECT regexp_replace(unaccent(lower(coalesce(t, ''))), '[^[:alnum:]]+', ' ', 'g') $$"),
    ("CREATE OR REPLACE FUNCTION upr_search_vector(ref text, body text, states text) RETURNS tsvector LANGUAGE sql STABLE "
     "PARALLEL SAFE AS $$ SELECT to_tsvector('simple', upr_search_text(ref) || ' ' || upr_search_text(body) || ' ' "
     "|| upr_search_text(states)) $$"),
    # Every word of what was typed (or of an FTS5 query '"w1"* "w2"*') as a prefix, all of them required.
    ("CREATE OR REPLACE FUNCTION upr_search_query(q text) RETURNS tsquery LANGUAGE sql STABLE PARALLEL SAFE AS "
     "$$ SELECT to_tsquery('simple', string_agg(w || ':*', ' & ')) FROM regexp_split_to_table(btrim(upr_search_text(q)), ' +') AS w "
     "WHERE w <> '' $$"),
    ("CREATE OR REPLACE FUNCTION upr_recommendation_search_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
     "NEW.search_vector := upr_search_vector(NEW.ref, NEW.text, NEW.recommending_states); RETURN NEW; END $$"),
)


# 0011: the same words without their positions, split from the folded text instead of read by the text-search
# parser. Nothing reads a position (a search wants every word typed as the prefix of a word, in any order:
# upr_search_query), and the parser was most of the cost. The folding breaks words where it did, but leaves a space
# as it is instead of rewriting every run of spaces too (a run may stay: both readers split on any number of them).
# 100,000 texts: ~4.2 s of one server process before, ~1.6 s now (load 3), in every large import on a server. The words
# are those to_tsvector('simple') found in the same folded text, words of 2,048 bytes or more left out as it left
# them out (an index entry cannot hold them); a text that long takes the slower path that can see them.
SEARCH_TEXT = ("CREATE OR REPLACE FUNCTION upr_search_text(t text) RETURNS text LANGUAGE sql STABLE PARALLEL SAFE AS "
               "$$ SELECT regexp_replace(unaccent(lower(coalesce(t, ''))), '[^[:alnum:] ]+', ' ', 'g') $$")
SEARCH_VECTOR = (
    "CREATE OR REPLACE FUNCTION upr_search_vector(ref text, body text, states text) RETURNS tsvector LANGUAGE plpgsql STABLE "
    "PARALLEL SAFE AS $$ DECLARE words text := upr_search_text(concat_ws(' ', ref, body, states)); BEGIN "
    "IF octet_length(words) < 2048 THEN RETURN array_to_tsvector(array_remove(string_to_array(words, ' '), '')); END IF; "
    "RETURN array_to_tsvector(ARRAY(SELECT w FROM unnest(string_to_array(words, ' ')) AS w WHERE w <> '' AND octet_length(w) < 2048)); "
    "END $$"
)
SEARCH_0001 = (SEARCH_FUNCTIONS[1], SEARCH_FUNCTIONS[2])  # what 0011 replaces: upr_search_text, upr_search_vector
REFRESH_SEARCH = "UPDATE recommendation SET search_vector = upr_search_vector(ref, text, recommending_states)"


def install_search(execute: Callable[[str], object]) -> None:
    """0001: the search column, its trigger and GIN index (in place of the FTS5 table and its triggers)."""
    for sql in SEARCH_FUNCTIONS:
        execute(sql)
    execute("ALTER TABLE recommendation ADD COLUMN search_vector tsvector")
    execute("CREATE TRIGGER recommendation_search_biu BEFORE INSERT OR UPDATE OF ref, text, recommending_states "
            "ON recommendation FOR EACH ROW EXECUTE FUNCTION upr_recommendation_search_fn()")
    execute(REFRESH_SEARCH)
    execute("CREATE INDEX ix_recommendation_search ON recommendation USING gin (search_vector)")


# Only ever raised, and only when an id written by hand (an import, an undo) is ahead of it: reading last_value
# and then setting it would otherwise lower it past the nextval() of a writer in between (two writers got the
# same id: 72 of 2,000 assessments lost with 10 writers at once, benchmarks/postgres_100k.py).
SYNC_ID = (
    "CREATE OR REPLACE FUNCTION upr_sync_id_fn() RETURNS trigger LANGUAGE plpgsql AS $$ DECLARE seq text; BEGIN "
    "seq := pg_get_serial_sequence(TG_TABLE_SCHEMA || '.' || TG_TABLE_NAME, 'id'); "
    "IF seq IS NOT NULL THEN "
    "EXECUTE format('SELECT setval(%L, top.m, true) FROM (SELECT max(id) AS m FROM %I.%I) AS top, %s AS s "
    "WHERE top.m > CASE WHEN s.is_called THEN s.last_value ELSE s.last_value - 1 END', seq, TG_TABLE_SCHEMA, TG_TABLE_NAME, seq); "
    "END IF; RETURN NULL; END $$"
)


def install_sync_ids(execute: Callable[[str], object], tables: list[str]) -> None:
    """0001: after any INSERT statement, each table's id sequence is at least its largest id."""
    execute(SYNC_ID)
    for table in tables:
        execute(f"CREATE TRIGGER {table}_sync_id AFTER INSERT ON {table} FOR EACH STATEMENT EXECUTE FUNCTION upr_sync_id_fn()")


def ensure_sync_ids(conn: Any) -> None:
    """After every upgrade on a server: tables a later migration made (0009's...) get their id trigger too."""
    missing = conn.exec_driver_sql(
        "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind = 'r' AND n.nspname = current_schema() AND CASE WHEN EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid "
        "AND a.attname = 'id' AND NOT a.attisdropped) THEN pg_get_serial_sequence(quote_ident(c.relname), 'id') END IS NOT NULL "
        "AND NOT EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = c.oid AND t.tgname = c.relname || '_sync_id')").scalars().all()
    for table in missing:
        conn.exec_driver_sql(f"CREATE TRIGGER {table}_sync_id AFTER INSERT ON {table} FOR EACH STATEMENT EXECUTE FUNCTION upr_sync_id_fn()")


REF_FUNCTIONS = (
    # SQLite's CAST(text AS INTEGER): the leading integer (spaces and a sign allowed), else 0.
    ("CREATE OR REPLACE FUNCTION upr_ref_major(t text) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
     "$$ SELECT coalesce(substring(t from '^\\s*([+-]?[0-9]{1,18})')::bigint, 0) $$"),
    ("CREATE OR REPLACE FUNCTION upr_ref_minor(t text) RETURNS bigint LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
     "$$ SELECT CASE WHEN strpos(t, '.') > 0 THEN coalesce(substring(substr(t, strpos(t, '.') + 1) from '^\\s*([+-]?[0-9]{1,18})')::bigint, 0) "
     "ELSE 0 END $$"),
)


def install_ref_sort(execute: Callable[[str], object]) -> None:
    """0003: the reference order's functions and index."""
    for sql in REF_FUNCTIONS:
        execute(sql)
    execute('CREATE INDEX ix_recommendation_ref_sort ON recommendation (upr_ref_major(ref), upr_ref_minor(ref), (ref COLLATE "C"))')


def install_sort_indexes(execute: Callable[[str], object]) -> None:
    """0005: text and recommending States sorts, in byte order."""
    execute('CREATE INDEX IF NOT EXISTS ix_recommendation_text_sort ON recommendation ((substr(text, 1, 80) COLLATE "C"))')
    execute('CREATE INDEX IF NOT EXISTS ix_recommendation_recommending_states ON recommendation ((recommending_states COLLATE "C"))')


STATUS_OF = (
    "(SELECT a.status FROM assessment AS a WHERE a.recommendation_id = rid ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)"
)
DERIVED_FUNCTIONS = (
    ("CREATE OR REPLACE FUNCTION upr_refresh_status(rid integer) RETURNS void LANGUAGE sql AS $$ "
     f"UPDATE recommendation SET current_status = {STATUS_OF}, "
     "last_assessed_on = (SELECT max(a.assessed_on) FROM assessment AS a WHERE a.recommendation_id = rid) WHERE id = rid $$"),
    ("CREATE OR REPLACE FUNCTION upr_refresh_lead(rid integer) RETURNS void LANGUAGE sql AS $$ "
     "UPDATE recommendation SET lead_group = (SELECT min(g.acronym COLLATE \"C\") FROM assignment AS s JOIN member_group AS g "
     "ON g.id = s.group_id WHERE s.recommendation_id = rid AND s.role = 'lead') WHERE id = rid $$"),
    ("CREATE OR REPLACE FUNCTION assessment_derived_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
     "IF TG_OP <> 'INSERT' THEN PERFORM upr_refresh_status(OLD.recommendation_id); END IF; "
     "IF TG_OP <> 'DELETE' THEN PERFORM upr_refresh_status(NEW.recommendation_id); END IF; RETURN NULL; END $$"),
    ("CREATE OR REPLACE FUNCTION assignment_lead_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
     "IF TG_OP <> 'INSERT' THEN PERFORM upr_refresh_lead(OLD.recommendation_id); END IF; "
     "IF TG_OP <> 'DELETE' THEN PERFORM upr_refresh_lead(NEW.recommendation_id); END IF; RETURN NULL; END $$"),
    ("CREATE OR REPLACE FUNCTION member_group_acronym_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
     "PERFORM upr_refresh_lead(s.recommendation_id) FROM assignment s WHERE s.group_id = NEW.id; RETURN NULL; END $$"),
)
DERIVED_TRIGGERS = (
    "CREATE TRIGGER assessment_derived_ai AFTER INSERT ON assessment FOR EACH ROW EXECUTE FUNCTION assessment_derived_fn()",
    "CREATE TRIGGER assessment_derived_ad AFTER DELETE ON assessment FOR EACH ROW EXECUTE FUNCTION assessment_derived_fn()",
    ("CREATE TRIGGER assessment_derived_au AFTER UPDATE OF status, assessed_on, recommendation_id ON assessment "
     "FOR EACH ROW EXECUTE FUNCTION assessment_derived_fn()"),
    "CREATE TRIGGER assignment_lead_ai AFTER INSERT ON assignment FOR EACH ROW EXECUTE FUNCTION assignment_lead_fn()",
    "CREATE TRIGGER assignment_lead_ad AFTER DELETE ON assignment FOR EACH ROW EXECUTE FUNCTION assignment_lead_fn()",
    ("CREATE TRIGGER assignment_lead_au AFTER UPDATE OF role, group_id, recommendation_id ON assignment "
     "FOR EACH ROW EXECUTE FUNCTION assignment_lead_fn()"),
    "CREATE TRIGGER member_group_acronym_au AFTER UPDATE OF acronym ON member_group FOR EACH ROW EXECUTE FUNCTION member_group_acronym_fn()",
)


def install_derived(execute: Callable[[str], object]) -> None:
    """0002: the derived columns' triggers (the columns and the first fill are the migration's own)."""
    for sql in (*DERIVED_FUNCTIONS, *DERIVED_TRIGGERS):
        execute(sql)


JSON_LIST = (
    "CREATE OR REPLACE FUNCTION upr_json_list(t text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$ "
    "DECLARE j jsonb; BEGIN BEGIN j := t::jsonb; EXCEPTION WHEN others THEN RETURN '[]'::jsonb; END; "
    "IF j IS NULL OR jsonb_typeof(j) <> 'array' THEN RETURN '[]'::jsonb; END IF; RETURN j; END $$"
)


# Every change (an operation added, or undone/redone) is announced when its transaction commits, so
# open windows elsewhere refresh within a second or two (core/storage/server_listen.py). The
# payload names who, and the writing program's own token (its application_name) so it can skip its own.
NOTIFY_CHANNEL = "upr_desktop_changes"
NOTIFY = (
    "CREATE OR REPLACE FUNCTION upr_notify_change_fn() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    f"PERFORM pg_notify('{NOTIFY_CHANNEL}', json_build_object('actor', NEW.actor, 'kind', NEW.kind, "
    "'from', current_setting('application_name', true))::text); RETURN NULL; END $$",
    "CREATE TRIGGER operation_notify_ai AFTER INSERT OR UPDATE OF state ON operation FOR EACH ROW EXECUTE FUNCTION upr_notify_change_fn()",
)


def install_notify(execute: Callable[[str], object]) -> None:
    for sql in NOTIFY:
        execute(sql)


def drop_functions(execute: Callable[[str], object], *patterns: str) -> None:
    """Downgrades: drop this schema's functions whose names match ``patterns`` (LIKE), and with them (CASCADE)
    the triggers and expression indexes made on them. PostgreSQL only: SQLite has no such functions."""
    names = ", ".join("'" + p.replace("'", "''") + "'" for p in patterns)
    execute("DO $$ DECLARE f record; BEGIN FOR f IN SELECT p.oid::regprocedure AS sig FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema() "
            f"AND p.proname LIKE ANY (ARRAY[{names}]) LOOP EXECUTE 'DROP FUNCTION IF EXISTS ' || f.sig || ' CASCADE'; "
            "END LOOP; END $$")
