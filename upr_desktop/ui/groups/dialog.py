"""Add or edit one member group: name, acronym, region, focal point, contact details (sensitive), workbook language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from upr_desktop.i18n import shipped_languages
from upr_desktop.operations.groups import GroupLoad
from upr_desktop.ui.language_names import language_name


class GroupDialog(QDialog):
    """Emits ``submitted(values)`` on OK; the page saves and closes it, or shows the error and keeps it open."""

    submitted = Signal(dict)

    def __init__(self, group: GroupLoad | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.setWindowTitle(self.tr("Add member group") if group is None else self.tr("Edit member group %1").replace("%1", group.acronym))
        self.name_edit = QLineEdit(group.name if group else "")
        self.acronym_edit = QLineEdit(group.acronym if group else "")
        self.acronym_edit.setMaxLength(30)
        self.region_edit = QLineEdit((group.region or "") if group else "")
        self.focal_edit = QLineEdit((group.focal_point or "") if group else "")
        self.contact_edit = QPlainTextEdit((group.contact_details or "") if group else "")
        self.contact_edit.setTabChangesFocus(True)
        self.contact_edit.setFixedHeight(70)
        self.contact_edit.setToolTip(self.tr("Sensitive: left out of exchange workbooks and shared exports."))
        self.language_combo = QComboBox()
        self.language_combo.addItem(self.tr("Not set (English)"), "")
        for code in shipped_languages():
            self.language_combo.addItem(language_name(code), code)
        current = (group.language or "") if group else ""
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(current)))
        self.language_combo.setToolTip(self.tr("The exchange workbooks sent to this group are written in this language."))
        form = QFormLayout()
        for text, widget, name in (
            (self.tr("&Name:"), self.name_edit, self.tr("Group name")),
            (self.tr("&Acronym:"), self.acronym_edit, self.tr("Acronym")),
            (self.tr("&Region:"), self.region_edit, self.tr("Region")),
            (self.tr("&Focal point:"), self.focal_edit, self.tr("Focal point")),
            (self.tr("&Contact details (sensitive):"), self.contact_edit, self.tr("Contact details, sensitive")),
            (self.tr("&Workbook language:"), self.language_combo, self.tr("Language of the group's workbooks")),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(name)
            form.addRow(label, widget)
        note = QLabel(self.tr("The acronym is one word (at most 30 characters) and must differ from every other group's."))
        note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def values(self) -> dict[str, str]:
        return {
            "name": self.name_edit.text(),
            "acronym": self.acronym_edit.text().strip(),
            "region": self.region_edit.text(),
            "focal_point": self.focal_edit.text(),
            "contact_details": self.contact_edit.toPlainText(),
            "language": self.language_combo.currentData() or "",
        }

    def submit(self) -> None:
        self.submitted.emit(self.values())
