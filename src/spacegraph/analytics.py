"""Graph analytics with networkx: the entity graph, summary statistics and the network of cooperating countries.

* :func:`entity_graph` turns a graph that follows the output contract into a ``networkx.MultiDiGraph``:
  one node per entity (its IRI, with ``label`` and ``class``), one edge per ``sg:`` relation (keyed by the
  property, with the best ``confidence`` of its evidence).
* :func:`stats` counts entities per class, facts per property, articles and evidence nodes, and finds the
  most connected entities and the connected components.
* :func:`cooperation_network` links countries that work together: parties to the same agreement, partners
  of the same programme, crewmates on the same mission, or an astronaut of one flying on a mission
  operated by the other's agency.
* :func:`write_graphml` writes either graph for Gephi, yEd or Cytoscape, turning sets into strings.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from decimal import Decimal
from itertools import combinations
from pathlib import Path

import networkx as nx
import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from .namespace import ENTITY_CLASSES, RELATIONS, SG, VALUES, local_name

_SG = str(SG)
#: Every contract property that links two entities (``commander`` included; ``mentionedIn`` is not a fact).
RELATION_PROPERTIES = tuple(SG[p] for p in RELATIONS)
VALUE_PROPERTIES = tuple(SG[p] for p in VALUES)
#: Reasons for an edge of the cooperation network, in the order they are reported.
COOPERATION_KINDS = ("agreement", "programme", "crew", "flight")
#: Joins set-valued attributes in GraphML files.
SEPARATOR = "; "


# ---------------------------------------------------------------------------- reading the graph


def _classes(graph: rdflib.Graph, node) -> list[str]:
    """The node's sg: classes, contract classes first in the contract's order."""
    found = {local_name(c) for c in graph.objects(node, RDF.type) if str(c).startswith(_SG)}
    return [c for c in ENTITY_CLASSES if c in found] + sorted(found - set(ENTITY_CLASSES))


def _label(graph: rdflib.Graph, node) -> str:
    labels = sorted(str(v) for v in graph.objects(node, RDFS.label))
    return labels[0] if labels else local_name(node)


def _best_confidence(graph: rdflib.Graph) -> dict[tuple, tuple[float, int]]:
    """(subject, property, object) -> (highest evidence confidence, number of evidence nodes)."""
    best: dict[tuple, tuple[float, int]] = {}
    for ev in graph.subjects(RDF.type, RDF.Statement):
        s, p, o = (graph.value(ev, term) for term in (RDF.subject, RDF.predicate, RDF.object))
        if s is None or p is None or o is None:
            continue
        value = graph.value(ev, SG.confidence)
        conf = _float(value)
        old_conf, count = best.get((s, p, o), (0.0, 0))
        best[(s, p, o)] = (max(old_conf, conf), count + 1)
    return best


def _float(value) -> float:
    if isinstance(value, Literal):
        python = value.toPython()
        if isinstance(python, int | float | Decimal):
            return float(python)
        try:
            return float(str(value))
        except ValueError:
            return 0.0
    return 0.0


def entity_graph(graph: rdflib.Graph) -> nx.MultiDiGraph:
    """The entities of ``graph`` and the sg: relations between them, as a networkx MultiDiGraph.

    Nodes are entity IRIs (articles and evidence nodes are left out) with the attributes ``label``, ``class``
    (the first contract class the entity has), ``classes`` (all of them, space-separated), ``articles``
    (how many articles mention it) and, for missions and agreements with dates, ``launchDate`` / ``signedOn``.
    Edges go from subject to object, keyed by the property's local name (``crewMember``), with the
    attributes ``property``, ``confidence`` (the best evidence's, 0.0 when a fact has no evidence node)
    and ``evidence`` (how many evidence nodes back it).
    """
    g = nx.MultiDiGraph()
    for node in set(graph.subjects(RDF.type, None)):
        classes = _classes(graph, node)
        if not classes or classes == ["Article"] or not isinstance(node, URIRef):
            continue
        classes = [c for c in classes if c != "Article"]
        g.add_node(str(node), label=_label(graph, node), **{"class": classes[0]}, classes=" ".join(classes),
                   articles=len(set(graph.objects(node, SG.mentionedIn))))
    for prop in VALUE_PROPERTIES:
        for s, o in graph.subject_objects(prop):
            if str(s) in g:
                attrs = g.nodes[str(s)]
                values = sorted(set(filter(None, attrs.get(local_name(prop), "").split(" "))) | {str(o)})
                attrs[local_name(prop)] = " ".join(values)
    best = _best_confidence(graph)
    for prop in RELATION_PROPERTIES:
        for s, o in graph.subject_objects(prop):
            if not isinstance(o, URIRef):
                continue
            for node in (s, o):
                if str(node) not in g:  # a relation to something the graph does not type
                    g.add_node(str(node), label=_label(graph, node), **{"class": "Other"}, classes="", articles=0)
            conf, count = best.get((s, prop, o), (0.0, 0))
            name = local_name(prop)
            g.add_edge(str(s), str(o), key=name, property=name, confidence=round(conf, 4), evidence=count)
    return g


# ---------------------------------------------------------------------------- statistics


def stats(graph: rdflib.Graph, top: int = 10) -> dict:
    """Summary figures of a graph, as plain JSON-ready data.

    ``classes``: entities per class (an entity with two classes counts in both); ``properties``: distinct
    facts per contract property (relations and dates); ``articles``, ``evidence``, ``facts``, ``entities``,
    ``mentions`` (``sg:mentionedIn`` links) and ``triples``; ``most_connected``: the ``top`` entities with the
    most relations, in or out (``iri``, ``label``, ``class``, ``degree``, ``neighbours``); ``components``:
    the weakly connected components of the entity graph (``count``, ``largest`` sizes, ``isolated``
    entities that take part in no relation).
    """
    g = entity_graph(graph)
    classes: Counter = Counter()
    for _, data in g.nodes(data=True):
        for cls in data["classes"].split() or [data["class"]]:
            classes[cls] += 1
    properties = {local_name(p): len(set(graph.subject_objects(p))) for p in RELATION_PROPERTIES + VALUE_PROPERTIES}
    properties = {p: n for p, n in sorted(properties.items(), key=lambda kv: (-kv[1], kv[0])) if n}
    degree = dict(g.degree())
    ranked = sorted(g.nodes, key=lambda n: (-degree[n], g.nodes[n]["label"].casefold(), n))[: max(top, 0)]
    most = [{"iri": n, "label": g.nodes[n]["label"], "class": g.nodes[n]["class"], "degree": degree[n],
             "neighbours": len(set(g.predecessors(n)) | set(g.successors(n)))} for n in ranked]
    sizes = sorted((len(c) for c in nx.weakly_connected_components(g)), reverse=True)
    return {
        "triples": len(graph),
        "entities": g.number_of_nodes(),
        "facts": sum(properties.values()),
        "articles": len(set(graph.subjects(RDF.type, SG.Article))),
        "evidence": len(set(graph.subjects(RDF.type, RDF.Statement))),
        "mentions": len(set(graph.subject_objects(SG.mentionedIn))),
        "classes": dict(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))),
        "properties": properties,
        "most_connected": most,
        "components": {
            "count": len(sizes),
            "largest": sizes[:5],
            "isolated": sum(1 for n in g if degree[n] == 0),
        },
    }


def format_stats(data: dict) -> str:
    """The dict of :func:`stats` as readable text sections."""
    out = [
        f"{data['triples']} triples: {data['entities']} entities, {data['facts']} facts, "
        f"{data['evidence']} evidence nodes from {data['articles']} article{'s' * (data['articles'] != 1)}",
    ]

    def section(title: str, rows: Iterable[tuple[str, object]]) -> None:
        rows = list(rows)
        out.append("")
        out.append(title)
        if not rows:
            out.append("  (none)")
            return
        width = max(len(k) for k, _ in rows)
        out.extend(f"  {k.ljust(width)}  {v}" for k, v in rows)

    section("Entities per class", data["classes"].items())
    section("Facts per property", data["properties"].items())
    rank_width = len(str(len(data["most_connected"])))
    section("Most connected entities (relations in and out)",
            [(f"{i:>{rank_width}}. {e['label']} ({e['class']})", e["degree"])
             for i, e in enumerate(data["most_connected"], 1)])
    comp = data["components"]
    out.append("")
    out.append("Connected components")
    out.append(f"  {comp['count']} component{'s' * (comp['count'] != 1)}; largest: "
               + (", ".join(str(n) for n in comp["largest"]) or "none")
               + f"; {comp['isolated']} entit{'ies' if comp['isolated'] != 1 else 'y'} in no relation")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------- cooperation between countries


def _countries(graph: rdflib.Graph, node) -> set:
    """The countries an entity stands for: itself if it is a country, else its sg:country values."""
    if (node, RDF.type, SG.Country) in graph:
        return {node}
    return set(graph.objects(node, SG.country))


def astronaut_countries(graph: rdflib.Graph, person) -> set:
    """A person's nationalities; when the graph knows none, the countries of the agencies they belong to."""
    nationalities = set(graph.objects(person, SG.nationality))
    if nationalities:
        return nationalities
    return {c for org in graph.objects(person, SG.affiliation) for c in graph.objects(org, SG.country)}


def cooperation_network(graph: rdflib.Graph) -> nx.Graph:
    """Countries as nodes, linked when they cooperate according to the graph.

    Two countries are linked when
    ``agreement``: they (or agencies and organisations of theirs) are parties to the same agreement;
    ``programme``: they (or their agencies) are partners of the same programme;
    ``crew``: astronauts of theirs fly on the same mission;
    ``flight``: an astronaut of one flies on a mission operated by an agency (or organisation) of the other.
    An astronaut's country is their nationality, or, when the graph knows none, the country of their agency.

    Nodes are country IRIs with ``label`` (every country of the graph, cooperating or not). Edges carry ``kinds`` (the set of reasons), the supporting
    ``agreements``, ``programmes`` and ``missions`` (sets of IRIs), and ``weight``: the number of distinct
    (reason, supporting item) pairs. ``G.graph["labels"]`` maps every IRI used to its label.
    """
    g = nx.Graph()
    labels: dict[str, str] = {}
    for country in sorted(set(graph.subjects(RDF.type, SG.Country)), key=str):
        g.add_node(str(country), label=_label(graph, country))
        labels[str(country)] = g.nodes[str(country)]["label"]
    support: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)

    def link(countries: Iterable, kind: str, item) -> None:
        for a, b in combinations(sorted({str(c) for c in countries}), 2):
            support[(a, b)].add((kind, str(item)))
        labels[str(item)] = _label(graph, item)

    for agreement in set(graph.subjects(SG.party, None)):
        link({c for p in graph.objects(agreement, SG.party) for c in _countries(graph, p)}, "agreement", agreement)
    for programme in set(graph.subjects(SG.partner, None)):
        link({c for p in graph.objects(programme, SG.partner) for c in _countries(graph, p)}, "programme", programme)
    crews: dict = defaultdict(set)
    for prop in (SG.crewMember, SG.commander):
        for mission, person in graph.subject_objects(prop):
            crews[mission].add(person)
    for mission, people in crews.items():
        homes = {person: astronaut_countries(graph, person) for person in people}
        # crewmates: a pair of countries counts when two different people stand for them
        pairs = set()
        for p1, p2 in combinations(sorted(people), 2):
            pairs |= {tuple(sorted((str(a), str(b)))) for a in homes[p1] for b in homes[p2] if a != b}
        for a, b in pairs:
            link((a, b), "crew", mission)
        operators = {c for org in graph.objects(mission, SG.operator) for c in graph.objects(org, SG.country)}
        for person, countries in homes.items():
            if countries & operators:  # flying with one's own country's agency
                continue
            if any((person, SG.affiliation, org) in graph for org in graph.objects(mission, SG.operator)):
                continue
            for home in countries:
                for op in operators:
                    link((home, op), "flight", mission)

    for (a, b), reasons in sorted(support.items()):
        for node in (a, b):
            if node not in g:
                g.add_node(node, label=_label(graph, URIRef(node)))
                labels[node] = g.nodes[node]["label"]
        by_kind = defaultdict(set)
        for kind, item in reasons:
            by_kind[kind].add(item)
        g.add_edge(a, b, kinds=set(by_kind), weight=len(reasons), agreements=by_kind["agreement"],
                   programmes=by_kind["programme"], missions=by_kind["crew"] | by_kind["flight"])
    g.graph["labels"] = labels
    return g


