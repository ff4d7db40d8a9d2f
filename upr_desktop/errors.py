"""Errors a user can cause: each carries a message that says what, where and what to do."""

from __future__ import annotations


class UserError(Exception):
    """Something the user can fix. The CLI prints it on one line; the GUI shows it in a dialog."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(UserError):
    """A reference, group or record named by the user does not exist."""


class EditConflict(UserError):
    """Someone else saved the same record after this person opened it: their save is refused, never a silent overwrite."""


class ReturnedWorkbookGiven(UserError):
    """An exchange workbook was given to import: it is merged, not imported (the app opens the merge preview)."""

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class FormatNotRecognised(UserError):
    """No importer recognises the file. The message gives the command line's way out (--map, --format); the app
    says its own (the Format box and Column mapping), naming ``file``."""

    def __init__(self, message: str, file: str) -> None:
        super().__init__(message)
        self.file = file


class AboutAnotherState(UserError):
    """A file about another State than the workspace's (a matrix's header, or a State column naming only others).

    The message gives the command line's way out (init, --country); the app says its own, from these fields:
    ``states`` as the message lists them, ``first`` the State to make a workspace for, ``header`` the line that
    names it (None when a State column does)."""

    def __init__(self, message: str, *, file: str, states: str, first: str, ours: str, header: str | None = None) -> None:
        super().__init__(message)
        self.file, self.states, self.first, self.ours, self.header = file, states, first, ours, header


class WorkspaceError(UserError):
    """The workspace file cannot be used as it is."""


class WorkspaceLocked(WorkspaceError):
    """Another app instance holds the workspace."""


class WorkspaceDamaged(WorkspaceError):
    """``PRAGMA quick_check`` failed or the file is not a database."""

    def __init__(self, message: str, newest_backup: str | None = None) -> None:
        super().__init__(message)
        self.newest_backup = newest_backup


class DamagedValue(WorkspaceDamaged):
    """A value stored in the workspace cannot be read as what it should be: the file was damaged."""


class WorkspaceReadOnly(WorkspaceError):
    """The workspace can only be read (a read-only file, folder or disk): a change was refused before anything was written."""


class PassphraseRequired(WorkspaceError):
    """The workspace is encrypted and no key was given."""


class WrongPassphrase(WorkspaceError):
    """The key given does not open the workspace."""


class Cancelled(Exception):
    """Long work stopped because the user pressed Cancel."""

