"""SHACL validation of a graph against ``ontology/shapes.ttl``, with messages that cite the contract."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph
from rdflib.namespace import SH

from .paths import ontology_dir


def shapes_graph(path: str | Path | None = None) -> Graph:
    g = Graph()
    g.parse(Path(path) if path else ontology_dir() / "shapes.ttl", format="turtle")
    return g


def validate(data: Graph, shapes: str | Path | None = None, limit: int = 50) -> tuple[bool, str]:
    """(conforms, report): the report lists each violation as focus node, path and message."""
    from pyshacl import validate as pyshacl_validate

    conforms, results, _ = pyshacl_validate(
        data, shacl_graph=shapes_graph(shapes), inference="none", advanced=True, allow_warnings=True
    )
    if conforms:
        return True, f"conforms: {len(data)} triples checked against the contract's shapes"
    lines = []
    for r in sorted(results.subjects(SH.resultSeverity, None), key=str):
        focus = results.value(r, SH.focusNode)
        path = results.value(r, SH.resultPath)
        msg = results.value(r, SH.resultMessage)
        where = data.namespace_manager.normalizeUri(focus) if focus is not None else "?"
        what = f" {data.namespace_manager.normalizeUri(path)}" if path is not None else ""
        lines.append(f"{where}{what}: {msg}")
    lines = sorted(set(lines))
    shown = lines[:limit] + ([f"... and {len(lines) - limit} more"] if len(lines) > limit else [])
    return False, f"does not conform: {len(lines)} violation(s)\n" + "\n".join(shown)
