"""Security in the GUI: unlock on open, auto-lock, and the Security menu (protect, change, unprotect, forget).

``ask_to_open(...)`` is the app controller's unlock hook (ui/app.py sets it): the passphrase of a protected workspace;
``install(window)`` (one of the main window's workflow installers) adds the menu and the auto-lock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from upr_desktop.operations import security
from upr_desktop.settings import Settings
from upr_desktop.ui.security.autolock import AutoLock
from upr_desktop.ui.security.dialogs import (
    NewPassphraseDialog,
    PassphraseDialog,
    Submit,
    thread_submit,
)
from upr_desktop.ui.security.models import NewPassphraseModel, UnlockModel

if TYPE_CHECKING:
    from upr_desktop.operations.base import WorkspaceFile
    from upr_desktop.ui.main_window import MainWindow

translate = QCoreApplication.translate


def ask_to_open(path: Path, parent: QWidget | None, on_opened: Callable[[WorkspaceFile], None], settings: Settings | None = None, *,
                submit: Submit = thread_submit) -> list[PassphraseDialog]:
    """The controller's unlock hook: the remembered key if any (off the GUI thread), else the passphrase dialog.

    The workspace is opened with ``settings`` (the backup folder...). Returns a list that receives the
    dialog once it is shown (tests look at it).
    """
    shown: list[PassphraseDialog] = []
    chosen = settings or Settings()

    def ask(remembered: WorkspaceFile | None) -> None:
        if remembered is not None:
            on_opened(remembered)
            return
        model: UnlockModel[WorkspaceFile] = UnlockModel(lambda passphrase: security.open_with_passphrase(path, passphrase, settings=chosen))
        dialog = PassphraseDialog(model, path.name, parent, submit=submit, on_remember=security.remember_open_key)
        dialog.unlocked.connect(on_opened)
        shown.append(dialog)
        dialog.open()

    def failed(exc: BaseException) -> None:
        from upr_desktop.ui.error_dialogs import show_error

        show_error(parent, exc)

    submit(lambda: security.open_remembered(path, settings=chosen), ask, failed)
    return shown


class LockScreen(QWidget):
    def __init__(self, name: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        label = QLabel(translate("Security", "%1 is locked. Enter its passphrase to continue.").replace("%1", name))
        label.setWordWrap(True)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addStretch(1)


class SecurityActions(QObject):
    """The Security menu and the auto-lock of one main window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = window.ctx
        self.dialog: QWidget | None = None
        self._content: QWidget | None = None
        commands = {
            "protect": self.protect, "change_passphrase": self.change_passphrase, "unprotect": self.unprotect,
            "forget_key": self.forget_key, "lock": self.lock,
        }
        self.ctx.commands.update(commands)
        menu = window.menuBar().addMenu(translate("Security", "Se&curity"))
        add = window.actions_._add  # the shell's helper: actions call window.run_command(name)
        add(menu, "protect", translate("Security", "&Protect with a passphrase..."))
        add(menu, "change_passphrase", translate("Security", "&Change passphrase..."))
        add(menu, "unprotect", translate("Security", "&Remove the passphrase..."))
        menu.addSeparator()
        add(menu, "forget_key", translate("Security", "&Forget the key on this computer"))
        add(menu, "lock", translate("Security", "&Lock now"), "Ctrl+L")
        self.autolock = AutoLock(self.ctx.settings.auto_lock_minutes, self)
        self.autolock.locked.connect(self.lock)
        self._update_menu()

    def _submit(self) -> Submit:
        """Passphrase work (key derivation, unlocking) on the database worker, after what is queued."""
        ops = self.ctx.ops
        return lambda work, on_done, on_error: ops.call(work, on_done=on_done, on_error=on_error)

    def _update_menu(self) -> None:
        encrypted = self.ctx.workspace is not None and self.ctx.workspace.encrypted  # None: still opening
        acts = self.window.actions_.actions
        acts["protect"].setEnabled(not encrypted)
        for name in ("change_passphrase", "unprotect", "forget_key", "lock"):
            acts[name].setEnabled(encrypted)

    def _run(self, op: Callable[..., Any], *args: Any, done_text: str, **kwargs: Any) -> None:
        """A protection change on the open workspace (once its check passed); the hub hears what it changed."""
        def finished(_report: Any) -> None:
            self._update_menu()
            self.ctx.status_message(done_text)

        def failed(exc: BaseException) -> None:
            from upr_desktop.ui.error_dialogs import show_error

            show_error(self.window, exc)

        self.ctx.ops.write(op, *args, on_done=finished, on_error=failed, **kwargs)

    # -- protect / change / unprotect -------------------------------------------------
    def _new_dialog(self, model: NewPassphraseModel, title: str, text: str) -> NewPassphraseDialog:
        st = security.keyring_status()
        note = "" if st.usable else translate("Security", "Cannot remember the passphrase on this computer: %1.").replace("%1", st.reason)
        dialog = NewPassphraseDialog(model, title, text, self.window, can_remember=st.usable, remember_note=note)
        self.dialog = dialog
        dialog.open()
        return dialog

    def protect(self) -> NewPassphraseDialog:
        dialog = self._new_dialog(
            NewPassphraseModel(needs_current=False), translate("Security", "Protect with a passphrase"),
            translate("Security", "The workspace and its backups will be encrypted. A backup is taken first."),
        )
        dialog.chosen.connect(lambda _c, new, remember: self._run(
            security.protect_open, new, remember=remember, done_text=translate("Security", "The workspace is now protected by a passphrase.")))
        return dialog

    def change_passphrase(self) -> NewPassphraseDialog:
        dialog = self._new_dialog(
            NewPassphraseModel(needs_current=True), translate("Security", "Change passphrase"),
            translate("Security", "The workspace and its backups will be re-encrypted with the new passphrase. A backup is taken first."),
        )
        dialog.chosen.connect(lambda cur, new, remember: self._run(
            security.rekey_open, cur, new, remember=remember or None, done_text=translate("Security", "The passphrase was changed.")))
        return dialog

    def unprotect(self) -> NewPassphraseDialog:
        dialog = self._new_dialog(
            NewPassphraseModel(needs_current=True, needs_new=False), translate("Security", "Remove the passphrase"),
            translate("Security", "The workspace and its backups will be stored without encryption: anyone with this computer can read them."),
        )
        dialog.chosen.connect(lambda cur, _n, _r: self._run(
            security.unprotect_open, cur, done_text=translate("Security", "The workspace is no longer encrypted.")))
        return dialog

    def forget_key(self) -> None:
        def said(removed: bool) -> None:
            self.ctx.status_message(translate("Security", "The key was removed from this computer.") if removed
                                    else translate("Security", "No key was remembered on this computer."))

        self.ctx.ops.call(security.forget_key, self.ctx.workspace_path, on_done=said)

    # -- lock ---------------------------------------------------------------------------
    def lock(self) -> PassphraseDialog | None:
        """Hide the content, drop the key (on the worker, after queued reads), ask the passphrase."""
        ws = self.ctx.workspace
        if ws is None or not ws.encrypted or self._content is not None:
            self.autolock.resume()
            return None
        self.autolock.is_locked = True
        self._content = self.window.takeCentralWidget()
        self.window.setCentralWidget(LockScreen(ws.path.stem))
        self.window.menuBar().setEnabled(False)
        self.ctx.ops.read(security.lock, on_error=lambda _exc: None)
        model: UnlockModel[None] = UnlockModel(lambda passphrase: security.unlock(ws, passphrase))
        dialog = PassphraseDialog(model, ws.path.stem, self.window, submit=self._submit(), offer_remember=False)
        dialog.unlocked.connect(lambda _r: self._unlocked())
        dialog.rejected.connect(lambda: self.ctx.run_command("close_workspace"))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _unlocked(self) -> None:
        if self._content is not None:
            self.window.takeCentralWidget().deleteLater()
            self.window.setCentralWidget(self._content)
            self._content = None
        self.window.menuBar().setEnabled(True)
        self.autolock.resume()
        self.ctx.hub.notify()

    @property
    def is_locked(self) -> bool:
        return self._content is not None


def install(window: MainWindow) -> SecurityActions:
    actions = SecurityActions(window)
    window.security = actions  # type: ignore[attr-defined]
    return actions
