"""ReAct replies of the scripted model for the outreach_draft crew."""

from __future__ import annotations

import json

DRAFT = "Oi Ana! Vi o trabalho da Agencia Horizonte e queria apresentar a Somos Produtora."


def action(tool: str, arguments: dict | None = None) -> str:
    return (f"Thought: next step\nAction: {tool}\n"
            f"Action Input: {json.dumps(arguments or {}, ensure_ascii=False)}")


def final(text: str = "Mensagem proposta; aprovacao pedida.") -> str:
    return f"Thought: I now know the final answer\nFinal Answer: {text}"


HAPPY_PATH = (action("lookup_lead"), action("request_approval", {"text": DRAFT}), final())
