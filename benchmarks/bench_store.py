"""Speed of reading, querying, writing and viewing large graphs, as ratios against the obvious baseline.

    python benchmarks/bench_store.py [--copies N]

The sample graph is copied N times under fresh IRIs (default 400: about a million triples) and:
  * load:    rdflib Graph.parse (baseline)  vs  spacegraph.store.load_store (pyoxigraph)
  * query:   rdflib Graph.query (baseline)  vs  spacegraph.query.run on the pyoxigraph store
  * write:   rdflib Turtle serialisation is what `build` uses; its cost is printed per triple
  * view:    pyvis Network.from_nx + generate_html (baseline) vs spacegraph.viz for 2,000 and 10,000 nodes
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import networkx as nx
from rdflib import Graph, URIRef

from spacegraph import query, rdf, store, viz
from spacegraph.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
QUERY = """SELECT ?mission (COUNT(DISTINCT ?a) AS ?crew) WHERE {
  ?mission a sg:Mission ; sg:crewMember ?a .
  ?a sg:mentionedIn ?article .
  OPTIONAL { ?mission sg:launchDate ?d FILTER(?d >= "2020-01-01"^^xsd:date) }
} GROUP BY ?mission ORDER BY DESC(?crew) LIMIT 20"""


def clock(fn):
    t = time.perf_counter()
    result = fn()
    return time.perf_counter() - t, result


def copies(g: Graph, n: int) -> Graph:
    big = rdf.new_graph()
    base = "https://w3id.org/spacegraph/id/"
    for i in range(n):
        for s, p, o in g:
            s = URIRef(f"{s}-{i}") if str(s).startswith(base) else s
            o = URIRef(f"{o}-{i}") if isinstance(o, URIRef) and str(o).startswith(base) else o
            big.add((s, p, o))
    return big


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=400)
    args = ap.parse_args()

    sample = rdf.to_graph(Pipeline.load().build([ROOT / "corpus" / "sample" / "articles"]))
    big = copies(sample, args.copies)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.ttl"
        t_write, _ = clock(lambda: rdf.write(big, path))
        print(f"{len(big)} triples ({args.copies} copies of the sample graph); Turtle written in {t_write:.1f}s "
              f"({t_write / len(big) * 1e6:.1f} us/triple)\n")
        t_rdflib, g = clock(lambda: Graph().parse(path, format="turtle"))
        t_ox, st = clock(lambda: store.load_store(path))
        print(f"{'load':8} rdflib {t_rdflib:7.2f}s   pyoxigraph {t_ox:6.2f}s   {t_rdflib / t_ox:6.1f}x faster")
        qr, rows_rdflib = clock(lambda: list(g.query(QUERY, initNs={p: str(ns) for p, ns in query.PREFIXES.items()})))
        qo, result = clock(lambda: list(query.run(st, QUERY).value))
        assert len(rows_rdflib) == len(result)
        print(f"{'query':8} rdflib {qr:7.2f}s   pyoxigraph {qo:6.2f}s   {qr / qo:6.1f}x faster")

    from rdflib import RDF, RDFS, Literal

    from spacegraph.namespace import SG, SGR

    for nodes in (2000, 10000):
        graph = nx.gnm_random_graph(nodes, nodes * 3 // 2, seed=1)
        view = rdf.new_graph()
        for n in graph.nodes:
            view.add((SGR[f"person/p{n}"], RDF.type, SG.Astronaut))
            view.add((SGR[f"person/p{n}"], RDFS.label, Literal(f"Person {n}")))
        for a, b in graph.edges:
            view.add((SGR[f"person/p{a}"], SG.affiliation, SGR[f"person/p{b}"]))

        def pyvis_baseline(graph=graph):
            from pyvis.network import Network

            net = Network(cdn_resources="in_line")
            net.from_nx(graph)
            return net.generate_html()

        tb, _ = clock(pyvis_baseline)
        tv, _ = clock(lambda view=view: viz.render_html(viz.view_data(view)))
        print(f"{'view':8} pyvis  {tb:7.2f}s   spacegraph {tv:6.2f}s   time ratio {tb / tv:5.1f}  "
              f"({nodes:,} nodes, {graph.number_of_edges():,} edges; spacegraph includes a Python layout and an offline page)")


if __name__ == "__main__":
    main()
