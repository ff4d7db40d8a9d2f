"""CLI commands, one module per area; each module has ``register(subparsers, common)``."""

from upr_desktop.commands import (
    demo,
    exchange,
    followup,
    groups,
    importing,
    links,
    recommendations,
    reports,
    security,
    workspace,
)

MODULES = [workspace, groups, recommendations, links, followup, importing, exchange, security, demo, reports]
