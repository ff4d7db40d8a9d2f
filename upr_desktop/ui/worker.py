"""Running core calls off the GUI thread: one database worker, results back to the GUI as signals.

Widgets never open sessions. They ask :class:`Operations` to ``read``, ``write`` or run ``long``
work; the call runs on the single database worker (inline in tests), opens its own session, and
hands a plain result (a dataclass, never an ORM object) to ``on_done`` on the GUI thread.
After a successful write the :class:`~upr_desktop.ui.hub.DataHub` tells every page what changed.
"""

from __future__ import annotations

import itertools
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal
from PySide6.QtWidgets import QWidget

from upr_desktop.errors import Cancelled, UserError
from upr_desktop.operations.base import stoppable
from upr_desktop.ui.hub import EVERYTHING, DataHub

if TYPE_CHECKING:  # the data layer loads on the worker, after the window's first rows
    from upr_desktop.operations.base import WorkspaceFile

T = TypeVar("T")
log = logging.getLogger(__name__)
OnDone = Callable[[Any], None]
OnError = Callable[[BaseException], None]
PROGRESS_INTERVAL_S = 0.05  # report progress to the GUI at most 20 times a second


class Progress:
    """Given to long work: ``progress(done, total, message)`` reports, and raises Cancelled on Cancel."""

    def __init__(self, report: Callable[[int, int, str], None] | None = None) -> None:
        self._report = report
        self._cancelled = threading.Event()
        self._last = 0.0

    def __call__(self, done: int, total: int = 0, message: str = "") -> None:
        self.check()
        now = time.monotonic()
        if self._report is not None and (now - self._last >= PROGRESS_INTERVAL_S or (total and done >= total)):
            self._last = now
            self._report(done, total, message)

    def report_to(self, report: Callable[[int, int, str], None]) -> None:
        self._report = report

    def check(self) -> None:
        if self._cancelled.is_set():
            raise Cancelled()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()


@dataclass(eq=False)
class Job:
    """One piece of work for the database worker and what to do with its outcome."""

    id: int
    label: str
    work: Callable[[], Any]
    on_done: OnDone | None = None
    on_error: OnError | None = None
    key: str | None = None
    progress: Progress = field(default_factory=Progress)
    superseded: bool = False
    finished: bool = False
    background: bool = False  # idle work: never counted as busy, dropped or interrupted for a person's request
    interrupt: Callable[[], None] | None = None  # set by running background work (sqlite3's interrupt)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it, so slots run on the GUI thread."""

    finished = Signal(object, object)  # job, result
    failed = Signal(object, object)  # job, exception
    progressed = Signal(object, int, int, str)  # job, done, total, message


class Executor(Protocol):
    def submit(self, job: Job, relay: _Relay) -> None: ...

    def shutdown(self) -> None: ...


_running = threading.local()  # .job: the job the current thread is running (for background work)


def _execute(job: Job, relay: _Relay) -> None:
    if job.superseded:  # a newer job with the same key replaced it: settle it without running
        relay.finished.emit(job, None)
        return
    _running.job = job
    try:
        result = job.work()
    except BaseException as exc:  # noqa: BLE001 - delivered to the GUI, which shows it
        relay.failed.emit(job, exc)
        return
    finally:
        _running.job = None
    relay.finished.emit(job, result)


