"""Eval: precision, recall and F1 of a graph against gold files, scored exactly as the contract describes.

Per article (the default), an entity counts when it is ``sg:mentionedIn`` the article and a relation
when one of its evidence nodes was derived from it. ``explain`` lists every false positive and false
negative with the sentence behind it, so errors can be studied rather than guessed at.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from .namespace import RELATIONS, SG, VALUES

SCORED_TYPES = ("Agency", "Astronaut", "Mission", "Country", "Agreement", "SpaceStation", "Program")
ALL_TYPES = SCORED_TYPES + ("Organization", "Person")
SCHEMA_NAME = URIRef("https://schema.org/name")
SCHEMA_URL = URIRef("https://schema.org/url")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


class GoldError(Exception):
    """A gold file that does not follow spacegraph-gold/1."""


# ---------------------------------------------------------------------------- names


def _roman(tok: str) -> str | None:
    if not re.fullmatch(r"[ivxl]{2,}", tok):
        return None
    total = prev = 0
    for ch in reversed(tok):
        v = _ROMAN[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return str(total)


def normalize(name: str) -> str:
    """Case, accents, punctuation, hyphens, a leading article and roman numerals folded away."""
    s = unicodedata.normalize("NFKD", str(name)).replace("ł", "l").replace("Ł", "L")
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = s.replace("\u2019", "'").replace("`", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[-\u2010-\u2015_/]", " ", s)
    s = re.sub(r"[^a-z0-9 ]", "", s)
    toks = s.split()
    if len(toks) > 1 and toks[0] in ("the", "a", "an"):
        toks = toks[1:]
    if toks:
        toks = [toks[0]] + [_roman(t) or t for t in toks[1:]]
    return " ".join(toks)


# ---------------------------------------------------------------------------- the system's graph


@dataclass
class SystemView:
    """What the scorer needs from a graph, indexed once."""

    names: dict = field(default_factory=lambda: defaultdict(set))
    labels: dict = field(default_factory=dict)
    types: dict = field(default_factory=lambda: defaultdict(set))
    articles: dict = field(default_factory=dict)  # article node -> identifiers
    sources: dict = field(default_factory=dict)  # article node -> dcterms:source
    mentioned: dict = field(default_factory=lambda: defaultdict(set))
    rels: set = field(default_factory=set)
    values: set = field(default_factory=set)
    evidence: dict = field(default_factory=lambda: defaultdict(dict))  # article -> key -> [(conf, sentence)]

    @classmethod
    def from_graph(cls, g: Graph, min_confidence: float | None = None) -> SystemView:
        v = cls()
        for p in (RDFS.label, SKOS.altLabel, SKOS.prefLabel, SCHEMA_NAME):
            for s, o in g.subject_objects(p):
                v.names[s].add(normalize(o))
        for s, o in g.subject_objects(RDFS.label):
            v.labels[s] = str(o)
        for t in ALL_TYPES:
            for s in g.subjects(RDF.type, SG[t]):
                v.types[s].add(t)
        for a in g.subjects(RDF.type, SG.Article):
            ids = {str(a)} | {str(o) for p in (DCTERMS.source, DCTERMS.identifier, SCHEMA_URL) for o in g.objects(a, p)}
            v.articles[a] = ids
            v.sources[a] = str(g.value(a, DCTERMS.source) or "")
        for e, a in g.subject_objects(SG.mentionedIn):
            v.mentioned[a].add(e)
        for p in RELATIONS:
            for s, o in g.subject_objects(SG[p]):
                v.rels.add((s, p, o))
                if p == "commander":
                    v.rels.add((s, "crewMember", o))
        for p in VALUES:
            for s, o in g.subject_objects(SG[p]):
                v.values.add((s, p, str(o)))
        for st in g.subjects(RDF.type, RDF.Statement):
            s, p, o = g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)
            if p is None or not str(p).startswith(str(SG)):
                continue
            conf = g.value(st, SG.confidence)
            conf = float(conf) if conf is not None else 1.0
            if min_confidence is not None and conf < min_confidence:
                continue
            pn = str(p)[len(str(SG)):]
            sentence = str(g.value(st, SG.sentence) or "")
            for a in g.objects(st, PROV.wasDerivedFrom):
                key = (s, pn, str(o) if isinstance(o, Literal) else o)
                v.evidence[a].setdefault(key, []).append((conf, sentence))
                if pn == "commander":
                    v.evidence[a].setdefault((s, "crewMember", o), []).append((conf, sentence))
        return v

    def article_node(self, filename: str):
        stem = filename.rsplit(".", 1)[0]
        for a, ids in self.articles.items():
            if any(i.endswith(filename) or i.endswith(stem) or i.endswith(stem + "/") for i in ids):
                return a
        return None

    def show(self, node) -> str:
        if isinstance(node, (URIRef, BNode)):
            return self.labels.get(node) or str(node).rsplit("/", 1)[-1]
        return str(node)


# ---------------------------------------------------------------------------- gold


def load_gold(directory: str | Path) -> list[dict]:
    directory = Path(directory)
    if not directory.is_dir():
        raise GoldError(f"{directory}: not a folder of gold files")
    golds = []
    for path in sorted(directory.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: not readable JSON ({exc})") from None
        if gold.get("format") != "spacegraph-gold/1":
            raise GoldError(f"{path}: 'format' must be 'spacegraph-gold/1' (see CONTRACT.md, gold annotation format)")
        for k in ("article", "entities", "relations"):
            if k not in gold:
                raise GoldError(f"{path}: missing required field {k!r}")
        keys = set(gold["entities"])
        for rel in gold["relations"] + gold.get("optional", {}).get("relations", []):
            if len(rel) != 3 or rel[0] not in keys or rel[2] not in keys:
                raise GoldError(f"{path}: relation {rel} names an entity key that is not in 'entities'")
        gold["_path"] = str(path)
        golds.append(gold)
    if not golds:
        raise GoldError(f"{directory}: no *.json gold files")
    return golds


# ---------------------------------------------------------------------------- scoring


@dataclass
class Item:
    """One scored error, for --explain."""

    article: str
    kind: str  # "FP" or "FN"
    category: str  # "entity:Mission", "rel:crewMember", "value:launchDate"
    what: str
    sentence: str = ""


@dataclass
class Report:
    counts: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0, 0]))
    errors: list = field(default_factory=list)
    missing_articles: list = field(default_factory=list)

    def add(self, other: dict) -> None:
        for k, v in other.items():
            for i in range(3):
                self.counts[k][i] += v[i]

    def summary(self) -> dict:
        agg = {"entity": [0, 0, 0], "relation": [0, 0, 0]}
        for k, v in self.counts.items():
            bucket = "entity" if k.startswith("entity:") else "relation"
            for i in range(3):
                agg[bucket][i] += v[i]
        return {b: dict(zip(("tp", "fp", "fn", "P", "R", "F1"), (*c, *prf(*c)))) for b, c in agg.items()}

    def format(self) -> str:
        lines = [f"{'item':28} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
        for k in sorted(self.counts):
            tp, fp, fn = self.counts[k]
            p, r, f = prf(tp, fp, fn)
            lines.append(f"{k:28} {tp:4} {fp:4} {fn:4} {p:6.3f} {r:6.3f} {f:6.3f}")
        summary = self.summary()
        for b in ("entity", "relation"):
            s = summary[b]
            lines.append(f"{b.upper():28} {s['tp']:4} {s['fp']:4} {s['fn']:4} {s['P']:6.3f} {s['R']:6.3f} {s['F1']:6.3f}")
        if self.missing_articles:
            lines.append("articles not found in graph: " + ", ".join(self.missing_articles))
        return "\n".join(lines) + "\n"


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(p, 3), round(r, 3), round(f, 3)


def score(view: SystemView, golds: list[dict], mode: str = "article", explain: bool = False) -> Report:
    report = Report()
    if mode == "corpus":
        merged = _merge_golds(golds)
        ev_all = {}
        for per_article in view.evidence.values():
            ev_all.update(per_article)
        report.add(_score_one(view, merged, set(view.types), view.rels, view.values, ev_all, "(corpus)", report.errors))
        return report
    for gold in golds:
        a = view.article_node(gold["article"])
        if a is None:
            report.missing_articles.append(gold["article"])
            report.add(_score_one(view, gold, set(), set(), set(), {}, gold["article"], report.errors))
            continue
        ev = view.evidence.get(a, {})
        rels = {r for r in view.rels if r in ev}
        vals = {v for v in view.values if v in ev}
        report.add(_score_one(view, gold, view.mentioned.get(a, set()), rels, vals, ev, gold["article"], report.errors,
                              _article_sentences(view, a) if explain else ()))
    return report


def _article_sentences(view: SystemView, article_node) -> list[str]:
    """The sentences of an article's source file, for showing where a missed fact was stated."""
    path = Path(view.sources.get(article_node, "") or "")
    if not path.is_file():
        return []
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return []
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        from bs4 import BeautifulSoup

        soup = BeautifulSoup(text, "lxml")
        for tag in soup(["script", "style", "noscript"]):
            tag.decompose()
        text = soup.get_text("\n")
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+", text)
    return [" ".join(p.split()) for p in parts if p.strip()]


