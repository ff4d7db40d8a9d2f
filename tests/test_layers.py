"""The layers, checked on this checkout's source files (not on whatever copy of the package is installed).

Every import is read with ``ast``: at module level or inside a function, ``importlib.import_module`` with
a literal or an f-string, and module paths written as strings (``"upr_desktop.ui.groups.page:GroupsPage"``)
that the app imports later. The rules (DESIGN.md, PLAN12.md):

- ``ui/`` and ``commands/`` use ``upr_desktop.operations.*``, the shared modules (errors, failures, i18n, paths,
  settings, io, logs, licences) and ``upr_desktop.__version__``, nothing else of the package; never each other;
  never a database or spreadsheet library.
- ``operations/`` never imports ``ui/`` or ``commands/``; reports, exchange, importers, demo and security
  never import operations, ui or commands; ``core/`` imports none of the packages above it.
- Qt only in ``ui/``; the shared modules import no layer.
- No import cycle between modules; imports inside functions count, only ``if TYPE_CHECKING:`` ones do not.
- The modules of the first screen do not import SQLAlchemy when they are imported.
- An operation that takes ``**fields`` takes its identifying parameters positional-only (``/``).
- No dead code: every top-level function and class of the package is named somewhere else.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from collections import deque
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import pytest

# One worker walks the checkout (the module's `checkout`, about 2.5 s) and runs these checks.
pytestmark = pytest.mark.xdist_group("layers")

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "upr_desktop"

LAYERS = {"core", "security", "exchange", "importers", "reports", "demo", "operations", "ui", "commands"}
# What ui/ and commands/ may use besides operations: leaves that reach no layer (licences: the notices
# Help > About shows, read from the installed metadata).
SHARED = {"errors", "failures", "i18n", "paths", "settings", "io", "logs", "licences"}
ENTRY_POINTS = {"cli", "__main__"}
FORBIDDEN = {  # layer -> the layers it must not import
    "operations": {"ui", "commands"},
    **{use_case: {"operations", "ui", "commands"} for use_case in ("reports", "exchange", "importers", "demo", "security")},
    "core": {"security", "exchange", "importers", "reports", "demo", "operations", "ui", "commands"},
}
DATA_LIBRARIES = {"sqlalchemy", "alembic", "sqlite3", "sqlcipher3", "apsw", "openpyxl", "python_calamine", "xlrd", "docx"}
QT = {"PySide6", "shiboken6"}
START_PATH = ["ui.app", "ui.controller", "ui.main_window", "ui.recommendations"]  # the window and its first rows
NOT_BEFORE_FIRST_ROWS = {"sqlalchemy", "alembic"}
MODULE_PATH = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)+(:[A-Za-z_]\w*)?$")


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the imported module (a module of the package when it is one, else the name as written)
    file: str  # the importing file, from the checkout's root
    line: int
    names: tuple[str, ...] = ()  # ``from target import names`` when the names are not modules
    deferred: bool = False  # inside a function, or a module path in a string: imported when that code runs
    type_checking: bool = False

    @property
    def top(self) -> str:
        return self.target.split(".")[0]

    def where(self) -> str:
        how = " (type checking)" if self.type_checking else " (deferred)" if self.deferred else ""
        return f"{self.file}:{self.line}{how}"


@dataclass
class Module:
    name: str
    path: Path
    is_package: bool
    tree: ast.Module
    imports: list[Import] = field(default_factory=list)

    @property
    def layer(self) -> str:
        """The package's part this module belongs to (``ui``, ``core``...), or its own name at the top."""
        parts = self.name.split(".")
        return parts[1] if len(parts) > 1 else ""


def is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


