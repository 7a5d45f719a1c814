"""Who may call the hunter's routes: readers (Admin, Diretor, Comercial on its own leads,
Agente_IA), writers (Admin, Diretor, Agente_IA)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from app.identity.deps import Require
from app.identity.roles import Permission

READ = Require(Permission.HUNTER_READ)
WRITE = Require(Permission.HUNTER_WRITE)

Limit = Annotated[int, Query(ge=1, le=200)]
