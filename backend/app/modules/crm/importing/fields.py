"""What a CSV column can map to, per entity, and the mapping suggested from the header
(Portuguese and English names)."""

from __future__ import annotations

from app.core.identifiers import fold
from app.modules.crm.models import CustomFieldDefinition, Entity

CUSTOM_PREFIX = "custom."
# Fields several columns may map to (their values add up).
MULTI = frozenset({"email", "phone", "whatsapp", "tags"})
REQUIRED = {Entity.company: "legal_name", Entity.contact: "name"}

FIELDS: dict[Entity, tuple[str, ...]] = {
    Entity.company: ("legal_name", "trade_name", "cnpj", "industry", "cnae", "size",
                     "website", "domain", "phone", "whatsapp", "street", "number",
                     "complement", "district", "city", "state", "cep", "tags"),
    Entity.contact: ("name", "email", "phone", "whatsapp", "job_title", "lead_source",
                     "legal_basis", "hunter_score", "company", "company_cnpj",
                     "company_domain", "tags"),
}

_SYNONYMS: dict[Entity, dict[str, str]] = {
    Entity.company: {
        "razao social": "legal_name", "legal name": "legal_name", "empresa": "legal_name",
        "company": "legal_name", "nome": "legal_name", "name": "legal_name",
        "nome fantasia": "trade_name", "fantasia": "trade_name", "trade name": "trade_name",
        "cnpj": "cnpj", "segmento": "industry", "setor": "industry", "industry": "industry",
        "cnae": "cnae", "porte": "size", "size": "size", "site": "website",
        "website": "website", "dominio": "domain", "domain": "domain",
        "telefone": "phone", "phone": "phone", "fone": "phone", "celular": "phone",
        "whatsapp": "whatsapp", "logradouro": "street", "endereco": "street",
        "rua": "street", "street": "street", "numero": "number", "number": "number",
        "complemento": "complement", "bairro": "district", "cidade": "city",
        "municipio": "city", "city": "city", "uf": "state", "estado": "state",
        "state": "state", "cep": "cep", "tags": "tags", "etiquetas": "tags",
    },
    Entity.contact: {
        "nome": "name", "name": "name", "nome completo": "name", "contato": "name",
        "e-mail": "email", "email": "email", "telefone": "phone", "phone": "phone",
        "fone": "phone", "celular": "phone", "whatsapp": "whatsapp", "cargo": "job_title",
        "job title": "job_title", "title": "job_title", "origem": "lead_source",
        "fonte": "lead_source", "source": "lead_source", "base legal": "legal_basis",
        "score": "hunter_score", "empresa": "company", "company": "company",
        "cnpj": "company_cnpj", "cnpj da empresa": "company_cnpj", "site": "company_domain",
        "dominio": "company_domain", "tags": "tags", "etiquetas": "tags",
    },
}


def allowed(entity: Entity, definitions: list[CustomFieldDefinition]) -> list[str]:
    return [*FIELDS[entity], *(CUSTOM_PREFIX + d.key for d in definitions)]


def _plain(name: str) -> str:
    return " ".join(fold(name).replace("_", " ").replace("-", " ").split())


def suggest(entity: Entity, columns: list[str], definitions: list[CustomFieldDefinition]
            ) -> dict[str, str | None]:
    synonyms = {**{_plain(k): v for k, v in _SYNONYMS[entity].items()},
                **{_plain(d.label): CUSTOM_PREFIX + d.key for d in definitions},
                **{_plain(f): f for f in FIELDS[entity]}}
    taken: set[str] = set()
    mapping: dict[str, str | None] = {}
    for column in columns:
        field = synonyms.get(_plain(column))
        if field and (field in MULTI or field not in taken):
            mapping[column] = field
            taken.add(field)
        else:
            mapping[column] = None
    return mapping
