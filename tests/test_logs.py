"""The log: a rotating file in the user log folder that the fault handler writes into too."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from upr_desktop import logs

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def own_logging() -> Iterator[None]:
    """Leave the process's logging as it found it (setup adds a handler to the root logger)."""
    root = logging.getLogger()
    before = list(root.handlers)
    yield
    for handler in root.handlers:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    logs._handler = None
    logs._faults = None


def run_python(code: str, home: Path, *options: str) -> subprocess.CompletedProcess[str]:
    """A fresh interpreter importing this checkout, with its user data folder in ``home``."""
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT), "UPR_DESKTOP_HOME": str(home)}
    return subprocess.run([sys.executable, *options, "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120, check=False)


def test_setup_logs_into_the_user_log_folder(isolated_home: Path, own_logging: None) -> None:
    path = logs.setup("cli")
    assert path == isolated_home / "logs" / "upr-desktop.log"
    logging.getLogger("upr_desktop.somewhere").info("an INFO line from the package")
    logging.getLogger("a_library").info("library chatter below WARNING")
    logging.getLogger("a_library").warning("a library warning")
    text = path.read_text(encoding="utf-8")
    assert "(cli) on Python" in text
    assert "INFO upr_desktop.somewhere: an INFO line from the package" in text
    assert "a library warning" in text and "library chatter" not in text
    assert logs.setup("app") == path  # once per folder: no second handler, no second start line
    assert len([h for h in logging.getLogger().handlers if isinstance(h, logs._Handler)]) == 1


def test_a_folder_that_cannot_be_written_leaves_the_program_without_a_log(isolated_home: Path, own_logging: None) -> None:
    (isolated_home / "logs").write_text("a file where the folder should be")
    assert logs.setup("app") is None


def test_a_crash_lands_in_the_log_even_after_it_rotated(tmp_path: Path) -> None:
    result = run_python(
        """
        import faulthandler, logging
        from upr_desktop import logs
        logs.MAX_BYTES = 2000
        logs.setup("app")
        for i in range(100):
            logging.getLogger("upr_desktop.test").info("line %d %s", i, "x" * 60)
        faulthandler._sigsegv()
        """,
        tmp_path,
    )
    assert result.returncode != 0
    folder = tmp_path / "logs"
    assert (folder / "upr-desktop.log.1").exists() and not (folder / "upr-desktop.log.5").exists()  # rotated, 4 kept
    current = (folder / "upr-desktop.log").read_text(encoding="utf-8")
    assert "Fatal Python error: Segmentation fault" in current
    assert "Fatal Python error" not in result.stderr


def test_a_fault_handler_someone_enabled_stays_where_they_pointed_it(tmp_path: Path) -> None:
    result = run_python("import faulthandler\nfrom upr_desktop import logs\nlogs.setup('cli')\nfaulthandler._sigsegv()\n",
                        tmp_path, "-X", "faulthandler")
    assert "Fatal Python error: Segmentation fault" in result.stderr
    assert "Fatal Python error" not in (tmp_path / "logs" / "upr-desktop.log").read_text(encoding="utf-8")
