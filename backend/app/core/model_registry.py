"""Imports every `models` module so that Base.metadata knows every table (Alembic, tests)."""

from __future__ import annotations

import importlib
import pkgutil

import app

_ROOTS = ("app.core", "app.identity", "app.ai", "app.integrations", "app.notifications",
          "app.modules")


def import_all_models() -> None:
    for module in pkgutil.walk_packages(app.__path__, prefix="app."):
        name = module.name
        if name.startswith(_ROOTS) and name.rsplit(".", 1)[-1] == "models":
            importlib.import_module(name)
