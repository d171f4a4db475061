"""Extract: from one article's parsed blocks to its entities, mentions and facts (with evidence).

Mentions (``mentions``) are found first, then the relation rules (``relations``) run sentence by
sentence. This module weighs each candidate by where it was read (body, title, related story) and by
whether it needed an anaphor, types people by what the text calls them, and settles agreements.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from spacy.tokens import Doc

from ..kb import KnowledgeBase
from ..lexicon import Lexicon
from ..records import SECTION_WEIGHT, Article, ArticleExtraction, DateValue, EntityInfo, Fact, Mention
from . import syntax
from .mentions import NICKNAME, PEOPLE, Ment, MentionFinder, Sentence, before_month, focal_agreement, is_background
from .relations import Candidate, Discourse, RelationRules
from .relations.base import SIGNER

ANAPHOR_WEIGHT = 0.85
#: Domain and range of each property, as classes our mentions carry (checked before a fact is kept).
SIGNATURE = {
    "crewMember": (("Mission",), PEOPLE), "commander": (("Mission",), PEOPLE),
    "operator": (("Mission", "SpaceStation", "Program"), ("Agency", "Organization")),
    "destination": (("Mission",), ("SpaceStation", "Program")),
    "nationality": (PEOPLE, ("Country",)), "affiliation": (PEOPLE, ("Agency", "Organization")),
    "country": (("Agency", "Organization", "SpaceStation"), ("Country",)),
    "party": (("Agreement",), ("Country", "Agency", "Organization")),
    "about": (("Agreement",), ("Mission", "SpaceStation", "Program")),
    "partner": (("Program",), ("Country", "Agency", "Organization")),
}
#: Classes the contract scores as entities; Person and Organization are kept only when they take part in a fact.
ALWAYS_KEPT = {"Agency", "Astronaut", "Mission", "Country", "Agreement", "SpaceStation", "Program"}


class Extractor:
    """Callable turning (article, parsed blocks) into an ``ArticleExtraction``."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicon, vocab):
        self.kb = kb
        self.lex = lex
        self.finder = MentionFinder(kb, lex, vocab)
        self.rules = RelationRules(lex, kb)

    def __call__(self, article: Article, docs: list[Doc]) -> ArticleExtraction:
        self._split_names: dict[str, list[str]] = {}
        sentences, names = self.finder.find(article, docs)
        facts = _signers_to_parties(self._known_countries(_drop_contradicted(self._facts(article, sentences))))
        classes = self._classes(sentences, facts)
        facts = self._settle_agreements(facts, classes, names)
        facts = [f for f in facts if self._fits(f, classes)]
        entities = self._entities(sentences, names, classes, facts)
        mentions = [
            Mention(key=m.key, cls=classes.get(m.key, m.cls), text=m.text, kind=m.kind, section=s.section,
                    start=m.start, end=m.end, kb_iri=m.key if self.kb.get(m.key) else None)
            for s in sentences for m in s.ments if m.key in entities
        ]
        return ArticleExtraction(article=article, entities=entities, mentions=mentions, facts=facts)

    # ------------------------------------------------------------------ facts

    def _facts(self, article: Article, sentences: list[Sentence]) -> list[Fact]:
        facts = []
        focal = self.finder.focal
        last: dict[int, object] = {}  # block -> the last mission mentioned in it so far
        last_agreement: dict[int, object] = {}
        last_person: dict[int, str] = {}  # block -> the person named last
        speaker: dict[int, Ment | None] = {}  # block -> the one person 'he' or 'she' can mean in the next sentence
        flown: dict[str, object] = {}  # person -> the mission the text last put them on
        crew_list: dict[int, object] = {}  # block -> the mission a 'Who flew:' line introduces
        crew_named: dict[int, bool] = {}  # block -> that line names the mission itself
        residents: dict[int, bool] = {}  # block -> the lines list the station's residents ('Waiting on board:')
        joinable: dict[int, object] = {}  # block -> the last agreement or programme named
        accord = focal_agreement(sentences)
        programme = None  # the last programme named so far
        member_list = None  # the programme a member list's lines join
        cohort: dict[int, Ment] = {}  # block -> the agency whose astronaut class the list lines name
        for n, s in enumerate(sentences):
            weight = SECTION_WEIGHT[s.section]
            text = article.blocks[s.block].text[s.span.start_char:s.span.end_char].strip() if s.block < len(article.blocks) \
                else s.span.text.strip()  # the original, not the truecased headline the parser read
            start = s.offset + s.span.start_char
            recent = last.get(s.block)
            discourse = Discourse(mission=recent[1] if recent and n - recent[0] <= 2 else None, focal=focal if s.section == "body" else None,
                                  agreement=last_agreement.get(s.block), accord=accord, joinable=joinable.get(s.block),
                                  person=last_person.get(s.block), flown=flown,
                                  crew_list=crew_list.get(s.block), residents=residents.get(s.block, False),
                                  history=tuple(d for d in s.dates if before_month(d, article.published)),
                                  question=sentences[n - 1] if n and sentences[n - 1].section == s.section else None,
                                  programme=programme, member_list=member_list, flight=focal)
            members = self.rules.member_list_intro(s, discourse)
            if members is not None:
                member_list = discourse.member_list = members
            elif member_list is not None and not (s.span.text.lstrip().startswith(syntax.BULLETS) or syntax.verbless_line(s.span)):
                member_list = discourse.member_list = None  # the list has ended
            class_of = self.rules.cohort_intro(s)
            if class_of is not None:
                cohort[s.block] = class_of
                continue_cohort = False
            else:
                continue_cohort = s.block in cohort and (s.span.text.lstrip().startswith(syntax.BULLETS) or syntax.verbless_line(s.span)
                                                         or s.span.text.rstrip().endswith((";", "; and")))
                if not continue_cohort:
                    cohort.pop(s.block, None)
            intro = self.rules.crew_list_intro(s, discourse)
            listed = s.span.text.lstrip().startswith(syntax.BULLETS) or syntax.verbless_line(s.span)
            # 'The NS-27 crew was made up of:' then 'Sharon Hagle and her husband, ..., making their second trip;'
            discourse.list_item = s.block in crew_list and crew_named.get(s.block, False) and s.span.text.rstrip().endswith((";", "; and"))
            listed = listed or discourse.list_item
            if intro is not None:
                crew_list[s.block] = intro
                crew_named[s.block] = any(m.cls == "Mission" and m.kind != "anaphor" for m in s.ments)
            elif self.rules.resident_intro(s):
                residents[s.block] = True
                crew_list.pop(s.block, None)
            elif not listed:
                crew_list.pop(s.block, None)  # the list has ended
                residents.pop(s.block, None)
            current = [m for m in s.ments if m.cls == "Mission" and not is_background(m, s, self.lex.background_cues, article.published)]
            if current:
                last[s.block] = (n, current[-1])
            agreements = [m for m in s.ments if m.cls == "Agreement"]
            if agreements:
                last_agreement[s.block] = agreements[-1]
            named_programmes = [m for m in s.ments if m.cls == "Program" and m.kind != "anaphor"]
            if named_programmes and s.section in ("title", "body"):
                programme = max(named_programmes, key=lambda m: m.span.start)
            joined = [m for m in s.ments if m.cls == "Agreement" or m.cls == "Program" and m.kind != "anaphor"]
            if joined:
                joinable[s.block] = max(joined, key=lambda m: m.span.start)
            people = [m for m in s.ments if m.cls in PEOPLE]
            if not people and s.section == "body" and speaker.get(s.block) is not None:
                pronoun = _pronoun_subject(s, speaker[s.block])  # 'He also commanded Ax-1 in April 2022'
                if pronoun is not None:
                    s.ments.append(pronoun)
                    people = [pronoun]
            if people:
                last_person[s.block] = max(people, key=lambda m: m.span.start).key
                named = {m.key: m for m in people}
                speaker[s.block] = next(iter(named.values())) if len(named) == 1 else None
            found = list(self.rules.run(s, article.published, discourse))
            if continue_cohort:
                found.extend(self.rules.cohort_member(s, cohort[s.block]))  # besides any service they come from
            for c in found + list_members(s, found):
                if c.predicate == "crewMember" and not is_background(c.subject, s, self.lex.background_cues, article.published):
                    flown.setdefault(c.object.key, []).append(c.subject)
                ends = [c.subject] + ([c.object] if not isinstance(c.object, DateValue) else [])
                if any(e.key == "" for e in ends) or (len(ends) == 2 and ends[0].key == ends[1].key):
                    continue
                w = weight * (ANAPHOR_WEIGHT if any(e.kind == "anaphor" for e in ends) else 1.0)
                obj = c.object if isinstance(c.object, DateValue) else c.object.key
                facts.append(Fact(subject=c.subject.key, predicate=c.predicate, object=obj,
                                  confidence=round(max(0.05, min(1.0, c.confidence * w)), 2),
                                  sentence=text, section=s.section, start=start, end=start + len(text), rule=c.rule))
        return facts

    def _known_countries(self, facts: list[Fact]) -> list[Fact]:
        """The knowledge base settles an organisation's country: 'NASA country Denmark' from 'Denmark, a founding member
        of ESA, ...' contradicts NASA's known country, and an intergovernmental agency (ESA) has none. (Not
        stations: Mir was Soviet before it was Russian.)"""
        out = []
        for f in facts:
            entry = self.kb.get(f.subject) if f.predicate == "country" else None
            if entry is not None and entry.cls in ("Agency", "Organization") \
                    and (entry.intergovernmental or entry.country and entry.country != f.object):
                continue
            out.append(f)
        return out

    def _classes(self, sentences: list[Sentence], facts: list[Fact]) -> dict[str, str]:
        """One class per key; a person is an astronaut when the text gives them a crew role or a mission."""
        classes: dict[str, str] = {}
        astronauts: set[str] = set()
        for s in sentences:
            for m in s.ments:
                classes.setdefault(m.key, m.cls)
                if m.cls == "Astronaut":
                    astronauts.add(m.key)
                if m.cls in PEOPLE:
                    roles = self.rules.roles(m)
                    if (roles.crew or roles.backup) and not (roles.official and not roles.crew):
                        astronauts.add(m.key)
        for f in facts:
            if f.predicate in ("crewMember", "commander"):
                astronauts.add(f.object)
        for key in astronauts:
            if classes.get(key) in PEOPLE:
                classes[key] = "Astronaut"
        return classes

    def _settle_agreements(self, facts: list[Fact], classes: dict[str, str], names: dict[str, dict]) -> list[Fact]:
        """Agreements with the same parties are one agreement; an agreement without a party is dropped."""
        facts = self._split_plural_agreements(facts, classes)
        parties: dict[str, set] = defaultdict(set)
        for f in facts:
            if f.predicate == "party":
                parties[f.subject].add(f.object)
        years: dict[str, set] = defaultdict(set)
        for f in facts:
            if f.predicate == "signedOn" and isinstance(f.object, DateValue):
                years[f.subject].add(f.object.lexical[:4])
        unnamed = [k for k, c in classes.items() if c == "Agreement" and k.startswith("Agreement:")]
        canonical: dict[str, str] = {}
        seen: dict[frozenset, list[str]] = {}
        for key in sorted(unnamed, key=_agreement_order):
            ps = frozenset(parties.get(key, ()))
            if not ps:
                canonical[key] = ""
                continue
            # the same parties signing in another year signed another agreement ('a 2016 arrangement' before this one)
            same = next((k for k in seen.get(ps, []) if not (years[key] and years[k]) or years[key] & years[k]), None)
            if same is not None:
                canonical[key] = same
                years[same] |= years[key]
            else:
                seen.setdefault(ps, []).append(key)
                canonical[key] = key
        self._merge_partial_views(facts, parties, canonical, names)
        out, seen_facts = [], set()
        for f in facts:
            s = canonical.get(f.subject, f.subject)
            o = canonical.get(f.object, f.object) if isinstance(f.object, str) else f.object
            if s == "" or o == "":
                continue
            f.subject, f.object = s, o
            ident = (f.subject, f.predicate, f.object, f.start, f.rule)
            if ident not in seen_facts:
                seen_facts.add(ident)
                out.append(f)
        for key, target in canonical.items():
            if target != key:
                classes.pop(key, None)
        self._agreement_alias = canonical
        return out

    def _merge_partial_views(self, facts: list[Fact], parties: dict[str, set], canonical: dict[str, str], names: dict[str, dict]) -> None:
        """'the arrangement between CNES and the HSFC' then 'the agreement CNES, ISRO and the HSFC signed':
        an unnamed agreement whose parties are a proper subset of exactly one other's, with no other date,
        no other kind of document and no word that sets it apart ('a separate deal'), is that agreement seen in part."""
        generic = self.lex.generic_agreement_heads

        def heads(key: str) -> set[str]:
            return {n.lower().split()[-1].rstrip("s") for n in names.get(key, {}).get("names", ()) if n.split()}

        def apart(key: str) -> bool:
            return any(set(n.lower().split()) & self.lex.other_agreement_modifiers for n in names.get(key, {}).get("names", ()))

        dates: dict[str, set] = defaultdict(set)
        for f in facts:
            if f.predicate == "signedOn" and isinstance(f.object, DateValue):
                dates[f.subject].add(f.object.lexical[:4])
        keys = [k for k, v in canonical.items() if v == k]
        for key in keys:
            mine = frozenset(parties.get(key, ()))
            wider = [k for k in keys if k != key and mine < frozenset(parties.get(k, ()))]
            if len(wider) != 1 or key.count(".") or wider[0].count("."):
                continue  # none, or ambiguous, or one of 'contracts to Boeing and SpaceX'
            other = wider[0]
            if dates.get(key) and dates.get(other) and not dates[key] & dates[other] or apart(key) or apart(other):
                continue
            if not heads(key) & heads(other) and heads(key) - generic and heads(other) - generic:
                continue  # a memorandum and a contract are two documents
            for k, v in canonical.items():
                if v == key:
                    canonical[k] = other

    def _split_plural_agreements(self, facts: list[Fact], classes: dict[str, str]) -> list[Fact]:
        """'NASA awarded contracts to Boeing and SpaceX' is two contracts: NASA-Boeing and NASA-SpaceX.
        Each gets the shared parties, dates and topics; each distributed party goes to one of them."""
        each: dict[str, list[str]] = defaultdict(list)
        for f in facts:
            if f.rule == "party-each" and f.object not in each[f.subject]:
                each[f.subject].append(f.object)
        out = []
        for f in facts:
            members = each.get(f.subject, [])
            if len(members) < 2:
                out.append(f)
                continue
            for n, member in enumerate(members, 1):
                if f.rule == "party-each" and f.object != member:
                    continue
                key = f"{f.subject}.{n}"
                classes.setdefault(key, "Agreement")
                out.append(replace(f, subject=key))
        for key, members in each.items():
            if len(members) >= 2:
                self._split_names[key] = [f"{key}.{n}" for n in range(1, len(members) + 1)]
        return out

    def _types(self, key: str, classes: dict[str, str]) -> set[str]:
        entry = self.kb.get(key)
        return {classes.get(key)} | (set(entry.types) if entry else set())

    def _fits(self, f: Fact, classes: dict[str, str]) -> bool:
        """Domain and range hold for at least one class of each end."""
        sig = SIGNATURE.get(f.predicate)
        if sig is None or f.subject not in classes:
            return sig is None
        domain, rng = sig
        if not self._types(f.subject, classes) & set(domain):
            return False
        return isinstance(f.object, DateValue) or (f.object in classes and bool(self._types(f.object, classes) & set(rng)))

    def _entities(self, sentences, names, classes, facts) -> dict[str, EntityInfo]:
        in_facts = {f.subject for f in facts} | {f.object for f in facts if isinstance(f.object, str)}
        alias = getattr(self, "_agreement_alias", {})
        entities: dict[str, EntityInfo] = {}
        for split, parts in self._split_names.items():
            for part in parts:
                names.setdefault(part, {"cls": "Agreement", "names": set(names.get(split, {}).get("names", ())), "sections": set()})
        for key, info in names.items():
            key = alias.get(key, key)
            cls = classes.get(key)
            if not key or cls is None or cls == "Spacecraft":
                continue
            if cls not in ALWAYS_KEPT and key not in in_facts:
                continue
            if cls == "Agreement" and key.startswith("Agreement:") and key not in in_facts:
                continue
            entry = self.kb.get(key)
            ent = entities.get(key)
            if ent is None:
                label = entry.label if entry else _label(key, info["names"])
                ent = entities[key] = EntityInfo(key=key, cls=cls, label=label, kb_iri=key if entry else None)
            ent.names |= info["names"]
        for f in facts:
            if f.predicate == "party" and f.subject in entities:
                entities[f.subject].parties = tuple(sorted(set(entities[f.subject].parties) | {f.object}))
            if f.predicate == "signedOn" and f.subject in entities and isinstance(f.object, DateValue):
                year = f.object.lexical[:4]
                ent = entities[f.subject]
                ent.year = min(ent.year, year) if ent.year else year
        return entities