class ImportFinder(ast.NodeVisitor):
    def __init__(self, tree: SourceTree, module: Module) -> None:
        self.tree = tree
        self.module = module
        self.depth = 0
        self.type_checking = False

    def add(self, target: str, node: ast.AST, names: tuple[str, ...] = (), deferred: bool = False) -> None:
        self.module.imports.append(
            Import(self.module.name, target, self.module.path.relative_to(self.tree.root).as_posix(), getattr(node, "lineno", 0), names,
                   deferred or self.depth > 0, self.type_checking)
        )

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda) -> None:
        self.depth += 1
        self.generic_visit(node)
        self.depth -= 1

    visit_AsyncFunctionDef = visit_FunctionDef
    visit_Lambda = visit_FunctionDef

    def visit_If(self, node: ast.If) -> None:
        if not is_type_checking(node.test):
            self.generic_visit(node)
            return
        before, self.type_checking = self.type_checking, True
        for child in node.body:
            self.visit(child)
        self.type_checking = before
        for child in node.orelse:
            self.visit(child)

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            self.add(alias.name, node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        base = self.resolve(node.module, node.level)
        names = []
        for alias in node.names:
            if f"{base}.{alias.name}" in self.tree.modules:
                self.add(f"{base}.{alias.name}", node)
            else:
                names.append(alias.name)
        if names:
            self.add(base, node, tuple(names))

    def visit_Constant(self, node: ast.Constant) -> None:
        """``"upr_desktop.ui.groups.page:GroupsPage"``, ``import_module("upr_desktop.demo")``: imported when used."""
        if isinstance(node.value, str) and MODULE_PATH.match(node.value):
            name = node.value.partition(":")[0]
            if name in self.tree.modules:
                self.add(name, node, deferred=True)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        """``import_module(f"upr_desktop.core.{name}")``: some module of that package."""
        first = node.values[0] if node.values else None
        if isinstance(first, ast.Constant) and isinstance(first.value, str) and first.value.startswith(f"{PACKAGE}."):
            name = first.value.rstrip(".")
            while name not in self.tree.modules and "." in name:
                name = name.rsplit(".", 1)[0]
            if name != PACKAGE:
                self.add(name, node, deferred=True)
        self.generic_visit(node)

    def resolve(self, module: str | None, level: int) -> str:
        if level == 0:
            return module or ""
        package = self.module.name if self.module.is_package else self.module.name.rsplit(".", 1)[0]
        parts = package.split(".")
        base = parts[: len(parts) - (level - 1)]
        return ".".join(base + ([module] if module else []))


class SourceTree:
    """The modules of a package as its source files say, and their imports."""

    def __init__(self, root: Path, package: str = PACKAGE) -> None:
        self.root = root
        self.package = package
        self.modules: dict[str, Module] = {}
        for path in sorted((root / package).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            is_package = parts[-1] == "__init__"
            name = ".".join(parts[:-1] if is_package else parts)
            self.modules[name] = Module(name, path, is_package, ast.parse(path.read_text(encoding="utf-8"), str(path)))
        for module in self.modules.values():
            ImportFinder(self, module).visit(module.tree)

    def internal(self, imp: Import) -> bool:
        return imp.target in self.modules

    def imports(self) -> list[Import]:
        return [imp for module in self.modules.values() for imp in module.imports]

    def short(self, name: str) -> str:
        return name.removeprefix(f"{self.package}.")

    # -- cycles ----------------------------------------------------------------------------------
    @cached_property
    def graph(self) -> dict[str, dict[str, Import]]:
        """module -> imported module -> the first import that makes the edge (type-checking ones left out)."""
        edges: dict[str, dict[str, Import]] = {name: {} for name in self.modules}
        for imp in self.imports():
            if self.internal(imp) and not imp.type_checking and imp.target != imp.source:
                edges[imp.source].setdefault(imp.target, imp)
        return edges

    def strongly_connected(self) -> list[list[str]]:
        """Tarjan's strongly connected components with more than one module: each holds a cycle."""
        index: dict[str, int] = {}
        low: dict[str, int] = {}
        stack: list[str] = []
        on_stack: set[str] = set()
        found: list[list[str]] = []
        counter = 0
        for start in sorted(self.graph):
            if start in index:
                continue
            work = [(start, iter(sorted(self.graph[start])))]
            index[start] = low[start] = counter
            counter += 1
            stack.append(start)
            on_stack.add(start)
            while work:
                node, children = work[-1]
                child = next(children, None)
                if child is not None:
                    if child not in index:
                        index[child] = low[child] = counter
                        counter += 1
                        stack.append(child)
                        on_stack.add(child)
                        work.append((child, iter(sorted(self.graph[child]))))
                    elif child in on_stack:
                        low[node] = min(low[node], index[child])
                    continue
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
        return sorted(found)

    def shortest_cycle(self, component: list[str]) -> list[Import]:
        """The shortest way from the component's first module back to itself, as the imports that make it."""
        members = set(component)
        start = component[0]
        previous: dict[str, Import] = {}
        queue = deque([start])
        while queue:
            node = queue.popleft()
            for target, imp in sorted(self.graph[node].items()):
                if target not in members:
                    continue
                if target == start:
                    path = [imp]
                    while path[0].source != start:
                        path.insert(0, previous[path[0].source])
                    return path
                if target not in previous:
                    previous[target] = imp
                    queue.append(target)
        raise AssertionError(f"no cycle through {start}")

    def describe_cycle(self, component: list[str]) -> str:
        steps = self.shortest_cycle(component)
        chain = " -> ".join(f"{self.short(imp.source)} ({imp.where()})" for imp in steps)
        more = f"; {len(component)} modules in this tangle: {', '.join(self.short(m) for m in component)}" if len(component) > len(steps) else ""
        return f"{chain} -> {self.short(steps[0].source)}{more}"

    # -- what runs when a module is imported -------------------------------------------------------
    def module_level_closure(self, start: str) -> dict[str, Import | None]:
        """Modules (and outside libraries) imported when ``start`` is, with the import that brought each in."""
        reached: dict[str, Import | None] = {start: None}
        queue = deque([start])
        while queue:
            name = queue.popleft()
            parents = [".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)]
            for parent in parents:  # importing a.b.c runs a/__init__ and a/b/__init__ first
                if parent in self.modules and parent not in reached:
                    reached[parent] = None
                    queue.append(parent)
            if name not in self.modules:
                continue
            for imp in self.modules[name].imports:
                if imp.deferred or imp.type_checking:
                    continue
                target = imp.target if self.internal(imp) else imp.top
                if target not in reached:
                    reached[target] = imp
                    queue.append(target)
        return reached

    def chain(self, closure: dict[str, Import | None], target: str) -> str:
        steps = []
        imp = closure[target]
        while imp is not None:
            steps.insert(0, f"{self.short(imp.source)} ({imp.where()})")
            imp = closure.get(imp.source)
        return " -> ".join([*steps, target])


# -- the rules ------------------------------------------------------------------------------------
def layer_violations(tree: SourceTree) -> list[str]:
    problems = []
    for imp in tree.imports():
        source = tree.modules[imp.source]
        layer = source.layer
        target = tree.modules.get(imp.target)
        what = f"{tree.short(imp.source)} ({imp.where()}) imports {imp.target}"
        if target is None:  # a library
            if imp.top in QT and layer != "ui":
                problems.append(f"{what}: Qt is used only in ui/")
            if imp.top in DATA_LIBRARIES and layer in ("ui", "commands"):
                problems.append(f"{what}: ui/ and commands/ leave databases and spreadsheets to operations/")
            continue
        if target.layer in ENTRY_POINTS and source.name != f"{PACKAGE}.__main__":
            problems.append(f"{what}: the command-line entry point is imported by nothing")
        if layer in ("ui", "commands"):
            allowed = (
                target.layer in (layer, "operations")
                or target.layer in SHARED
                or (target.name == PACKAGE and set(imp.names) <= {"__version__"})
            )
            if not allowed:
                other = "commands" if layer == "ui" else "ui"
                reason = (f"{layer}/ and {other}/ never import each other" if target.layer == other
                          else f"{layer}/ reaches the rest of the package only through upr_desktop.operations")
                problems.append(f"{what}: {reason}")
        elif layer in FORBIDDEN and target.layer in FORBIDDEN[layer]:
            problems.append(f"{what}: {layer}/ never imports {target.layer}/")
        elif layer in SHARED and not (target.layer in SHARED or target.name == PACKAGE):
            problems.append(f"{what}: the shared modules that ui/ and commands/ use import no layer")
    return sorted(problems)


def cycle_violations(tree: SourceTree) -> list[str]:
    return [tree.describe_cycle(component) for component in tree.strongly_connected()]


def start_path_violations(tree: SourceTree) -> list[str]:
    starts = [f"{PACKAGE}.{name}" for name in START_PATH]
    starts = [name for name in tree.modules for start in starts if name == start or name.startswith(start + ".")]
    problems = []
    for start in starts:
        closure = tree.module_level_closure(start)
        for library in sorted(NOT_BEFORE_FIRST_ROWS & closure.keys()):
            problems.append(f"{tree.short(start)} imports {library} when it is imported: {tree.chain(closure, library)}")
    return problems


def positional_only_violations(tree: SourceTree) -> list[str]:
    problems = []
    for module in tree.modules.values():
        if module.layer != "operations":
            continue
        for node in module.tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_") and node.args.kwarg and node.args.args:
                names = ", ".join(a.arg for a in node.args.args)
                problems.append(f"{tree.short(module.name)}.{node.name} ({module.path.name}:{node.lineno}) takes "
                                f"**{node.args.kwarg.arg}: make {names} positional-only (/)")
    return problems


def named_elsewhere(tree: SourceTree) -> dict[str, int]:
    """How often each name is used (as a name, an attribute, an imported name or a word in a string)."""
    counts: dict[str, int] = {}

    def count(word: str) -> None:
        counts[word] = counts.get(word, 0) + 1

    others = [p for folder in ("tests", "scripts", "benchmarks") for p in sorted((tree.root / folder).rglob("*.py"))]
    syntax = [m.tree for m in tree.modules.values()] + [ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in others]
    for module in syntax:
        for node in ast.walk(module):
            if isinstance(node, ast.Name):
                count(node.id)
            elif isinstance(node, ast.Attribute):
                count(node.attr)
            elif isinstance(node, ast.alias):
                count(node.name.split(".")[-1])
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                for word in re.findall(r"[A-Za-z_]\w*", node.value):
                    count(word)
    for other in ("build.spec", "pyproject.toml"):
        if (tree.root / other).exists():
            for word in re.findall(r"[A-Za-z_]\w*", (tree.root / other).read_text(encoding="utf-8")):
                count(word)
    return counts


def dead_code(tree: SourceTree) -> list[str]:
    used = named_elsewhere(tree)
    problems = []
    for module in tree.modules.values():
        if ".migrations" in module.name:  # Alembic calls upgrade() and downgrade() by name
            continue
        for node in module.tree.body:
            if node.name.startswith("__") if isinstance(node, ast.FunctionDef) else False:  # a module's __getattr__: Python calls it
                continue
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef) and not used.get(node.name):
                problems.append(f"{tree.short(module.name)}.{node.name} ({module.path.name}:{node.lineno}) has no caller: delete it")
    return sorted(problems)


@pytest.fixture(scope="module")
def checkout() -> SourceTree:
    return SourceTree(ROOT)


def report(problems: list[str]) -> str:
    return f"{len(problems)}:\n" + "\n".join(problems)


def test_the_walk_reads_the_checkout(checkout: SourceTree) -> None:
    assert len(checkout.modules) > 150
    assert all(m.path.is_relative_to(ROOT) for m in checkout.modules.values())
    groups_page = checkout.modules[f"{PACKAGE}.ui.groups.page"]
    assert f"{PACKAGE}.operations.groups" in {imp.target for imp in groups_page.imports}


def test_layers(checkout: SourceTree) -> None:
    problems = layer_violations(checkout)
    assert not problems, report(problems)


def test_no_import_cycles(checkout: SourceTree) -> None:
    problems = cycle_violations(checkout)
    assert not problems, report(problems)


def test_first_screen_modules_do_not_import_sqlalchemy_when_imported(checkout: SourceTree) -> None:
    problems = start_path_violations(checkout)
    assert not problems, report(problems)


def test_operations_taking_fields_name_their_record_positional_only(checkout: SourceTree) -> None:
    problems = positional_only_violations(checkout)
    assert not problems, report(problems)


def test_no_dead_code(checkout: SourceTree) -> None:
    problems = dead_code(checkout)
    assert not problems, report(problems)


# -- the checks themselves can fail -----------------------------------------------------------------
def write_package(root: Path, files: dict[str, str]) -> SourceTree:
    for name, text in {"__init__.py": "", **files}.items():
        path = root / PACKAGE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    for folder in {Path(n).parent for n in files} - {Path(".")}:
        (root / PACKAGE / folder / "__init__.py").touch()
    return SourceTree(root)


def test_each_check_finds_what_it_is_for(tmp_path: Path) -> None:
    tree = write_package(tmp_path, {
        "core/model.py": "import sqlalchemy\nclass Thing: ...\n",
        "core/store.py": "def open():\n    from upr_desktop.core import backups\n    return backups.Backup\n",
        "core/backups.py": "from upr_desktop.core.store import open as o\nclass Backup: ...\nx = o\n",
        "core/typed.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from upr_desktop.core.hinted import H\n",
        "core/hinted.py": "from upr_desktop.core import typed\nclass H: ...\nuse = typed\n",
        "core/leak.py": "import importlib\ndef f():\n    return importlib.import_module('upr_desktop.security.keys')\n",
        "security/keys.py": "from .. import errors\nx = errors\n",
        "errors.py": "",
        "operations/things.py": "from upr_desktop.core.model import Thing\n"
                                "def edit(ws, ref, **fields):\n    return Thing\ndef add(ws, ref, /, **fields):\n    return Thing\n",
        "ui/app.py": "from upr_desktop.ui import page\n",
        "ui/page.py": "import importlib\nfrom upr_desktop.operations import things\nfrom upr_desktop import errors\n"
                      "def core(name):\n    return importlib.import_module(f'upr_desktop.core.{name}')\n"
                      "PAGES = ['upr_desktop.commands.run:main']\nx = (things, errors)\n",
        "ui/recommendations/__init__.py": "from upr_desktop.operations import things\n",
        "commands/run.py": "import openpyxl\ndef main():\n    from upr_desktop.ui.app import x\n    return x\n",
        "unused.py": "def nobody_calls_me(): ...\n",
    })
    layers = "\n".join(layer_violations(tree))
    assert "core.leak (upr_desktop/core/leak.py:3 (deferred)) imports upr_desktop.security.keys: core/ never imports security/" in layers
    assert "ui.page (upr_desktop/ui/page.py:5 (deferred)) imports upr_desktop.core: ui/ reaches the rest" in layers
    assert "ui.page (upr_desktop/ui/page.py:6 (deferred)) imports upr_desktop.commands.run: ui/ and commands/ never" in layers
    assert "commands.run (upr_desktop/commands/run.py:3 (deferred)) imports upr_desktop.ui.app: commands/ and ui/" in layers
    assert "imports openpyxl: ui/ and commands/ leave databases" in layers
    assert "ui.page (upr_desktop/ui/page.py:3) imports upr_desktop" not in layers  # errors is shared
    assert cycle_violations(tree) == [
        ("commands.run (upr_desktop/commands/run.py:3 (deferred)) -> ui.app (upr_desktop/ui/app.py:1)"
         " -> ui.page (upr_desktop/ui/page.py:6 (deferred)) -> commands.run"),
        "core.backups (upr_desktop/core/backups.py:1) -> core.store (upr_desktop/core/store.py:2 (deferred)) -> core.backups",
    ]  # core.typed <-> core.hinted goes through a TYPE_CHECKING import: not a cycle
    starts = start_path_violations(tree)
    assert starts == [
        ("ui.app imports sqlalchemy when it is imported: ui.app (upr_desktop/ui/app.py:1) -> ui.page (upr_desktop/ui/page.py:2)"
         " -> operations.things (upr_desktop/operations/things.py:1) -> core.model (upr_desktop/core/model.py:1) -> sqlalchemy"),
        ("ui.recommendations imports sqlalchemy when it is imported: ui.recommendations (upr_desktop/ui/recommendations/__init__.py:1)"
         " -> operations.things (upr_desktop/operations/things.py:1) -> core.model (upr_desktop/core/model.py:1) -> sqlalchemy"),
    ]
    assert positional_only_violations(tree) == [
        "operations.things.edit (things.py:2) takes **fields: make ws, ref positional-only (/)"
    ]
    dead = dead_code(tree)
    assert "unused.nobody_calls_me (unused.py:1) has no caller: delete it" in dead
    assert not [d for d in dead if "Thing" in d or "Backup" in d]


# -- at run time ----------------------------------------------------------------------------------
def checkout_env(**extra: str) -> dict[str, str]:
    """A fresh interpreter that imports the package from this checkout, whatever is installed."""
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": str(ROOT), **extra}


def test_qt_free_modules_never_load_pyside6(checkout: SourceTree) -> None:
    """Importing every module outside ui/ (what a headless command may import) loads no Qt, even indirectly."""
    modules = [name for name, m in checkout.modules.items()
               if m.layer != "ui" and ".migrations" not in name and m.layer != "__main__"]
    assert len(modules) > 100
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert sys.modules['upr_desktop'].__file__.startswith(sys.argv[1]), sys.modules['upr_desktop'].__file__\n"
        "leaked = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print('LEAKED' if leaked else 'CLEAN', leaked)\n"
    )
    result = subprocess.run([sys.executable, "-c", code, str(ROOT / PACKAGE)], capture_output=True, text=True,
                            timeout=120, cwd=ROOT, env=checkout_env(), check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("CLEAN"), result.stdout


def test_headless_cli_command_does_not_load_qt(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from upr_desktop.cli import main\n"
        f"main(['--workspace', {str(tmp_path / 'w.uprw')!r}, 'init', '--name', 'X', '--country', 'Kenya'])\n"
        "print(any(m.startswith('PySide6') for m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT,
                            env=checkout_env(UPR_DESKTOP_HOME=str(tmp_path)), check=False)
    assert result.stdout.strip().endswith("False"), result.stdout + result.stderr
