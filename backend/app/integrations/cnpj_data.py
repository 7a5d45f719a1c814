"""Open CNPJ data: BrasilAPI (`GET https://brasilapi.com.br/api/cnpj/v1/{cnpj}`) or a
self-hosted minha-receita (`GET {base}/{cnpj}`), which answer with the same Receita Federal
field names: razao_social, nome_fantasia, cnae_fiscal, cnae_fiscal_descricao, porte,
municipio, uf, cep, ddd_telefone_1, email, situacao cadastral. No credentials; an empty
`INTEGRATIONS__CNPJ_DATA_BASE_URL` is sandbox mode."""

from __future__ import annotations

from typing import Any

from app.config import get_settings
from app.integrations.client import ServiceClient, ServiceRequest
from app.integrations.settings import IntegrationsSettings

SERVICE = "cnpj_data"
# Receita's "porte" as the CRM's sizes
_SIZES = {"MICRO EMPRESA": "micro", "ME": "micro", "EMPRESA DE PEQUENO PORTE": "small",
          "EPP": "small", "DEMAIS": "medium"}


def configured(s: IntegrationsSettings) -> bool:
    return bool(s.cnpj_data_base_url)


def client() -> ServiceClient:
    return ServiceClient(SERVICE, configured=configured(get_settings().integrations))


def lookup(cnpj: str) -> ServiceRequest:
    base = get_settings().integrations.cnpj_data_base_url.rstrip("/")
    return ServiceRequest("lookup_cnpj", "GET", f"{base}/{cnpj}")


def _phone(value: Any) -> str | None:
    digits = "".join(c for c in str(value or "") if c.isdigit())
    return f"+55{digits}" if len(digits) in (10, 11) else None


def company(body: Any) -> dict[str, Any]:
    """The answer as company fields (only those present)."""
    if not isinstance(body, dict):
        return {}
    cnae = body.get("cnae_fiscal")
    fields: dict[str, Any] = {
        "legal_name": body.get("razao_social"),
        "trade_name": body.get("nome_fantasia") or None,
        "cnae": f"{int(cnae):07d}" if str(cnae or "").isdigit() else None,
        "industry": body.get("cnae_fiscal_descricao"),
        "size": _SIZES.get(str(body.get("porte") or "").upper()),
        "city": body.get("municipio"),
        "state": body.get("uf"),
        "postal_code": body.get("cep"),
        "phones": [p for p in (_phone(body.get("ddd_telefone_1")),
                               _phone(body.get("ddd_telefone_2"))) if p],
        "emails": [str(body["email"]).lower()] if body.get("email") else [],
        "registration_status": body.get("descricao_situacao_cadastral"),
    }
    return {k: v for k, v in fields.items() if v not in (None, "", [])}
