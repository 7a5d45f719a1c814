"""The offline engine: deterministic, built from the facts it is given, marked as offline."""

from __future__ import annotations

import json
import uuid

import pytest

from app.ai.offline import OFFLINE_MARK
from app.ai.offline.classify import classify
from app.ai.offline.engine import answer
from app.ai.offline.extract import extract
from app.ai.types import LLMRequest, Message, TaskKind

LABELS = ["interessado", "nao_interessado", "opt_out", "ausente", "duvida", "outro"]


def offline(task: TaskKind, facts: dict, text: str = "") -> str:
    return answer(LLMRequest(organization_id=uuid.uuid4(), agent="sdr_whatsapp", task=task,
                             messages=[Message("user", text)], facts=facts))


class TestMessages:
    FACTS = {"lead_name": "Marina", "company": "Café Aroma", "city": "Curitiba",
             "hook": "vocês inauguraram a terceira loja em outubro", "sender_name": "João"}

    def test_fills_the_template_with_the_leads_facts_and_marks_it(self):
        text = offline(TaskKind.message, self.FACTS)
        assert text.startswith("Olá, Marina!")
        for fact in ("João", "Café Aroma", "Curitiba", "terceira loja em outubro", "SAIR"):
            assert fact in text
        assert text.endswith(OFFLINE_MARK)

    def test_is_deterministic_and_leaves_out_what_it_does_not_know(self):
        assert offline(TaskKind.message, self.FACTS) == offline(TaskKind.message, self.FACTS)
        bare = offline(TaskKind.message, {})
        assert bare.startswith("Olá!") and "Vi que" not in bare and " em " not in bare

    def test_an_email_gets_a_subject(self):
        text = offline(TaskKind.message, {**self.FACTS, "channel": "email"})
        assert text.startswith("Assunto: Café Aroma")


class TestReasons:
    def test_explains_the_computed_breakdown_heaviest_first(self):
        text = offline(TaskKind.reason, {"score": 82, "breakdown": [
            {"criterion": "Porte", "weight": 0.2, "points": 12, "note": "50 funcionários"},
            {"criterion": "Segmento", "weight": 0.4, "points": 40, "note": "varejo"},
            {"criterion": "Presença digital", "weight": 0.4, "points": 30}]})
        lines = text.splitlines()
        assert lines[0] == "Pontuação 82."
        assert [line.split(" (")[0] for line in lines[2:5]] == [
            "- Segmento", "- Presença digital", "- Porte"]
        assert "50 funcionários" in text and text.endswith(OFFLINE_MARK)


class TestClassification:
    @pytest.mark.parametrize(("reply", "label"), [
        ("Tenho interesse sim, pode me ligar amanhã", "interessado"),
        ("Não tenho interesse, obrigado.", "nao_interessado"),
        ("nao temos interesse no momento", "nao_interessado"),
        ("Agora não, já temos uma produtora parceira", "nao_interessado"),
        ("Por favor, me descadastre dessa lista", "opt_out"),
        ("Não quero mais receber mensagens", "opt_out"),
        ("SAIR", "opt_out"),
        ("Tenho interesse, mas não me envie mais WhatsApp, só e-mail? Pare de enviar aqui",
         "opt_out"),
        ("Resposta automática: estou de férias, retorno em 10/12", "ausente"),
        ("Quanto custa um vídeo institucional?", "duvida"),
        ("Bom dia", "outro"),
    ])
    def test_portuguese_replies(self, reply, label):
        assert classify(reply, LABELS) == label
        assert offline(TaskKind.classify, {"labels": LABELS}, reply) == label

    def test_labels_are_matched_by_synonym_and_fall_back_to_the_last(self):
        assert classify("Não tenho interesse", ["positive", "negative"]) == "negative"
        assert classify("Olá", ["sim", "nao"]) == "nao"


class TestExtraction:
    def test_contacts_from_free_text(self):
        text = ("Fale com ana.souza@Agencia.com.br ou (11) 98765-4321, fixo 21 3456-7890. "
                "CNPJ 11.222.333/0001-81, inválido 11.222.333/0001-99. Site https://agencia.com.br.")
        found = json.loads(offline(TaskKind.extract, {"text": text}))
        assert found == extract(text)
        assert found["emails"] == ["ana.souza@agencia.com.br"]
        assert found["phones"] == ["+5511987654321", "+552134567890"]
        assert found["cnpjs"] == ["11222333000181"]
        assert found["urls"] == ["https://agencia.com.br"]


class TestSummariesDraftsAndAgentSteps:
    def test_summary_takes_the_leading_sentences(self):
        text = "Primeira frase. Segunda frase! Terceira? Quarta frase."
        summary = offline(TaskKind.summary, {"sentences": 2}, text)
        assert summary == f"Primeira frase. Segunda frase!\n\n{OFFLINE_MARK}"

    def test_draft_sections_from_facts(self):
        text = offline(TaskKind.draft, {"title": "Cláusula 3", "sections": [
            {"heading": "Pagamento", "body": "50% na assinatura."}]})
        assert text.startswith("# Cláusula 3\n\n## Pagamento\n50% na assinatura.")

    def test_agent_step_is_a_final_answer_crewai_accepts(self):
        text = offline(TaskKind.agent_step, {"answer": "Lead qualificado: 82 pontos"},
                       "Qualifique o lead.")
        assert "\nFinal Answer: Lead qualificado: 82 pontos" in text
