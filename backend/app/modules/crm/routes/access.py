"""Who may call the CRM's routes: readers (Admin, Diretor, Comercial, Agente_IA), writers
(Admin, Diretor, Comercial) and, for the organization's configuration (pipelines, stages,
custom fields), Admin and Diretor."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from app.identity.deps import Require
from app.identity.roles import Permission, Role

READ = Require(Permission.CRM_READ)
WRITE = Require(Permission.CRM_WRITE)
CONFIGURE = Require(Permission.CRM_WRITE, roles=(Role.admin, Role.diretor))

Limit = Annotated[int, Query(ge=1, le=200)]
