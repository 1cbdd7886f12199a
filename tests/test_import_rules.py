"""The layers of DESIGN.md §3, enforced by walking every module's imports with ``ast``."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "lcs_desktop"
QT_ALLOWED = {"gui", "bootstrap.py", "selftest.py", "selftest_qt.py"}


def _modules() -> list[tuple[Path, set[str]]]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        names: set[str] = set()
        for node in _runtime_nodes(tree):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found.append((path.relative_to(PACKAGE), names))
    return found


def _runtime_nodes(tree: ast.AST):  # type: ignore[no-untyped-def]
    """Every node except those under ``if TYPE_CHECKING:`` (type hints do not run)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and getattr(child.test, "id", None) == "TYPE_CHECKING":
                stack.extend(child.orelse)
                continue
            stack.append(child)


def _top(rel: Path) -> str:
    return rel.parts[0]


def _offenders(rule) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{rel}: {name}" for rel, names in _modules() for name in sorted(names) if rule(rel, name)]


def test_no_qt_outside_gui_bootstrap_and_selftest():
    def rule(rel: Path, name: str) -> bool:
        return name.split(".")[0] == "PySide6" and _top(rel) not in QT_ALLOWED

    assert _offenders(rule) == []


def test_gui_imports_no_store_and_no_sqlalchemy():
    def rule(rel: Path, name: str) -> bool:
        return _top(rel) == "gui" and (
            name.startswith(("sqlalchemy", "lcs_desktop.store", "sqlcipher3", "alembic"))
        )

    assert _offenders(rule) == []


def test_domain_imports_neither_qt_nor_storage():
    def rule(rel: Path, name: str) -> bool:
        return _top(rel) == "domain" and (
            name.split(".")[0] in {"PySide6", "sqlalchemy", "sqlcipher3", "alembic", "reportlab"}
            or name.startswith(
                (
                    "lcs_desktop.store",
                    "lcs_desktop.services",
                    "lcs_desktop.gui",
                    "lcs_desktop.vault",
                    "lcs_desktop.reports",
                )
            )
        )

    assert _offenders(rule) == []


def test_store_and_vault_never_import_services_or_faces():
    def rule(rel: Path, name: str) -> bool:
        return _top(rel) in {"store", "vault"} and name.startswith(
            ("lcs_desktop.services", "lcs_desktop.gui", "lcs_desktop.cli", "lcs_desktop.reports")
        )

    assert _offenders(rule) == []


def test_services_never_import_the_faces():
    def rule(rel: Path, name: str) -> bool:
        return _top(rel) == "services" and name.startswith(("lcs_desktop.gui", "lcs_desktop.cli"))

    assert _offenders(rule) == []


def test_reports_take_plain_data_only():
    def rule(rel: Path, name: str) -> bool:
        return _top(rel) == "reports" and (
            name.split(".")[0] in {"PySide6", "sqlalchemy"}
            or name.startswith(("lcs_desktop.store", "lcs_desktop.services", "lcs_desktop.gui"))
        )

    assert _offenders(rule) == []


def _module_name(rel: Path) -> str:
    parts = ("lcs_desktop", *rel.with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _module_graph() -> dict[str, set[str]]:
    """Module → the project modules it imports at run time (deferred imports inside functions too:
    a cycle hidden in a function is still a cycle)."""
    modules = {_module_name(rel): names for rel, names in _modules()}
    graph: dict[str, set[str]] = {}
    for name, imported in modules.items():
        graph[name] = set()
        for target in imported:
            while target and target not in modules:  # "pkg.mod.Name" → "pkg.mod"
                target = target.rpartition(".")[0]
            if target and target != name:
                graph[name].add(target)
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
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
    return found


def test_no_import_circles():
    """Each module sits on one floor: no two modules import each other, directly or around a ring."""
    assert _cycles(_module_graph()) == []
