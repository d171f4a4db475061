"""The interactive HTML view: one self-contained, offline, deterministic HTML file per graph.

The page embeds vis-network (read from the copy bundled with pyvis), a small application script
(``viz_assets/view.js``) and the graph's view data as JSON. Nothing is fetched at run time: no CDN,
no fonts, no images; a Content-Security-Policy forbids it too, and only the two scripts of the page,
identified by their hashes, may run.

All text that comes from articles or labels reaches the page as JSON data inside
``<script type="application/json">`` (with ``<``, ``>`` and ``&`` escaped) and is put into the DOM
with ``textContent`` only.

Graphs up to :data:`LARGE_GRAPH` nodes are laid out by vis-network's physics for a bounded number
of iterations, after which physics is switched off. Larger graphs get positions computed here
(a Fruchterman-Reingold layout per connected component with a fixed seed, components packed
in rows) and the browser does no physics at all.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
import html
import importlib.resources
import json
import math
import re
from collections import defaultdict
from pathlib import Path

import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS

from .namespace import ENTITY_CLASSES, PREFIXES, SG

#: Above this many nodes the layout is computed in Python and the browser runs no physics.
LARGE_GRAPH = 500

#: Class -> (fill colour, vis-network shape). Shapes all draw their label below the node.
CLASS_STYLE: dict[str, tuple[str, str]] = {
    "Agency": ("#e15759", "hexagon"),
    "Astronaut": ("#4e79a7", "dot"),
    "Mission": ("#f28e2b", "diamond"),
    "Country": ("#59a14f", "square"),
    "Agreement": ("#b07aa1", "triangleDown"),
    "SpaceStation": ("#edc948", "star"),
    "Program": ("#76b7b2", "triangle"),
    "Organization": ("#ff9da7", "hexagon"),
    "Person": ("#9c755f", "dot"),
    "Spacecraft": ("#8cd17d", "square"),
    "MissionFamily": ("#d4a6c8", "diamond"),
}
OTHER_STYLE = ("#bab0ac", "dot")
OTHER_CLASS = "Other"

_SG = str(SG)
_EVIDENCE_KEYS = {
    RDF.subject: "s", RDF.predicate: "p", RDF.object: "o", PROV.wasDerivedFrom: "article",
    SG.sentence: "sentence", SG.confidence: "confidence", SG.rule: "rule", SG.section: "section",
}
_PROVENANCE_ONLY = {SG.charStart, SG.charEnd}
_ARTICLE_KEYS = {DCTERMS.title: "title", DCTERMS.source: "source", DCTERMS.issued: "issued"}
#: Longest namespace first, so the most specific prefix wins.
_PREFIXES = sorted(((p, str(ns)) for p, ns in PREFIXES.items()), key=lambda item: (-len(item[1]), item[0]))
VIS_VERSION = "vis-9.1.2"


class FocusError(Exception):
    """``focus`` names no entity (or several); the message suggests the closest names."""


# ---------------------------------------------------------------------------- reading the graph


def compact(term) -> str:
    """A prefixed name (``mission:soyuz-ms-25``) when a bound prefix covers the IRI, else the IRI."""
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term)
    for prefix, ns in _PREFIXES:
        if text.startswith(ns) and len(text) > len(ns):
            return f"{prefix}:{text[len(ns):]}"
    return text


def _local(term) -> str:
    text = str(term)
    return text[len(_SG):] if text.startswith(_SG) else compact(term)


def _confidence(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return round(number, 2) if math.isfinite(number) else None


class _Graph:
    """One pass over the triples, sorted into what the view needs."""

    def __init__(self, graph: rdflib.Graph):
        types: dict = defaultdict(set)
        labels: dict = defaultdict(set)
        alts: dict = defaultdict(set)
        mentions: dict = defaultdict(set)
        article_info: dict = defaultdict(lambda: defaultdict(set))
        statements: dict = defaultdict(dict)
        links: set = set()
        literals: set = set()
        statement_nodes: set = set()
        for s, p, o in graph:
            if p == RDF.type:
                if o == RDF.Statement:
                    statement_nodes.add(s)
                elif isinstance(o, URIRef) and str(o).startswith(_SG):
                    types[s].add(str(o)[len(_SG):])
            elif p in _EVIDENCE_KEYS:
                statements[s][_EVIDENCE_KEYS[p]] = o
            elif p == RDFS.label:
                labels[s].add(str(o))
            elif p == SKOS.altLabel:
                alts[s].add(str(o))
            elif p == SG.mentionedIn:
                mentions[s].add(o)
            elif p in _ARTICLE_KEYS:
                article_info[s][_ARTICLE_KEYS[p]].add(str(o))
            elif p in _PROVENANCE_ONLY:
                continue
            elif str(p).startswith(_SG):
                (literals if isinstance(o, Literal) else links).add((s, p, o))

        self.articles = {s for s, classes in types.items() if "Article" in classes}
        not_entities = self.articles | statement_nodes | set(statements)
        entities = {s for s, classes in types.items() if classes - {"Article"}} - not_entities
        self.links = {(s, p, o) for s, p, o in links if s not in not_entities and o not in not_entities}
        for s, _, o in self.links:
            entities.add(s)
            entities.add(o)
        self._values: dict = defaultdict(list)
        for s, p, o in literals:
            if s in entities:
                self._values[s].append((s, p, o))
        self.entities = entities
        self.types = types
        self.labels = {e: min(labels[e]) if labels.get(e) else _fallback_label(e) for e in entities}
        self.alts = {e: sorted(alts.get(e, set()) - {self.labels[e]}, key=lambda a: (a.casefold(), a)) for e in entities}
        self.mentions = mentions
        self.article_info = article_info

        self.evidence: dict = defaultdict(list)
        self.evidence_articles: dict = defaultdict(set)
        for fields in statements.values():
            key = (fields.get("s"), fields.get("p"), fields.get("o"))
            if None in key:
                continue
            article = fields.get("article")
            if article is not None:
                self.evidence_articles[key].add(article)
            self.evidence[key].append({
                "article": compact(article) if article is not None else None,
                "sentence": str(fields["sentence"]) if "sentence" in fields else "",
                "confidence": _confidence(fields.get("confidence")),
                "section": str(fields["section"]) if "section" in fields else None,
                "rule": str(fields["rule"]) if "rule" in fields else None,
            })
        for evs in self.evidence.values():
            evs.sort(key=lambda e: (-(e["confidence"] if e["confidence"] is not None else -1.0),
                                    e["article"] or "", e["sentence"], e["rule"] or "", e["section"] or ""))

    def values_of(self, entity) -> list:
        """The entity's literal-valued sg: facts (launchDate, signedOn, ...), sorted."""
        return sorted(self._values.get(entity, ()),
                      key=lambda t: (_local(t[1]), str(t[2]), str(t[2].datatype or "")))

    def classes(self, entity) -> list[str]:
        found = self.types.get(entity, set()) - {"Article"}
        ordered = [c for c in ENTITY_CLASSES if c in found] + sorted(found - set(ENTITY_CLASSES))
        return ordered or [OTHER_CLASS]

    def names(self, entity) -> list[str]:
        return [self.labels[entity], *self.alts[entity]]


