"""Scoring follows the contract, and agrees with the independent scorer in ../shared/tools."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, XSD

from spacegraph import evaluate
from spacegraph.namespace import SG

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
EX = "http://example.org/"


def _graph() -> Graph:
    """One article, one mission with a right and a wrong crew member, an agreement matched by its parties."""
    g = Graph()
    a = URIRef(EX + "article/a1")
    g.add((a, RDF.type, SG.Article))
    g.add((a, DCTERMS.source, Literal("news/a1.txt")))

    def ent(name, cls, label):
        node = URIRef(EX + name)
        g.add((node, RDF.type, SG[cls]))
        g.add((node, RDFS.label, Literal(label)))
        g.add((node, SG.mentionedIn, a))
        return node

    def fact(s, p, o, n):
        g.add((s, SG[p], o))
        st = URIRef(EX + f"ev{n}")
        for pred, val in ((RDF.type, RDF.Statement), (RDF.subject, s), (RDF.predicate, SG[p]), (RDF.object, o),
                          (PROV.wasDerivedFrom, a), (SG.confidence, Literal("0.4" if n == 2 else "0.9", datatype=XSD.decimal))):
            g.add((st, pred, val))

    m = ent("m", "Mission", "Shenzhou-17")
    good, bad = ent("p1", "Astronaut", "Tang Hongbo"), ent("p2", "Astronaut", "Wang Yaping")
    china, pak = ent("cn", "Country", "China"), ent("pk", "Country", "Pakistan")
    ag = ent("ag", "Agreement", "China–Pakistan agreement")
    ent("x", "Country", "Atlantis")  # a false positive
    fact(m, "crewMember", good, 1)
    fact(m, "crewMember", bad, 2)
    fact(ag, "party", china, 3)
    fact(ag, "party", pak, 4)
    fact(ag, "signedOn", Literal("2025-02", datatype=XSD.gYearMonth), 5)
    return g


GOLD = {
    "format": "spacegraph-gold/1", "article": "a1.txt", "published": "2025-04-30",
    "entities": {
        "sz17": {"type": "Mission", "names": ["Shenzhou 17"]},
        "tang": {"type": "Astronaut", "names": ["Tang Hongbo"]},
        "wang": {"type": "Astronaut", "names": ["Wang Yaping"]},
        "jiang": {"type": "Astronaut", "names": ["Jiang Xinlin"]},
        "china": {"type": "Country", "names": ["China", "Chinese"]},
        "pakistan": {"type": "Country", "names": ["Pakistan"]},
        "deal": {"type": "Agreement", "names": ["agreement"]},
    },
    "relations": [["sz17", "crewMember", "tang"], ["sz17", "crewMember", "jiang"],
                  ["deal", "party", "china"], ["deal", "party", "pakistan"]],
    "values": [["deal", "signedOn", ["2025-02"]]],
    "ignore": [],
}


@pytest.fixture
def gold_dir(tmp_path):
    d = tmp_path / "gold"
    d.mkdir()
    (d / "a1.json").write_text(json.dumps(GOLD), encoding="utf-8")
    return d


def test_known_counts(gold_dir):
    report = evaluate.evaluate(_graph(), gold_dir)
    c = report.counts
    assert c["rel:crewMember"] == [1, 1, 1]
    assert c["rel:party"] == [2, 0, 0]
    assert c["value:signedOn"] == [1, 0, 0]
    assert c["entity:Country"] == [2, 1, 0]  # Atlantis is not in the gold
    assert c["entity:Astronaut"] == [2, 0, 1]  # Jiang Xinlin is missed
    s = report.summary()
    assert s["relation"]["tp"] == 4 and s["relation"]["fp"] == 1 and s["relation"]["fn"] == 1


def test_threshold_drops_weak_evidence(gold_dir):
    report = evaluate.evaluate(_graph(), gold_dir, min_confidence=0.5)
    assert report.counts["rel:crewMember"] == [1, 0, 1]


def test_explain_names_the_errors(gold_dir):
    text = evaluate.explain(evaluate.evaluate(_graph(), gold_dir, explain=True))
    assert "FP  rel:crewMember" in text and "Wang Yaping" in text
    assert "FN  rel:crewMember" in text and "Jiang Xinlin" in text


def test_normalisation():
    assert evaluate.normalize("Shenzhou XIX") == evaluate.normalize("Shenzhou-19")
    assert evaluate.normalize("The Chang’e 8") == evaluate.normalize("Chang'e-8")
    assert evaluate.normalize("Sławosz Uznański") == "slawosz uznanski"


def test_malformed_gold_is_refused(tmp_path):
    d = tmp_path / "g"
    d.mkdir()
    (d / "x.json").write_text(json.dumps({"format": "other"}), encoding="utf-8")
    with pytest.raises(evaluate.GoldError, match="spacegraph-gold/1"):
        evaluate.load_gold(d)
    (d / "x.json").write_text(json.dumps({**GOLD, "relations": [["sz17", "crewMember", "nobody"]]}), encoding="utf-8")
    with pytest.raises(evaluate.GoldError, match="not in 'entities'"):
        evaluate.load_gold(d)


def _figures(text: str) -> tuple[str, str]:
    m = re.search(r"entity F1 ([\d.]+) relation F1 ([\d.]+)", text)
    return m.group(1), m.group(2)


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score.py is not beside the repo")
@pytest.mark.parametrize("mode", ["article", "corpus"])
def test_agrees_with_the_independent_scorer(sample_graph_file, mode):
    from click.testing import CliRunner

    from spacegraph.cli import cli

    gold = ROOT / "corpus" / "sample" / "gold"
    ours = CliRunner().invoke(cli, ["eval", str(sample_graph_file), str(gold), "--mode", mode])
    theirs = subprocess.run([sys.executable, str(SCORER), str(sample_graph_file), str(gold), "--mode", mode],
                            capture_output=True, text=True, check=True)
    assert _figures(ours.output) == _figures(theirs.stdout)
    # and item by item
    table = lambda text: [line.split()[:4] for line in text.splitlines() if re.match(r"(entity|rel|value):", line)]  # noqa: E731
    assert table(ours.output) == table(theirs.stdout)
