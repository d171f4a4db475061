"""spacegraph.analytics on small hand-built graphs with known answers, and `spacegraph stats` / `network`."""

from __future__ import annotations

import json
from decimal import Decimal

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph, Literal
from rdflib import namespace as rns
from rdflib.namespace import PROV, RDF, RDFS

from spacegraph import analytics
from spacegraph.cli import cli
from spacegraph.namespace import SG, SGR

C = {k: SGR[f"country/{k}"] for k in ("china", "russia", "us", "belarus", "japan")}
A = {k: SGR[f"agency/{k}"] for k in ("cnsa", "roscosmos", "nasa", "jaxa")}
P = {k: SGR[f"person/{k}"] for k in ("novitsky", "vasilevskaya", "dyson", "furukawa", "moghbeli")}
M = {k: SGR[f"mission/{k}"] for k in ("soyuz", "crew7", "chandrayaan")}
MOU, ILRS, SPACEX = SGR["agreement/mou"], SGR["program/ilrs"], SGR["org/spacex"]
ARTICLE = SGR["article/a1"]
LABELS = {
    C["china"]: "China", C["russia"]: "Russia", C["us"]: "United States", C["belarus"]: "Belarus", C["japan"]: "Japan",
    A["cnsa"]: "CNSA", A["roscosmos"]: "Roscosmos", A["nasa"]: "NASA", A["jaxa"]: "JAXA",
    P["novitsky"]: "Oleg Novitsky", P["vasilevskaya"]: "Marina Vasilevskaya", P["dyson"]: "Tracy Dyson",
    P["furukawa"]: "Satoshi Furukawa", P["moghbeli"]: "Jasmin Moghbeli",
    M["soyuz"]: "Soyuz MS-25", M["crew7"]: "Crew-7", M["chandrayaan"]: "Chandrayaan-3",
    MOU: "memorandum", ILRS: "ILRS", SPACEX: "SpaceX",
}


@pytest.fixture
def small() -> Graph:
    """Five countries, four agencies, one company, an agreement, a programme, three missions, five astronauts."""
    g = Graph()
    for node, label in LABELS.items():
        g.add((node, RDFS.label, Literal(label)))
    for node in C.values():
        g.add((node, RDF.type, SG.Country))
    for node in A.values():
        g.add((node, RDF.type, SG.Agency))
    for node in P.values():
        g.add((node, RDF.type, SG.Astronaut))
    for node in M.values():
        g.add((node, RDF.type, SG.Mission))
    g.add((MOU, RDF.type, SG.Agreement))
    g.add((ILRS, RDF.type, SG.Program))
    g.add((SPACEX, RDF.type, SG.Organization))
    g.add((ARTICLE, RDF.type, SG.Article))
    g.add((ARTICLE, RDFS.label, Literal("not an entity")))
    facts = [
        (A["cnsa"], SG.country, C["china"]), (A["roscosmos"], SG.country, C["russia"]), (A["nasa"], SG.country, C["us"]),
        (MOU, SG.party, A["cnsa"]), (MOU, SG.party, A["roscosmos"]),
        (ILRS, SG.partner, C["china"]), (ILRS, SG.partner, A["roscosmos"]),
        (M["soyuz"], SG.operator, A["roscosmos"]), (M["soyuz"], SG.commander, P["novitsky"]),
        (M["soyuz"], SG.crewMember, P["novitsky"]), (M["soyuz"], SG.crewMember, P["vasilevskaya"]),
        (M["soyuz"], SG.crewMember, P["dyson"]),
        (P["novitsky"], SG.affiliation, A["roscosmos"]), (P["vasilevskaya"], SG.nationality, C["belarus"]),
        (P["dyson"], SG.affiliation, A["nasa"]),
        (M["crew7"], SG.operator, SPACEX), (M["crew7"], SG.crewMember, P["furukawa"]),
        (M["crew7"], SG.crewMember, P["moghbeli"]),
        (P["furukawa"], SG.nationality, C["japan"]), (P["furukawa"], SG.affiliation, A["jaxa"]),
        (P["moghbeli"], SG.affiliation, A["nasa"]),
    ]
    for fact in facts:
        g.add(fact)
    g.add((MOU, SG.signedOn, Literal("2021-03", datatype=rns.XSD.gYearMonth)))
    g.add((M["soyuz"], SG.launchDate, Literal("2024-03-23", datatype=rns.XSD.date)))
    g.add((M["soyuz"], SG.mentionedIn, ARTICLE))
    for i, conf in enumerate(("0.60", "0.90")):
        ev = SGR[f"evidence/{i}"]
        g.add((ev, RDF.type, RDF.Statement))
        g.add((ev, RDF.subject, M["soyuz"]))
        g.add((ev, RDF.predicate, SG.crewMember))
        g.add((ev, RDF.object, P["vasilevskaya"]))
        g.add((ev, PROV.wasDerivedFrom, ARTICLE))
        g.add((ev, SG.confidence, Literal(Decimal(conf), datatype=rns.XSD.decimal)))
        g.add((ev, SG.sentence, Literal("With him are Marina Vasilevskaya of Belarus ...")))
    return g


