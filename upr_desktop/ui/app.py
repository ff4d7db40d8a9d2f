"""Starting the desktop application (the only Qt entry point the CLI uses)."""

from __future__ import annotations

import argparse
import sys


def run_app(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv[:1])
    label = QLabel("UPR Desktop")
    label.resize(640, 400)
    label.show()
    return int(app.exec())