def _fallback_label(term) -> str:
    text = str(term)
    return re.split(r"[#/]", text.rstrip("/#"))[-1] or text


# ---------------------------------------------------------------------------- focus


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _find_focus(g: _Graph, focus: str, degree: dict):
    wanted = _norm(focus)
    if not wanted:
        raise FocusError("--focus needs a name")

    def best(candidates):
        return sorted(candidates, key=lambda e: (-degree.get(e, 0), compact(e)))[0]

    by_label = [e for e in g.entities if _norm(g.labels[e]) == wanted]
    if by_label:
        return best(by_label)
    by_alt = [e for e in g.entities if any(_norm(a) == wanted for a in g.alts[e])]
    if by_alt:
        return best(by_alt)
    partial = sorted((e for e in g.entities if any(wanted in _norm(n) for n in g.names(e))), key=compact)
    if len(partial) == 1:
        return partial[0]
    if partial:
        names = sorted({g.labels[e] for e in partial}, key=lambda n: (len(n), n.casefold(), n))
        shown = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
        raise FocusError(f"{focus!r} matches {len(partial)} entities: {shown}; give a full name")
    raise FocusError(f"no entity named {focus!r}" + _suggest(g, focus))


def _suggest(g: _Graph, focus: str) -> str:
    """'; closest: ...' with up to five entities whose label or alias is most like ``focus`` (difflib)."""
    owners: dict[str, list] = defaultdict(list)
    for e in sorted(g.entities, key=compact):
        for name in g.names(e):
            owners[_norm(name)].append((e, name))
    if not owners:
        return "; the graph has no entities"
    keys = sorted(owners)
    close = difflib.get_close_matches(_norm(focus), keys, n=25, cutoff=0.4)
    if not close:
        close = difflib.get_close_matches(_norm(focus), keys, n=25, cutoff=0.0)
    seen: set = set()
    shown: list[str] = []
    for key in close:
        for e, name in owners[key]:
            if e in seen or len(shown) == 5:
                continue
            seen.add(e)
            label = g.labels[e]
            shown.append(label if name == label else f"{label} (as {name!r})")
    return "; closest: " + ", ".join(shown)