def _where(sentences: list[str], *name_sets) -> str:
    """The first sentence naming something from every set (or, failing that, from the last one)."""
    normed = [(s, f" {normalize(s)} ") for s in sentences]
    for sets in (name_sets, name_sets[-1:]):
        for s, n in normed:
            if all(any(f" {name} " in n for name in names if name) for names in sets):
                return s
    return ""


def _score_one(view, gold, entities, rels, values, evidence, article, errors, sentences=()) -> dict:
    counts: dict = defaultdict(lambda: [0, 0, 0])
    ignore = {normalize(n) for n in gold.get("ignore", [])}
    gents = gold["entities"]
    gnames = {k: {normalize(n) for n in v["names"]} for k, v in gents.items()}
    gtypes = {k: set(v["type"]) if isinstance(v["type"], list) else {v["type"]} for k, v in gents.items()}
    grels = {tuple(r) for r in gold["relations"]}
    opt = {tuple(r) for r in gold.get("optional", {}).get("relations", [])}
    gvals = {(s, p): set(vs) for s, p, vs in gold.get("values", [])}

    def key_by_name(e):
        names = view.names.get(e, set())
        for k, ns in gnames.items():
            if "Agreement" in gtypes[k]:
                continue
            if names & ns:
                return k
        return None

    keymap = {e: key_by_name(e) for e in entities}
    for e in entities:  # agreements: by the parties they name, or by name
        if "Agreement" not in view.types.get(e, set()):
            continue
        parties = {keymap.get(o) or key_by_name(o) for (s, p, o) in rels if s == e and p == "party"}
        parties.discard(None)
        best, best_j = None, 0.0
        for k in gents:
            if "Agreement" not in gtypes[k]:
                continue
            gp = {o for (s, p, o) in grels | opt if s == k and p == "party"}
            j = len(parties & gp) / len(parties | gp) if parties | gp else 0.0
            if view.names.get(e, set()) & gnames[k] and j == 0.0 and not parties:
                j = 0.5
            if j > best_j:
                best, best_j = k, j
        keymap[e] = best if best_j >= 0.5 else None

    def ignored(e):
        return bool(view.names.get(e, set()) & ignore)

    def sentence(key):
        found = evidence.get(key)
        return max(found)[1] if found else ""

    found = set()
    for e in sorted(entities, key=str):
        k = keymap.get(e)
        for t in sorted(view.types.get(e, set())):
            if k is not None and t in gtypes[k]:
                if not gents[k].get("optional"):
                    found.add(k)
            elif t not in SCORED_TYPES or ignored(e) or (k is not None and gents[k].get("optional")):
                pass
            else:
                counts["entity:" + t][1] += 1
                errors.append(Item(article, "FP", "entity:" + t, f"{view.show(e)} ({t})"
                                   + (f"; gold has it as {sorted(gtypes[k])}" if k else "")))
    for k, v in gents.items():
        t = v["type"][0] if isinstance(v["type"], list) else v["type"]
        if v.get("optional") or t not in SCORED_TYPES:
            continue
        if k in found:
            counts["entity:" + t][0] += 1
        else:
            counts["entity:" + t][2] += 1
            errors.append(Item(article, "FN", "entity:" + t, f"{v['names'][0]} ({t})", _where(sentences, gnames[k])))
    seen = set()
    for (s, p, o) in sorted(rels, key=str):
        ks, ko = keymap.get(s) or key_by_name(s), keymap.get(o) or key_by_name(o)
        if (ks is None and ignored(s)) or (ko is None and ignored(o)):
            continue
        t = (ks, p, ko)
        if t in grels:
            seen.add(t)
        elif t in opt:
            continue
        else:
            counts["rel:" + p][1] += 1
            errors.append(Item(article, "FP", "rel:" + p, f"{view.show(s)} {p} {view.show(o)}", sentence((s, p, o))))
    for (s, p, o) in sorted(grels):
        if (s, p, o) in seen:
            counts["rel:" + p][0] += 1
        else:
            counts["rel:" + p][2] += 1
            errors.append(Item(article, "FN", "rel:" + p, f"{gents[s]['names'][0]} {p} {gents[o]['names'][0]}",
                               _where(sentences, gnames[s], gnames[o])))
    vseen = set()
    for (s, p, v) in sorted(values, key=str):
        ks = keymap.get(s) or key_by_name(s)
        if ks is None and ignored(s):
            continue
        if (ks, p) in gvals and v in gvals[(ks, p)]:
            vseen.add((ks, p))
        else:
            counts["value:" + p][1] += 1
            errors.append(Item(article, "FP", "value:" + p, f"{view.show(s)} {p} {v}", sentence((s, p, v))))
    for (ks, p) in sorted(gvals):
        if (ks, p) in vseen:
            counts["value:" + p][0] += 1
        else:
            counts["value:" + p][2] += 1
            errors.append(Item(article, "FN", "value:" + p, f"{gents[ks]['names'][0]} {p} {sorted(gvals[(ks, p)])}",
                               _where(sentences, gnames[ks])))
    return counts