# ---------------------------------------------------------------------------- entity graph


def test_entity_graph_nodes_and_edges(small):
    g = analytics.entity_graph(small)
    assert isinstance(g, nx.MultiDiGraph)
    assert g.number_of_nodes() == 20  # entities only: no article, no evidence node
    assert str(ARTICLE) not in g and str(SGR["evidence/0"]) not in g
    soyuz = g.nodes[str(M["soyuz"])]
    assert soyuz["label"] == "Soyuz MS-25" and soyuz["class"] == "Mission"
    assert soyuz["launchDate"] == "2024-03-23" and soyuz["articles"] == 1
    assert g.nodes[str(MOU)]["signedOn"] == "2021-03"
    assert g.nodes[str(A["nasa"])]["class"] == "Agency"
    assert g.number_of_edges() == 21
    # commander and crewMember are two edges between the same nodes
    assert set(g[str(M["soyuz"])][str(P["novitsky"])]) == {"commander", "crewMember"}
    edge = g.edges[str(M["soyuz"]), str(P["vasilevskaya"]), "crewMember"]
    assert edge == {"property": "crewMember", "confidence": 0.9, "evidence": 2}
    assert g.edges[str(M["soyuz"]), str(P["dyson"]), "crewMember"]["confidence"] == 0.0


def test_entity_graph_of_an_empty_graph():
    g = analytics.entity_graph(Graph())
    assert g.number_of_nodes() == 0 and g.number_of_edges() == 0
    data = analytics.stats(Graph())
    assert data["entities"] == 0 and data["most_connected"] == [] and data["components"]["count"] == 0
    assert "0 entities" in analytics.format_stats(data)


# ---------------------------------------------------------------------------- stats


def test_stats_counts(small):
    data = analytics.stats(small, top=3)
    assert data["classes"] == {"Astronaut": 5, "Country": 5, "Agency": 4, "Mission": 3, "Agreement": 1,
                               "Organization": 1, "Program": 1}
    assert data["properties"] == {"crewMember": 5, "affiliation": 4, "country": 3, "nationality": 2, "operator": 2,
                                  "partner": 2, "party": 2, "commander": 1, "launchDate": 1, "signedOn": 1}
    assert data["facts"] == 23
    assert data["articles"] == 1 and data["evidence"] == 2 and data["mentions"] == 1
    assert data["entities"] == 20
    assert data["triples"] == len(small)
    json.dumps(data)  # plain data


def test_stats_most_connected(small):
    most = analytics.stats(small, top=3)["most_connected"]
    # Roscosmos: country, party, partner, operator, affiliation; Soyuz: operator, commander, 3 crewMember
    assert [(e["label"], e["class"], e["degree"]) for e in most] == [
        ("Roscosmos", "Agency", 5), ("Soyuz MS-25", "Mission", 5), ("Crew-7", "Mission", 3)]  # ties by label
    assert most[1]["neighbours"] == 4  # Novitsky counted once
    assert most[0]["iri"] == str(A["roscosmos"])


def test_stats_components(small):
    comp = analytics.stats(small)["components"]
    # everything hangs together except Chandrayaan-3, which takes part in no relation
    assert comp == {"count": 2, "largest": [19, 1], "isolated": 1}


