"""SPARQL over a graph file: the contract's prefixes pre-bound, results as a table or a SPARQL 1.1 results format.

Updates are refused unless asked for, so a typo cannot rewrite a graph.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

import pyoxigraph as ox

from .namespace import PREFIXES

RESULT_FORMATS = ("table", "csv", "tsv", "json")
GRAPH_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "jsonld": ox.RdfFormat.JSON_LD}
_UPDATE = re.compile(r"^\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.I)
PREFIX_MAP = {p: str(ns) for p, ns in PREFIXES.items()}
#: Prefixes for writing Turtle: entity IRIs stay whole, as sgr: names their slashes would be escaped (sgr:mission\/crew-7).
TURTLE_PREFIXES = {p: ns for p, ns in PREFIX_MAP.items() if p != "sgr"}


class QueryError(Exception):
    """A query that cannot run; for syntax errors the message gives line and column."""


@dataclass
class Result:
    kind: str  # "select", "ask", "graph"
    value: object


def _strip_prologue(text: str) -> str:
    """The query after comments and PREFIX/BASE declarations, to see what kind of operation it is."""
    no_comments = re.sub(r"(?m)#[^\n<>\"']*$", "", text)
    return re.sub(r"(?is)^\s*(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s+<[^>]*>)\s*)*", "", no_comments)


def is_update(text: str) -> bool:
    return bool(_UPDATE.match(_strip_prologue(text)))


def run(store: ox.Store, text: str, allow_update: bool = False) -> Result:
    if is_update(text):
        if not allow_update:
            raise QueryError("this is a SPARQL update, which would change the graph; pass --update (and --output) to apply it")
        try:
            store.update(text, prefixes=PREFIX_MAP)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error {_position(exc)}") from None
        return Result("update", None)
    try:
        value = store.query(text, prefixes=PREFIX_MAP)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error {_position(exc)}") from None
    except OSError as exc:
        raise QueryError(f"query failed: {exc}") from None
    if isinstance(value, ox.QueryBoolean):
        return Result("ask", bool(value))
    if isinstance(value, ox.QueryTriples):
        return Result("graph", value)
    return Result("select", value)


def _position(exc: SyntaxError) -> str:
    """'error at 1:26: expected ...' -> 'at line 1, column 26: expected ...'."""
    msg = " ".join(str(exc).split())
    m = re.search(r"(\d+):(\d+)(?:-\d+:\d+)?:?\s*(.*)", msg)
    if m:
        return f"at line {m.group(1)}, column {m.group(2)}: {m.group(3)}".rstrip(": ")
    return msg


def compact(term, prefixes: dict[str, str] = PREFIX_MAP) -> str:
    """A term as a person reads it: prefixed name, plain literal value, or _:blank."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        iri = term.value
        for p, ns in sorted(prefixes.items(), key=lambda kv: -len(kv[1])):
            if iri.startswith(ns) and re.fullmatch(r"[\w./-]*", iri[len(ns):]):
                return f"{p}:{iri[len(ns):]}"
        return f"<{iri}>"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def format_result(result: Result, fmt: str = "table") -> str:
    if result.kind == "update":
        return ""
    if result.kind == "ask":
        if fmt == "json":
            return '{"head":{},"boolean":%s}\n' % ("true" if result.value else "false")
        return ("true" if result.value else "false") + "\n"
    if result.kind == "graph":
        graph_fmt = GRAPH_FORMATS.get(fmt, ox.RdfFormat.TURTLE)
        if graph_fmt == ox.RdfFormat.TURTLE:
            # QueryTriples.serialize takes no prefixes; the module-level serializer does.
            return ox.serialize(list(result.value), format=graph_fmt, prefixes=TURTLE_PREFIXES).decode("utf-8")
        return result.value.serialize(format=graph_fmt).decode("utf-8")
    solutions = result.value
    names = [v.value for v in solutions.variables]
    if fmt in ("json", "csv", "tsv"):
        rf = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV}[fmt]
        text = solutions.serialize(format=rf).decode("utf-8")
        return text if text.endswith("\n") else text + "\n"
    rows = [[compact(sol[n]) for n in names] for sol in solutions]
    return table(names, rows)


def table(header: list[str], rows: list[list[str]], max_width: int = 70) -> str:
    def cut(s: str) -> str:
        s = " ".join(s.split())
        return s if len(s) <= max_width else s[: max_width - 1] + "…"

    rows = [[cut(c) for c in r] for r in rows]
    widths = [max([len(h)] + [len(r[i]) for r in rows]) for i, h in enumerate(header)]
    line = lambda cells: "  ".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    out = [line(header), line(["-" * w for w in widths])] + [line(r) for r in rows]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def to_csv(header: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()
