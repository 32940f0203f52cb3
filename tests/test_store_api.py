"""clipper.store loads its names lazily: its three lists of them must agree."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import clipper.store as store

STORE = Path(store.__file__).parent


def _type_checking_names() -> set[str]:
    tree = ast.parse((STORE / "__init__.py").read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("clipper.store."):
            names.update(alias.asname or alias.name for alias in node.names)
    return names


def test_every_public_name_has_a_home_and_resolves_there() -> None:
    homes = store._HOME
    assert set(store.__all__) == set(homes) == _type_checking_names()
    for name, home in homes.items():
        module = importlib.import_module(f"clipper.store.{home}")
        assert getattr(store, name) is getattr(module, name), name
