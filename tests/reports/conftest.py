"""Fixtures for report tests: the demo workspace (built once per session, copied per test)."""

from demo.conftest import copy_demo, demo_template, demo_ws, session_demo_template  # noqa: F401
