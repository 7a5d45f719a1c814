"""Module boundaries: a business module imports another only through its service, schemas
and events; nothing imports a module's models, repository, router, handlers or tasks."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[2] / "app"
PUBLIC = {"service", "schemas", "events"}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def _owner(path: Path, root: Path) -> str | None:
    rel = path.relative_to(root).parts
    return rel[1] if rel[0] == "modules" and len(rel) > 2 else None


def violations(root: Path = APP) -> list[str]:
    found = []
    for path in root.rglob("*.py"):
        owner = _owner(path, root)
        for name in _imports(path):
            parts = name.split(".")
            if parts[:2] != ["app", "modules"] or len(parts) < 4:
                continue
            target, member = parts[2], parts[3]
            if target != owner and member not in PUBLIC:
                found.append(f"{path.relative_to(root)} imports {name}")
    return found


def test_modules_talk_only_through_service_schemas_events():
    assert violations() == []


def test_the_check_catches_a_private_import(tmp_path):
    bad = tmp_path / "modules" / "sdr" / "service.py"
    bad.parent.mkdir(parents=True)
    bad.write_text("from app.modules.crm.repository import DealRepository\n"
                   "from app.modules.crm import service as crm\n")
    (tmp_path / "modules" / "crm").mkdir()
    found = violations(tmp_path)
    assert found and all("crm.repository" in v for v in found)


@pytest.mark.parametrize("package", ["core", "identity", "worker"])
def test_platform_does_not_import_modules(package):
    offenders = [f"{p.relative_to(APP)}: {n}" for p in (APP / package).rglob("*.py")
                 for n in _imports(p) if n.startswith("app.modules")]
    assert offenders == []
