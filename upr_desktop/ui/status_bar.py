"""The status bar: workspace name, protection, last backup and local changes not yet exchanged."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from upr_desktop.operations.status import WorkspaceStatus, workspace_status
from upr_desktop.ui.translations import format_date_time, format_number
from upr_desktop.ui.worker import Operations


class WorkspaceStatusBar(QStatusBar):
    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.workspace_label = QLabel()
        self.protection_label = QLabel()
        self.backup_label = QLabel()
        self.changes_label = QLabel()
        for label in (self.workspace_label, self.protection_label, self.backup_label, self.changes_label):
            label.setContentsMargins(6, 0, 6, 0)
            self.addPermanentWidget(label)
        self.setAccessibleName(self.tr("Workspace status"))
        self.info: WorkspaceStatus | None = None

    def refresh(self) -> None:
        self.ops.read(workspace_status, on_done=self.show_info, key="status-bar")

    def show_info(self, info: WorkspaceStatus) -> None:
        self.info = info
        self.workspace_label.setText(self.tr("Workspace: %1").replace("%1", info.name))
        # Words and a symbol, never colour alone.
        if info.server:  # a shared workspace: which server and database (protected by the server, docs/server.md)
            self.protection_label.setText(self.tr("On the server: %1").replace("%1", info.server))
        elif info.encrypted:
            self.protection_label.setText("\U0001F512 " + self.tr("Protected by a passphrase"))
        else:
            self.protection_label.setText("\u26A0 " + self.tr("Not protected"))
        if info.last_backup:
            when = format_date_time(info.last_backup, utc=False)  # backups are named in local time
            self.backup_label.setText(self.tr("Last backup: %1").replace("%1", when))
        else:
            self.backup_label.setText(self.tr("No backup yet"))
        count = info.local_changes
        self.changes_label.setText(self.tr("Local changes: %1").replace("%1", format_number(count)))
        self.changes_label.setToolTip(self.tr("Changes made here since the workspace was created or last merged"))