def _merge_golds(golds: list[dict]) -> dict:
    merged = {"entities": {}, "relations": [], "values": [], "optional": {"relations": []}, "ignore": []}
    for gold in golds:
        pre = gold["article"].rsplit(".", 1)[0] + ":"
        local = {k for k, v in gold["entities"].items()
                 if "Agreement" in (v["type"] if isinstance(v["type"], list) else [v["type"]])}
        ren = lambda k, pre=pre, local=local: pre + k if k in local else k  # noqa: E731
        for k, v in gold["entities"].items():
            if ren(k) in merged["entities"]:
                old = merged["entities"][ren(k)]
                old["names"] = sorted(set(old["names"]) | set(v["names"]))
                old["optional"] = old.get("optional", False) and v.get("optional", False)
            else:
                merged["entities"][ren(k)] = dict(v)
        merged["relations"] += [[ren(s), p, ren(o)] for s, p, o in gold["relations"]]
        merged["optional"]["relations"] += [[ren(s), p, ren(o)] for s, p, o in gold.get("optional", {}).get("relations", [])]
        merged["values"] += [[ren(s), p, vs] for s, p, vs in gold.get("values", [])]
        merged["ignore"] += gold.get("ignore", [])
    merged["relations"] = [list(t) for t in {tuple(r) for r in merged["relations"]}]
    return merged


def explain(report: Report) -> str:
    lines = []
    for item in sorted(report.errors, key=lambda i: (i.article, i.kind, i.category, i.what)):
        lines.append(f"{item.article}  {item.kind}  {item.category:20} {item.what}")
        if item.sentence:
            lines.append(f"      “{' '.join(item.sentence.split())[:300]}”")
    return "\n".join(lines) + ("\n" if lines else "")


def evaluate(g: Graph, gold_dir: str | Path, mode: str = "article", min_confidence: float | None = None,
             explain: bool = False) -> Report:
    return score(SystemView.from_graph(g, min_confidence), load_gold(gold_dir), mode, explain)
