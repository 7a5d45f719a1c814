"""The deterministic score: weighted criteria, required ones, disqualifiers, the blend with
similarity to won customers, tiers from the threshold."""

from __future__ import annotations

from app.modules.hunter.schemas.icps import IcpCriteria
from app.modules.hunter.scoring import score

ICP = IcpCriteria(industries=["publicidade"], states=["SP"], sizes=["medium"],
                  keywords=["campanhas", "marcas"], disqualifiers=["governo"])
AGENCY = {"name": "Agência Norte", "industry": "Agências de publicidade",
          "description": "campanhas para marcas", "state": "SP", "city": "São Paulo",
          "size": "medium", "phones": ["+551133334444"], "website": "https://norte.demo"}


def points(result, criterion: str) -> float:
    return next(i["points"] for i in result.breakdown if i["criterion"] == criterion)


class TestScore:
    def test_a_lead_meeting_every_criterion_scores_100_and_is_hot(self):
        result = score(AGENCY, ICP, 70)
        assert (result.score, result.tier, result.qualified) == (100, "hot", True)
        assert {i["criterion"] for i in result.breakdown} == {
            "industry", "size", "location", "keywords", "contactable", "web_presence"}
        assert round(sum(i["points"] for i in result.breakdown)) == 100

    def test_each_miss_costs_its_weight(self):
        elsewhere = score({**AGENCY, "state": "RJ", "size": "micro"}, ICP, 70)
        # location (3) and size (2) of 3+2+3+2+2+1 = 13 missed
        assert elsewhere.score == round(100 * 8 / 13)
        assert points(elsewhere, "location") == 0 and points(elsewhere, "industry") > 0
        assert (elsewhere.tier, elsewhere.qualified) == ("warm", False)
        half = score({**AGENCY, "description": "campanhas"}, ICP, 70)
        assert points(half, "keywords") == round(100 * 2 * 0.5 / 13, 1)

    def test_a_disqualifying_word_zeroes_the_score(self):
        result = score({**AGENCY, "description": "campanhas do governo"}, ICP, 70)
        assert (result.score, result.tier, result.qualified) == (0, "cold", False)
        assert result.disqualified_by == "governo"

    def test_a_required_criterion_missed_is_not_qualified_whatever_the_score(self):
        icp = ICP.model_copy(update={"required": ["location"]})
        result = score({**AGENCY, "state": "RJ"}, icp, 50)
        assert result.score >= 50 and not result.qualified
        assert result.disqualified_by == "obrigatório não atendido: Localização"

    def test_similarity_to_won_customers_is_a_fifth_of_the_score(self):
        close = score(AGENCY, ICP, 70, similarity=1.0)
        far = score(AGENCY, ICP, 70, similarity=0.0)
        assert (close.score, far.score) == (100, 80)
        assert points(far, "similarity") == 0 and points(close, "similarity") == 20
