"""The whole job in one call: ingest → nlp → extract → resolve → rdf."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph
from spacy.language import Language

from . import ingest, rdf
from . import kb as kb_module
from . import lexicon as lexicon_module
from .casing import headline_case
from .extract import Extractor
from .nlp import SpaceRelevance, load_model
from .records import Article, ArticleExtraction
from .resolve import Corpus, resolve

Progress = Callable[[int, int, Article], None]


@dataclass
class Pipeline:
    """A loaded model plus knowledge base; build many corpora with one load."""

    nlp: Language
    ontology: str | None = None

    @classmethod
    def load(cls, model: str | None = None, ontology: str | Path | None = None) -> Pipeline:
        onto = str(ontology) if ontology else None
        return cls(nlp=load_model(model, onto), ontology=onto)

    def __post_init__(self):
        self.kb = kb_module.load(self.ontology)
        self.lexicon = lexicon_module.load(self.ontology)
        self.relevance = SpaceRelevance(self.ontology)
        self.extractor = Extractor(self.kb, self.lexicon, self.nlp.vocab)

    def read(self, paths: Iterable[str | Path], published: dt.date | None = None) -> list[Article]:
        return list(ingest.read_articles(paths, self.lexicon, self.relevance, published=published))

    def extract(self, articles: list[Article], progress: Progress | None = None, n_process: int = 1,
                batch_size: int = 64) -> list[ArticleExtraction]:
        texts = ((parse_text(a, j), (i, j)) for i, a in enumerate(articles) for j in range(len(a.blocks)))
        pending: dict[int, list] = {i: [None] * len(a.blocks) for i, a in enumerate(articles)}
        remaining = {i: len(a.blocks) for i, a in enumerate(articles)}
        results: list[ArticleExtraction | None] = [None] * len(articles)
        done = 0
        for doc, (i, j) in self.nlp.pipe(texts, as_tuples=True, n_process=n_process, batch_size=batch_size):
            if doc.text != articles[i].blocks[j].text:
                doc.user_data["original"] = articles[i].blocks[j].text  # a truecased headline: names keep their case
            pending[i][j] = doc
            remaining[i] -= 1
            if remaining[i] == 0:
                results[i] = self.extractor(articles[i], pending.pop(i))
                done += 1
                if progress:
                    progress(done, len(articles), articles[i])
        for i, a in enumerate(articles):  # articles with no text at all
            if results[i] is None:
                results[i] = self.extractor(a, [])
        return results  # type: ignore[return-value]

    def build(self, paths: Iterable[str | Path], published: dt.date | None = None, min_confidence: float = 0.0,
              progress: Progress | None = None, n_process: int = 1) -> Corpus:
        articles = self.read(paths, published)
        return resolve(self.extract(articles, progress, n_process), self.kb, min_confidence)


def parse_text(article: Article, j: int) -> str:
    """What the parser reads for block ``j``: a title-cased headline is truecased against the body (same length)."""
    block = article.blocks[j]
    if block.section != "title":
        return block.text
    body = " ".join(b.text for b in article.blocks if b.section == "body")
    return headline_case(block.text, body)


def build_graph(paths: Iterable[str | Path], model: str | None = None, min_confidence: float = 0.0,
                published: dt.date | None = None) -> Graph:
    """Convenience for notebooks and scripts: files in, rdflib Graph out."""
    pipe = Pipeline.load(model)
    return rdf.to_graph(pipe.build(paths, published=published, min_confidence=min_confidence))
