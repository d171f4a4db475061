"""RDF: the resolved corpus as an rdflib graph that follows the output contract, and its serialisations.

Evidence nodes are IRIs minted from a hash of what they attest (fact, article, sentence position,
rule), not blank nodes: blank-node labels would make two runs' Turtle differ.
"""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from .namespace import PREFIXES, SG, SGR
from .records import DateValue
from .resolve import Corpus

#: Output formats: CLI name -> (rdflib format, file suffix).
FORMATS = {
    "turtle": ("turtle", "ttl"), "ttl": ("turtle", "ttl"), "nt": ("nt", "nt"), "ntriples": ("nt", "nt"),
    "trig": ("trig", "trig"), "jsonld": ("json-ld", "jsonld"), "json-ld": ("json-ld", "jsonld"),
    "xml": ("xml", "rdf"), "rdfxml": ("xml", "rdf"), "n3": ("n3", "n3"), "nquads": ("nquads", "nq"),
}


def new_graph() -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def to_graph(corpus: Corpus) -> Graph:
    g = new_graph()
    for iri, art in corpus.articles.items():
        node = URIRef(iri)
        g.add((node, RDF.type, SG.Article))
        g.add((node, DCTERMS.source, Literal(art.source)))
        g.add((node, DCTERMS.identifier, Literal(art.identifier)))
        g.add((node, DCTERMS.title, Literal(art.title)))
        if art.published:
            g.add((node, DCTERMS.issued, Literal(art.published.isoformat(), datatype=XSD.date)))
    for ent in corpus.entities.values():
        node = URIRef(ent.iri)
        for cls in {ent.cls} | ent.extra_types:
            g.add((node, RDF.type, SG[cls]))
        g.add((node, RDFS.label, Literal(ent.label)))
        for alt in ent.alt_labels:
            g.add((node, SKOS.altLabel, Literal(alt)))
        for a in ent.articles:
            g.add((node, SG.mentionedIn, URIRef(a)))
    for f in corpus.facts:
        s, p = URIRef(f.subject), SG[f.predicate]
        o = _date(f.object) if isinstance(f.object, DateValue) else URIRef(f.object)
        g.add((s, p, o))
        for ev in f.evidence:
            digest = hashlib.sha1(f"{s}|{p}|{o}|{ev.article}|{ev.start}|{ev.rule}".encode()).hexdigest()[:16]
            node = SGR[f"evidence/{digest}"]
            g.add((node, RDF.type, RDF.Statement))
            g.add((node, RDF.subject, s))
            g.add((node, RDF.predicate, p))
            g.add((node, RDF.object, o))
            g.add((node, PROV.wasDerivedFrom, URIRef(ev.article)))
            g.add((node, SG.sentence, Literal(ev.sentence)))
            g.add((node, SG.confidence, Literal(Decimal(f"{ev.confidence:.2f}"), datatype=XSD.decimal)))
            g.add((node, SG.rule, Literal(ev.rule)))
            g.add((node, SG.section, Literal(ev.section)))
            g.add((node, SG.charStart, Literal(ev.start, datatype=XSD.integer)))
            g.add((node, SG.charEnd, Literal(ev.end, datatype=XSD.integer)))
    return g


def _date(value: DateValue) -> Literal:
    return Literal(value.lexical, datatype=XSD[value.datatype])


def serialize(g: Graph, fmt: str = "turtle") -> bytes:
    """The graph in ``fmt`` (a key of FORMATS), as UTF-8 bytes; identical input gives identical bytes."""
    rdflib_format = FORMATS[fmt][0]
    if rdflib_format in ("trig", "nquads"):  # the graph goes in the default graph, not a blank-node-named one
        ds = Dataset()
        for prefix, ns in g.namespaces():
            ds.bind(prefix, ns)
        for t in g:
            ds.add(t)
        g = ds
    if rdflib_format in ("nt", "nquads"):
        lines = sorted(set(g.serialize(format=rdflib_format).splitlines()))
        return ("\n".join(line for line in lines if line.strip()) + "\n").encode("utf-8")
    data = g.serialize(format=rdflib_format, encoding="utf-8")
    return data if isinstance(data, bytes) else data.encode("utf-8")


def write(g: Graph, path: Path, fmt: str | None = None) -> Path:
    fmt = fmt or format_for(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(serialize(g, fmt))
    tmp.replace(path)  # never leave a half-written graph behind
    return path


def format_for(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    for name, (_, ext) in FORMATS.items():
        if ext == suffix:
            return name
    return "turtle"
