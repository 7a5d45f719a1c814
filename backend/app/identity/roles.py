"""Roles and permissions: the seed's "Matriz de Permissoes" (001, section 2.1) as code.

A permission is `<module>:<read|write>`; write implies read. Scope rules that
narrow a permission to the caller's own records are in `Scope` (core.scope).
"""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    admin = "Admin"
    diretor = "Diretor"
    comercial = "Comercial"
    campo = "Campo"
    agente_ia = "Agente_IA"
    cliente = "Cliente"


class Permission(StrEnum):
    HUNTER_READ = "hunter:read"
    HUNTER_WRITE = "hunter:write"
    SDR_READ = "sdr:read"
    SDR_WRITE = "sdr:write"
    CRM_READ = "crm:read"
    CRM_WRITE = "crm:write"
    CONTRACTS_READ = "contracts:read"
    CONTRACTS_WRITE = "contracts:write"
    PROJECTS_READ = "projects:read"
    PROJECTS_WRITE = "projects:write"
    FINANCE_READ = "finance:read"
    FINANCE_WRITE = "finance:write"
    CONTENT_READ = "content:read"
    CONTENT_WRITE = "content:write"
    SOCIAL_READ = "social:read"
    SOCIAL_WRITE = "social:write"
    ANALYTICS_READ = "analytics:read"
    ANALYTICS_WRITE = "analytics:write"
    AGENTS_READ = "agents:read"
    AGENTS_WRITE = "agents:write"
    MOBILE_READ = "mobile:read"
    MOBILE_WRITE = "mobile:write"
    ADMIN_READ = "admin:read"
    ADMIN_WRITE = "admin:write"
    AUDIT_READ = "audit:read"

    @property
    def module(self) -> str:
        return self.value.split(":", 1)[0]


def _rw(module: str) -> set[Permission]:
    return {Permission(f"{module}:read"), Permission(f"{module}:write")}


def _r(module: str) -> set[Permission]:
    return {Permission(f"{module}:read")}


# Seed rows folded into our nine modules (PRODUCT.md): Inventario/Fornecedores -> projects and
# finance, Orcamentos -> contracts, Intel Feed -> content/hunter, RH & Agentes -> agents,
# App Android -> mobile. Where folding merges two rows, the narrower access wins for reads of
# money (finance) and the wider one for production work (projects).
ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.admin: frozenset(Permission),
    Role.diretor: frozenset(
        _rw("hunter") | _rw("sdr") | _rw("crm") | _rw("contracts") | _rw("projects")
        | _r("finance") | _rw("content") | _rw("social") | _rw("analytics") | _r("agents")
        | _rw("mobile")
    ),
    Role.comercial: frozenset(
        _r("hunter") | _r("sdr") | _rw("crm") | _r("contracts") | _r("projects")
        | _r("content") | _r("social") | _r("analytics") | _rw("mobile")
    ),
    Role.campo: frozenset(_r("projects") | _rw("mobile")),
    Role.agente_ia: frozenset(
        _rw("hunter") | _rw("sdr") | _r("crm") | _rw("content") | _rw("social") | _r("analytics")
    ),
    Role.cliente: frozenset(
        _r("contracts") | _r("projects") | _r("finance") | _r("content") | _r("analytics")
        | _rw("mobile")
    ),
}

# Roles whose access to a module is limited to their own records (the seed's asterisks).
OWNER_SCOPED: dict[Role, frozenset[str]] = {
    Role.comercial: frozenset({"crm", "hunter", "sdr"}),
    Role.campo: frozenset({"projects"}),
}
CLIENT_SCOPED_MODULES = frozenset({"projects", "contracts", "finance", "content", "analytics"})


def permissions_for(role: Role) -> frozenset[Permission]:
    return ROLE_PERMISSIONS[role]


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]
