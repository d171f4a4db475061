"""The graph we write: the contract's shape, a golden graph, determinism and SHACL conformance."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from rdflib import RDF, RDFS, Dataset, Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, PROV, SKOS, XSD

from spacegraph import rdf, shacl
from spacegraph.namespace import RELATIONS, SG, SGR, VALUES
from spacegraph.resolve import resolve

GOLDEN = Path(__file__).parent / "data" / "golden"
EXPECTED = GOLDEN / "expected.ttl"


def _golden_graph(pipeline) -> Graph:
    # build from a copy of the articles named as a relative path, so dcterms:source does not depend on where the repo lives
    cwd = os.getcwd()
    os.chdir(GOLDEN.parent)
    try:
        return rdf.to_graph(pipeline.build(["golden"]))
    finally:
        os.chdir(cwd)


def test_golden_graph_is_isomorphic(pipeline):
    """Regenerate after an intended change with SPACEGRAPH_UPDATE_GOLDEN=1, then review the diff in git."""
    got = _golden_graph(pipeline)
    if os.environ.get("SPACEGRAPH_UPDATE_GOLDEN"):
        EXPECTED.write_bytes(rdf.serialize(got))
    expected = Graph().parse(EXPECTED, format="turtle")
    if not isomorphic(got, expected):
        _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(got))
        lines = [f"- {t}" for t in sorted(missing)][:20] + [f"+ {t}" for t in sorted(extra)][:20]
        raise AssertionError("graph differs from tests/data/golden/expected.ttl:\n" + "\n".join(lines))


def test_golden_graph_content(pipeline):
    """What the two golden articles say, checked fact by fact (the isomorphism test alone would freeze mistakes)."""
    g = _golden_graph(pipeline)
    mission, iss = SGR["mission/soyuz-ms-19"], SGR["station/international-space-station"]
    assert (mission, SG.operator, SGR["agency/roscosmos"]) in g
    assert (mission, SG.commander, SGR["person/anton-shkaplerov"]) in g
    assert (mission, SG.crewMember, SGR["person/anton-shkaplerov"]) in g
    assert (mission, SG.crewMember, SGR["person/klim-shipenko"]) in g
    assert (mission, SG.destination, iss) in g
    assert (mission, SG.launchDate, Literal("2021-10-05", datatype=XSD.date)) in g
    accords = SGR["agreement/artemis-accords"]
    assert (accords, SG.party, SGR["country/israel"]) in g
    assert (accords, SG.signedOn, Literal("2022-01-26", datatype=XSD.date)) in g
    assert not list(g.subjects(RDFS.label, Literal("Ceasefire talks resume")))


def test_contract_shape(sample_graph):
    g = sample_graph
    articles = set(g.subjects(RDF.type, SG.Article))
    assert len(articles) == 12
    for a in articles:
        assert g.value(a, DCTERMS.source) and g.value(a, DCTERMS.title)
    for s in set(g.subjects(SG.mentionedIn, None)):
        assert len(list(g.objects(s, RDFS.label))) == 1
    facts = [(s, SG[p], o) for p in list(RELATIONS) + list(VALUES) for s, o in g.subject_objects(SG[p])]
    assert len(facts) > 50
    for s, p, o in facts:
        evidence = set(g.subjects(RDF.subject, s)) & set(g.subjects(RDF.predicate, p)) & set(g.subjects(RDF.object, o))
        assert evidence, f"no evidence for {s} {p} {o}"
        for ev in evidence:
            assert g.value(ev, PROV.wasDerivedFrom) in articles
            assert str(g.value(ev, SG.sentence))
            assert 0 < float(g.value(ev, SG.confidence)) <= 1
            assert g.value(ev, SG.confidence).datatype == XSD.decimal


def test_names_resolve_to_one_entity(sample_graph):
    g = sample_graph
    shenzhou = [s for s in g.subjects(RDFS.label, Literal("Shenzhou-16"))]
    assert len(shenzhou) == 1
    alts = {str(o) for o in g.objects(shenzhou[0], SKOS.altLabel)}
    assert "Shenzhou XVI" in alts
    china = SGR["country/china"]
    assert Literal("Chinese") in set(g.objects(china, SKOS.altLabel))


def test_sample_graph_conforms_to_the_shapes(sample_graph):
    conforms, report = shacl.validate(sample_graph)
    assert conforms, report


def test_shapes_report_violations_with_contract_sections():
    g = Graph()
    m, p = URIRef("http://example.org/m"), URIRef("http://example.org/p")
    g.add((m, RDF.type, SG.Mission))
    g.add((m, RDFS.label, Literal("M")))
    g.add((m, SG.crewMember, p))
    g.add((p, RDF.type, SG.Person))
    conforms, report = shacl.validate(g)
    assert not conforms
    assert "a crew member is a sg:Astronaut (CONTRACT.md, Properties: crewMember)" in report
    assert "has no rdf:Statement evidence node" in report


def test_same_input_same_bytes_in_any_process_and_order(tmp_path):
    """Two processes with different hash seeds, the inputs in different orders: byte-identical Turtle."""
    sample = Path(__file__).resolve().parents[1] / "corpus" / "sample" / "articles"
    files = sorted(str(p) for p in sample.iterdir())
    outputs = []
    for seed, order in (("1", files), ("2", list(reversed(files)))):
        out = tmp_path / f"run{seed}"
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "spacegraph", "build", *order, "-o", str(out), "--no-html", "-q"],
                       check=True, env=env)
        outputs.append((out / "graph.ttl").read_bytes())
    assert outputs[0] == outputs[1]


def test_iris_do_not_depend_on_the_other_articles(pipeline):
    sample = Path(__file__).resolve().parents[1] / "corpus" / "sample" / "articles"
    alone = resolve(pipeline.extract(pipeline.read([sample / "crew7-launch.html"])), pipeline.kb)
    together = pipeline.build([sample])
    assert set(alone.entities) <= set(together.entities)


def test_other_serialisations_round_trip(sample_graph):
    for fmt in ("nt", "trig", "nquads", "jsonld", "xml"):
        data = rdf.serialize(sample_graph, fmt)
        ds = Dataset()
        ds.parse(data=data, format=rdf.FORMATS[fmt][0])
        parsed = Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            parsed.add((s, p, o))
        assert isomorphic(parsed, sample_graph), fmt
        assert data == rdf.serialize(sample_graph, fmt) or fmt in ("jsonld", "xml"), f"{fmt} is not deterministic"


def test_min_confidence_drops_weak_facts(pipeline, sample_corpus):
    extractions = pipeline.extract(pipeline.read([Path(__file__).resolve().parents[1] / "corpus" / "sample" / "articles"]))
    strict = resolve(extractions, pipeline.kb, min_confidence=0.8)
    assert 0 < len(strict.facts) < len(sample_corpus.facts)
    assert all(f.confidence >= 0.8 for f in strict.facts)


def test_an_independent_parser_reads_the_turtle(sample_graph_file):
    """Debian's raptor (rapper) parses what we write, when it is installed (apt-get install raptor2-utils)."""
    import shutil

    rapper = shutil.which("rapper")
    if rapper is None:
        import pytest

        pytest.skip("rapper (raptor2-utils) is not installed")
    result = subprocess.run([rapper, "-i", "turtle", "-c", str(sample_graph_file)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    triples = int(re.search(r"returned (\d+) triples", result.stderr).group(1))
    assert triples == len(Graph().parse(sample_graph_file))
