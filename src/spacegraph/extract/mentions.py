"""Mentions: every reference to an entity in one article, each with a key shared by all its references.

Keys are local to the article: a knowledge-base IRI, or ``Class:name`` for things the KB does not know
("Person:Wang Yaping"), or ``Agreement:#n``. ``resolve`` turns them into corpus-wide IRIs later.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .. import dates
from ..components import ALIAS_PREFIX
from ..kb import KnowledgeBase
from ..lexicon import Lexicon
from ..records import Article, Block
from . import syntax

PEOPLE = ("Person", "Astronaut")
ORGS = ("Agency", "Organization")
#: Classes whose unlinked NER names are trusted only in the body: headlines are in title case.
BODY_ONLY = {"Person", "Organization", "Agency", "Mission"}
DEFINITE = {"the", "this", "that", "such", "these", "those"}
_AGE = re.compile(r"(aged )?\d{1,3}(-| )?(years?[- ]old)?", re.I)
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7}


@dataclass(eq=False)
class Ment:
    """One mention inside a parsed block."""

    key: str
    cls: str
    kind: str  # name, acronym, demonym, demonymNoun, capital, anaphor, noun
    span: Span
    block: int
    section: str
    offset: int  # the block's offset in the article text
    types: tuple[str, ...] = ()  # further classes the KB gives the entity (a planned station named like the company building it)

    @property
    def root(self) -> Token:
        return self.span.root

    @property
    def text(self) -> str:
        """The words as the article wrote them (a headline is parsed truecased, see ``casing``)."""
        original = self.span.doc.user_data.get("original")
        return original[self.span.start_char:self.span.end_char] if original else self.span.text

    @property
    def start(self) -> int:
        return self.offset + self.span.start_char

    @property
    def end(self) -> int:
        return self.offset + self.span.end_char


@dataclass
class Sentence:
    """A sentence with the mentions and dates in it: the unit the relation rules work on."""

    span: Span
    block: int
    section: str
    offset: int
    ments: list[Ment] = field(default_factory=list)
    dates: list[Span] = field(default_factory=list)

    def of(self, *classes: str) -> list[Ment]:
        return [m for m in self.ments if m.cls in classes or any(t in classes for t in m.types)]


class MentionFinder:
    """Builds the mentions of one article from its parsed blocks."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicon, vocab):
        self.kb = kb
        self.lex = lex
        self.anaphora = PhraseMatcher(vocab, attr="LOWER")
        make = vocab.strings.add
        for label, phrases in (
            ("SpaceStation", lex.station_anaphora),
            ("Mission", lex.mission_anaphora),
            ("Agency", lex.agency_anaphora),
            ("Program", lex.program_anaphora),
        ):
            from spacy.tokens import Doc as _Doc

            self.anaphora.add(label, [_Doc(vocab, words=p.split()) for p in sorted(phrases)])
            make(label)

    # ------------------------------------------------------------------ entry point

    def find(self, article: Article, docs: list[Doc]) -> tuple[list[Sentence], dict[str, dict]]:
        """Sentences with their mentions, and per-key facts about names (label, surface forms, roles).

        Afterwards ``self.focal`` is the first mention of the article's own mission, if it has one."""
        self.article = article
        self.agreements = 0
        self.kb_hits = self._kb_context(docs)
        sentences: list[Sentence] = []
        raw: list[tuple[Ment, Sentence]] = []
        for b, (block, doc) in enumerate(zip(article.blocks, docs)):
            for sent in doc.sents:
                s = Sentence(span=sent, block=b, section=block.section, offset=block.start)
                sentences.append(s)
                for ent in sent.ents:
                    if ent.label_ == "DATE":
                        if not _AGE.fullmatch(ent.text) and not self._weekday_before_date(ent):  # 'Nie, 56,' is an age
                            s.dates.append(ent)
                        continue
                    m = self._name_mention(ent, b, block)
                    if m is not None:
                        raw.append((m, s))
        by_token = self._resolve_people(raw)
        raw.extend(self._missed_surnames(sentences, raw, by_token))
        self._resolve_aliases(raw)
        for m, s in raw:
            if m.key:
                s.ments.append(m)
        self.focal = focal_mission(sentences, self.kb, self.lex, article.published)
        self._descriptions(sentences)
        for s in sentences:
            s.ments.sort(key=lambda m: m.span.start)
        return sentences, self._names(sentences)

    # ------------------------------------------------------------------ names

    def _weekday_before_date(self, ent: Span) -> bool:
        """'on Thursday, 19 September': the weekday only restates the date that follows it."""
        doc = ent.doc
        if ent.text.lower() not in self.lex.raw["date_words"]["weekdays"] or ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
            return False
        following = doc[ent.end + 1]
        return following.ent_type_ == "DATE" and following.ent_iob_ == "B" and dates.resolve(doc[ent.end + 1:ent.end + 4].text, None) is not None \
            or following.ent_type_ == "DATE" and following.like_num

    def _kb_context(self, docs: list[Doc]) -> set[str]:
        """KB entities named unambiguously in the article: they settle ambiguous acronyms."""
        hits: set[str] = set()
        for doc in docs:
            for ent in doc.ents:
                if ent.id_ and "|" not in ent.id_ and not ent.id_.startswith(ALIAS_PREFIX):
                    hits.add(ent.id_)
                    entry = self.kb.get(ent.id_)
                    if entry and entry.country:
                        hits.add(entry.country)
        return hits

    def _pick(self, ident: str) -> str | None:
        iris = ident.split("|")
        if len(iris) == 1:
            return iris[0]
        chosen = [i for i in iris if i in self.kb_hits or (self.kb.get(i) and self.kb.get(i).country in self.kb_hits)]
        return chosen[0] if len(chosen) == 1 else None

    def _name_mention(self, ent: Span, b: int, block: Block) -> Ment | None:
        label, ident = ent.label_, ent.id_
        if _negated_name(ent):
            return None
        make = lambda key, cls, kind="name": Ment(key, cls, kind, ent, b, block.section, block.start)  # noqa: E731
        if ident.startswith(ALIAS_PREFIX):
            return make(ident, label, "acronym")
        if ident:
            if "/family/" in ident:
                canonical = self.kb.mission_label(ident, ent.text)
                if canonical is None:
                    return None
                hits = [h for h in self.kb.lookup(canonical) if self.kb.get(h).cls == "Mission"]
                return make(hits[0] if hits else f"Mission:{canonical}", "Mission")
            iri = self._pick(ident)
            if iri is None:
                return None
            entry = self.kb.get(iri)
            kind = self.kb.kind(iri, ent.text)
            if kind == "capital" and ent.root.dep_ not in ("nsubj", "nsubjpass", "poss"):
                return None  # "in Moscow" is a place; "Moscow says" is the government
            doc = ent.doc
            if kind == "demonymNoun" and ent.start > 0 and doc[ent.start - 1].is_title and doc[ent.start - 1].is_alpha \
                    and not doc[ent.start - 1].is_sent_start and doc[ent.start - 1].lower_ not in ("the", "a", "an"):
                return None  # 'the South Pole-Aitken basin' is no Pole
            m = make(iri, entry.cls, kind)
            m.types = entry.types[1:]
            return m
        if label in PEOPLE:
            return make("", "Person")  # keyed in _resolve_people
        if ent.text.lower() in self.lex.agreement_nouns and (ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("(", "the", "an", "a", "this")
                                                            or any(c.dep_ in ("det", "amod", "poss", "nummod") for c in ent.root.children)):
            return None  # '(MOU)', 'the MOU', 'a separate MOU' is the memorandum, not an organisation
        if label in BODY_ONLY and block.section != "body":
            return make("", label)  # kept only if the body names it too
        name = _clean_name(ent.text)
        return make(f"{label}:{name}", label)

    def _resolve_people(self, raw: list[tuple[Ment, Sentence]]) -> None:
        """Full names key people; a lone surname or given name refers back to the one full name containing it."""
        full: dict[str, str] = {}  # lower-cased full name -> key
        for m, _ in raw:
            if m.section != "body":
                continue
            if m.cls == "Person" and not m.key and len(m.span) >= 2:
                name = _clean_name(m.text)
                full.setdefault(name.lower(), f"Person:{name}")
            elif m.cls in PEOPLE and m.key and " " in m.text:
                full.setdefault(_clean_name(m.text).lower(), m.key)
        by_token: dict[str, set[str]] = defaultdict(set)
        for low, key in full.items():
            for tok in set(re.split(r"[\s-]+", low)) | set(low.split()):
                if len(tok) > 1:
                    by_token[tok].add(key)
        body_keys = set(full.values())
        for m, _ in raw:
            if m.cls in ("Organization", "Agency") and m.key and not self.kb.get(m.key) and " " not in m.text.strip() \
                    and m.text.lower() in by_token:  # one word, hyphens allowed: 'López-Alegría'
                keys = by_token[m.text.lower()]  # 'Hague and Ovchinin launched': a surname the NER took for a company
                m.key = next(iter(keys)) if len(keys) == 1 and m.section == "body" else ""
                if m.key:
                    m.cls = self.kb.get(m.key).cls if m.key in self.kb.entries else "Person"
                continue
            if m.key or m.cls not in ("Person", "Organization", "Agency", "Mission"):
                continue
            if m.cls != "Person":  # an unlinked name outside the body: keep it if the body has it
                key = f"{m.cls}:{_clean_name(m.text)}"
                m.key = key if any(o.key == key and o.section == "body" for o, _ in raw) else ""
                continue
            name = _clean_name(m.text)
            low = name.lower()
            if low in full:
                m.key = full[low]
            elif " " not in low and len(by_token.get(low, ())) == 1:
                m.key = next(iter(by_token[low]))
                if m.key in self.kb.entries:
                    m.cls = self.kb.get(m.key).cls
            elif " " in low and m.section == "body":
                m.key = f"Person:{name}"
            if m.key and m.section != "body" and m.key not in body_keys:
                m.key = ""
        return by_token

    def _missed_surnames(self, sentences: list[Sentence], raw, by_token) -> list[tuple[Ment, Sentence]]:
        """'Hopkins, Glover and Walker are all NASA astronauts': surnames of people named in full earlier,
        which the statistical NER did not tag on their own."""
        taken = {(m.block, i) for m, _ in raw for i in range(m.span.start, m.span.end)}
        out = []
        for s in sentences:
            if s.section != "body":
                continue
            for tok in s.span:
                low = tok.lower_
                if (s.block, tok.i) in taken or not tok.text[:1].isupper() or tok.ent_type_ or len(low) < 3:
                    continue
                nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
                if tok.is_sent_start and tok.pos_ != "PROPN" and tok.dep_ not in ("nsubj", "nsubjpass") \
                        and not (nxt is not None and nxt.text in (",", "'s", "’s")):
                    continue
                keys = by_token.get(low, set())
                if len(keys) == 1:
                    key = next(iter(keys))
                    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
                    if prev is not None and prev.is_title and prev.is_alpha and prev.pos_ == "PROPN" and not prev.ent_type_ \
                            and prev.lower_ not in key.lower() and prev.lower_ not in self.lex.honorifics:
                        span = s.span.doc[tok.i - 1:tok.i + 1]  # 'Jeff Bezos' after 'Mark Bezos': another person
                        out.append((Ment(f"Person:{_clean_name(span.text)}", "Person", "name", span, s.block, s.section, s.offset), s))
                        continue
                    cls = self.kb.get(key).cls if self.kb.get(key) else "Person"
                    span = s.span.doc[tok.i:tok.i + 1]
                    out.append((Ment(key, cls, "name", span, s.block, s.section, s.offset), s))
        return out

    def _resolve_aliases(self, raw: list[tuple[Ment, Sentence]]) -> None:
        """'(MBRSC)' after 'Mohammed bin Rashid Space Centre' takes that mention's key."""
        by_text = {}
        for m, _ in raw:
            if m.key and not m.key.startswith(ALIAS_PREFIX):
                by_text.setdefault(m.text, m.key)
        for m, _ in raw:
            if m.key.startswith(ALIAS_PREFIX):
                m.key = by_text.get(m.key[len(ALIAS_PREFIX):], "")

    # ------------------------------------------------------------------ descriptions and anaphora

    def _descriptions(self, sentences: list[Sentence]) -> None:
        """'the station', 'the crew', 'Russia's orbital station', 'the agreement' -> the entity meant."""
        last: dict[str, str] = {}
        totals = Counter(m.key for s in sentences for m in s.ments if s.section == "body")
        only = {}
        for cls in ("SpaceStation", "Mission", "Agency", "Program"):
            keys = {m.key for s in sentences for m in s.ments if m.cls == cls and s.section == "body"}
            if len(keys) == 1:
                only[cls] = next(iter(keys))
        stations = sorted({m.key for s in sentences for m in s.ments if m.cls == "SpaceStation" and s.section == "body"})
        last_agreement: str | None = None
        named_agreements = {m.key: m.text for s in sentences for m in s.ments if m.cls == "Agreement" and self.kb.get(m.key)}
        anaphora_cache: dict[int, list] = {}
        focal = self.focal.key if self.focal is not None else None
        recent: dict[str, int] = {}  # class -> index of the sentence that last named one
        just_named: tuple[int, int, str] | None = None  # (sentence, block, key) of the last flight named as news
        cues = self.lex.background_cues
        last_person: dict[int, Ment] = {}  # block -> the person named last
        last_group: dict[int, list[Ment]] = {}  # block -> the people named in the last two sentences
        recent_people: dict[int, int] = {}  # block -> index of the last sentence naming people
        self._people_so_far: dict[int, Counter] = {}
        for n, s in enumerate(sentences):
            previous = {cls: key for cls, key in last.items() if n - recent.get(cls, -9) <= 2}
            if s.section != "body":
                for m in s.ments:
                    last.setdefault(m.cls, m.key)
                s.ments.extend(self._agreement_nouns(s, None, named_agreements))
                if s.section == "related":  # a teaser's 'the crew' is the mission its headline names
                    teased = [m for o in sentences[:n] if o.block == s.block for m in o.ments if m.cls == "Mission" and m.kind != "anaphor"]
                    if teased:
                        taken = {i for m in s.ments for i in range(m.span.start, m.span.end)}
                        for m in self._crew_phrases(s, taken, []):
                            m.key = teased[-1].key
                            s.ments.append(m)
                continue
            doc = s.span.doc
            taken = {i for m in s.ments for i in range(m.span.start, m.span.end)}
            found: list[Ment] = []
            if id(doc) not in anaphora_cache:
                anaphora_cache[id(doc)] = self.anaphora(doc)
            for match_id, start, end in anaphora_cache[id(doc)]:
                if start < s.span.start or end > s.span.end or any(i in taken for i in range(start, end)):
                    continue
                cls = doc.vocab.strings[match_id]
                span = doc[start:end]
                if span.root.pos_ not in ("NOUN", "PROPN") and not (span.root.pos_ == "NUM" and span.root.dep_ in ("nsubj", "nsubjpass")
                                                                     and span.root.head.lemma_.lower() in self.lex.arrival_verbs | self.lex.launch_verbs):
                    continue  # 'the three will dock at the station' (arriving or launching), not 'the three agencies'
                found.append(Ment("", cls, "anaphor", span, s.block, s.section, s.offset))
            found.extend(self._known_as(s, taken))
            found.extend(self._person_phrases(s, taken, last_person))
            found.extend(self._collective_people(s, taken, last_group.get(s.block, [])))
            found.extend(self._organization_anaphora(s, taken, sentences))
            found.extend(self._pair_anaphora(s, taken, sentences[:n]))
            found.extend(self._crew_phrases(s, taken, found))
            found.extend(self._commanded_pronoun(s, taken))
            found.extend(self._described_stations(s, taken))
            found.extend(self._described_agencies(s, taken))
            # resolve in reading order, explicit mentions updating 'last' as we pass them
            events = sorted([(m.span.start, 0, m) for m in s.ments] + [(m.span.start, 1, m) for m in found], key=lambda e: (e[0], e[1]))
            here: dict[str, str] = {}  # class -> the last one named in this sentence outside a description of someone
            for _, is_anaphor, m in events:
                if not is_anaphor:
                    last[m.cls] = m.key
                    for extra in m.types:  # the ILRS is a programme and a station: 'the station' may be it
                        last[extra] = m.key
                    recent[m.cls] = n
                    if not _describes_person(m):
                        here[m.cls] = m.key
                        if m.cls == "Mission" and not is_background(m, s, cues, self.article.published) \
                                and len({o.key for o in s.ments if o.cls == "Mission"}) == 1 \
                                and syntax.clause_verb(m.root).dep_ == "ROOT":
                            just_named = (n, s.block, m.key)  # the one flight a sentence's main clause tells news of
                    if m.cls in PEOPLE:
                        last_person[s.block] = m
                        self._people_so_far.setdefault(s.block, Counter())[m.key] += 1
                    continue
                if m.cls == "Mission" and self._station_crew(m):
                    continue  # 'the crew of the station', 'the crew aboard the ISS': the residents, not a flight
                named = next((o for o in s.ments if o.cls == m.cls and o.kind != "anaphor" and o.span.start == m.span.end + 1
                              and doc[m.span.end].text in (",", "\u2014", "(")), None)
                if named is not None:
                    m.key = named.key  # 'its second flight, Ax-2': the name that follows
                if not m.key:
                    demonstrative = m.span[0].lower_ in ("that", "this", "those", "these", "it")
                    if m.cls == "Mission" and demonstrative:  # 'That flight is commanded by X': the one just named
                        m.key = here.get(m.cls) or previous.get(m.cls) or focal or only.get(m.cls, "")
                    elif m.cls == "Mission":  # 'the crew', 'the mission': one named earlier in the sentence, or as news in
                        # the one before ('... aboard Soyuz TM-14. The spacecraft was commanded by ...'), else the article's
                        told = just_named[2] if just_named and just_named[0] == n - 1 and just_named[1] == s.block else None
                        m.key = here.get(m.cls) or _ridden_later(m, s) or told or focal or previous.get(m.cls) or only.get(m.cls, "")
                    elif m.cls == "SpaceStation" and here.get(m.cls) is None and n - recent.get(m.cls, -9) > 1 and stations:
                        # 'Up at the station' long after Mir came up in passing: the station the article is about
                        m.key = max(stations, key=lambda k: (totals[k], k == last.get(m.cls)))
                    else:
                        m.key = here.get(m.cls) or last.get(m.cls) or only.get(m.cls, "")
                if m.key:
                    s.ments.append(m)
                    last[m.cls] = m.key
            nouns = self._agreement_nouns(s, last_agreement, named_agreements)
            for m in nouns:
                last_agreement = m.key
            kb_agreements = [m for m in s.ments if m.cls == "Agreement"]
            if kb_agreements:
                last_agreement = kb_agreements[-1].key
            s.ments.extend(nouns)
            named = list({m.key: m for m in s.ments if m.cls in PEOPLE and m.kind != "anaphor"
                          and not any(t.dep_ in ("relcl", "acl") for t in m.root.ancestors)}.values())  # not 'under the command of Z'
            if named:  # the people of the last two sentences, most recent last
                earlier = [m for m in last_group.get(s.block, [])[-6:] if m.key not in {x.key for x in named}]
                last_group[s.block] = (earlier if recent_people.get(s.block) == n - 1 else []) + named
                recent_people[s.block] = n

    def _station_crew(self, m: Ment) -> bool:
        doc = m.span.doc
        i = m.span.end
        if i + 1 >= len(doc) or doc[i].lower_ not in ("of", "aboard", "on", "onboard"):
            return False
        j = i + 1
        while j < len(doc) and (doc[j].lower_ in ("the", "a", "an") or doc[j].like_num or doc[j].pos_ in ("ADJ", "NUM")) and j - i < 4:
            j += 1  # 'the crew of the 63rd expedition'
        return j < len(doc) and (doc[j].ent_type_ == "SpaceStation" or doc[j].lemma_.lower() in self.lex.station_nouns | {"expedition", "outpost"})

    def _described_stations(self, s: Sentence, taken: set[int]) -> list[Ment]:
        """'India's planned space station', 'the Chinese space station': the one station the KB gives that country."""
        out = []
        countries = {m.root.i: m for m in s.ments if m.cls == "Country"}
        for tok in s.span:
            if tok.i in taken or tok.lemma_.lower() not in self.lex.station_nouns or tok.pos_ != "NOUN":
                continue
            for child in tok.children:
                c = countries.get(child.i)
                if c is None or child.dep_ not in ("poss", "amod", "compound", "nmod"):
                    continue
                stations = self.kb.stations_of(c.key)
                if len(stations) == 1:
                    start = min(t.i for t in tok.subtree if t.i <= tok.i and t.dep_ in ("poss", "amod", "compound", "det", "case", "nmod") or t.i == tok.i)
                    span = s.span.doc[start:tok.i + 1]
                    out.append(Ment(stations[0].iri, "SpaceStation", "anaphor", span, s.block, s.section, s.offset))
        return out

    def _collective_people(self, s: Sentence, taken: set[int], group: list[Ment]) -> list[Ment]:
        """'All three were selected from the air force', 'Both are NASA astronauts': a subject that counts the
        people the previous sentence named stands for each of them."""
        if len(group) < 2:
            return []
        doc = s.span.doc
        first = s.span.start
        words = [t.lower_ for t in doc[first:min(first + 3, s.span.end)]]
        size = None
        if words[:1] == ["both"]:
            size, end = 2, first + 1
        elif words[:1] in (["all"], ["the"]) and len(words) > 1 and words[1] in NUMBER_WORDS:
            size, end = NUMBER_WORDS[words[1]], first + 2
        if size is None or size > len(group) or any(i in taken for i in range(first, end)):
            return []
        group = group[-size:]
        if end < s.span.end and doc[end].ent_type_ == "Country" and doc[end].lower_.endswith("s"):
            end += 1  # 'Both Americans are veterans of the shuttle era': the pair, and their nationality
        elif end < s.span.end and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].lower_ not in ("of",):
            return []  # 'the three astronauts' is a crew phrase, handled elsewhere
        span = doc[first:end]
        return [Ment(m.key, m.cls, "anaphor", span, s.block, s.section, s.offset) for m in group]

    def _person_phrases(self, s: Sentence, taken: set[int], last_person: dict[int, Ment]) -> list[Ment]:
        """'The German astronaut', 'the veteran cosmonaut', 'the 44-year-old': the person meant. With a
        nationality in the phrase, the person the knowledge base gives it; otherwise the person the article
        names most, or failing a clear one, the person named just before."""
        before = last_person.get(s.block)
        if before is None:
            return []
        people = self._people_so_far.get(s.block, Counter())
        out = []
        # role nouns that usually introduce a name ('The pilot is X', 'the commander, X') are left out
        heads = {"astronaut", "cosmonaut", "taikonaut", "spationaut", "flyer", "veteran", "rookie"}
        for tok in s.span:
            if tok.i in taken or tok.pos_ not in ("NOUN", "ADJ") or tok.tag_ in ("NNS", "NNPS"):
                continue
            if tok.lower_ not in heads and not tok.lower_.endswith("-year-old"):
                continue
            dets = [c for c in tok.children if c.dep_ == "det" and c.lower_ == "the"]
            if not dets or tok.dep_ in ("compound", "amod") or any(c.ent_type_ in PEOPLE for c in tok.subtree):
                continue
            if tok.head.i != tok.i and tok.dep_ == "appos":
                continue  # 'X, the commander': a description, not a reference
            if tok.dep_ in ("nsubj", "attr") and tok.head.lemma_ == "be" and any(
                    c.ent_type_ in PEOPLE for c in tok.head.subtree if c.i != tok.i):
                continue  # 'The astronaut is X': it introduces X
            start = min(c.i for c in tok.children if c.i <= tok.i and c.dep_ in ("det", "amod", "compound", "nummod")) \
                if any(c.i < tok.i for c in tok.children) else dets[0].i
            chosen = before
            country = next((m for m in s.ments if m.cls == "Country" and start <= m.span.start < tok.i), None)
            if country is not None:
                match = [k for k in people if self.kb.get(k) and self.kb.get(k).country == country.key]
                chosen_key = match[0] if len(match) == 1 else None
            else:
                ranked = people.most_common(2)
                chosen_key = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else before.key
            if chosen_key is None:
                continue
            cls = self.kb.get(chosen_key).cls if self.kb.get(chosen_key) else before.cls
            out.append(Ment(chosen_key, cls, "anaphor", s.span.doc[start:tok.i + 1], s.block, s.section, s.offset))
            del chosen
        return out

    def _organization_anaphora(self, s: Sentence, taken: set[int], sentences: list[Sentence]) -> list[Ment]:
        """'the ministry', 'the company': the latest organisation named so, earlier in this block."""
        out = []
        for tok in s.span:
            low = tok.lower_
            if tok.i in taken or tok.pos_ != "NOUN" or low not in self.lex.org_anaphora_generic | self.lex.org_anaphora_named:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children) or any(c.dep_ in ("compound", "amod") for c in tok.children):
                continue
            earlier = [m for t in sentences if t.block == s.block and t.span.start <= s.span.start for m in t.ments
                       if m.cls in ("Organization", "Agency") and m.span.end <= tok.i and m.kind != "anaphor"]
            if low in self.lex.org_anaphora_named:
                earlier = [m for m in earlier if low in m.text.lower().split()]
            else:
                earlier = [m for m in earlier if m.cls == "Organization"]
            if earlier:
                m = earlier[-1]
                start = min([c.i for c in tok.children if c.dep_ == "det"] + [tok.i])
                out.append(Ment(m.key, m.cls, "anaphor", s.span.doc[start:tok.i + 1], s.block, s.section, s.offset))
        return out

    def _pair_anaphora(self, s: Sentence, taken: set[int], before: list[Sentence]) -> list[Ment]:
        """'The two agencies signed a memorandum', 'both countries': the pair the article last coordinated
        ('PhilSA and Argentina's CONAE', 'between ISRO and JAXA'), one mention for each."""
        out = []
        for tok in s.span:
            classes = self.lex.pair_anaphora.get(tok.lower_)
            if classes is None or tok.i in taken or tok.pos_ != "NOUN":
                continue
            kids = {c.lower_: c for c in tok.children if c.i < tok.i}
            if not ("two" in kids and "the" in kids or "both" in kids):
                continue
            here = [m for m in s.ments if m.span.end <= tok.i]
            pair = None
            for ments in [here] + [o.ments for o in reversed(before) if o.block == s.block or o.section == "title"]:
                pair = _coordinated_pair([m for m in ments if m.cls in classes and m.kind != "anaphor"])
                if pair is not None:
                    break
            if pair is None:  # 'a satellite built for the Saudi Space Agency will ride NASA's rocket under an
                # agreement between the two agencies': exactly two of them named before it in the sentence
                named = list({m.key: m for m in here if m.cls in classes and m.kind != "anaphor"}.values())
                if len(named) != 2 or "both" in kids:
                    continue
                pair = named
            span = s.span.doc[min(c.i for c in kids.values()):tok.i + 1]
            out.extend(Ment(m.key, m.cls, "anaphor", span, s.block, s.section, s.offset) for m in pair)
        return out

    def _known_as(self, s: Sentence, taken: set[int]) -> list[Ment]:
        """"NASA's fourth rotation flight with SpaceX, known as Crew-4": the described noun is that mission."""
        out = []
        for m in list(s.ments):
            if m.cls not in ("Mission", "SpaceStation", "Program"):
                continue
            tok = m.root
            if tok.dep_ == "pobj" and tok.head.lower_ == "as":
                tok = tok.head
            verb = tok.head if tok.dep_ in ("prep", "oprd", "attr", "dobj") else None
            if verb is None or verb.lower_ not in ("known", "called", "dubbed", "named", "designated"):
                continue
            noun = verb.head if verb.dep_ in ("acl", "relcl") else None
            if noun is None or noun.i in taken or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            left = [c.i for c in noun.children if c.i < noun.i and c.dep_ in ("det", "poss", "amod", "compound", "nummod")]
            start = min(left + [noun.i])
            if any(i in taken and s.span.doc[i].ent_type_ != "Agency" for i in range(start, noun.i)):
                start = noun.i
            out.append(Ment(m.key, m.cls, "anaphor", s.span.doc[start:noun.i + 1], s.block, s.section, s.offset))
        return out

    def _commanded_pronoun(self, s: Sentence, taken: set[int]) -> list[Ment]:
        """'It is commanded by Anton Shkaplerov': a pronoun that a crew-role verb's passive makes a flight is the
        flight just named."""
        out = []
        for tok in s.span:
            if tok.i in taken or tok.lower_ != "it" or tok.dep_ != "nsubjpass" or tok.head.lemma_.lower() not in self.lex.crew_role_verbs:
                continue
            if any(c.dep_ == "agent" for c in tok.head.children):
                out.append(Ment("", "Mission", "anaphor", s.span.doc[tok.i:tok.i + 1], s.block, s.section, s.offset))
        return out

    def _crew_phrases(self, s: Sentence, taken: set[int], found: list[Ment]) -> list[Ment]:
        """'the four-person crew', 'its crew', 'the three astronauts': the mission under discussion."""
        out = []
        covered = taken | {i for m in found for i in range(m.span.start, m.span.end)}
        for tok in s.span:
            if tok.i in covered or tok.lower_ not in self.lex.crew_anaphor_nouns or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            dets = [c for c in tok.children if c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "their", "this", "that")]
            if not dets or any(c.dep_ in ("compound", "amod", "poss") and c.ent_type_ for c in tok.children):
                continue
            if tok.lower_ in ("astronauts", "taikonauts", "cosmonauts") and not any(c.like_num or c.lower_ in ("three", "four", "two", "six") for c in tok.children):
                continue  # 'the astronauts' alone is too vague; 'the three astronauts' is the crew
            left = [c.i for c in tok.children if c.i < tok.i and c.dep_ in ("det", "poss", "amod", "nummod", "compound", "nmod")]
            start = min(left) if left else tok.i
            if any(i in covered or s.span.doc[i].ent_type_ not in ("", "DATE") for i in range(start, tok.i)):
                continue  # 'the Shenzhou XIII flight' names its mission
            if any(s.span.doc[i].lower_ in self.lex.other_mission_modifiers for i in range(start, tok.i)):
                continue  # 'the shuttle mission', 'the previous crew', 'the test flight' is another one
            out.append(Ment("", "Mission", "anaphor", s.span.doc[start:tok.i + 1], s.block, s.section, s.offset))
        return out

    def _described_agencies(self, s: Sentence, taken: set[int]) -> list[Ment]:
        """'the Russian space agency', "India's space agency", 'the US space agency': the country's one agency."""
        out = []
        countries = {m.root.i: m for m in s.ments if m.cls == "Country"}
        for tok in s.span:
            if tok.i in taken or tok.lower_ not in ("agency", "administration") or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            mods = list(tok.children) + [t for t in s.span.doc[max(s.span.start, tok.i - 4):tok.i]]
            spacey = any(t.lower_ in ("space", "aerospace") for t in mods)
            country = next((countries[t.i] for t in mods if t.i in countries and t.i < tok.i), None)
            if country is None:
                continue
            agencies = self._national_agency(country.key, spacey)
            if agencies is not None:
                start = min(country.span.start, tok.i)
                out.append(Ment(agencies.iri, "Agency", "anaphor", s.span.doc[start:tok.i + 1], s.block, s.section, s.offset))
        for tok in s.span:  # 'the space agencies of the United States and Russia': one for each country
            if tok.i in taken or tok.lower_ != "agencies" or not any(c.lower_ in ("space", "aerospace") for c in tok.children):
                continue
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            named, i = [], of.i + 1 if of is not None else len(s.span.doc)
            by_start = {m.span.start: m for m in countries.values()}
            while i < s.span.end:  # read from the surface: the parser often hangs the second country on 'agencies'
                i += s.span.doc[i].lower_ == "the"
                if i not in by_start:
                    break
                named.append(by_start[i])
                i = by_start[i].span.end
                while i < s.span.end and s.span.doc[i].lower_ in (",", "and"):
                    i += 1
            found = [a for a in (self._national_agency(c.key, True) for c in named) if a is not None]
            if len(found) >= 2:
                start = min([c.i for c in tok.children if c.i < tok.i] + [tok.i])
                out.extend(Ment(a.iri, "Agency", "anaphor", s.span.doc[start:tok.i + 1], s.block, s.section, s.offset) for a in found)
        return out

    def _national_agency(self, country: str, spacey: bool):
        """The agency 'the country's space agency' means: its only one, or the one the KB marks national."""
        agencies = [e for e in self.kb.of_type("Agency") if e.country == country]
        if not spacey:  # 'the US agency' once the article has named NASA
            agencies = [e for e in agencies if e.iri in self.kb_hits]
        if len(agencies) > 1 and spacey:
            agencies = [e for e in agencies if e.national]
        return agencies[0] if len(agencies) == 1 else None

    def _agreement_nouns(self, s: Sentence, previous: str | None, named: dict[str, str] | None = None) -> list[Ment]:
        """Nouns naming an agreement; a definite one ('the deal', 'this accord', 'such pact') is the previous agreement."""
        out = []
        taken = {i for m in s.ments for i in range(m.span.start, m.span.end)}
        described = {m.root.i for m in s.ments if m.cls in ("Program", "SpaceStation", "Mission")}
        for tok in s.span:
            low = tok.lower_
            if tok.i in taken or low not in self.lex.agreement_nouns or tok.pos_ not in ("NOUN", "PROPN"):
                continue
            needs = self.lex.agreement_noun_heads.get(low)
            titled = tok.is_title and tok.pos_ == "PROPN" and low in self.lex.document_heads and tok.i + 1 < len(tok.doc) \
                and tok.doc[tok.i + 1].lower_ in ("of", "on")  # 'The Charter of the International Consortium'
            if needs and not titled and not ({t.lower_ for t in tok.subtree} & needs):
                continue
            if any(c.lower_ in ("including", "like") and any(g.lower_ in self.lex.agreement_nouns for g in c.subtree) for c in tok.children):
                continue  # 'a series of agreements, including a memorandum and a framework agreement': the members count
            if tok.head.i != tok.i and tok.dep_ in ("compound",) and tok.head.lower_ in self.lex.agreement_nouns:
                continue  # 'framework agreement': the head noun is the mention
            left = min([c.i for c in tok.children if c.i < tok.i and c.dep_ in ("det", "nummod", "amod", "compound")] + [tok.i])
            if tok.dep_ == "appos" and tok.head.lower_ in self.lex.prize_nouns or left >= 2 and tok.doc[left - 1].text == "," \
                    and tok.doc[left - 2].lower_ in self.lex.prize_nouns:
                continue  # 'the X Prize, the $10 million award won by SpaceShipOne' is a prize, not a contract
            if tok.dep_ in ("appos", "attr") and syntax.conj_head(tok.head).i in described:
                continue  # 'ILRS, a partnership co-led by ...' describes a programme
            if any(c.dep_ == "appos" and c.i in described for c in tok.children):
                continue
            if tok.lemma_.lower() in self.lex.weak_agreement_nouns and tok.tag_ == "NNS" and not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children):
                continue  # 'an effort to build global partnerships': partnerships in general
            if tok.lemma_.lower() in self.lex.weak_agreement_nouns and any(c.dep_ == "compound" and c.i in described for c in tok.children) \
                    and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.lex.gathering_verbs:
                continue  # 'the Gateway partnership brings together NASA, ESA, ...': the programme's partners, no document
            dets = {c.lower_ for c in tok.children if c.dep_ in ("det", "amod", "predet")}
            if tok.lemma_.lower() in self.lex.weak_agreement_nouns and not (tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in self.lex.sign_verbs) \
                    and any(c.dep_ == "poss" or c.lower_ in self.lex.relationship_modifiers for c in tok.children):
                continue  # "Sweden's strategic partnership with the US" is a relationship, not a signed document
            if out and tok.i >= 1 and tok.doc[tok.i - 1].text == "(" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == ")" \
                    and out[-1].span.end >= tok.i - 4:
                continue  # 'a memorandum of understanding (MOU)': the acronym is the same document
            other = {c.lower_ for c in tok.children if c.dep_ in ("amod", "compound")} & self.lex.other_agreement_modifiers
            demonstrative = dets & {"such", "this", "that", "these", "those"}
            same_noun = [k for k, text in (named or {}).items() if text.lower().split()[-1:] == [low]]
            if dets & DEFINITE and not demonstrative and not other and len(same_noun) == 1 and same_noun[0] != previous:
                key = same_noun[0]  # 'the accords' after a joint statement is still the Artemis Accords named before
            elif previous and dets & DEFINITE and (demonstrative or not other):  # 'the first contract' is another one, 'the first such pact' not
                key = previous
            elif dets & DEFINITE and not other and len(same_noun) == 1:
                key = same_noun[0]  # 'the accords' in a related story of an article about the Artemis Accords
            else:
                self.agreements += 1
                key = f"Agreement:#{self.agreements}"
            out.append(Ment(key, "Agreement", "noun", s.span.doc[tok.i:tok.i + 1], s.block, s.section, s.offset))
            previous = key
        if previous and not out and not any(m.cls == "Agreement" for m in s.ments):
            for tok in s.span:  # 'They were launched in October 2020 by NASA ... together with Australia, Canada': the accord
                if tok.lower_ == "they" and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in self.lex.drafting_verbs | self.lex.signing_verbs | self.lex.launching_verbs:
                    out.append(Ment(previous, "Agreement", "anaphor", s.span.doc[tok.i:tok.i + 1], s.block, s.section, s.offset))
                    break
                if tok.lower_ == "it" and tok.i == s.span.start and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in self.lex.cover_verbs:
                    out.append(Ment(previous, "Agreement", "anaphor", s.span.doc[tok.i:tok.i + 1], s.block, s.section, s.offset))
                    break  # 'It covers flights to the International Space Station' after the agreement
        return out

    # ------------------------------------------------------------------ names per key

    def _names(self, sentences: list[Sentence]) -> dict[str, dict]:
        info: dict[str, dict] = {}
        for s in sentences:
            for m in s.ments:
                entry = info.setdefault(m.key, {"cls": m.cls, "names": set(), "sections": set()})
                entry["sections"].add(s.section)
                if m.kind not in ("anaphor", "noun"):
                    entry["names"].add(_clean_name(m.text))
                    doc = m.span.doc
                    if m.cls == "Program" and m.span.end < len(doc) and doc[m.span.end].lower_ in self.lex.program_heads \
                            and m.root.head.i == m.span.end:
                        entry["names"].add(_clean_name(doc[m.span.start:m.span.end + 1].text))  # 'Artemis campaign' is its surface form
                    if m.cls in PEOPLE and NICKNAME.search(" ".join(m.text.split())):
                        entry["names"].add(" ".join(m.text.split()))  # 'Barry "Butch" Wilmore' is a surface form too
                elif m.cls == "Agreement":
                    entry["names"].add(m.text.lower())
        return info


