"""The passphrase-to-key stretching (scrypt) and a file's salt: what opening a protected workspace needs before
SQLCipher, kept apart from sqlcipher.py so that it loads without SQLAlchemy (core/storage/key_ahead.py stretches the
passphrase on a thread while a command starts up). sqlcipher.py says how key material and salt are used."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
SALT_BYTES = 16


@dataclass(frozen=True)
class KdfProfile:
    """scrypt parameters; the id is stored in the last byte of the salt."""

    ident: int
    n: int
    r: int
    p: int

    @property
    def maxmem(self) -> int:
        return 128 * self.r * self.n * self.p + 16 * 1024 * 1024


# OWASP's scrypt recommendation (128 MiB, ~0.5 s on a modest laptop).
PROFILES: dict[int, KdfProfile] = {1: KdfProfile(1, 2**17, 8, 1)}  # sqlcipher.CURRENT_PROFILE: the one new salts get


def stretch(passphrase: str, salt: bytes, profile: KdfProfile) -> bytes:
    """scrypt with ``profile``'s parameters over ``salt`` (hashlib runs it without Python's lock): key material."""
    key = hashlib.scrypt(
        passphrase.encode("utf-8"), salt=salt, n=profile.n, r=profile.r, p=profile.p,
        maxmem=profile.maxmem, dklen=KEY_BYTES,
    )
    return key + salt


def file_salt(path: Path) -> bytes | None:
    """The salt in an encrypted file's first 16 bytes; None for a plain or empty file."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    if len(head) < SALT_BYTES or head == SQLITE_HEADER:
        return None
    return head
