"""TLS to the server: sslmode=require and verify-full (with the CA as sslrootcert) honoured; a wrong CA refused in one line.

A throwaway cluster of its own (the session's stays without TLS) is given a self-signed CA and a server
certificate for 127.0.0.1 made with ``openssl`` (scripts/install-system-deps.sh --ci installs it), then
``ssl=on`` by a configuration reload.
"""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from upr_desktop.operations.workspace import create_workspace, open_workspace

# A cluster of its own is started (a few seconds) and certificates made: CI runs it with the slow tests.
pytestmark = pytest.mark.slow


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def _authority(folder: Path, name: str) -> tuple[Path, Path]:
    """A self-signed certificate authority: (certificate, key)."""
    folder.mkdir(parents=True, exist_ok=True)
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", f"/CN={name}",
             "-keyout", f"{name}.key", "-out", f"{name}.crt", cwd=folder)
    return folder / f"{name}.crt", folder / f"{name}.key"


def _server_certificate(folder: Path, ca: tuple[Path, Path]) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 (and localhost) signed by ``ca``."""
    (folder / "san.cnf").write_text("subjectAltName = IP:127.0.0.1, DNS:localhost\n")
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1", "-keyout", "server.key", "-out", "server.csr", cwd=folder)
    _openssl("x509", "-req", "-in", "server.csr", "-CA", str(ca[0]), "-CAkey", str(ca[1]), "-CAcreateserial", "-days", "2",
             "-extfile", "san.cnf", "-out", "server.crt", cwd=folder)
    return folder / "server.crt", folder / "server.key"


@pytest.fixture(scope="module")
def tls_cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Any, Path, Path]]:
    """(a cluster with ssl=on, its CA certificate, another CA's certificate)."""
    from tests import pg

    if os.environ.get("UPR_DESKTOP_TEST_SERVER"):
        pytest.skip("TLS is tested on a throwaway cluster (your own server's TLS is yours to configure)")
    if pg.binaries() is None or shutil.which("openssl") is None:
        if os.environ.get("UPR_DESKTOP_CI"):
            pytest.fail("CI must run the TLS test: scripts/install-system-deps.sh --ci installs postgresql and openssl")
        pytest.skip("no PostgreSQL server binaries or no openssl here")
    certs = tmp_path_factory.mktemp("tls")
    ca = _authority(certs / "ca", "coalition-ca")
    wrong_ca, _key = _authority(certs / "other", "someone-else-ca")
    crt, key = _server_certificate(certs / "ca", ca)
    cluster = pg.start_cluster()
    try:
        data = cluster.folder / "data"
        for source, target in ((crt, "server.crt"), (key, "server.key")):
            shutil.copy(source, data / target)
            os.chmod(data / target, 0o600)  # PostgreSQL refuses a key others can read
            if cluster.owner is not None:
                entry = pwd.getpwnam(cluster.owner)
                os.chown(data / target, entry.pw_uid, entry.pw_gid)
        with cluster.admin() as conn:
            conn.execute("ALTER SYSTEM SET ssl = on")
            conn.execute("SELECT pg_reload_conf()")
        yield cluster, ca[0], wrong_ca
    finally:
        cluster.stop()


def _url(cluster: Any, database: str, **params: str) -> str:
    return cluster.url(database) + "?" + "&".join(f"{k}={v}" for k, v in params.items())


def test_require_and_verify_full_connect_encrypted(tls_cluster: tuple[Any, Path, Path]) -> None:
    cluster, ca, _wrong = tls_cluster
    database = cluster.new_database()
    with create_workspace(_url(cluster, database, sslmode="require"), name="Coalition", country="Thailand") as ws, ws.session() as s:
        assert s.connection().exec_driver_sql("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()").scalar() is True
    with open_workspace(_url(cluster, database, sslmode="verify-full", sslrootcert=str(ca))) as ws, ws.session() as s:
        row = s.connection().exec_driver_sql("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()").one()
        assert row[0] is True and row[1].startswith("TLS")
        assert ws.address.sslmode == "verify-full"


def test_a_server_that_does_not_prove_who_it_is_is_refused_in_one_line(tls_cluster: tuple[Any, Path, Path], capsys: Any) -> None:
    from upr_desktop.cli import main

    cluster, _ca, wrong = tls_cluster
    database = cluster.new_database()
    url = _url(cluster, database, sslmode="verify-full", sslrootcert=str(wrong))
    assert main(["--workspace", url, "info"]) != 0
    out, err = capsys.readouterr()
    message = (out + err).strip()
    assert "Traceback" not in message and len(message.splitlines()) == 1, message
    assert "certificate" in message and str(wrong) in message, message
    assert main(["--workspace", _url(cluster, database, sslmode="verify-full", sslrootcert=str(wrong) + ".missing"), "info"]) != 0
    out, err = capsys.readouterr()
    assert len((out + err).strip().splitlines()) == 1 and ".missing" in out + err, out + err


def test_requiring_tls_of_a_server_without_it_is_refused_in_one_line(pg_url: str, capsys: Any) -> None:
    from upr_desktop.cli import main

    if os.environ.get("UPR_DESKTOP_TEST_SERVER"):
        pytest.skip("your own server may offer TLS")
    assert main(["--workspace", pg_url + "?sslmode=require", "info"]) != 0
    out, err = capsys.readouterr()
    message = (out + err).strip()
    assert len(message.splitlines()) == 1 and "does not offer an encrypted connection" in message, message
