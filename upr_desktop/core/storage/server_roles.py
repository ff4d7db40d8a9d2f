"""Who may do what on a shared server workspace, enforced by PostgreSQL itself.

Two group roles: ``upr_secretariat`` (reads and writes everything) and ``upr_member`` (reads
everything; writes only its own member group's assessments, consultations and follow-up actions,
and the change log entries of its own changes). Each person logs in as their own role, made by
``upr-desktop server add-user NAME --group ACR --role member`` run by the database's owner; the
table ``server_member`` says which group a member writes for. Row-level security policies check
every write on the server, whatever program sends it. The triggers that keep derived columns and
the Dashboard's counts run as the schema's owner (SECURITY DEFINER), so a member's assessment
still updates the recommendation's status it may not write itself.
"""

from __future__ import annotations

from typing import Any

from upr_desktop.errors import UserError
from upr_desktop.i18n import tr

SECRETARIAT = "upr_secretariat"
MEMBER = "upr_member"
ROLES = {"secretariat": SECRETARIAT, "member": MEMBER}
# Tables a member writes, and how a row names its group.
GROUP_ROWS = {
    "assessment": "group_id = upr_my_group()",
    "consultation": "group_id = upr_my_group()",
    "follow_up_action": "group_id = upr_my_group()",
    "consultation_recommendation": "EXISTS (SELECT 1 FROM consultation c WHERE c.id = consultation_id AND c.group_id = upr_my_group())",
    "action_recommendation": "EXISTS (SELECT 1 FROM follow_up_action f WHERE f.id = action_id AND f.group_id = upr_my_group())",
}
OWN_ROWS = {"operation": "actor = current_user", "change_log": "actor = current_user"}
DEFINER_FUNCTIONS = ("upr_refresh_status(integer)", "upr_refresh_lead(integer)", "assessment_derived_fn()", "assignment_lead_fn()",
                     "member_group_acronym_fn()", "upr_sync_id_fn()")


def _exec(conn: Any, sql: str, params: Any = None) -> None:
    conn.exec_driver_sql(sql, params) if params is not None else conn.exec_driver_sql(sql)


def install(conn: Any) -> None:
    """The roles, grants, policies and the member table (idempotent; run by the database's owner)."""
    from upr_desktop.core.read import figure_tally

    for role in (SECRETARIAT, MEMBER):
        exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).scalar()
        if not exists:
            _exec(conn, f"CREATE ROLE {role} NOLOGIN")
    _exec(conn, "CREATE TABLE IF NOT EXISTS server_member (role name PRIMARY KEY, group_id integer REFERENCES member_group(id) "
                "ON DELETE CASCADE, kind text NOT NULL)")
    _exec(conn, "CREATE OR REPLACE FUNCTION upr_my_group() RETURNS integer LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS "
                "$$ SELECT group_id FROM server_member WHERE role = session_user $$")
    tally = [f"{name}_fn()" for name in figure_tally.TRIGGERS]
    for fn in (*DEFINER_FUNCTIONS, *tally):
        _exec(conn, f"ALTER FUNCTION {fn} SECURITY DEFINER SET search_path = public")
    database = conn.exec_driver_sql("SELECT current_database()").scalar()
    _exec(conn, f'GRANT CONNECT ON DATABASE "{database}" TO {SECRETARIAT}, {MEMBER}')
    _exec(conn, f"GRANT USAGE ON SCHEMA public TO {SECRETARIAT}, {MEMBER}")
    _exec(conn, f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {SECRETARIAT}")
    _exec(conn, f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {SECRETARIAT}, {MEMBER}")
    _exec(conn, f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {MEMBER}")
    _exec(conn, f"GRANT INSERT, UPDATE, DELETE ON {', '.join(GROUP_ROWS)} TO {MEMBER}")
    _exec(conn, f"GRANT INSERT, UPDATE ON {', '.join(OWN_ROWS)} TO {MEMBER}")
    for table, mine in {**GROUP_ROWS, **OWN_ROWS}.items():
        _exec(conn, f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        for name, body in ((f"{table}_read", f"FOR SELECT USING (true)"),
                           (f"{table}_secretariat", f"FOR ALL TO {SECRETARIAT} USING (true) WITH CHECK (true)"),
                           (f"{table}_member", f"FOR ALL TO {MEMBER} USING ({mine}) WITH CHECK ({mine})")):
            _exec(conn, f"DROP POLICY IF EXISTS {name} ON {table}")
            _exec(conn, f"CREATE POLICY {name} ON {table} {body}")


def add_user(conn: Any, name: str, *, kind: str, group: str | None, password: str | None) -> dict[str, Any]:
    """A login role for one person, in the secretariat or as a member writing for one group."""
    import re

    if kind not in ROLES:
        raise UserError(tr("--role takes 'secretariat' or 'member', not '{value}'.", value=kind))
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
        raise UserError(tr("'{name}' cannot be a server login: use lower-case letters, digits and _ (e.g. amina_k).", name=name))
    group_id = None
    if kind == "member":
        if not group:
            raise UserError(tr("A member writes for one group: say which with --group ACR."))
        group_id = conn.exec_driver_sql("SELECT id FROM member_group WHERE lower(acronym) = lower(%s)", (group,)).scalar()
        if group_id is None:
            raise UserError(tr("No member group '{acronym}'. Add it first with: upr-desktop groups add NAME --acronym {acronym}",
                               acronym=group))
    install(conn)
    exists = conn.exec_driver_sql("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).scalar()
    if not exists:
        _exec(conn, f"CREATE ROLE {name} LOGIN")
    if password:
        # A utility statement takes no bound parameters ("syntax error at or near $1"): the password goes in as a
        # literal quoted by the driver, never through the log's parameters.
        from psycopg import sql

        conn.connection.dbapi_connection.cursor().execute(
            sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(name), sql.Literal(password)))
    _exec(conn, f"REVOKE {SECRETARIAT}, {MEMBER} FROM {name}")
    _exec(conn, f"GRANT {ROLES[kind]} TO {name}")
    _exec(conn, "INSERT INTO server_member (role, group_id, kind) VALUES (%s, %s, %s) ON CONFLICT (role) DO UPDATE "
                "SET group_id = excluded.group_id, kind = excluded.kind", (name, group_id, kind))
    return {"user": name, "role": kind, "group": group if kind == "member" else None}


def refusal(exc: BaseException, role: str) -> str | None:
    """The one-line message for a write the server refused (row-level security or a missing grant), or None."""
    orig = getattr(exc, "orig", None)
    sqlstate = getattr(orig, "sqlstate", None)
    if "NUL (0x00)" in str(orig):  # a text PostgreSQL cannot hold
        return tr("A text to save holds a NUL character (0x00), which a server cannot store; remove it and try again. Nothing was changed.")
    if sqlstate != "42501":  # insufficient_privilege
        return None
    return tr("The server refused this change: {role} may read everything but write only its own group's assessments, "
              "consultations and follow-up actions. Nothing was changed; ask the secretariat to make it.", role=role)
