"""Relation rules: one method per contract property, reading dependency paths and local token patterns.

Every rule returns candidates with a rule name and a base confidence that says how directly the text
states the fact: an apposition or a verb with its subject and object is stated outright (0.8-0.9); a
fact that needs the previous sentences (the crew member of "the mission" named two sentences ago) is
inferred (0.5-0.65). ``extract`` scales these down further for titles, related stories and anaphora.

The rules are grouped by property in the modules of this package; ``RelationRules`` puts them together.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..mentions import Sentence
from .agreements import AgreementRules
from .base import PARTIES, TARGETS, Candidate, Discourse, Roles
from .crew import CrewRules
from .dates import DateRules
from .flights import FlightRules
from .people import PeopleRules

__all__ = ["PARTIES", "TARGETS", "Candidate", "Discourse", "RelationRules", "Roles"]


class RelationRules(CrewRules, FlightRules, PeopleRules, AgreementRules, DateRules):
    """Every rule family, run in a fixed order over one sentence."""

    def run(self, s: Sentence, published, discourse: Discourse | None = None) -> Iterator[Candidate]:
        discourse = discourse or Discourse()
        yield from self.party(s, discourse)
        yield from self.crew(s, discourse)
        yield from self._command_verbs(s)
        yield from self.member_lines(s, discourse)
        yield from self.operator(s)
        yield from self.operator_of_discourse(s, discourse)
        yield from self.destination(s, discourse)
        yield from self.nationality(s)
        yield from self._described_fragment(s, discourse)
        yield from self.affiliation(s)
        yield from self.country(s)
        yield from self.about(s)
        yield from self.partner(s)
        yield from self.launch_date(s, published, discourse)
        yield from self.signed_on(s, published)