#: Rules that guess from layout; their facts yield to a stated fact on the same subject.
WEAK_RULES = {"aff-shared": "affiliation"}


def _signers_to_parties(facts: list[Fact]) -> list[Fact]:
    """A person who signed an agreement signs for what the article elsewhere says they belong to ('Popovkin,
    head of Roscosmos'); the party fact keeps the signing sentence as its evidence, at a lower confidence."""
    affiliations: dict[str, Fact] = {}
    for f in facts:
        if f.predicate == "affiliation" and (f.subject not in affiliations or f.confidence > affiliations[f.subject].confidence):
            affiliations[f.subject] = f
    out = []
    for f in facts:
        if f.predicate != SIGNER:
            out.append(f)
            continue
        aff = affiliations.get(f.object)
        if aff is not None:
            out.append(Fact(subject=f.subject, predicate="party", object=aff.object,
                            confidence=round(min(f.confidence, aff.confidence) * 0.9, 2), sentence=f.sentence,
                            section=f.section, start=f.start, end=f.end, rule="party-signer-affiliation"))
    return out


def _drop_contradicted(facts: list[Fact]) -> list[Fact]:
    """'Kikina and Koichi Wakata of JAXA' shares JAXA only if the article never gave Kikina an agency of her own."""
    stated: dict[tuple[str, str], set] = defaultdict(set)
    for f in facts:
        if f.rule not in WEAK_RULES:
            stated[(f.subject, f.predicate)].add(f.object)
    return [f for f in facts if f.rule not in WEAK_RULES
            or not stated.get((f.subject, WEAK_RULES[f.rule]), set()) - {f.object}]