def focal_mission(sentences: list[Sentence], kb: KnowledgeBase, lex: Lexicon | None = None, published=None) -> Ment | None:
    """The flight the article is about: the one named in the title, else the one the body weighs most.

    A mention in the lead counts double and one the news happens to (a launch, a docking) counts extra;
    one in background (a year before the article's, 'a veteran of', 'after his flight on') counts little.
    An astronaut's stay name (ESA's 'Alpha') yields to the flight the article also names ('as part of
    SpaceX Crew-2'), since crews and launch dates belong to the flight."""
    scores: Counter = Counter()
    first: dict[str, Ment] = {}
    titled: list[Ment] = []
    background = lex.background_cues if lex is not None else frozenset()
    news_verbs = lex.launch_verbs | {"dock", "arrive", "land", "reach", "launch"} if lex is not None else frozenset()
    news_nouns = (lex.launch_nouns - {"flight"}) | {"docking", "landing", "arrival"} if lex is not None else frozenset()
    body_index = 0
    for s in sentences:
        if s.section not in ("title", "body"):
            continue
        if s.section == "body":
            body_index += 1
        for m in s.ments:
            if m.cls != "Mission" or m.kind == "anaphor":
                continue
            if s.section == "title":
                if not is_background(m, s, background, published):  # not '... first link-up since Apollo-Soyuz'
                    titled.append(m)
                continue
            old = is_background(m, s, background, published) \
                or _describes_person(m) and syntax.clause_verb(m.root).tag_ in ("VBD", "VBN")  # 'an engineer who worked on the ExoMars rover'
            verb = syntax.clause_verb(m.root)
            cue = syntax.is_future(verb) and verb.lemma_.lower() in news_verbs | {"fly"}  # 'is to fly on Artemis I'
            verbs = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children if c.dep_ == "xcomp"}
            imminent = bool(verbs & news_verbs) and _within_days(s, published, 3)  # 'is scheduled to dock early on Saturday'

            weight = 1.0 + (body_index <= 2) + 1.0 if imminent and not old else 0.3 if old or cue else 1.0 + (body_index <= 2)
            head = m.root.head.head if m.root.dep_ == "pobj" else m.root.head
            if not (old or cue) and head.lemma_.lower() in news_verbs and head.tag_ in ("VBD", "VBZ", "VBP"):
                weight += 1.0  # 'Soyuz MS-16 docked', 'launched aboard Soyuz MS-16'
            elif not (old or cue) and body_index <= 3 and _event_of(m, news_nouns):
                weight += 1.0  # a lead's 'the launch of mission STS-95 was watched by ...'
            scores[m.key] += weight
            first.setdefault(m.key, m)
    stay = lambda m: kb.is_stay(m.key)  # noqa: E731
    flights = [k for k in scores if not stay(first[k])]
    for m in titled:
        if not stay(m):
            return m
    order = list(first)
    if titled and flights:
        return first[max(flights, key=lambda k: (scores[k], -order.index(k)))]
    if titled:
        return titled[0]
    ranked = sorted(flights or scores, key=lambda k: (-scores[k], order.index(k)))
    if not ranked:
        return None
    top, runner_up = scores[ranked[0]], scores[ranked[1]] if len(ranked) > 1 else 0.0
    if top >= 2.0 or (top >= 1.0 and top >= 2 * runner_up):
        return first[ranked[0]]
    return None


