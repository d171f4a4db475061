"""launchDate and signedOn: dates resolved against the article, as precise as the text."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ... import dates
from .. import syntax
from ..mentions import Ment, Sentence
from ..syntax import Link, link
from .base import (
    Candidate,
    Discourse,
    RuleBase,
)


class DateRules(RuleBase):
    # ------------------------------------------------------------------ dates

    def launch_date(self, s: Sentence, published, discourse: Discourse) -> Iterator[Candidate]:
        missions = [m for m in s.of("Mission") if not self.kb.is_stay(m.key) or self.kb.get(m.key) is not None]  # a named stay (Volare) launched; an expedition number did not
        named = [m for m in s.of("Mission") if m.kind != "anaphor"]
        dated: set[str] = set()
        for m in missions:
            best = None
            for d in s.dates:
                lk = link(m.root, d.root)
                if lk is None or lk.cost > 5:
                    continue
                if self._date_of_another(m, d, named, s):
                    continue  # 'flew Crew-1 in 2020, Inspiration4 in 2021 and Polaris Dawn last year': each its own
                began = self.lex.beginning_verbs if self.kb.is_stay(m.key) else frozenset()  # 'Her first mission, Futura, started in November 2014'
                hung = m.root.i in syntax.subtree_ids(d.root)  # 'launched on 15 December aboard Soyuz TMA-19M', misparsed
                anchor = self._date_anchor(d, self.lex.launch_verbs | self.lex.flight_date_verbs | began,
                                           self.lex.launch_nouns, within=None if hung else lk)
                if anchor is None or not self._launches(anchor, m):
                    continue
                if any(c.dep_ == "conj" and c.pos_ in syntax.VERBAL and anchor.i < c.i < d.start for c in anchor.children):
                    continue  # 'was launched in July 2020 and went into orbit in February': the parser hung the orbit's date
                if syntax.is_future(anchor) or re.search(r"\b(next|coming|tomorrow)\b", d.text.lower()):
                    continue  # a plan is not a launch date
                value = self._resolve(d, s, published)
                if value is None:
                    continue
                conf = 0.85 - 0.03 * max(0.0, lk.cost - 2)
                # 'travelled to the station last month on CRS-14, which was launched on April 2': a launch verb wins a tie
                cost = lk.cost - (0.5 if anchor.lemma_.lower() in self.lex.launch_verbs | self.lex.launch_nouns else 0.0)
                if best is None or cost < best.cost:
                    best = Candidate(m, "launchDate", value, conf, "launch-date", cost)
            best = best or self._dated_flight(s, m, published) or self._launched_today(s, m, published) \
                or self._listed_flight(s, m, published) or self._arrived_aboard(s, m, published, named) \
                or self._year_before(s, m, published) or self._one_launch_clause(s, m, published, named) \
                or self._rode_on_date(s, m, published, named) or self._when_launched(s, m, published)
            if best:
                yield best
                dated.add(m.key)
        if s.section == "title":
            return
        if missions:
            keys = {m.key for m in named}
            if len(keys) == 1 and not dated and not self.kb.is_stay(named[0].key):
                # 'The crew of Crew-7 docked on Sunday, 30 hours after their Falcon 9 lifted off early Saturday'
                yield from self._rocket_launch(s, published, named[0], 0.65, named_subject=False)
            return
        # 'A Falcon 9 rocket lifted off early Saturday' in an article about Crew-7
        target = discourse.focal or discourse.mission
        if target is None or self.kb.is_stay(target.key):
            return
        yield from self._rocket_launch(s, published, target, 0.6)

    def _rocket_launch(self, s: Sentence, published, target: Ment, confidence: float,
                       named_subject: bool = True) -> Iterator[Candidate]:
        """The date of a launch whose subject is the rocket or the crew, not the flight's name: it is the flight's.
        Beside a named flight, only a rocket, crew or pronoun subject counts ('after China launched a satellite' is
        another launch)."""
        for d in s.dates:
            anchor = self._date_anchor(d, self.lex.launch_verbs, self.lex.launch_nouns - {"flight"}, within=None)
            if anchor is None or syntax.is_future(anchor) or anchor.i != syntax.clause_verb(anchor).i and anchor.pos_ != "NOUN":
                continue
            if anchor.pos_ in syntax.VERBAL and not self._launcher_subject(anchor, s, named_subject):
                continue
            if anchor.pos_ not in syntax.VERBAL and not named_subject:
                continue
            if s.of("SpaceStation") and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "it" for c in anchor.children):
                continue  # 'Tiangong-1 had waited since it was launched on September 29': the station's launch
            value = dates.resolve(d.text, published)
            if value is not None and not (published and value.lexical > published.isoformat()[:len(value.lexical)]):
                yield Candidate(target, "launchDate", value, confidence, "launch-date-discourse")
                return

    @staticmethod
    def _date_of_another(m: Ment, d: Span, named: list[Ment], s: Sentence) -> bool:
        """Another mission stands nearer the date, unless the two are coordinated and share the only date."""
        def distance(x: Ment) -> float:
            # 'Shenzhou-6 in 2005 and Shenzhou-10 in 2013': at equal distance the date follows its flight
            return d.start - x.span.end if x.span.end <= d.start else x.span.start - d.end + 0.5
        verb = syntax.clause_verb(d.root)
        clause = syntax.subtree_ids(verb) - {i for c in verb.children if c.dep_ == "conj" and c.pos_ in syntax.VERBAL
                                             for i in syntax.subtree_ids(c)}
        if m.root.i not in clause and any(o.key != m.key and o.root.i in clause for o in named):
            return True  # 'Psyche was flown in October 2023, and Europa Clipper followed in October 2024'
        if m.root.i in clause and verb.pos_ in syntax.VERBAL and not any(o.key != m.key and o.root.i in clause for o in named):
            return False  # the date's clause names this flight alone
        mine = distance(m)
        for o in named:
            if o.key == m.key or distance(o) >= mine:
                continue
            shared = syntax.conj_head(o.root).i == syntax.conj_head(m.root).i and len(s.dates) == 1
            if not shared:
                return True
        return False

    @staticmethod
    def _resolve(d: Span, s: Sentence, published):
        """A date as the sentence means it: 'in July of that year' takes the year named before it."""
        doc = d.doc
        tail = " ".join(t.lower_ for t in doc[d.end:min(d.end + 4, s.span.end)])
        own = re.search(r"\s*(?:of )?(?:that|the same) year\b", d.text, re.I)
        if own or re.match(r"(of )?(that|the same) year\b", tail):
            years = [t.text for t in doc[s.span.start:d.start] if re.fullmatch(r"(19|20)\d\d", t.text)]
            if not years:
                return None
            text = d.text[:own.start()] if own else d.text
            return dates.resolve(f"{text} {years[-1]}", None)
        if dates.month_without_year(d.text):  # 'in March 1978 aboard Soyuz 28, and ... on Soyuz 30 in June': 1978 still
            earlier = [dates.resolve(e.text, None) for e in s.dates if e.end <= d.start and dates.month_with_year(e.text)]
            if earlier and earlier[-1] is not None:
                return dates.resolve(f"{d.text} {earlier[-1].lexical[:4]}", None)
        return dates.resolve(d.text, published)

    def _dated_flight(self, s: Sentence, m: Ment, published) -> Candidate | None:
        """'a veteran of the Shenzhou-9 flight in 2012', 'the launch of the Chang'e-1 orbiter in 2007',
        'flew up on Soyuz MS-17 in October', 'Guidoni, on STS-100 in 2001, ...'.

        Read from the surface, because the parser attaches the 'in' phrase anywhere in the clause.
        Only a year or a month: a flight in a year launched that year, but a day may be its landing."""
        if m.kind == "anaphor":
            return None
        doc = m.span.doc
        i = m.span.end
        found = self._relative_launch(s, m, published)
        if found is not None:
            return found
        before = doc[max(0, m.span.start - 3):m.span.start]
        launch_of = any(t.lemma_.lower() in self.lex.launch_nouns - {"flight"} for t in before) and any(t.lower_ == "of" for t in before)
        prep = doc[m.span.start - 2] if m.span.start >= 2 and doc[m.span.start - 1].lower_ == "the" else doc[m.span.start - 1] if m.span.start else None
        rode = prep is not None and prep.lower_ in ("on", "aboard", "onboard") and prep.head.lemma_.lower() not in self.lex.return_verbs
        head = syntax.conj_head(m.root)
        rode = rode or head.dep_ == "dobj" and head.head.lemma_.lower() in {"command", "lead", "pilot", "fly"}  # 'commanding Soyuz TMA-20M in 2016'
        rode = rode or self._flight_list_item(m, s)
        rode = rode or m.root.dep_ == "appos" and m.root.head.lemma_.lower() in self.lex.flight_event_nouns  # 'his last flight, STS-111 to ... in 2002'
        if i < len(doc) and (doc[i].lemma_.lower() in self.lex.flight_event_nouns
                             or (launch_of or rode) and doc[i].lemma_.lower() in self.lex.craft_nouns | self.lex.flight_event_nouns):
            i += 1
        elif not (launch_of or rode):
            return None
        if rode and m.root.dep_ == "appos" and i + 1 < s.span.end and doc[i].text == "," and doc[i + 1].lower_ == "in":
            i += 1  # "Axiom's first flight, Ax-1, in 2022"
        if i + 2 < len(doc) and doc[i].lower_ in ("to", "toward", "towards") and doc[i + 1].lower_ == "the":
            i = next((j for j in range(i + 2, min(i + 6, len(doc))) if doc[j].lower_ == "in"), i)  # 'flight to the station in 2020'
        of_year = i < len(doc) and doc[i].lower_ == "of" and doc[i - 1].lemma_.lower() in self.lex.flight_event_nouns  # 'the Shenzhou-9 mission of 2012'
        if i + 1 >= len(doc) or doc[i].lower_ != "in" and not of_year:
            return None
        date = next((d for d in s.dates if d.start == i + 1), None)
        if of_year and (date is None or not re.fullmatch(r"(19|20)\d\d", date.text)):
            return None
        if date is None or syntax.is_future(m.root):
            return None
        value = self._resolve(date, s, published)
        if value is None or len(value.lexical) > 7 or (published and value.lexical > published.isoformat()[:len(value.lexical)]):
            return None
        return Candidate(m, "launchDate", value, 0.65, "launch-date-flight", 3)

    def _when_launched(self, s: Sentence, m: Ment, published) -> Candidate | None:
        """'until August 19, 1982, when a Soyuz rocket climbed away from Baikonur carrying Soyuz T-7': a date
        that a 'when' clause about a launch describes, with the flight inside that clause."""
        if m.kind == "anaphor":
            return None
        for d in s.dates:
            for c in d.root.children:
                if c.dep_ not in ("relcl", "advcl") or not any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children):
                    continue
                if c.lemma_.lower() not in self.lex.launch_verbs or m.root.i not in syntax.subtree_ids(c) or syntax.negated(c):
                    continue
                value = self._resolve(d, s, published)
                if value is not None and not (published and value.lexical > published.isoformat()[:len(value.lexical)]):
                    return Candidate(m, "launchDate", value, 0.7, "launch-date-when", 3)
        return None

    def _one_launch_clause(self, s: Sentence, m: Ment, published, named: list[Ment]) -> Candidate | None:
        """'At 13:12 CEST on 6 June 2018, a Soyuz-FG rocket carrying the Soyuz MS-09 spacecraft lifted off': one
        launch verb, one flight under it and one date under it, however deep the parser hung them."""
        if m.kind == "anaphor" or len({o.key for o in named}) != 1:
            return None
        verbs = [t for t in s.span if t.pos_ == "VERB" and (t.lemma_.lower() in self.lex.launch_verbs and self._has_particle(t)
                                                            or self._orbit_idiom(t))]
        if len(verbs) != 1 or syntax.is_future(verbs[0]) or syntax.negated(verbs[0]):
            return None
        inside = syntax.subtree_ids(verbs[0])
        under = [d for d in s.dates if d.root.i in inside]
        if m.root.i not in inside or len(under) != 1 or len(s.dates) != 1:
            return None
        for up in under[0].root.ancestors:
            if up.i == verbs[0].i:
                break
            if up.pos_ in syntax.VERBAL:
                return None  # '... left the pad at 3:27 a.m. and is due to dock on Sunday': another clause's date
        value = self._resolve(under[0], s, published)
        if value is None or published and value.lexical > published.isoformat()[:len(value.lexical)]:
            return None
        return Candidate(m, "launchDate", value, 0.7, "launch-date-clause", 4)

    def _rode_on_date(self, s: Sentence, m: Ment, published, named: list[Ment]) -> Candidate | None:
        """'Shepard became the first American in space on May 5, 1961, aboard Freedom 7', 'she made her first trip
        in 2014 on Soyuz TMA-15M': whatever a person did aboard a flight on the day it began is its launch.
        Not a homecoming or an arrival ('landed aboard Soyuz MS-24 on 6 April')."""
        if m.kind == "anaphor":
            return None
        head = syntax.conj_head(m.root)
        if head.dep_ == "appos" and head.head.lemma_.lower() in self.lex.craft_nouns:
            head = syntax.conj_head(head.head)  # 'in the Mercury capsule Friendship 7'
        if head.dep_ != "pobj" or head.head.lower_ not in ("aboard", "on", "onboard", "in"):
            return None
        if head.head.lower_ == "in" and head.lemma_.lower() not in self.lex.craft_nouns:
            return None
        verb = head.head.head
        if verb.pos_ not in syntax.VERBAL or verb.tag_ not in ("VBD", "VBN") or syntax.is_future(verb) or syntax.negated(verb) \
                or verb.lemma_.lower() in self.lex.return_verbs | self.lex.arrival_verbs:
            return None
        verbs = {verb.i} | ({verb.head.i} if verb.dep_ == "advcl" else set())  # 'who in January became ... when he flew on Ax-3'
        for d in s.dates:
            prep = d.root.head
            if not (d.root.dep_ == "pobj" and prep.lower_ in ("on", "in") and prep.head.i in verbs
                    or d.root.dep_ == "npadvmod" and prep.i in verbs):
                continue
            if self._date_of_another(m, d, named, s):
                continue
            value = self._resolve(d, s, published)
            if value is None or published and value.lexical > published.isoformat()[:len(value.lexical)]:
                continue
            return Candidate(m, "launchDate", value, 0.6, "launch-date-rode", 4)
        return None

    def _has_particle(self, verb: Token) -> bool:
        """'lifted off', not 'lifted': a launch verb that needs its particle has it."""
        particle = self.lex.launch_particles.get(verb.lemma_.lower())
        return particle is None or any(c.lower_ == particle for c in verb.children)

    def _orbit_idiom(self, verb: Token) -> bool:
        """'CBERS-4 reached orbit in December 2014', 'CBERS-1 went up in October 1999' (idioms in the lexicon)."""
        return any(verb.lemma_.lower() == head and any(c.dep_ in ("prt", "dobj") and c.lower_ == word and not list(c.children)
                                                       for c in verb.children)
                   for head, word in (idiom.split() for idiom in self.lex.orbit_idioms))

    def _year_before(self, s: Sentence, m: Ment, published) -> Candidate | None:
        """'a veteran of the 2013 Shenzhou-10 flight', "China's 2003 Shenzhou-5 mission": a year that
        modifies a flight is the year it flew (never one after the article: that is a plan)."""
        doc = m.span.doc
        i = m.span.start - 1
        if m.kind == "anaphor" or i < 1 or m.span.end >= s.span.end or not re.fullmatch(r"(19|20)\d\d", doc[i].text):
            return None
        if doc[m.span.end].lemma_.lower() not in self.lex.flight_event_nouns or not any(d.start == i == d.end - 1 for d in s.dates):
            return None
        if not (doc[i - 1].lower_ in ("the", "his", "her", "their", "its", "'s", "’s") or doc[i - 1].tag_ == "PRP$"):
            return None
        if published and doc[i].text > str(published.year):
            return None
        value = dates.resolve(doc[i].text, published)
        return Candidate(m, "launchDate", value, 0.7, "launch-date-year-before", 2) if value is not None else None

    def _flight_list_item(self, m: Ment, s: Sentence) -> bool:
        """'after Shenzhou-7 in 2008, Shenzhou-9 in 2012 and Shenzhou-11 in 2016', "Axiom's first flight, Ax-1, in
        2022": a flight named with the year or month it flew. Not when the clause is about coming home
        ('came home on STS-119 in March 2009')."""
        doc = m.span.doc
        i = m.span.end + (1 if m.span.end < s.span.end and doc[m.span.end].text == "," else 0)
        if not (i + 1 < s.span.end and doc[i].lower_ == "in" and any(d.start == i + 1 for d in s.dates)):
            return False
        verb = next((t for t in m.root.ancestors if t.pos_ in syntax.VERBAL), None)
        return verb is None or verb.lemma_.lower() not in self.lex.return_verbs

    @staticmethod
    def _mission_headed_line(s: Sentence, p: Ment, missions: list[Ment]) -> Ment | None:
        """'Shenzhou 6 - Fei Junlong and Nie Haisheng, in October 2005': a verbless list line that opens with a
        mission and a dash or colon lists its crew."""
        doc = p.span.doc
        first = syntax.line_start(s.span)
        head = next((m for m in missions if first is not None and m.span.start == first.i and m.kind != "anaphor"), None)
        if head is None or head.span.end >= p.span.start or doc[head.span.end].text not in ("-", "\u2013", "\u2014", ":"):
            return None
        if not syntax.verbless_line(s.span, len(s.span)) or any(m.span.start > head.span.start for m in missions if m.kind != "anaphor"):
            return None
        return head

    def _listed_flight(self, s: Sentence, m: Ment, published) -> Candidate | None:
        """A list line about past flights: 'Shenzhou 5 - Yang Liwei, alone, in October 2003', 'Shenzhou 6 (2005)'."""
        if m.kind == "anaphor" or syntax.is_future(m.root):
            return None
        doc = m.span.doc
        end = s.span.end
        while end > s.span.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
            end -= 1
        first = syntax.line_start(s.span)
        date = None
        if m.span.end + 2 < len(doc) and doc[m.span.end].text == "(" and doc[m.span.end + 2].text == ")" \
                and re.fullmatch(r"(19|20)\d\d", doc[m.span.end + 1].text):
            date = next((d for d in s.dates if d.start == m.span.end + 1), None)
        elif first is not None and first.i == m.span.start and m.span.end < end and doc[m.span.end].text in ("-", "\u2013", "\u2014", ":") \
                and not any(t.pos_ in ("VERB", "AUX") for t in doc[m.span.end:end]):
            date = next((d for d in s.dates if d.end == end and doc[d.start - 1].lower_ in ("in", "on")), None)
        if date is None:
            return None
        value = self._resolve(date, s, published)
        if value is None or (published and value.lexical >= published.isoformat()[:len(value.lexical)]):
            return None
        return Candidate(m, "launchDate", value, 0.6, "launch-date-listed", 3)

    def _relative_launch(self, s: Sentence, m: Ment, published) -> Candidate | None:
        """'Crew-1, which launched in November', 'Soyuz MS-15, which delivered Skripochka and Meir in September',
        'the Progress MS-15 cargo vehicle, which flew the same scheme in July' (read from the surface)."""
        doc = m.span.doc
        i = m.span.end
        if i + 2 < s.span.end and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3  # 'Axiom Mission 4 (Ax-4)'
        while i < s.span.end and i - m.span.end < 7 and (doc[i].lemma_.lower() in self.lex.craft_nouns | self.lex.probe_nouns
                                                         | self.lex.flight_event_nouns | {"cargo"} or doc[i].is_lower and doc[i].pos_ == "ADJ"):
            i += 1  # 'the Ax-4 private flight, which lifted off on June 25'
        if i + 2 >= s.span.end or doc[i].text != ",":
            return None
        moving = self.lex.launch_verbs | {"fly", "carry", "deliver", "bring", "ferry", "take"}
        if doc[i + 1].tag_ == "VBN" and doc[i + 1].lemma_.lower() in self.lex.launch_verbs:
            verb = doc[i + 1]  # 'Shenzhou-11, launched in October,'
        elif doc[i + 1].lower_ in ("which", "that"):
            verb = doc[i + 2]
            if verb.lemma_.lower() not in moving and not self._orbit_idiom(verb) or verb.tag_ != "VBD":
                return None
        else:
            return None
        particle = self.lex.launch_particles.get(verb.lemma_.lower())
        if particle and not (i + 3 < s.span.end and doc[i + 3].lower_ == particle):
            return None
        for d in s.dates:
            if not (verb.i < d.start <= verb.i + 12) or doc[d.start - 1].lower_ not in ("in", "on") \
                    or any(t.text in (",", ";") or t.pos_ == "VERB" and t.i != verb.i for t in doc[verb.i + 1:d.start]):
                continue
            value = self._resolve(d, s, published)
            if value is not None and not (published and value.lexical > published.isoformat()[:len(value.lexical)]):
                return Candidate(m, "launchDate", value, 0.7, "launch-date-relative", 3)
        return None

    def _arrived_aboard(self, s: Sentence, m: Ment, published, named: list[Ment]) -> Candidate | None:
        """'who reached the station in March aboard Soyuz TMA-14', 'Soyuz MS-06 arrived in September': a crew
        arrives within days of its launch, so the month or year of arrival is the month or year of launch."""
        if m.kind == "anaphor":
            return None
        head = syntax.conj_head(m.root)
        if head.dep_ == "pobj" and head.head.lower_ in ("aboard", "on", "onboard", "in"):
            verb = head.head.head
        elif head.dep_ == "nsubj":
            verb = head.head
        else:
            return None
        if verb.pos_ not in syntax.VERBAL or verb.lemma_.lower() not in self.lex.arrival_verbs or verb.tag_ not in ("VBD", "VBN", "VBZ") \
                or syntax.is_future(verb) or syntax.negated(verb):
            return None
        for d in s.dates:
            if d.root.dep_ != "pobj" or d.root.head.lower_ != "in" or d.root.head.head.i != verb.i \
                    or self._date_of_another(m, d, named, s):
                continue
            value = self._resolve(d, s, published)
            if value is None or len(value.lexical) > 7 or (published and value.lexical > published.isoformat()[:len(value.lexical)]):
                continue
            return Candidate(m, "launchDate", value, 0.6, "launch-date-arrival", 3)
        return None

    def _launched_today(self, s: Sentence, m: Ment, published) -> Candidate | None:
        """A headline 'Soyuz MS-27 blasts off with ...' or a body 'Soyuz MS-15 lifted off at 5:57 p.m.':
        the launch is the news, so its date is the article's."""
        if published is None or s.dates:
            return None
        subj = syntax.conj_head(m.root)
        if subj.dep_ in ("compound", "amod", "poss") and subj.head.lemma_.lower() in self.lex.crew_nouns | self.lex.craft_nouns:
            subj = subj.head  # 'Shenzhou-14 trio launched', 'The Soyuz MS-15 spacecraft lifted off'
        if subj.dep_ == "pobj" and subj.head.lower_ in ("aboard", "on", "onboard") and s.section != "title":
            verb = subj.head.head  # 'The trio launched aboard the Soyuz MS-16 spacecraft at 4:05 a.m.'
        elif s.section == "title" and (headline := self._headline_verb(m, s)) is not None:
            verb = headline
        elif subj.dep_ not in ("nsubj", "nsubjpass"):
            return None
        else:
            verb = subj.head
        lemma = verb.lemma_.lower()
        if lemma not in self.lex.launch_verbs or syntax.is_future(verb) or syntax.negated(verb) or verb.tag_ not in ("VBD", "VBZ", "VBN", "NNS"):
            return None
        if not self._has_particle(verb):
            return None
        clock = any(re.fullmatch(r"\d{1,2}[:.]\d{2}", t.text) for t in verb.subtree)
        if s.section != "title" and not (verb.tag_ == "VBD" and clock):
            return None  # in the body, only with a clock time and no date: 'lifted off at 5:57 p.m.'
        return Candidate(m, "launchDate", dates.DateValue(published.isoformat()), 0.6, "launch-date-published", 3)

    def _headline_verb(self, m: Ment, s: Sentence) -> Token | None:
        """'Soyuz MS-27 blasts off with ...': a headline's present-tense verb that the parser took for a plural
        noun, read from the surface: the word right after the mission that opens the headline."""
        doc = m.span.doc
        first = next((t for t in s.span if not t.is_punct and t.lower_ != "the"), None)
        if first is None or first.i != m.span.start or m.span.end >= s.span.end:
            return None
        verb = doc[m.span.end]
        if verb.lemma_.lower() not in self.lex.launch_verbs or not verb.lower_.endswith("s") or verb.lower_ == verb.lemma_.lower():
            return None
        return verb

    def _launches(self, anchor: Token, m: Ment) -> bool:
        """The launch word is about the mission: its subject or object, its noun, or a clause on it."""
        head = syntax.conj_head(m.root)
        noun = head.head
        while noun.dep_ == "compound" and noun.head.i != noun.i:
            noun = noun.head  # 'the CRS-14 resupply mission'
        if head.dep_ in ("compound", "amod", "nmod", "poss", "appos") and noun.lemma_.lower() in self.lex.mission_nouns | self.lex.crew_nouns | {"spacecraft", "capsule", "ship"}:
            head = syntax.conj_head(noun)  # 'the Shenzhou-18 crew', 'the Ax-2 mission'
        if anchor.dep_ in ("acl", "relcl") and anchor.pos_ in syntax.VERBAL:
            # 'Soyuz MS-19, launched on Oct. 5' yes; 'the relay satellite, launched in March' no
            return anchor.head.i in (head.i, m.root.i) or m.root.i in syntax.subtree_ids(anchor)
        if anchor.pos_ in ("NOUN", "PROPN"):  # 'the launch of Ax-2', "Ax-2's launch"
            if m.root.i in syntax.subtree_ids(anchor) or head.head.i == anchor.i:
                return True
            if any(c.dep_ == "poss" and c.lower_ == "its" for c in anchor.children):  # 'Artemis I ... since its launch on Nov. 16'
                return self._subject_of_clause(anchor, head)
            return False
        if anchor.pos_ in syntax.VERBAL and not any(c.dep_ in ("nsubj", "nsubjpass") for c in anchor.children) \
                and anchor.dep_ in ("advcl", "xcomp", "pcomp", "conj") and anchor.tag_ in ("VBG", "VBN") \
                and self._subject_of_clause(anchor, head):
            return True  # 'Launched on Nov. 16, Artemis I flew', 'docked after launching on Wednesday'
        # the mission is the launch verb's subject or object, or is what the astronauts rode:
        # 'Crew-7 lifted off', 'Roscosmos launched Soyuz MS-19', 'Rubio launched aboard Soyuz MS-22'
        return m.root.i in syntax.subtree_ids(anchor)

    @staticmethod
    def _subject_of_clause(tok: Token, head: Token) -> bool:
        """The mission is the subject of the clause ``tok`` hangs from."""
        for up in list(tok.ancestors)[:3]:
            if up.pos_ in syntax.VERBAL:
                subj = [c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")]
                return any(c.i == head.i for c in subj)
        return False

    def _launcher_subject(self, verb: Token, s: Sentence, named: bool = True) -> bool:
        """'A Falcon 9 lifted off', 'China sent three astronauts', 'The crew blasted off' - not 'Tianhe was lofted'."""
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj and verb.dep_ == "conj":  # 'The accords were drawn up by NASA and launched in October 2020'
            subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            return named and verb.dep_ in ("advcl", "conj", "xcomp")
        tok = subj[0]
        words = {w for t in tok.subtree for w in t.lower_.split()}  # a merged 'shuttle Challenger' is one token
        if words & self.lex.rocket_words or tok.lower_ in self.lex.crew_nouns or tok.pos_ in ("PRON", "NUM"):
            return True  # 'their Falcon 9 rocket', 'the crew', 'they', 'The four were launched'
        if not named:
            return False
        names = [m for m in s.ments if m.root.i == tok.i]
        if names and names[0].cls in ("Country", "Agency", "Organization"):
            # 'China sent three astronauts'; but what 'lifted off' is a vehicle ('DART lifted off'), whatever the NER says
            return any(c.dep_ == "dobj" for c in verb.children)
        return bool(names) and names[0].cls in ("Mission", "Astronaut", "Person")

    def signed_on(self, s: Sentence, published) -> Iterator[Candidate]:
        for g in s.of("Agreement"):
            best = None
            for d in s.dates:
                lk = link(g.root, d.root)
                if lk is None or lk.cost > 5:
                    continue
                # announcing or unveiling a deal is not signing it
                anchor = self._date_anchor(d, self.lex.sign_verbs - {"become", "have", "hold", "launch", "announce", "unveil",
                                                                     "negotiate", "approve"}, self.lex.sign_nouns, within=lk)
                if anchor is None:
                    anchor = self._became_signatory(d, lk)
                if anchor is None or anchor.lemma_.lower() == "enter" and any(
                        c.lower_ == "into" and any(o.lower_ == "force" for o in c.children) for c in anchor.children):
                    continue  # 'entered into force that November' is not a signing
                value = dates.resolve(d.text, published, future=syntax.is_future(anchor))
                if value is None or published and value.lexical > published.isoformat()[:len(value.lexical)]:
                    continue  # a date after the article is a plan ('to fly it on Artemis IV, targeted for 2027')
                conf = 0.85 - 0.03 * max(0.0, lk.cost - 2)
                if best is None or lk.cost < best.cost:
                    best = Candidate(g, "signedOn", value, conf, "signed-date", lk.cost)
            best = best or self._dated_agreement(s, g, published) or self._dated_relative(s, g, published) \
                or self._year_of_agreement(s, g, published)
            if best:
                yield best

    def _year_of_agreement(self, s: Sentence, g: Ment, published) -> Candidate | None:
        """"a 2011 arrangement between ESA and KARI", "Brazil's 1997 agreement with NASA": a year that modifies
        an agreement is the year it was made (never one after the article: that is a plan)."""
        if self.kb.get(g.key) is not None:
            return None  # 'the 1967 Outer Space Treaty': a named accord's year is background the knowledge base knows
        doc = g.span.doc
        head = g.root
        years = [t for t in doc[max(s.span.start, g.span.start - 1):head.i]
                 if re.fullmatch(r"(19|20)\d\d", t.text) and t.head.i == head.i and t.dep_ in ("nummod", "compound", "amod", "npadvmod")]
        if len(years) != 1 or published and years[0].text > str(published.year):
            return None
        if not any(d.start == years[0].i == d.end - 1 for d in s.dates):
            return None
        value = dates.resolve(years[0].text, published)
        return Candidate(g, "signedOn", value, 0.7, "signed-date-year-before", 2) if value is not None else None

    def _dated_relative(self, s: Sentence, g: Ment, published) -> Candidate | None:
        """'a letter of intent that Axiom and the SNSA signed in April', 'the founding signatories of the
        Artemis Accords in October 2020': the date right after the signing."""
        doc = s.span.doc
        relative = self._relative_signing(s, g)
        if relative is not None:
            i = relative[1].i + 1
        elif syntax.conj_head(g.root).dep_ == "pobj" and syntax.conj_head(g.root).head.lower_ == "of" \
                and syntax.conj_head(g.root).head.head.lemma_.lower() in self.lex.signatory_nouns:
            i = g.span.end
            if i < s.span.end and doc[i].text == ",":  # 'of the Artemis Accords, the U.S.-led framework ..., in 2020'
                i = next((j + 1 for j in range(i + 1, min(s.span.end, i + 12)) if doc[j].text == ","), i)
        else:
            return None
        if i + 1 >= s.span.end or doc[i].lower_ not in ("in", "on"):
            return None
        date = next((d for d in s.dates if d.start == i + 1), None)
        value = dates.resolve(date.text, published) if date is not None else None
        if value is None or (published and value.lexical > published.isoformat()[:len(value.lexical)]):
            return None
        return Candidate(g, "signedOn", value, 0.65, "signed-date-relative", 3)

    def _became_signatory(self, d: Span, lk: Link) -> Token | None:
        """'On Monday, Switzerland became the 38th nation to sign the Artemis Accords': the date hangs from
        'became', whose complement signs the agreement."""
        root = d.root
        head = root.head.head if root.dep_ == "pobj" else root.head
        if root.dep_ == "pobj" and root.head.lower_ in self.lex.date_blockers:
            return None
        if head.lemma_ not in ("become", "be"):  # 'Seoul deepened those ties in May 2021, when South Korea became the tenth ...'
            head = next((c for c in list(head.children) + list(root.children) if c.dep_ in ("advcl", "relcl")
                         and c.lemma_ in ("become", "be") and any(w.dep_ == "advmod" and w.lower_ == "when" for w in c.children)), None)
            if head is None:
                return None
        on_path = {t.i for t in lk.inner + (lk.top,)}
        for t in head.subtree:
            if t.pos_ in syntax.VERBAL and t.lemma_.lower() in self.lex.sign_verbs and t.i in on_path and t.i != head.i \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                return t
            if t.lemma_.lower() in self.lex.signatory_nouns and t.i in on_path and t.head.i != t.i:
                return t  # 'In October 2020 Italy was one of the eight founding signatories of the Artemis Accords'
        return None

    def _dated_agreement(self, s: Sentence, g: Ment, published) -> Candidate | None:
        """'signed a series of agreements, including a memorandum of understanding in Washington in July 2022':
        a date right after an agreement that a past sign verb governs (read from the surface)."""
        doc = g.span.doc
        verb = next((t for t in [g.root] + list(g.root.ancestors)[:7] if t.pos_ in syntax.VERBAL and t.lower_ not in ("including", "includes")), None)
        if verb is None or verb.lemma_.lower() not in self.lex.sign_verbs - {"become", "have", "hold", "launch", "announce", "unveil"} \
                or verb.tag_ not in ("VBD", "VBN", "VBZ") or syntax.is_future(verb) or syntax.negated(verb):
            return None
        i = g.span.end
        while i < len(doc) and doc[i].lower_ in ("of", "understanding", "intent", "cooperation", "agreement"):
            i += 1  # 'memorandum of understanding'
        if i + 1 < len(doc) and doc[i].lower_ in ("in", "at") and doc[i + 1].ent_type_ in ("Country", "") and doc[i + 1].is_title:
            i += 2  # 'in Washington'
            while i < len(doc) and doc[i].is_title and doc[i].ent_type_ != "DATE":
                i += 1
        if i + 1 >= len(doc) or doc[i].lower_ not in ("in", "on"):
            return None
        date = next((d for d in s.dates if d.start == i + 1), None)
        if date is None:
            return None
        value = dates.resolve(date.text, published)
        if value is None or (published and value.lexical > published.isoformat()[:len(value.lexical)]):
            return None
        return Candidate(g, "signedOn", value, 0.65, "signed-date-after", 3)

    def _date_anchor(self, d, verbs: frozenset[str], nouns: frozenset[str], within: Link | None) -> Token | None:
        """The launch/sign word the date hangs from, if the date modifies it directly."""
        root = d.root
        if root.dep_ == "compound" and root.head.lower_ in self.lex.raw["date_words"]["parts_of_day"]:
            root = root.head  # 'on Sunday morning'
        if root.dep_ in ("appos", "npadvmod", "nmod") and root.head.lower_ in self.lex.raw["date_words"]["weekdays"]:
            root = root.head  # 'on Thursday, 19 September'
        head = root.head
        if root.dep_ == "pobj":
            if head.lower_ in self.lex.date_blockers:
                return None
            head = head.head
        elif root.dep_ not in ("npadvmod", "tmod", "nmod", "appos", "dobj", "conj", "advmod", "nsubj", "attr") and root.dep_ != "ROOT":
            return None
        if head.pos_ in ("NOUN", "PROPN") and head.dep_ == "pobj" and head.head.head.pos_ in syntax.VERBAL \
                and any(re.fullmatch(r"\d{1,2}[:.]\d{2}", c.text) for c in head.children):
            head = head.head.head  # 'At 13:12 CEST on 6 June 2018, a rocket ... lifted off': the clock time's verb
        if root.dep_ in ("pobj", "npadvmod") and head.pos_ in ("NOUN", "PROPN") and head.lemma_.lower() not in nouns and head.dep_ == "pobj" \
                and head.head.lower_ in self.lex.destination_preps and head.head.head.pos_ in syntax.VERBAL:
            head = head.head.head  # 'launched toward the station on Sunday': a place does not take a date, its verb does
        if head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.dep_ == "prep" and not syntax.is_future(head):
            noun = head.head.head  # 'signed a memorandum of understanding on building the station in March 2021'
            while noun.dep_ == "pobj" and noun.head.lower_ == "of":
                noun = noun.head.head
            particle = self.lex.launch_particles.get(noun.head.lemma_.lower())
            if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in verbs and noun.head.pos_ in syntax.VERBAL and not particle:
                return noun.head  # the date is the signing's, however the parser hung it
        on_path = {x.i for x in within.inner + (within.top,)} if within is not None else None
        if on_path is not None and head.lemma_.lower() in self.lex.agreement_nouns and head.dep_ in ("dobj", "nsubjpass"):
            on_path.add(head.head.i)  # 'signed a memorandum of understanding (MOU) on Tuesday': hung on the noun
        if head.lemma_.lower() in ("take", "happen", "occur", "come") and (head.lemma_ != "take" or any(c.lower_ == "place" for c in head.children)):
            event = [c for c in head.children if c.dep_ == "nsubj" and c.lemma_.lower() in nouns]
            if event:  # 'The launch of Ax-4 took place on June 25'
                return event[0]
        for c in head.children:  # 'on Wednesday, when a Soyuz rocket took off'
            if c.dep_ == "advcl" and any(w.lower_ in ("when", "as") for w in c.children) and c.lemma_.lower() in verbs \
                    and on_path is None and self._has_particle(c):
                return c
        for n, t in enumerate((head,) + tuple(head.ancestors)[:1]):
            lemma = t.lemma_.lower()
            if n and t.pos_ not in syntax.VERBAL:
                break
            if n and head.pos_ in syntax.VERBAL and any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children) and head.dep_ in ("advcl", "relcl", "ccomp"):
                break  # '... in 2013, after NASA pulled out in 2012': that date belongs to the other clause
            if t.pos_ in syntax.VERBAL and (lemma in verbs or "sign" in verbs and self._sign_idiom(t)):
                particle = self.lex.launch_particles.get(lemma)
                carries = lemma in ("carry", "take", "ferry", "bring") and any(
                    c.dep_ == "nsubj" and (c.ent_type_ == "Mission" or any(a.dep_ == "appos" and a.ent_type_ == "Mission" for a in c.children))
                    for c in t.children)  # 'Soyuz MS-19 carried ...', 'His first flight, Blue Dot, took him ...'
                if lemma in ("carry", "bring", "take") and any(c.dep_ in ("prt", "advmod") and c.lower_ in ("out", "back", "home") for c in t.children):
                    continue  # "carried out a landing", "brought samples back"
                if particle and not carries and not any(c.lower_ == particle for c in t.children):
                    continue
                if on_path is None or t.i in on_path:
                    return t
            if t.pos_ in ("NOUN", "PROPN") and lemma in nouns and (on_path is None or t.i in on_path):
                return t
        main = head if head.pos_ in syntax.VERBAL else head.head if head.dep_ == "dobj" and head.head.pos_ in syntax.VERBAL else None
        if main is not None and on_path is not None and "sign" in verbs:
            for c in main.children:  # 'took a first formal step on Thursday ..., signing a statement of intent'
                if c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in verbs and c.i in on_path and c.i > root.i:
                    return c
        return None