def _label(key: str, names: set[str]) -> str:
    if ":" in key and not key.startswith("Agreement:"):
        return key.split(":", 1)[1]
    return max(names, key=lambda n: (not NICKNAME.search(n), len(n), n)) if names else key  # 'Butch Wilmore', not 'Barry "Butch" Wilmore'


def _agreement_order(key: str) -> tuple:
    """Named agreements ('Agreement:Convention of ...') first, then numbered ones in text order."""
    number = key.partition("#")[2]
    return (1, [int(n) for n in number.split(".")], "") if number else (0, [], key)


def _pronoun_subject(s: Sentence, person: Ment) -> Ment | None:
    """A sentence naming nobody whose subject is 'he' or 'she' speaks of the one person the sentence before
    named (and of nobody when it named several): a mention of that person, marked as an anaphor."""
    for tok in s.span:
        if tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass") and tok.is_title and tok.ent_type_ in ("", "PERSON", "Person"):
            return None  # 'Mattingly was named ..., but surgeons learned he had been exposed': a name we did not resolve
        if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
            return Ment(person.key, person.cls, "anaphor", tok.doc[tok.i:tok.i + 1], s.block, s.section, s.offset)
    return None


#: Relations every member of a list shares: 'A, B, C and D joined the ILRS', 'signed by A, B and C'. Not
#: roles ('commander A, B and C' makes only A the commander).
SHARED_BY_LISTS = frozenset({"party", "partner", "crewMember"})