# ---------------------------------------------------------------------------- view data


def view_data(graph: rdflib.Graph, focus: str | None = None, depth: int = 1) -> dict:
    """The nodes, edges, legend and articles that the page shows, as plain JSON-able data.

    ``focus``: the entity whose label or alias equals it (case-insensitive), else the one whose name
    contains it; the view then holds it and everything within ``depth`` hops. Raises FocusError when
    nothing (or more than one entity, by substring) matches.
    """
    g = _Graph(graph)
    links = sorted(g.links, key=lambda t: (compact(t[0]), _local(t[1]), compact(t[2])))
    degree_all: dict = defaultdict(int)
    for s, _, o in links:
        degree_all[s] += 1
        if o != s:
            degree_all[o] += 1

    keep = set(g.entities)
    focus_node = None
    if focus is not None:
        focus_node = _find_focus(g, focus, degree_all)
        neighbours: dict = defaultdict(set)
        for s, _, o in links:
            neighbours[s].add(o)
            neighbours[o].add(s)
        keep = {focus_node}
        frontier = {focus_node}
        for _ in range(max(0, int(depth))):
            frontier = {n for f in frontier for n in neighbours[f]} - keep
            if not frontier:
                break
            keep |= frontier
        links = [t for t in links if t[0] in keep and t[2] in keep]

    degree: dict = defaultdict(int)
    for s, _, o in links:
        degree[s] += 1
        if o != s:
            degree[o] += 1

    entities = sorted(keep, key=compact)
    used_articles: set = set()
    nodes = []
    for e in entities:
        classes = g.classes(e)
        arts = sorted(g.mentions.get(e, set()), key=lambda a: (_article_sort(g, a), compact(a)))
        used_articles.update(arts)
        values = []
        for s, p, o in g.values_of(e):
            evs = g.evidence.get((s, p, o), [])
            used_articles.update(g.evidence_articles.get((s, p, o), ()))
            values.append({
                "property": _local(p),
                "value": str(o),
                "datatype": compact(o.datatype) if o.datatype else None,
                "evidence": evs,
                "conf": _best(evs),
            })
        d = degree.get(e, 0)
        nodes.append({
            "id": compact(e),
            "label": g.labels[e],
            "cls": classes[0],
            "types": classes,
            "alt": g.alts[e],
            "articles": [compact(a) for a in arts],
            "values": values,
            "degree": d,
            "size": round(12 + 4 * math.sqrt(d)),
        })

    edges = []
    pair_count: dict = defaultdict(int)
    for s, _, o in links:
        pair_count[frozenset((s, o))] += 1
    pair_seen: dict = defaultdict(int)
    for i, (s, p, o) in enumerate(links):
        evs = g.evidence.get((s, p, o), [])
        used_articles.update(g.evidence_articles.get((s, p, o), ()))
        pair = frozenset((s, o))
        k = pair_seen[pair]
        pair_seen[pair] += 1
        curve = 0.0
        if pair_count[pair] > 1 and s != o:
            roundness = 0.25 * (1 + k // 2)
            sign = 1 if k % 2 == 0 else -1
            if compact(s) > compact(o):  # curvedCW is relative to the edge's direction
                sign = -sign
            curve = sign * roundness
        prop = _local(p)
        edges.append({
            "id": f"e{i}",
            "from": compact(s),
            "to": compact(o),
            "property": prop,
            "label": prop,
            "evidence": evs,
            "conf": _best(evs),
            "curve": curve,
        })

    counts: dict = defaultdict(int)
    for node in nodes:
        counts[node["cls"]] += 1
    order = [c for c in ENTITY_CLASSES if c in counts] + sorted(c for c in counts if c not in ENTITY_CLASSES)
    classes = []
    for name in order:
        colour, shape = CLASS_STYLE.get(name, OTHER_STYLE)
        classes.append({"name": name, "color": colour, "border": _darken(colour), "shape": shape, "count": counts[name]})
    prop_counts: dict = defaultdict(int)
    for edge in edges:
        prop_counts[edge["property"]] += 1

    articles = []
    for a in sorted(used_articles, key=lambda a: (_article_sort(g, a), compact(a))):
        info = g.article_info.get(a, {})
        articles.append({
            "id": compact(a),
            "title": _one(info.get("title")) or _one(info.get("source")) or compact(a),
            "source": _one(info.get("source")),
            "issued": _one(info.get("issued")),
        })

    large = len(nodes) > LARGE_GRAPH
    if large:
        index = {n["id"]: i for i, n in enumerate(nodes)}
        pairs = [(index[e["from"]], index[e["to"]]) for e in edges]
        for node, (x, y) in zip(nodes, layout_positions(len(nodes), pairs)):
            node["x"], node["y"] = x, y
    return {
        "version": 1,
        "focus": compact(focus_node) if focus_node is not None else None,
        "depth": int(depth) if focus_node is not None else None,
        "layout": "precomputed" if large else "physics",
        "stabilizationIterations": 0 if large else (400 if len(nodes) <= 200 else 200),
        "classes": classes,
        "properties": [{"name": k, "count": prop_counts[k]} for k in sorted(prop_counts)],
        "nodes": nodes,
        "edges": edges,
        "articles": articles,
    }


def _article_sort(g: _Graph, article) -> tuple:
    info = g.article_info.get(article, {})
    return (_one(info.get("issued")) or "9999", _one(info.get("title")) or "")


def _one(values) -> str | None:
    return min(values) if values else None


def _best(evidence: list[dict]) -> float | None:
    confs = [e["confidence"] for e in evidence if e["confidence"] is not None]
    return max(confs) if confs else None


def _darken(colour: str, factor: float = 0.7) -> str:
    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return "#{:02x}{:02x}{:02x}".format(*(round(c * factor) for c in (r, g, b)))


# ---------------------------------------------------------------------------- layout for large graphs

#: Target distance between linked nodes, in vis-network canvas units.
SPACING = 110.0
#: Target distance from a node to its nearest neighbour (median over the nodes), in canvas units.
NEIGHBOUR_GAP = 45.0


def layout_positions(n: int, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Integer positions for ``n`` nodes linked by ``pairs``: each connected component laid out on its own
    (Fruchterman-Reingold with a fixed seed; small components as a hub and a ring), then packed in rows,
    largest first. Deterministic."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        members[find(i)].append(i)
    comp_pairs: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for a, b in pairs:
        if a != b:
            comp_pairs[find(a)].append((a, b))
    comps = sorted(members.items(), key=lambda item: (-len(item[1]), item[0]))

    placed = []  # (members, local xs, local ys, width, height)
    for root, nodes in comps:
        local = {g: i for i, g in enumerate(nodes)}
        edges = [(local[a], local[b]) for a, b in comp_pairs.get(root, [])]
        xs, ys = _component_layout(len(nodes), edges)
        minx, miny = min(xs), min(ys)
        xs = [x - minx for x in xs]
        ys = [y - miny for y in ys]
        placed.append((nodes, xs, ys, max(xs), max(ys)))

    pad = SPACING
    total_area = sum((w + pad) * (h + pad) for _, _, _, w, h in placed)
    # rows about 1.6 times as wide as the drawing is high: the shape of a screen
    row_width = max(max(w + pad for _, _, _, w, _ in placed), math.sqrt(total_area * 1.6)) if placed else 0
    out: list[tuple[int, int]] = [(0, 0)] * n
    cx = cy = row_height = 0.0
    for nodes, xs, ys, w, h in placed:
        if cx > 0 and cx + w > row_width:
            cx, cy, row_height = 0.0, cy + row_height + pad, 0.0
        for g, x, y in zip(nodes, xs, ys):
            out[g] = (round(cx + x), round(cy + y))
        cx += w + pad
        row_height = max(row_height, h)
    # centre the drawing on the origin
    if out:
        mx = round((min(p[0] for p in out) + max(p[0] for p in out)) / 2)
        my = round((min(p[1] for p in out) + max(p[1] for p in out)) / 2)
        out = [(x - mx, y - my) for x, y in out]
    return out


def _component_layout(n: int, edges: list[tuple[int, int]]) -> tuple[list[float], list[float]]:
    if n == 1:
        return [0.0], [0.0]
    if n <= 8:
        degree = [0] * n
        for a, b in edges:
            degree[a] += 1
            degree[b] += 1
        hub = max(range(n), key=lambda i: (degree[i], -i))
        xs, ys = [0.0] * n, [0.0] * n
        ring = [i for i in range(n) if i != hub]
        radius = SPACING if len(ring) <= 3 else SPACING * len(ring) / 4
        for k, i in enumerate(ring):
            angle = 2 * math.pi * k / len(ring) - math.pi / 2
            xs[i], ys[i] = radius * math.cos(angle), radius * math.sin(angle)
        return xs, ys
    return _fruchterman_reingold(n, edges)


def _fruchterman_reingold(n: int, edges: list[tuple[int, int]]) -> tuple[list[float], list[float]]:
    """The force-directed layout of networkx's spring_layout, vectorised with numpy (no scipy needed);
    above 2,500 nodes repulsion is estimated from a fixed-size sample of the nodes."""
    import numpy as np

    rng = np.random.default_rng(20240611 + n)
    x = rng.random(n).astype(np.float32)
    y = rng.random(n).astype(np.float32)
    src = np.array([a for a, _ in edges], dtype=np.intp)
    dst = np.array([b for _, b in edges], dtype=np.intp)
    k = np.float32(1.0 / math.sqrt(n))
    k2 = k * k
    iterations = 60 if n <= 1000 else 40 if n <= 3000 else 25
    sample = 2000
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        if n > sample:
            pick = rng.choice(n, size=sample, replace=False)
            px, py, weight = x[pick], y[pick], np.float32(n / sample)
        else:
            px, py, weight = x, y, np.float32(1.0)
        dx = x[:, None] - px[None, :]
        dy = y[:, None] - py[None, :]
        d2 = dx * dx
        d2 += dy * dy
        np.maximum(d2, np.float32(1e-6), out=d2)
        np.divide(k2 * weight, d2, out=d2)
        fx = (dx * d2).sum(axis=1)
        fy = (dy * d2).sum(axis=1)
        if len(src):
            ex = x[src] - x[dst]
            ey = y[src] - y[dst]
            dist = np.sqrt(ex * ex + ey * ey) / k
            ax, ay = ex * dist, ey * dist
            fx -= np.bincount(src, ax, n).astype(np.float32)
            fx += np.bincount(dst, ax, n).astype(np.float32)
            fy -= np.bincount(src, ay, n).astype(np.float32)
            fy += np.bincount(dst, ay, n).astype(np.float32)
        length = np.sqrt(fx * fx + fy * fy)
        length = np.where(length < 0.01, np.float32(0.1), length)
        step = np.float32(temperature) / length
        x += fx * step
        y += fy * step
        temperature -= cooling
    # scale so that a typical link is SPACING long and a typical node has room around it
    typical = float(k)
    if len(src):
        lengths = np.sqrt((x[src] - x[dst]) ** 2 + (y[src] - y[dst]) ** 2)
        typical = float(np.median(lengths)) or typical
    scale = SPACING / max(typical, 1e-6)
    probe = np.arange(0, n, max(1, n // 1000))
    dx = x[probe][:, None] - x[None, :]
    dy = y[probe][:, None] - y[None, :]
    d2 = dx * dx + dy * dy
    d2[np.arange(len(probe)), probe] = np.inf
    nearest = float(np.median(np.sqrt(d2.min(axis=1))))
    scale = max(scale, NEIGHBOUR_GAP / max(nearest, 1e-6))
    return [float(v) * scale for v in x], [float(v) * scale for v in y]


# ---------------------------------------------------------------------------- the page


def _asset(name: str) -> str:
    return (importlib.resources.files("spacegraph") / "viz_assets" / name).read_text(encoding="utf-8")


def _vis(name: str) -> str:
    """vis-network's own files, as bundled with pyvis (pyvis/lib/vis-9.1.2/)."""
    return (importlib.resources.files("pyvis") / "lib" / VIS_VERSION / name).read_text(encoding="utf-8")


def _script_safe(code: str) -> str:
    """Inline script text that cannot end its <script> element early."""
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE).replace("<!--", "<\\!--")


def _style_safe(css: str) -> str:
    return re.sub(r"</(style)", r"<\\/\1", css, flags=re.IGNORECASE)


def json_for_html(data) -> str:
    """Canonical JSON with <, > and & escaped, safe inside <script type="application/json">."""
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(data: dict, title: str = "spacegraph", min_confidence: float = 0.0) -> str:
    from . import __version__

    vis_js = _script_safe(_vis("vis-network.min.js"))
    app_js = _script_safe(_asset("view.js"))
    csp = ("default-src 'none'; script-src " + _sha256(vis_js) + " " + _sha256(app_js)
           + "; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'")
    level = f"{min(1.0, max(0.0, float(min_confidence))):.2f}"
    payload = dict(data, title=title, minConfidence=float(level))
    fields = {
        "CSP": html.escape(csp, quote=False),
        "VERSION": html.escape(__version__),
        "TITLE": html.escape(title),
        "MINCONF": level,
        "VIS_CSS": _style_safe(_vis("vis-network.css")),
        "APP_CSS": _style_safe(_asset("view.css")),
        "DATA": json_for_html(payload),
        "VIS_JS": vis_js,
        "APP_JS": app_js,
    }
    return re.sub(r"@@([A-Z_]+)@@", lambda m: fields[m.group(1)], _asset("page.html"))


def write_html(graph: rdflib.Graph, path: Path, focus: str | None = None, depth: int = 1,
               min_confidence: float = 0.0, title: str = "spacegraph") -> Path:
    """Write the interactive view of ``graph`` to ``path`` (one self-contained UTF-8 file) and return the path.

    The same graph and arguments always give byte-identical files.
    """
    data = view_data(graph, focus=focus, depth=depth)
    page = render_html(data, title=title, min_confidence=min_confidence)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(page, encoding="utf-8", newline="\n")
    return path
