"""Shared fixtures: the spaCy pipeline and the sample graph are built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLE = ROOT / "corpus" / "sample"


@pytest.fixture(scope="session")
def pipeline():
    """The loaded model plus knowledge base (loading costs about a second; do it once)."""
    from spacegraph.pipeline import Pipeline

    return Pipeline.load()


@pytest.fixture(scope="session")
def sample_corpus(pipeline):
    """The sample corpus (make demo's input), resolved."""
    return pipeline.build([SAMPLE / "articles"])


@pytest.fixture(scope="session")
def sample_graph(sample_corpus):
    """The sample corpus as an rdflib Graph, as `spacegraph build corpus/sample/articles` writes it."""
    from spacegraph import rdf

    return rdf.to_graph(sample_corpus)


@pytest.fixture(scope="session")
def sample_graph_file(sample_graph, tmp_path_factory) -> Path:
    from spacegraph import rdf

    return rdf.write(sample_graph, tmp_path_factory.mktemp("sample") / "graph.ttl")


@pytest.fixture
def nlp(pipeline):
    return pipeline.nlp
