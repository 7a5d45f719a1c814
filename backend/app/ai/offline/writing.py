"""pt-BR prose written from facts: outreach messages, score reasons, summaries, drafts and
CrewAI final answers. Nothing is invented: a fact that is missing leaves its sentence out.

Facts read (all optional): lead_name/contact_name/name, company, city, hook (or hooks[0]),
channel ("whatsapp", "email", "linkedin"), sender_name, sender_company, segment, follow_up
(a later message of a cadence);
score and breakdown [{criterion, weight, points, note}] for reasons; title and sections
[{heading, body}] for drafts; text and sentences (how many) for summaries.
"""

from __future__ import annotations

from typing import Any

from app.ai.offline.text import first_fact, sentences

OPT_OUT_LINE = "Se preferir não receber mais mensagens, é só responder SAIR."


def message(facts: dict[str, Any]) -> str:
    if facts.get("follow_up"):
        return follow_up(facts)
    name = first_fact(facts, "lead_name", "contact_name", "name")
    company = first_fact(facts, "company", "company_name")
    city = first_fact(facts, "city")
    hooks = facts.get("hooks") or []
    hook = first_fact(facts, "hook", default=str(hooks[0]) if hooks else "")
    sender = first_fact(facts, "sender_name")
    sender_company = first_fact(facts, "sender_company", default="Somos Produtora")
    lines = [f"Olá, {name}!" if name else "Olá!"]
    intro = f"Aqui é {sender}, da {sender_company}" if sender else f"Aqui é da {sender_company}"
    lines.append(intro + ", produtora audiovisual.")
    if hook:
        lines.append(f"Vi que {hook.rstrip('.')}" + ".")
    target = f"a {company}" if company else "vocês"
    where = f" em {city}" if city else ""
    lines.append(f"Produzimos vídeos institucionais, campanhas e conteúdo para redes; "
                 f"acredito que podemos ajudar {target}{where}.")
    lines.append("Podemos conversar 15 minutos esta semana?")
    lines.append(OPT_OUT_LINE)
    body = "\n\n".join(lines)
    if facts.get("channel") == "email":
        subject = f"{company}: vídeo para a sua marca" if company else "Vídeo para a sua marca"
        body = f"Assunto: {subject}\n\n{body}"
    return body


def follow_up(facts: dict[str, Any]) -> str:
    """A later step of a cadence, to a lead who has not answered (fact `follow_up`)."""
    name = first_fact(facts, "lead_name", "contact_name", "name")
    company = first_fact(facts, "company", "company_name")
    lines = [f"Olá, {name}, tudo bem?" if name else "Olá, tudo bem?",
             "Passando para retomar a mensagem que enviei há alguns dias.",
             f"Se fizer sentido para {'a ' + company if company else 'vocês'}, posso mostrar "
             f"em 15 minutos alguns vídeos que produzimos para marcas parecidas.",
             OPT_OUT_LINE]
    body = "\n\n".join(lines)
    if facts.get("channel") == "email":
        body = f"Assunto: Retomando nossa conversa\n\n{body}"
    return body


def reason(facts: dict[str, Any]) -> str:
    breakdown = sorted(facts.get("breakdown") or [],
                       key=lambda item: float(item.get("points", 0)), reverse=True)
    score = facts.get("score")
    head = f"Pontuação {score}." if score is not None else "Pontuação calculada por critérios."
    if not breakdown:
        return head + " Nenhum critério detalhado foi informado."
    lines = [head, "Critérios, do que mais pesou ao que menos pesou:"]
    for item in breakdown:
        weight = f" (peso {item['weight']})" if item.get("weight") is not None else ""
        note = f": {item['note']}" if item.get("note") else ""
        lines.append(f"- {item.get('criterion', 'critério')}{weight}: "
                     f"{item.get('points', 0)} pontos{note}")
    return "\n".join(lines)


def summary(text: str, facts: dict[str, Any]) -> str:
    count = int(facts.get("sentences", 3))
    picked = sentences(text)[:count]
    return " ".join(picked) if picked else "Sem texto para resumir."


def draft(facts: dict[str, Any]) -> str:
    title = first_fact(facts, "title", default="Rascunho")
    parts = [f"# {title}"]
    sections = facts.get("sections")
    if isinstance(sections, list) and sections:
        for section in sections:
            parts.append(f"## {section.get('heading', '')}\n{section.get('body', '')}".strip())
    else:
        skip = {"title", "sections"}
        for key, value in facts.items():
            if key not in skip and value not in (None, "", [], {}):
                parts.append(f"## {key.replace('_', ' ').capitalize()}\n{value}")
    return "\n\n".join(parts)


def agent_step(task_text: str, facts: dict[str, Any]) -> str:
    """A ReAct reply CrewAI accepts as the end of the task: "Final Answer:" with the answer
    the caller put in `facts["answer"]`, else the task's facts listed, else the task."""
    if facts.get("answer"):
        answer = str(facts["answer"])
    else:
        listed = [f"- {k}: {v}" for k, v in facts.items() if v not in (None, "", [], {})]
        answer = "\n".join(listed) if listed else (sentences(task_text)[:1] or ["Sem dados."])[0]
    return ("Thought: resposta montada pelo motor offline a partir dos dados da tarefa.\n"
            f"Final Answer: {answer}")
