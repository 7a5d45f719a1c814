"""The demo directory: 2,000 made-up Brazilian companies generated the same way every time
(seeded), so a fresh embedded stack has something to prospect. Every entry is demo data:
`demo=True`, domains under the non-existent `.demo` top-level domain, landline numbers that
reach no one (sends to demo leads never leave the sandbox). Not shown in production."""

from __future__ import annotations

import random
from functools import cache

from app.core.identifiers import cnpj_check_digits, fold
from app.modules.hunter.schemas.candidates import Candidate, PersonFound

SIZE = 2_000
SOURCE = "directory:demo"

# (segment, CNAE subclass, industry as Receita names it, words of its description)
SEGMENTS = (
    ("Agência", "7311400", "Agências de publicidade", "publicidade campanhas marcas criação"),
    ("Eventos", "8230001", "Serviços de organização de feiras, congressos e festas",
     "eventos corporativos casamentos festas"),
    ("Escola", "8513900", "Ensino fundamental", "escola educação alunos matrículas"),
    ("Restaurante", "5611201", "Restaurantes e similares", "gastronomia restaurante cardápio"),
    ("Clínica", "8630503", "Atividade médica ambulatorial", "clínica saúde consultas exames"),
    ("Imobiliária", "6821801", "Corretagem na compra e venda de imóveis",
     "imóveis lançamentos apartamentos"),
    ("Loja", "4781400", "Comércio varejista de artigos do vestuário", "moda varejo coleção loja"),
    ("Hotel", "5510801", "Hotéis", "hotel hospedagem turismo"),
    ("Academia", "9313100", "Atividades de condicionamento físico", "academia fitness treino"),
    ("Advocacia", "6911701", "Serviços advocatícios", "advocacia jurídico escritório"),
    ("Construtora", "4120400", "Construção de edifícios", "construção obras empreendimentos"),
    ("Software", "6201501", "Desenvolvimento de programas de computador",
     "software tecnologia startup"),
)
NAMES = ("Aurora", "Brisa", "Cerrado", "Delta", "Estrela", "Farol", "Girassol", "Horizonte",
         "Ipê", "Jangada", "Lume", "Maré", "Norte", "Oásis", "Pampa", "Quasar", "Raiz",
         "Sertão", "Trilha", "Urbano", "Vértice", "Xingu", "Aroeira", "Baobá", "Cajueiro",
         "Duna", "Encanto", "Fênix", "Guará", "Jacarandá", "Lagoa", "Mandacaru")
CITIES = (("São Paulo", "SP", "11"), ("Campinas", "SP", "19"), ("Santos", "SP", "13"),
          ("Rio de Janeiro", "RJ", "21"), ("Niterói", "RJ", "21"), ("Belo Horizonte", "MG", "31"),
          ("Curitiba", "PR", "41"), ("Porto Alegre", "RS", "51"), ("Florianópolis", "SC", "48"),
          ("Salvador", "BA", "71"), ("Recife", "PE", "81"), ("Fortaleza", "CE", "85"),
          ("Brasília", "DF", "61"), ("Goiânia", "GO", "62"), ("Manaus", "AM", "92"))
PEOPLE = ("Ana Souza", "Bruno Lima", "Carla Dias", "Diego Alves", "Eduarda Rocha",
          "Felipe Costa", "Gabriela Nunes", "Heitor Melo", "Isabela Prado", "João Ramos")
ROLES = ("Diretora de marketing", "Sócio-fundador", "Gerente de comunicação", "CEO",
         "Coordenadora de eventos")
SIZES = (("micro", 1, 9), ("small", 10, 49), ("medium", 50, 249), ("large", 250, 1200))


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in fold(text)).split())


@cache
def entries() -> tuple[Candidate, ...]:
    rng = random.Random(2026)  # noqa: S311 - made-up data, not security
    found = []
    names: set[str] = set()  # each made-up company has a name of its own
    for n in range(SIZE):
        segment, cnae, industry, words = SEGMENTS[n % len(SEGMENTS)]
        city, state, ddd = rng.choice(CITIES)
        size, low, high = rng.choices(SIZES, weights=(4, 4, 2, 1))[0]
        name = f"{segment} {rng.choice(NAMES)} {rng.choice(NAMES)}"
        while name in names:
            name = f"{segment} {rng.choice(NAMES)} {rng.choice(NAMES)}"
        names.add(name)
        slug = f"{_slug(name)}-{n}"
        base = f"{10_000_000 + n:08d}0001"
        person = rng.choice(PEOPLE)
        found.append(Candidate(
            name=name, source=SOURCE, demo=True, legal_name=f"{name} Ltda",
            cnpj=base + cnpj_check_digits(base), domain=f"{slug}.demo",
            website=f"https://{slug}.demo",
            phones=[f"+55{ddd}3{rng.randrange(100, 999)}{rng.randrange(1000, 9999)}"],
            emails=[f"contato@{slug}.demo"], city=city, state=state, cnae=cnae,
            industry=industry, size=size, employees=rng.randint(low, high),
            description=f"{segment} em {city}: {words}.",
            social_links=[f"https://instagram.com/{slug}"] if rng.random() < 0.7 else [],
            linkedin_url=(f"https://www.linkedin.com/company/{slug}"
                          if rng.random() < 0.5 else None),
            contacts=[PersonFound(name=person, role=rng.choice(ROLES),
                                  email=f"{_slug(person).split('-')[0]}@{slug}.demo")]))
    return tuple(found)
