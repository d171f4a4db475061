"""party, about and partner: who signed which agreement, what it covers, who takes part in a programme."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from .. import syntax
from ..mentions import ORGS, PEOPLE, Ment, Sentence
from ..syntax import Link, link
from .base import (
    PARTIES,
    SIGNER,
    TARGETS,
    Candidate,
    Discourse,
    RuleBase,
    _At,
    _tokens,
    _Virtual,
)


class AgreementRules(RuleBase):
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
        offices: list[Candidate] | None = None  # 'the head of Roscosmos, X', 'X as ESA Director General': read once
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
                    if not affs and offices is None:
                        offices = list(self._titled_apposition(s)) + list(self._acting_as(s))
                    affs = affs or [c for c in offices or [] if c.subject.key == x.key]
                    for aff in affs:
                        org = aff.object
                        if org.key not in found:
                            found[org.key] = Candidate(g, "party", org, round(conf * 0.85, 2), "party-signer-for", lk.cost)
                    if not affs and x.kind != "anaphor":
                        # 'Dordain and Popovkin signed an agreement': whom they sign for, another sentence may say
                        found.setdefault(x.key, Candidate(g, SIGNER, x, round(conf * 0.75, 2), "party-signer-elsewhere", lk.cost))
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
            for x in self._reporting_signer(s, g):
                found.setdefault(x.key, Candidate(g, "party", x, 0.75, "party-reported", 2))
            for x in self._led_by_country(s, g, agreements):
                found.setdefault(x.key, Candidate(g, "party", x, 0.7, "party-led", 2))
            for x in self._brought_together(s, g):
                found.setdefault(x.key, Candidate(g, "party", x, 0.75, "party-gathered", 2))
            for x in self._drafters(s, g, agreements):
                found.setdefault(x.key, Candidate(g, "party", x, 0.7, "party-drafter", 2))
            if any(c.rule == "party-with" for c in found.values()):
                for x in self._acting_under(s, g):
                    found.setdefault(x.key, Candidate(g, "party", x, 0.7, "party-under", 2))
            described = {self.kb.get(c.object.key).country for c in found.values() if c.object.kind == "anaphor" and c.object.cls == "Agency"
                         and self.kb.get(c.object.key) is not None}
            for key in [k for k, c in found.items() if c.object.cls == "Country" and k in described]:
                del found[key]  # 'the space agencies of the United States and Russia signed': the agencies are the parties
            yield from found.values()
            yield from self._party_examples(s, g, found)
            yield from self._founding_list(s, g, found)

    @staticmethod
    def _and_after(s: Sentence, x: Ment) -> Ment | None:
        """The party named right after 'X and' (or 'X (ACRONYM) and'), read from the surface."""
        doc = s.span.doc
        i = syntax.after_and(doc, x.span.end, s.span.end)
        if i is None:
            return None
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
        while i < s.span.end and i - g.span.end < 6 and (doc[i].lower_ in ("of", "on", "for", "in")
                                                         or doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ")):
            i += 1  # 'memorandum of understanding', 'a framework for space cooperation'
        if i >= s.span.end:
            return None
        if doc[i].lower_ not in ("that", "which"):
            # 'under an agreement JAXA and UNOOSA signed in 2015': a relative clause without its pronoun
            j = i + (doc[i].lower_ == "the")
            if not any(x.span.start in (i, j) for x in s.of(*PARTIES)) or doc[i - 1].lower_ in ("of", "on", "for", "in"):
                return None  # not 'the contract for Solar Orbiter was awarded': a preposition's object signs nothing
            i -= 1
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

    def _reporting_signer(self, s: Sentence, g: Ment) -> Iterator[Ment]:
        """'Roscosmos said that it had signed an agreement with NASA': 'it' is whoever says so."""
        verb = g.root.head if g.root.dep_ in ("dobj", "conj") else None
        if verb is None or verb.lemma_.lower() not in self.lex.sign_verbs or verb.dep_ != "ccomp":
            return
        if not any(c.dep_ == "nsubj" and c.lower_ in ("it", "they", "we") for c in verb.children):
            return
        reporter = verb.head
        if reporter.lemma_.lower() not in self.lex.reporting_verbs:
            return
        for x in s.of(*PARTIES):
            if x.root.dep_ == "nsubj" and x.root.head.i == reporter.i:
                yield x

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
            head = x.root
            while head.dep_ == "conj" and head.head.i != head.i and (x.cls not in PEOPLE or head.head.ent_type_ in PEOPLE):
                head = head.head  # the list's head; a parse that hangs 'Dordain and Popovkin' on a place keeps them apart
            while head.dep_ == "poss" and head.head.i != head.i:
                head = head.head  # 'at ESA's headquarters': ESA is where, not who
            if head.dep_ == "pobj" and head.head.i >= start and head.head.lower_ not in ("of",):
                continue
            if x.cls in PARTIES:
                yield Candidate(g, "party", x, 0.7, "party-signer-surface")
            elif x.cls in PEOPLE:
                affs = list(self._np_relation(s, [x], orgs, "affiliation", self.lex.affiliation_preps, self.lex.affiliation_verbs))
                for aff in affs:
                    yield Candidate(g, "party", aff.object, 0.65, "party-signer-surface")
                if not affs and x.kind != "anaphor":
                    yield Candidate(g, SIGNER, x, 0.55, "party-signer-elsewhere")

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
            if verb.lemma_.lower() in ("do", "have") and verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
                verb = verb.head  # '..., as did Cuba': Cuba did what the main clause says
            if self._joined_in_signing(verb):  # 'Bulgaria and Hungary joined the Soviet Union in signing'
                yield Candidate(g, "party", x, 0.6, "party-signed-too")
                continue
            if not self._objectless_signing(verb) and not (relative is not None and self._objectless_signing(relative)):
                continue  # 'The United States and seven other countries signed them in 2020'
            yield Candidate(g, "party", x, 0.6, "party-signed-too")
        for x in s.of("Country", "Agency"):
            head = syntax.conj_head(x.root)
            if head.dep_ == "dobj" and self._joined_in_signing(head.head):
                yield Candidate(g, "party", x, 0.6, "party-signed-too")  # ... the Soviet Union, whom they joined
        yield from self._fellow_signers(s, g)

    def _joined_in_signing(self, verb: Token) -> bool:
        """'joined the Soviet Union in signing': signing alongside the object, with no document of its own."""
        return verb.lemma_.lower() == "join" and any(
            c.dep_ == "prep" and c.lower_ == "in" and any(w.lemma_.lower() in self.lex.sign_verbs | {"signing"} for w in c.children)
            for c in verb.children)

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
            for t in self._done_under(s, g):
                yield Candidate(g, "about", t, 0.6, "about-under", 3)
            for key in self._named_targets.get(g.key, ()):  # 'Artemis Accords' is about Artemis
                yield Candidate(g, "about", _Virtual(key, "Program", g), 0.5, "about-in-name")

    def _done_under(self, s: Sentence, g: Ment) -> list[Ment]:
        """'Saudi satellite to ride NASA's Artemis II rocket under new agreement', 'Danuri heads for the Moon, carrying
        a NASA camera under a 2016 pact': the flight whose clause the agreement governs is what it is about."""
        head = syntax.conj_head(g.root)
        if head.dep_ != "pobj" or head.head.lower_ != "under" or head.head.head.pos_ not in syntax.VERBAL:
            return []
        verb = head.head.head
        inside = syntax.subtree_ids(verb) - syntax.subtree_ids(head.head)
        subjects = {c.i for v in [verb] + ([verb.head] if verb.dep_ in ("advcl", "xcomp") else []) for c in v.children
                    if c.dep_ in ("nsubj", "nsubjpass")}
        return [t for t in s.of("Mission", "SpaceStation") if t.kind != "anaphor" and (t.root.i in inside or t.root.i in subjects)]

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
            if pg.kind != "anaphor" and len({m.key for m in programmes if m.kind != "anaphor"}) == 1:
                for x in self._with_as_partners(s, pg):
                    yield Candidate(pg, "partner", x, 0.75, "partner-with-as", 3)
        for pg in s.of("Program", "SpaceStation"):
            for x in self._gathered_partners(s, pg):
                yield Candidate(pg, "partner", x, 0.75, "partner-gathered", 3)

    def _with_as_partners(self, s: Sentence, pg: Ment) -> Iterator[Ment]:
        """'CSES is led by CNSA, with ASI as its main international partner', '... with ESA and JAXA as partners':
        the names between 'with' and 'as ... partner' after the programme. Read from the surface."""
        doc = s.span.doc
        starts = {m.span.start: m for m in s.of(*PARTIES) if m.kind != "anaphor"}
        for w in s.span:
            if w.lower_ != "with" or w.i < pg.span.end:
                continue
            listed, i = [], w.i + 1
            while i < s.span.end:
                i += doc[i].lower_ == "the"
                if i not in starts:
                    break
                listed.append(starts[i])
                i = starts[i].span.end
                while i < s.span.end and (doc[i].text in (",", "(", ")") or doc[i].lower_ == "and" or doc[i].is_upper and doc[i - 1].text == "("):
                    i += 1  # 'the Italian Space Agency (ASI)'
            if not listed or i >= s.span.end or doc[i].lower_ != "as":
                continue
            tail = doc[i + 1:min(i + 5, s.span.end)]
            if any(t.lemma_.lower() in self.lex.partner_role_nouns for t in tail):
                yield from listed

    def _gathered_partners(self, s: Sentence, pg: Ment) -> Iterator[Ment]:
        """'The Gateway partnership brings together NASA, ESA, JAXA and the Canadian Space Agency': what a
        programme's partnership gathers are its partners (the gathering verbs in the lexicon)."""
        noun = pg.root.head
        if pg.root.dep_ != "compound" or noun.lemma_.lower() not in self.lex.weak_agreement_nouns:
            return
        yield from self._brought_together(s, _At(pg, noun))

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
        if xh.dep_ == "nsubj" and xh.head.lemma_.lower() in self.lex.contribution_verbs and not syntax.negated(xh.head):
            pgh = syntax.conj_head(pg.root)
            while pgh.dep_ == "compound" and pgh.head.i != pgh.i:
                pgh = pgh.head  # 'the Artemis programme'
            prep = pgh.head if pgh.dep_ == "pobj" else None
            if prep is not None and prep.lower_ in ("to", "for") and (prep.head.i == xh.head.i or prep.head.head.i == xh.head.i):
                return "joins"  # 'ESA and JAXA are contributing a habitation module to the Gateway'
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