def list_members(s: Sentence, found: list[Candidate]) -> list[Candidate]:
    """The other members of a surface list ('A, B, C and D') whose one member a rule linked: the parser often
    breaks long lists (an apposition, a stray npadvmod), so the list is read from the commas and the 'and'."""
    have = {(c.subject.key, c.predicate, getattr(c.object, "key", None)) for c in found}
    out = []
    for c in found:
        if c.predicate not in SHARED_BY_LISTS or isinstance(c.object, DateValue) or c.object.kind == "anaphor":
            continue
        for other in surface_list(s, c.object):
            key = (c.subject.key, c.predicate, other.key)
            if key in have:
                continue
            have.add(key)
            out.append(Candidate(c.subject, c.predicate, other, round(c.confidence * 0.9, 2), c.rule + "-listed", c.cost + 1))
    return out


def surface_list(s: Sentence, x: Ment) -> list[Ment]:
    """The names of x's kind (people; or agencies, organisations and countries) listed with it, separated only by
    commas and one closing 'and'."""
    kinds = PEOPLE if x.cls in PEOPLE else ("Agency", "Organization", "Country") if x.cls in ("Agency", "Organization", "Country") else (x.cls,)
    names = sorted((m for m in s.ments if m.cls in kinds and m.kind != "anaphor" and m.span.doc is x.span.doc
                    and not (m.kind == "demonym" and m.root.dep_ in ("amod", "compound"))),  # 'the Russian company RSC Energia'
                   key=lambda m: m.span.start)
    unique = []
    for m in names:  # 'the Philippine Space Agency (PhilSA)' is one name, not two
        if unique and m.key == unique[-1].key and m.span.start <= unique[-1].span.end + 2:
            continue
        unique.append(m)
    if x not in unique:
        return []
    doc = x.span.doc
    i = unique.index(x)
    run = [x]
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(unique):
            a, b = (unique[j], unique[j + step]) if step == 1 else (unique[j + step], unique[j])
            gap = [t.lower_ for t in doc[a.span.end:b.span.start]]
            if gap and gap[-1] == "the":
                gap = gap[:-1]
            if gap not in ([","], ["and"], [",", "and"]):
                break
            if gap == [","] and a.root.dep_ == "pobj" and b.root.dep_ in ("nsubj", "nsubjpass"):
                break  # 'Despite the war in Ukraine, NASA and Roscosmos signed': the comma closes a phrase
            run.append(unique[j + step])
            j += step
    run.sort(key=lambda m: m.span.start)
    gaps = ["and" in [t.lower_ for t in doc[a.span.end:b.span.start]] for a, b in zip(run, run[1:])]
    if len(run) < 3 or gaps.count(True) != 1 or not gaps[-1]:
        return []  # 'A, B and C' has one 'and', before the last; 'A and B, and C' is two lists
    return [m for m in run if m.key != x.key]
