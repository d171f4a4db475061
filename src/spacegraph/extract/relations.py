"""Relation rules: one method per contract property, reading dependency paths and local token patterns.

Every rule returns candidates with a rule name and a base confidence that says how directly the text
states the fact: an apposition or a verb with its subject and object is stated outright (0.8-0.9); a
fact that needs the previous sentences (the crew member of "the mission" named two sentences ago) is
inferred (0.5-0.65). ``extract`` scales these down further for titles, related stories and anaphora.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .. import dates
from ..kb import KnowledgeBase
from ..lexicon import Lexicon
from ..records import DateValue
from . import syntax
from .mentions import NUMBER_WORDS, ORGS, PEOPLE, Ment, Sentence
from .patterns import NounPhrasePatterns
from .syntax import Link, link

PARTIES = ("Country", "Agency", "Organization")
TARGETS = ("Mission", "SpaceStation", "Program")
NP_DEPS = {"compound", "amod", "poss", "appos", "nmod", "conj", "case", "det", "nummod", "flat"}
COPULAS = {"be", "become", "remain", "serve", "act", "work", "hail", "come"}


@dataclass
class Candidate:
    subject: Ment
    predicate: str
    object: Ment | DateValue
    confidence: float
    rule: str
    cost: float = 0.0


@dataclass
class Discourse:
    """What the sentences before this one established: the mission being talked about."""

    mission: Ment | None = None  # the last mission named (or referred to) earlier in this block
    focal: Ment | None = None  # the article's most-mentioned mission, when there is one
    agreement: Ment | None = None  # the last agreement named earlier in this block
    accord: Ment | None = None  # the agreement the article is about (its headline's, else its most-named)
    joinable: Ment | None = None  # the last agreement or programme named: what 'X signed in May' signed up to
    person: str | None = None  # the last person named before this sentence, in this block
    flown: dict[str, list[Ment]] = field(default_factory=dict)  # person -> missions the text put them on (not history)
    crew_list: Ment | None = None  # 'Who flew:' / 'Soyuz 19 left Baikonur, carrying:' -> the mission its bullets crew
    residents: bool = False  # the lines follow 'Waiting on board:': a list of the station's crew, not a flight's
    history: tuple = ()  # the sentence's dates before the article's month: they tell the past
    question: Sentence | None = None  # the sentence before, when it asks a question ('Who else joined this year?')
    programme: Ment | None = None  # the last programme named in the article so far
    member_list: Ment | None = None  # 'The companies selected are:' -> the programme its list lines join


@dataclass
class Roles:
    """What the text calls a person: crew roles, official titles, and the tokens that say so."""

    commander: bool = False
    crew: bool = False
    backup: bool = False
    official: bool = False
    tokens: tuple[Token, ...] = ()


class RelationRules:
    def __init__(self, lex: Lexicon, kb: KnowledgeBase):
        self.lex = lex
        self.kb = kb
        self.np = NounPhrasePatterns(lex, kb)
        self.crew_cues = lex.crew_verbs | lex.crew_nouns | frozenset(w.split()[-1] for w in lex.astronaut_roles)
        self.role_words = dict(lex.astronaut_roles)
        programs = {n: e.iri for e in kb.of_type("Program") for n in e.names if " " not in n}
        self._named_targets = {  # named agreements whose name contains a programme's: 'Artemis Accords'
            e.iri: [programs[w] for w in e.label.split() if w in programs]
            for e in kb.of_type("Agreement") if any(w in programs for w in e.label.split())
        }
        self._country_names = {
            name: e.iri for e in kb.of_type("Country") for name, kind in e.names.items()
            if kind in ("name", "demonym") and name not in e.weak
        }

    def run(self, s: Sentence, published, discourse: Discourse | None = None) -> Iterator[Candidate]:
        discourse = discourse or Discourse()
        yield from self.party(s, discourse)
        yield from self.crew(s, discourse)
        yield from self._command_verbs(s)
        yield from self.member_lines(s, discourse)
        yield from self.operator(s)
        yield from self.destination(s, discourse)
        yield from self.nationality(s)
        yield from self._described_fragment(s, discourse)
        yield from self.affiliation(s)
        yield from self.country(s)
        yield from self.about(s)
        yield from self.partner(s)
        yield from self.launch_date(s, published, discourse)
        yield from self.signed_on(s, published)

    # ------------------------------------------------------------------ people's roles

    def roles(self, person: Ment, people: list[Ment] | None = None) -> Roles:
        """Role nouns attached to a person: modifiers, appositions, predicate nouns, 'as commander', and
        those a sentence gives a whole list of names ('The flight engineers are A and B')."""
        root = person.root
        heads: list[Token] = list(self.np.list_roles(person, people)) if people else []
        for tok in {root, syntax.list_head(root, PEOPLE)}:
            heads.extend(syntax.modifiers(tok))
            heads.extend(self.np.premodifier_words(person))
            if tok.dep_ == "appos":
                heads.append(tok.head)
                heads.extend(syntax.modifiers(tok.head))
            subj = tok if tok.dep_ in ("nsubj", "nsubjpass") else (tok.head if tok.dep_ == "appos" and tok.head.dep_ == "nsubj" else None)
            verbs = [subj.head] + [c for c in subj.head.children if c.dep_ == "conj" and c.pos_ in syntax.VERBAL] if subj is not None else []
            for verb in verbs:
                if verb.lemma_ not in COPULAS | {"fly", "join"} | self.lex.assignment_verbs:
                    continue  # 'X has been assigned as pilot'
                for c in verb.children:
                    if c.dep_ in ("attr", "oprd", "acomp"):
                        heads.append(c)
                        heads.extend(syntax.modifiers(c))
                    if c.dep_ == "prep" and c.lower_ == "as":
                        heads.extend(g for g in c.children if g.dep_ == "pobj")
            if tok.dep_ in ("attr",) and tok.head.lemma_ == "be":  # 'The pilot is X'
                heads.extend(c for c in tok.head.children if c.dep_ == "nsubj")
            for c in tok.children:
                if c.dep_ in ("relcl", "acl"):  # 'X, who will serve as commander'
                    for g in c.children:
                        if g.dep_ in ("attr", "oprd"):
                            heads.append(g)
                        if g.dep_ == "prep" and g.lower_ == "as":
                            heads.extend(x for x in g.children if x.dep_ == "pobj")
        app = self.np.apposition(person, root.sent)
        if app is not None:
            heads.extend(app)
        doc = root.doc
        after = doc[person.span.end] if person.span.end < len(doc) else None
        own = [g for g in after.children if g.dep_ == "pobj"] if after is not None and after.lower_ == "as" else []
        if own and root.dep_ in ("appos", "conj"):  # 'A served as commander, B as pilot, and C as medical officer'
            heads = own + [m for g in own for m in syntax.modifiers(g)] + list(self.np.premodifier_words(person))
        elif own and root.dep_ == "dobj" and root.head.lemma_.lower() in self.lex.assignment_verbs:
            heads.extend(own + [m for g in own for m in syntax.modifiers(g)])  # 'NASA assigned X as commander and Y as pilot'
        # a role word over a coordinated list applies to every member only when it is plural
        if root.dep_ == "conj":
            first = syntax.list_head(root, PEOPLE)
            own = {t.i for t in syntax.modifiers(first)}
            heads = [h for h in heads if h.i not in own or h.tag_ in ("NNS", "NNPS") or h.lower_.endswith("s")]
        if people:  # 'Expedition 44 commander A, B and C': a singular title before one name is that name's alone
            others = {t.i for g in self.np.name_list(person, people) if g is not person for t in self.np.premodifier_words(g)}
            heads = [h for h in heads if h.i not in others or h.tag_ in ("NNS", "NNPS") or h.lower_.endswith("s")]
        colons = [t.i for t in root.sent if t.text == ":" and t.i >= person.span.end]
        if colons:  # 'X is flying alongside two cosmonauts: the commander, A, ...': the roles after the colon are theirs
            heads = [h for h in heads if h.i < colons[0]]
        r = Roles(tokens=tuple(heads))
        for tok in heads:
            word = tok.lemma_.lower()
            nxt = tok.doc[tok.i + 1].lower_ if tok.i + 1 < len(tok.doc) else ""
            prev = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
            if f"{prev} {tok.lower_}" in self.lex.military_ranks or f"{tok.lower_} {nxt}" in self.lex.military_ranks:
                continue  # 'Wing Commander X' is a rank, not a mission role
            for w in (f"{tok.lower_} {nxt}", f"{prev} {tok.lower_}", word, tok.lower_, tok.lower_.rstrip("s")):
                role = self.role_words.get(w)
                if role == "commander":
                    r.commander = r.crew = True
                elif role == "crew":
                    r.crew = True
                elif role == "backup":
                    r.backup = True
                if role:
                    break  # 'payload commander' is a crew role, not the commander
            if word in self.lex.official_roles or f"{prev} {tok.lower_}" in self.lex.official_roles:
                r.official = True
        doc = root.doc
        after = " ".join(t.lower_ for t in doc[person.span.end:min(len(doc), person.span.end + 5)])
        if re.match(r"(in command|in the commander's seat|in the commander’s seat)\b", after):
            r.commander = r.crew = True  # 'aboard Soyuz TM-21, with Dezhurov in command'
        if r.backup and any(t.lower_ in ("backup", "alternate") for t in heads):
            r.crew = r.crew and not any(t.lower_ in ("backup", "alternate") and t.head.lower_ in ("astronaut", "crew") for t in heads)
        return r

    # ------------------------------------------------------------------ crewMember / commander

    def crew(self, s: Sentence, discourse: Discourse) -> Iterator[Candidate]:
        missions = s.of("Mission")
        people = s.of(*PEOPLE)
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
            for m in missions:
                lk = link(p.root, m.root)
                if lk is None or lk.cost > 5 or self._crosses_other(lk, p, m, people, descriptions_only=True) \
                        or self._other_clause(lk, p):
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
                if cue is None or (roles.official and not roles.crew and (cue != "verb" or self._only_leads(lk))):
                    continue  # 'the minister led the mission's science team' is no crew
                if premodified and m.key not in premodified:
                    continue  # 'Apollo 11 astronauts Neil Armstrong and Buzz Aldrin' flew on Apollo 11 only
                if self._future_departure(lk):
                    continue  # 'are scheduled to depart the station aboard Soyuz MS-15'
                linked = True
                near = {t.lower_ for t in lk.inner + (m.root,)} | {c.lower_ for t in lk.inner + (m.root,) for c in t.children}
                history = bool(near & {"after", "since", "before", "following"}) and bool(near & {"first", "previous", "last", "earlier", "his", "her"})
                main_linked = main_linked or not (m.root.i in own and any(t.dep_ in ("relcl", "appos") for t in lk.inner + (m.root,)) or history)
                conf = {"verb": 0.85, "noun": 0.85, "role": 0.75}[cue] - 0.04 * max(0.0, lk.cost - 2)
                yield Candidate(m, "crewMember", p, conf, f"crew-{cue}", lk.cost)
                own_description = m.root.i in own and any(t.dep_ in ("relcl", "appos") or t.lower_ in ("veteran", "former") for t in lk.inner + (m.root,))
                main_clause = not own_description and not any(t.lower_ in ("veteran", "former", "after", "since", "before", "following", "previous", "first") for t in lk.inner) \
                    and not any(t.dep_ in ("relcl", "acl") and t.pos_ in syntax.VERBAL for t in lk.down)
                station_only = any(self._station_word(t) for t in roles.tokens) and not self.kb.is_stay(m.key)
                if (roles.commander and main_clause and not station_only) or self._commands(p, lk, m) \
                        or self._craft_role(p) == "commander" and len({x.key for x in missions}) == 1:
                    yield Candidate(m, "commander", p, conf, f"commander-{cue}", lk.cost)
            if discourse.residents and not main_linked and self._list_line(p):
                continue
            label = self._labelled_line(p)
            labelled = label is not None and (label.text.lower() in self.role_words or bool({t.lower_ for t in label} & (set(self.role_words) | {"seat"})))
            if discourse.crew_list is not None and (not main_linked or labelled) and self._list_line(p):
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
                if roles.commander or self._commands_alone(p) or craft == "commander":
                    yield Candidate(target, "commander", p, 0.6, "commander-discourse")

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
        return RelationRules._labelled_line(p) is not None

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
        if sent[0].tag_ == "VBG" and sent[0].lemma_.lower() in self.lex.completion_verbs and any(
                t.lower_ in self.lex.crew_nouns or t.like_num or t.lower_ in NUMBER_WORDS for t in sent[1:5]):
            return True  # 'Rounding out the four were X and Y', 'Completing the crew is X'
        words = {t.lower_ for t in sent}
        lemmas = {t.lemma_.lower() for t in sent if t.pos_ in syntax.VERBAL}
        if not words & {"him", "her", "them", "he", "she", "they"}:
            return False
        return "join" in lemmas or "accompany" in lemmas or (bool(words & {"with", "alongside"}) and bool(lemmas & {"fly", "be", "launch", "travel", "ride"}))

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
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lex.commander_verbs or syntax.negated(verb):
                continue
            objects = [c for c in verb.children if c.dep_ == "dobj"]
            objects += [c for o in objects for c in o.conjuncts]
            inside = {i for o in objects for i in syntax.subtree_ids(o)}
            flights = [m for m in s.of("Mission") if m.kind != "anaphor" and not self.kb.is_stay(m.key) and m.root.i in inside
                       and not self._named_as_history(m, {o.i for o in objects} | {verb.i})]
            if not flights:
                continue
            person = self._subject_person(verb, people)
            if person is None:
                continue
            for m in flights:
                yield Candidate(m, "crewMember", person, 0.75, "crew-command-verb", 3)
                yield Candidate(m, "commander", person, 0.75, "commander-command-verb", 3)

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
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in ("who", "that", "which"):
                return person_at(subj)
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

    def _commands_alone(self, p: Ment) -> bool:
        head = syntax.conj_head(p.root)
        verb = head.head
        if head.dep_ == "nsubj":  # 'X will command'; not 'A will command the flight, and B will serve as pilot'
            return verb.lemma_.lower() in self.lex.commander_verbs
        return head.dep_ == "pobj" and verb.head.lemma_.lower() in self.lex.commander_verbs  # 'commanded by X'

    # ------------------------------------------------------------------ operator

    def operator(self, s: Sentence) -> Iterator[Candidate]:
        for x in s.of(*TARGETS):
            for a in s.of(*ORGS):
                lk = link(a.root, x.root)
                if lk is None or a.key == x.key:
                    continue
                rule = self._operator_shape(lk, a, x)
                if rule is None and self.np.premodifier(a, x) == "poss":
                    rule = "op-poss"
                if rule is None and self._subject_verb_object(a, x):
                    rule = "op-verb"
                if rule is None and x.cls == "Mission":
                    rule = self._operator_described(a, x)
                if rule is None:
                    rule = self._operator_its(a, x)
                if rule is None:
                    rule = self._operator_relative(a, x)
                if rule:
                    conf = {"op-verb": 0.85, "op-passive": 0.85, "op-copula": 0.75, "op-poss": 0.7, "op-compound": 0.6,
                            "op-appos": 0.75, "op-its": 0.65, "op-relative": 0.7}[rule]
                    yield Candidate(x, "operator", a, conf, rule, lk.cost)

    def _operator_described(self, a: Ment, x: Ment) -> str | None:
        """'LARES-2, a laser-ranging satellite of the Italian Space Agency', 'SLIM, the Smart Lander ... from JAXA',
        'XRISM, an X-ray mission JAXA built with NASA', "ISRO's next missions, including Aditya-L1",
        "NASA's fourth rotation flight, known as Crew-4", 'ispace lost its Hakuto-R lander'."""
        doc = x.span.doc
        sent = x.root.sent
        crafts = self.lex.craft_nouns | self.lex.mission_nouns | self.lex.probe_nouns
        i = x.span.end
        first = syntax.list_head(a.root, ("Agency", "Organization"))
        if first.i != a.root.i and first.ent_type_ in ("Agency", "Organization"):  # 'a joint project of NASA, ESA and CSA'
            lead = next((o for o in self._sentence_orgs(a) if o.root.i == first.i), None)
            if lead is not None and lead.span.start > x.span.end:
                a = lead
        if i < sent.end and doc[i].text == "," and a.span.start > i:
            window = doc[i + 1:a.span.start]
            own = {i for m in [x] for i in range(m.span.start, m.span.end)}
            expanded = {t.i for t in window if t.ent_type_ == "Mission" and t.ent_id_ == x.root.ent_id_ and x.root.ent_id_}
            clean = len(window) <= 12 and not any(t.text in (",", ";", "(", ")") or t.ent_type_ in ("Mission", "Person", "Astronaut")
                                                  and t.i not in expanded | own for t in window)
            participle = clean and len(window) >= 2 and window[0].tag_ == "VBN" and self._is_operator_verb(window[0]) \
                and window[1].lower_ == "by"  # 'Ax-3, flown by Axiom Space'
            if participle and all(t.lower_ in ("the", "a", "an") or t.i <= window[1].i for t in window):
                return "op-appos"
            if clean and any(t.lemma_.lower() in crafts or set(t.lower_.split()) & crafts for t in window):
                # the phrase ends in the organisation's preposition, perhaps with a description of it in between:
                # 'a satellite of ESA', 'a private flight organised by the Houston company Axiom Space',
                # 'a satellite belonging to CONAE', 'a small experimental satellite for the US Air Force Research Laboratory'
                k = len(window) - 1
                while k > 0 and (window[k].lower_ in ("the", "a", "an") or window[k].lemma_.lower() in self.lex.company_nouns
                                 or window[k].pos_ in ("ADJ", "PROPN") and window[k].lower_ not in ("of", "by")):
                    k -= 1
                last = window[k] if len(window) else None
                if last is not None and (last.lower_ in ("of", "from", "by", "for") or last.lower_ == "to" and k and window[k - 1].lower_ == "belonging"):
                    return "op-appos"
                after = doc[a.span.end] if a.span.end < sent.end else None
                if window[-1].lemma_.lower() in crafts and after is not None and after.lemma_.lower() in self.lex.operator_verbs | {"build", "design", "develop", "operate", "run"}:
                    return "op-appos"  # 'an X-ray astronomy mission JAXA built'
        hyphened = self._hyphen_led(a, x)
        if hyphened:
            return hyphened
        before = [t.lower_ for t in doc[max(sent.start, x.span.start - 3):x.span.start]]
        if "including" in before or before[-2:] in (["known", "as"], ["called"], ["dubbed"]) or before[-1:] in (["called"], ["dubbed"]):
            # "ISRO's next missions, including Aditya-L1", "NASA's fourth rotation flight with SpaceX, known as Crew-4"
            j = x.span.start - 1
            while j > sent.start and doc[j].lower_ not in ("including", "as", "called", "dubbed"):
                j -= 1
            nouns = [t for t in doc[max(sent.start, j - 9):j] if t.lemma_.lower() in crafts and t.pos_ == "NOUN"]
            if nouns:
                owner = [c for c in nouns[-1].children if c.dep_ == "poss"]
                if any(a.span.start <= c.i < a.span.end for c in owner):
                    return "op-poss"
                if any(c.lower_ in ("its", "their") for c in owner):
                    verb = syntax.clause_verb(nouns[-1])
                    if any(c.dep_ == "nsubj" and a.span.start <= c.i < a.span.end for c in verb.children):
                        return "op-its"  # 'ISRO would turn to its next missions, including Aditya-L1'
        np_head = syntax.np_head(x.root)
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in list(np_head.children) + list(x.root.children)):
            verb = syntax.clause_verb(np_head)
            if any(c.dep_ == "nsubj" and c.i == syntax.conj_head(a.root).i for c in verb.children) and a.span.start < x.span.start:
                return "op-its"  # 'ispace ... lost its Hakuto-R Mission 1 lander'
        if i < sent.end and doc[i].text == "," and a.span.start == i + 1 and a.span.end + 1 < sent.end \
                and doc[a.span.end].lower_ in ("'s", "\u2019s"):
            owned = syntax.np_head(a.root)
            if owned.lemma_.lower() in crafts and owned.i > a.span.end:
                return "op-appos"  # 'Galactic 04, Virgin Galactic's fourth commercial flight'
        return None

    def _operator_its(self, a: Ment, x: Ment) -> str | None:
        """'work with NASA on its Artemis lunar exploration program', 'the region NASA has chosen under its rival
        Artemis program': 'its' is the nearest organisation before it, when no other organisation or country
        stands between and it does not merely describe someone ('a retired NASA astronaut')."""
        doc = x.span.doc
        head = syntax.np_head(x.root)
        nouns = self.lex.mission_nouns | self.lex.program_nouns | self.lex.craft_nouns | self.lex.probe_nouns
        if head.i != x.root.i and head.lemma_.lower() not in nouns and not (x.root.dep_ == "appos" and x.root.head.i == head.i):
            return None  # 'its post-ISS future' is no station's
        if not any(c.dep_ == "poss" and c.lower_ == "its" for c in list(head.children) + list(x.root.children)):
            return None
        if not (a.span.end <= x.span.start and x.span.start - a.span.end <= 12 and a.root.sent.start == x.root.sent.start):
            return None
        if a.root.dep_ in ("compound", "amod", "nmod") and a.root.head.i != x.root.i:
            return None
        if any(t.ent_type_ in ORGS + ("Country", "Mission", "Program") for t in doc[a.span.end:x.span.start]):
            return None
        return "op-its"

    def _operator_relative(self, a: Ment, x: Ment) -> str | None:
        """'the Gateway, the small station NASA plans to place in lunar orbit', 'a station that NASA intends to
        assemble', 'Roscosmos, Russia's state space corporation, which runs the flight' (read from the surface:
        the parser seldom finds these object gaps)."""
        doc = x.span.doc
        sent = x.root.sent
        nouns = self.lex.craft_nouns | self.lex.mission_nouns | self.lex.probe_nouns | self.lex.program_nouns

        def runs(i: int) -> bool:  # the verb at i, or 'plans/intends to' + verb, operates
            if i >= sent.end or doc[i].pos_ not in syntax.VERBAL:
                return False
            if doc[i].lemma_.lower() in self.lex.intention_verbs and i + 2 < sent.end and doc[i + 1].lower_ == "to":
                i += 2
            return self._is_operator_verb(doc[i]) or doc[i].lemma_.lower() in ("assemble", "place", "put", "own")
        if x.span.end < a.span.start and x.span.end < sent.end and doc[x.span.end].text == ",":
            window = doc[x.span.end + 1:a.span.start]
            words = [t for t in window if t.lower_ not in ("that", "which")]
            if 0 < len(window) <= 8 and words and words[-1].lemma_.lower() in nouns and words[0].lower_ in ("a", "an", "the") \
                    and all(t.is_lower or t.text == "-" for t in window) and runs(a.span.end):
                return "op-relative"
        if a.span.end < x.span.start:
            window = doc[a.span.end:x.span.start]
            rel = [t for t in window if t.lower_ in ("which", "that") and t.i > a.span.end]
            if rel and len(window) <= 12 and doc[rel[0].i - 1].text == "," and runs(rel[0].i + 1) \
                    and all(t.lower_ in ("the", "its", "a") for t in doc[rel[0].i + 2:x.span.start]) \
                    and not any(t.ent_type_ and a.span.end <= t.i < rel[0].i and t.ent_type_ != "Country" for t in window):
                return "op-relative"
        return None

    @staticmethod
    def _sentence_orgs(a: Ment) -> list[Ment]:
        """Organisation and agency names of ``a``'s sentence, by their entity spans."""
        sent = a.root.sent
        out, i = [], sent.start
        for ent in a.span.doc.ents:
            if sent.start <= ent.start < sent.end and ent.label_ in ("Agency", "Organization"):
                out.append(Ment(ent.id_ or ent.text, ent.label_, "name", ent, a.block, a.section, a.offset))
        del i
        return out

    def _hyphen_led(self, a: Ment, x: Ment) -> str | None:
        """'Euclid, an ESA-led space telescope', 'the NASA-run Lucy probe': ORG-led in the mission's own phrase."""
        doc = x.span.doc
        if syntax.hyphened_word(a.span, self.lex.hyphen_operator_words) is None:
            return None
        i = a.span.end + 2
        if x.span.start == i or (x.span.start > i and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in doc[i:x.span.start])):
            return "op-compound"  # 'the ESA-led Euclid mission'
        if x.span.end + 1 < a.span.start and doc[x.span.end].text == "," and a.span.start - x.span.end <= 3:
            return "op-appos"  # 'Euclid, an ESA-led space telescope'
        return None

    def _subject_verb_object(self, a: Ment, x: Ment) -> bool:
        """'Roscosmos launched Soyuz MS-19': agency, operator verb, mission, side by side (parse-proof)."""
        doc = a.span.doc
        if not a.span.end < x.span.start <= a.span.end + 4:
            return False
        between = doc[a.span.end:x.span.start]
        verbs = [t for t in between if t.pos_ in syntax.VERBAL and t.dep_ != "aux"]
        rest = [t for t in between if t not in verbs]
        return len(verbs) == 1 and self._is_operator_verb(verbs[0]) and all(
            t.dep_ in ("aux", "auxpass", "det", "advmod", "neg") or t.lower_ in ("the", "its", "a", "an") for t in rest) \
            and not any(t.dep_ == "neg" for t in rest) and verbs[0].tag_ != "VBN"

    def _verb_lemma(self, v: Token) -> str:
        particle = next((c.lower_ for c in v.children if c.dep_ == "prt"), None)
        return f"{v.lemma_.lower()} {particle}" if particle else v.lemma_.lower()

    def _is_operator_verb(self, v: Token) -> bool:
        return v.pos_ in syntax.VERBAL and (v.lemma_.lower() in self.lex.operator_verbs or self._verb_lemma(v) in self.lex.operator_verbs)

    def _operator_shape(self, lk: Link, a: Ment, x: Ment) -> str | None:
        top = lk.top
        a_head = syntax.conj_head(a.root)
        x_head = syntax.conj_head(syntax.np_head(x.root)) if x.root.dep_ in ("compound", "amod", "appos") else syntax.conj_head(x.root)
        verbs = [t for t in _tokens(lk) + [lk.top] if t.pos_ in syntax.VERBAL]
        verbs = list({v.i: v for v in verbs}.values())
        if self._is_operator_verb(top) and lk.cost <= 4:
            if a_head.head.i == top.i and a_head.dep_ == "nsubj" and len(verbs) == 1 and x_head.dep_ in ("dobj", "attr", "oprd"):
                return "op-verb"
            if a_head.dep_ == "pobj" and a_head.head.dep_ == "agent" and x_head.dep_ in ("nsubjpass", "nsubj"):
                return "op-passive"
        for v in verbs:  # 'Soyuz MS-19, launched by Roscosmos', 'Euclid, which is operated by ESA'
            if v.dep_ in ("acl", "relcl") and self._is_operator_verb(v) and a_head.dep_ == "pobj" and a_head.head.dep_ == "agent" \
                    and a_head.head.head.i == v.i and (v.dep_ == "acl" or v.head.i == x_head.i):
                return "op-passive"
        if a_head.dep_ == "pobj" and a_head.head.dep_ == "agent" and self._is_operator_verb(a_head.head.head):
            u = a_head.head.head  # 'Chang'e-7 and Chang'e-8 are due to be launched by CNSA': a raised subject
            while u.dep_ in ("xcomp", "acomp") and u.head.i != u.i:
                u = u.head
            held = syntax.conj_head(x.root)
            held = syntax.conj_head(held.head) if held.dep_ == "appos" else held
            if u.i != a_head.head.head.i and any(c.i == held.i and c.dep_ in ("nsubj", "nsubjpass") for c in u.children):
                return "op-passive"
        # 'Crew-7 is the seventh crew rotation that SpaceX has flown'
        if top.lemma_ == "be" and x_head.dep_ == "nsubj" and x_head.head.i == top.i:
            for attr in (c for c in top.children if c.dep_ == "attr"):
                for rel in (c for c in attr.children if c.dep_ in ("relcl", "acl")):
                    if self._is_operator_verb(rel) and a_head.head.i == rel.i and a_head.dep_ == "nsubj":
                        return "op-copula"
        if not verbs and lk.cost <= 2 and all(t.dep_ in NP_DEPS for t in (a.root,) + lk.up):
            if a_head.dep_ == "poss" or any(t.dep_ == "poss" for t in lk.up):
                return "op-poss"
            if a_head.dep_ == "compound" and x.cls == "Mission":
                return "op-compound"
        return None

    # ------------------------------------------------------------------ destination

    def destination(self, s: Sentence, discourse: Discourse | None = None) -> Iterator[Candidate]:
        stations = s.of("SpaceStation")
        if not stations:
            return
        target = (discourse.focal or discourse.mission) if discourse is not None else None
        if not s.of("Mission") and target is not None and s.section == "body":
            for st in stations:
                if self._bound_for(st, s):
                    yield Candidate(target, "destination", st, 0.55, "dest-discourse")
                    break
            return
        for m in s.of("Mission"):
            best = None
            for st in stations:
                lk = link(m.root, st.root)
                if lk is None or lk.cost > 6:
                    continue
                words = lk.lemmas()
                if "than" in words or any(syntax.negated(t) for t in _tokens(lk) + [lk.top] if t.pos_ in syntax.VERBAL):
                    continue  # 'higher than the ISS', 'will not visit the ISS'
                if self._other_subject(lk, m):
                    continue  # '..., while Shkaplerov will stay on the station'
                cue = bool(words & self.lex.destination_verbs) or bool({t.lower_ for t in lk.inner if t.dep_ == "prep"} & self.lex.destination_preps)
                if not cue and (lk.crosses_clause() or lk.cost > 3):
                    continue
                conf = (0.85 if cue else 0.55) - 0.04 * max(0.0, lk.cost - 2)
                if best is None or lk.cost < best[2]:
                    best = (st, conf, lk.cost, "dest-cue" if cue else "dest-clause")
            if best:
                yield Candidate(m, "destination", best[0], best[1], best[3], best[2])

    # ------------------------------------------------------------------ noun-phrase relations

    def _np_relation(self, s: Sentence, heads: list[Ment], mods: list[Ment], predicate: str, preps, allow_verbs) -> Iterator[Candidate]:
        """Shared by nationality, affiliation and country: local patterns first, then the dependency path."""
        people = s.of(*PEOPLE)
        for h in heads:
            found: dict[str, tuple[float, str]] = {}
            for mod, pattern in self.np.candidates(h, mods, s.span, people):
                if predicate == "nationality" and mod.cls != "Country":
                    continue
                conf = {"pre-mod": 0.85, "pre-poss": 0.8, "of": 0.85, "appos-prep": 0.85, "appos-mod": 0.8, "appos-poss": 0.85}[pattern]
                if predicate == "country" and pattern == "of" and h.cls in ORGS and mod.cls == "Country":
                    conf = 0.7  # 'the Academy of Sciences of Belarus' is a name more often than a statement
                found[mod.key] = max(found.get(mod.key, (0, "")), (conf, pattern))
            for mod in mods:
                if mod.key in found or mod.key == h.key or (mod.span.start >= h.span.start and mod.span.end <= h.span.end):
                    continue
                lk = link(h.root, mod.root)
                if lk is None or lk.cost > 3.5 or self._crosses_other(lk, h, mod, heads):
                    continue
                j = mod.span.end
                while j < len(mod.span.doc) and (mod.span.doc[j].ent_type_ or mod.span.doc[j].pos_ == "PROPN"):
                    j += 1  # "Russia's space agency Roscosmos said"
                if j < len(mod.span.doc) and mod.span.doc[j].lemma_.lower() in self.lex.reporting_verbs:
                    continue  # '..., Russia's space agency Roscosmos said': the speaker, not a description
                if mod.span.start > h.span.end and any(h.span.end <= o.span.start and o.span.end <= mod.span.start
                                                       for o in heads if o.key != h.key):
                    continue  # 'A, B of the UAE': the phrase belongs to the nearer name
                if mod.span.end <= h.span.start and any(mod.span.end <= o.span.start and o.span.end <= h.span.start
                                                        for o in heads if o.key != h.key):
                    continue  # "NASA's A and Russian cosmonauts B": the possessive belongs to the nearer name
                if mod.span.start > h.span.end and any(
                        o.key != h.key and 0 <= o.span.start - mod.span.end <= 3 and all(
                            self.np.filler(t) or t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in mod.span.doc[mod.span.end:o.span.start])
                        for o in heads):
                    continue  # 'A of Belarus and NASA astronaut B', 'A, Swiss astrophysicist B': the modifier describes B
                if mod.span.start > h.span.end and self._other_name_between(mod.span.doc[h.span.end:mod.span.start]):
                    continue  # 'Zhang Kejian and Moin ul Haque, Pakistan's ambassador': a name the NER missed is nearer
                if predicate == "nationality" and mod.root.dep_ in ("amod", "compound") and mod.root.head.i != h.root.i \
                        and mod.root.head.pos_ == "NOUN" and mod.root.head.dep_ == "pobj" and not self.np.filler(mod.root.head) \
                        and h.root.i not in syntax.subtree_ids(mod.root.head):
                    continue  # 'who was in the Argentine capital': the adjective describes the capital
                rule = self._np_link(lk, h, mod, preps, allow_verbs)
                if rule:
                    conf = {"np-mod": 0.8, "np-prep": 0.8, "np-poss": 0.75, "np-relcl": 0.7, "np-copula": 0.75}[rule]
                    found[mod.key] = (conf, rule)
            if predicate in ("affiliation", "nationality"):
                verbs = allow_verbs | ({"hail", "come"} if predicate == "nationality" else set())
                nouns = self.lex.citizenship_nouns if predicate == "nationality" else frozenset()
                for mod in mods:
                    if mod.key not in found and self.np.in_relative_clause(h, mod, s.span, verbs, set(preps) | {"for", "at", "with"}, nouns):
                        found[mod.key] = (0.7, "rel")
            nearest = [m.span.start for m in mods if found.get(m.key, (0, ""))[1] in ("pre-mod", "pre-poss") and m.span.end <= h.span.start]
            for key, (conf, rule) in found.items():
                mod = next(m for m in mods if m.key == key)
                if nearest and rule.startswith("np-") and mod.span.end <= min(nearest):
                    continue  # 'Sultan Alneyadi of the UAE and Russian cosmonaut Andrey Fedyaev': 'Russian' is his
                yield Candidate(h, predicate, mod, conf, f"{predicate[:3]}-{rule}")

    def _crosses_other(self, lk: Link, h: Ment, mod: Ment, heads: list[Ment], descriptions_only: bool = False) -> bool:
        """The path runs through another head of the same kind: 'A, a Turk, and B, a Swede' must not give B Turkey.

        Modifiers to the left of that other head distribute over a coordination ('NASA astronauts A and B')."""
        others = {m.root.i: m for m in heads if m.key != h.key and m.root.i != h.root.i}
        conj_chain = set()
        tok = h.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
            conj_chain.add(tok.i)
        # a name coordinated with another name's description ('X, a pilot, and Y'): nothing of it is Y's
        if h.root.dep_ == "conj" and h.root.head.i not in others and mod.root.i != h.root.head.i \
                and h.root.head.pos_ in ("NOUN", "PROPN") and mod.root.i in syntax.subtree_ids(h.root.head) \
                and mod.root.i not in syntax.subtree_ids(h.root):
            return True
        for t in lk.inner:
            if t.i not in others:
                continue
            q = others[t.i]
            if t in lk.up and t.i != lk.top.i and t.i in conj_chain:
                continue  # going up through the list 'X and Y' to what governs it is shared by both
            if descriptions_only and not any(x.dep_ in ("relcl", "acl", "appos", "poss") for x in lk.down):
                continue  # only someone's description ('Liu Boming, who flew on Shenzhou-7') is theirs alone
            list_end = max([c.i for c in q.root.subtree if c.dep_ == "conj" and c.ent_type_ in PEOPLE] + [q.root.i])
            if descriptions_only and all(x.i > list_end for x in lk.down if x.dep_ == "appos") and any(
                    x.dep_ == "appos" for x in lk.down) and h.root.i <= list_end:
                continue  # 'A, B and C, the Shenzhou-19 crew': a description after the list is everyone's
            left_modifier = mod.span.end <= q.span.start and syntax.np_head(mod.root).i == q.root.i
            between = q.root.doc[mod.span.end:q.span.start]
            plural = any(b.tag_ in ("NNS", "NNPS") or (b.lower_.endswith("s") and b.lower_[:-1] in self.np.role_words) for b in between)
            if not (left_modifier and plural):
                return True
        return False

    @staticmethod
    def _other_name_between(gap) -> bool:
        """'and Moin ul Haque,': after 'and', a capitalised run no entity covers is another person's name."""
        toks = list(gap)
        for k, t in enumerate(toks[:-1]):
            if t.lower_ != "and":
                continue
            run = [u for u in toks[k + 1:k + 5] if not u.ent_type_]
            caps = 0
            for u in run:
                if u.text[:1].isupper() and u.is_alpha and u.pos_ == "PROPN":
                    caps += 1
                elif not (u.is_lower and u.is_alpha and len(u) <= 3):
                    break
            if caps >= 2:
                return True
        return False

    def _np_link(self, lk: Link, p: Ment, x: Ment, preps, allow_verbs) -> str | None:
        """How ``x`` reaches ``p`` inside a noun phrase or a copular clause about ``p``."""
        path = list(lk.up) + [lk.top] + list(lk.down)
        if syntax.conj_head(p.root).i == syntax.conj_head(x.root).i:
            return None  # 'France, Italy and the European Space Agency' are a list, not a description
        if p.section != "body" and lk.cost > 1:
            return None  # headline grammar is too loose for anything but adjacent words
        inner = [t for t in path if t.i not in (p.root.i, x.root.i)]
        verbs = [t for t in inner if t.pos_ in syntax.VERBAL and (t.lower_ not in self.np.role_words
                                                                  or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))]
        xr = syntax.conj_head(x.root)
        anchors = {p.root.i, syntax.list_head(p.root, (p.cls,) + PEOPLE).i} | {t.i for t in self.roles(p).tokens}
        anchors |= {c.i for c in p.root.children if c.dep_ == "appos"}
        if p.root.dep_ == "appos":
            anchors.add(p.root.head.i)
        if verbs:
            if len(verbs) != 1:
                return None
            v = verbs[0]
            lemma = v.lemma_.lower()
            ph = syntax.conj_head(p.root)
            subject_of_v = (ph.head.i == v.i and ph.dep_ in ("nsubj", "nsubjpass")) or (
                ph.dep_ == "appos" and ph.head.head.i == v.i and ph.head.dep_ == "nsubj")
            relcl_of_p = v.dep_ in ("relcl", "acl") and v.head.i in anchors
            if not (subject_of_v or relcl_of_p) or lemma not in allow_verbs | COPULAS:
                return None
            under_v = x.root.i in syntax.subtree_ids(v) and x.root.i not in {t.i for t in v.children if t.dep_ in ("nsubj", "nsubjpass")}
            if lemma not in COPULAS:  # 'joined JAXA' yes; 'will join NASA's Crew-5 flight' no
                xo = syntax.conj_head(x.root)
                direct = (xo.head.i == v.i and xo.dep_ in ("dobj", "attr")) or (
                    xo.dep_ == "pobj" and xo.head.head.i == v.i and xo.head.lower_ in preps | {"for", "at", "in"}) or (
                    xo.dep_ == "pobj" and xo.head.dep_ == "agent" and xo.head.head.i == v.i and ph.dep_ == "nsubjpass"
                    and lemma in self.lex.selection_verbs)  # 'was selected by JAXA'
                role = xo.head.head if xo.dep_ == "pobj" and xo.head.lower_ in preps else None
                if role is not None and role.lower_ in self.np.role_words and role.dep_ == "pobj" and role.head.lower_ == "as" and role.head.head.i == v.i:
                    direct = True  # 'flying as a project astronaut of the European Space Agency'

                under_v = under_v and direct
            elif lemma not in ("be", "become", "remain"):  # 'worked for ESA' / 'works as a French engineer'
                xo = syntax.conj_head(x.root)  # but not 'worked at its centre in the Netherlands'
                under_v = under_v and (xo.dep_ == "pobj" and xo.head.lower_ in preps or any(t.lower_ == "as" for t in path))
            if under_v:
                return "np-relcl" if relcl_of_p else "np-copula"
            return None
        deps = {t.dep_ for t in path if t.i != lk.top.i} | {x.root.dep_}
        if xr.dep_ == "pobj" and xr.head.lower_ in preps and xr.head.head.i in anchors \
                and deps <= NP_DEPS | {"prep", "pobj", "attr", "nsubj"}:
            return "np-prep"
        if deps <= NP_DEPS:
            xd = syntax.phrase_head(x.root)
            if xd.i not in anchors and not (xd.dep_ == "appos" and xd.head.i in anchors):
                return None  # x modifies some other noun of the sentence, or a coordinated one
            return "np-poss" if x.root.dep_ == "poss" else "np-mod"
        return None

    def nationality(self, s: Sentence) -> Iterator[Candidate]:
        people = s.of(*PEOPLE)
        countries = [c for c in s.of("Country")]
        found = list(self._np_relation(s, people, countries, "nationality", self.lex.nationality_preps, frozenset({"be", "hail", "come"})))
        yield from found
        yield from (c for c in self._surface_apposition(s, [c for c in countries if c.kind == "name"], "nationality", ("from",))
                    if not any(f.subject.key == c.subject.key for f in found))
        yield from self._signed_for(s, countries=True)
        yield from (c for c in self._colon_demonym(s, people, countries) if not any(f.subject.key == c.subject.key for f in found))
        for p in people:
            for c in countries:
                if p.kind == "anaphor" and c.kind == "demonym" and p.span.start <= c.span.start and c.span.end <= p.span.end:
                    yield Candidate(p, "nationality", c, 0.7, "nat-anaphor")  # 'the German astronaut'
                    continue
                if self._first_of(p, c) or self._citizenship(p, c):
                    yield Candidate(p, "nationality", c, 0.75, "nat-predicate")
                # not 'He was the second German in orbit, after Sigmund Jähn ...': the pronoun is the one ranked
                someone_else = any(k.dep_ == "nsubj" and k.lower_ in ("he", "she") for k in syntax.clause_verb(c.root).children)
                if self._ranked_demonym(c) and len({q.key for q in people if q.kind != "anaphor"}) == 1 and p.kind != "anaphor" \
                        and not someone_else:
                    yield Candidate(p, "nationality", c, 0.65, "nat-ranked")  # '- Liu Yang - ..., the first Chinese woman in space'
                elif self._since(p, c):
                    yield Candidate(p, "nationality", c, 0.65, "nat-since")

    def _colon_demonym(self, s: Sentence, people: list[Ment], countries: list[Ment]) -> Iterator[Candidate]:
        """'Two Soviet women have preceded her: A, in 1963, and B', 'alongside two Soviet cosmonauts: the commander,
        A, ..., and B': a plural noun with a demonym before a colon gives the people listed after it their country."""
        colon = next((t for t in s.span if t.text == ":"), None)
        if colon is None:
            return
        heads = [c for c in countries if c.kind == "demonym" and c.span.end <= colon.i and c.root.dep_ == "amod"
                 and c.root.head.tag_ == "NNS" and c.root.head.i < colon.i
                 and (c.root.head.lemma_.lower() in self.lex.astronaut_roles or c.root.head.lemma_.lower() in ("woman", "man", "people", "citizen"))]
        if len(heads) != 1:
            return
        listed = [p for p in people if p.span.start > colon.i and p.kind != "anaphor"]
        if len({p.key for p in listed}) < 2:
            return
        for p in listed:
            yield Candidate(p, "nationality", heads[0], 0.7, "nat-colon-demonym", 3)

    def _surface_apposition(self, s: Sentence, targets: list[Ment], predicate: str, preps: tuple[str, ...]) -> Iterator[Candidate]:
        """'..., and Konstantin Borisov, a first-time flyer from Roscosmos.': a description of lower-case words
        right after a name, ending in 'from ORG', read from the surface where the parser hung it on another name."""
        doc = s.span.doc
        people = s.of(*PEOPLE)
        for o in targets:
            i = o.span.start - 1
            if doc[i].lower_ == "the":
                i -= 1
            if i <= s.span.start or doc[i].lower_ not in preps:
                continue
            j = i - 1
            while j > s.span.start and i - j <= 6 and (doc[j].is_lower or doc[j].text == "-" or doc[j].like_num) \
                    and doc[j].lower_ not in ("a", "an", "the") and doc[j].pos_ not in ("VERB", "AUX", "ADP", "CCONJ", "PRON"):
                j -= 1
            if j <= s.span.start + 1 or doc[j].lower_ not in ("a", "an") or doc[j - 1].text != "," or j == i - 1:
                continue
            p = next((x for x in people if x.span.end == j - 1 and x.kind != "anaphor"), None)
            if p is not None:
                yield Candidate(p, predicate, o, 0.7, f"{predicate[:3]}-surface-appos", 3)

    def _since(self, p: Ment, c: Ment) -> bool:
        """'the first Indian to fly to space since Rakesh Sharma': the demonym counts the person in."""
        if c.kind not in ("demonym", "demonymNoun") or p.span.start < c.span.end:
            return False
        between = p.root.doc[c.span.end:p.span.start]
        if len(between) > 12 or any(t.text in (";", ".") for t in between):
            return False
        before = p.root.doc[max(0, c.span.start - 3):c.span.start]
        ordinal = any(t.lower_ in self.lex.ranking_words or t.like_num for t in before)
        return ordinal and bool(between) and between[-1].lower_ in ("since", "after", "following", "like")

    def _first_of(self, p: Ment, c: Ment) -> bool:
        """'X became the first Hungarian in space': a demonym as the predicate noun of the person's clause."""
        head = syntax.conj_head(p.root)
        if head.dep_ not in ("nsubj", "nsubjpass") or head.head.lemma_ not in ("become", "be"):
            return False
        attr = [t for t in head.head.children if t.dep_ in ("attr", "oprd")]
        return c.kind in ("demonym", "demonymNoun") and any(c.root.i == a.i or c.root.head.i == a.i for a in attr)

    def _described_fragment(self, s: Sentence, discourse: Discourse) -> Iterator[Candidate]:
        """'Eric Philips - mission specialist. An Australian polar guide who has skied to both poles.': a sentence
        that opens 'A/An <demonym> <noun>' and names no one describes the person named just before."""
        if discourse.person is None or s.of(*PEOPLE) or s.section != "body":
            return
        words = [t for t in s.span if not t.is_space][:3]
        if len(words) < 3 or words[0].lower_ not in ("a", "an") or words[2].pos_ != "NOUN" \
                or len(s.span) < 6 or not s.span.text.rstrip().endswith("."):
            return  # 'A Canadian connection' is a heading
        c = next((m for m in s.of("Country") if m.span.start == words[1].i and m.kind == "demonym"), None)
        verb = syntax.clause_verb(words[2])
        if c is None or (verb.i != words[2].i and verb.pos_ in ("VERB", "AUX") and verb.dep_ == "ROOT"):
            return  # 'A Russian cosmonaut will join them' tells of someone else
        yield Candidate(_Virtual(discourse.person, "Person", c), "nationality", c, 0.55, "nat-fragment")

    def _ranked_demonym(self, c: Ment) -> bool:
        """'the first Chinese woman', 'the youngest American', 'the last Hungarian in orbit'."""
        doc = c.span.doc
        before = [t.lower_ for t in doc[max(0, c.span.start - 3):c.span.start]]
        return c.kind in ("demonym", "demonymNoun") and "the" in before and bool(
            set(before) & self.lex.ranking_words)

    def _citizenship(self, p: Ment, c: Ment) -> bool:
        """'X holds Spanish and American citizenship', 'a U.S. citizen'."""
        noun = syntax.conj_head(c.root).head
        if noun.lower_ not in self.lex.citizenship_nouns:
            return False
        verb = noun.head
        head = syntax.conj_head(p.root)
        return (head.head.i == verb.i and head.dep_ == "nsubj") or noun.i in {t.i for t in self.roles(p).tokens}

    def _whose(self, s: Sentence) -> Iterator[Candidate]:
        """'MBRSC, whose director general is Salem Al Marri': the person heads that organisation."""
        for p in s.of(*PEOPLE):
            tok = syntax.conj_head(p.root)
            verb = tok.head
            if tok.dep_ not in ("attr", "nsubj") or verb.lemma_ != "be" or verb.dep_ != "relcl":
                continue
            if not any(w.lower_ == "whose" for c in verb.children for w in c.subtree):
                continue
            org = next((m for m in s.of(*ORGS) if m.root.i == verb.head.i), None)
            if org is not None:
                yield Candidate(p, "affiliation", org, 0.75, "aff-whose")

    def affiliation(self, s: Sentence) -> Iterator[Candidate]:
        yield from self._whose(s)
        found = list(self._np_relation(s, s.of(*PEOPLE), s.of(*ORGS), "affiliation", self.lex.affiliation_preps,
                                       self.lex.affiliation_verbs))
        found.extend(self._shared_affiliation(s, found))
        found.extend(self._signed_for(s))
        found.extend(c for c in self._agency_picks(s) if not any(f.subject.key == c.subject.key for f in found))
        found.extend(c for c in self._headed_by(s) if not any(f.subject.key == c.subject.key and f.object.key == c.object.key for f in found))
        found.extend(c for c in self._titled_apposition(s) if not any(f.subject.key == c.subject.key for f in found))
        found.extend(c for c in self._surface_apposition(s, s.of(*ORGS), "affiliation", ("from", "of", "at"))
                     if not any(f.subject.key == c.subject.key for f in found))
        for c in found:
            yield c
            org = c.object
            if org.kind == "name" and org.cls == "Organization":  # 'Indian Air Force officer X' is Indian
                key = self._country_in(org.text)
                if key:
                    yield Candidate(c.subject, "nationality", _Virtual(key, "Country", org), 0.5, "nat-via-org")

    def _shared_affiliation(self, s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """'Oleg Kononenko and Mikhail Kornienko of Roscosmos', "NASA's Scott Kelly and Kjell Lindgren": an
        organisation right after the last name of a bare list, or possessive before the first, is everyone's.

        Read from the tokens; the list stops at a name with its own organisation or where a role noun
        opens a new group ('NASA's A and cosmonauts B and C')."""
        people = sorted({m.span.start: m for m in s.of(*PEOPLE) if m.kind != "anaphor"}.values(), key=lambda m: m.span.start)
        if len(people) < 2:
            return []
        doc = s.span.doc
        own: dict[str, set[str]] = {}
        for c in found:
            own.setdefault(c.subject.key, set()).add(c.object.key)
        orgs = s.of(*ORGS)

        def bare(gap) -> bool:
            return 0 < len(gap) <= 2 and all(t.text == "," or t.lower_ == "and" for t in gap)

        out = []
        for c in found:
            p, org = c.subject, c.object
            i = people.index(p) if p in people else -1
            if i < 0:
                continue
            after = doc[p.span.end:org.span.start]
            tail = next((o for o in orgs if o.key == org.key and o.span.start >= p.span.end and self._all_of(doc[p.span.end:o.span.start])), None)
            everyone = tail is not None  # 'commander A, pilot B and C, all of NASA'
            if org.span.start >= p.span.end and len(after) <= 2 and after[:1].text.lower() in ("of", "from") \
                    and all(t.lower_ in ("of", "from", "the") for t in after) or everyone:
                step, j = -1, i - 1  # the organisation follows the last name: walk back through the list
            elif org.span.end <= p.span.start and doc[org.span.end:p.span.start].text.strip() in ("'s", "’s") \
                    and not any(o.span.end == org.span.start for o in orgs):
                step, j = 1, i + 1  # "NASA's A and B": walk forward
            else:
                continue
            near, commas = p, 0
            while 0 <= j < len(people):
                q = people[j]
                gap = doc[q.span.end:near.span.start] if step < 0 else doc[near.span.end:q.span.start]
                described = any(o.span.end <= q.span.start and q.span.start - o.span.end <= 2
                                or q.span.end < o.span.start <= q.span.end + 2 and doc[q.span.end].lower_ in ("of", "from")
                                for o in s.of("Country", *ORGS))  # 'Sultan Alneyadi of the UAE' has his own
                roles_only = everyone and 0 < len(gap) <= 5 and all(t.text == "," or t.lower_ == "and" or t.is_lower and (t.pos_ == "NOUN" or t.lower_ in self.np.role_words)
                                                                   for t in gap)  # 'A, pilot B and mission specialist C, all of NASA'
                if not (bare(gap) or roles_only) or own.get(q.key, {org.key}) != {org.key} or described and q.key not in own:
                    break  # 'Russian cosmonaut Yuri Malenchenko, and Tim Kopra of NASA'

                commas += any(t.text == "," for t in gap)  # 'A and B' binds tighter than 'B, C'
                dist = ((tail or org).span.start - q.span.end if step < 0 else q.span.start - org.span.end) + 3 * commas
                out.append((dist, Candidate(q, "affiliation", org, 0.7, "aff-shared")))
                near, j = q, j + step
        # a name reached from both sides ('NASA's A and B, and C of JAXA') takes the nearer organisation
        best: dict[str, list] = {}
        for dist, c in out:
            best.setdefault(c.subject.key, []).append((dist, c))
        chosen = []
        for options in best.values():
            options.sort(key=lambda e: e[0])
            if len(options) == 1 or options[0][0] < options[1][0]:
                chosen.append(options[0][1])
        return chosen

    def _agency_picks(self, s: Sentence) -> Iterator[Candidate]:
        """'NASA removed astronauts Zena Cardman and Stephanie Wilson', 'NASA assigned Jessica Meir as commander':
        an agency that selects, assigns or removes its astronauts employs them."""
        verbs = self.lex.assignment_verbs | self.lex.selection_verbs | self.lex.crew_removal_verbs
        for p in s.of(*PEOPLE):
            h = syntax.conj_head(p.root)
            if h.dep_ == "appos" and h.head.lemma_.lower() in self.lex.crew_nouns:
                h = h.head  # 'selected astronaut Sophie Adenot'
            if h.dep_ != "dobj" or h.head.lemma_.lower() not in verbs or syntax.negated(h.head):
                continue
            subj = next((c for c in h.head.children if c.dep_ == "nsubj"), None)
            agency = next((a for a in s.of("Agency") if subj is not None and a.root.i == subj.i), None)
            if agency is not None:
                yield Candidate(p, "affiliation", agency, 0.7, "aff-agency-picks", 2)

    def _headed_by(self, s: Sentence) -> Iterator[Candidate]:
        """'Blue Origin, the Kent-based company founded by Jeff Bezos', 'the CNSA, headed since last year by
        Zhang Kejian', 'Axiom was co-founded by Kam Ghaffarian and Michael Suffredini' (from the parse)."""
        leads = self.lex.leader_verbs
        for p in s.of(*PEOPLE):
            h = syntax.conj_head(p.root)
            if h.dep_ == "appos" and h.head.dep_ == "pobj":
                h = h.head  # 'founded by three young engineers, Yariv Bash, Kfir Damari and Yonatan Winetraub'
            if h.dep_ != "pobj" or h.head.dep_ != "agent":
                continue
            verb = h.head.head
            if not (verb.lemma_.lower() in leads or verb.lower_ in leads) or verb.tag_ != "VBN":
                continue
            if verb.head.lower_ == "co" and verb.i == verb.head.i + 2:
                verb = verb.head  # 'was co-founded by': the tokenizer split the prefix off
            doc = verb.doc
            before = next((o for o in s.of(*ORGS) if o.span.end == verb.i - 1 and doc[verb.i - 1].text == ","), None)
            if before is not None:
                owner = before.root  # 'the CNSA, headed since last year by ...', however the parser hung it
            elif verb.dep_ in ("acl", "relcl"):
                owner = verb.head
                if owner.dep_ == "appos":
                    owner = owner.head  # 'Blue Origin, the company founded by ...'
            else:
                owner = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if owner is None:
                continue
            for o in s.of(*ORGS):
                if o.root.i == owner.i or syntax.conj_head(o.root).i == owner.i:
                    yield Candidate(p, "affiliation", o, 0.8, "aff-headed-by", 2)
                elif owner.pos_ == "NOUN" and owner.lemma_.lower() in self.lex.company_nouns and o.span.end < owner.i \
                        and doc[o.span.end].text == "," and not any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" or t.ent_type_ in ORGS
                                                                    for t in doc[o.span.end:owner.i]):
                    yield Candidate(p, "affiliation", o, 0.75, "aff-headed-by", 3)  # an apposition the parser missed

    def _titled_apposition(self, s: Sentence) -> Iterator[Candidate]:
        """'the head of Roscosmos, Vladimir Popovkin', "NASA's administrator, Bill Nelson": an office of an
        organisation, then the name in apposition (read from the tokens; the parser hangs the name on the
        organisation)."""
        doc = s.span.doc
        roles = self.lex.official_roles
        for p in s.of(*PEOPLE):
            if p.kind != "name" or p.span.start < 3 or doc[p.span.start - 1].text != ",":
                continue
            o = next((o for o in s.of(*ORGS) if o.span.end == p.span.start - 1), None)
            if o is not None:  # 'the head of Roscosmos, Vladimir Popovkin'
                i = o.span.start - 1
                i -= i >= 0 and doc[i].lower_ == "the"
                if i < 1 or doc[i].lower_ != "of":
                    continue
                role = doc[i - 1]
                two = f"{doc[i - 2].lower_} {role.lower_}" if i >= 2 else ""
                if role.lower_ in roles or two in roles:
                    yield Candidate(p, "affiliation", o, 0.75, "aff-titled-appos", 2)
                continue
            role = doc[p.span.start - 2]  # "NASA's administrator, Bill Nelson"
            k = p.span.start - 3 - (doc[p.span.start - 3].lower_ in roles and f"{doc[p.span.start - 3].lower_} {role.lower_}" in roles)
            if role.lower_ not in roles or k < 1 or doc[k].text not in ("'s", "’s"):
                continue
            o = next((o for o in s.of(*ORGS) if o.span.end == k), None)
            if o is not None:
                yield Candidate(p, "affiliation", o, 0.75, "aff-titled-appos", 2)

    def _signed_for(self, s: Sentence, countries: bool = False) -> Iterator[Candidate]:
        """'signed for NASA by Deputy Administrator Pam Melroy', 'X signed on behalf of the agency', 'signed on
        Sweden's behalf by Mats Persson', 'with Belgium represented by Foreign Minister Hadja Lahbib': the signer
        acts for the organisation (affiliation) or for the country (nationality, with ``countries``)."""
        targets = ("Country",) if countries else ORGS
        predicate = "nationality" if countries else "affiliation"
        for p in s.of(*PEOPLE):
            h = syntax.conj_head(p.root)
            verb = h.head.head if h.dep_ == "pobj" and h.head.dep_ == "agent" else h.head if h.dep_ == "nsubj" else None
            if verb is None:
                continue
            if verb.lemma_.lower() == "represent" and h.dep_ == "pobj":
                owner = next((c for c in verb.children if c.dep_ == "nsubjpass"), verb.head if verb.dep_ == "acl" else None)
                for o in s.of(*targets):
                    if owner is not None and syntax.conj_head(o.root).i == owner.i:
                        yield Candidate(p, predicate, o, 0.75, f"{predicate[:3]}-represented-by", 2)
                continue
            if verb.lemma_.lower() not in self.lex.sign_verbs - {"join", "enter", "establish", "reach"}:
                continue
            for o in s.of(*targets):
                oh = syntax.conj_head(o.root)
                if oh.dep_ == "poss" and oh.head.lower_ == "behalf" and oh.head.dep_ == "pobj":
                    prep = oh.head.head  # "on Sweden's behalf"
                elif oh.dep_ != "pobj":
                    continue
                else:
                    prep = oh.head
                    if prep.lower_ == "of" and prep.head.lower_ == "behalf" and prep.head.head.lower_ in ("on", "in"):
                        prep = prep.head.head
                    elif prep.lower_ != "for":
                        continue
                if prep.head.i == verb.i:
                    yield Candidate(p, predicate, o, 0.75, f"{predicate[:3]}-signed-for", 2)

    @staticmethod
    def _all_of(gap) -> bool:
        """', all of', ', both from the', ', all three from the': a tail that gives the whole list one organisation."""
        words = [t.lower_ for t in gap]
        if len(words) < 3 or words[0] != "," or words[1] not in ("all", "both"):
            return False
        rest = words[2:]
        if rest and rest[0] in NUMBER_WORDS:
            rest = rest[1:]
        return bool(rest) and rest[0] in ("of", "from") and all(w == "the" for w in rest[1:])

    def _country_in(self, name: str) -> str | None:
        words = name.replace("-", " ").split()
        for i in range(len(words)):
            for j in (3, 2, 1):
                key = self._country_names.get(" ".join(words[i:i + j]))
                if key:
                    return key
        return None

    # ------------------------------------------------------------------ country (agency/org/station -> country)

    def country(self, s: Sentence) -> Iterator[Candidate]:
        holders = s.of("Agency", "Organization", "SpaceStation")
        for c in self._np_relation(s, holders, s.of("Country"), "country", self.lex.country_preps, frozenset({"be", "base"})):
            x, doc = c.subject, c.subject.span.doc
            after = doc[x.span.end] if x.span.end < len(doc) else None
            if c.rule in ("cou-pre-mod", "cou-np-mod") and c.object.span.end <= x.span.start and after is not None \
                    and (after.lower_.rstrip("s") in self.role_words or after.lower_.rstrip("s") in self.lex.official_roles
                         or after.ent_type_ in PEOPLE):
                continue  # 'Italian ESA astronaut Luca Parmitano': the demonym describes the astronaut
            yield c
        for x in holders:
            for c in s.of("Country"):
                lk = link(x.root, c.root)
                if lk is not None and lk.cost <= 3 and any(t.lower_ == "based" for t in lk.inner):
                    yield Candidate(x, "country", c, 0.75, "cou-based", lk.cost)
        yield from self._its(s, holders)
        yield from self._name_countries(s)

    def _its(self, s: Sentence, holders: list[Ment]) -> Iterator[Candidate]:
        """'China sent three astronauts to its Tiangong space station': 'its' is the clause's subject."""
        for x in holders:
            poss = [t for t in x.span.doc[max(s.span.start, x.span.start - 3):x.span.start] if t.lower_ in ("its", "their")]
            if not poss:
                continue
            verb = syntax.clause_verb(x.root)
            while verb.dep_ in ("advcl", "xcomp", "conj", "ccomp") and not any(c.dep_ == "nsubj" for c in verb.children):
                verb = verb.head
            subj = [m for m in s.of("Country") if syntax.conj_head(m.root).head.i == verb.i and syntax.conj_head(m.root).dep_ == "nsubj"]
            if len(subj) == 1:
                yield Candidate(x, "country", subj[0], 0.7, "cou-its")

    def _name_countries(self, s: Sentence) -> Iterator[Candidate]:
        """'China National Space Administration', 'Indian Air Force': the country in the name."""
        for x in s.of("Agency", "Organization", "SpaceStation"):
            if x.kind not in ("name",) or " " not in x.text:
                continue
            words = x.text.replace("-", " ").split()
            done = False
            for i in range(len(words)):
                for j in (3, 2, 1):
                    key = self._country_names.get(" ".join(words[i:i + j]))
                    if key and key != x.key:
                        yield Candidate(x, "country", _Virtual(key, "Country", x), 0.5, "cou-in-name")
                        done = True
                        break
                if done:
                    break

    # ------------------------------------------------------------------ party / about

    def party(self, s: Sentence, discourse: Discourse | None = None) -> Iterator[Candidate]:
        agreements = s.of("Agreement")
        if not agreements:
            previous = discourse.agreement if discourse is not None else None
            accord = next((g for g in (discourse.accord, previous) if g is not None and self.kb.get(g.key) is not None), None) \
                if discourse is not None else None
            # 'In Europe, Spain became the 25th signatory on May 30.'; 'Other signatories include ...' are the article's accord's
            counted = any(t.lower_ in self.lex.signatory_nouns and any(c.lower_ in ("other", "fellow") or re.fullmatch(r"\d+(st|nd|rd|th)", c.lower_)
                                                                     for c in t.children) for t in s.span)
            yield from self._signatories(s, (accord or previous) if counted else (previous or accord))
            if discourse is None:
                return
            here = [m for m in s.ments if m.cls == "Program"]
            programme = here[0] if here else discourse.joinable if discourse.joinable is not None and discourse.joinable.cls == "Program" else None
            joining = [t for t in s.span if t.lemma_.lower() == "join" and t.pos_ == "VERB"]
            if programme is None and accord is None and joining and discourse.programme is not None:
                programme = discourse.programme  # 'Venezuela, Pakistan and Egypt all joined during 2023' joined the programme, not a memorandum
            if programme is not None and accord is None:
                for x in self._listed_members(s):  # 'The other participating countries are Azerbaijan, Belarus and Egypt.'
                    yield Candidate(programme, "partner", x, 0.6, "partner-members")
            asked = self._answered_signers(s, discourse.question)
            if asked is not None:  # 'Who else joined this year?' 'Belgium, Greece and Uruguay.'
                target, members = asked
                target = target or programme or accord or previous
                if target is not None:
                    predicate = "partner" if target.cls == "Program" else "party"
                    for x in members:
                        yield Candidate(target, predicate, x, 0.6, predicate + "-answer")
                    return
            if programme is not None and (accord is None or here):
                for c in self._signed_too(s, programme):  # 'Venezuela, which signed in July' after the ILRS
                    yield Candidate(c.subject, "partner", c.object, c.confidence, c.rule.replace("party", "partner"), c.cost)
                return
            yield from self._signed_too(s, accord or previous)
            return
        people = s.of(*PEOPLE)
        orgs = s.of(*ORGS)
        for g in agreements:
            found: dict[str, Candidate] = {}
            anchor = self._umbrella(g)
            for x in s.of(*PARTIES) + people:
                if x.root.i == g.root.i:
                    continue
                gov = syntax.phrase_head(x.root)
                if x.cls == "Country" and gov.i != x.root.i and gov.lemma_.lower() in self.lex.government_nouns:
                    x = _At(x, gov)  # 'the Polish government signed': the country is the party
                lk = link(anchor, x.root)
                if lk is None or lk.cost > 6:
                    continue
                rule = self._party_shape(lk, _At(g, anchor), x)
                x = getattr(x, "_ment", x)
                if rule is None:
                    continue
                conf = {"between": 0.9, "signer": 0.9, "with": 0.85, "by": 0.8, "np": 0.75, "signatory": 0.85}[rule]
                if x.cls in PEOPLE:  # 'X of CNSA and Y of Azercosmos signed': the people sign for their agencies
                    affs = list(self._np_relation(s, [x], orgs, "affiliation", self.lex.affiliation_preps, self.lex.affiliation_verbs))
                    for aff in affs or [c for c in self._titled_apposition(s) if c.subject.key == x.key]:
                        org = aff.object
                        if org.key not in found:
                            found[org.key] = Candidate(g, "party", org, round(conf * 0.85, 2), "party-signer-for", lk.cost)
                    if self._governs(x):  # 'Soviet Premier Alexei Kosygin signed': a head of government signs for the country
                        for nat in self.nationality(s):
                            if nat.subject.key == x.key and nat.object.key not in found:
                                found[nat.object.key] = Candidate(g, "party", nat.object, round(conf * 0.8, 2), "party-signer-for", lk.cost)
                    continue
                found[x.key] = Candidate(g, "party", x, conf, "party-" + rule, lk.cost)
            for c in [c for c in found.values() if c.rule == "party-between"]:
                other = self._and_after(s, c.object)
                if other is not None:  # 'between ISRO (ISRO) and JAXA': the parser lost the conjunct
                    found.setdefault(other.key, Candidate(g, "party", other, c.confidence, "party-between", c.cost))
            if not any(c.rule == "party-between" for c in found.values()):
                for c in self._signers_before(s, g, orgs):
                    found.setdefault(c.object.key, c)
            relative = self._relative_signing(s, g)
            if relative is not None:
                for x in relative[0]:
                    found.setdefault(x.key, Candidate(g, "party", x, 0.7, "party-relative", 3))
            recipients = [c for c in found.values() if c.rule == "party-with"]
            if g.root.tag_ in ("NNS", "NNPS") and len(recipients) >= 2 and self.kb.get(g.key) is None \
                    and g.root.lemma_.lower() in self.lex.separate_agreement_nouns:
                for c in recipients:  # 'awarded contracts to Boeing and SpaceX': one contract each
                    c.rule = "party-each"
            for x in self._led_by_country(s, g, agreements):
                found.setdefault(x.key, Candidate(g, "party", x, 0.7, "party-led", 2))
            for x in self._brought_together(s, g):
                found.setdefault(x.key, Candidate(g, "party", x, 0.75, "party-gathered", 2))
            for x in self._drafters(s, g, agreements):
                found.setdefault(x.key, Candidate(g, "party", x, 0.7, "party-drafter", 2))
            if any(c.rule == "party-with" for c in found.values()):
                for x in self._acting_under(s, g):
                    found.setdefault(x.key, Candidate(g, "party", x, 0.7, "party-under", 2))
            yield from found.values()
            yield from self._party_examples(s, g, found)
            yield from self._founding_list(s, g, found)

    @staticmethod
    def _and_after(s: Sentence, x: Ment) -> Ment | None:
        """The party named right after 'X and' (or 'X (ACRONYM) and'), read from the surface."""
        doc = s.span.doc
        i = x.span.end
        if i + 2 < s.span.end and doc[i].text == "(" and doc[i + 2].text == ")":
            i += 3
        if i >= s.span.end or doc[i].lower_ != "and":
            return None
        i += 1
        if i < s.span.end and doc[i].lower_ == "the":
            i += 1
        other = next((m for m in s.of(*PARTIES) if m.span.start == i and m.key != x.key), None)
        if other is not None and other.span.end < s.span.end and doc[other.span.end].lower_ in ("'s", "’s"):
            return next((m for m in s.of(*PARTIES) if m.span.start == other.span.end + 1), None)  # "Russia's Federal Space Agency"
        if other is None or other.root.dep_ in ("amod", "compound", "nmod"):
            return None  # 'and the Russian space agency': the name only modifies the party
        return other

    def _brought_together(self, s: Sentence, g: Ment) -> Iterator[Ment]:
        """'The arrangement brings together the UK Space Agency, ... and Austrade', 'The accord unites A and B':
        what an agreement gathers are its parties (verbs and their particles in the lexicon)."""
        head = syntax.conj_head(g.root)
        if head.dep_ != "nsubj" or head.head.pos_ not in syntax.VERBAL or syntax.negated(head.head):
            return
        verb = head.head
        particle = self.lex.gathering_verbs.get(verb.lemma_.lower(), False)
        if particle is False or particle and not any(c.lower_ == particle for c in verb.children):
            return
        objects = {c.i for c in verb.children if c.dep_ == "dobj"}
        objects |= {k.i for i in list(objects) for k in verb.doc[i].conjuncts}
        for x in s.of(*PARTIES):
            if x.root.i in objects or syntax.conj_head(x.root).i in objects:
                yield x

    def _acting_under(self, s: Sentence, g: Ment) -> Iterator[Ment]:
        """'Under a barter arrangement with NASA, Italy built the modules', 'The seat was bought by ESA under a contract
        with Rosaviakosmos': who acts under an agreement made with someone is the other party."""
        head = syntax.conj_head(g.root)
        if head.dep_ != "pobj" or head.head.lower_ != "under" or head.head.head.pos_ not in syntax.VERBAL:
            return
        verb = head.head.head
        subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
        subjects |= {g.i for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"}  # 'was bought by ESA under ...'
        subjects |= {k.i for i in list(subjects) for k in verb.doc[i].conjuncts}
        for x in s.of(*PARTIES):
            if x.root.i in subjects:
                yield x

    def _drafters(self, s: Sentence, g: Ment, agreements: list[Ment]) -> Iterator[Ment]:
        """'the principles that the United States drew up with seven other nations', 'the accords, which NASA
        and the State Department drafted': who wrote an accord is a party to it. A generic noun ('the
        principles') stands for the accord when the sentence names only one."""
        heads = [g.root]
        if len({a.key for a in agreements}) == 1:
            heads += [t for t in s.span if t.lemma_.lower() in self.lex.agreement_generic_nouns | self.lex.agreement_nouns and t.pos_ == "NOUN"]
        for head in heads:
            for verb in head.children:
                if verb.dep_ != "relcl" or verb.lemma_.lower() not in self.lex.drafting_verbs or syntax.is_future(verb):
                    continue
                particle = self.lex.drafting_particles.get(verb.lemma_.lower())
                if particle and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children):
                    continue  # 'drew up', not 'drew'
                for subj in (c for c in verb.children if c.dep_ == "nsubj"):
                    ids = {subj.i} | {c.i for c in subj.conjuncts}
                    for x in s.of("Country", "Agency"):
                        if x.root.i in ids:
                            yield x

    def _led_by_country(self, s: Sentence, g: Ment, agreements: list[Ment]) -> Iterator[Ment]:
        """'the U.S.-led Artemis Accords', 'joined the accords, the U.S.-led set of principles': the country that
        leads an agreement is one of its parties. A generic head ('principles', 'set') stands for the sentence's
        only agreement."""
        doc = s.span.doc
        for x in s.of("Country"):
            h = syntax.conj_head(x.root)
            verb = h.head.head if h.dep_ == "pobj" and h.head.dep_ == "agent" else None
            if verb is not None and verb.dep_ == "acl" and verb.lemma_.lower() in self.lex.champion_verbs and len(agreements) == 1:
                owner = verb.head  # 'the Artemis Accords, the set of principles ... championed by the United States'
                while owner.dep_ in ("pobj", "prep") and owner.head.i != owner.i:
                    owner = owner.head
                if owner.i == g.root.i or owner.lemma_.lower() in self.lex.agreement_generic_nouns | self.lex.agreement_nouns:
                    yield x  # a generic head ('the set of principles') stands for the sentence's only agreement
                    continue
            led = syntax.hyphened_word(x.span, self.lex.hyphen_leader_words)
            if led is None:
                continue
            rest = doc[led.i + 1:g.span.start]
            if g.span.start > led.i and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in rest):
                yield x  # 'the U.S.-led Artemis Accords'
                continue
            noun = led.head
            if len(agreements) == 1 and noun.i != g.root.i and noun.pos_ == "NOUN" \
                    and noun.lemma_.lower() in self.lex.agreement_nouns | self.lex.agreement_generic_nouns:
                yield x  # 'signed the accords, the U.S.-led principles for the peaceful exploration of space'

    def _relative_signing(self, s: Sentence, g: Ment) -> tuple[list[Ment], Token] | None:
        """'a letter of intent that Axiom Space and the Swedish National Space Agency, supported by ESA, signed
        in April': the names between 'that' and a past sign verb are the signers (read from the surface,
        since the parser rarely finds the object gap). Returns the signers and the verb."""
        doc = s.span.doc
        i = g.span.end
        while i < s.span.end and doc[i].lower_ in ("of", "on", "understanding", "intent", "cooperation", "space"):
            i += 1  # 'memorandum of understanding'
        if i >= s.span.end or doc[i].lower_ not in ("that", "which"):
            return None
        verb, aside = None, False
        for t in doc[i + 1:min(s.span.end, i + 20)]:
            if t.text == ",":
                aside = not aside  # ', supported by ESA,' is an aside
                continue
            if not aside and t.pos_ in syntax.VERBAL and t.dep_ not in ("aux", "auxpass"):
                verb = t
                break
        if verb is None or verb.lemma_.lower() not in self.lex.sign_verbs - {"become", "have", "hold", "launch", "announce", "unveil"} \
                or verb.tag_ not in ("VBD", "VBN") or syntax.negated(verb) or syntax.is_future(verb):
            return None
        signers, aside = [], False
        for t in doc[i + 1:verb.i]:
            if t.text == ",":
                aside = not aside
            elif not aside:
                signers.extend(x for x in s.of(*PARTIES) if x.span.start == t.i)
        return (signers, verb) if signers else None

    def _governs(self, x: Ment) -> bool:
        """The person holds a government office ('Premier', 'President', 'Minister for Education')."""
        roles = self.roles(x)
        words = {t.lower_ for t in roles.tokens}
        return bool(words & self.lex.government_roles)

    def _signers_before(self, s: Sentence, g: Ment, orgs: list[Ment]) -> Iterator[Candidate]:
        """'CNSA chief Zhang Kejian and Roscosmos head Dmitry Rogozin signed a memorandum': when the parse
        loses the subject, the names before the sign verb whose object is the agreement are the signers."""
        verb = g.root.head if g.root.dep_ in ("dobj", "conj") else None
        if verb is None or verb.pos_ not in syntax.VERBAL or verb.lemma_.lower() not in self.lex.sign_verbs:
            return
        if syntax.negated(verb):
            return
        start = s.span.start
        for t in s.span.doc[s.span.start:verb.i]:
            if t.text in (";", ":") or t.lower_ in ("after", "while", "when", "as", "because", "since", "before", "once", "where"):
                start = t.i + 1
        window = s.span.doc[start:verb.i]
        # only a plain list of names (commas, 'and', determiners, descriptions) may stand before the verb
        if any(t.pos_ in syntax.VERBAL and t.dep_ not in ("aux", "auxpass") and t.i != verb.i
               and t.lower_ not in self.np.role_words for t in window):
            return
        for x in s.ments:
            if not (start <= x.span.start and x.span.end <= verb.i):
                continue
            if any(o is not x and o.span.start <= x.span.start and x.span.end <= o.span.end and len(o.span) > len(x.span)
                   for o in s.ments):
                continue  # 'The US agency signed': the agency signed, not the country inside its description
            head = syntax.conj_head(x.root)
            if head.dep_ == "pobj" and head.head.i >= start and head.head.lower_ not in ("of",):
                continue
            if x.cls in PARTIES:
                yield Candidate(g, "party", x, 0.7, "party-signer-surface")
            elif x.cls in PEOPLE:
                for aff in self._np_relation(s, [x], orgs, "affiliation", self.lex.affiliation_preps, self.lex.affiliation_verbs):
                    yield Candidate(g, "party", aff.object, 0.65, "party-signer-surface")

    def _party_examples(self, s: Sentence, g: Ment, found: dict) -> Iterator[Candidate]:
        """'by the United States and seven other nations, among them Australia, Japan and the UK':
        names listed as examples right after a party are parties too."""
        if not found:
            return
        doc = s.span.doc
        last_party = max(c.object.span.end for c in found.values())
        markers = [t.i for t in doc[last_party:s.span.end]
                   if t.lower_ in ("including", "notably") or (t.lower_ == "among" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("them", "which", "whom"))
                   or (t.lower_ == "such" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "as")]
        if not markers:
            return
        start = markers[0]
        stop = next((t.i for t in doc[start:s.span.end] if t.pos_ in syntax.VERBAL and t.i > start + 1), s.span.end)
        for x in s.of(*PARTIES):
            if x.key not in found and start < x.span.start < stop:
                yield Candidate(g, "party", x, 0.7, "party-list")

    def _umbrella(self, g: Ment) -> Token:
        """'a series of agreements with Axiom, including a memorandum ... and a framework agreement': the
        listed agreements hang from the plural noun that carries the parties."""
        tok = syntax.conj_head(g.root)
        if tok.dep_ == "pobj" and tok.head.lower_ in ("including", "like", "as"):
            for up in list(tok.head.ancestors)[:4]:  # 'agreements with Axiom Space, including a memorandum'
                if up.lower_ in self.lex.agreement_nouns:
                    return up
                if up.pos_ in syntax.VERBAL:
                    break
        return g.root

    def _listed_members(self, s: Sentence) -> list[Ment]:
        """'The other participating countries are A, B and C', 'Its members include A and B': countries listed
        as what a members noun is or includes."""
        out = []
        for x in s.of("Country"):
            head = syntax.conj_head(x.root)
            verb = head.head
            if head.dep_ not in ("attr", "dobj") or verb.lemma_ not in ("be", "include"):
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lemma_.lower() not in self.lex.member_nouns:
                continue
            if subj.lemma_.lower() in ("country", "nation", "state") and not any(
                    c.lower_ in self.lex.membership_modifiers for c in subj.children):
                continue  # 'The countries are ...' alone says nothing of membership
            out.append(x)
        return out

    def _answered_signers(self, s: Sentence, question: Sentence | None) -> tuple[Ment | None, list[Ment]] | None:
        """A question about who signed or joined ('Who else joined this year?', 'Which countries have signed
        the accords?') answered by a list of countries that opens the next sentence: each listed country signed
        (or joined) what the question names, else what the article is about. 'followed by' continues the list."""
        if question is None or not question.span.text.rstrip().endswith("?"):
            return None
        words = {t.lower_ for t in question.span}
        verbs = [t for t in question.span if t.pos_ in syntax.VERBAL and t.lemma_.lower() in self.lex.objectless_sign_verbs | {"sign"}]
        if not verbs or not words & {"who", "which", "what"} or any(syntax.negated(v) or syntax.is_future(v) for v in verbs):
            return None
        countries = s.of("Country")
        first = next((t for t in s.span if not t.is_space), None)
        if not countries or first is None or countries[0].span.start != first.i:
            return None
        head = syntax.conj_head(countries[0].root).i
        members = [x for x in countries if syntax.conj_head(x.root).i == head
                   or syntax.conj_head(x.root).head.lower_ == "by" and syntax.conj_head(x.root).head.head.lower_ == "followed"]
        if len(members) < 2:
            return None
        named = [m for m in question.ments if m.cls in ("Agreement", "Program") and m.kind != "anaphor"]
        return (named[0] if named else None), members

    def _signed_too(self, s: Sentence, g: Ment | None) -> Iterator[Candidate]:
        """'Greece and Uruguay both signed in February.' after a sentence about an accord: a sign verb without
        an object has the accord just named as its object."""
        if g is None:
            return
        for x in s.of("Country", "Agency"):
            head = syntax.conj_head(x.root)
            if head.dep_ == "appos" and head.head.dep_ == "nsubj":
                head = head.head  # "Denmark's Nordic neighbours Finland, Iceland and Sweden had already signed"
            verb = head.head
            relative = next((c for t in (x.root, head) for c in t.children if c.dep_ == "relcl" and any(
                w.dep_ == "nsubj" and w.lower_ in ("which", "that", "who") for w in c.children)), None)  # its own clause first
            if head.dep_ != "nsubj" and relative is None:
                continue
            if not self._objectless_signing(verb) and not (relative is not None and self._objectless_signing(relative)):
                continue  # 'The United States and seven other countries signed them in 2020'
            yield Candidate(g, "party", x, 0.6, "party-signed-too")
        yield from self._fellow_signers(s, g)

    def _sign_idiom(self, verb: Token) -> bool:
        """'put their signatures to', 'put their names to', 'added its name' (idioms in the lexicon)."""
        lemma = verb.lemma_.lower()
        return any(c.dep_ == "dobj" and f"{lemma} {c.lemma_.lower()}" in self.lex.sign_idioms for c in verb.children)

    def _objectless_signing(self, verb: Token) -> bool:
        """'signed in February', 'all signed within five days', 'added its name in November', 'signed them':
        a signing whose object is the accord the text is about."""
        lemma = verb.lemma_.lower()
        idiom = self._sign_idiom(verb)
        if lemma not in self.lex.objectless_sign_verbs and not idiom or syntax.negated(verb) or syntax.is_future(verb):
            return False
        for c in verb.children:
            if c.dep_ == "dobj" and not idiom and c.lower_ not in ("them", "it"):
                return False
            if c.dep_ in ("prep", "prt") and c.lower_ not in self.lex.time_preps | {"without"}:
                return False  # 'joined without publicity in October' is still a plain signing
        return True

    def _fellow_signers(self, s: Sentence, g: Ment) -> Iterator[Candidate]:
        """After a sentence about an accord: 'Ecuador and India followed in June'; 'In Latin America it joins
        Brazil, Colombia and Mexico'; 'the seventh country to sign this year, after the UAE, Israel and Bahrain'."""
        signing = any(t.lemma_.lower() in ("sign", "join", "accede") and t.pos_ in syntax.VERBAL for t in s.span)
        for x in s.of("Country", "Agency"):
            head = syntax.conj_head(x.root)
            verb = head.head
            if head.dep_ == "nsubj" and verb.lemma_.lower() == "follow" and not syntax.negated(verb) and not syntax.is_future(verb) \
                    and not any(c.dep_ == "dobj" for c in verb.children):
                yield Candidate(g, "party", x, 0.55, "party-followed")
            elif head.dep_ == "dobj" and verb.lemma_.lower() == "join" and verb.tag_ in ("VBZ", "VBD") and self.kb.get(g.key) is not None and any(
                    c.dep_ == "nsubj" and (c.pos_ == "PRON" or c.ent_type_ == "Country") for c in verb.children):
                yield Candidate(g, "party", x, 0.55, "party-joins-fellows")  # 'it joins Brazil, Colombia and Mexico'
            elif head.dep_ == "dobj" and verb.lemma_.lower() == "follow" and any(
                    c.dep_ == "nsubj" and (c.ent_type_ == "Country" or c.pos_ == "PRON") for c in verb.children) \
                    and (signing or self.kb.get(g.key) is not None):
                yield Candidate(g, "party", x, 0.55, "party-followed")  # 'Mexico follows Poland, which signed in October'
            elif signing and head.dep_ == "pobj" and head.head.lower_ in ("after", "following", "alongside"):
                yield Candidate(g, "party", x, 0.55, "party-after-signers")  # '..., after the UAE, Israel and Bahrain'

    def _founding_list(self, s: Sentence, g: Ment, found: dict) -> Iterator[Candidate]:
        """'... with seven other founding nations: Australia, Canada, ...': a colon list after a signatory phrase."""
        doc = s.span.doc
        colon = next((t for t in s.span if (t.text == ":" or t.text in ("\u2013", "\u2014", "-") and t.whitespace_ and doc[t.i - 1].whitespace_)
                      and any(w.lower_ in self.lex.founding_words for w in doc[max(s.span.start, t.i - 10):t.i])), None)
        if colon is None:
            return
        for x in s.of(*PARTIES):
            if x.span.start > colon.i and x.key not in found:
                gap = doc[colon.i + 1:x.span.start]
                if all(t.text in (",", ";") or t.lower_ in ("and", "the") or t.ent_type_ in PARTIES for t in gap):
                    yield Candidate(g, "party", x, 0.7, "party-founding-list")

    def _signatories(self, s: Sentence, g: Ment | None) -> Iterator[Candidate]:
        """'The founding signatories are A, B and C' after a sentence naming the accord; 'ILRS signatories
        include A and B' names the programme's partners instead."""
        nouns = [t for t in s.span if t.lower_ in self.lex.signatory_nouns and t.pos_ == "NOUN"]
        for n in nouns:
            owner = next((m for m in s.ments if syntax.np_head(m.root).i == n.i and m.root.i != n.i), None)
            if owner is not None and owner.cls == "Program":
                predicate, subject = "partner", owner
            elif g is not None:
                predicate, subject = "party", g
            else:
                continue
            for x in s.of(*PARTIES):
                lk = link(n, x.root)
                if lk is None or lk.cost > 3 or x is owner:
                    continue
                verbs = [t for t in _tokens(lk) + [lk.top] if t.pos_ in syntax.VERBAL]
                if all(v.lemma_ in ("be", "include", "become", "remain") for v in verbs):
                    yield Candidate(subject, predicate, x, 0.65, f"{predicate}-signatories")

    def _signed_alongside(self, xh: Token, g: Ment) -> bool:
        """'Italy was one of the founding signatories of the Accords, alongside the United States, Australia and
        Japan' / 'signed it together with Japan': the companions of a signer signed too."""
        while xh.dep_ == "appos" and xh.head.ent_type_ == xh.ent_type_:
            xh = syntax.conj_head(xh.head)  # a list the parser broke into appositions
        prep = xh.head if xh.dep_ == "pobj" else None
        if prep is None or not (prep.lower_ == "alongside" or prep.lower_ == "with" and prep.head.lower_ in ("along", "together")):
            return False
        verb = prep.head.head if prep.head.lower_ in ("along", "together") else prep.head
        inside = syntax.subtree_ids(verb)
        if g.root.i not in inside or any(c.dep_ == "nsubj" and c.i == xh.i for c in verb.children):
            return False
        return any(t.i in inside and (t.lemma_.lower() in self.lex.signatory_nouns or t.pos_ in syntax.VERBAL
                                      and t.lemma_.lower() in self.lex.sign_verbs - {"have", "become", "hold", "land"})
                   for t in verb.doc[verb.sent.start:verb.sent.end])

    def _party_shape(self, lk: Link, g: Ment, x: Ment) -> str | None:
        xh = syntax.conj_head(x.root)
        if x.cls in PEOPLE and xh.dep_ == "appos" and xh.head.lemma_.lower() in self.lex.official_roles:
            xh = syntax.conj_head(xh.head)  # 'signed by A and the head of Roscosmos, B': B signs as the head
        if x.root.dep_ == "pobj" and x.root.head.lower_ == "of" and x.root.head.head.lemma_.lower() in self.lex.government_nouns:
            xh = syntax.conj_head(x.root.head.head)  # 'the government of Poland'
        path = list(lk.up) + [lk.top] + list(lk.down)
        for rel in (c for c in xh.children if c.dep_ == "relcl"):  # 'the ministry, which has signed agreements'
            subj = [c for c in rel.children if c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that")]
            if subj and rel.lemma_.lower() in self.lex.sign_verbs and g.root.i in syntax.subtree_ids(rel):
                return "signer"
        if xh.dep_ == "pobj" and xh.head.lower_ in ("between", "among", "amongst"):
            anchor = xh.head.head
            if anchor.i in {t.i for t in path} | {g.root.i}:
                return "between"
        sign = [t for t in path if t.pos_ in syntax.VERBAL and (t.lemma_.lower() in self.lex.sign_verbs or self._sign_idiom(t))]
        held = xh.head.head if xh.dep_ == "pobj" else xh
        named = held.dep_ == "pobj" and held.head.lower_ == "of" and held.head.head.i == g.root.i  # 'memorandum of understanding with CNSA'
        if xh.dep_ == "pobj" and xh.head.lower_ == "with" and (held.i == g.root.i or held in sign or named):
            return "with"
        if self._signed_alongside(xh, g):
            return "signatory"
        if xh.dep_ == "nsubj" and any(c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in self.lex.signing_verbs
                                      and g.root.i in syntax.subtree_ids(c) for c in xh.head.children):
            return "signer"  # 'NASA and ESA took a first step on Thursday, signing a statement of intent'
        if xh.dep_ == "nsubj" and xh.head.lemma_.lower() in self.lex.reporting_verbs:
            for said in (c for c in xh.head.children if c.dep_ == "ccomp" and c.lemma_.lower() in self.lex.sign_verbs):
                # 'JAXA and Toyota said they had signed an agreement': the pronoun is the speakers
                if any(k.dep_ == "nsubj" and k.lower_ in ("they", "we") for k in said.children) and g.root.i in syntax.subtree_ids(said):
                    return "signer"
        if xh.dep_ == "pobj" and xh.head.lower_ == "from":
            gov = xh.head.head  # 'received a task order worth $118 million from NASA', 'won the contract from ESA'
            if gov.i == g.root.i or gov.head.i == g.root.i and gov.dep_ == "amod" \
                    or gov in sign and gov.lemma_.lower() in self.lex.receive_verbs and g.root.head.i == gov.i:
                return "with"
        if xh.dep_ == "pobj" and xh.head.lower_ == "of" and xh.head.head.lemma_.lower() in self.lex.representative_nouns | self.lex.official_roles:
            xh = syntax.conj_head(xh.head.head)  # 'signed by representatives of Bangladesh, China and Peru', 'by ... and the head of Roscosmos'
        if xh.dep_ == "pobj" and xh.head.lower_ == "by" and (xh.head.head.i == g.root.i or xh.head.head in sign):
            return "by"
        if xh.dep_ == "pobj" and xh.head.lower_ == "for" and xh.head.head in sign and x.cls in ("Country", "Agency"):
            return "signer"  # 'was signed for the United States by Acting Secretary of State X'
        if (xh.dep_ == "poss" and xh.head.lower_ == "behalf") or (xh.dep_ == "pobj" and xh.head.lower_ == "of" and xh.head.head.lower_ == "behalf"):
            return "signer"  # "signed on Sweden's behalf", 'on behalf of the kingdom'
        xr = x.root
        if xr.dep_ == "conj" and xr.head.pos_ in syntax.VERBAL and xr.head.lemma_.lower() in self.lex.sign_verbs and any(
                c.dep_ == "agent" for c in xr.head.children):
            return "by"  # 'signed by A, head of CNSA, and B': the parser hangs B on the verb
        if sign and xh.dep_ in ("nsubj",) and lk.cost <= 5:
            verb = xh.head
            chain = [g.root.head, g.root.head.head, syntax.conj_head(g.root).head]
            if verb.i in {t.i for t in sign} and any(t.i == verb.i for t in chain):
                return "signer"  # 'India signed the Accords', 'X signed up to the Accords'
            if verb.lemma_ in ("become", "be") and verb.i == lk.top.i and any(t.i in {v.i for v in sign} for t in chain):
                return "signer"  # 'India became the 27th country to sign the Accords'
        if any(t.lemma_.lower() in ("signatory", "signatories", "party", "parties", "member") for t in path) and xh.dep_ in ("nsubj", "appos") and lk.cost <= 4:
            return "signatory"
        if xh.dep_ == "dobj" and xh.head.lemma_ == "count" and any(
                c.lower_ == "among" and any(g.lemma_.lower() in self.lex.signatory_nouns | self.lex.partner_nouns for g in c.children)
                for c in xh.head.children):
            return "signatory"  # 'the accords now count Brazil and Ukraine among their members'
        if xh.dep_ in ("dobj", "attr") and xh.head.lemma_ in ("include", "be") and any(
                c.dep_ == "nsubj" and c.lemma_.lower() in self.lex.signatory_nouns for c in xh.head.children):
            return "signatory"  # 'Signatories of the Artemis Accords include Japan, Canada and Italy'
        if xh.dep_ in ("dative", "dobj") and xh.head.lemma_ in self.lex.award_verbs and g.root.head.i == xh.head.i:
            return "with"  # 'NASA awarded SpaceX a contract'
        if xh.dep_ == "pobj" and xh.head.lower_ == "to" and xh.head.head.lemma_ in self.lex.award_verbs:
            return "with"  # 'the contract was awarded to SpaceX by NASA'
        if xh.dep_ == "pobj" and xh.head.lower_ == "to" and xh.head.head.lemma_ in ("go", "pass", "fall") and any(
                c.dep_ == "nsubj" and c.i == syntax.conj_head(g.root).i for c in xh.head.head.children):
            return "with"  # 'the contract went to SpaceX'
        if xh.dep_ == "pobj" and xh.head.lower_ == "by" and xh.head.head.lemma_ in ("lead", "head") and xh.head.head.head.dep_ == "pobj" \
                and xh.head.head.head.head.lower_ == "to" and xh.head.head.head.head.head.lemma_ in self.lex.award_verbs:
            return "with"  # 'handed contracts to three teams led by Blue Origin, Dynetics and SpaceX'
        gr = syntax.conj_head(g.root)
        rel = xh.head if xh.dep_ in ("nsubj", "nsubjpass") else None
        if rel is not None and rel.dep_ == "relcl" and rel.head.i == gr.i and rel.lemma_.lower() in self.lex.sign_verbs:
            return "signer"  # 'an integrated crew agreement that NASA and Roscosmos concluded in July'
        if rel is not None and gr.dep_ == "pobj" and gr.head.lower_ == "in" and gr.head.head.i == rel.i \
                and rel.lemma_.lower() in self.lex.reporting_verbs and any(c.lower_ == "joint" for c in gr.children):
            return "signer"  # 'the United States and India said in a joint statement'

        if not [t for t in path if t.pos_ in syntax.VERBAL] and syntax.np_head(x.root).i == g.root.i and x.root.dep_ in ("compound", "amod", "poss", "nmod"):
            return "np"
        return None

    def about(self, s: Sentence) -> Iterator[Candidate]:
        for g in s.of("Agreement"):
            for t in s.of(*TARGETS):
                lk = link(g.root, t.root)
                if lk is None:
                    continue
                if lk.cost > 6:
                    if self._covers(g, t, lk):
                        yield Candidate(g, "about", t, 0.65, "about-covers", lk.cost)
                    continue
                if lk.top.i == g.root.i and not lk.up:  # the target sits inside the agreement's phrase
                    conf = 0.85 if t.root.dep_ != "compound" or t.root.head.i != g.root.i else 0.75
                    yield Candidate(g, "about", t, conf, "about-np", lk.cost)
                    continue
                first_down = lk.down[0] if lk.down else t.root
                purpose = first_down.dep_ in ("advcl", "xcomp", "acl", "prep") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in first_down.children) or (
                    first_down.dep_ == "prep" and first_down.lower_ in ("for", "on", "regarding", "concerning", "about"))
                signs = lk.top.lemma_.lower() in self.lex.sign_verbs
                infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in first_down.children)
                governs = (syntax.governor(g.root).i == lk.top.i and infinitive) or signs
                if purpose and governs and len(lk.up) <= 2:
                    yield Candidate(g, "about", t, 0.65, "about-purpose", lk.cost)
                elif self._covers(g, t, lk):
                    yield Candidate(g, "about", t, 0.7, "about-covers", lk.cost)
            for key in self._named_targets.get(g.key, ()):  # 'Artemis Accords' is about Artemis
                yield Candidate(g, "about", _Virtual(key, "Program", g), 0.5, "about-in-name")

    def _covers(self, g: Ment, t: Ment, lk: Link) -> bool:
        """'The contract covers a crewed landing under the Artemis programme', 'an agreement setting out how the
        agencies will share the work on NISAR': a covering verb whose subject (or head noun) is the agreement."""
        if lk.cost > 9:
            return False
        gr = syntax.conj_head(g.root)
        for v in [lk.top] + list(lk.down):
            if v.pos_ not in syntax.VERBAL or v.lemma_.lower() not in self.lex.cover_verbs:
                continue
            subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i == gr.i for c in v.children)
            described = v.dep_ in ("acl", "relcl") and v.head.i == gr.i
            if v.dep_ in ("acl", "relcl") and v.head.i == gr.i and lk.top.i == gr.i:
                described = True  # 'an agreement setting out how ... the work on NISAR'
            if (subject or described) and t.root.i in syntax.subtree_ids(v):
                return True
        return False

    # ------------------------------------------------------------------ partner

    def partner(self, s: Sentence) -> Iterator[Candidate]:
        programmes = [m for m in s.ments if m.cls == "Program" or "Program" in m.types
                      or self.kb.get(m.key) is not None and "Program" in self.kb.get(m.key).types]  # 'the station' for ILRS
        for pg in programmes:
            for x in s.of(*PARTIES):
                lk = link(pg.root, x.root)
                if lk is None or lk.cost > 5:
                    continue
                rule = self._partner_shape(lk, pg, x)
                if rule == "led-by" and x.cls in ORGS and not self._co_led(lk):
                    yield Candidate(pg, "operator", x, 0.75, "op-led-by", lk.cost)  # 'Artemis, led by NASA'
                    continue
                if rule:
                    conf = {"led-by": 0.85, "joins": 0.85, "partner-noun": 0.75, "poss": 0.6}[rule]
                    yield Candidate(pg, "partner", x, conf, "partner-" + rule, lk.cost)
            for x in self._colon_members(s, pg):
                yield Candidate(pg, "partner", x, 0.7, "partner-colon-list", 3)

    def _colon_members(self, s: Sentence, pg: Ment) -> list[Ment]:
        """'CNSA added three members to the ILRS: Nicaragua, APSCO and the Arab Union': after a colon that ends a
        clause about a programme's members, the list is theirs."""
        doc = s.span.doc
        colon = next((t.i for t in s.span if t.text == ":" and t.i > pg.span.end), None)
        if colon is None:
            return []
        intro = doc[s.span.start:colon]
        if not any(t.lemma_.lower() in self.lex.member_nouns and t.pos_ == "NOUN" for t in intro):
            return []
        return [x for x in s.of(*PARTIES) if x.span.start > colon]

    def _co_led(self, lk: Link) -> bool:
        words = {t.lower_ for t in _tokens(lk) + [lk.top]}
        return any(w.startswith("co-") or w in ("jointly", "co", "colead") for w in words) or lk.target.dep_ == "conj" or any(
            c.dep_ == "conj" for c in lk.target.children)

    def _partner_shape(self, lk: Link, pg: Ment, x: Ment) -> str | None:
        xh = syntax.conj_head(x.root)
        path = list(lk.up) + [lk.top] + list(lk.down)
        verbs = [t for t in path if t.pos_ in syntax.VERBAL]
        lead = [v for v in verbs if v.lemma_.lower() in self.lex.lead_verbs or v.lower_.startswith("co-")]
        if xh.dep_ == "pobj" and xh.head.dep_ == "agent" and lead and xh.head.head.i == lead[0].i:
            return "led-by"
        if xh.dep_ == "pobj" and xh.head.lower_ == "with" and xh.head.head.lemma_.lower() in self.lex.cooperation_verbs:
            verb = xh.head.head
            subjects = [c for c in [verb] + list(verb.ancestors)[:2] for c in c.children if c.dep_ == "nsubj"]
            if any(c.i == syntax.conj_head(pg.root).i or pg.root.i in syntax.subtree_ids(c) for c in subjects):
                return "joins"  # "NASA's Commercial Crew Program continues to work with Boeing and SpaceX"
        if xh.dep_ == "appos" and xh.head.dep_ == "pobj":
            xh = xh.head  # 'in partnership with the company Axiom Space'
        together = xh.dep_ == "pobj" and xh.head.lower_ == "with" and (
            xh.head.head.lower_ in ("together", "jointly", "along") or any(c.lower_ in ("together", "jointly", "along") for c in xh.head.children))
        if together:
            verb = next((t for t in xh.head.ancestors if t.pos_ in syntax.VERBAL), None)
            if verb is not None and verb.lemma_.lower() in self.lex.partner_verbs and pg.root.i in syntax.subtree_ids(verb):
                return "joins"  # 'China, together with Russia, is promoting its own ILRS project'
        if xh.dep_ == "pobj" and xh.head.lower_ == "with" and xh.head.head.lemma_.lower() in ("partnership", "cooperation", "collaboration"):
            verb = next((t for t in xh.head.head.ancestors if t.pos_ in syntax.VERBAL), None)
            own = {syntax.conj_head(pg.root).i, syntax.np_head(pg.root).i}
            if verb is not None and (pg.root.i in syntax.subtree_ids(verb) or verb.dep_ == "relcl" and verb.head.i in own):
                return "joins"  # 'the HUNOR programme, which the government launched ... in partnership with Axiom Space'
        joins = [v for v in verbs if v.lemma_.lower() in self.lex.partner_verbs
                 or any(c.lower_ in ("jointly", "together") for c in v.children)]  # 'China and Russia jointly unveiled the ILRS'
        inside_other = any(t.dep_ in ("relcl", "acl") for t in lk.up)
        admits = xh.dep_ == "nsubj" and xh.head.lemma_.lower() in self.lex.admission_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lex.member_nouns for c in xh.head.children)
        if joins and xh.dep_ == "nsubj" and xh.head.i in {v.i for v in verbs} and lk.cost <= 4 and not inside_other and not admits:
            return "joins"  # not 'CNSA added three members to the ILRS': who admits members is not one
        if any(t.lemma_.lower() in self.lex.partner_nouns for t in path if t.pos_ == "NOUN") and lk.cost <= 4 \
                and all(v.lemma_ in ("be", "become", "include", "remain", "name", "count") for v in verbs):
            return "partner-noun"
        if not verbs and x.root.dep_ == "poss" and x.cls == "Country" and lk.cost <= 1:
            return "poss"
        doc = x.root.doc
        led = syntax.hyphened_word(x.span, self.lex.hyphen_partner_words)
        if led is not None and (led.head.i in (pg.root.i, syntax.np_head(pg.root).i)
                     or [t.lower_ for t in doc[pg.span.end:x.span.start]] in ([",", "a"], [",", "an"], [",", "the"])):
            return "led-by"  # 'the U.S.-led Artemis program', 'the ILRS, a China-led plan for a base'
        if xh.dep_ == "pobj" and xh.head.lower_ in ("of", "by", "between") and xh.head.head.lemma_.lower() in self.lex.program_nouns:
            noun = xh.head.head
            if noun.i in {t.i for t in path} and all(v.lemma_ in ("be", "launch", "start", "found", "establish", "create", "propose") for v in verbs):
                return "partner-noun"  # 'launched in 2021 as a joint initiative of China and Russia'
        return None

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
                anchor = self._date_anchor(d, self.lex.launch_verbs | {"fly", "travel", "ride", "carry", "take", "ferry", "bring"} | began,
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
                or self._rode_on_date(s, m, published, named)
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
        if i < len(doc) and (doc[i].lemma_.lower() in self.lex.flight_event_nouns
                             or (launch_of or rode) and doc[i].lemma_.lower() in self.lex.craft_nouns | self.lex.flight_event_nouns):
            i += 1
        elif not (launch_of or rode):
            return None
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
            if verb.lemma_.lower() not in moving or verb.tag_ != "VBD":
                return None
        else:
            return None
        particle = self.lex.launch_particles.get(verb.lemma_.lower())
        if particle and not (i + 3 < s.span.end and doc[i + 3].lower_ == particle):
            return None
        for d in s.dates:
            if not (verb.i < d.start <= verb.i + 9) or doc[d.start - 1].lower_ not in ("in", "on") \
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
        words = {t.lower_ for t in tok.subtree}
        if words & self.lex.rocket_words or tok.lower_ in self.lex.crew_nouns or tok.pos_ in ("PRON", "NUM"):
            return True  # 'their Falcon 9 rocket', 'the crew', 'they', 'The four were launched'
        if not named:
            return False
        names = [m for m in s.ments if m.root.i == tok.i]
        return bool(names) and names[0].cls in ("Country", "Agency", "Organization", "Mission", "Astronaut", "Person")

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
        if head.lemma_ not in ("become", "be") or (root.dep_ == "pobj" and root.head.lower_ in self.lex.date_blockers):
            return None
        on_path = {t.i for t in lk.inner + (lk.top,)}
        for t in head.subtree:
            if t.pos_ in syntax.VERBAL and t.lemma_.lower() in self.lex.sign_verbs and t.i in on_path and t.i != head.i \
                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                return t
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


def m_inside(lk: Link, v: Token) -> bool:
    """The link's target lies in the subtree of ``v``."""
    return lk.target.i in syntax.subtree_ids(v)


def _tokens(lk: Link) -> list[Token]:
    """The tokens strictly between the two ends, each once, in path order."""
    seen, out = set(), []
    for t in lk.inner:
        if t.i not in seen:
            seen.add(t.i)
            out.append(t)
    return out


class _At:
    """A mention seen from another token (an agreement from the list noun it is part of)."""

    def __init__(self, ment: Ment, root: Token):
        self._ment, self.root = ment, root

    def __getattr__(self, name):
        return getattr(self._ment, name)


class _Virtual:
    """A mention that the text implies without naming it separately (the country inside an agency's name)."""

    def __init__(self, key: str, cls: str, host: Ment):
        self.key, self.cls, self.kind = key, cls, "implied"
        self.span, self.block, self.section, self.offset = host.span, host.block, host.section, host.offset
        self.text = host.text