def _ridden_later(m: Ment, s: Sentence) -> str | None:
    """'The trio launched May 28 aboard Soyuz TMA-13M': the subject is the crew of the one flight its own verb
    takes it aboard later in the sentence."""
    if m.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = m.root.head
    later = {o.key for o in s.ments if o.cls == "Mission" and o.kind != "anaphor" and o.span.start > m.span.end
             and o.root.dep_ == "pobj" and o.root.head.lower_ in ("aboard", "on", "onboard") and o.root.head.head.i == verb.i}
    return next(iter(later)) if len(later) == 1 else None


def _event_of(m: Ment, nouns: frozenset[str]) -> bool:
    """The mention is what an event noun happened to: 'the launch of mission STS-95', 'the docking of Soyuz TMA-12'."""
    doc, i = m.span.doc, m.span.start - 1
    while i > 0 and (doc[i].pos_ == "DET" or doc[i].is_lower and doc[i].pos_ == "NOUN"):  # 'of (the) (shuttle) mission X'
        i -= 1
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in nouns


def _negated_name(ent: Span) -> bool:
    """'the only non-NASA member of the crew' says the person is not NASA's."""
    doc = ent.doc
    return ent.start >= 2 and doc[ent.start - 1].text in ("-", "‐", "‑") and doc[ent.start - 2].lower_ == "non" \
        and not doc[ent.start - 2].whitespace_ and not doc[ent.start - 1].whitespace_


