"""Trigger words and page-chrome markers, read from ``ontology/lexicon.json``."""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

from .paths import ontology_dir


class Lexicon:
    """Read-only view of lexicon.json: lists become frozensets, '_doc' keys are dropped."""

    def __init__(self, data: dict[str, Any]):
        self.raw = data
        roles = _strip(data["astronaut_roles"])
        self.astronaut_roles: dict[str, str] = roles
        self.official_roles = frozenset(data["official_roles"]["list"])
        self.honorifics = frozenset(data["honorifics"])
        self.name_particles = frozenset(data["name_particles"])
        self.agreement_noun_heads = {k: frozenset(v) for k, v in _strip(data["agreement_noun_heads"]).items()}
        agency = data["agency_name_heads"]
        self.agency_heads = frozenset(agency["heads"])
        self.agency_strong_heads = frozenset(agency["strong_heads"])
        self.agency_requires = frozenset(agency["requires"])
        self.agency_anaphora = tuple(data["agency_anaphora"]["list"])
        self.role_modifiers = frozenset(data["role_modifiers"]["list"])
        self.org_heads = frozenset(data["org_heads"]["list"])
        self.org_descriptor_nouns = frozenset(data["org_descriptor_nouns"]["list"]) | frozenset(data["company_nouns"])
        self.org_anaphora_generic = frozenset(data["organization_anaphora"]["generic"])
        self.org_anaphora_named = frozenset(data["organization_anaphora"]["named"])
        self.launch_particles: dict[str, str] = data["launch_particles"]
        self.cohort_nouns = frozenset(data["cohort_nouns"])  # "NASA's 23rd group is made up of:" then the list
        self.journey_verbs = frozenset(data["journey_verbs"])  # an official is crew only as the subject of one of these
        self.dispatch_verbs = frozenset(data["dispatch_verbs"])  # 'the minister sent his congratulations': an official's, no journey
        self.contribution_verbs = frozenset(data["contribution_verbs"])  # 'ESA contributes a module to the Artemis programme'
        self.gathering_verbs: dict[str, str] = data["gathering_verbs"]  # 'the arrangement brings together A and B': verb -> particle
        self.program_heads = frozenset(data["program_heads"])  # 'the Artemis campaign': a programme named with its head noun
        self.pair_anaphora: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in data["pair_anaphora"].items()}  # 'the two agencies'

        self.drafting_particles: dict[str, str] = _strip(data["drafting_particles"])
        chrome = data["chrome"]
        self.section_markers = tuple(chrome["section_markers"])
        self.line_markers = tuple(chrome["line_markers"])
        self.caption_prefixes = tuple(chrome["caption_prefixes"])
        self.byline_prefixes = tuple(chrome["byline_prefixes"])

    def __getattr__(self, name: str) -> frozenset[str]:
        """Any other top-level list, as a frozenset (``lexicon.crew_verbs``)."""
        try:
            value = self.raw[name]
        except KeyError:
            raise AttributeError(name) from None
        if not isinstance(value, list):
            raise AttributeError(name)
        return frozenset(value)


def _strip(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if not k.startswith("_")}


@functools.lru_cache(maxsize=4)
def load(directory: str | None = None) -> Lexicon:
    path = Path(directory) if directory else ontology_dir()
    return Lexicon(json.loads((path / "lexicon.json").read_text(encoding="utf-8")))
