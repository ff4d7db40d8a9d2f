"""A throwaway PostgreSQL cluster for the tests: initdb in a temporary folder, started with pg_ctl.

The server binaries come from the distribution (``/usr/lib/postgresql/*/bin``, the ``postgresql``
package that ``scripts/install-system-deps.sh --ci`` installs). PostgreSQL refuses to run as root:
as root the cluster belongs to an unprivileged account (``postgres`` when the package made it, else
``nobody``), started through ``runuser`` (or ``setpriv``); as anyone else it is simply yours.

``UPR_DESKTOP_TEST_SERVER=postgresql://ROLE@HOST/DB`` runs the tests against your own server instead
(the role must be allowed to CREATE DATABASE and CREATE ROLE; the tests make and drop ``upr_t_*`` ones).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

ADMIN = "upr_admin"
PASSWORD_ROLE = "upr_pw"  # the one role that must give a password (scram), to test the keyring path


def binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_owner(user: str | None, argv: list[str]) -> list[str]:
    if user is None:
        return argv
    if shutil.which("runuser"):
        return ["runuser", "-u", user, "--", *argv]
    entry = pwd.getpwnam(user)
    return ["setpriv", f"--reuid={entry.pw_uid}", f"--regid={entry.pw_gid}", "--clear-groups", *argv]


@dataclass
class Cluster:
    folder: Path
    port: int
    bin: Path
    owner: str | None

    def url(self, database: str, user: str = ADMIN) -> str:
        return f"postgresql://{user}@127.0.0.1:{self.port}/{database}"

    def admin(self, database: str = "postgres"):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=ADMIN, dbname=database, autocommit=True)

    def new_database(self, template: str | None = None) -> str:
        name = "upr_t_" + uuid.uuid4().hex[:12]
        with self.admin() as conn:
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return name

    def drop_database(self, name: str) -> None:
        with self.admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        subprocess.run(_as_owner(self.owner, [str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop"]),
                       capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb + pg_ctl start in a new temporary folder; about two seconds."""
    bin_dir = binaries()
    if bin_dir is None:
        raise FileNotFoundError("no PostgreSQL server binaries (install the postgresql package)")
    owner = None
    if os.geteuid() == 0:
        owner = "postgres" if _user_exists("postgres") else "nobody"
    # The cluster's owner must reach its folder: as root, a world-searchable parent (the tests' TMPDIR is private).
    parent = None
    if owner is not None:
        parent = next((d for d in ("/dev/shm", "/tmp") if os.path.isdir(d) and os.stat(d).st_mode & 0o001), None)
    # One cluster per test process: under pytest-xdist each worker (gw0, gw1...) starts its own, in its own
    # folder and on its own port.
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    folder = Path(tempfile.mkdtemp(prefix=f"upr-pg-{worker}-", dir=parent))
    data = folder / "data"
    pwfile = folder / "pw"
    pwfile.write_text("admin-pw\n")
    if owner is not None:
        entry = pwd.getpwnam(owner)
        os.chown(folder, entry.pw_uid, entry.pw_gid)
        os.chown(pwfile, entry.pw_uid, entry.pw_gid)
    os.chmod(folder, 0o700)
    subprocess.run(_as_owner(owner, [str(bin_dir / "initdb"), "-D", str(data), "-U", ADMIN, "--pwfile", str(pwfile),
                                     "-E", "UTF8", "--locale=C.UTF-8", "-A", "trust", "--no-sync"]),
                   check=True, capture_output=True)
    hba = data / "pg_hba.conf"
    hba.write_text(f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
    # A free port can be taken between asking for it and the server binding it (by another worker's cluster
    # started at the same moment, or anyone's): then the start fails and the next try takes another port.
    for attempt in range(5):
        port = _free_port()
        options = (f"-c port={port} -c listen_addresses=127.0.0.1 -c unix_socket_directories={folder} -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60 -c shared_buffers=64MB")
        started = subprocess.run(_as_owner(owner, [str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                                                   str(folder / "log"), "-w", "-t", "30", "start"]), capture_output=True)
        if started.returncode == 0:
            break
        log = (folder / "log").read_text(errors="replace") if (folder / "log").exists() else ""
        if attempt == 4 or "could not bind" not in log:
            raise RuntimeError(f"pg_ctl start failed (exit {started.returncode}): {started.stderr.decode(errors='replace')}\n{log[-2000:]}")
    cluster = Cluster(folder, port, bin_dir, owner)
    deadline = time.monotonic() + 10
    while True:
        try:
            cluster.admin().close()
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)
    return cluster


def _user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
        return True
    except KeyError:
        return False


@dataclass
class OwnServer:
    """Your own server (UPR_DESKTOP_TEST_SERVER=postgresql://ROLE@HOST[:PORT]/DB), used like a Cluster."""

    admin_url: str

    def url(self, database: str, user: str | None = None) -> str:
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(self.admin_url)
        netloc = parts.netloc if user is None else f"{user}@{parts.netloc.split('@')[-1]}"
        return urlunsplit((parts.scheme, netloc, "/" + database, parts.query, ""))

    def admin(self, database: str | None = None):  # type: ignore[no-untyped-def]
        import psycopg

        return psycopg.connect(self.admin_url if database is None else self.url(database), autocommit=True)

    def new_database(self, template: str | None = None) -> str:
        return Cluster.new_database(self, template)  # type: ignore[arg-type]

    def drop_database(self, name: str) -> None:
        Cluster.drop_database(self, name)  # type: ignore[arg-type]

    def stop(self) -> None:
        pass