def _within_days(s: Sentence, published, days: int) -> bool:
    """The sentence names a day no more than ``days`` after the article's."""
    if published is None:
        return False
    for d in s.dates:
        value = dates.resolve(d.text, published, future=True)
        if value is not None and len(value.lexical) == 10 and 0 <= (dt.date.fromisoformat(value.lexical) - published).days <= days:
            return True
    return False


def _describes_person(m: Ment) -> bool:
    """The mention sits in a relative clause or apposition about a person ('Chen Dong, a pilot who flew Shenzhou-11')."""
    return any(t.dep_ in ("relcl", "acl", "appos") and t.head.ent_type_ in PEOPLE for t in m.root.ancestors)


def is_background(m: Ment, s: Sentence, cues: frozenset[str], published) -> bool:
    """The sentence tells history about this mission: a date in an earlier month than the article's, or
    a cue right before the name ('a veteran of the Shenzhou-6 flight', 'after his flight on Crew-1')."""
    doc = m.span.doc
    first = doc[syntax.conj_head(m.root).i] if m.root.dep_ == "conj" else m.span[0]  # 'a veteran of the Shenzhou-6 and Shenzhou-10 flights'
    start = min(first.i, m.span.start)
    if any(t.lower_ in cues for t in doc[max(s.span.start, start - 4):m.span.start]):
        return True
    return any(before_month(d, published) for d in s.dates)


