"""A shared workspace on a PostgreSQL server: telling its address from a file's, and the server-side commands.

Plain Python on the start path; psycopg and SQLAlchemy are imported inside the functions.
"""

from __future__ import annotations

import os

SERVER_SUFFIX = ".uprw-server"


def is_server_location(location: str | os.PathLike[str]) -> bool:
    """A ``postgresql://`` URL or a ``.uprw-server`` connection file (see core/storage/server.py)."""
    from upr_desktop.core.storage.server import is_server_location as check

    return check(location)
