"""CLI commands, one module per area; each module has ``register(subparsers, common)``."""

from upr_desktop.commands import (
    demo,
    exchange,
    groups,
    importing,
    recommendations,
    records,
    reports,
    security,
    workspace,
)

MODULES = [workspace, groups, recommendations, records, importing, exchange, security, demo, reports]
