"""The one direction of dependency in DESIGN.md, checked on the source's imports."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "app" / "claimdesk"


def imports_of(folder: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in (PACKAGE / folder).rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
        found[str(path.relative_to(PACKAGE))] = names
    return found


FORBIDDEN = {
    "domain": (
        "PySide6",
        "requests",
        "sqlite3",
        "fastapi",
        "claimdesk.connectors",
        "claimdesk.service",
        "claimdesk.ui",
        "claimdesk.sandbox",
        "claimdesk.storage",
    ),
    "connectors": ("PySide6", "claimdesk.ui", "claimdesk.service", "claimdesk.sandbox"),
    "service": ("PySide6", "claimdesk.ui"),
    "sandbox": (
        "PySide6",
        "claimdesk.domain",
        "claimdesk.connectors",
        "claimdesk.service",
        "claimdesk.ui",
    ),
}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_what_it_may(layer: str) -> None:
    wrong = {
        module: sorted(n for n in names if n.startswith(FORBIDDEN[layer]))
        for module, names in imports_of(layer).items()
    }
    assert {m: n for m, n in wrong.items() if n} == {}