def test_format_stats_has_readable_sections(small):
    text = analytics.format_stats(analytics.stats(small, top=2))
    for heading in ("Entities per class", "Facts per property", "Most connected entities", "Connected components"):
        assert heading in text
    assert "1. Roscosmos (Agency)" in text and "2. Soyuz MS-25 (Mission)" in text
    assert "2 components; largest: 19, 1; 1 entity in no relation" in text


# ---------------------------------------------------------------------------- cooperation network


def _edge(net: nx.Graph, a: str, b: str) -> dict:
    return net.edges[str(C[a]), str(C[b])]


def test_cooperation_network(small):
    net = analytics.cooperation_network(small)
    assert set(net.nodes) == {str(c) for c in C.values()}  # every country, cooperating or not
    assert net.nodes[str(C["belarus"])]["label"] == "Belarus"
    assert {frozenset((net.nodes[u]["label"], net.nodes[v]["label"])) for u, v in net.edges} == {
        frozenset(p) for p in [("China", "Russia"), ("Belarus", "Russia"), ("Russia", "United States"),
                               ("Belarus", "United States"), ("Japan", "United States")]}
    china_russia = _edge(net, "china", "russia")
    # the MoU's parties are agencies: their countries cooperate; ILRS names China itself and Roscosmos
    assert china_russia["kinds"] == {"agreement", "programme"} and china_russia["weight"] == 2
    assert china_russia["agreements"] == {str(MOU)} and china_russia["programmes"] == {str(ILRS)}
    assert china_russia["missions"] == set()
    # Vasilevskaya (Belarus) flies with Novitsky (Roscosmos -> Russia) on a Roscosmos Soyuz
    assert _edge(net, "belarus", "russia")["kinds"] == {"crew", "flight"}
    assert _edge(net, "belarus", "russia")["missions"] == {str(M["soyuz"])}
    # Dyson has no nationality: NASA stands in for her country
    assert _edge(net, "russia", "us")["kinds"] == {"crew", "flight"}
    assert _edge(net, "russia", "us")["weight"] == 2
    assert _edge(net, "belarus", "us")["kinds"] == {"crew"}
    # SpaceX has no country: Crew-7 only links its crew's countries
    assert _edge(net, "japan", "us") == {"kinds": {"crew"}, "weight": 1, "agreements": set(), "programmes": set(),
                                        "missions": {str(M["crew7"])}}
    assert not any(u == v for u, v in net.edges)
    assert net.graph["labels"][str(MOU)] == "memorandum"


def test_flying_with_ones_own_agency_is_not_cooperation():
    g = Graph()
    ru, ros, cosmonaut, soyuz = SGR["country/ru"], SGR["agency/ros"], SGR["person/c"], SGR["mission/s"]
    g.add((ru, RDF.type, SG.Country))
    g.add((ros, SG.country, ru))
    g.add((cosmonaut, SG.nationality, ru))
    g.add((soyuz, SG.operator, ros))
    g.add((soyuz, SG.crewMember, cosmonaut))
    net = analytics.cooperation_network(g)
    assert list(net.nodes) == [str(ru)] and net.number_of_edges() == 0


# ---------------------------------------------------------------------------- GraphML


def test_graphml_round_trip(small, tmp_path):
    net = analytics.cooperation_network(small)
    path = analytics.write_graphml(net, tmp_path / "out" / "countries.graphml")
    back = nx.read_graphml(path)
    assert back.number_of_nodes() == 5 and back.number_of_edges() == 5
    edge = back.edges[str(C["china"]), str(C["russia"])]
    assert edge["kinds"] == "agreement; programme" and edge["weight"] == 2
    assert edge["agreements"] == str(MOU) and edge["agreementsLabels"] == "memorandum"
    assert edge["programmesLabels"] == "ILRS" and edge["missions"] == ""
    assert back.nodes[str(C["japan"])]["label"] == "Japan"

    entities = analytics.write_graphml(analytics.entity_graph(small), tmp_path / "entities.graphml")
    back = nx.read_graphml(entities)
    assert back.is_multigraph() and back.is_directed()
    assert back.number_of_nodes() == 20 and back.number_of_edges() == 21
    assert back.nodes[str(M["soyuz"])]["class"] == "Mission"
    assert {d["property"] for _, _, d in back.edges(data=True)} >= {"commander", "crewMember", "party", "partner"}
    assert not (tmp_path / "entities.graphml.tmp").exists()


