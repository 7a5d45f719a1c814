"""Who may call which route: each area of the app lists its routes in a `route_access.py`
next to its tests (`ROUTE_ACCESS = {operation_id: roles or PUBLIC}`); the RBAC test merges
them all and fails on any route that no file lists."""

from __future__ import annotations

import importlib
import pkgutil

import tests
from app.identity.roles import Role

ALL = frozenset(Role)
STAFF = ALL - {Role.cliente}
ADMIN = frozenset({Role.admin})
PUBLIC = "public"

Access = frozenset[Role] | str


def collect_route_access() -> dict[str, Access]:
    merged: dict[str, Access] = {}
    for info in pkgutil.walk_packages(tests.__path__, prefix="tests."):
        if info.name.rsplit(".", 1)[-1] != "route_access":
            continue
        table: dict[str, Access] = importlib.import_module(info.name).ROUTE_ACCESS
        twice = set(table) & set(merged)
        assert not twice, f"{info.name} lists routes listed elsewhere: {sorted(twice)}"
        merged.update(table)
    return merged
