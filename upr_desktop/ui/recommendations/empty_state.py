"""What the Recommendations table says when it shows nothing: why, and the way out (clear the filters, or import)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """Stands in for the table when no row is shown; ``clear_requested`` clears the filters."""

    clear_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
        self.clear_button = QPushButton(self.tr("Clear all filters"))
        self.clear_button.clicked.connect(self.clear_requested)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def explain(self, *, filtered: bool) -> None:
        """Filters hide every row (say so, offer to clear them), or the workspace has none yet (say how to import)."""
        if filtered:
            self.message.setText(self.tr("No recommendation matches this search and these filters. "
                                         "Change the search or a filter, or clear them all to see every recommendation."))
        else:
            self.message.setText(self.tr("No recommendations yet. Import them with File \u2192 Import recommendations (Ctrl+I)."))
        self.clear_button.setVisible(filtered)