# ---------------------------------------------------------------------------- CLI on the sample graph


def test_stats_command_text(sample_graph_file):
    result = CliRunner().invoke(cli, ["stats", str(sample_graph_file), "--top", "5"])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Entities per class" in out and "Mission" in out and "Astronaut" in out
    assert "from 12 articles" in out
    ranked = [line for line in out.splitlines() if line.strip()[:2] in {f"{i}." for i in range(1, 10)}]
    assert len(ranked) == 5


def test_stats_command_json(sample_graph_file, sample_graph):
    result = CliRunner().invoke(cli, ["stats", str(sample_graph_file), "--format", "json", "--top", "3"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data == json.loads(json.dumps(analytics.stats(sample_graph, top=3)))
    assert data["articles"] == 12 and data["classes"]["Mission"] >= 10 and data["classes"]["Astronaut"] >= 20
    assert data["evidence"] == len(set(sample_graph.subjects(RDF.type, RDF.Statement)))
    assert len(data["most_connected"]) == 3
    assert data["components"]["count"] >= 1 and data["components"]["largest"][0] > 10


def test_network_command_entities(sample_graph_file, sample_graph, tmp_path):
    out = tmp_path / "entities.graphml"
    result = CliRunner().invoke(cli, ["network", str(sample_graph_file), "-o", str(out)])
    assert result.exit_code == 0, result.output
    expected = analytics.entity_graph(sample_graph)
    back = nx.read_graphml(out)
    assert back.number_of_nodes() == expected.number_of_nodes() > 50
    assert back.number_of_edges() == expected.number_of_edges()
    crew7 = str(SGR["mission/crew-7"])
    assert back.nodes[crew7]["label"] == "Crew-7" and back.nodes[crew7]["class"] == "Mission"
    summary = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(summary) == 1 and str(out) in summary[0] and f"{back.number_of_nodes()} entities" in summary[0]


def test_network_command_countries(sample_graph_file, sample_graph, tmp_path):
    out = tmp_path / "countries.graphml"
    result = CliRunner().invoke(cli, ["network", str(sample_graph_file), "-o", str(out), "--kind", "countries"])
    assert result.exit_code == 0, result.output
    back = nx.read_graphml(out)
    assert back.number_of_nodes() == len(set(sample_graph.subjects(RDF.type, SG.Country)))
    label = {n: d["label"] for n, d in back.nodes(data=True)}
    edges = {frozenset((label[u], label[v])): d for u, v, d in back.edges(data=True)}
    # ILRS partners CNSA and Roscosmos (ilrs-cnsa-roscosmos-mou); Soyuz MS-25 carries a Belarusian on Roscosmos' flight
    assert "programme" in edges[frozenset(("China", "Russia"))]["kinds"]
    assert "International Lunar Research Station" in edges[frozenset(("China", "Russia"))]["programmesLabels"]
    assert "flight" in edges[frozenset(("Belarus", "Russia"))]["kinds"]
    assert "Soyuz MS-25" in edges[frozenset(("Belarus", "Russia"))]["missionsLabels"]
    # the Artemis Accords' signatories
    for pair in (("India", "United States"), ("Japan", "United Kingdom"), ("Australia", "India")):
        assert "Artemis Accords" in edges[frozenset(pair)]["agreementsLabels"], pair
    assert "countries" in result.stderr and "cooperation links" in result.stderr


@pytest.mark.parametrize("command", [["stats"], ["network", "-o", "x.graphml"]])
def test_missing_graph_is_one_line(tmp_path, command):
    missing = tmp_path / "missing.ttl"
    result = CliRunner().invoke(cli, [command[0], str(missing), *command[1:]])
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "no such file" in lines[0] and "Traceback" not in result.output


def test_network_needs_an_output(sample_graph_file):
    result = CliRunner().invoke(cli, ["network", str(sample_graph_file)])
    assert result.exit_code == 2 and "--output" in result.stderr
