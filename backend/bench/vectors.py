"""`python -m bench.vectors [--points N] [--queries N]`

Embeddings and vector search on this machine, with no server: (a) the offline embedder's
texts per second on batches of 1,000 short Portuguese texts (term cache cleared before each
run, so every run pays for its whole vocabulary); (b) what one use of the local store costs
to open and close (core.vector opens it per use) at 1,000 and 10,000 points; (c) Qdrant local
mode search (the offline embedder's 384 dimensions) over 100,000 points of 10 organizations,
200 queries (`--queries`) with the organization filter, as `VectorMemory.search` makes them.
Prints one markdown table on stdout (progress on stderr); `python -m bench` runs it as a
subprocess with fewer queries and records the table in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.ai.embeddings.offline import OfflineEmbedder, term_features
from app.ai.memory.points import Collection, ensure_collection, make_point, organization_filter
from app.config import get_settings
from app.core.vector import open_store

if TYPE_CHECKING:
    from qdrant_client import QdrantClient

SUBJECTS = ["Produtora", "Estudio", "Agencia", "Buffet", "Clinica", "Restaurante", "Escola",
            "Academia", "Loja", "Construtora", "Hotel", "Pousada", "Igreja", "Salao"]
ACTIVITIES = ["video de casamento", "filmagem de eventos", "fotografia de produto",
              "comida japonesa", "cursos de ingles", "musculacao e pilates", "moda feminina",
              "imoveis de alto padrao", "festas infantis", "ensaios de gestante",
              "institucional para empresas", "cobertura de formaturas", "drone e aereas"]
CITIES = ["Sao Paulo", "Campinas", "Santos", "Belo Horizonte", "Curitiba", "Recife",
          "Porto Alegre", "Salvador", "Florianopolis", "Goiania"]
QUALIFIERS = ["com 10 anos de mercado", "atende todo o estado", "procura parceiros",
              "abriu filial nova", "publica no Instagram toda semana", "pediu orcamento"]
ORGANIZATIONS = 10
INSERT_BATCH = 1_000
DEFAULT_QUERIES = 200


@dataclass(frozen=True)
class BenchRow:
    metric: str
    value: float
    unit: str
    note: str = ""


def texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)  # noqa: S311 - reproducible sample texts, not secrets
    return [f"{rng.choice(SUBJECTS)} de {rng.choice(ACTIVITIES)} em {rng.choice(CITIES)}, "
            f"{rng.choice(QUALIFIERS)} (#{n})" for n in range(count)]


def embedder_throughput(batch: int = 1_000, runs: int = 5) -> list[BenchRow]:
    embedder = OfflineEmbedder()
    rates = []
    for run in range(runs):
        sample = texts(batch, seed=run)
        term_features.cache_clear()
        started = time.perf_counter()
        embedder.embed_sync(sample)
        rates.append(batch / (time.perf_counter() - started))
    note = f"{runs} runs of {batch:,} texts, term cache cleared before each"
    return [BenchRow("offline embedder, median", statistics.median(rates), "texts/s", note),
            BenchRow("offline embedder, slowest run", min(rates), "texts/s", note)]


@contextmanager
def _temporary_local_store() -> Iterator[Path]:
    settings = get_settings()
    saved = settings.data_dir, settings.qdrant_url
    with tempfile.TemporaryDirectory(prefix="bench-qdrant-") as folder:
        settings.data_dir, settings.qdrant_url = Path(folder), ""
        try:
            yield Path(folder)
        finally:
            settings.data_dir, settings.qdrant_url = saved


def _fill(client: QdrantClient, first: int, count: int, embedder: OfflineEmbedder,
          organizations: list[uuid.UUID]) -> None:
    ensure_collection(client, Collection.knowledge_base, embedder)
    for start in range(first, first + count, INSERT_BATCH):
        batch = texts(min(INSERT_BATCH, first + count - start), seed=start)
        vectors = embedder.embed_sync(batch)
        client.upsert(Collection.knowledge_base.value, wait=True, points=[
            make_point(organizations[(start + i) % len(organizations)], str(start + i),
                       text, vector, embedder.name)
            for i, (text, vector) in enumerate(zip(batch, vectors, strict=True))])


def _open_close_ms(repeats: int = 3) -> float:
    timings = []
    for _ in range(repeats):
        started = time.perf_counter()
        with open_store():
            pass
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def local_store_open_cost(sizes: tuple[int, ...] = (1_000, 10_000)) -> list[BenchRow]:
    """What one `open_store()` costs in local mode (lock, load every point, close)."""
    embedder = OfflineEmbedder()
    organizations = [uuid.uuid4() for _ in range(ORGANIZATIONS)]
    rows, stored = [], 0
    with _temporary_local_store():
        for size in sizes:
            with open_store() as client:
                _fill(client, stored, size - stored, embedder, organizations)
            stored = size
            rows.append(BenchRow(f"local store open + close, {size:,} points",
                                 _open_close_ms(), "ms", "one use of core.vector.open_store()"))
    return rows


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


def local_search_latency(points: int = 100_000, queries: int = DEFAULT_QUERIES) -> list[BenchRow]:
    """Searches as VectorMemory.search makes them, on an open local-mode collection. Filled in
    memory (`:memory:` runs the same search code as a folder; the folder only adds a SQLite
    write per point, ~3 ms here, which would make filling 100,000 points take minutes)."""
    from qdrant_client import QdrantClient

    embedder = OfflineEmbedder()
    organizations = [uuid.uuid4() for _ in range(ORGANIZATIONS)]
    client = QdrantClient(location=":memory:")
    with warnings.catch_warnings():  # measuring past local mode's 20,000-point advice is the point
        warnings.filterwarnings("ignore", "Local mode is not recommended")
        _fill(client, 0, points, embedder, organizations)
    latencies = []
    for n, vector in enumerate(embedder.embed_sync(texts(queries, seed=points))):
        query_filter = organization_filter(organizations[n % len(organizations)])
        started = time.perf_counter()
        client.query_points(Collection.knowledge_base.value, query=vector, using=embedder.name,
                            query_filter=query_filter, limit=10)
        latencies.append((time.perf_counter() - started) * 1000)
    client.close()
    reduced = (f" (reduced from {DEFAULT_QUERIES} to keep the run short)"
               if queries < DEFAULT_QUERIES else "")
    note = (f"{queries} queries{reduced}, top 10, organization filter "
            f"({points // ORGANIZATIONS:,} points per organization)")
    return [BenchRow(f"local search p50, {points:,} points", _percentile(latencies, 50), "ms",
                     note),
            BenchRow(f"local search p95, {points:,} points", _percentile(latencies, 95), "ms",
                     note)]


def markdown(rows: list[BenchRow]) -> str:
    lines = ["| metric | value | unit | how |", "|---|---|---|---|"]
    lines += [f"| {r.metric} | {r.value:,.1f} | {r.unit} | {r.note} |" for r in rows]
    return "\n".join(lines)


def main(points: int = 100_000, queries: int = DEFAULT_QUERIES) -> str:
    """Every measurement in order (progress on stderr), as one table."""
    print("bench.vectors: offline embedder", file=sys.stderr, flush=True)
    rows = embedder_throughput()
    print("bench.vectors: local store open + close", file=sys.stderr, flush=True)
    rows += local_store_open_cost()
    print(f"bench.vectors: local search, filling {points:,} points then {queries} queries",
          file=sys.stderr, flush=True)
    rows += local_search_latency(points, queries)
    return markdown(rows)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m bench.vectors")
    parser.add_argument("--points", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=DEFAULT_QUERIES)
    args = parser.parse_args()
    print(main(args.points, args.queries))
