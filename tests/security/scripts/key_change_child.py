"""Run protect or rekey on a workspace and kill this very process (SIGKILL) at a chosen moment.

Usage: key_change_child.py OPERATION WORKSPACE BACKUP_FOLDER KILL_AT
- OPERATION: protect | rekey (the old passphrase is support.PASSPHRASE, the new one NEW_PASSPHRASE).
- KILL_AT: the file-system step (os.fsync, os.replace, os.unlink, os.write, in the order the
  conversion makes them) before which the process kills itself; -1 never. Each step is one point
  where a laptop could lose power (the test counts them the same way in its own process).

The pause points are injected here, from the test side: the production code has no hook for them.
A cheap key-derivation profile is installed as the tests do in-process (tests/security/conftest.py).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

NEW_PASSPHRASE = "papaya salad no chilli"


def main() -> None:
    operation, workspace, folder, kill_at = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
    from security.support import PASSPHRASE

    from upr_desktop.core.storage import sqlcipher as cipher
    from upr_desktop.security import protect

    cipher.PROFILES[0] = cipher.KdfProfile(0, 2**8, 8, 1)
    cipher.CURRENT_PROFILE = 0
    steps = 0

    def step(real):
        def wrapped(*args, **kwargs):
            nonlocal steps
            if steps == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            steps += 1
            return real(*args, **kwargs)

        return wrapped

    for name in ("fsync", "replace", "unlink", "write"):
        setattr(os, name, step(getattr(os, name)))
    if operation == "protect":
        protect.protect(workspace, PASSPHRASE, backup_folder=folder)
    else:
        salt = cipher.file_salt(workspace)
        assert salt is not None
        protect.rekey(workspace, cipher.derive_key(PASSPHRASE, salt), NEW_PASSPHRASE, backup_folder=folder)


if __name__ == "__main__":
    main()
