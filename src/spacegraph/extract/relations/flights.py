"""operator and destination: who runs a flight, station or programme, and where a flight goes."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from .. import syntax
from ..mentions import ORGS, Ment, Sentence
from ..syntax import Link, link
from .base import NP_DEPS, TARGETS, Candidate, Discourse, RuleBase, _tokens


class FlightRules(RuleBase):
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
                if rule is None and self._copula_operator(a, x):
                    rule = "op-copula"
                if rule:
                    conf = {"op-verb": 0.85, "op-passive": 0.85, "op-copula": 0.75, "op-poss": 0.7, "op-compound": 0.6,
                            "op-appos": 0.75, "op-its": 0.65, "op-relative": 0.7}[rule]
                    yield Candidate(x, "operator", a, conf, rule, lk.cost)

    def operator_of_discourse(self, s: Sentence, discourse: Discourse) -> Iterator[Candidate]:
        """'The NASA flight was commanded by ...', "ISRO's lander-and-rover mission lifted off on July 14": a definite
        mission noun an organisation modifies, in a sentence that names no flight, is the flight under discussion."""
        target = discourse.focal or discourse.mission
        if s.section != "body" or target is None or self.kb.is_stay(target.key) or any(m.kind != "anaphor" for m in s.of("Mission")):
            return
        orgs = {o.root.i: o for o in s.of(*ORGS) if o.kind != "anaphor"}
        for t in s.span:
            if t.lemma_.lower() not in ("mission", "flight", "spaceflight") or t.tag_ != "NN":
                continue
            kids = list(t.children)
            if any(c.lower_ in self.lex.other_mission_modifiers or c.dep_ in ("nummod",) for c in kids):
                continue
            owners = [orgs[c.i] for c in kids if c.i in orgs and c.dep_ in ("poss", "compound")]
            definite = any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in kids) or any(c.dep_ == "poss" for c in kids)
            if len(owners) == 1 and definite:
                yield Candidate(target, "operator", owners[0], 0.6, "op-discourse", 4)

    def _copula_operator(self, a: Ment, x: Ment) -> bool:
        """'Juno is a NASA mission', 'EarthCARE is a joint mission of ESA and JAXA', 'CSES is a programme led by CNSA':
        what the flight or programme is said to be names who runs it."""
        head = syntax.conj_head(x.root)
        be = head.head
        if x.kind == "anaphor" or head.dep_ != "nsubj" or be.lemma_ != "be":
            return False  # 'The flight was Arianespace's second-to-last launch' names a launch provider
        attr = next((c for c in be.children if c.dep_ == "attr"), None)
        nouns = self.lex.craft_nouns | self.lex.mission_nouns | self.lex.probe_nouns | self.lex.program_nouns
        if attr is None or attr.lemma_.lower() not in nouns:
            return False
        org = syntax.conj_head(a.root)
        if org.head.i == attr.i and org.dep_ in ("compound", "poss", "nmod"):
            return True
        prep = org.head if org.dep_ == "pobj" else None
        if prep is None:
            return False
        if prep.head.i == attr.i and prep.lower_ in ("of", "from"):
            return True  # 'a joint mission of ESA and JAXA'
        return prep.dep_ == "agent" and prep.head.dep_ == "acl" and prep.head.head.i == attr.i and self._is_operator_verb(prep.head)

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
        target = (discourse.focal or discourse.mission or (discourse.flight if s.section == "title" else None)) \
            if discourse is not None else None
        if not s.of("Mission") and target is not None and s.section in ("body", "title"):
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
