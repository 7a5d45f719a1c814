"""Long-term memory in local-mode Qdrant: what is stored is found by meaning, only ever
within the caller's organization, filtered, forgotten on request, and never mixed with
vectors of another embedder."""

from __future__ import annotations

import uuid

import httpx
import pytest
import respx

from app.ai.embeddings import embedder_for
from app.ai.memory import Collection, EmbedderMismatch, Record, VectorMemory, vector_memory
from tests.ai.memory.openai_wire import OPENAI, embedding_answer

LEADS = [
    Record("wedding", "Estudio que filma casamentos e produz video de casamento em Campinas",
           {"segment": "casamentos", "city": "Campinas"}),
    Record("restaurant", "Restaurante de comida japonesa com rodizio e delivery",
           {"segment": "restaurantes", "city": "Campinas"}),
    Record("gym", "Academia de musculacao e crossfit aberta 24 horas",
           {"segment": "fitness", "city": "Santos"}),
    Record("school", "Escola de idiomas com cursos de ingles e espanhol para criancas",
           {"segment": "educacao", "city": "Santos"}),
]


@pytest.fixture
def org_id() -> uuid.UUID:
    return uuid.uuid4()


@pytest.fixture
def two_orgs() -> tuple[uuid.UUID, uuid.UUID]:
    return uuid.uuid4(), uuid.uuid4()


@pytest.fixture
async def leads(org_id) -> uuid.UUID:
    await vector_memory.upsert_many(Collection.leads, org_id, LEADS)
    return org_id


class TestSemanticRoundTrip:
    async def test_the_closest_text_comes_first(self, leads):
        hits = await vector_memory.search(Collection.leads, leads,
                                          "produtora de video para casamento", limit=4)

        assert hits[0].id == "wedding"
        assert hits[0].payload == {"segment": "casamentos", "city": "Campinas"}
        assert hits[0].text == LEADS[0].text
        assert hits[0].score > hits[1].score
        scores = [hit.score for hit in hits]
        assert scores == sorted(scores, reverse=True)

    async def test_each_query_finds_its_own_lead(self, leads):
        queries = {"restaurante japones": "restaurant", "aulas de ingles": "school",
                   "academia crossfit": "gym"}
        for query, expected in queries.items():
            hits = await vector_memory.search(Collection.leads, leads, query, limit=1)
            assert [hit.id for hit in hits] == [expected], query

    async def test_upsert_replaces_the_record(self, leads):
        await vector_memory.upsert(Collection.leads, leads, "gym",
                                   "Buffet infantil para festas de aniversario")

        hits = await vector_memory.search(Collection.leads, leads, "festa de aniversario infantil",
                                          limit=1)

        assert [(h.id, h.payload) for h in hits] == [("gym", {})]

    async def test_payload_filters_narrow_the_search(self, leads):
        hits = await vector_memory.search(Collection.leads, leads, "video de casamento",
                                          filters={"city": "Santos"})
        assert {hit.id for hit in hits} == {"gym", "school"}

        hits = await vector_memory.search(Collection.leads, leads, "video de casamento",
                                          filters={"segment": ["fitness", "restaurantes"]})
        assert {hit.id for hit in hits} == {"gym", "restaurant"}


class TestOrganizationIsolation:
    async def test_identical_texts_of_two_organizations_never_cross(self, two_orgs):
        first, second = two_orgs
        for org in (first, second):
            await vector_memory.upsert_many(
                Collection.knowledge_base, org,
                [Record(f"{org}-{r.id}", r.text, r.payload) for r in LEADS])

        cross = 0
        for org, other in ((first, second), (second, first)):
            for record in LEADS:
                hits = await vector_memory.search(Collection.knowledge_base, org, record.text,
                                                  limit=10)
                assert len(hits) == len(LEADS)
                cross += sum(hit.id.startswith(str(other)) for hit in hits)

        assert cross == 0

    async def test_same_record_id_in_two_organizations_are_two_points(self, two_orgs):
        first, second = two_orgs
        await vector_memory.upsert(Collection.contracts, first, "clause-1", "multa por atraso")
        await vector_memory.upsert(Collection.contracts, second, "clause-1", "direito de imagem")

        await vector_memory.delete(Collection.contracts, second, ["clause-1"])

        kept = await vector_memory.search(Collection.contracts, first, "multa por atraso")
        gone = await vector_memory.search(Collection.contracts, second, "direito de imagem")
        assert [(h.id, h.text) for h in kept] == [("clause-1", "multa por atraso")]
        assert gone == []

    async def test_the_organization_filter_cannot_be_replaced(self, leads):
        with pytest.raises(ValueError, match="reserved"):
            await vector_memory.search(Collection.leads, leads, "video",
                                       filters={"organization_id": str(uuid.uuid4())})

    async def test_payload_cannot_claim_another_organization(self, org_id):
        with pytest.raises(ValueError, match="reserved"):
            await vector_memory.upsert(Collection.leads, org_id, "x", "texto",
                                       {"organization_id": str(uuid.uuid4())})


class TestForgetting:
    async def test_delete_by_id(self, leads):
        await vector_memory.delete(Collection.leads, leads, ["wedding", "gym"])

        hits = await vector_memory.search(Collection.leads, leads, "casamento", limit=10)

        assert {hit.id for hit in hits} == {"restaurant", "school"}

    async def test_delete_an_organization_everywhere(self, leads, two_orgs):
        other, _ = two_orgs
        await vector_memory.upsert(Collection.content, leads, "post-1", "bastidores do casamento")
        await vector_memory.upsert(Collection.content, other, "post-1", "bastidores do casamento")

        await vector_memory.delete_organization(leads)

        assert await vector_memory.search(Collection.leads, leads, "casamento") == []
        assert await vector_memory.search(Collection.content, leads, "casamento") == []
        assert len(await vector_memory.search(Collection.content, other, "casamento")) == 1


class TestEmbedderRecorded:
    @respx.mock
    async def test_a_collection_refuses_another_embedders_vectors(self, leads):
        respx.post("https://api.openai.com/v1/embeddings").mock(
            return_value=httpx.Response(200, json=embedding_answer(["casamento"])))
        openai_memory = VectorMemory(embedder_for(OPENAI))

        with pytest.raises(EmbedderMismatch, match="offline-hash-v1"):
            await openai_memory.search(Collection.leads, leads, "casamento")
        with pytest.raises(EmbedderMismatch):
            await openai_memory.upsert(Collection.leads, leads, "x", "casamento")