RECENT_DAYS = 7  # a day this close before the article's is its news, whatever the month


def before_month(date: Span, published) -> bool:
    """A date in an earlier month than the article's, and not of the last few days: the sentence tells history."""
    if published is None:  # no 'now' to compare with: a year or a month marks history, a weekday is news
        return bool(re.search(r"\b(19|20)\d\d\b", date.text)) or dates.resolve(date.text, dt.date(2000, 1, 1)) is not None \
            and not re.search(r"day\b|tonight|week", date.text, re.I)
    value = dates.resolve(date.text, published)
    if value is None or value.lexical[:7] >= published.isoformat()[:7]:
        return False
    ahead = dates.resolve(date.text, published, future=True)
    if ahead is not None and ahead.lexical[:7] == published.isoformat()[:7]:
        return False  # a later day of this month with no year ('a landing on Feb. 11' in a 4 February story) is to come
    # 'on Saturday' in a Monday 1 June story is last month's date but this week's news
    return len(value.lexical) < 10 or (published - dt.date.fromisoformat(value.lexical)).days > RECENT_DAYS


NICKNAME = re.compile(r"\s[\"\u201c'\u2018][^\"\u201d'\u2019]{1,20}[\"\u201d'\u2019]\s")  # 'Warren "Woody" Hoburg'


