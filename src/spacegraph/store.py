"""Loading graphs written by ``build``: into rdflib for small edits and analysis, into pyoxigraph for queries.

pyoxigraph loads and queries an order of magnitude faster than rdflib (see ../shared/NOTES.md), so
every read-only workload on a graph file goes through it.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib import Graph

#: File suffix -> (rdflib format, pyoxigraph format or None when rdflib must parse it).
SUFFIX_FORMATS = {
    "ttl": ("turtle", ox.RdfFormat.TURTLE), "turtle": ("turtle", ox.RdfFormat.TURTLE),
    "nt": ("nt", ox.RdfFormat.N_TRIPLES), "n3": ("n3", ox.RdfFormat.N3),
    "trig": ("trig", ox.RdfFormat.TRIG), "nq": ("nquads", ox.RdfFormat.N_QUADS),
    "jsonld": ("json-ld", None), "json": ("json-ld", None), "rdf": ("xml", ox.RdfFormat.RDF_XML),
    "owl": ("xml", ox.RdfFormat.RDF_XML), "xml": ("xml", ox.RdfFormat.RDF_XML),
}


class StoreError(Exception):
    """A graph file that cannot be read; the message names the file and the problem."""


def _check(path: Path) -> tuple[str, object]:
    if not path.exists():
        raise StoreError(f"{path}: no such file")
    if not path.is_file():
        raise StoreError(f"{path}: not a file")
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in SUFFIX_FORMATS:
        raise StoreError(f"{path}: unknown RDF file type .{suffix}; expected one of {', '.join(sorted(SUFFIX_FORMATS))}")
    return SUFFIX_FORMATS[suffix]


def load_graph(path: str | Path) -> Graph:
    """The file as one rdflib Graph (named graphs of TriG/N-Quads merged)."""
    path = Path(path)
    fmt, _ = _check(path)
    try:
        if fmt in ("trig", "nquads"):
            ds = rdflib.Dataset()
            ds.parse(path, format=fmt)
            g = Graph()
            for s, p, o, _ in ds.quads((None, None, None, None)):
                g.add((s, p, o))
            for prefix, ns in ds.namespaces():
                g.bind(prefix, ns)
            return g
        g = Graph()
        g.parse(path, format=fmt)
        return g
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except Exception as exc:  # rdflib raises many parser-specific types
        raise StoreError(f"{path}: not valid {fmt}: {_short(exc)}") from None


def load_store(path: str | Path) -> ox.Store:
    """The file in an in-memory pyoxigraph store, ready for SPARQL."""
    path = Path(path)
    rdflib_fmt, ox_fmt = _check(path)
    store = ox.Store()
    try:
        if ox_fmt is None:
            data = load_graph(path).serialize(format="nt", encoding="utf-8")
            store.bulk_load(data, format=ox.RdfFormat.N_TRIPLES)
        else:
            store.bulk_load(path=str(path), format=ox_fmt)
    except StoreError:
        raise
    except OSError as exc:
        raise StoreError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or _short(exc)})") from None
    except (SyntaxError, ValueError) as exc:
        raise StoreError(f"{path}: not valid {rdflib_fmt}: {_short(exc)}") from None
    return store


def _short(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] or exc.__class__.__name__
