"""Relation rules: one function per contract property, each reading the dependency path between mentions.

Every rule returns candidates with a rule name and a base confidence that says how directly the text
states the fact: an apposition or a verb with its subject and object is stated outright (0.8-0.9); a
plain co-occurrence in one clause is inferred (0.5-0.6). The section (title, related story) and
anaphora ("the station") scale it down further in ``extract``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from .. import dates
from ..kb import KnowledgeBase
from ..lexicon import Lexicon
from ..records import DateValue
from . import syntax
from .mentions import ORGS, PEOPLE, Ment, Sentence
from .syntax import Link, link

PARTIES = ("Country", "Agency", "Organization")
TARGETS = ("Mission", "SpaceStation", "Program")
NP_DEPS = {"compound", "amod", "poss", "appos", "nmod", "conj", "case", "det", "nummod", "flat"}


@dataclass
class Candidate:
    subject: Ment
    predicate: str
    object: Ment | DateValue
    confidence: float
    rule: str
    cost: float = 0.0


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
        self._country_names = {
            name: e.iri for e in kb.of_type("Country") for name, kind in e.names.items()
            if kind in ("name", "demonym") and name not in e.weak
        }
        self.crew_cues = lex.crew_verbs | lex.crew_nouns | frozenset(w.split()[-1] for w in lex.astronaut_roles)
        self.role_words = {w: r for w, r in lex.astronaut_roles.items()}

    def run(self, s: Sentence, published) -> Iterator[Candidate]:
        yield from self.crew(s)
        yield from self.operator(s)
        yield from self.destination(s)
        yield from self.nationality(s)
        yield from self.affiliation(s)
        yield from self.country(s)
        yield from self.party(s)
        yield from self.about(s)
        yield from self.partner(s)
        yield from self.launch_date(s, published)
        yield from self.signed_on(s, published)

    # ------------------------------------------------------------------ people's roles

    def roles(self, person: Ment) -> Roles:
        """Role nouns attached to a person: modifiers, appositions, predicate nouns, 'as commander'."""
        root = person.root
        heads: list[Token] = []
        for tok in [root, syntax.conj_head(root)]:
            heads.extend(syntax.modifiers(tok))
            if tok.dep_ == "appos":
                heads.append(tok.head)
                heads.extend(syntax.modifiers(tok.head))
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_ in ("be", "serve", "become", "act", "remain", "fly", "join", "work"):
                for c in tok.head.children:
                    if c.dep_ in ("attr", "oprd", "acomp"):
                        heads.append(c)
                        heads.extend(syntax.modifiers(c))
                    if c.dep_ == "prep" and c.lower_ == "as":
                        heads.extend(g for g in c.children if g.dep_ == "pobj")
            if tok.dep_ == "pobj" and tok.head.lower_ == "as":
                pass
            for c in tok.children:
                if c.dep_ == "relcl":  # 'X, who will serve as commander'
                    for g in c.children:
                        if g.dep_ in ("attr", "oprd"):
                            heads.append(g)
                        if g.dep_ == "prep" and g.lower_ == "as":
                            heads.extend(x for x in g.children if x.dep_ == "pobj")
        # a plural role noun over a coordinated list applies to every member ("NASA astronauts X and Y")
        if root.dep_ == "conj":
            first = syntax.conj_head(root)
            heads = [h for h in heads if h.i not in {t.i for t in syntax.modifiers(first)} or h.tag_ in ("NNS", "NNPS")]
        r = Roles(tokens=tuple(heads))
        for tok in heads:
            word = tok.lemma_.lower()
            pair = f"{tok.lower_} {tok.head.lower_}" if tok.head.i == tok.i + 1 else ""
            prev = tok.doc[tok.i - 1].lower_ + " " + tok.lower_ if tok.i > 0 else ""
            for w in (pair, prev, word, tok.lower_):
                role = self.role_words.get(w)
                if role == "commander":
                    r.commander = r.crew = True
                elif role == "crew":
                    r.crew = True
                elif role == "backup":
                    r.backup = True
            if word in self.lex.official_roles or prev in self.lex.official_roles:
                r.official = True
        return r

    # ------------------------------------------------------------------ crewMember / commander

    def crew(self, s: Sentence) -> Iterator[Candidate]:
        missions = s.of("Mission")
        if not missions:
            return
        for p in s.of(*PEOPLE):
            roles = self.roles(p)
            if roles.backup and not roles.crew:
                continue
            best: tuple[float, Ment, Link, str] | None = None
            for m in missions:
                lk = link(p.root, m.root)
                if lk is None or lk.cost > 5:
                    continue
                cue = self._crew_cue(lk, p, roles)
                if cue is None:
                    continue
                if roles.official and cue != "verb":
                    continue
                score = lk.cost - (0.5 if cue == "verb" else 0)
                if best is None or score < best[0]:
                    best = (score, m, lk, cue)
            if best is None:
                continue
            _, m, lk, cue = best
            conf = {"verb": 0.85, "noun": 0.85, "role": 0.75, "kb": 0.7}[cue] - 0.04 * max(0.0, lk.cost - 2)
            yield Candidate(m, "crewMember", p, conf, f"crew-{cue}", lk.cost)
            if roles.commander or self._commands(p, lk):
                yield Candidate(m, "commander", p, conf, f"commander-{cue}", lk.cost)

    def _crew_cue(self, lk: Link, p: Ment, roles: Roles) -> str | None:
        lemmas = lk.lemmas()
        if any(t.pos_ in syntax.VERBAL and t.lemma_.lower() in self.lex.crew_verbs for t in lk.inner):
            return "verb"
        if lemmas & self.crew_cues:
            return "noun"
        if roles.crew and lk.cost <= 3.5:
            return "role"
        if p.cls == "Astronaut" and p.kind == "name" and lk.cost <= 3:
            return "kb"
        return None

    def _commands(self, p: Ment, lk: Link) -> bool:
        """'X will command', 'commanded by X', 'under the command of X', 'X is the commander'."""
        for t in lk.inner + (lk.top,):
            if t.lemma_.lower() in self.lex.commander_verbs or t.lower_ in ("commander", "command"):
                head = syntax.conj_head(p.root)
                if head.head.i == t.i and head.dep_ in ("nsubj", "attr", "appos"):
                    return True
                if head.dep_ == "pobj" and head.head.head.i == t.i and head.head.lower_ in ("by", "of"):
                    return True
                if t.lower_ == "commander" and (t.head.i == head.i or head.head.i == t.i):
                    return True
        return False

    # ------------------------------------------------------------------ operator

    def operator(self, s: Sentence) -> Iterator[Candidate]:
        for x in s.of(*TARGETS):
            for a in s.of(*ORGS):
                lk = link(a.root, x.root)
                if lk is None or a.key == x.key:
                    continue
                rule = self._operator_shape(lk, a, x)
                if rule:
                    conf = {"op-verb": 0.85, "op-passive": 0.85, "op-poss": 0.7, "op-compound": 0.6}[rule]
                    yield Candidate(x, "operator", a, conf, rule, lk.cost)

    def _operator_shape(self, lk: Link, a: Ment, x: Ment) -> str | None:
        top = lk.top
        a_head = syntax.conj_head(a.root)
        verbs = [t for t in _tokens(lk) if t.pos_ in syntax.VERBAL]
        if top.pos_ in syntax.VERBAL and top.lemma_.lower() in self.lex.operator_verbs and lk.cost <= 3.5:
            a_dep = (lk.up[-1] if lk.up else a_head).dep_ if lk.up else a_head.dep_
            if a_head.head.i == top.i and a_head.dep_ == "nsubj" and len(verbs) == 1:
                return "op-verb"
            if a_dep == "agent" or (a_head.dep_ == "pobj" and a_head.head.dep_ == "agent"):
                return "op-passive"
        for v in verbs:  # 'Shenzhou-17, launched by CNSA'
            if v.dep_ == "acl" and v.lemma_.lower() in self.lex.operator_verbs and a_head.dep_ == "pobj" and a_head.head.dep_ == "agent" and a_head.head.head.i == v.i:
                return "op-passive"
        if not verbs and lk.cost <= 2 and all(t.dep_ in NP_DEPS for t in (a.root,) + lk.up):
            if a_head.dep_ == "poss" or any(t.dep_ == "poss" for t in lk.up):
                return "op-poss"
            if a_head.dep_ == "compound" and x.cls == "Mission":
                return "op-compound"
        return None

    # ------------------------------------------------------------------ destination

    def destination(self, s: Sentence) -> Iterator[Candidate]:
        stations = s.of("SpaceStation")
        if not stations:
            return
        for m in s.of("Mission"):
            best = None
            for st in stations:
                lk = link(m.root, st.root)
                if lk is None or lk.cost > 6:
                    continue
                words = lk.lemmas()
                cue = bool(words & self.lex.destination_verbs) or bool({t.lower_ for t in lk.inner if t.dep_ == "prep"} & self.lex.destination_preps)
                if not cue and (lk.crosses_clause() or lk.cost > 3):
                    continue
                conf = (0.85 if cue else 0.55) - 0.04 * max(0.0, lk.cost - 2)
                if best is None or lk.cost < best[2]:
                    best = (st, conf, lk.cost, "dest-cue" if cue else "dest-clause")
            if best:
                yield Candidate(m, "destination", best[0], best[1], best[3], best[2])

    # ------------------------------------------------------------------ nationality

    def nationality(self, s: Sentence) -> Iterator[Candidate]:
        for p in s.of(*PEOPLE):
            for c in s.of("Country"):
                lk = link(p.root, c.root)
                if lk is None or lk.cost > 3.5:
                    continue
                rule = self._np_link(lk, p, c, self.lex.nationality_preps, allow_verbs={"be", "hail", "come"})
                if rule is None and self._first_of(lk, p, c):
                    rule = "np-first"
                if rule:
                    conf = {"np-mod": 0.85, "np-prep": 0.85, "np-poss": 0.75, "np-relcl": 0.7, "np-first": 0.7}[rule]
                    yield Candidate(p, "nationality", c, conf, "nat-" + rule, lk.cost)

    def _first_of(self, lk: Link, p: Ment, c: Ment) -> bool:
        """'X became the first Hungarian in space': a demonym as predicate noun of the person's clause."""
        head = syntax.conj_head(p.root)
        if head.dep_ not in ("nsubj", "nsubjpass") or head.head.lemma_ not in ("become", "be"):
            return False
        attr = [t for t in head.head.children if t.dep_ in ("attr", "oprd")]
        return c.kind in ("demonym", "demonymNoun") and any(c.root.i == a.i or c.root.head.i == a.i for a in attr)

    def _np_link(self, lk: Link, p: Ment, x: Ment, preps, allow_verbs=frozenset()) -> str | None:
        """How a modifier reaches a person inside one noun phrase: 'Hungarian astronaut X', 'X of Hungary',
        'X, deputy director of CMSA', 'India's X', 'X, who is from Y'."""
        path = list(lk.up) + [lk.top] + list(lk.down)
        verbs = [t for t in path if t.pos_ in syntax.VERBAL and t.i not in (p.root.i, x.root.i)]
        if verbs:
            v = verbs[0]
            if len(verbs) == 1 and v.dep_ == "relcl" and v.lemma_.lower() in allow_verbs:
                if any(t.dep_ == "prep" and t.lower_ in preps for t in path) or x.root.dep_ in ("dobj", "attr"):
                    return "np-relcl"
            return None
        deps = {t.dep_ for t in path if t.i != lk.top.i} | {x.root.dep_}
        anchors = {p.root.i, syntax.conj_head(p.root).i} | {t.i for t in self.roles(p).tokens}
        anchors |= {c.i for c in p.root.children if c.dep_ == "appos"}
        if p.root.dep_ == "appos":
            anchors.add(p.root.head.i)
        xr = syntax.conj_head(x.root)
        if xr.dep_ == "pobj" and xr.head.lower_ in preps and xr.head.head.i in anchors:
            if deps <= NP_DEPS | {"prep", "pobj", "attr", "nsubj"}:
                return "np-prep"
        if deps <= NP_DEPS:
            xd = syntax.np_head(x.root)
            if x.root.dep_ == "poss" or any(t.dep_ == "poss" and t.i == x.root.i for t in path):
                return "np-poss"
            if xd.i in (p.root.i, syntax.conj_head(p.root).i) or lk.top.i in {t.i for t in self.roles(p).tokens} | {p.root.i, syntax.conj_head(p.root).i}:
                return "np-mod"
        return None

    # ------------------------------------------------------------------ affiliation

    def affiliation(self, s: Sentence) -> Iterator[Candidate]:
        for p in s.of(*PEOPLE):
            for a in s.of(*ORGS):
                lk = link(p.root, a.root)
                if lk is None or lk.cost > 3.5:
                    continue
                rule = self._np_link(lk, p, a, self.lex.affiliation_preps, allow_verbs=self.lex.affiliation_verbs)
                if rule is None:
                    continue
                conf = {"np-mod": 0.85, "np-prep": 0.8, "np-poss": 0.8, "np-relcl": 0.7}[rule]
                yield Candidate(p, "affiliation", a, conf, "aff-" + rule, lk.cost)

    # ------------------------------------------------------------------ country (agency/org/station -> country)

    def country(self, s: Sentence) -> Iterator[Candidate]:
        for x in s.of("Agency", "Organization", "SpaceStation"):
            for c in s.of("Country"):
                if c.span.start >= x.span.start and c.span.end <= x.span.end:
                    continue
                lk = link(x.root, c.root)
                if lk is not None and lk.cost <= 3:
                    rule = self._np_link(lk, x, c, self.lex.country_preps)
                    if rule is None and any(t.lower_ == "based" for t in lk.inner):
                        rule = "based"
                    if rule:
                        conf = {"np-mod": 0.85, "np-prep": 0.8, "np-poss": 0.85, "np-relcl": 0.7, "based": 0.75}[rule]
                        yield Candidate(x, "country", c, conf, "country-" + rule, lk.cost)
        yield from self._name_countries(s)

    def _name_countries(self, s: Sentence) -> Iterator[Candidate]:
        """'China National Space Administration', 'Indian Space Research Organisation': the country in the name."""
        countries = self._country_names
        for x in s.of("Agency", "Organization", "SpaceStation"):
            if x.kind not in ("name",) or " " not in x.text:
                continue
            words = x.text.replace("-", " ").split()
            for i in range(len(words)):
                for j in (3, 2, 1):
                    key = countries.get(" ".join(words[i:i + j]))
                    if key and key != x.key:
                        yield Candidate(x, "country", _Virtual(key, "Country", x), 0.5, "country-in-name")
                        break

    # ------------------------------------------------------------------ party / about

    def party(self, s: Sentence) -> Iterator[Candidate]:
        for g in s.of("Agreement"):
            for x in s.of(*PARTIES):
                if x.root.i == g.root.i:
                    continue
                lk = link(g.root, x.root)
                if lk is None or lk.cost > 6:
                    continue
                rule = self._party_shape(lk, g, x)
                if rule:
                    conf = {"between": 0.9, "signer": 0.9, "with": 0.85, "by": 0.8, "np": 0.75, "signatory": 0.85}[rule]
                    yield Candidate(g, "party", x, conf, "party-" + rule, lk.cost)

    def _party_shape(self, lk: Link, g: Ment, x: Ment) -> str | None:
        xh = syntax.conj_head(x.root)
        path = list(lk.up) + [lk.top] + list(lk.down)
        if xh.dep_ == "pobj" and xh.head.lower_ in ("between", "among", "amongst"):
            anchor = xh.head.head
            if anchor.i in {t.i for t in path} | {g.root.i}:
                return "between"
        sign = [t for t in path if t.pos_ in syntax.VERBAL and t.lemma_.lower() in self.lex.sign_verbs]
        if xh.dep_ == "pobj" and xh.head.lower_ == "with" and (xh.head.head.i == g.root.i or xh.head.head in sign):
            return "with"
        if xh.dep_ == "pobj" and xh.head.lower_ == "by" and (xh.head.head.i == g.root.i or xh.head.head in sign):
            return "by"
        if sign and xh.dep_ in ("nsubj",) and lk.cost <= 5:
            v = sign[0]
            if xh.head.i == v.i or (xh.head in sign) or (xh.head.i == lk.top.i and lk.top.lemma_ in ("become", "be")):
                if g.root.dep_ in ("dobj", "pobj", "conj", "nsubjpass", "attr") or syntax.conj_head(g.root).dep_ in ("dobj", "pobj"):
                    return "signer"
        if any(t.lemma_.lower() in ("signatory", "signatories", "party", "parties", "member") for t in path) and xh.dep_ in ("nsubj", "appos") and lk.cost <= 4:
            return "signatory"
        if not [t for t in path if t.pos_ in syntax.VERBAL] and syntax.np_head(x.root).i == g.root.i and x.root.dep_ in ("compound", "amod", "poss", "nmod"):
            return "np"
        return None

    def about(self, s: Sentence) -> Iterator[Candidate]:
        for g in s.of("Agreement"):
            for t in s.of(*TARGETS):
                lk = link(g.root, t.root)
                if lk is None or lk.cost > 6:
                    continue
                path = list(lk.up) + [lk.top] + list(lk.down)
                if lk.top.i == g.root.i and not lk.up:  # the target sits inside the agreement's phrase
                    conf = 0.85 if t.root.dep_ != "compound" or t.root.head.i != g.root.i else 0.75
                    yield Candidate(g, "about", t, conf, "about-np", lk.cost)
                    continue
                first_down = lk.down[0] if lk.down else t.root
                purpose = first_down.dep_ in ("advcl", "xcomp", "acl", "prep") and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in first_down.children) or (
                    first_down.dep_ == "prep" and first_down.lower_ in ("for", "on", "regarding", "concerning", "about"))
                governs = syntax.governor(g.root).i == lk.top.i or lk.top.lemma_.lower() in self.lex.sign_verbs
                if purpose and governs and len(lk.up) <= 2:
                    yield Candidate(g, "about", t, 0.65, "about-purpose", lk.cost)
                del path

    # ------------------------------------------------------------------ partner

    def partner(self, s: Sentence) -> Iterator[Candidate]:
        for pg in s.of("Program"):
            for x in s.of(*PARTIES):
                lk = link(pg.root, x.root)
                if lk is None or lk.cost > 5:
                    continue
                rule = self._partner_shape(lk, pg, x)
                if rule:
                    conf = {"led-by": 0.85, "joins": 0.85, "partner-noun": 0.75, "poss": 0.6}[rule]
                    yield Candidate(pg, "partner", x, conf, "partner-" + rule, lk.cost)

    def _partner_shape(self, lk: Link, pg: Ment, x: Ment) -> str | None:
        xh = syntax.conj_head(x.root)
        path = list(lk.up) + [lk.top] + list(lk.down)
        verbs = [t for t in path if t.pos_ in syntax.VERBAL]
        lead = [v for v in verbs if v.lemma_.lower() in self.lex.lead_verbs or v.lower_.startswith("co-")]
        if xh.dep_ == "pobj" and xh.head.dep_ == "agent" and lead and xh.head.head.i == lead[0].i:
            return "led-by"
        joins = [v for v in verbs if v.lemma_.lower() in self.lex.partner_verbs]
        if joins and xh.dep_ == "nsubj" and xh.head.i in {v.i for v in verbs} and lk.cost <= 4:
            return "joins"
        if any(t.lemma_.lower() in self.lex.partner_nouns for t in path if t.pos_ == "NOUN") and lk.cost <= 4:
            if all(v.lemma_ in ("be", "become", "include", "remain", "name", "count") for v in verbs):
                return "partner-noun"
        if not verbs and x.root.dep_ == "poss" and x.cls == "Country" and lk.cost <= 1:
            return "poss"
        return None

    # ------------------------------------------------------------------ dates

    def launch_date(self, s: Sentence, published) -> Iterator[Candidate]:
        for m in s.of("Mission"):
            best = None
            for d in s.dates:
                lk = link(m.root, d.root)
                if lk is None or lk.cost > 5:
                    continue
                anchor = self._date_anchor(d, lk, self.lex.launch_verbs, self.lex.launch_nouns)
                if anchor is None:
                    continue
                future = syntax.is_future(anchor)
                value = dates.resolve(d.text, published, future=future)
                if value is None:
                    continue
                conf = (0.85 if not future else 0.7) - 0.03 * max(0.0, lk.cost - 2)
                if best is None or lk.cost < best.cost:
                    best = Candidate(m, "launchDate", value, conf, "launch-date" + ("-planned" if future else ""), lk.cost)
            if best:
                yield best

    def signed_on(self, s: Sentence, published) -> Iterator[Candidate]:
        for g in s.of("Agreement"):
            best = None
            for d in s.dates:
                lk = link(g.root, d.root)
                if lk is None or lk.cost > 5:
                    continue
                anchor = self._date_anchor(d, lk, self.lex.sign_verbs - {"become", "have", "hold", "launch"}, frozenset())
                if anchor is None:
                    continue
                value = dates.resolve(d.text, published, future=syntax.is_future(anchor))
                if value is None:
                    continue
                conf = 0.85 - 0.03 * max(0.0, lk.cost - 2)
                if best is None or lk.cost < best.cost:
                    best = Candidate(g, "signedOn", value, conf, "signed-date", lk.cost)
            if best:
                yield best

    def _date_anchor(self, d, lk: Link, verbs: frozenset[str], nouns: frozenset[str]) -> Token | None:
        """The launch/sign word the date hangs from, if the date modifies it directly."""
        head = d.root.head
        if d.root.dep_ == "pobj":
            if head.lower_ in self.lex.date_blockers:
                return None
            head = head.head
        elif d.root.dep_ not in ("npadvmod", "tmod", "nmod", "appos", "dobj", "conj", "advmod", "nsubj", "attr"):
            if d.root.dep_ != "ROOT":
                return None
        for t in (head,) + tuple(head.ancestors)[:1]:
            lemma = t.lemma_.lower()
            if t.pos_ in syntax.VERBAL and lemma in verbs:
                particle = self.lex.launch_particles.get(lemma)
                if particle and not any(c.lower_ == particle for c in t.children):
                    continue
                if t.i in {x.i for x in lk.inner + (lk.top,)}:
                    return t
            if t.pos_ in ("NOUN", "PROPN") and lemma in nouns and t.i in {x.i for x in lk.inner + (lk.top,)}:
                return t
        return None


def _tokens(lk: Link) -> list[Token]:
    """The tokens strictly between the two ends, each once, in path order."""
    seen, out = set(), []
    for t in lk.inner:
        if t.i not in seen:
            seen.add(t.i)
            out.append(t)
    return out


class _Virtual:
    """A mention that the text implies without naming it separately (the country inside an agency's name)."""

    def __init__(self, key: str, cls: str, host: Ment):
        self.key, self.cls, self.kind = key, cls, "implied"
        self.span, self.block, self.section, self.offset = host.span, host.block, host.section, host.offset
        self.text = host.text