# ---------------------------------------------------------------------------- GraphML


def _graphml_value(value, labels: dict[str, str]):
    if isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, set | frozenset | list | tuple):
        order = {k: i for i, k in enumerate(COOPERATION_KINDS)}
        items = sorted((str(v) for v in value), key=lambda v: (order.get(v, len(order)), labels.get(v, v), v))
        return SEPARATOR.join(items)
    return "" if value is None else str(value)


def graphml_ready(g: nx.Graph) -> nx.Graph:
    """A copy whose attributes are all GraphML types: sets joined with "; ", None as "", nested data dropped."""
    labels = g.graph.get("labels", {})
    h = g.__class__()
    for node, data in g.nodes(data=True):
        h.add_node(node, **{k: _graphml_value(v, labels) for k, v in data.items() if not isinstance(v, dict)})
    if g.is_multigraph():
        for u, v, key, data in g.edges(keys=True, data=True):
            h.add_edge(u, v, key=key, **{k: _graphml_value(x, labels) for k, x in data.items() if not isinstance(x, dict)})
    else:
        for u, v, data in g.edges(data=True):
            attrs = {k: _graphml_value(x, labels) for k, x in data.items() if not isinstance(x, dict)}
            for name in ("agreements", "programmes", "missions"):
                if isinstance(data.get(name), set | frozenset):  # readable names next to the IRIs
                    attrs[name + "Labels"] = SEPARATOR.join(sorted(labels.get(i, i) for i in data[name]))
            h.add_edge(u, v, **attrs)
    h.graph.update({k: v for k, v in g.graph.items() if isinstance(v, str | int | float | bool)})
    return h


def write_graphml(g: nx.Graph, path: str | Path) -> Path:
    """Write ``g`` (from :func:`entity_graph` or :func:`cooperation_network`) as GraphML."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    nx.write_graphml(graphml_ready(g), tmp)
    tmp.replace(path)
    return path


def most_connected(g: nx.Graph, top: int = 10) -> list[tuple[str, str, int]]:
    """(node, label, degree) of the ``top`` nodes with the highest degree, ties by label."""
    degree = dict(g.degree(weight=None))
    ranked = sorted(g.nodes, key=lambda n: (-degree[n], str(g.nodes[n].get("label", n)).casefold(), n))
    return [(n, g.nodes[n].get("label", n), degree[n]) for n in ranked[: max(top, 0)]]
