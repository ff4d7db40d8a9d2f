"""The demo coalition for trainers: a realistic workspace created and reset in seconds."""

from upr_desktop.demo.builder import DEMO_NAME, REFERENCE_DATE
from upr_desktop.demo.demo_file import (
    build_demo,
    content_hash,
    create_demo,
    ensure_template,
    is_demo_file,
)

__all__ = ["DEMO_NAME", "REFERENCE_DATE", "build_demo", "content_hash", "create_demo", "ensure_template", "is_demo_file"]