def _clean_name(text: str) -> str:
    text = NICKNAME.sub(" ", " ".join(text.split()))

    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    text = re.sub(r"['’]s$|['’]$", "", text)
    return text.strip(" ,.;:")


def focal_agreement(sentences: list[Sentence]) -> Ment | None:
    """The agreement the article is about: the one its headline names, else the one its body names most
    (at least twice). 'Iceland, which signed last month' signed that, not a treaty named in passing."""
    counts: Counter = Counter()
    first: dict[str, Ment] = {}
    for s in sentences:
        for m in s.ments:
            if m.cls != "Agreement" or m.kind == "anaphor" or s.section not in ("title", "body"):
                continue
            if s.section == "title":
                return m
            counts[m.key] += 1
            first.setdefault(m.key, m)
    if not counts:
        return None
    key, n = max(counts.items(), key=lambda kv: (kv[1], -list(first).index(kv[0])))
    return first[key] if n >= 2 else None


def _coordinated_pair(ments: list[Ment]) -> tuple[Ment, Ment] | None:
    """The last two different names joined by 'and' ('PhilSA and CONAE'), if any."""
    for j in range(len(ments) - 1, 0, -1):
        b = ments[j]
        for a in reversed(ments[:j]):
            if a.key == b.key:
                continue
            if b.root.dep_ == "conj" and b.root.head.i == a.root.i or a.root.head.i == b.root.head.i and a.root.dep_ == b.root.dep_ == "pobj" \
                    and a.root.head.lower_ == "between" or _joined_by_and(a, b):
                if _ends_longer_list(a):
                    return None  # 'A, B, C and D': the last two of four are no pair
                return a, b
    return None


def _ends_longer_list(a: Ment) -> bool:
    """The first of the two is itself a later conjunct after a comma ('Hanwha Aerospace, Hanwha Systems and Innospace')."""
    doc = a.span.doc
    return a.root.dep_ == "conj" and a.span.start > 0 and doc[a.span.start - 1].text == ","


def _joined_by_and(a: Ment, b: Ment) -> bool:
    """'A and B', 'A (ACR) and the B', "A and Argentina's B" on the surface, where the parser may have lost the conjunct."""
    if a.span.doc is not b.span.doc or a.span.end > b.span.start:
        return False
    i = syntax.after_and(a.span.doc, a.span.end, b.span.start)
    rest = a.span.doc[i:b.span.start] if i is not None else None
    return rest is not None and len(rest) <= 3 and not any(t.pos_ in ("VERB", "AUX") or t.text in (",", ";") for t in rest)
