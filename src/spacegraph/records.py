"""Typed records passed between pipeline stages (ingest → nlp → extract → resolve → rdf)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: Where a piece of text sits in its page. Facts from anything but the body are trusted less.
SECTION_WEIGHT = {"body": 1.0, "title": 0.85, "related": 0.6}


@dataclass(frozen=True)
class Block:
    """A run of article text processed as one spaCy Doc; ``start`` is its offset in ``Article.text``."""

    section: str  # "title", "body" or "related"
    text: str
    start: int


@dataclass
class Article:
    """One input document after ingest: its kept text, split into blocks, and its metadata."""

    key: str  # stable identifier: a slug of the file stem or the JSONL id, plus a content hash
    source: str  # path or URL as given
    identifier: str  # file name (or JSONL id), for matching gold files
    title: str
    published: dt.date | None
    blocks: list[Block]
    dropped: list[str] = field(default_factory=list)  # chrome that was removed, for --explain/debugging

    @property
    def text(self) -> str:
        return "\n\n".join(b.text for b in self.blocks)


@dataclass(frozen=True)
class DateValue:
    """A date only as precise as the text: ``2025-02`` is a gYearMonth, never an invented day."""

    lexical: str  # "2025-02-14", "2025-02" or "2025"

    @property
    def datatype(self) -> str:
        return {10: "date", 7: "gYearMonth", 4: "gYear"}[len(self.lexical)]


@dataclass
class Mention:
    """One reference to an entity in an article: a name, a demonym, an acronym or an anaphor."""

    key: str  # local entity key within the article (KB IRI, or class:normalised name)
    cls: str  # contract class (or "Spacecraft")
    text: str  # surface form
    kind: str  # "name", "acronym", "demonym", "capital", "anaphor", "noun"
    section: str
    start: int  # offsets in Article.text
    end: int
    kb_iri: str | None = None


@dataclass
class Fact:
    """One extracted relation or value with its evidence."""

    subject: str  # entity key
    predicate: str  # contract property local name
    object: str | DateValue  # entity key or a date
    confidence: float
    sentence: str
    section: str
    start: int  # sentence offsets in Article.text
    end: int
    rule: str


@dataclass
class EntityInfo:
    """What an article knows about one of its entities before corpus-level resolution."""

    key: str
    cls: str
    label: str
    names: set[str] = field(default_factory=set)
    kb_iri: str | None = None
    roles: set[str] = field(default_factory=set)  # role nouns seen: "astronaut", "director", ...
    parties: tuple[str, ...] = ()  # agreements: the party keys that identify them
    year: str | None = None  # agreements: signing year, part of their identity


@dataclass
class ArticleExtraction:
    """Everything extract found in one article."""

    article: Article
    entities: dict[str, EntityInfo]
    mentions: list[Mention]
    facts: list[Fact]
