"""The passphrase stretched while a command starts up, not after.

A command run with ``UPR_DESKTOP_PASSPHRASE`` on a protected workspace (scripts, benchmarks/import_100k.py) used to
stretch the passphrase (scrypt: ~0.4-0.6 s, 128 MiB) only once it opened the workspace, after a second or so of
starting up (reading the settings, loading the modules the command needs). scrypt runs without Python's lock
(hashlib releases it), so started on a thread of its own as soon as the arguments are read, it costs the same CPU
but the person no longer waits for it on a computer with two cores or more: ``derive_key`` then takes the key
stretched ahead (the same passphrase, the same salt and the same KDF profile, else it stretches as before).
benchmarks/import_100k.py, same run: the encrypted import of 100,000 rows took 5.37 s instead of 5.93 s of wall time
(1.23x instead of 1.31x the plain import), the same 5.6-5.9 s of CPU.

Nothing is decided here: the salt is read (kdf.file_salt, on the command's own thread: no import runs on the other)
and the key derived (kdf.stretch, derive_key's own scrypt) by the storage layer; the key is not kept beyond the one
``derive_key`` call that takes it, and a key stretched for nothing (the key was in the keyring, the command never
opened the workspace) is dropped with the process.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

PASSPHRASE_ENV = "UPR_DESKTOP_PASSPHRASE"  # security/unlock.py reads it too: named here, where nothing heavy is loaded
_lock = threading.Lock()
_ahead: _Stretching | None = None


class _Stretching(threading.Thread):
    def __init__(self, passphrase: str, salt: bytes, profile: Any, stretch: Callable[[str, bytes, Any], bytes]) -> None:
        super().__init__(name="passphrase stretched ahead", daemon=True)
        self.passphrase, self.salt, self.profile, self._stretch = passphrase, salt, profile, stretch
        self.material: bytes | None = None

    def run(self) -> None:  # scrypt only: nothing imported on this thread
        try:
            self.material = self._stretch(self.passphrase, self.salt, self.profile)
        except Exception:  # noqa: BLE001 - (no memory for scrypt...) derive_key stretches again and says what is wrong
            self.material = None


def start(path: Path, passphrase: str) -> None:
    """Stretch ``passphrase`` over ``path``'s salt on a thread (nothing when the file is plain, missing or unreadable,
    or its KDF profile unknown: opening it says so)."""
    global _ahead
    from upr_desktop.core.storage import kdf  # light (no SQLAlchemy): loaded here, nothing is imported on the thread

    try:
        salt = kdf.file_salt(Path(path))
    except OSError:
        return
    profile = kdf.PROFILES.get(salt[-1]) if salt is not None else None
    if salt is None or profile is None:
        return
    stretching = _Stretching(passphrase, salt, profile, kdf.stretch)
    with _lock:
        _ahead = stretching  # one not taken (an earlier command run in the same process) is left to end on its own
    stretching.start()


def take(passphrase: str, salt: bytes, profile: Any) -> bytes | None:
    """The key material stretched ahead for this passphrase, salt and profile (waiting for it); None when there is
    none. Taken once: what was stretched ahead is forgotten either way."""
    global _ahead
    if _ahead is None:
        return None
    with _lock:
        ahead, _ahead = _ahead, None
    if ahead is None or ahead.passphrase != passphrase:
        return None
    ahead.join()
    if ahead.material is None or ahead.salt != salt or ahead.profile != profile:
        return None
    return ahead.material
