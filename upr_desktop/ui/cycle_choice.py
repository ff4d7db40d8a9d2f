"""The cycle choice of the pages that list the coalition's work (Dashboard, Member groups, Follow-up actions,
Consultations): "All cycles" or one UPR cycle the workspace holds.

What belongs to a cycle is :mod:`upr_desktop.core.read.cycle_scope`'s rule; this widget only offers the cycles
(read on the worker), keeps the page's choice for as long as the workspace is open, and says when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from upr_desktop.operations import recommended_before
from upr_desktop.ui.pages import AppContext
from upr_desktop.ui.translations import format_number


class CycleChoice(QComboBox):
    chosen = Signal(object)  # the cycle number, or None for every cycle

    def __init__(self, ctx: AppContext, key: str, accessible_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.key = key  # the read's key: a newer request for this page's cycles drops an older one
        self.setAccessibleName(accessible_name or self.tr("Show the work of one UPR cycle"))
        self.addItem(self.tr("All cycles"), None)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.currentIndexChanged.connect(lambda _i: self.chosen.emit(self.currentData()))

    def label(self) -> QLabel:
        """Its label with the mnemonic (Alt+Y)."""
        label = QLabel(self.tr("C&ycle:"))
        label.setBuddy(self)
        return label

    def cycle(self) -> int | None:
        return self.currentData()  # type: ignore[no-any-return]

    def reload(self) -> None:
        """Ask for the cycles the workspace holds (after an import or an undo they may have changed)."""
        self.ctx.ops.read(recommended_before.cycles, on_done=self.set_cycles, key=self.key)

    def set_cycles(self, cycles: list[int]) -> None:
        """Offer these cycles, keeping the choice; a cycle no longer held falls back to "All cycles" (and says so)."""
        have = [self.itemData(i) for i in range(1, self.count())]
        if have == cycles:
            return
        chosen = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for number in cycles:
            self.addItem(self.tr("Cycle %1").replace("%1", format_number(number)), number)
        index = max(self.findData(chosen), 0)
        self.setCurrentIndex(index)
        self.blockSignals(False)
        if self.currentData() != chosen:
            self.chosen.emit(self.currentData())
