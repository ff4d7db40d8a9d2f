"""The welcome screen: recent workspaces, New workspace, Open, and Try the demo coalition."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.operations import workspace as workspace_ops
from upr_desktop.paths import data_dir

WORKSPACE_FILTER = QT_TRANSLATE_NOOP("Welcome", "UPR Desktop workspace (*.uprw);;All files (*)")
CURRENT_CYCLE = 4


translate = QCoreApplication.translate


@dataclass
class NewWorkspaceForm:
    """What the New workspace dialog collects; checked without any widget (tests drive it directly)."""

    name: str = ""
    state_under_review: str = ""
    cycle: int = CURRENT_CYCLE
    path: str = ""
    problems: list[str] = field(default_factory=list)

    def suggested_path(self) -> Path:
        slug = re.sub(r"[^\w-]+", "-", self.name.strip().lower()).strip("-") or "coalition"
        return data_dir() / "workspaces" / f"{slug}.uprw"

    def validate(self) -> bool:
        self.problems = []
        if not self.name.strip():
            self.problems.append(translate("Welcome", "Give the workspace a name, e.g. your coalition's name."))
        canonical, known = workspace_ops.normalise_state(self.state_under_review) if self.state_under_review.strip() else ("", False)
        if not known:
            self.problems.append(translate("Welcome", "Choose the State under Review from the list of UN member States.")
                                 + workspace_ops.state_suggestion(self.state_under_review))
        else:
            self.state_under_review = canonical
        target = Path(self.path).expanduser() if self.path.strip() else self.suggested_path()
        if target.exists() and target.stat().st_size > 0:
            self.problems.append(translate("Welcome", "A file already exists at %1; choose another place.").replace("%1", str(target)))
        self.path = str(target)
        return not self.problems


class NewWorkspaceDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Welcome", "New workspace"))
        self.form = NewWorkspaceForm()
        layout = QFormLayout(self)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(translate("Welcome", "e.g. Thai UPR Coalition"))
        self.state_combo = QComboBox()
        self.state_combo.setEditable(True)
        self.state_combo.addItems(workspace_ops.member_states())
        self.state_combo.setCurrentIndex(-1)
        self.state_combo.lineEdit().setPlaceholderText(translate("Welcome", "Type to search the UN member States"))
        completer = QCompleter(workspace_ops.member_states(), self.state_combo)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.state_combo.setCompleter(completer)
        self.cycle_spin = QSpinBox()
        self.cycle_spin.setRange(1, 9)
        self.cycle_spin.setValue(CURRENT_CYCLE)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(translate("Welcome", "Chosen for you from the name"))
        browse = QPushButton(translate("Welcome", "Choose..."))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(translate("Welcome", "Problems"))
        for label, widget, name in (
            (translate("Welcome", "&Name:"), self.name_edit, translate("Welcome", "Workspace name")),
            (translate("Welcome", "&State under Review:"), self.state_combo, translate("Welcome", "State under Review")),
            (translate("Welcome", "&Cycle:"), self.cycle_spin, translate("Welcome", "UPR cycle")),
        ):
            widget.setAccessibleName(name)
            layout.addRow(label, widget)
        self.path_edit.setAccessibleName(translate("Welcome", "Workspace file"))
        layout.addRow(translate("Welcome", "&File:"), path_row)
        layout.addRow(self.problem_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("Welcome", "Create"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.setMinimumWidth(520)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, translate("Welcome", "Where to keep the workspace"), str(self.form.suggested_path()), translate("Welcome", WORKSPACE_FILTER))
        if name:
            self.path_edit.setText(name if name.endswith(".uprw") else name + ".uprw")

    def collect(self) -> NewWorkspaceForm:
        self.form.name = self.name_edit.text()
        self.form.state_under_review = self.state_combo.currentText()
        self.form.cycle = self.cycle_spin.value()
        self.form.path = self.path_edit.text()
        return self.form

    def accept(self) -> None:
        if self.collect().validate():
            super().accept()
        else:
            self.problem_label.setText("\n".join("\u2022 " + p for p in self.form.problems))


class WelcomeWindow(QWidget):
    open_requested = Signal(str)
    create_requested = Signal(object)  # NewWorkspaceForm
    demo_requested = Signal()

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("Welcome", "UPR Desktop"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        heading = QLabel("<h1>" + translate("Welcome", "UPR Desktop") + "</h1>")
        intro = QLabel(translate("Welcome", "Follow up on the Universal Periodic Review with your coalition: recommendations, assessments, consultations and exchanges with member groups, all on this computer."))
        intro.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(intro)
        recent_label = QLabel(translate("Welcome", "&Recent workspaces"))
        self.recent_list = QListWidget()
        self.recent_list.setAccessibleName(translate("Welcome", "Recent workspaces"))
        recent_label.setBuddy(self.recent_list)
        for path in recent:
            item = QListWidgetItem(f"{Path(path).stem}    \u2014    {path}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent_list.addItem(item)
        if not recent:
            self.recent_list.addItem(translate("Welcome", "No workspace opened yet."))
            self.recent_list.setEnabled(False)
        self.recent_list.itemActivated.connect(self._open_item)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent_list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(translate("Welcome", "&New workspace..."))
        self.open_button = QPushButton(translate("Welcome", "&Open..."))
        self.demo_button = QPushButton(translate("Welcome", "Try the &demo coalition"))
        self.new_button.clicked.connect(self.ask_new)
        self.open_button.clicked.connect(self.ask_open)
        self.demo_button.clicked.connect(self.demo_requested)
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.resize(760, 480)

    def _open_item(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            self.open_requested.emit(path)

    def ask_new(self) -> None:
        dialog = NewWorkspaceDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_requested.emit(dialog.form)

    def ask_open(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, translate("Welcome", "Open a workspace"), str(data_dir() / "workspaces"), translate("Welcome", WORKSPACE_FILTER))
        if name:
            self.open_requested.emit(name)
