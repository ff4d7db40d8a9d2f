"""Modules the commands use, loaded when a command first touches them, not when the parser is built.

Building the parser registers every command (for ``--help``), and an eager ``from upr_desktop.operations
import exchange`` there loaded SQLAlchemy, openpyxl and the keyring for every invocation: seconds of start-up
that ``--help`` or ``info`` never use. ``importlib.util.LazyLoader`` defers a module's execution until its first
attribute is read; the module object is the real one afterwards.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy_module(name: str) -> ModuleType:
    """The module ``name``, executed on first attribute access (at once when it is already loaded)."""
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.find_spec(name)  # imports the parent packages (kept light), not the module itself
    if spec is None or spec.loader is None:
        raise ImportError(f"no module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)
    return module
