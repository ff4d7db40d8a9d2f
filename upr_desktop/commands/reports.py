"""CLI commands for the reports area (registered in upr_desktop.commands)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:  # type: ignore[type-arg]
    """No reports commands yet."""
