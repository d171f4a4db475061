"""Resolve: article-local entity keys become corpus-wide entities with deterministic IRIs.

An IRI depends only on what identifies the thing (its KB IRI, its canonical name, an agreement's
parties and year), never on which article came first, so the same input always gives the same graph.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .kb import KnowledgeBase
from .namespace import ENTITY_CLASSES, SGR, entity_iri, slug
from .records import Article, ArticleExtraction, DateValue, Fact

#: When articles disagree on a person's class, the more specific one wins.
CLASS_RANK = {"Astronaut": 0, "Person": 1}


@dataclass
class Entity:
    iri: str
    cls: str
    label: str
    extra_types: set[str] = field(default_factory=set)  # further contract classes the KB gives it
    alt_labels: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)  # article IRIs


@dataclass
class Evidence:
    article: str  # article IRI
    sentence: str
    confidence: float
    rule: str
    section: str
    start: int
    end: int


@dataclass
class ResolvedFact:
    subject: str
    predicate: str
    object: str | DateValue
    evidence: list[Evidence]

    @property
    def confidence(self) -> float:
        return max(e.confidence for e in self.evidence)


@dataclass
class Corpus:
    """The resolved graph content: articles, entities and facts, ready for ``rdf``."""

    articles: dict[str, Article]  # by IRI
    entities: dict[str, Entity]
    facts: list[ResolvedFact]


def article_iri(article: Article) -> str:
    return str(SGR[f"article/{article.key}"])


def resolve(extractions: list[ArticleExtraction], kb: KnowledgeBase, min_confidence: float = 0.0) -> Corpus:
    entities: dict[str, Entity] = {}
    facts: dict[tuple, ResolvedFact] = {}
    articles: dict[str, Article] = {}
    labels: dict[str, Counter] = defaultdict(Counter)  # candidate labels of entities the KB does not name
    for ex in extractions:
        a_iri = article_iri(ex.article)
        articles[a_iri] = ex.article
        local: dict[str, str] = {}
        for key, info in ex.entities.items():
            iri = _entity_iri(key, info, ex, kb)
            local[key] = iri
            ent = entities.get(iri)
            if ent is None:
                entry = kb.get(key)
                ent = entities[iri] = Entity(iri=iri, cls=info.cls, label=entry.label if entry else info.label)
                if entry:
                    ent.alt_labels |= set(entry.names)
                    ent.extra_types = {t for t in entry.types[1:] if t in ENTITY_CLASSES}
            elif CLASS_RANK.get(info.cls, 9) < CLASS_RANK.get(ent.cls, 9):
                ent.cls = info.cls
            ent.alt_labels |= info.names
            ent.articles.add(a_iri)
            if not kb.get(key):
                labels[iri][_agreement_label(info, ex, kb) if info.cls == "Agreement" else info.label] += 1
        for f in ex.facts:
            if f.confidence < min_confidence:
                continue
            s = local.get(f.subject)
            o = f.object if isinstance(f.object, DateValue) else local.get(f.object)
            if s is None or o is None:
                continue
            key = (s, f.predicate, o)
            rf = facts.get(key)
            if rf is None:
                rf = facts[key] = ResolvedFact(subject=s, predicate=f.predicate, object=o, evidence=[])
            rf.evidence.append(_evidence(a_iri, f))
    for iri, counts in labels.items():  # the same label whatever order the articles came in
        entities[iri].label = min(counts, key=lambda name: (-counts[name], -len(name), name))
    # entities only referred to by dropped low-confidence facts disappear with them (Person, Organization)
    used = {f.subject for f in facts.values()} | {f.object for f in facts.values() if isinstance(f.object, str)}
    for iri in list(entities):
        ent = entities[iri]
        if ent.cls in ("Person", "Organization") and iri not in used:
            del entities[iri]
        else:
            ent.alt_labels = {n for n in ent.alt_labels if n and n != ent.label}
    for rf in facts.values():
        rf.evidence.sort(key=lambda e: (e.article, e.start, e.rule))
    ordered = sorted(facts.values(), key=lambda f: (f.subject, f.predicate, str(f.object)))
    return Corpus(articles=articles, entities=entities, facts=ordered)


def _evidence(article: str, f: Fact) -> Evidence:
    return Evidence(article=article, sentence=f.sentence, confidence=f.confidence, rule=f.rule,
                    section=f.section, start=f.start, end=f.end)


def _entity_iri(key: str, info, ex: ArticleExtraction, kb: KnowledgeBase) -> str:
    if kb.get(key):
        return key
    if info.cls == "Agreement":
        parties = sorted(slug(_party_label(p, ex, kb)) for p in info.parties)
        name = "-".join(parties) or slug(info.label)
        if info.year:
            name += f"-{info.year}"
        return str(SGR[f"agreement/{name}"])
    cls = "Person" if info.cls == "Astronaut" else info.cls
    return str(entity_iri(cls, info.label))


def _agreement_label(info, ex: ArticleExtraction, kb: KnowledgeBase) -> str:
    """'NASA–Roscosmos agreement': the parties and the noun the text used most specifically."""
    nouns = sorted(info.names, key=lambda n: (-len(n), n))
    noun = next((n for n in nouns if n not in ("agreement", "deal", "accord")), nouns[0] if nouns else "agreement")
    parties = sorted({_party_label(p, ex, kb) for p in info.parties})
    if not parties:
        return noun
    return f"{'–'.join(parties)} {noun}" + (f" ({info.year})" if info.year else "")


def _party_label(key: str, ex: ArticleExtraction, kb: KnowledgeBase) -> str:
    entry = kb.get(key)
    if entry:
        return entry.label
    info = ex.entities.get(key)
    return info.label if info else key.split(":", 1)[-1]


def merge_names(entities: dict[str, Entity]) -> dict[str, set[str]]:
    """Every name of every entity (label and alt labels), for look-ups by name."""
    names: dict[str, set[str]] = defaultdict(set)
    for ent in entities.values():
        for n in {ent.label} | ent.alt_labels:
            names[n.lower()].add(ent.iri)
    return names
