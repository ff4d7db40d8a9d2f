"""kill -9 in the middle of protect and rekey, at every kind of moment: the next open finishes or undoes
the change, and then no file holds plaintext and every copy opens with the new passphrase.

Each run copies a template (a populated workspace with backups in a chosen folder, a copy a restore
set aside, an unfinished backup), starts the conversion in a child process that kills itself before
its k-th file-system step (spread evenly over every step the conversion takes), opens the workspace
again (which resumes the journal), runs the operation again if it was undone, and checks every file.
Before the journal, 5 of 12 killed protects left plaintext backups and 2 of 6 rekeys left backups
under the old passphrase.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from security.support import PASSPHRASE, leaks, populate, raw_bytes
from upr_desktop.core.storage import backups, key_change
from upr_desktop.core.storage import sqlcipher as cipher
from upr_desktop.core.storage.workspace_file import create_workspace, open_workspace
from upr_desktop.errors import PassphraseRequired
from upr_desktop.security import protect, unlock

NEW = "papaya salad no chilli"
CHILD = Path(__file__).parent / "scripts" / "key_change_child.py"
TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent


def _template(root: Path, operation: str) -> Path:
    """A workspace with three backups in a chosen folder, a copy set aside by a restore and an unfinished backup.

    For rekey it is protected first, and a plaintext backup an older version left behind is added.
    """
    ws_dir, folder = root / "ws", root / "chosen-backups"
    path = ws_dir / "coalition.uprw"
    ws = create_workspace(path, name="Test Coalition", country="Thailand")
    populate(ws)
    made = [backups.backup_file(path, ws.connector, reason="manual", folder=folder) for _ in range(3)]
    ws.close()
    shutil.copyfile(made[0], path.with_name(path.name + ".damaged-20260101-000000"))
    if operation == "rekey":
        protect.protect(path, PASSPHRASE, backup_folder=folder)
        _plain_copy(path, folder / "coalition-20250101-000000-000000-manual.bak")
        _plain_copy(path, folder / "coalition-20250102-000000-000000-manual.bak.part")
    else:
        shutil.copyfile(made[0], folder / "coalition-20250102-000000-000000-manual.bak.part")
    return root


def _plain_copy(encrypted: Path, target: Path) -> None:
    """A plaintext copy of an encrypted workspace (what an interrupted older version left)."""
    salt = cipher.file_salt(encrypted)
    assert salt is not None
    target.unlink(missing_ok=True)
    protect.export_copy(encrypted, cipher.derive_key(PASSPHRASE, salt), target, None)


def _in_memory_dir() -> Path | None:
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK):
        import tempfile

        return Path(tempfile.mkdtemp(prefix="upr-kill-", dir=shm))
    return None


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Where the runs happen: in memory (/dev/shm) when there is one.

    A kill is the death of a process, not a power cut: what the kernel already holds survives it, so
    the disk's fsync delays (seconds on a busy machine) add nothing to what these runs prove.
    """
    place = _in_memory_dir()
    if place is None:
        yield tmp_path_factory.mktemp("kills")
        return
    try:
        yield place
    finally:
        shutil.rmtree(place, ignore_errors=True)


@pytest.fixture(scope="module")
def templates(scratch: Path) -> Iterator[dict[str, Path]]:
    saved = (dict(cipher.PROFILES), cipher.CURRENT_PROFILE)
    cipher.PROFILES[0] = cipher.KdfProfile(0, 2**8, 8, 1)
    cipher.CURRENT_PROFILE = 0
    try:
        yield {op: _template(scratch / f"template-{op}", op) for op in ("protect", "rekey")}
    finally:
        cipher.PROFILES.clear()
        cipher.PROFILES.update(saved[0])
        cipher.CURRENT_PROFILE = saved[1]


def _child(operation: str, root: Path, kill_at: int) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(TESTS), str(ROOT)])}
    argv = [sys.executable, str(CHILD), operation, str(root / "ws" / "coalition.uprw"), str(root / "chosen-backups"), str(kill_at)]
    return subprocess.run(argv, capture_output=True, text=True, env=env, timeout=120, cwd=ROOT, check=False)


def _steps(operation: str, template: Path, root: Path, monkeypatch: pytest.MonkeyPatch) -> int:
    """How many file-system steps the whole conversion takes, counted in this process as the child counts them."""
    shutil.copytree(template, root)
    steps = 0

    def counted(real):
        def wrapped(*args, **kwargs):
            nonlocal steps
            steps += 1
            return real(*args, **kwargs)

        return wrapped

    with monkeypatch.context() as patch:
        for name in ("fsync", "replace", "unlink", "write"):
            patch.setattr(os, name, counted(getattr(os, name)))
        path, folder = root / "ws" / "coalition.uprw", root / "chosen-backups"
        if operation == "protect":
            protect.protect(path, PASSPHRASE, backup_folder=folder)
        else:
            protect.rekey(path, cipher.derive_key(PASSPHRASE, cipher.file_salt(path)), NEW, backup_folder=folder)
    shutil.rmtree(root)
    return steps


