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
    server,
    workspace,
)

MODULES = [workspace, groups, recommendations, links, followup, importing, exchange, security, server, demo, reports]
