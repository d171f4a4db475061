"""crewMember and commander: who flew on which flight, and who commanded it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from .. import syntax
from ..mentions import NUMBER_WORDS, ORGS, PEOPLE, Ment, Sentence
from ..syntax import Link, link
from .base import (
    Candidate,
    Discourse,
    Roles,
    RuleBase,
    m_inside,
)


class CrewRules(RuleBase):
    # ------------------------------------------------------------------ crewMember / commander

    def crew(self, s: Sentence, discourse: Discourse) -> Iterator[Candidate]:
        missions = s.of("Mission")
        people = s.of(*PEOPLE)
        yield from self._crew_apposition(s, missions, people)
        for p in people:
            roles = self.roles(p, people)
            if roles.backup and not roles.crew:
                continue
            linked = main_linked = False
            own = self._description_ids(p)
            group = self.np.name_list(p, people)
            premodified = {m.key for m in missions if any(self.np.premodifier(m, g) is not None for g in group[:1] + [p])
                           and m.span.end <= p.span.start}
            for m in missions:
                if self._bracketed(p, m):
                    linked = main_linked = True
                    yield Candidate(m, "crewMember", p, 0.75, "crew-bracket")
            carried = self._carried_by(p, people, missions)
            if carried is not None:
                linked = main_linked = True
                yield Candidate(carried, "crewMember", p, 0.75, "crew-which-carried")
            for m in self._list_relative(p, people, missions):
                linked = main_linked = True
                yield Candidate(m, "crewMember", p, 0.75, "crew-list-relative")
            headed = self._mission_headed_line(s, p, missions)
            if headed is not None:
                linked = main_linked = True
                yield Candidate(headed, "crewMember", p, 0.65, "crew-list-line")
            for owned, rule in ((self._crew_noun_of(p, missions), "crew-noun-of"), (self._mission_with(p, missions), "crew-mission-with")):
                if owned is not None:
                    linked = main_linked = True
                    yield Candidate(owned, "crewMember", p, 0.8, rule)
            listed = self._colon_list(p, people, missions)
            if listed is not None:
                linked = main_linked = True
                yield Candidate(listed, "crewMember", p, 0.75, "crew-colon-list")
            compared = syntax.list_head(p.root, PEOPLE).dep_ == "pobj" and syntax.list_head(p.root, PEOPLE).head.lower_ in ("like", "unlike")
            companion = syntax.list_head(p.root, PEOPLE).dep_ == "pobj" and syntax.list_head(p.root, PEOPLE).head.lower_ == "with"
            linked_here: list[Candidate] = []
            clause = next((t for t in p.root.ancestors if t.dep_ in ("relcl", "acl") and t.pos_ in syntax.VERBAL), None)
            owner = next((m for m in missions if clause is not None and m.kind != "anaphor"
                          and syntax.conj_head(clause.head).i in (m.root.i, syntax.conj_head(m.root).i) and clause.head.i == m.root.i), None)
            for m in missions:
                if owner is not None and m.key != owner.key:
                    continue  # 'Shenzhou 5, which carried Yang Liwei, and Shenzhou 6, which was flown by Fei and Nie'

                lk = link(p.root, m.root)
                if lk is None or lk.cost > 5 or self._crosses_other(lk, p, m, people, descriptions_only=True) \
                        or self._other_clause(lk, p) or compared:  # 'She flew on STS-65 and, like Glenn, ...'
                    continue
                if lk.lemmas() & self.lex.crew_removal_verbs or self._someone_elses(lk, p, m, people):
                    continue
                if self._others_crew_noun(lk, m, missions):
                    continue  # 'the Shenzhou-14 trio of A, B and C' are not the crew of the Shenzhou-15 named before
                if any(c.lower_ in ("backup", "reserve", "alternate", "standby") and c.dep_ in ("amod", "compound", "nmod")
                       for t in lk.inner + (lk.top,) for c in t.children):
                    continue  # 'The backup crew for the flight was made up of X'
                if any(t.dep_ == "agent" and t.head.lemma_.lower() not in self.lex.crew_verbs for t in lk.down) \
                        and any(o.root.i in {t.i for t in lk.down} for o in people if o.key != p.key):
                    continue  # 'A and B were greeted by C and D, the Shenzhou-15 crew': C's and D's description
                cue = self._crew_cue(lk, p, roles, m)
                if cue is None or (roles.official and not roles.crew and (cue != "verb" or self._only_leads(lk) or not self._travelled(lk, p))):
                    continue  # 'the minister led the mission's science team', 'Administrator X said Artemis II would fly' is no crew
                if premodified and m.key not in premodified:
                    continue  # 'Apollo 11 astronauts Neil Armstrong and Buzz Aldrin' flew on Apollo 11 only
                if self._future_departure(lk):
                    continue  # 'are scheduled to depart the station aboard Soyuz MS-15'
                linked = True
                near = {t.lower_ for t in lk.inner + (m.root,)} | {c.lower_ for t in lk.inner + (m.root,) for c in t.children}
                history = bool(near & {"after", "since", "before", "following"}) and bool(near & {"first", "previous", "last", "earlier", "his", "her"})
                main_linked = main_linked or not (m.root.i in own and any(t.dep_ in ("relcl", "appos") for t in lk.inner + (m.root,)) or history)
                conf = {"verb": 0.85, "noun": 0.85, "role": 0.75}[cue] - 0.04 * max(0.0, lk.cost - 2)
                linked_here.append(Candidate(m, "crewMember", p, conf, f"crew-{cue}", lk.cost))
                own_description = m.root.i in own and any(t.dep_ in ("relcl", "appos") or t.lower_ in ("veteran", "former") for t in lk.inner + (m.root,))
                main_clause = not own_description and not any(t.lower_ in ("veteran", "former", "after", "since", "before", "following", "previous", "first") for t in lk.inner) \
                    and not any(t.dep_ in ("relcl", "acl") and t.pos_ in syntax.VERBAL for t in lk.down)
                station_only = any(self._station_word(t) for t in roles.tokens) and not self.kb.is_stay(m.key)
                if (roles.commander and main_clause and not station_only) or self._commands(p, lk, m) or self._commander_of(roles, m) \
                        or self._craft_role(p) == "commander" and len({x.key for x in missions}) == 1:
                    linked_here.append(Candidate(m, "commander", p, conf, f"commander-{cue}", lk.cost))
            if companion and len({c.subject.key for c in linked_here}) > 1:
                # 'served on Expeditions 29 and 30 ..., and returned as commander of Soyuz MS-01, flying with A and B':
                # a companion flew on the flight nearest in the sentence's structure
                before = [c for c in linked_here if c.subject.span.end <= p.span.start]
                nearest = max((c.subject.span.end for c in before), default=None)
                linked_here = [c for c in linked_here if c.subject.span.end == nearest] if nearest is not None else linked_here
            yield from linked_here
            if discourse.residents and not main_linked and self._list_line(p):
                continue
            label = self._labelled_line(p)
            labelled = label is not None and (label.text.lower() in self.role_words or bool({t.lower_ for t in label} & (set(self.role_words) | {"seat"})))
            opens = p.span.start == next((t.i for t in p.root.sent if not t.is_space), -1)
            if discourse.crew_list is not None and (not main_linked or labelled) and (self._list_line(p) or discourse.list_item and opens):
                yield Candidate(discourse.crew_list, "crewMember", p, 0.7, "crew-bullet")
                if roles.commander:
                    yield Candidate(discourse.crew_list, "commander", p, 0.7, "commander-bullet")
                continue
            linked_only_in_description = bool(missions) and not main_linked and linked
            joins = self._joins_crew(p)
            if main_linked or (roles.official and not self._specific_role(roles) and not joins and not self._craft_role(p)):
                continue
            target_key = (discourse.focal or discourse.mission).key if (discourse.focal or discourse.mission) else None
            if missions and not linked_only_in_description and any(m.key != target_key and not self._describes_other(m, p, people) for m in missions):
                continue
            # no mission the person is the subject of: 'The pilot is X', 'Flying with him are X and Y'
            target = discourse.focal or discourse.mission
            intro = self._colon_intro(p, people)
            if intro is not None and any(t.lemma_.lower() in self.lex.resident_cues or t.ent_type_ == "SpaceStation" for t in intro):
                continue  # 'welcomed by the crew of the 63rd expedition: commander X and ...': the residents
            if self._pronoun_crewmates(roles):
                # 'Anton Shkaplerov leads the Expedition 66 crew. His crewmates are X and Y': his mission
                flown = discourse.flown.get(discourse.person or "", [])
                if flown and not (target is not None and any(m.key == target.key for m in flown)):
                    target = flown[-1]
            if target is None or p.section == "title":
                continue
            own_verb = syntax.clause_verb(syntax.list_head(p.root, PEOPLE))
            if any(syntax.clause_verb(d.root).i == own_verb.i for d in discourse.history) and not self._specific_role(roles):
                continue  # 'The three arrived in March aboard ...' in a July article is not today's flight
            departs = s.section == "related" and self._departs(p)  # a teaser under 'Crew-6 prepares for the trip home'
            craft = self._craft_role(p)
            aboard = bool(s.of("SpaceStation")) or any(t.lemma_.lower() in self.lex.resident_cues or t.lower_ in ("aboard", "onboard")
                                                       and not any(c.dep_ == "pobj" for c in t.children) for t in s.span)
            listed_with = any(self._specific_role(r) and not (r.commander and aboard) or self._launched(g) or self._craft_role(g)
                              for g in group if g.key != p.key for r in [self.roles(g, people)])  # 'commander A and B'
            # (not 'the six aboard are commander A, B and C': a station commander's list is the residents)
            if self._specific_role(roles) or joins or self._launched(p) or departs or craft or self._rocket_carried(p) or intro is not None \
                    or listed_with:
                yield Candidate(target, "crewMember", p, 0.6, "crew-discourse")
                if (roles.commander and not self._commands_another(roles, target, s)) or self._commands_alone(p) or craft == "commander":
                    yield Candidate(target, "commander", p, 0.6, "commander-discourse")

    def _crew_apposition(self, s: Sentence, missions: list[Ment], people: list[Ment]) -> Iterator[Candidate]:
        """'the outgoing Expedition 7 crew, Yuri Malenchenko and NASA's Ed Lu': the names listed right after a
        flight's crew noun. Read from the surface: the parser often makes the first name a conjunct of 'crew'."""
        doc = s.span.doc
        starts = {m.span.start: m for m in people if m.kind != "anaphor"}
        orgs = {m.span.start: m for m in s.of("Agency", "Organization", "Country")}
        for m in missions:
            noun = m.root.head
            if m.kind == "anaphor" or m.root.dep_ not in ("compound", "poss") or noun.lemma_.lower() != "crew" \
                    or noun.i + 2 >= s.span.end or doc[noun.i + 1].text != "," or noun.i + 2 not in starts:
                continue
            i = noun.i + 2
            while i in starts:
                p = starts[i]
                yield Candidate(m, "crewMember", p, 0.75, "crew-appos-list", 3)
                i = p.span.end
                if i < s.span.end and doc[i].text == ",":
                    i += 1
                if i < s.span.end and doc[i].lower_ == "and":
                    i += 1
                if i in orgs and orgs[i].span.end < s.span.end and doc[orgs[i].span.end].lower_ in ("'s", "\u2019s"):
                    i = orgs[i].span.end + 1  # "and NASA's Ed Lu"
                if i == p.span.end:
                    break

    @staticmethod
    def _pronoun_crewmates(roles: Roles) -> bool:
        """'His crewmates, X and Y, ...' / 'Her crewmates are X and Y'."""
        return any(t.lemma_.lower() in ("crewmate", "crewmember") and any(c.dep_ == "poss" and c.lower_ in ("his", "her")
                                                                         for c in t.children) for t in roles.tokens)

    def _describes_other(self, m: Ment, p: Ment, people: list[Ment]) -> bool:
        """The mission is named inside another person's relative clause or apposition: 'joined by Liu
        Boming, who flew on Shenzhou-7, and by Tang Hongbo' says nothing of Tang and Shenzhou-7."""
        for t in [m.root] + list(m.root.ancestors):
            if t.dep_ in ("relcl", "appos", "acl") and t.head.ent_type_ in PEOPLE and t.head.i != p.root.i:
                return any(o.root.i == t.head.i for o in people if o.key != p.key)
        return False

    def _list_relative(self, p: Ment, people: list[Ment], missions: list[Ment]) -> list[Ment]:
        """'A, B and C, who arrived in March on Soyuz MS-25' / ', the three of whom flew up on Soyuz MS-25':
        a relative clause after a whole list of names is about all of them (read from the tokens)."""
        group = self.np.name_list(p, people)
        doc = p.span.doc
        sent = p.root.sent
        j = group[-1].span.end
        if len(group) < 2 or j + 1 >= sent.end or doc[j].text != ",":
            return []
        k = j + 1
        if doc[k].lower_ in ("the", "all", "both", "each") or doc[k].like_num:
            while k < sent.end and doc[k].lower_ != "whom" and k - j < 5:
                k += 1
            if k >= sent.end or doc[k].lower_ != "whom" or doc[k - 1].lower_ != "of":
                return []
        elif doc[k].lower_ != "who":
            return []
        end = next((x for x in range(k, sent.end) if doc[x].text in (";", ".", "\u2014") or doc[x].lower_ in ("while", "whereas")), sent.end)
        out = []
        for m in missions:
            if not (k < m.span.start and m.span.end <= end) or m.kind == "anaphor":
                continue
            prep = doc[m.span.start - 2] if doc[m.span.start - 1].lower_ == "the" else doc[m.span.start - 1]
            verbs = [t for t in doc[k:m.span.start] if t.pos_ in syntax.VERBAL or t.lemma_.lower() in self.lex.crew_verbs]
            moving = [v for v in verbs if v.lemma_.lower() in self.lex.crew_verbs | self.lex.launch_verbs | {"arrive", "fly", "ride", "travel", "come"}]
            if prep.lower_ in ("on", "aboard", "onboard") and moving and not any(v.lemma_.lower() in self.lex.return_verbs - {"come"} for v in verbs) \
                    and not syntax.is_future(moving[-1]):
                out.append(m)
        return out

    def _list_line(self, p: Ment) -> bool:
        """A bulleted line, or a short verbless line that opens with the name ('Jeff Williams (NASA) - commander')."""
        if self._bulleted(p):
            return True
        sent = p.root.sent
        first = next((t for t in sent if not t.is_space), None)
        return first is not None and p.span.start == first.i and syntax.verbless_line(sent)

    @staticmethod
    def _bulleted(p: Ment) -> bool:
        """The name opens a bulleted line: '* Jeff Bezos - founder of Blue Origin', '- Alexei Leonov, commander'."""
        sent = p.root.sent
        first = next((t for t in sent if not t.is_space), None)
        if first is None or first.text not in syntax.BULLETS:
            return False
        if p.span.start <= first.i + 3:
            return True
        return CrewRules._labelled_line(p) is not None

    @staticmethod
    def _labelled_line(p: Ment) -> Span | None:
        """'- Flight engineer: NASA astronaut Jeffrey Williams': the label before the colon of a fact-box line
        whose value opens with the name."""
        doc = p.span.doc
        first = next((t for t in p.root.sent if not t.is_space), None)
        if first is None or first.text not in syntax.BULLETS:
            return None
        colon = next((t for t in doc[first.i + 1:min(p.span.start, first.i + 6)] if t.text == ":"), None)
        if colon is None or p.span.start - colon.i > 4:
            return None
        if any(t.pos_ in syntax.VERBAL or t.text in (",", ";") for t in doc[colon.i + 1:p.span.start]):
            return None
        return doc[first.i + 1:colon.i]

    def resident_intro(self, s: Sentence) -> bool:
        """A line ending in a colon that introduces the station's residents ('Waiting on board:')."""
        if not s.span.text.rstrip().endswith(":") or s.of(*PEOPLE):
            return False
        return any(t.lemma_.lower() in self.lex.resident_cues or t.ent_type_ == "SpaceStation"
                   or t.lemma_.lower() in self.lex.station_nouns for t in s.span)

    def member_list_intro(self, s: Sentence, discourse: Discourse) -> Ment | None:
        """'The companies selected, and their home bases, are:', 'The first wave of partners who sent cosmonauts
        under the programme reads like a map: A, B and C': what the listed members are partners in, the
        programme named in the sentence or the article's last."""
        colon = next((t.i for t in s.span if t.text == ":"), None)
        if colon is None or s.of(*PEOPLE):
            return None
        subj = next((t for t in s.span if t.dep_ in ("nsubj", "nsubjpass") and t.i < colon), None)  # the parser may misplace the root
        if subj is None:
            return None
        heads = [subj] + [o for c in subj.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
        nouns = self.lex.member_nouns | self.lex.company_nouns
        if not any(h.lemma_.lower() in nouns and h.tag_ in ("NNS", "NNPS") for h in heads):
            return None
        named = [m for m in s.of("Program") if m.kind != "anaphor"]
        return named[-1] if named else discourse.programme

    def member_lines(self, s: Sentence, discourse: Discourse) -> Iterator[Candidate]:
        """Members listed after a member-list intro, on its own line or after its colon."""
        target = discourse.member_list
        if target is None:
            return
        colon = next((t.i for t in s.span if t.text == ":"), None)
        listed = s.span.text.lstrip().startswith(syntax.BULLETS) or syntax.verbless_line(s.span)
        for x in s.of("Country", *ORGS):
            if x.key == target.key:
                continue
            if listed or colon is not None and x.span.start > colon:
                yield Candidate(target, "partner", x, 0.55, "partner-member-list")

    def crew_list_intro(self, s: Sentence, discourse: Discourse) -> Ment | None:
        """A line ending in a colon that introduces a crew ('Who flew:', 'The crew:', 'carrying:'): the mission
        its bulleted names belong to, the one named in it or the article's."""
        text = s.span.text.rstrip()
        label = re.match(r"\W*\s*([A-Za-z ]{2,20}):\s", text)
        named = [m for m in s.of("Mission") if m.kind != "anaphor"]
        if label and label.group(1).strip().lower() in self.lex.factbox_mission_labels and len(named) == 1 \
                and syntax.verbless_line(s.span) and not s.of(*PEOPLE):
            return named[0]  # a fact box: '- Spacecraft: Soyuz TMA-8', then '- Commander: ...'
        if not text.endswith(":") or s.of(*PEOPLE):
            return None
        words = {t.lemma_.lower() for t in s.span}
        if not words & (self.lex.crew_verbs | self.lex.crew_nouns | {"aboard", "who"}):
            return None
        if self.resident_intro(s):
            return None  # 'Waiting on board:', 'the outpost will have a crew of three:': the residents, not a flight
        named = [m for m in s.of("Mission") if m.kind != "anaphor"]
        return named[-1] if named else discourse.focal or discourse.mission

    def _carried_by(self, p: Ment, people: list[Ment], missions: list[Ment]) -> Ment | None:
        """'Soyuz MS-15, which delivered Skripochka and Meir in September': a mission's relative clause whose
        verb carries the list of names (read from the surface; the parser often hangs it elsewhere)."""
        group = self.np.name_list(p, people)
        doc = p.span.doc
        i = group[0].span.start - 1
        while i > 0 and (doc[i].lower_ in self.np.role_words or doc[i].lower_.rstrip("s") in self.np.role_words
                         or doc[i].ent_type_ in ("Agency", "Organization", "Country") or doc[i].lower_ in ("'s", "’s", "the")):
            i -= 1
        verb = doc[i] if i > 2 else None
        if verb is None or verb.lemma_.lower() not in {"carry", "deliver", "bring", "ferry", "take", "launch", "fly", "send", "transport"} \
                or doc[i - 1].lower_ not in ("which", "that") or doc[i - 2].text != "," or syntax.is_future(verb):
            return None
        return next((m for m in missions if m.span.end in (i - 2, i - 3) and m.kind != "anaphor"), None)

    def _travelled(self, lk: Link, p: Ment) -> bool:
        """An official flew only as the one who travels ('Senator Bill Nelson flew on STS-61-C', 'NS-16 carried founder
        Jeff Bezos'), not as the subject of a verb that reports, congratulates or sends ('Administrator X said
        Artemis II would fly', 'Prime Minister X sent his congratulations')."""
        head = syntax.list_head(p.root, PEOPLE)
        path = lk.inner + (lk.top,)
        if any(t.pos_ in syntax.VERBAL and t.lemma_.lower() in self.lex.reporting_verbs for t in path):
            return False
        if any(t.pos_ in syntax.VERBAL and t.lemma_.lower() in self.lex.dispatch_verbs
               and any(c.dep_ == "nsubj" and c.ent_type_ in PEOPLE for c in t.children) for t in path):
            return False  # 'X sent his congratulations to President Y': someone sending is no flight carrying
        if any(t.dep_ == "relcl" and t.head.i == head.i and t.lemma_.lower() in self.lex.journey_verbs for t in path):
            return True  # 'Administrator Bill Nelson, who himself flew aboard Columbia on STS-61-C, presented the group'
        verb = head.head
        own = self.lex.journey_verbs | self.lex.crew_verbs | self.lex.completion_verbs
        return not (head.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in syntax.VERBAL
                    and (verb.lemma_.lower() not in own or verb.lemma_.lower() in self.lex.dispatch_verbs))

    def _only_leads(self, lk: Link) -> bool:
        """The only crew verb on the path is one of leading or commanding."""
        verbs = [t for t in lk.inner + (lk.top,) if t.pos_ in syntax.VERBAL and t.lemma_.lower() in self.lex.crew_verbs]
        return bool(verbs) and all(t.lemma_.lower() in self.lex.lead_verbs for t in verbs)

    def _future_departure(self, lk: Link) -> bool:
        verbs = [t for t in lk.inner + (lk.top,) if t.pos_ in syntax.VERBAL]
        return any(t.lemma_.lower() in self.lex.return_verbs and syntax.is_future(t) for t in verbs)

    def _colon_intro(self, p: Ment, people: list[Ment]) -> Span | None:
        """The words before the colon that introduces the list of names ``p`` is in, if it is one."""
        group = self.np.name_list(p, people)
        doc = p.span.doc
        i = group[0].span.start - 1
        while i > 0 and (doc[i].lower_ in self.np.role_words or doc[i].lower_.rstrip("s") in self.np.role_words
                         or doc[i].ent_type_ in ("Agency", "Organization", "Country") or doc[i].lower_ in ("'s", "’s", "the")):
            i -= 1
        if i > 0 and doc[i].text != ":":
            i = self._semicolon_item(p, people)  # 'bought by businessmen: A, an investor; B, ...; and C'
        if i is None or i <= 0 or doc[i].text != ":":
            return None
        intro = doc[p.root.sent.start:i]
        return intro if any(t.lower_ in self.lex.crew_nouns for t in intro) else None

    @staticmethod
    def _semicolon_item(p: Ment, people: list[Ment]) -> int | None:
        """The colon opening a semicolon-separated list whose item ``p`` opens ('...: A, a Canadian investor;
        the investor B; and C'), when the list's first item is a name too."""
        doc = p.span.doc
        sent = p.root.sent
        i = p.span.start - 1
        while i > sent.start and p.span.start - i <= 4 and doc[i].is_lower and doc[i].pos_ in ("DET", "NOUN", "ADJ", "CCONJ"):
            i -= 1
        if doc[i].text != ";":
            return None
        colon = next((j for j in range(i - 1, sent.start, -1) if doc[j].text == ":"), None)
        if colon is None or not any(o.span.start - colon in (1, 2, 3) and o.kind != "anaphor" for o in people):
            return None
        return colon

    def _colon_list(self, p: Ment, people: list[Ment], missions: list[Ment]) -> Ment | None:
        """'the four members of Crew-9, which launched in September: NASA astronauts A and B and cosmonaut C':
        a list of names after a colon, introduced by a crew phrase naming one mission."""
        intro = self._colon_intro(p, people)
        if intro is None:
            return None
        residents = any(t.lemma_.lower() in self.lex.resident_cues for t in intro)
        i = intro.end
        before = [m for m in missions if m.span.end <= i and not (residents and m.kind == "anaphor")]
        if len({m.key for m in before}) != 1:
            return None  # 'Rounding out the crew are two mission specialists: A and B' (the crew is the article's)
        return before[-1]

    def _someone_elses(self, lk: Link, p: Ment, m: Ment, people: list[Ment]) -> bool:
        """'following Anna Kikina's flight on Crew-5': the flight on the path belongs to another person."""
        others = {o.root.i for o in people if o.key != p.key}
        shared = self.lex.crew_anaphor_nouns - {"flight", "mission", "spacecraft", "capsule", "spaceship"}
        # "Luca's Expedition 61 crew comprises X and Y": a crew is shared, a flight is one's own
        return any(c.dep_ == "poss" and c.i in others and t.lower_ not in shared
                   for t in list(lk.down) + [lk.top] for c in t.children)

    def _bound_for(self, st: Ment, s: Sentence) -> bool:
        """The crew is on its way to the station: 'Four astronauts are on their way to the ISS', 'carrying
        him and two crewmates to the International Space Station', 'docked with the station'."""
        tok = st.root
        if tok.dep_ == "pobj" and tok.head.lower_ in ("to", "toward", "towards", "for", "with", "at"):
            gov = tok.head.head
            words = {t.lower_ for t in gov.subtree} | {gov.lemma_.lower()} | {t.lemma_.lower() for t in gov.ancestors}
            if gov.lemma_.lower() == "way":  # 'Four astronauts are on their way to the ISS'
                verb = syntax.clause_verb(gov)
                words |= {c.lower_ for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
            crewish = words & (self.lex.crew_nouns | {"him", "her", "them", "they", "he", "she", "his", "their"})
            craft = syntax.clause_verb(gov) if gov.pos_ not in syntax.VERBAL else gov
            if any(c.dep_ == "nsubj" and c.ent_type_ == "Spacecraft" for c in craft.children) \
                    or any(c.dep_ == "compound" and c.ent_type_ == "Spacecraft" for c in gov.children):  # a headline's 'Soyuz docks'
                crewish = {"craft"}  # 'First digital Soyuz docks with ISS', 'Discovery docked with Mir': the flight's vehicle
            moving = {gov.lemma_.lower()} & {"way", "bind", "bound", "dock", "arrive", "head", "carry", "take", "send",
                                              "launch", "fly", "travel", "ferry", "rocket", "blast", "lift"}
            return bool(crewish) and (bool(moving) or gov.lemma_.lower() in ("way",))
        if tok.dep_ == "pobj" and tok.head.lower_ == "from" and tok.head.head.lemma_.lower() in self.lex.return_verbs \
                and tok.head.head.tag_ in ("VBD", "VBZ", "VBP"):
            verb = tok.head.head  # 'Four astronauts returned from the International Space Station early Sunday'
            return any(c.dep_ == "nsubj" and (c.lemma_.lower() in self.lex.crew_nouns or c.lower_ in ("they", "he", "she"))
                       for c in verb.children)
        return False

    def _other_subject(self, lk: Link, m: Ment) -> bool:
        """Some verb on the way to the target has a subject of its own that is not the mission."""
        for v in list(lk.down):
            if v.pos_ in syntax.VERBAL and v.dep_ in ("advcl", "conj", "ccomp", "relcl"):
                subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and not any(m.root.i in syntax.subtree_ids(s) or s.lower_ in ("which", "that", "it") for s in subj):
                    return True
        return False

    def _bracketed(self, p: Ment, m: Ment) -> bool:
        """One names the other in brackets: 'Soyuz MS-11 (McClain)' or 'Anne McClain (Crew-10)'."""
        doc = p.span.doc
        for a, b in ((m, p), (p, m)):
            if a.span.end + 1 == b.span.start and doc[a.span.end].text == "(" and b.span.end < len(doc) and doc[b.span.end].text == ")":
                return True
        return False

    def _description_ids(self, p: Ment) -> set[int]:
        """Tokens that describe the person: their phrase, and the predicate noun of 'X is a veteran who ...'."""
        head = syntax.list_head(p.root, PEOPLE)
        ids = syntax.subtree_ids(head)
        if head.dep_ == "nsubj" and head.head.lemma_ == "be":
            for c in head.head.children:
                if c.dep_ in ("attr", "acomp"):
                    ids |= syntax.subtree_ids(c)
        return ids

    def _launched(self, p: Ment) -> bool:
        """'Bob Behnken and Doug Hurley blasted off on Saturday': the people are the subject of a launch."""
        head = syntax.list_head(p.root, PEOPLE)
        verb = head.head
        if head.dep_ == "pobj" and verb.lower_ in ("with", "alongside"):  # '... launched together with X and Y'
            verb = verb.head.head if verb.head.lower_ == "together" else verb.head
            if verb.pos_ not in syntax.VERBAL or not any(c.dep_ == "nsubj" and c.ent_type_ in PEOPLE for c in verb.children):
                return False
        elif head.dep_ != "nsubj":
            return False
        if verb.pos_ not in syntax.VERBAL or syntax.is_future(verb) or syntax.negated(verb):
            return False
        phrase = self._verb_lemma(verb)
        return phrase in ("lift off", "blast off", "take off", "launch", "rocket", "arrive", "dock") or (
            verb.lemma_.lower() in ("launch", "rocket", "arrive", "dock") and verb.tag_ in ("VBD", "VBZ", "VBP"))

    def _rocket_carried(self, p: Ment) -> bool:
        """'A Soyuz-FG rocket carrying X and NASA astronauts Y and Z climbed away': the rocket's (or the
        capsule's) passengers are the flight's crew."""
        verb = None
        for anc in list(syntax.list_head(p.root, PEOPLE).ancestors)[:4]:
            if anc.pos_ in syntax.VERBAL:
                verb = anc
                break
            if anc.pos_ not in ("NOUN", "PROPN"):
                break
        if verb is not None and verb.lemma_.lower() in self.lex.carry_verbs and not syntax.is_future(verb) and not syntax.negated(verb):
            carriers = [verb.head] if verb.dep_ in ("acl", "relcl") else [c for c in verb.children if c.dep_ == "nsubj"]
            if any({t.lower_ for t in c.subtree if t.i <= c.i} & self.lex.rocket_words or c.lemma_.lower() in self.lex.craft_nouns
                   for c in carriers):
                return True
        # the parser often loses such a list ('NASA astronauts' read as a verb): read 'rocket carrying ...' from the surface
        doc = p.span.doc
        sent = p.root.sent
        for t in doc[sent.start:p.span.start]:
            if t.tag_ != "VBG" or t.lemma_.lower() not in self.lex.carry_verbs or t.i == sent.start:
                continue
            before = doc[t.i - 1]
            if before.lemma_.lower() not in self.lex.craft_nouns and before.lower_ not in self.lex.rocket_words:
                continue
            gap = doc[t.i + 1:p.span.start]
            if all(g.text == "," or g.pos_ in ("NOUN", "PROPN", "ADJ", "CCONJ", "DET", "NUM") or g.ent_type_
                   or g.lemma_.lower() in self.role_words for g in gap):
                return True
        return False

    def _departs(self, p: Ment) -> bool:
        """'A, B and C will leave the station after the handover': the people are the subject of a departure."""
        head = syntax.list_head(p.root, PEOPLE)
        verb = head.head
        return head.dep_ == "nsubj" and verb.pos_ in syntax.VERBAL and not syntax.negated(verb) \
            and verb.lemma_.lower() in self.lex.return_verbs | {"leave", "depart", "head"}

    def _specific_role(self, roles: Roles) -> bool:
        """A role only a crew has ('the pilot', 'mission specialists'), not just 'astronaut'."""
        words = {t.lower_ for t in roles.tokens} | {t.lower_.rstrip("s") for t in roles.tokens}
        pairs = {f"{a.lower_} {b.lower_.rstrip('s')}" for a in roles.tokens for b in roles.tokens if b.i == a.i + 1}
        pairs |= {f"{t.doc[t.i - 1].lower_} {t.lower_.rstrip('s')}" for t in roles.tokens if t.i > 0}  # 'mission specialists'
        return bool((words | pairs) & self.lex.specific_crew_roles)

    def _other_clause(self, lk: Link, p: Ment) -> bool:
        """The mission sits in another clause with a subject of its own: 'X was assigned to Soyuz MS-22,
        while Y will join Crew-5' gives X nothing of Crew-5."""
        head = syntax.list_head(p.root, PEOPLE)
        own = syntax.clause_verb(head)
        own_subject = [c for c in own.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(s.ent_type_ == "Mission" and s.i != lk.target.i for s in own_subject) and own.i != lk.top.i:
            return True  # 'after Vostok 1 carried Yuri Gagarin into orbit': Gagarin is Vostok 1's
        for v in {own.i: own, lk.top.i: lk.top}.values():
            # inside someone else's relative clause ('Liu Boming, who flew on Shenzhou-7, and by Li Cong')
            if v.dep_ == "relcl" and v.head.i != head.i and v.head.ent_type_ in PEOPLE and m_inside(lk, v):
                return True
        for v in [lk.top] + list(lk.down):
            if v.pos_ not in syntax.VERBAL or v.i == own.i:
                continue
            subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
            # a relative pronoun stands for the noun its clause describes ('Liu Boming, who flew ...')
            subj = [v.head if c.lower_ in ("who", "which", "that") and v.dep_ == "relcl" else c for c in subj]
            # 'X became the first Israeli in space when he flew on STS-107': the pronoun is X again
            subj = [head if c.lower_ in ("he", "she") and _governs_as_subject(head, v) else c for c in subj]
            if subj and head.i not in {s.i for s in subj} and (own_subject or v in lk.down):
                if any(lk.target.i in syntax.subtree_ids(s) for s in subj):
                    continue  # '... when Demo-2 launched': the clause is about the mission itself
                if not any(s.i == head.i or head.i in syntax.subtree_ids(s) for s in subj):
                    return True
        return False

    def _main_link(self, p: Ment, m: Ment) -> bool:
        """The mission is reached without entering a relative clause or a 'veteran of' phrase."""
        lk = link(p.root, m.root)
        return lk is not None and not lk.crosses_clause() and not any(t.lower_ in ("veteran", "former") for t in lk.inner)

    def _crew_cue(self, lk: Link, p: Ment, roles: Roles, m: Ment | None = None) -> str | None:
        verbs = [t for t in lk.inner if t.pos_ in syntax.VERBAL]
        if any(t.lemma_.lower() in self.lex.spectator_verbs for t in verbs + [lk.top]):
            return None  # 'travelled to the cosmodrome to watch the launch'
        if any(t.lemma_.lower() in self.lex.crew_verbs or self._verb_lemma(t) in self.lex.crew_verbs for t in verbs):
            return "verb"
        if lk.lemmas() & self.crew_cues:
            return "noun"
        # a crew verb governing the whole link: 'Joining X on the flight are Y and Z'
        top = lk.top
        around = [top] + list(top.ancestors)[:2] + [c for c in top.children if c.dep_ in ("csubj", "advcl", "xcomp") and c.tag_ in ("VBG", "VBN")]
        if any(t.pos_ in syntax.VERBAL and (t.lemma_.lower() in self.lex.crew_verbs or self._verb_lemma(t) in self.lex.crew_verbs) for t in around):
            return "verb"
        if m is not None:
            doc = m.span.doc
            if any(t.lower_ in ("aboard", "board", "onboard") for t in doc[max(0, m.span.start - 2):m.span.start]):
                return "noun"  # On board Crew-2 were X and Y
            if m.kind == "anaphor" and m.root.lower_ in self.lex.crew_nouns and any(t.lemma_ in ("be", "include", "comprise", "consist") for t in verbs + [top]):
                return "noun"  # X, Y and Z are the crew
        if any(t.lower_ in ("aboard", "onboard") and t.pos_ == "ADP" for t in lk.inner) \
                or any(t.lower_ == "space" and t.head.lower_ == "in" for t in lk.inner):
            return "noun"  # 'became the first Italian in space aboard the shuttle Atlantis on STS-46'
        if roles.crew and lk.cost <= 3.5:
            return "role"
        return None

    def _joins_crew(self, p: Ment) -> bool:
        """'He is joined by X', 'Shkaplerov is joined by X', 'Flying with him are X', 'With her are X'."""
        head = syntax.list_head(p.root, PEOPLE)
        prep = head.head
        while prep.dep_ == "conj" and prep.head.i != prep.i:  # '... joined by X, ..., and by Y'
            prep = prep.head
        if head.dep_ == "pobj" and prep.dep_ == "agent" and prep.head.lemma_.lower() in ("join", "accompany"):
            return True
        sent = p.root.sent
        first = [t.lower_ for t in sent[:2]]
        if first[:1] in (["aboard"], ["inside"]) or first == ["on", "board"] or first[:1] == ["riding"] and first[1:] in (["in"], ["aboard"], ["inside"]):
            return True  # 'Aboard were NASA astronauts X and Y', 'Inside were ...', 'Riding in the capsule were ...'
        if first[:1] == ["among"] and any(t.lower_ in ("aboard", "board", "onboard") or t.lemma_.lower() in self.lex.crew_nouns
                                          for t in sent[1:6]):
            return True  # 'Among the seven on board was X', 'Among the crew is X'
        if sent[0].tag_ == "VBG" and sent[0].lemma_.lower() in self.lex.completion_verbs and any(
                t.lower_ in self.lex.crew_nouns or t.like_num or t.lower_ in NUMBER_WORDS for t in sent[1:5]):
            return True  # 'Rounding out the four were X and Y', 'Completing the crew is X'
        words = {t.lower_ for t in sent}
        lemmas = {t.lemma_.lower() for t in sent if t.pos_ in syntax.VERBAL}
        if not words & {"him", "her", "them", "he", "she", "they"}:
            return False
        return "join" in lemmas or "accompany" in lemmas or (bool(words & {"with", "alongside"}) and bool(lemmas & {"fly", "be", "launch", "travel", "ride"}))

    @staticmethod
    def _commander_of(roles: Roles, m: Ment) -> bool:
        """'... as commander of Expedition 18', 'the commander of Shenzhou-18, Ye Guangfu': the role names the mission."""
        return any(t.lower_ == "commander" and any(c.dep_ == "prep" and c.lower_ == "of" and any(o.i == m.root.i for o in c.children)
                                                   for c in t.children) for t in roles.tokens)

    @staticmethod
    def _commands_another(roles: Roles, target: Ment, s: Sentence) -> bool:
        """'NASA astronaut Michael Fincke, who will take charge of the station as commander of Expedition 18': the
        role names what it commands, and that is not the flight being talked about."""
        for t in roles.tokens:
            if t.lower_ != "commander":
                continue
            for prep in (c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"):
                for o in prep.children:
                    if any(m.root.i == o.i and m.key != target.key for m in s.of("Mission", "SpaceStation")):
                        return True
        return False

    @staticmethod
    def _station_word(t: Token) -> bool:
        """'station commander', "the station's commander": a command aboard the station (an expedition's)."""
        return t.lower_ == "commander" and t.i > 0 and t.doc[t.i - 1].lower_ in ("station", "iss", "'s", "\u2019s") \
            and (t.doc[t.i - 1].lower_ in ("station", "iss") or t.i > 1 and t.doc[t.i - 2].lower_ in ("station", "iss"))

    def _commands(self, p: Ment, lk: Link, m: Ment) -> bool:
        """'X will command', 'commanded by X', 'under the command of X', 'X is the commander'."""
        head = syntax.conj_head(p.root)
        if any(t.dep_ == "prep" and t.lower_ in self.lex.history_preps for t in lk.down):
            return False  # 'commanding the mission, his second flight after Inspiration4'
        for t in lk.inner + (lk.top,):
            if t.lemma_.lower() in self.lex.commander_verbs or t.lower_ in ("commander", "command"):
                if self._rank(t) or t.pos_ == "VERB" and self._leads_something_else(t):
                    continue  # 'Group Captain Shubhanshu Shukla ... is to fly as pilot'
                if self._station_word(t) and not self.kb.is_stay(m.key):
                    continue  # 'the new station commander, NASA's Barry Wilmore' commands the expedition, not his Soyuz
                between = p.span.doc[t.i + 1:p.span.start] if t.i < p.span.start else []
                if t.lower_ == "commander" and any(x.ent_type_ in PEOPLE for x in between):
                    continue  # 'commander A, B and C' commands A only
                if head.head.i == t.i and head.dep_ in ("nsubj", "attr", "appos"):
                    return True
                if t.dep_ == "relcl" and t.head.i == head.i:  # 'X, who commands the flight'
                    return True
                if head.dep_ == "pobj" and head.head.head.i == t.i and head.head.lower_ in ("by", "of"):
                    return True
                if t.lower_ == "commander" and (t.head.i == head.i or head.head.i == t.i):
                    between = p.span.doc[t.i + 1:p.span.start] if t.i < p.span.start else []
                    if not any(x.ent_type_ in PEOPLE for x in between):  # 'commander A, B and C' commands A only
                        return True
        return False

    def _others_crew_noun(self, lk: Link, m: Ment, missions: list[Ment]) -> bool:
        """The link passes a crew noun that another flight owns ('the Shenzhou-14 trio'); a flight coordinated
        with ``m`` ('the Shenzhou-6 and Shenzhou-10 flights') or an expedition ('the Expedition 7 crew', who may
        ride any Soyuz) does not count."""
        mine = {m.root.i} | {c.i for c in m.root.conjuncts}
        for t in lk.inner + (lk.top,):
            if t.lemma_.lower() not in self.lex.crew_nouns:
                continue
            for c in t.children:
                if c.dep_ not in ("compound", "poss", "nmod") or c.ent_type_ != "Mission" or c.i in mine:
                    continue
                owner = next((o for o in missions if o.root.i == c.i), None)
                if owner is not None and not set(owner.text.lower().split()) & self.lex.resident_cues:
                    return True
        return False

    def _crew_noun_of(self, p: Ment, missions: list[Ment]) -> Ment | None:
        """'the Shenzhou-14 trio of Chen Dong, Liu Yang and Cai Xuzhe', "Crew-7's crew of A and B"."""
        h = syntax.conj_head(p.root)
        if h.dep_ != "pobj" or h.head.lower_ != "of" or h.head.head.lemma_.lower() not in self.lex.crew_nouns | self.lex.crew_anaphor_nouns:
            return None
        noun = h.head.head
        return next((m for m in missions if m.kind != "anaphor" and m.root.head.i == noun.i and m.root.dep_ in ("compound", "poss", "nmod")), None)

    @staticmethod
    def _mission_with(p: Ment, missions: list[Ment]) -> Ment | None:
        """'Crew-3, with NASA's Raja Chari, Tom Marshburn and Kayla Barron, is scheduled to lift off': a flight
        'with' people, in the flight's own phrase."""
        h = syntax.conj_head(p.root)
        if h.dep_ != "pobj" or h.head.lower_ != "with":
            return None
        owner = h.head.head
        return next((m for m in missions if m.kind != "anaphor" and m.root.i == owner.i), None)

    def _command_verbs(self, s: Sentence) -> Iterator[Candidate]:
        """'after commanding Soyuz TMA-20M', 'went on to command both the Shenzhou-9 mission and Shenzhou-11',
        'the founder of Shift4 who commands Polaris Dawn': a command verb whose object is a flight; its commander is
        the verb's subject, found through relative clauses, appositions and subjectless clauses."""
        people = s.of(*PEOPLE)
        for verb in s.span:
            if verb.pos_ != "VERB" or syntax.negated(verb):
                continue
            if verb.lemma_.lower() in self.lex.command_taking_verbs:
                yield from self._command_taken(verb, s, people)
                continue
            if verb.lemma_.lower() not in self.lex.commander_verbs:
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            objects += [c for o in objects for c in o.conjuncts]
            inside = {i for o in objects for i in syntax.subtree_ids(o)}
            flights = [m for m in s.of("Mission") if m.kind != "anaphor" and m.root.i in inside
                       and not self._named_as_history(m, {o.i for o in objects} | {verb.i})]
            if not flights:
                continue
            person = self._subject_person(verb, people)
            if person is None:
                continue
            for m in flights:
                yield Candidate(m, "crewMember", person, 0.75, "crew-command-verb", 3)
                yield Candidate(m, "commander", person, 0.75, "commander-command-verb", 3)

    def _command_taken(self, verb: Token, s: Sentence, people: list[Ment]) -> Iterator[Candidate]:
        """'Tim Kopra took command of Expedition 47', 'assumed command of the Soyuz MS-12 flight': the subject
        commands the flight named after 'command of'."""
        noun = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "command"), None)
        if noun is None:
            return
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        inside = set(syntax.subtree_ids(of)) if of is not None else set()
        flights = [m for m in s.of("Mission") if m.kind != "anaphor" and m.root.i in inside]
        person = self._subject_person(verb, people) if flights else None
        if person is None:
            return
        for m in flights:
            yield Candidate(m, "crewMember", person, 0.75, "crew-command-taken", 3)
            yield Candidate(m, "commander", person, 0.75, "commander-command-taken", 3)

    def _named_as_history(self, m: Ment, stops: set[int]) -> bool:
        """'commanding the mission, his second flight after Inspiration4': a flight under 'after' (below ``stops``)."""
        for t in [m.root] + list(m.root.ancestors):
            if t.i in stops:
                return False
            if t.lower_ in self.lex.history_preps:
                return True
        return False

    @staticmethod
    def _subject_person(verb: Token, people: list[Ment]) -> Ment | None:
        """The person who does ``verb``: its subject, the noun its relative clause hangs on (or the name that
        noun describes), or the subject of the clause a subjectless 'after commanding'/'to command' depends on."""
        def person_at(tok: Token) -> Ment | None:
            return next((p for p in people if p.root.i == tok.i or syntax.conj_head(p.root).i == tok.i), None)

        tok = verb
        for _ in range(4):
            subj = next((c for c in tok.children if c.dep_ == "nsubj" or c.dep_ == "nsubjpass" and tok.i != verb.i), None)
            if subj is not None and subj.lower_ not in ("who", "that", "which"):
                return person_at(subj)  # 'X is scheduled to lead Expedition 47': the passive subject does the xcomp
            if tok.dep_ == "relcl":
                owner = tok.head
                found = person_at(owner)
                up = owner
                while found is None and up.dep_ in ("appos", "pobj", "prep") and up.head.i != up.i:
                    up = up.head  # 'Jared Isaacman, the founder of payments company Shift4 who commands Polaris Dawn'
                    found = person_at(up)
                if found is None and owner.dep_ == "attr":
                    cop = owner.head  # 'Ovchinin is a station veteran who ... after commanding Soyuz TMA-20M'
                    found = next((person_at(c) for c in cop.children if c.dep_ == "nsubj"), None)
                return found
            if tok.dep_ in ("xcomp", "advcl", "pcomp", "conj") or tok.dep_ == "pobj":
                tok = tok.head
                continue
            if tok.dep_ == "prep":
                tok = tok.head
                continue
            return None
        return None

    def _craft_role(self, p: Ment) -> str | None:
        """'Commanding the Soyuz is X', 'X, the cosmonaut commanding the Soyuz', 'The third seat was taken by X':
        a role on the spacecraft itself, which stands for the flight under discussion."""
        head = syntax.conj_head(p.root)
        crafts = self.lex.craft_nouns | {"soyuz", "flight", "mission", "ship", "spaceship"}

        def on_craft(v: Token) -> bool:
            return any(c.dep_ == "dobj" and (c.lower_ in crafts or c.ent_type_ == "Spacecraft") for c in v.children)
        own = p.root  # a description is the person's own, not the first name's of a list
        candidates = [c for c in own.children if c.dep_ in ("acl", "relcl")]
        candidates += [c for a in own.children if a.dep_ == "appos" for c in a.children if c.dep_ in ("acl", "relcl")]
        if head.dep_ in ("attr", "nsubj") and head.head.lemma_ == "be":
            candidates += [c for c in head.head.children if c.dep_ == "csubj"]
        for v in candidates:
            if v.lemma_.lower() in self.lex.commander_verbs and on_craft(v):
                return "commander"
            if v.lemma_.lower() == "pilot" and on_craft(v):
                return "crew"
        if head.dep_ == "pobj" and head.head.dep_ == "agent":
            verb = head.head.head
            if verb.lemma_.lower() in ("take", "occupy", "fill", "hold") and any(
                    c.dep_ == "nsubjpass" and c.lemma_.lower() == "seat" for c in verb.children):
                return "crew"  # 'The third seat was taken by X'
            owner = verb.head if verb.dep_ == "conj" else verb  # '... is commanded by A and piloted by B'
            if any(c.dep_ == "nsubjpass" and (c.lower_ in crafts or c.ent_type_ == "Spacecraft") for c in owner.children):
                if verb.lemma_.lower() in self.lex.commander_verbs:
                    return "commander"  # 'Discovery is commanded by Curtis Brown'
                if verb.lemma_.lower() == "pilot":
                    return "crew"
        return None

    def _rank(self, t: Token) -> bool:
        """A military rank, not a crew role: 'Group Captain', 'Wing Commander', a capitalised 'Captain' before a name."""
        doc = t.doc
        prev = doc[t.i - 1].lower_ if t.i else ""
        nxt = doc[t.i + 1].lower_ if t.i + 1 < len(doc) else ""
        return f"{prev} {t.lower_}" in self.lex.military_ranks or f"{t.lower_} {nxt}" in self.lex.military_ranks \
            or t.is_title and t.lower_ in self.lex.rank_titles and t.i + 1 < len(doc) and doc[t.i + 1].ent_type_ in PEOPLE

    def _leads_something_else(self, verb: Token) -> bool:
        """'A and B, both lead space operations engineers at SpaceX': the adjective 'lead' misread as a verb
        whose object is no crew, flight or station."""
        return any(c.dep_ == "dobj" and c.lemma_.lower() not in self.lex.crew_anaphor_nouns | self.lex.mission_nouns
                   and c.ent_type_ not in ("Mission", "SpaceStation") for c in verb.children)

    def _commands_alone(self, p: Ment) -> bool:
        head = syntax.conj_head(p.root)
        verb = head.head
        if head.dep_ == "nsubj":  # 'X will command'; not 'A will command the flight, and B will serve as pilot'
            return verb.lemma_.lower() in self.lex.commander_verbs and not self._leads_something_else(verb)
        return head.dep_ == "pobj" and verb.lower_ == "by" and verb.head.lemma_.lower() in self.lex.commander_verbs  # 'commanded by X'


def _governs_as_subject(person: Token, clause: Token) -> bool:
    """The person is the subject of a clause that ``clause`` modifies as an adverbial clause (when, after, as),
    so a lone 'he' or 'she' there refers back to them."""
    if clause.dep_ != "advcl":
        return False
    return any(person.dep_ in ("nsubj", "nsubjpass") and person.head.i == a.i for a in clause.ancestors)
