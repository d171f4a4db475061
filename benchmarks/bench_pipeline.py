"""Speed and memory of the extraction pipeline, as ratios against plain spaCy run in the same process.

    python benchmarks/bench_pipeline.py [--repeat N] [--articles DIR]

Baseline: the same English model's ``nlp.pipe`` over the same texts, nothing else. Measured: spacegraph's
pipeline (KB ruler and merging before tok2vec, typer after NER) and the whole build (ingest, nlp,
extraction, resolution, RDF). Absolute times vary between machines; the ratios are what to compare.
"""

from __future__ import annotations

import argparse
import gc
import time
import tracemalloc
from pathlib import Path

import spacy

from spacegraph import rdf
from spacegraph.nlp import resolve_model_name
from spacegraph.pipeline import Pipeline
from spacegraph.resolve import resolve

ROOT = Path(__file__).resolve().parents[1]


def timed(fn, repeat: int) -> tuple[float, float]:
    """Median seconds of ``fn`` over ``repeat`` untraced runs, and its peak Python allocation (MiB) in one
    more run under tracemalloc (tracing slows Python code down, so it never overlaps the timing)."""
    fn()  # warm-up: lazy loading and caches
    times = []
    for _ in range(repeat):
        gc.collect()
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    gc.collect()
    tracemalloc.start()
    fn()
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    times.sort()
    return times[len(times) // 2], peak / 2**20


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--articles", type=Path, nargs="+",
                    default=[ROOT / "corpus" / "sample" / "articles", ROOT / "corpus" / "dev" / "articles"])
    args = ap.parse_args()

    pipe = Pipeline.load()
    articles = pipe.read(args.articles)
    texts = [b.text for a in articles for b in a.blocks]
    plain = spacy.load(resolve_model_name(None))
    tokens = sum(len(d) for d in plain.tokenizer.pipe(texts))
    print(f"{len(articles)} articles, {len(texts)} blocks, {tokens} tokens; median of {args.repeat} runs\n")

    base_t, base_m = timed(lambda: list(plain.pipe(texts)), args.repeat)
    rows = [("plain spaCy nlp.pipe (baseline)", base_t, base_m)]
    rows.append(("spacegraph nlp.pipe (ruler + typer)", *timed(lambda: list(pipe.nlp.pipe(texts)), args.repeat)))
    rows.append(("spacegraph extract (nlp + rules)", *timed(lambda: pipe.extract(articles), args.repeat)))
    rows.append(("spacegraph build to Turtle bytes", *timed(
        lambda: rdf.serialize(rdf.to_graph(resolve(pipe.extract(articles), pipe.kb))), args.repeat)))

    print(f"{'stage':40} {'seconds':>8} {'tokens/s':>9} {'x base':>7} {'peak MiB':>9} {'x base':>7}")
    for name, t, m in rows:
        print(f"{name:40} {t:8.2f} {tokens / t:9.0f} {t / base_t:7.2f} {m:9.1f} {m / base_m:7.2f}")


if __name__ == "__main__":
    main()
