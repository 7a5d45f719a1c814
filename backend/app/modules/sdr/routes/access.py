"""Who may call the SDR's routes: readers (Admin, Diretor, Comercial, Agente_IA), writers
(Admin, Diretor, Agente_IA), per the seed's SDR row."""

from app.identity.deps import Require
from app.identity.roles import Permission

READ = Require(Permission.SDR_READ)
WRITE = Require(Permission.SDR_WRITE)
