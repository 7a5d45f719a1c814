"""Rule-based classification of Portuguese replies (leads answering outreach).

Rules run in priority order: an opt-out beats everything (it must be honoured), an
auto-reply is not a human answer, a negated interest ("não tenho interesse") is a refusal
before any interest keyword is looked at. Labels are matched to the caller's
`facts["labels"]` by name or synonym; a text no rule recognises gets the caller's catch-all
label ("outro"/"other"/"unknown") when there is one, else the last label.
"""

from __future__ import annotations

import re

from app.ai.offline.text import fold

# (canonical label, synonyms for the caller's label names, patterns on folded text)
RULES: tuple[tuple[str, frozenset[str], tuple[str, ...]], ...] = (
    ("opt_out", frozenset({"opt_out", "optout", "descadastro", "sair", "unsubscribe"}), (
        r"\b(descadastr|remov[ae]|tir[ae]) (meu|o meu|me|minha)", r"\bdescadastr",
        r"nao (quero|desejo) (mais )?receber", r"\bpar[ae] de (me )?(enviar|mandar)",
        r"\bnao (me )?(envie|mande|contate|ligue) mais", r"^\s*(sair|stop|pare|parar)\s*[.!]*$",
        r"\bsair da lista")),
    ("out_of_office", frozenset({"out_of_office", "ausente", "fora_do_escritorio", "ooo"}), (
        r"resposta automatica", r"fora do escritorio", r"\bde ferias\b", r"\bestou ausente",
        r"\bretorno (em|no dia|na)\b", r"mensagem automatica", r"\bem licenca\b")),
    ("not_interested", frozenset({"not_interested", "nao_interessado", "sem_interesse",
                                  "recusa", "negative", "not_now", "agora_nao"}), (
        r"\b(nao|sem) (tenho |temos |ha )?(nenhum )?interesse", r"\bnao (me )?interessa",
        r"\bnao e (o|um bom) momento", r"\bagora nao\b", r"\bnao agora\b",
        r"\btalvez (mais tarde|depois|em|no|na)\b", r"\bmais (pra|para) frente\b",
        r"\b(no|na) (proximo|proxima) (mes|ano|semestre|semana)\b", r"\bnao precis(o|amos)",
        r"\bja (temos|tenho) (um |uma )?(fornecedor|produtora|parceir)", r"^\s*nao\s*[.!]*$")),
    ("interested", frozenset({"interested", "interessado", "interesse", "positive", "positivo"}), (
        r"\b(tenho|temos) interesse", r"\binteressad[oa]s?\b", r"\bvamos conversar",
        r"\bpode(mos)? (me )?ligar", r"\bquero saber mais", r"\bme (manda|envia|envie)",
        r"\bagendar\b", r"\bmarcar uma (reuniao|call|conversa)", r"\bpode ser\b",
        r"^\s*(sim|claro|com certeza)\b", r"\bgostaria de (saber|receber|ver)")),
    ("question", frozenset({"question", "duvida", "pergunta", "objection", "objecao"}), (
        r"\?", r"^\s*(como|quanto|qual|quais|quando|onde|por que|voces)\b")),
)
CATCH_ALL = ("outro", "other", "unknown", "desconhecido", "neutro", "neutral")


def _label_for(canonical: str, synonyms: frozenset[str], labels: list[str]) -> str | None:
    for label in labels:
        name = fold(label).replace(" ", "_").replace("-", "_")
        if name == canonical or name in synonyms:
            return label
    return None


def classify(text: str, labels: list[str]) -> str:
    folded = fold(text)
    for canonical, synonyms, patterns in RULES:
        label = _label_for(canonical, synonyms, labels)
        if label and any(re.search(p, folded, re.M) for p in patterns):
            return label
    for label in labels:
        if fold(label) in CATCH_ALL:
            return label
    return labels[-1] if labels else "outro"
