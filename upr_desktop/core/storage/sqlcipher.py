"""SQLCipher connections keyed with a raw key, and the passphrase-to-key derivation.

Key material (:class:`bytes`, 48 long) is a 32-byte AES key followed by the file's 16-byte salt.
It is given to SQLCipher as a raw key with an explicit salt (``PRAGMA key = "x'<key><salt>'"``),
so SQLCipher skips its own PBKDF2 and writes the salt into the first 16 bytes of the file. The
passphrase is stretched with scrypt (memory-hard) over that same salt; the salt therefore travels
with the file through backups (backup API), copies and restores, and nothing else is needed to
open a workspace than the file and its passphrase. The last salt byte names the KDF profile, so
stronger parameters can be introduced later without breaking older files.

The key never goes into a URL, an SQL statement that SQLAlchemy could log, an exception message
or the process title: it is set on the raw DB-API connection before SQLAlchemy sees it, and any
error raised while keying is replaced by a message without it.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

from sqlalchemy.dialects.sqlite.pysqlcipher import SQLiteDialect_pysqlcipher

from upr_desktop.core.storage import kdf
from upr_desktop.core.storage.kdf import KEY_BYTES, PROFILES, SALT_BYTES, SQLITE_HEADER, KdfProfile, file_salt  # noqa: F401 - also cipher.*
from upr_desktop.errors import WorkspaceError, WrongPassphrase
from upr_desktop.i18n import tr

MATERIAL_BYTES = KEY_BYTES + SALT_BYTES
CURRENT_PROFILE = 1  # the KDF profile (kdf.PROFILES) new salts get
BUSY_TIMEOUT_S = 10.0
# Page cache per keyed connection. A plain database re-reads pages from the OS cache almost for free;
# SQLCipher must decrypt and authenticate every page it reads again, so on a 100,000-recommendation
# workspace (~150 MB) the default 8 MB cache made searches ~4x slower. 64 MiB brings it back to par.
CACHE_KIB = 65_536


class CipherError(WorkspaceError):
    """A keyed connection could not be made; the message never contains key material."""


def wrong_passphrase(path: str | os.PathLike[str]) -> WrongPassphrase:
    return WrongPassphrase(
        tr(
            "Wrong passphrase for {path}. Try again. (If you are sure it is right, the file may be "
            "damaged: restore a backup with the same passphrase.)",
            path=path,
        )
    )


def new_salt(profile: int | None = None) -> bytes:
    """A random salt whose last byte records the KDF profile used with it."""
    ident = CURRENT_PROFILE if profile is None else profile
    return secrets.token_bytes(SALT_BYTES - 1) + bytes([ident])


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """Key material (key + salt) for ``passphrase`` on the file whose salt is ``salt``."""
    if len(salt) != SALT_BYTES:
        raise CipherError("A workspace salt is 16 bytes.")
    profile = PROFILES.get(salt[-1])
    if profile is None:
        raise CipherError("This workspace was protected by a newer version of UPR Desktop (unknown key profile).")
    from upr_desktop.core.storage import key_ahead

    ahead = key_ahead.take(passphrase, salt, profile)  # stretched while the command started up (key_ahead.py)
    return ahead if ahead is not None else kdf.stretch(passphrase, salt, profile)


def new_key_material(passphrase: str) -> bytes:
    """Key material for a file about to be protected: a fresh salt, the passphrase stretched over it."""
    return derive_key(passphrase, new_salt())


def is_encrypted(path: str | os.PathLike[str]) -> bool:
    """True when the file exists, is not empty and is not a plain SQLite database."""
    return file_salt(Path(path)) is not None


def salt_of(material: bytes) -> bytes:
    return material[KEY_BYTES:]


def pragma_value(material: bytes) -> str:
    """The value for ``PRAGMA key``/``rekey``/``ATTACH ... KEY``: a quoted raw-key blob literal."""
    if len(material) not in (KEY_BYTES, MATERIAL_BYTES):
        raise CipherError("Key material has the wrong length.")
    return "\"x'" + material.hex() + "'\""


def _sqlcipher() -> Any:
    import sqlcipher3

    return sqlcipher3


def connect(path: str | os.PathLike[str], key: bytes, **kwargs: Any) -> Any:
    """An sqlcipher3 DB-API connection to ``path``, keyed before anything else touches it."""
    sqlcipher3 = _sqlcipher()
    kwargs.setdefault("timeout", BUSY_TIMEOUT_S)
    kwargs.setdefault("check_same_thread", False)
    conn = sqlcipher3.connect(str(path), **kwargs)
    try:
        cur = conn.cursor()
        cur.execute("PRAGMA cipher_log_level = NONE")  # SQLCipher's own log goes to stderr
        cur.execute("PRAGMA key = " + pragma_value(key))
        cur.close()
    except CipherError:
        conn.close()
        raise
    except Exception as exc:  # noqa: BLE001 - scrubbed: the driver's message could echo the statement
        conn.close()
        raise CipherError(tr("Could not open {path} with its key ({error}).", path=path, error=type(exc).__name__)) from None
    try:  # SQLCipher checks the key lazily: read page 1 now, so a wrong key fails here, read-only
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise wrong_passphrase(path) from None
        raise CipherError(tr("Could not read {path}: {error}", path=path, error=scrub(exc, key))) from None
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return conn


def connect_plain(path: str | os.PathLike[str], **kwargs: Any) -> Any:
    """An sqlcipher3 connection without a key (to read a plain file and export it encrypted)."""
    kwargs.setdefault("timeout", BUSY_TIMEOUT_S)
    kwargs.setdefault("check_same_thread", False)
    return _sqlcipher().connect(str(path), **kwargs)


def scrub(exc: BaseException, material: bytes | None) -> str:
    """An exception's text with any rendering of the key material removed."""
    text = str(exc)
    if material:
        for needle in (material.hex(), material.hex().upper(), material[:KEY_BYTES].hex()):
            text = text.replace(needle, "[key]")
    return text


class KeyedSQLCipherDialect(SQLiteDialect_pysqlcipher):
    """``sqlite+pysqlcipher`` for connections keyed by :func:`connect` through ``creator=``.

    The stock dialect runs ``PRAGMA key=<URL password>`` on every new connection; with the key
    kept out of the URL that would be ``PRAGMA key=""``, which SQLCipher rejects. Everything else
    (the sqlcipher3 DB-API module, exception translation, SQLite behaviour) is the stock dialect's.
    """

    supports_statement_cache = True

    def on_connect_url(self, url: Any) -> Any:
        return super(SQLiteDialect_pysqlcipher, self).on_connect_url(url)


def register_dialect() -> str:
    """Register the keyed dialect with SQLAlchemy; returns the URL to use with ``creator=``."""
    from sqlalchemy.dialects import registry

    registry.register("sqlite.upr_sqlcipher", __name__, "KeyedSQLCipherDialect")
    return "sqlite+upr_sqlcipher://"