def _finish(operation: str, root: Path) -> tuple[str, str]:
    """What a person does next: open the workspace (which resumes), and run the command again if it was undone.

    Returns how the interrupted change ended and the passphrase now in force.
    """
    path, folder = root / "ws" / "coalition.uprw", root / "chosen-backups"
    try:
        open_workspace(path).close()
    except PassphraseRequired:
        pass
    assert not key_change.journal_path(path).exists()
    salt = cipher.file_salt(path)
    if operation == "protect":
        if salt is None:
            protect.protect(path, NEW, backup_folder=folder)
            return "undone", NEW
        return "finished", PASSPHRASE
    assert salt is not None
    if _opens(path, PASSPHRASE):
        protect.rekey(path, cipher.derive_key(PASSPHRASE, salt), NEW, backup_folder=folder)
        return "undone", NEW
    return "finished", NEW


def _opens(path: Path, passphrase: str) -> bool:
    salt = cipher.file_salt(path)
    if salt is None:
        return False
    try:
        cipher.connect(path, cipher.derive_key(passphrase, salt)).close()
    except Exception:  # noqa: BLE001 - a wrong passphrase
        return False
    return True


def _check_everything(root: Path, final: str) -> None:
    path, folder = root / "ws" / "coalition.uprw", root / "chosen-backups"
    files = [p for p in root.rglob("*") if p.is_file()]
    for f in files:
        assert leaks(raw_bytes(f)) == [], f"plaintext in {f}"
        assert not f.name.endswith((".converting", ".part", ".installing", key_change.JOURNAL_SUFFIX)), f
    salt = cipher.file_salt(path)
    assert salt is not None
    copies = key_change.copies_of(path, folder)
    assert len(copies.backups) >= 4 and copies.aside
    for copy in [path, *copies.backups, *copies.aside]:
        assert cipher.file_salt(copy) == salt, f"{copy} is not under the workspace's key"
        assert _opens(copy, final), f"{copy} does not open with the new passphrase"
    with unlock.open_with_passphrase(path, final) as ws:
        from sqlalchemy import func, select

        from upr_desktop.core.domain.models import Recommendation

        with ws.session() as s:
            assert s.scalar(select(func.count(Recommendation.id))) == 2


def _kill_loop(operation: str, templates: dict[str, Path], scratch: Path, monkeypatch: pytest.MonkeyPatch, *,
               runs: int = 0, fractions: tuple[float, ...] = ()) -> dict[str, int]:
    """Kill the conversion before step k, for ``runs`` values of k spread evenly (or at the given fractions)."""
    template = templates[operation]
    steps = _steps(operation, template, scratch / f"count-{operation}", monkeypatch)
    assert steps > 10
    outcomes = {"finished": 0, "undone": 0, "completed": 0}
    if fractions:
        points = sorted({round(f * (steps - 1)) for f in fractions})
    else:
        points = sorted({round(i * (steps - 1) / max(runs - 1, 1)) for i in range(runs)})
    for kill_at in points:
        root = scratch / f"run-{operation}-{kill_at}"
        shutil.copytree(template, root)
        done = _child(operation, root, kill_at)
        if done.returncode == 0:
            outcomes["completed"] += 1
            final = NEW if operation == "rekey" else PASSPHRASE
        else:
            assert done.returncode == -9, (kill_at, done.returncode, done.stderr[-2000:])
            outcome, final = _finish(operation, root)
            outcomes[outcome] += 1
        _check_everything(root, final)
        shutil.rmtree(root)
    print(f"{operation}: {len(points)} runs over {steps} steps: {outcomes}")
    return outcomes


@pytest.mark.slow  # over 1.5 s: the README's command stays under 4 minutes; CI runs it
def test_protect_killed_at_a_few_moments(templates: dict[str, Path], scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default suite's sample: one kill while the copies are prepared, one while they are put in place."""
    outcomes = _kill_loop("protect", templates, scratch, monkeypatch, fractions=(0.3, 0.8))
    assert outcomes["undone"] and outcomes["finished"]


@pytest.mark.slow  # over 1.5 s: the README's command stays under 4 minutes; CI runs it
def test_rekey_killed_at_a_few_moments(templates: dict[str, Path], scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outcomes = _kill_loop("rekey", templates, scratch, monkeypatch, fractions=(0.3, 0.8))
    assert outcomes["undone"] and outcomes["finished"]


@pytest.mark.slow
def test_protect_killed_at_24_moments(templates: dict[str, Path], scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outcomes = _kill_loop("protect", templates, scratch, monkeypatch, runs=24)
    assert sum(outcomes.values()) >= 20 and outcomes["undone"] and outcomes["finished"]


@pytest.mark.slow
def test_rekey_killed_at_24_moments(templates: dict[str, Path], scratch: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    outcomes = _kill_loop("rekey", templates, scratch, monkeypatch, runs=24)
    assert sum(outcomes.values()) >= 20 and outcomes["undone"] and outcomes["finished"]
