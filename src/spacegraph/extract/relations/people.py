"""nationality, affiliation and country: the noun-phrase relations of people and organisations."""

from __future__ import annotations

from collections.abc import Iterator

from .. import syntax
from ..mentions import NUMBER_WORDS, ORGS, PEOPLE, Ment, Sentence
from ..syntax import Link, link
from .base import COPULAS, NP_DEPS, Candidate, Discourse, RuleBase, _Virtual


class PeopleRules(RuleBase):
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
                    and lemma in self.lex.selection_verbs) or (  # 'was selected by JAXA'
                    xo.dep_ == "poss" and xo.head.dep_ == "dobj" and xo.head.head.i == v.i
                    and lemma in self.lex.leader_verbs)  # 'who manages NASA's Commercial Crew Program'
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
        plural = {c.subject.key: c for c in self._plural_apposition(s, people, countries)}
        # 'the Americans A and B, and C of Italy': B is American, not Italian like the list's last name
        found = [f for f in found if not (f.subject.key in plural and f.rule == "nat-of" and f.object.key != plural[f.subject.key].object.key)]
        yield from found
        yield from (c for c in self._surface_apposition(s, [c for c in countries if c.kind == "name"], "nationality", ("from",))
                    if not any(f.subject.key == c.subject.key for f in found))
        yield from self._signed_for(s, countries=True)
        yield from (c for c in self._colon_demonym(s, people, countries) if not any(f.subject.key == c.subject.key for f in found))
        yield from (c for c in plural.values() if not any(f.subject.key == c.subject.key for f in found))
        yield from (c for c in self._group_apposition(s, "nationality", ("Country",)) if not any(f.subject.key == c.subject.key for f in found))
        for p in people:
            for c in countries:
                if p.kind == "anaphor" and c.kind in ("demonym", "name") and p.span.start <= c.span.start and c.span.end <= p.span.end:
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

    def _plural_apposition(self, s: Sentence, people: list[Ment], countries: list[Ment]) -> Iterator[Candidate]:
        """'two Saudi astronauts, Rayyanah Barnawi and Ali AlQarni': a demonym on a plural noun describes every
        name of the list in apposition to it, not only the first."""
        for p in people:
            if p.kind == "anaphor" or p.root.dep_ != "conj":
                continue
            first = syntax.conj_head(p.root)
            noun = first.head
            if first.dep_ != "appos":
                continue
            if noun.tag_ == "NNS" and not noun.ent_type_:
                for c in countries:
                    if c.root.head.i == noun.i and c.root.dep_ in ("amod", "compound"):
                        yield Candidate(p, "nationality", c, 0.75, "nat-plural-appos", 2)
            elif noun.tag_ in ("NNPS", "NNS"):  # 'the Americans Andy Sadhwani and Irving Izchak Pergament'
                for c in countries:
                    if c.root.i == noun.i:
                        yield Candidate(p, "nationality", c, 0.75, "nat-plural-appos", 2)

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
            if i - 2 > s.span.start and doc[i - 1].lower_ in ("also", "both", "all", "likewise") and doc[i - 2].text == ",":
                p = next((x for x in people if x.span.end == i - 2 and x.kind != "anaphor"), None)
                if p is not None:  # 'Akihiko Hoshide, also of JAXA, and ...'
                    yield Candidate(p, predicate, o, 0.7, f"{predicate[:3]}-surface-appos", 3)
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
        found.extend(self._fellows(s, found))
        found.extend(self._signed_for(s))
        found.extend(c for c in self._agency_picks(s) if not any(f.subject.key == c.subject.key for f in found))
        found.extend(c for c in self._headed_by(s) if not any(f.subject.key == c.subject.key and f.object.key == c.object.key for f in found))
        found.extend(c for c in self._titled_apposition(s) if not any(f.subject.key == c.subject.key for f in found))
        found.extend(c for c in self._acting_as(s) if not any(f.subject.key == c.subject.key for f in found))
        found.extend(c for c in self._its_officer(s) if not any(f.subject.key == c.subject.key for f in found))
        found.extend(c for c in self._group_apposition(s) if not any(f.subject.key == c.subject.key for f in found))
        found.extend(c for c in self._surface_apposition(s, s.of(*ORGS), "affiliation", ("from", "of", "at"))
                     if not any(f.subject.key == c.subject.key for f in found))
        for c in found:
            yield c
            org = c.object
            if org.kind == "name" and org.cls == "Organization":  # 'Indian Air Force officer X' is Indian
                key = self._country_in(org.text)
                if key:
                    yield Candidate(c.subject, "nationality", _Virtual(key, "Country", org), 0.5, "nat-via-org")

    def _group_apposition(self, s: Sentence, predicate: str = "affiliation", targets: tuple[str, ...] = ORGS) -> Iterator[Candidate]:
        """'two Roscosmos cosmonauts, A and B', 'A and B, the NASA pair', 'commander A and flight engineer B, both
        Russian cosmonauts': a group noun an organisation (or a demonym) modifies, in apposition with a list of
        names, gives every name the organisation (or the nationality). Read from the surface, because the parser
        often makes the names conjuncts of something else."""
        doc = s.span.doc
        people = {m.span.start: m for m in s.of(*PEOPLE) if m.kind != "anaphor"}
        ends = {m.span.end: m for m in people.values()}

        def joint(gap) -> bool:  # ', ', ' and ', ', pilot ', ' and flight engineer ', ", the expedition's commander, and "
            plain = 0 < len(gap) <= 4 and all(t.text == "," or t.lower_ == "and" or t.is_lower and (t.pos_ == "NOUN" or t.lower_ in self.np.role_words)
                                              for t in gap)
            aside = 0 < len(gap) <= 8 and gap[0].text == "," and gap[-1].lower_ == "and" and not any(t.ent_type_ for t in gap) \
                and all(t.text == "," or t.is_lower or t.lower_ in ("'s", "\u2019s") for t in gap)
            return (plain or aside) and any(t.text == "," or t.lower_ == "and" for t in gap)
        for x in s.of(*targets):
            t = x.span.end
            while t + 1 < s.span.end and t - x.span.end < 2 and doc[t].is_lower and doc[t].dep_ == "compound" \
                    and doc[t].lower_ not in self.lex.people_group_nouns:
                t += 1  # 'two NASA flight engineers, A and B'
            if x.kind == "anaphor" or t >= s.span.end or doc[t].lower_ not in self.lex.people_group_nouns:
                continue
            listed = []
            first = t + 2 if t + 2 < s.span.end and doc[t + 1].text in (",", ":") else t + 1 if doc[t].tag_ == "NNS" or doc[t].lower_.endswith("s") else None
            if first is not None and first in people:  # forward: 'cosmonauts, A and B', 'the Roscosmos cosmonauts A and B'
                q = people[first]
                while q is not None:
                    if listed and q.span.end < s.span.end and doc[q.span.end].lower_ in ("of", "from"):
                        break  # 'NASA astronauts A and B, Sultan Al Neyadi of the UAE': a name with its own description
                    listed.append(q)
                    nxt = next((people[i] for i in range(q.span.end + 1, min(q.span.end + 9, s.span.end)) if i in people), None)
                    q = nxt if nxt is not None and joint(doc[q.span.end:nxt.span.start]) else None
            i = x.span.start - 1
            while i > s.span.start and (doc[i].lower_ in ("the", "both", "all") or doc[i].like_num):
                i -= 1
            if i > s.span.start and doc[i].text == "," and i in ends:  # backward: 'A and B, the NASA pair'
                q = ends[i]
                while q is not None:
                    listed.append(q)
                    prev = next((ends[j] for j in range(q.span.start - 1, max(q.span.start - 5, s.span.start), -1) if j in ends), None)
                    q = prev if prev is not None and joint(doc[prev.span.end:q.span.start]) else None
            if len(listed) >= 2:
                for p in listed:
                    yield Candidate(p, predicate, x, 0.7, f"{predicate[:3]}-group-appos", 2)

    @staticmethod
    def _fellows(s: Sentence, found: list[Candidate]) -> list[Candidate]:
        """'Shkaplerov and fellow Roscosmos cosmonaut Pyotr Dubrov': the fellow's organisation is the first one's
        too; so is the selecting agency of 'X was picked by NASDA together with Y and Z'."""
        doc = s.span.doc
        people = {m.root.i: m for m in s.of(*PEOPLE) if m.kind != "anaphor"}
        ending = {m.span.end: m for m in people.values()}
        out = []
        for c in found:
            p = c.subject
            if p.kind == "anaphor":
                continue
            fellow = next((t for t in doc[max(s.span.start, p.span.start - 4):p.span.start] if t.lower_ == "fellow"), None)
            if fellow is not None and doc[fellow.i - 1].lower_ == "and" and fellow.i - 1 in ending:  # read from the surface
                out.append(Candidate(ending[fellow.i - 1], "affiliation", c.object, 0.7, "aff-fellow", 2))
            if c.rule in ("aff-np-copula",) and p.root.dep_ == "nsubjpass":
                verb = p.root.head
                with_ = next((t for t in verb.subtree if t.lower_ == "with" and t.i > 0 and doc[t.i - 1].lower_ == "together"), None)
                if with_ is None:
                    continue
                for o in people.values():
                    if o.key != p.key and o.span.start > with_.i and with_.i in {a.i for a in syntax.conj_head(o.root).ancestors}:
                        out.append(Candidate(o, "affiliation", c.object, 0.65, "aff-together", 2))
        return out

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
        yield from self._picked_by(s, verbs)

    def _picked_by(self, s: Sentence, verbs: frozenset[str]) -> Iterator[Candidate]:
        """'X, an astronaut chosen by ISRO', 'X, one of the four astronaut-designates selected by ISRO': the agency
        that picked the person the description is about."""
        agencies = {a.root.i: a for a in s.of("Agency")}
        for p in s.of(*PEOPLE):
            if p.kind == "anaphor":
                continue
            nouns = [c for c in p.root.children if c.dep_ == "appos"]
            nouns += [g for n in nouns if n.lower_ == "one" for o in n.children if o.dep_ == "prep" and o.lower_ == "of"
                      for g in o.children if g.dep_ == "pobj"]
            for n in nouns:
                for v in n.children:
                    if v.dep_ != "acl" or v.lemma_.lower() not in verbs or v.tag_ != "VBN":
                        continue
                    by = next((c for c in v.children if c.dep_ == "agent"), None)
                    agency = next((agencies[g.i] for g in (by.children if by is not None else ()) if g.i in agencies), None)
                    if agency is not None:
                        yield Candidate(p, "affiliation", agency, 0.7, "aff-picked-by", 2)

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

    def _its_officer(self, s: Sentence) -> Iterator[Candidate]:
        """'CNSA said its chief engineer, Li Guoping, ...': the name in apposition to a post that 'its' owns
        belongs to the organisation that is the subject before it."""
        subjects = [o for o in s.of(*ORGS) if o.root.dep_ in ("nsubj", "nsubjpass")]
        for p in s.of(*PEOPLE):
            post = p.root.head
            if p.kind != "name" or p.root.dep_ != "appos" or post.pos_ != "NOUN" or not post.is_lower:
                continue
            its = next((c for c in post.children if c.dep_ == "poss" and c.lower_ in ("its", "their")), None)
            owner = [o for o in subjects if its is not None and o.span.end <= its.i]
            if owner:
                yield Candidate(p, "affiliation", owner[-1], 0.7, "aff-its-officer", 2)

    def _acting_as(self, s: Sentence) -> Iterator[Candidate]:
        """'signed by Dordain as ESA Director General', 'Popovkin as head of Roscosmos': an office of an
        organisation after 'as' says whom the person acts for."""
        doc = s.span.doc
        roles = self.lex.official_roles
        orgs = s.of(*ORGS)
        for p in s.of(*PEOPLE):
            i = p.span.end
            if p.kind != "name" or i >= s.span.end - 2 or doc[i].lower_ != "as":
                continue
            window = []
            for t in doc[i + 1:min(s.span.end, i + 8)]:
                if t.text in (",", ";", ".", "(") or t.lower_ in ("and", "while", "who") or t.pos_ in ("VERB", "AUX"):
                    break
                window.append(t)
            role = next((t for t in window if t.lower_ in roles), None)
            if role is None:
                continue
            inside = [o for o in orgs if window and window[0].i <= o.span.start and o.span.end <= window[-1].i + 1]
            before = [o for o in inside if o.span.end <= role.i]  # 'as ESA Director General'
            after = [o for o in inside if o.span.start > role.i and doc[o.span.start - 1 - (doc[o.span.start - 1].lower_ == "the")].lower_ == "of"]
            o = (before[-1:] or after[:1] or [None])[0]
            if o is not None:
                yield Candidate(p, "affiliation", o, 0.75, "aff-as-role", 2)

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

    def cohort_intro(self, s: Sentence) -> Ment | None:
        """'The class of 2021, NASA's 23rd group of astronauts, is made up of:', "JAXA's new astronaut candidates
        are:": a line ending in a colon that introduces an agency's astronaut class; the listed people are its."""
        if not s.span.text.rstrip().endswith(":"):
            return None
        for a in s.of("Agency"):
            noun = a.root.head if a.root.dep_ in ("poss", "compound", "nmod") else \
                a.root.head.head if a.root.dep_ == "pobj" and a.root.head.lower_ == "of" else None
            if noun is not None and noun.lemma_.lower() in self.lex.cohort_nouns:
                return a
        return None

    def cohort_member(self, s: Sentence, agency: Ment) -> Iterator[Candidate]:
        """A list line after a cohort intro: the person it opens with belongs to the agency."""
        first = syntax.line_start(s.span)
        people = [p for p in s.of(*PEOPLE) if p.kind != "anaphor"]
        if first is None or not people:
            return
        p = min(people, key=lambda m: m.span.start)
        if p.span.start - first.i <= 2:
            yield Candidate(p, "affiliation", agency, 0.6, "aff-cohort-list", 3)
