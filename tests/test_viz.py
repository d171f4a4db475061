"""The HTML view without a browser: its data, its safety, its offline-ness and determinism."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from decimal import Decimal

import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal, URIRef
from rdflib import namespace as rns
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from spacegraph import rdf, viz
from spacegraph.cli import cli
from spacegraph.namespace import SG, SGR

EVIL = "</script><img src=x onerror=alert(1)>"


def _evidence(g: Graph, s, p, o, article, sentence, confidence, n=0):
    node = SGR["evidence/" + hashlib.sha1(f"{s}|{p}|{o}|{n}".encode()).hexdigest()[:16]]
    g.add((node, RDF.type, RDF.Statement))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    g.add((node, PROV.wasDerivedFrom, article))
    g.add((node, SG.sentence, Literal(sentence)))
    g.add((node, SG.confidence, Literal(Decimal(confidence), datatype=rns.XSD.decimal)))
    g.add((node, SG.rule, Literal("test-rule")))
    g.add((node, SG.section, Literal("body")))


def small_graph(order: int = 1) -> Graph:
    """Shenzhou-17 and friends: 6 entities (one with two types), 6 relations, 2 dated values, 2 articles."""
    g = rdf.new_graph()
    art1, art2 = SGR["article/one"], SGR["article/two"]
    ent = {
        "sz17": (SGR["mission/shenzhou-17"], ["Mission"], "Shenzhou-17", ["Shenzhou XVII", "Shenzhou 17"]),
        "tang": (SGR["person/tang-hongbo"], ["Astronaut"], "Tang Hongbo", []),
        "cnsa": (SGR["agency/cnsa"], ["Agency", "Organization"], "CNSA", ["China National Space Administration"]),
        "china": (SGR["country/china"], ["Country"], "China", ["Chinese", "PRC"]),
        "tiangong": (SGR["station/tiangong"], ["SpaceStation"], "Tiangong", ["Tiangong space station"]),
        "deal": (SGR["agreement/china-pakistan"], ["Agreement"], "China-Pakistan agreement", []),
    }
    triples = []
    for a, title, issued in ((art1, "Shenzhou-17 launches", "2023-10-26"), (art2, "China & Pakistan sign", "2025-03-01")):
        triples += [(a, RDF.type, SG.Article), (a, DCTERMS.title, Literal(title)),
                    (a, DCTERMS.source, Literal(f"articles/{a.split('/')[-1]}.txt")),
                    (a, DCTERMS.issued, Literal(issued, datatype=rns.XSD.date))]
    for iri, classes, label, alts in ent.values():
        triples += [(iri, RDF.type, SG[c]) for c in classes]
        triples += [(iri, RDFS.label, Literal(label)), (iri, SG.mentionedIn, art1)]
        triples += [(iri, SKOS.altLabel, Literal(a)) for a in alts]
    triples.append((ent["deal"][0], SG.mentionedIn, art2))
    if order < 0:
        triples.reverse()
    for t in triples:
        g.add(t)
    s1 = "CNSA launched Shenzhou 17 to Tiangong, with mission commander Tang Hongbo."
    facts = [
        ("sz17", SG.commander, "tang", art1, s1, "0.81"),
        ("sz17", SG.crewMember, "tang", art1, s1, "0.85"),
        ("sz17", SG.operator, "cnsa", art1, s1, "0.72"),
        ("sz17", SG.destination, "tiangong", art1, s1, "0.79"),
        ("cnsa", SG.country, "china", art1, "China's CNSA.", "0.30"),
        ("deal", SG.party, "china", art2, "An agreement between China and Pakistan.", "0.60"),
    ]
    for s, p, o, art, sentence, conf in facts[::order]:
        g.add((ent[s][0], p, ent[o][0]))
        _evidence(g, ent[s][0], p, ent[o][0], art, sentence, conf)
    _evidence(g, ent["sz17"][0], SG.operator, ent["cnsa"][0], art2, "CNSA operated it.", "0.90", n=1)
    launch = Literal("2023-10-26", datatype=rns.XSD.date)
    signed = Literal("2025-02", datatype=rns.XSD.gYearMonth)
    g.add((ent["sz17"][0], SG.launchDate, launch))
    _evidence(g, ent["sz17"][0], SG.launchDate, launch, art1, "It launched yesterday.", "0.70")
    g.add((ent["deal"][0], SG.signedOn, signed))
    _evidence(g, ent["deal"][0], SG.signedOn, signed, art2, "They signed in February.", "0.65")
    return g


@pytest.fixture(scope="module")
def graph() -> Graph:
    return small_graph()


def _node(data, label):
    return next(n for n in data["nodes"] if n["label"] == label)


# ---------------------------------------------------------------------------- view data


def test_view_data_counts(graph):
    data = viz.view_data(graph)
    assert len(data["nodes"]) == 6  # entities only: no articles, evidence nodes or dates
    assert len(data["edges"]) == 6
    assert {n["id"] for n in data["nodes"]} >= {"mission:shenzhou-17", "person:tang-hongbo"}
    assert not any("article" in n["id"] or "evidence" in n["id"] for n in data["nodes"])
    assert data["layout"] == "physics"
    assert 0 < data["stabilizationIterations"] <= 1000
    assert [a["id"] for a in data["articles"]] == ["article:one", "article:two"]


def test_nodes_carry_names_types_articles_and_dates(graph):
    data = viz.view_data(graph)
    sz = _node(data, "Shenzhou-17")
    assert sz["cls"] == "Mission" and sz["alt"] == ["Shenzhou 17", "Shenzhou XVII"]
    assert sz["articles"] == ["article:one"]
    assert sz["degree"] == 4
    assert sz["size"] > _node(data, "Tiangong")["size"]  # size grows with degree
    (launch,) = sz["values"]
    assert launch["property"] == "launchDate" and launch["value"] == "2023-10-26"
    assert launch["evidence"][0]["sentence"] == "It launched yesterday."
    deal = _node(data, "China-Pakistan agreement")
    assert deal["values"][0]["value"] == "2025-02" and deal["values"][0]["datatype"] == "xsd:gYearMonth"
    assert deal["articles"] == ["article:one", "article:two"]
    cnsa = _node(data, "CNSA")
    assert cnsa["cls"] == "Agency" and cnsa["types"] == ["Agency", "Organization"]


def test_edges_carry_property_and_evidence(graph):
    data = viz.view_data(graph)
    by_prop = {e["property"]: e for e in data["edges"]}
    assert set(by_prop) == {"commander", "crewMember", "operator", "destination", "country", "party"}
    op = by_prop["operator"]
    assert op["from"] == "mission:shenzhou-17" and op["to"] == "agency:cnsa" and op["label"] == "operator"
    assert [e["confidence"] for e in op["evidence"]] == [0.9, 0.72]  # best first
    assert op["conf"] == 0.9
    assert op["evidence"][0]["article"] == "article:two"
    # commander and crewMember join the same two nodes: drawn as two opposite curves
    assert by_prop["commander"]["curve"] == -by_prop["crewMember"]["curve"] != 0
    assert by_prop["operator"]["curve"] == 0


def test_legend_lists_present_classes_in_contract_order(graph):
    data = viz.view_data(graph)
    names = [c["name"] for c in data["classes"]]
    assert names == ["Agency", "Astronaut", "Mission", "Country", "Agreement", "SpaceStation"]
    assert all(c["count"] == 1 for c in data["classes"])
    shapes = {c["name"]: c["shape"] for c in data["classes"]}
    assert shapes["Mission"] == "diamond" and shapes["SpaceStation"] == "star"
    assert len({c["color"] for c in data["classes"]}) == len(names)
    assert {p["name"]: p["count"] for p in data["properties"]}["operator"] == 1


def test_focus_and_depth(graph):
    one = viz.view_data(graph, focus="tang hongbo", depth=1)
    assert one["focus"] == "person:tang-hongbo"
    assert sorted(n["label"] for n in one["nodes"]) == ["Shenzhou-17", "Tang Hongbo"]
    assert {e["property"] for e in one["edges"]} == {"commander", "crewMember"}
    two = viz.view_data(graph, focus="Tang Hongbo", depth=2)
    assert sorted(n["label"] for n in two["nodes"]) == ["CNSA", "Shenzhou-17", "Tang Hongbo", "Tiangong"]
    three = viz.view_data(graph, focus="Tang Hongbo", depth=3)
    assert len(three["nodes"]) == 5 and "China-Pakistan agreement" not in {n["label"] for n in three["nodes"]}
    assert [c["count"] for c in two["classes"]] == [1, 1, 1, 1]


def test_focus_matches_aliases_and_unique_substrings(graph):
    assert viz.view_data(graph, focus="PRC")["focus"] == "country:china"
    assert viz.view_data(graph, focus="shenzhou xvii")["focus"] == "mission:shenzhou-17"
    assert viz.view_data(graph, focus="pakistan")["focus"] == "agreement:china-pakistan"
    assert viz.view_data(graph, focus="China")["focus"] == "country:china"  # exact label beats substrings


def test_focus_error_suggests_close_names(graph):
    with pytest.raises(viz.FocusError) as err:
        viz.view_data(graph, focus="Shenzou-17")
    message = str(err.value)
    assert "Shenzou-17" in message and "Shenzhou-17" in message
    names = message.split("closest: ")[1].split(", ")
    assert 1 <= len(names) <= 5
    assert viz.view_data(graph, focus="tiang")["focus"] == "station:tiangong"  # label and alias: one entity
    with pytest.raises(viz.FocusError):
        viz.view_data(graph, focus="   ")


def test_focus_ambiguous_substring_is_an_error():
    g = small_graph()
    g.add((SGR["station/tiangong-2"], RDF.type, SG.SpaceStation))
    g.add((SGR["station/tiangong-2"], RDFS.label, Literal("Tiangong-2")))
    with pytest.raises(viz.FocusError, match="Tiangong"):
        viz.view_data(g, focus="tiangon")


def test_large_graph_gets_fixed_positions():
    g = rdf.new_graph()
    for i in range(520):
        m = SGR[f"mission/m{i}"]
        g.add((m, RDF.type, SG.Mission))
        g.add((m, RDFS.label, Literal(f"Mission {i}")))
        g.add((m, SG.operator, SGR[f"agency/a{i % 7}"]))
    for j in range(7):
        g.add((SGR[f"agency/a{j}"], RDF.type, SG.Agency))
        g.add((SGR[f"agency/a{j}"], RDFS.label, Literal(f"Agency {j}")))
    g.add((SGR["country/lonely"], RDF.type, SG.Country))
    data = viz.view_data(g)
    assert data["layout"] == "precomputed" and data["stabilizationIterations"] == 0
    points = [(n["x"], n["y"]) for n in data["nodes"]]
    assert all(isinstance(v, int) for p in points for v in p)
    assert len(set(points)) == len(points)  # nothing piled up
    assert viz.view_data(g)["nodes"] == data["nodes"]
    assert _node(data, "lonely")["label"] == "lonely"  # no label: the IRI's last segment


def test_empty_graph(tmp_path):
    data = viz.view_data(Graph())
    assert data["nodes"] == [] and data["edges"] == [] and data["classes"] == []
    assert viz.write_html(Graph(), tmp_path / "empty.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(viz.FocusError, match="no entities"):
        viz.view_data(Graph(), focus="ISS")


# ---------------------------------------------------------------------------- the page


def _scripts(page: str) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page, flags=re.DOTALL)


def test_page_is_self_contained(graph, tmp_path):
    path = viz.write_html(graph, tmp_path / "deep" / "er" / "view.html")
    assert path == tmp_path / "deep" / "er" / "view.html"
    page = path.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script[^>]*\ssrc\s*=", page, re.IGNORECASE)
    assert not re.search(r"<link\b", page, re.IGNORECASE)
    assert not re.search(r"@import|url\(\s*['\"]?\s*(https?:)?//", page, re.IGNORECASE)
    for bad in ("bootstrap", "tom-select", "cdnjs", "jsdelivr", "unpkg", "fonts.googleapis"):
        assert bad not in page.lower()
    assert "@version 9.1.2" in page  # vis-network inlined from pyvis's copy
    assert len(_scripts(page)) == 2
    # the Content-Security-Policy allows exactly the two inline scripts, and nothing from outside
    csp = html.unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp and "unsafe-eval" not in csp and "http" not in csp
    for code in _scripts(page):
        digest = base64.b64encode(hashlib.sha256(code.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in csp


def test_page_embeds_the_view_data(graph, tmp_path):
    page = viz.write_html(graph, tmp_path / "v.html", min_confidence=0.33, title="Crew & co").read_text("utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="sg-data">(.*?)</script>', page, re.DOTALL).group(1))
    assert data["minConfidence"] == 0.33 and data["title"] == "Crew & co"
    assert data["nodes"] == viz.view_data(graph)["nodes"]
    assert 'value="0.33"' in page  # the slider starts at min_confidence
    assert "<title>Crew &amp; co</title>" in page


def test_text_is_escaped(tmp_path):
    g = small_graph()
    tang = SGR["person/tang-hongbo"]
    g.remove((tang, RDFS.label, None))
    g.add((tang, RDFS.label, Literal(EVIL)))
    g.add((tang, SKOS.altLabel, Literal("<b>bold</b> & 'quoted'")))
    g.add((SGR["article/one"], DCTERMS.title, Literal("<script>alert(3)</script>")))
    page = viz.write_html(g, tmp_path / "evil.html", title="<i>t</i>").read_text(encoding="utf-8")
    vis_js = _scripts(page)[0]
    assert "vis-network" in vis_js
    ours = page.replace(vis_js, "")  # the page without the (constant) vis-network library
    assert EVIL not in ours
    assert "<img" not in ours and "<b>" not in ours and "<i>t" not in ours and "<script>alert" not in ours
    assert "alert(1)" in ours and "alert(3)" in ours  # ...but present, escaped
    assert "\\u003c/script\\u003e\\u003cimg src=x onerror=alert(1)\\u003e" in ours
    assert "<title>&lt;i&gt;t&lt;/i&gt;</title>" in ours
    assert page.lower().count("</script>") == 3
    data = json.loads(re.search(r'id="sg-data">(.*?)</script>', page, re.DOTALL).group(1))
    assert EVIL in {n["label"] for n in data["nodes"]}


def test_output_is_deterministic(tmp_path):
    a = viz.write_html(small_graph(), tmp_path / "a.html").read_bytes()
    b = viz.write_html(small_graph(order=-1), tmp_path / "b.html").read_bytes()
    assert a == b
    assert b"\r\n" not in a
    assert a.decode("utf-8")


def test_sample_graph_view(sample_graph):
    data = viz.view_data(sample_graph)
    classes = set(viz.CLASS_STYLE) | {"Article"}
    entities = {s for s, o in sample_graph.subject_objects(RDF.type) if str(o).startswith(str(SG)) and o != SG.Article}
    assert len(data["nodes"]) == len(entities)
    assert all(n["cls"] in classes for n in data["nodes"])
    relations = {(s, p, o) for s, p, o in sample_graph if str(p).startswith(str(SG)) and isinstance(o, URIRef)
                 and p != SG.mentionedIn and (o, RDF.type, SG.Article) not in sample_graph}
    assert len(data["edges"]) == len(relations)
    assert all(e["evidence"] and all(ev["sentence"] for ev in e["evidence"]) for e in data["edges"])
    assert sum(c["count"] for c in data["classes"]) == len(data["nodes"])


# ---------------------------------------------------------------------------- the command


def test_cli_viz(graph, tmp_path):
    src = rdf.write(graph, tmp_path / "graph.ttl")
    out = tmp_path / "out" / "view.html"
    runner = CliRunner()
    result = runner.invoke(cli, ["viz", str(src), "-o", str(out), "--focus", "Tang Hongbo", "--depth", "2",
                                 "--min-confidence", "0.5"])
    assert result.exit_code == 0, result.output
    assert out.exists() and f"wrote {out}" in result.stderr
    page = out.read_text(encoding="utf-8")
    assert '"focus":"person:tang-hongbo"' in page and 'value="0.50"' in page

    bad = runner.invoke(cli, ["viz", str(src), "-o", str(tmp_path / "x.html"), "--focus", "Shenzou 17"])
    assert bad.exit_code == 1
    assert bad.stderr.count("\n") == 1 and "Shenzhou-17" in bad.stderr
    assert not (tmp_path / "x.html").exists()


def test_cli_viz_missing_graph(tmp_path):
    result = CliRunner().invoke(cli, ["viz", str(tmp_path / "nope.ttl"), "-o", str(tmp_path / "v.html")])
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "nope.ttl" in lines[0]
    assert "Traceback" not in result.output
