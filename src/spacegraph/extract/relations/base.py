"""What every relation rule shares: candidates, the discourse so far, people's roles, and the rules' state."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from ...kb import KnowledgeBase
from ...lexicon import Lexicon
from ...records import DateValue
from .. import syntax
from ..mentions import PEOPLE, Ment, Sentence
from ..patterns import NounPhrasePatterns
from ..syntax import Link

PARTIES = ("Country", "Agency", "Organization")
TARGETS = ("Mission", "SpaceStation", "Program")
NP_DEPS = {"compound", "amod", "poss", "appos", "nmod", "conj", "case", "det", "nummod", "flat"}
COPULAS = {"be", "become", "remain", "serve", "act", "work", "hail", "come"}
#: Not a contract property: 'agreement -> a person who signed it', kept until the article says whom they sign for.
SIGNER = "signer"


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
    list_item: bool = False  # a ';'-ended item of a crew list whose colon line named its flight
    flight: Ment | None = None  # the article's focal mission in every section (a headline's 'docks with ISS' is its)


@dataclass
class Roles:
    """What the text calls a person: crew roles, official titles, and the tokens that say so."""

    commander: bool = False
    crew: bool = False
    backup: bool = False
    official: bool = False
    tokens: tuple[Token, ...] = ()


class RuleBase:
    """The lexicon, the knowledge base and the noun-phrase patterns every rule family reads; people's roles."""

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
        before = " ".join(t.lower_ for t in doc[max(root.sent.start, person.span.start - 6):person.span.start])
        before = re.sub(r" (['’]s)\b", r"\1", before)  # "commander 's" as the tokens give it
        if any(re.match(re.escape(place) + r"\b", after) or re.search(r"\b" + re.escape(place) + r" (?:was|sat|is|were)$", before)
               for place in self.lex.commander_places):
            r.commander = r.crew = True  # 'aboard Soyuz TM-21, with Dezhurov in command', 'In the commander's seat was X'
        if r.backup and any(t.lower_ in ("backup", "alternate") for t in heads):
            r.crew = r.crew and not any(t.lower_ in ("backup", "alternate") and t.head.lower_ in ("astronaut", "crew") for t in heads)
        return r


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