class DatabaseWorker(QThread):
    """The one thread that touches the workspace: jobs run in the order they were submitted."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("database-worker")
        self._jobs: queue.Queue[tuple[Job, _Relay] | None] = queue.Queue()

    def submit(self, job: Job, relay: _Relay) -> None:
        if not self.isRunning():
            self.start()
        self._jobs.put((job, relay))

    def run(self) -> None:
        while True:
            item = self._jobs.get()
            if item is None:
                return
            _execute(*item)

    def shutdown(self) -> None:
        if self.isRunning():
            self._jobs.put(None)
            self.wait()


class InlineExecutor:
    """Runs each job at once on the calling thread (tests, like Picard's FakeThreadPool)."""

    def submit(self, job: Job, relay: _Relay) -> None:
        _execute(job, relay)

    def shutdown(self) -> None:
        pass


class BackgroundRunner(QObject):
    """Submits jobs to the executor and delivers their outcome on the GUI thread."""

    progressed = Signal(object, int, int, str)  # job, done, total, message
    busy_changed = Signal(bool)

    def __init__(self, executor: Executor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.executor: Executor = executor or DatabaseWorker()
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)
        self._relay.progressed.connect(self.progressed)
        self._ids = itertools.count(1)
        self._latest: dict[str, Job] = {}
        self._pending: set[Job] = set()
        self._background: set[Job] = set()
        self.last_request = time.monotonic()  # when a person's request was last submitted

    def submit(
        self,
        work: Callable[[], Any],
        on_done: OnDone | None = None,
        on_error: OnError | None = None,
        *,
        label: str = "",
        key: str | None = None,
        progress: Progress | None = None,
        background: bool = False,
    ) -> Job:
        """Queue ``work``; with ``key``, an older job with the same key is dropped (the newest wins).

        With ``progress``, what the work reports through it reaches :attr:`progressed` on the GUI thread.
        ``background`` work (warming caches) does not make the runner busy; any other request drops it
        if it has not started and interrupts it if it has, so it never delays what a person asked for.
        """
        job = Job(next(self._ids), label, work, on_done, on_error, key, background=background)
        if background:
            self._background.add(job)
            self.executor.submit(job, self._relay)
            return job
        self.person_active()
        if progress is not None:
            progress.report_to(lambda d, t, m: self._relay.progressed.emit(job, d, t, m))
            job.progress = progress
        if key is not None:
            older = self._latest.get(key)
            if older is not None:
                older.superseded = True
            self._latest[key] = job
        self._pending.add(job)
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self.executor.submit(job, self._relay)
        return job

    def person_active(self) -> None:
        """A person is at work: background work gives way (dropped, or interrupted if running).

        Every request says so; the window also does while a person scrolls through rows it already
        has, since idle work running meanwhile competes with the GUI thread for Python's lock.
        """
        self.last_request = time.monotonic()
        for idle in list(self._background):
            idle.superseded = True
            if idle.interrupt is not None:
                idle.interrupt()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    @property
    def background_running(self) -> bool:
        return bool(self._background)

    def _settle(self, job: Job) -> bool:
        """Forget a finished job; says whether its outcome still matters."""
        job.finished = True
        if job.background:
            self._background.discard(job)
            return not job.superseded
        self._pending.discard(job)
        if not self._pending:
            self.busy_changed.emit(False)
        if job.key is not None and self._latest.get(job.key) is job:
            del self._latest[job.key]
        return not job.superseded

    def _finished(self, job: Job, result: object) -> None:
        if self._settle(job) and job.on_done is not None:
            job.on_done(result)

    def _failed(self, job: Job, exc: BaseException) -> None:
        # The person sees one line (or the crash report); the traceback goes to the log. Idle work stopped
        # for a request and Cancel are not failures.
        if not isinstance(exc, Cancelled) and not job.background:
            level = logging.WARNING if isinstance(exc, UserError) else logging.ERROR
            log.log(level, "%s failed: %s", job.label or "work", exc, exc_info=exc)
        if not self._settle(job):
            return
        if job.on_error is not None:
            job.on_error(exc)
        else:
            from upr_desktop.ui.error_dialogs import show_error

            show_error(None, exc)

    def shutdown(self) -> None:
        for job in self._pending:
            job.progress.cancel()
        self.executor.shutdown()


def plain(result: T) -> T:
    """Refuse ORM objects crossing to the GUI thread: they would lazy-load from a closed session."""
    items = result if isinstance(result, list | tuple) else [result]
    for item in items[:1]:
        if hasattr(item, "_sa_instance_state"):
            raise TypeError(f"{type(item).__name__} is an ORM object; return a plain dataclass to the GUI")
    return result


class HealthCheck(QObject):
    """``PRAGMA quick_check`` on a thread and connection of its own, after the window is shown.

    Writes wait for it (on the worker, never on the GUI thread) and are refused if it found damage;
    :attr:`damaged` tells the GUI, which closes the workspace with the core's message.
    """

    damaged = Signal(object)  # the WorkspaceDamaged error

    def __init__(self, workspace: WorkspaceFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if parent is None and app is not None and self.thread() is not app.thread():
            # Made by the open job on the worker, which runs no Qt event loop: :attr:`damaged` reaches
            # the GUI's handlers only if this object lives on the GUI thread.
            self.moveToThread(app.thread())
        self._done = threading.Event()
        self.error: BaseException | None = None
        threading.Thread(target=self._run, args=(workspace,), name="workspace-check", daemon=True).start()

    def _run(self, workspace: WorkspaceFile) -> None:
        from upr_desktop.operations.workspace import check_health

        try:
            check_health(workspace)
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI and to every later write
            self.error = exc
        self._done.set()
        if self.error is not None:
            self.damaged.emit(self.error)

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def require(self) -> None:
        """Block until the check has run; raise what it found."""
        self._done.wait()
        if self.error is not None:
            raise self.error


class Operations(QObject):
    """What pages use to reach the workspace: operations run on the worker, their outcome on the GUI thread.

    ``read(op, *args)`` runs ``op(workspace, *args)`` (an operation from :mod:`upr_desktop.operations`)
    and hands its plain result to ``on_done``; ``write`` does the same once the integrity check has
    passed and tells the hub what the operation's :class:`~upr_desktop.operations.outcome.Outcome` says
    it changed; ``long`` adds a progress dialog with Cancel (the operation gets ``progress=``);
    ``idle`` is background work that gives way to any request; ``call`` runs work that needs no
    workspace (inspecting a file, the keyring).

    The workspace may still be opening when pages are built: it is set by the open job on the worker,
    which runs before every job queued after it. If the open fails, queued work settles as Cancelled.
    """

    def __init__(self, runner: BackgroundRunner, workspace: WorkspaceFile | None, hub: DataHub, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.workspace = workspace
        self.hub = hub
        self.error_parent: QWidget | None = None
        self.health: HealthCheck | None = None  # set when the workspace was opened without its check

    # -- the operations road -----------------------------------------------------------------
    def read(self, op: Callable[..., T], *args: Any, on_done: Callable[[T], None] | None = None, key: str | None = None,
             on_error: OnError | None = None, **kwargs: Any) -> Job:
        """Run ``op(workspace, *args, **kwargs)`` on the worker; ``on_done(result)`` on the GUI thread."""
        def work() -> T:
            try:
                return plain(op(self._open(), *args, **kwargs))
            except Exception as exc:
                self._quiet_if_damaged(exc)
                raise

        return self.runner.submit(work, on_done, self._errors(on_error), key=key, label=_label(op))

    def write(self, op: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
              on_error: OnError | None = None, **kwargs: Any) -> Job:
        """Run a writing operation once the workspace passed its check; then tell the hub what it changed."""
        def work() -> Any:
            return plain(op(self.writable_workspace(), *args, **kwargs))

        return self.runner.submit(work, self._delivered(on_done), self._errors(on_error), label=_label(op))

    def long(self, op: Callable[..., Any], *args: Any, title: str, on_done: Callable[[Any], None] | None = None,
             cancellable: bool = True, on_error: OnError | None = None, parent: QWidget | None = None,
             refresh_on_cancel: bool = False, **kwargs: Any) -> Job:
        """Long work (import, export, merge, report) with a progress dialog and Cancel.

        The operation is called with ``progress=``: ``progress(done, total, message)`` reports, and raises
        ``Cancelled`` after Cancel (the operation's transaction rolls back). ``refresh_on_cancel`` is for
        work that commits in steps: after Cancel, every view shows what is there now.
        """
        from upr_desktop.ui.progress_dialog import ProgressDialog

        dialog = ProgressDialog(title, cancellable=cancellable, parent=parent or self.error_parent)
        fail = self._errors(on_error)
        deliver = self._delivered(on_done)

        def done(result: Any) -> None:
            dialog.finish()
            deliver(result)

        def failed(exc: BaseException) -> None:
            dialog.finish()
            if isinstance(exc, Cancelled):
                if refresh_on_cancel:
                    self.hub.notify((EVERYTHING,))
                return
            fail(exc)

        progress = Progress()
        job = self.runner.submit(lambda: plain(op(self.writable_workspace(), *args, progress=progress, **kwargs)),
                                 done, failed, label=title, progress=progress)
        if not job.finished:
            dialog.follow(self.runner, job)
        return job

    def idle(self, op: Callable[..., T], *args: Any, on_done: Callable[[T], None] | None = None,
             on_error: OnError | None = None, **kwargs: Any) -> Job:
        """Background ``op(workspace, *args)``: dropped if queued, stopped if running, by any request."""
        def work() -> T:
            job = _running.job
            with stoppable(lambda: job.superseded) as stopper:
                job.interrupt = stopper.interrupt
                try:
                    if job.superseded:
                        raise Cancelled()
                    return plain(op(self._open(), *args, **kwargs))
                finally:
                    job.interrupt = None

        return self.runner.submit(work, on_done, on_error or (lambda _exc: None), label="idle", background=True)

    def call(self, work: Callable[..., T], *args: Any, on_done: Callable[[T], None] | None = None, key: str | None = None,
             on_error: OnError | None = None, **kwargs: Any) -> Job:
        """Run ``work(*args, **kwargs)`` on the worker, for work that needs no workspace (a file, the keyring)."""
        return self.runner.submit(lambda: plain(work(*args, **kwargs)), on_done, self._errors(on_error), key=key, label=_label(work))

    def _delivered(self, on_done: Callable[[Any], None] | None) -> Callable[[Any], None]:
        """Hand an operation's result to ``on_done``, then tell every view what its outcome changed."""
        def deliver(result: Any) -> None:
            from upr_desktop.operations.outcome import Outcome

            if isinstance(result, Outcome):
                if on_done is not None:
                    on_done(result.result)
                if result.changes:
                    self.hub.notify(result.changes)
            elif on_done is not None:
                on_done(result)

        return deliver

    def _open(self) -> WorkspaceFile:
        if self.workspace is None:  # the open failed or the workspace was closed: nothing to do
            raise Cancelled()
        return self.workspace

    def _quiet_if_damaged(self, exc: BaseException) -> None:
        """A read failing on a damaged file: the integrity check's one clear message says it, not a crash report."""
        if self.health is not None and any(c.__name__ == "DatabaseError" for c in type(exc).__mro__):
            self.health.wait()
            if self.health.error is not None:
                raise Cancelled() from exc

    def writable_workspace(self) -> WorkspaceFile:
        """The open workspace once its integrity check has passed (call on the worker: it may wait)."""
        workspace = self._open()
        if self.health is not None:
            self.health.require()
        return workspace

    def _errors(self, on_error: OnError | None) -> OnError:
        if on_error is not None:
            return on_error
        from upr_desktop.ui.error_dialogs import show_error

        return lambda exc: show_error(self.error_parent, exc)


def _label(op: Callable[..., Any]) -> str:
    return getattr(op, "__qualname__", "work")
