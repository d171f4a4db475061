"""spaCy components, registered as factories so a pipeline can be configured, saved and reloaded.

* ``spacegraph_entity_ruler`` (first in the pipeline): knowledge-base names and mission-family patterns.
  Multi-word matches are merged into single tokens *before* tok2vec, which makes the small model's
  tagger and parser treat "Japan Aerospace Exploration Agency" or "Soyuz MS-25" as one proper noun.
* ``spacegraph_sentences``: a line break ends a sentence (scraped text has headlines without periods).
* ``spacegraph_typer`` (after ``ner``): maps NER labels to contract classes, cleans person spans, keeps
  weak KB names only where NER agrees, and links "(ACRONYM)" definitions to the name before them.
"""

from __future__ import annotations

import re
from pathlib import Path

import srsly
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import kb as kb_module
from . import lexicon as lexicon_module

#: Labels our components give; everything else the statistical NER says is re-typed or dropped.
CLASSES = {"Agency", "Astronaut", "Mission", "Country", "Agreement", "SpaceStation", "Program",
           "Organization", "Person", "Spacecraft"}
#: NER labels that may confirm a weak KB name of each class.
WEAK_CONFIRM = {
    "Country": {"GPE", "NORP", "LOC"}, "Agency": {"ORG"}, "Organization": {"ORG"},
    "Spacecraft": {"PRODUCT", "ORG", "FAC"}, "Mission": {"PRODUCT", "ORG", "FAC", "EVENT"},
    "Astronaut": {"PERSON"}, "Person": {"PERSON"}, "SpaceStation": {"FAC", "ORG", "GPE", "PRODUCT"},
    "Program": {"ORG", "PRODUCT", "EVENT"}, "Agreement": {"LAW", "ORG", "EVENT"},
}
ALIAS_PREFIX = "@"  # ent_id of an acronym defined in the text: "@" + the name it abbreviates


@Language.factory(
    "spacegraph_entity_ruler",
    default_config={"ontology": None, "merge": True},
)
def make_entity_ruler(nlp: Language, name: str, ontology: str | None, merge: bool) -> EntityRuler:
    return EntityRuler(nlp, name, ontology=ontology, merge=merge)


class EntityRuler:
    """Knowledge-base phrase patterns and mission-family token patterns, generated from ``ontology/kb``."""

    def __init__(self, nlp: Language, name: str, ontology: str | None = None, merge: bool = True):
        self.nlp = nlp
        self.name = name
        self.merge = merge
        self.ontology = ontology
        kb = kb_module.load(ontology)
        self.weak = {n for e in kb.entries.values() for n in e.weak}
        self.plurals = frozenset(n.split()[0] + "s" for f in kb.families for n in f.names)
        self.set_patterns(kb.phrase_patterns(), kb.family_patterns())

    def set_patterns(self, phrases: list[dict], tokens: list[dict]) -> None:
        self.phrases, self.tokens = phrases, tokens
        self.orth = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.matcher = Matcher(self.nlp.vocab)
        self._meta: dict[str, tuple[str, str]] = {}
        for i, p in enumerate(phrases):
            key = f"p{i}"
            self._meta[key] = (p["label"], p["id"])
            (self.lower if p["attr"] == "LOWER" else self.orth).add(key, [self.nlp.make_doc(p["pattern"])])
        for i, p in enumerate(tokens):
            key = f"t{i}"
            self._meta[key] = (p["label"], p["id"])
            self.matcher.add(key, [p["pattern"]])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for matcher in (self.orth, self.lower, self.matcher):
            for match_id, start, end in matcher(doc):
                label, ident = self._meta[doc.vocab.strings[match_id]]
                spans.append(Span(doc, start, end, label=label, span_id=ident))
        spans = _prefer(spans + _shared_family_numbers(doc, spans, self.plurals))
        strong = [s for s in spans if s.text not in self.weak]
        weak = [s for s in spans if s.text in self.weak]
        if self.merge:
            with doc.retokenize() as retok:
                for span in strong:
                    if len(span) > 1:
                        retok.merge(span)
            strong = [_remap(doc, s) for s in strong]
            weak = [s for s in (_remap(doc, s) for s in weak) if s is not None]
            strong = [s for s in strong if s is not None]
        doc.ents = strong
        doc.spans["sg_weak"] = weak
        return doc

    def to_disk(self, path, exclude=tuple()):
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / "phrases.jsonl", self.phrases)
        srsly.write_jsonl(path / "tokens.jsonl", self.tokens)
        srsly.write_json(path / "cfg", {"merge": self.merge, "weak": sorted(self.weak)})

    def from_disk(self, path, exclude=tuple()):
        path = Path(path)
        cfg = srsly.read_json(path / "cfg")
        self.merge, self.weak = cfg["merge"], set(cfg["weak"])
        self.set_patterns(list(srsly.read_jsonl(path / "phrases.jsonl")), list(srsly.read_jsonl(path / "tokens.jsonl")))
        return self


_NUMBER = re.compile(r"^[-\u2013]?(\d{1,3}|[IVXL]{1,6})$")
_AFTER_NUMBER = {"crews", "missions", "flights", "crew", "mission", "flight", ",", ".", ";", ":", "and", "or", ")",
                 "astronauts", "taikonauts", "cosmonauts", "spacecraft", "were", "are", "was", "is"}


def _shared_family_numbers(doc: Doc, spans: list[Span], plurals: frozenset[str] = frozenset()) -> list[Span]:
    """'Shenzhou-14 and -15', 'Shenzhou 6 and XIV', 'Crew-7 and 8': later numbers share the first name's family."""
    out = []
    taken = {i for s in spans for i in range(s.start, s.end)}
    for span in spans:
        if "/family/" not in span.id_:
            continue
        i = span.end
        plural = span[0].text in plurals  # 'Expeditions 29 and 30 after ...': every number is a member
        while i + 1 < len(doc) and doc[i].lower_ in ("and", ",", "or", "&") and _NUMBER.match(doc[i + 1].text):
            j = i + 1
            if j in taken or (not plural and j + 1 < len(doc) and doc[j + 1].lower_ not in _AFTER_NUMBER):
                break
            out.append(Span(doc, j, j + 1, label="Mission", span_id=span.id_))
            i = j + 1
    return out


def _prefer(spans: list[Span]) -> list[Span]:
    """Longest match wins; for the same span a mission-family match loses to a KB name."""
    by_range: dict[tuple[int, int], Span] = {}
    for s in spans:
        key = (s.start, s.end)
        old = by_range.get(key)
        if old is None or ("/family/" in old.id_ and "/family/" not in s.id_):
            by_range[key] = s
    return filter_spans(list(by_range.values()))


def _remap(doc: Doc, span: Span) -> Span | None:
    """A span's position after merging: find the token range with the same characters."""
    new = doc.char_span(span.start_char, span.end_char, label=span.label_, span_id=span.id_)
    return new


@Language.component("spacegraph_sentences")
def newline_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence; a colon or semicolon inside a line does not ('the crew of Crew-9:
    A, B and C'), whatever the parser would guess. The parser keeps boundaries set before it."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            doc[tok.i + 1].is_sent_start = True
        elif tok.text in (":", ";") and tok.i > 0:
            doc[tok.i + 1].is_sent_start = False
        elif doc[tok.i + 1].is_lower and doc[tok.i + 1].is_alpha and tok.text not in _SENTENCE_ENDS and not tok.is_space \
                and tok.text not in ("*", "-", "\u2022", "\u2013", "\u2014"):
            doc[tok.i + 1].is_sent_start = False  # 'Andre Kuipers | floated into ...': no sentence opens in lower case
        elif tok.text in _TITLE_ABBREVIATIONS and doc[tok.i + 1].is_title:
            doc[tok.i + 1].is_sent_start = False  # 'a physician assistant at St. Jude', 'Dr. Ahmad Al Falasi'
        elif tok.lower_ in ("a.m.", "p.m.") and _time_zone_follows(doc, tok.i + 1):
            doc[tok.i + 1].is_sent_start = False  # 'at 7:24 a.m. Moscow time on Friday' goes on
        elif tok.text in ("*", "-", "\u2022", "\u2013", "\u2014") and (tok.i == 0 or "\n" in doc[tok.i - 1].text
                                                                       or "\n" in doc[tok.i - 1].whitespace_):
            doc[tok.i + 1].is_sent_start = False  # '* Jeff Bezos - founder of Blue Origin': the bullet opens its line
        elif tok.text in ("-", "\u2013", "\u2014") and tok.i > 0 and doc[tok.i - 1].whitespace_ and tok.whitespace_ \
                and "\n" not in doc[tok.i - 1].whitespace_ and "\n" not in doc[tok.i - 1].text:
            tok.is_sent_start = False  # 'Chun Wang – mission commander.': a spaced dash goes on with its line
            doc[tok.i + 1].is_sent_start = False
    return doc


_SENTENCE_ENDS = {".", "!", "?", "...", "\u2026"}
# abbreviations that stand before a name and so never end a sentence
_TITLE_ABBREVIATIONS = {"St.", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Gen.", "Col.", "Lt.", "Capt.", "Maj.", "Sgt.",
                        "Cmdr.", "Adm.", "Sen.", "Rep.", "Gov.", "Mt.", "Ft.", "Sr.", "Rev."}
_APOSTROPHE_NAME = re.compile(r"[^\W\d_]+['\u2019][^\W\d_]+")  # "O'Connor", "D'Souza"
_INITIAL = re.compile(r"[A-Z]\.")
_ZONES = {"gmt", "utc", "edt", "est", "cdt", "cst", "pdt", "pst", "bst", "cet", "cest", "ist", "jst", "msk", "uae"}


def _name_like(span: Span) -> bool:
    """Capitalised words, possibly hyphen-joined ('Marius-Ioan Piso')."""
    return all(t.is_title and t.is_alpha or t.text == "-" and not t.whitespace_ and t.i > span.start and not span.doc[t.i - 1].whitespace_
               for t in span)


def _capitalised_run(doc: Doc, start: int, taken: set[int], longest: int, title_case: bool = False) -> int:
    """The end of the run of capitalised words (letters, or with digits: 'Shift4') from ``start``, on one line,
    outside entities already found, at most ``longest`` words; with ``title_case``, 'YouTube' does not count."""
    j = start
    while j < len(doc) and j not in taken and j - start < longest and doc[j].text[:1].isupper() and "\n" not in doc[j].text \
            and ((doc[j].is_title if title_case else doc[j].is_alpha) or any(c.isdigit() for c in doc[j].text)):
        j += 1
    return j


def _companies_listed_as_people(ents: list[Span], person_cues: frozenset[str]) -> list[Span]:
    """'NASA selected Intuitive Machines, Lunar Outpost and Venturi Astrolab': names the NER took for people, in
    a list of organisations with no person in it, are organisations too; not a name a title or a nationality
    introduces ('JAXA President Hiroshi Yamakawa and UNOOSA', 'the Americans A and B')."""
    def group(span: Span) -> int:
        tok = span.root
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        return tok.i

    groups: dict[int, set[str]] = {}
    for e in ents:
        groups.setdefault(group(e), set()).add(e.label_)
    out = []
    for e in ents:
        labels = groups[group(e)]
        before = e.doc[e.start - 1] if e.start else None
        introduced = before is not None and (before.lower_ in person_cues or before.ent_type_ in ("Country", "NORP", "GPE"))
        if e.label_ == "Person" and not e.id_ and "Organization" in labels and "Astronaut" not in labels and not introduced:
            e = Span(e.doc, e.start, e.end, label="Organization")
        out.append(e)
    return out


def _join_ago_today(ents: list[Span]) -> list[Span]:
    """'Thirty years ago' + 'today' is one date, the anniversary's day, not today's; before ', on 2 December 1990'
    the vaguer 'thirty years ago' gives way."""
    dates = {e.start: e for e in ents if e.label_ == "DATE"}
    out, skip = [], set()
    for e in sorted(ents, key=lambda e: e.start):
        if id(e) in skip:
            continue
        after = dates.get(e.end)
        if e.label_ == "DATE" and e[-1].lower_ == "ago" and after is not None and after.text.lower() == "today":
            out.append(Span(e.doc, e.start, after.end, label="DATE"))
            skip.add(id(after))
        elif e.label_ == "DATE" and e[-1].lower_ == "ago" and any(dates.get(e.end + k) is not None and e.doc[e.end].text == ","
                                                                  for k in (1, 2)):
            continue  # 'thirty years ago, on 2 December 1990': the date that follows says it exactly
        else:
            out.append(e)
    return out


def _time_zone_follows(doc: Doc, i: int) -> bool:
    words = [t.lower_ for t in doc[i:i + 3]]
    return bool(words) and (words[0] in _ZONES or "time" in words[1:3] or words[0] == "(")


@Language.factory("spacegraph_typer", default_config={"ontology": None})
def make_typer(nlp: Language, name: str, ontology: str | None) -> EntityTyper:
    return EntityTyper(ontology, nlp.vocab)


def _date_matcher(vocab, words: dict) -> Matcher:
    """Weekdays, month-day, month-year and year patterns; the date resolver decides what they mean."""
    m = Matcher(vocab)
    qual = {"LOWER": {"IN": words["qualifiers"]}, "OP": "?"}
    part = {"LOWER": {"IN": words["parts_of_day"]}, "OP": "?"}
    month = {"LOWER": {"IN": words["months"]}, "IS_TITLE": True}
    day = {"TEXT": {"REGEX": r"^[0-3]?\d(st|nd|rd|th)?$"}}
    year = {"TEXT": {"REGEX": r"^(19[5-9]\d|20\d\d)$"}}
    m.add("DATE", [
        [qual, {"LOWER": {"IN": words["weekdays"]}}, part],
        [qual, month, day, {"TEXT": ",", "OP": "?"}, year],
        [qual, month, day],
        [day, month, year],
        [day, month],
        [qual, month, {"LOWER": "of", "OP": "?"}, year],
        [{"LOWER": {"IN": ["in", "since", "of"]}}, month],
        [{"LOWER": {"IN": words["relative"]}}],
        [{"LOWER": {"IN": ["last", "next", "this", "earlier", "later"]}}, {"LOWER": {"IN": ["month", "year", "week"]}}],
        [year],
    ])
    return m


_SERIAL = re.compile(r"[A-Z][A-Za-z]*[A-Za-z]-\d{1,3}[A-Z]?|[A-Z]{3,}\d{1,2}[A-Z]{0,2}")  # 'Sich-2', 'NEXTSat-2', 'KSAT3U'
_SUFFIX = re.compile(r"[A-Z]{1,2}\d{0,3}|\d{1,3}[A-Z]?")  # the part after the hyphen: 'X', 'T1', 'C59', '2'


def _designator(text: str) -> bool:
    """'SAOCOM', 'CBERS-4A', 'S5': capitals and digits, the shape of a spacecraft's name rather than a word."""
    return sum(c.isupper() for c in text) >= 2 or any(c.isdigit() for c in text) and any(c.isupper() for c in text)


def _longest(spans: list[Span]) -> list[Span]:
    """Overlapping spans: the longer one wins (an organisation that swallowed a demonym beats the demonym)."""
    return filter_spans(sorted(spans, key=lambda s: (s.start, -(s.end - s.start))))


class EntityTyper:
    """From NER labels to contract classes; the rules for each are in the lexicon."""

    def __init__(self, ontology: str | None = None, vocab=None):
        self.kb = kb_module.load(ontology)
        self.lex = lexicon_module.load(ontology)
        self.date_matcher = _date_matcher(vocab, self.lex.raw["date_words"]) if vocab is not None else None
        self.person_cues = self.lex.official_roles | frozenset(h for h in self.lex.honorifics if h not in STOP_WORDS) | frozenset(
            w for role in self.lex.astronaut_roles for w in (role, role + "s"))  # the honorifics list also holds 'and', 'with'...

    def __call__(self, doc: Doc) -> Doc:
        ents: list[Span] = []
        for ent in doc.ents:
            if ent.label_ in CLASSES or ent.label_ == "DATE":
                ents.append(ent)
            elif ent.label_ == "PERSON":
                span = self.person(ent)
                if span is not None:
                    ents.append(span)
            elif ent.label_ == "ORG":
                span = self.organization(ent)
                if span is not None:
                    ents.append(span)
        ents.extend(self.nicknamed_people(doc))
        ents.extend(self.bulleted_names(doc))
        ents.extend(self.described_names(doc))
        ents.extend(self.titled_names(doc))
        agents = self.crew_agents(doc)  # 'commanded by Brewster Shaw' is a person whatever the NER said
        listed = agents + self.listed_with_people(doc)
        ents = [e for e in ents if not any(p.start == e.start and p.end == e.end for p in listed)] + listed
        ents.extend(self.confirm_weak(doc))
        ents.extend(self.organizations_around_countries(doc, ents))
        ents.extend(self.organizations_after_nouns(doc, ents))
        ents.extend(self.organizations_after_offices(doc, ents))
        ents = _longest(ents)
        ents = self.more_dates(doc, ents)
        ents = self.missions_by_context(doc, ents)
        ents = ents + self.launched_craft(doc, ents)
        ents = self.designated_craft(doc, ents)
        ents = self.acronym_definitions(doc, ents)
        ents = self.described_organizations(doc, ents)
        ents = filter_spans(ents)
        ents = _companies_listed_as_people(ents, self.person_cues)
        for tok in doc:  # ids are per token: a re-typed span must not inherit one from the span it replaced
            tok.ent_id_ = ""
        doc.ents = [Span(doc, e.start, e.end, label=e.label_, span_id=e.id_) for e in ents]
        return doc

    def person(self, ent: Span) -> Span | None:
        doc = ent.doc
        start, end = ent.start, ent.end
        while start < end and (doc[start].lower_ in self.lex.honorifics or not doc[start].is_alpha and not _INITIAL.fullmatch(doc[start].text)):
            start += 1
        if end - start > 1 and doc[start].is_sent_start and doc[start].lower_.endswith("ing") and len(doc[start]) >= 7 \
                and not self.kb.lookup(doc[start:end].text):
            start += 1  # 'Flanking Tyurin were ...', 'Joining Kimbrough is ...': the NER took the verb into the name
        cut = next((t.i for t in doc[start + 1:end] if t.text in ("-", "\u2013", "\u2014") and doc[t.i - 1].whitespace_), None)
        if cut is not None:
            end = cut  # 'David Brown - mission specialist': the NER ran on past the dash
        while end > start and (doc[end - 1].lower_ in ("'s", "’s", "'", "’") or not (doc[end - 1].is_alpha or doc[end - 1].text.endswith(".")
                                                                                      or _APOSTROPHE_NAME.fullmatch(doc[end - 1].text))):
            end -= 1
        while start < end < len(doc) and end - start < 5 and doc[end - 1].lower_ in self.lex.name_particles \
                and doc[end].is_title and doc[end].is_alpha:
            end += 1  # 'Ursula von der' + 'Leyen': the NER stopped after the particles
        if end <= start or end - start > 5:
            return None
        while start > 0 and _INITIAL.fullmatch(doc[start - 1].text) and doc[start - 1].ent_type_ in ("", "PERSON"):
            start -= 1  # 'K. Radhakrishnan': the NER left the initial out
        if end - start == 1 and start > 0:
            prev = doc[start - 1]  # '* Jeff Bezos': the NER kept only the surname
            before = doc[start - 2] if start > 1 else None
            if prev.is_title and prev.is_alpha and prev.pos_ == "PROPN" and not prev.ent_type_ and prev.lower_ not in self.lex.honorifics \
                    and prev.lower_ not in self.lex.official_roles and prev.lower_ not in self.lex.astronaut_roles \
                    and (before is None or not before.is_title):
                start -= 1
        span = doc[start:end]
        for tok in span:
            if tok.lower_ in self.lex.name_particles or (tok.text in ("-", "\u2010") and tok.i > start and not doc[tok.i - 1].whitespace_):
                continue  # 'bin', 'van'; the hyphen in 'Al-Tamimi'
            if tok.i > start + 1 and doc[tok.i - 1].text in ("-", "\u2010") and not doc[tok.i - 1].whitespace_ and tok.is_alpha:
                continue  # 'Lee Sang-ryool': a given name's second syllable

            if any(ch.isdigit() for ch in tok.text) or not tok.text[:1].isupper() or "\n" in tok.text:
                return None
            if tok.pos_ in ("VERB", "AUX", "ADP", "DET", "PRON") and tok.text.istitle() and len(span) > 1:
                return None
        if len(span) == 1 and (span[0].is_stop or span[0].lower_ in self.lex.official_roles):
            return None
        if any(t.lower_ in self.lex.not_name_words for t in span):
            return None  # 'Launch Vehicle Mark-III', 'Tiangong Station' are no one's name
        hits = self.kb.lookup(span.text)
        if hits:
            entry = self.kb.get(hits[0])
            return Span(doc, start, end, label=entry.cls, span_id="|".join(hits))
        return Span(doc, start, end, label="Person")

    def bulleted_names(self, doc: Doc) -> list[Span]:
        """'- Jaison Robinson, co-founder of ...': two or three capitalised words opening a bulleted line and
        followed by a comma, dash or bracket name a person, even where the statistical NER saw nothing."""
        out = []
        for tok in doc[:-3]:
            if tok.text not in ("-", "*", "\u2022", "\u2013", "\u2014") or not (tok.i == 0 or "\n" in doc[tok.i - 1].text
                                                                               or "\n" in doc[tok.i - 1].whitespace_):
                continue
            end = tok.i + 1
            while end < len(doc) and end - tok.i <= 3 and doc[end].is_title and doc[end].is_alpha and not doc[end].ent_type_:
                end += 1
            if 2 <= end - tok.i - 1 <= 3 and end < len(doc) and doc[end].text in (",", "-", "(", "\u2013", "\u2014"):
                span = self.person(Span(doc, tok.i + 1, end, label="PERSON"))
                if span is not None:
                    out.append(span)
        return out

    def nicknamed_people(self, doc: Doc) -> list[Span]:
        """'Warren "Woody" Hoburg': given name, quoted nickname, surname is one person (the KB's, if it
        knows the name without the nickname)."""
        out = []
        opening, closing = ('"', "\u201c", "'", "\u2018"), ('"', "\u201d", "'", "\u2019")
        for i in range(len(doc) - 4):
            first, q1, nick, q2, last = doc[i:i + 5]
            if not (q1.text in opening and q2.text in closing and all(t.is_alpha and t.text[:1].isupper() for t in (first, nick, last))):
                continue
            if first.ent_type_ in CLASSES and first.ent_type_ not in ("Person", "Astronaut") or first.is_sent_start and first.is_stop:
                continue
            hits = self.kb.lookup(f"{first.text} {last.text}")
            entry = self.kb.get(hits[0]) if hits else None
            if entry is not None and entry.cls in ("Astronaut", "Person"):
                out.append(Span(doc, i, i + 5, label=entry.cls, span_id="|".join(hits)))
            elif last.ent_type_ in ("PERSON", "") or doc[i].ent_type_ == "PERSON":
                out.append(Span(doc, i, i + 5, label="Person"))
        return out

    def organization(self, ent: Span) -> Span | None:
        doc = ent.doc
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        # 'Indian Air Force': the KB matched 'Indian' first, so NER could only label 'Air Force'
        if start > 0 and doc[start - 1].ent_type_ == "Country" and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].whitespace_ != "" and doc[start].text[:1].isupper():
            start -= 1
        while end > start and (doc[end - 1].lower_ in ("'s", "’s") or doc[end - 1].is_punct):
            end -= 1
        span = doc[start:end]
        if not span or any("\n" in t.text for t in span) or len(span) > 8:
            return None
        if not any(t.text[:1].isupper() for t in span):
            return None
        words = [t.lower_ for t in span]
        if words[0] in self.lex.official_roles or (len(span) == 1 and span[0].lower_ in self.lex.honorifics):
            return None  # 'Minister of Communications' is a title, not an organisation
        nxt = doc[end].lower_ if end < len(doc) else ""
        if " ".join(words[:2]).rstrip("s") in self.lex.military_ranks or f"{words[-1]} {nxt}".rstrip("s") in self.lex.military_ranks:
            return None  # 'Group Captain' is a rank
        before = [t.lower_ for t in doc[max(span.sent.start, start - 6):start]]
        if "of" in before and {"minister", "secretary", "ministry", "commissioner"} & set(before) and words[-1] not in self.lex.org_heads:
            return None  # '... Minister of Communications and Digital Economy': a portfolio
        if len(span) == 1 and not span.text.isupper() and end < len(doc) and doc[end].text in ('"', "“", "'", "‘"):
            return None  # 'Warren "Woody" Hoburg': a given name before a nickname
        if words[-1] in self.lex.agency_strong_heads and set(" ".join(words).replace("-", " ").split()) & self.lex.agency_requires:
            return Span(doc, start, end, label="Agency")
        if len(words) > 1 and words[0] in self.lex.document_heads and words[1] in ("of", "on", "for", "between"):
            if words[-1] in ("of", "on", "for", "the") and end < len(doc) and doc[end].ent_type_:
                end = next((e.end for e in doc.ents if e.start == end), end)  # '... of the' + the KB's organisation
            return Span(doc, start, end, label="Agreement")  # 'the Convention of the Asia-Pacific ...' is a document
        if len(words) > 1 and words[-1] in self.lex.document_heads and all(t.text[:1].isupper() for t in span):
            return Span(doc, start, end, label="Agreement")  # 'the Financial Framework Partnership Agreement'
        if len(words) > 1 and words[-1] in self.lex.program_name_heads and span[-1].is_title and all(t.text[:1].isupper() for t in span):
            return Span(doc, start, end, label="Program")  # 'NASA's Launch Services Program', 'the Commercial Crew Program'
        if 2 <= len(span) <= 5 and _name_like(span) and not set(words) & self.lex.org_heads \
                and (self._described_as_person(doc, end) or self._titled_before(doc, start)):
            return self.person(Span(doc, start, end, label="PERSON"))  # 'Rahm Emanuel, the U.S. ambassador to Japan'
        return Span(doc, start, end, label="Organization")

    def _titled_before(self, doc: Doc, start: int) -> bool:
        """'The head of the Australian Space Agency, Enrico Palermo': an office of something, then the name."""
        if start < 4 or doc[start - 1].text != ",":
            return False
        window = doc[max(doc[start].sent.start, start - 10):start - 1]
        return any(t.lower_ in self.lex.official_roles and t.i + 1 < start and doc[t.i + 1].lower_ == "of" for t in window)

    def _described_as_person(self, doc: Doc, end: int) -> bool:
        """', the U.S. ambassador', ', a NASA astronaut', ', first deputy director general of Glavkosmos': an
        apposition headed by a role only people hold (without an article, the role must take an 'of')."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return False
        article = doc[end + 1].lower_ in ("the", "a", "an")
        roles = self.lex.official_roles | set(self.lex.astronaut_roles)
        role = False
        for t in doc[end + 1 + article:min(len(doc), end + 8)]:
            if t.lower_ in roles and not (t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "NOUN" and doc[t.i + 1].lower_ not in roles):
                if article:
                    return True
                role = True
            elif role and t.lower_ in ("of", "at"):
                return True
            if t.text in (",", ".", ";") or t.pos_ in ("VERB", "AUX"):
                return False
        return False

    def titled_names(self, doc: Doc) -> list[Span]:
        """'KARI President Lee Sang-ryool', 'MBRSC Director-General Yousuf Hamad AlShaibani': after an
        organisation and a capitalised title, the capitalised run is a person's name, however much of it the
        statistical NER saw."""
        out = []
        for tok in doc[1:-2]:
            if not tok.is_title or tok.lower_ not in self.lex.official_roles:
                continue
            first = tok.i
            if tok.lower_ == "general" and doc[tok.i - 1].text == "-" and tok.i >= 2:
                first = tok.i - 2  # 'Director-General'
            if first < 1 or doc[first - 1].ent_type_ not in ("Agency", "Organization", "ORG"):
                continue
            begin = tok.i + 1
            while begin < len(doc) and (doc[begin].lower_ in self.lex.official_roles | self.lex.honorifics | self.lex.title_words):
                begin += 1  # 'Executive Vice President Shigeki Terashi': the whole title comes first
            j, words = begin, 0
            while j < len(doc) and j - begin <= 5 and doc[j].ent_type_ in ("", "PERSON", "Person"):
                t = doc[j]
                if t.text[:1].isupper() and t.is_alpha:
                    words += 1
                elif t.text == "-" and not doc[j - 1].whitespace_ and not t.whitespace_ and j + 1 < len(doc) and doc[j + 1].is_alpha:
                    j += 1  # 'Sang-ryool'
                else:
                    break
                j += 1
            if 2 <= words <= 4:
                span = self.person(Span(doc, begin, j, label="PERSON"))
                if span is not None:
                    out.append(span)
        return out

    def listed_with_people(self, doc: Doc) -> list[Span]:
        """'Charles Bolden and Naoki Okumura signed', 'Jugderdemidiin Gurragchaa of Mongolia and Dumitru Prunariu
        of Romania': a proper name of two or three words (besides particles: 'Moin ul Haque') the NER passed over,
        or took for a place or a company, joined by 'and' to a person's name, is a person's name too."""
        out = []
        people = ("PERSON", "Person", "Astronaut")
        loose = ("", "GPE", "NORP", "LOC", "ORG", "FAC")  # 'Mary Cleave, Sherwood Spring and Jerry Ross
        particles = self.lex.name_particles
        for t in doc:
            if t.ent_type_ not in loose or t.pos_ != "PROPN":
                continue
            partner = t.head if t.dep_ == "conj" else next((c for c in t.children if c.dep_ == "conj"), None)
            if partner is None or partner.ent_type_ not in people:
                continue
            start = t.i
            while start > 0 and doc[start - 1].head.i == t.i and doc[start - 1].dep_ in ("compound", "nmod", "amod") \
                    and doc[start - 1].ent_type_ in loose and (doc[start - 1].is_title or doc[start - 1].lower_ in particles):
                start -= 1
            span = doc[start:t.i + 1]
            words = [w for w in span if w.lower_ not in particles]
            if not (2 <= len(span) <= 4 and 2 <= len(words) <= 3 and all(w.is_title and w.is_alpha for w in words)):
                continue
            lowered = {w.lower_ for w in span}
            if lowered & (self.lex.official_roles | self.lex.honorifics | self.lex.org_heads | self.lex.org_suffixes):
                continue
            if self.kb.lookup(span.text):
                continue  # a name the knowledge base knows is whatever it says it is
            found = self.person(Span(doc, start, t.i + 1, label="PERSON"))
            if found is not None:
                out.append(found)
        return out

    def crew_agents(self, doc: Doc) -> list[Span]:
        """'The flight was commanded by Loren Shriver': two or three capitalised words the NER passed over or took
        for a place, as the agent of a passive crew-role verb, are a person's name (missions and agencies are
        already typed)."""
        out = []
        for by in doc[1:-2]:
            verb = by.head
            if by.lower_ != "by" or by.dep_ != "agent" or verb.tag_ != "VBN" or verb.lemma_.lower() not in self.lex.crew_role_verbs:
                continue
            start = by.i + 1
            end = _capitalised_run(doc, start, {t.i for t in doc if t.ent_type_ in CLASSES}, 3, title_case=True)
            if end - start >= 2 and all(t.pos_ == "PROPN" and t.lower_ not in self.lex.official_roles | self.lex.honorifics
                                        for t in doc[start:end]):
                span = self.person(Span(doc, start, end, label="PERSON"))
                if span is not None:
                    out.append(span)
        return out

    def described_names(self, doc: Doc) -> list[Span]:
        """'signed by Natalia Lokteva, first deputy director general of Glavkosmos': two or three capitalised
        words the NER passed over, followed by an apposition only a person takes, are a person's name; at the
        start of a sentence only when every word is a proper noun ('Hervé Derrey, chief executive of ...')."""
        out = []
        for comma in doc:
            if comma.text != "," or not self._described_as_person(doc, comma.i):
                continue
            start = comma.i
            while start > 0 and comma.i - start < 4 and doc[start - 1].is_title and doc[start - 1].is_alpha \
                    and doc[start - 1].ent_type_ in ("", "GPE", "NORP", "LOC", "ORG") and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].lower_ not in self.lex.official_roles | self.lex.honorifics:
                start -= 1
            opening = doc[start].is_sent_start and not all(t.tag_ == "NNP" and not t.is_stop for t in doc[start:comma.i])
            if comma.i - start >= 2 and not opening and not (start > 0 and doc[start - 1].ent_type_ == "PERSON"):
                span = self.person(Span(doc, start, comma.i, label="PERSON"))
                if span is not None:
                    out.append(span)
        return out

    def organizations_after_nouns(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the payment company Shift4 Payments', 'the start-up Vast': a capitalised run right after a
        company noun names that company, even where the statistical NER saw nothing."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = []
        for tok in doc[:-1]:
            if tok.lower_ not in self.lex.company_nouns or tok.i + 1 in taken:
                continue
            j = _capitalised_run(doc, tok.i + 1, taken, 4)
            if j > tok.i + 1 and not doc[tok.i + 1].is_sent_start:
                out.append(Span(doc, tok.i + 1, j, label="Organization"))
        return out

    def organizations_after_offices(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'founder and chief executive of Shift4 Payments', 'a director at Voyager Space': a capitalised run
        after an office and 'of' or 'at' is the organisation holding it, where the statistical NER saw nothing.
        One word counts only when written like a name no dictionary has ('Shift4')."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = []
        for tok in doc[1:-2]:
            if tok.lower_ not in ("of", "at") or doc[tok.i - 1].lower_ not in self.lex.official_roles or doc[tok.i - 1].is_title:
                continue  # not "Minister of Economic Affairs": a capitalised title names a portfolio
            start = tok.i + 1 + (doc[tok.i + 1].lower_ == "the")
            j = _capitalised_run(doc, start, taken, 4, title_case=True)
            run = doc[start:j]
            if not run or (j < len(doc) and (j in taken or doc[j].lower_ in ("at", "of", "for", "and"))) or any(t.is_sent_start for t in run):
                continue  # 'director of Human Spaceflight at ESA' names a department
            if len(run) >= 2 or any(c.isdigit() for c in run.text):
                out.append(Span(doc, start, j, label="Organization"))
        return out

    def organizations_around_countries(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Royal Saudi Air Force', 'U.S. Army', 'Indian Air Force': a capitalised run through a country
        name that ends in an organisation word is one organisation (the KB matched the country first)."""
        out = []
        for ent in ents:
            if ent.label_ != "Country" or len(ent) != 1:
                continue
            start, end = ent.start, ent.end
            while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha and doc[start - 1].ent_type_ not in ("Agency", "Country", "Mission", "Person", "Astronaut") and doc[start - 1].lower_ not in ("the", "a", "an") and not doc[start - 1].is_sent_start:
                start -= 1
            j = end
            while j < len(doc) and (doc[j].text[:1].isupper() and doc[j].is_alpha) and doc[j].ent_type_ not in ("Country", "Agency", "Person", "Astronaut", "Mission"):
                j += 1
            if j == end and start < ent.start and ent.text.isupper() and ent[0].dep_ in ("pobj", "compound", "nsubj", "dobj", "appos") \
                    and all(t.pos_ == "PROPN" and not t.ent_type_ for t in doc[start:ent.start]) and ent.start - start <= 3:
                out.append(Span(doc, start, end, label="Organization"))  # 'awarded to Astrium UK': a company's national arm
                continue
            if j == end or doc[j - 1].lower_ not in self.lex.org_heads:
                continue
            span = Span(doc, start, j, label="Organization")
            words = {t.lower_ for t in span}
            if doc[j - 1].lower_ in self.lex.agency_strong_heads and words & self.lex.agency_requires:
                span = Span(doc, start, j, label="Agency")
            out.append(span)
        return out

    def more_dates(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Dates the statistical NER missed; never over a name."""
        if self.date_matcher is None:
            return ents
        taken = {i for e in ents if e.label_ != "DATE" for i in range(e.start, e.end)}
        found = []
        for _, start, end in self.date_matcher(doc):
            span = doc[start:end]
            if span[0].lower_ in ("in", "since", "of"):
                span = doc[start + 1:end]
            if not any(i in taken for i in range(span.start, span.end)):
                found.append(Span(doc, span.start, span.end, label="DATE"))
        found = filter_spans(found)
        # a match that contains the NER's date is the fuller date ('26 August 2023' where the NER saw 'August 2023')
        wider = [e for e in ents if e.label_ == "DATE" and any(f.start <= e.start and e.end <= f.end and len(f) > len(e) for f in found)]
        kept = [e for e in ents if e not in wider]
        dated = {i for e in kept if e.label_ == "DATE" for i in range(e.start, e.end)}
        return _join_ago_today(kept + [f for f in found if not any(i in dated for i in range(f.start, f.end))])

    def confirm_weak(self, doc: Doc) -> list[Span]:
        """Weak KB names (Jordan, Chad, Endurance) count only where the statistical NER agrees."""
        ner = {(e.start, e.end): e.label_ for e in doc.ents}
        kept = []
        for span in doc.spans.get("sg_weak", []):
            label = ner.get((span.start, span.end))
            if label in WEAK_CONFIRM.get(span.label_, ()) or self._craft_context(doc, span):
                kept.append(span)
        return kept

    def _craft_context(self, doc: Doc, span: Span) -> bool:
        """'the Euclid telescope', "ESA's Euclid mission", 'Lucy, a NASA probe': a weak mission name next to a
        spacecraft noun is the mission."""
        if span.label_ != "Mission":
            return False
        crafts = set(self.lex.probe_nouns) | {"mission", "flight"}
        after = doc[span.end] if span.end < len(doc) else None
        if after is not None and after.lemma_.lower() in crafts:
            return True
        if after is not None and after.lower_ in ("'s", "\u2019s") and span.end + 1 < len(doc) \
                and doc[span.end + 1].lemma_.lower() in crafts | set(self.lex.launch_nouns):
            return True  # "Euclid's launch"
        if span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ in ("a", "an", "the"):
            return any(t.lemma_.lower() in crafts for t in doc[span.end + 2:min(span.end + 8, len(doc))])
        return False

    def missions_by_context(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the Hope mission', 'the Polaris Dawn flight': an untyped proper name right before a mission noun."""
        # an unlinked name the NER typed as a person or organisation, right before 'mission', is the mission
        retyped = []
        for e in ents:
            j = e.end  # 'the Akatsuki climate orbiter': a word or two may say what kind of probe it is
            while j < min(e.end + 2, len(doc) - 1) and doc[j].is_lower and doc[j].pos_ == "NOUN" and doc[j].dep_ == "compound" \
                    and doc[j].lower_ not in self.lex.named_probe_nouns:
                j += 1
            if e.label_ in ("Person", "Organization") and not e.id_ and e.end < len(doc) \
                    and (doc[e.end].lower_ in ("mission", "spaceflight") or doc[j].lower_ in self.lex.named_probe_nouns and doc[j].tag_ == "NN") \
                    and e.text.lower() not in self.lex.celestial_names | self.lex.rocket_words \
                    and e.start > 0 and doc[e.start - 1].lower_ in ("the", "its", "their", "his", "her", "'s", "\u2019s"):
                retyped.append(Span(doc, e.start, e.end, label="Mission"))
            else:
                retyped.append(e)
        ents = self._described_as_craft(doc, retyped)
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = list(ents)
        probes = set(self.lex.named_probe_nouns)
        for tok in doc:
            probe = tok.lower_ in probes and tok.tag_ == "NN"
            if tok.lower_ not in ("mission", "spaceflight") and not probe or tok.i == 0:
                continue
            end = tok.i
            start = end
            while start > 0 and doc[start - 1].i not in taken and (
                    (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text.isupper()) and doc[start - 1].text[:1].isupper()
                    or doc[start - 1].text == "-" and start > 1 and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
                    and doc[start - 2].text[:1].isupper()
                    or doc[start - 1].text.isdigit() and start == end and start > 1 and doc[start - 2].i not in taken
                    and doc[start - 2].pos_ == "PROPN" and doc[start - 2].is_title):
                start -= 1  # 'Hakuto-R' is three tokens; 'Euromir 94' a name and a number
            if start == end or end - start > 4:
                continue
            if start > 0 and doc[start - 1].lower_ not in ("the", "'s", "’s", "its", "their", "his", "her", ",", "(") and doc[start - 1].pos_ != "ADJ":
                continue
            if probe and (start == 0 or doc[start - 1].lower_ not in ("the", "its", "their", "'s", "\u2019s")
                          or doc[start - 1].lower_ in ("'s", "\u2019s") and start > 1 and doc[start - 2].ent_type_ == "Mission"):
                continue  # "ispace's Hakuto-R lander" is a mission; "Chandrayaan-3's Vikram lander" a part of one
            if probe and end - start == 1 and doc[start].lower_ in self.lex.celestial_names | self.lex.rocket_words:
                continue  # 'the Moon orbiter', 'the Earth observation satellite', 'the Dragon spacecraft' name no flight
            if any(doc[i].is_sent_start for i in range(start + 1, end + 1)):
                continue
            out.append(Span(doc, start, end, label="Mission"))
        return out

    def described_organizations(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'the American company Space Adventures' is a company whatever the NER said; 'the start-ups Planetary
        Resources and Deep Space Industries' are two."""
        nouns = set(self.lex.company_nouns) | set(self.lex.org_descriptor_nouns)
        out = []
        for e in ents:
            before = doc[e.start - 1] if e.start else None
            word = before.lower_ if before is not None else ""
            if e.start >= 3 and doc[e.start - 2].text == "-" and not doc[e.start - 2].whitespace_ and not doc[e.start - 3].whitespace_:
                word = f"{doc[e.start - 3].lower_}-{word}"  # 'start-ups'
            described = before is not None and (before.lemma_.lower() in nouns or word.rstrip("s") in nouns)
            if not described or e.label_ not in ("Person", "Organization") or e.id_:
                out.append(e)
                continue
            ands = [t.i for t in e if t.lower_ == "and"]
            plural = word.endswith("s") and word.rstrip("s") in nouns or before.tag_ == "NNS"
            if e.label_ == "Organization" and len(ands) == 1 and plural and ands[0] > e.start and ands[0] < e.end - 1 \
                    and all(t.is_title for t in doc[e.start:ands[0]]) and all(t.is_title for t in doc[ands[0] + 1:e.end]):
                out.extend([Span(doc, e.start, ands[0], label="Organization"), Span(doc, ands[0] + 1, e.end, label="Organization")])
            elif e.label_ == "Person":
                out.append(Span(doc, e.start, e.end, label="Organization"))
            else:
                out.append(e)
        return out

    def designated_craft(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'NigeriaSat-2', 'Sich-2', 'Proba-3', 'LUMIR-T1', 'PSLV-C59': a name with a serial number is a spacecraft or
        a launch (the statistical NER often calls them organisations). Rocket models ('Kuaizhou-1A') are in
        the KB already; aircraft and other series are listed in the lexicon."""
        covered = {i: e for e in ents for i in range(e.start, e.end)}
        rockets = self.lex.rocket_words
        flights = self.lex.flight_designator_rockets
        out = [e for e in ents]
        i = 0
        while i < len(doc):
            tok = doc[i]
            end = None
            if _SERIAL.fullmatch(tok.text):
                end = i + 1
            elif i + 2 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_ and not doc[i + 1].whitespace_ \
                    and tok.text[:1].isupper() and tok.is_alpha and len(tok) >= 2 and _SUFFIX.fullmatch(doc[i + 2].text):
                end = i + 3
            prev = doc[i - 1] if i else None
            if prev is not None and (prev.is_title and prev.is_alpha and not prev.is_sent_start or prev.lower_ in self.lex.rocket_words):
                end = None  # part of a longer name: 'Exploration Mission-1', 'Launch Complex-41', 'Soyuz TMA-01M'
            if end is None:
                i += 1
                continue
            text = doc[i:end].text
            prefix = re.split(r"[-\d]", text)[0].lower()
            owner = {id(covered[k]): covered[k] for k in range(i, end) if k in covered}
            flight = prefix in flights and end == i + 3  # 'PSLV-C59' is a launch of the PSLV
            replaceable = all((e.label_ in ("Organization", "Person") and not e.id_ or flight and e.label_ == "Spacecraft")
                              and e.start >= i and e.end <= end for e in owner.values())
            if prefix in self.lex.not_craft_prefixes or (prefix in rockets and not flight) \
                    or not replaceable or len(prefix) < 2:
                i = end
                continue
            out = [e for e in out if id(e) not in owner]
            out.append(Span(doc, i, end, label="Mission"))
            i = end
        return sorted(out, key=lambda e: e.start)

    def launched_craft(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'ISRO launched XPoSat on PSLV-C58', 'Belarus's first communications satellite, Belintersat-1': an unknown
        proper name that something launches, or that a spacecraft noun is put in apposition to, is a spacecraft."""
        taken = {i for e in ents for i in range(e.start, e.end)}
        crafts = set(self.lex.named_probe_nouns) | {"spacecraft"}
        out = []
        for tok in doc:
            head = None
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in self.lex.launching_verbs and tok.head.pos_ == "VERB":
                head = tok  # 'launching XPoSat on PSLV-C58' (a subject may be a person: 'Peake was launched')
            elif tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() in self.lex.launching_verbs and tok.head.pos_ == "VERB" \
                    and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
                head = tok  # 'The first Hayabusa was launched in May 2003': no person is 'the first Hayabusa'
            elif tok.dep_ == "appos" and tok.head.lemma_.lower() in crafts and tok.i == tok.head.i + 2 and doc[tok.i - 1].text == ",":
                head = tok  # 'its first communications satellite, Belintersat-1, in 2016'
            if head is None or head.pos_ != "PROPN":
                continue
            if head.i in taken:
                claimed = next((e for e in ents if e.start <= head.i < e.end), None)
                if not (head.dep_ == "nsubjpass" and claimed is not None and claimed.label_ in ("Person", "Organization")
                        and not claimed.id_ and len(claimed) == 1):
                    continue
                ents.remove(claimed)
                taken -= set(range(claimed.start, claimed.end))
            if head.i and doc[head.i - 1].lemma_.lower() in self.lex.craft_nouns:
                continue  # 'launched the Crew Dragon spacecraft Freedom': the capsule's own name, not a flight
            start = head.i
            while start > 0 and doc[start - 1].dep_ in ("compound",) and doc[start - 1].head.i == head.i and doc[start - 1].pos_ == "PROPN":
                start -= 1
            span = doc[start:head.i + 1]
            words = {t.lower_ for t in span}
            if any(i in taken for i in range(span.start, span.end)) or words & (self.lex.rocket_words | self.lex.celestial_names) \
                    or not all(t.text[:1].isupper() or t.text[:1].isdigit() for t in span) or len(span) > 3:
                continue
            out.append(Span(doc, span.start, span.end, label="Mission"))
        return out

    def _described_as_craft(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'XRISM, an X-ray astronomy mission', 'LARES-2, a laser-ranging satellite': a name the text describes
        as a spacecraft or mission right away is one (the NER calls such names organisations, or nothing)."""
        crafts = set(self.lex.probe_nouns) - {"station", "module", "project"}
        by_end = {e.end: e for e in ents}
        taken = {i for e in ents for i in range(e.start, e.end)}
        out = list(ents)
        for be in doc:  # 'EarthCARE is a joint mission of ESA and JAXA', 'Juno is a NASA probe'
            if be.lemma_ != "be" or be.tag_ not in ("VBZ", "VBD"):
                continue
            subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
            attr = next((c for c in be.children if c.dep_ == "attr"), None)
            if subj is None or attr is None or attr.lemma_.lower() not in crafts or attr.tag_ != "NN" or subj.pos_ != "PROPN" \
                    or not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in attr.children) or subj.i > be.i:
                continue
            start = min(t.i for t in subj.subtree)
            span = doc[start:subj.i + 1]
            if len(span) > 3 or not all(t.pos_ == "PROPN" for t in span) or span.text.lower() in self.lex.celestial_names | self.lex.rocket_words:
                continue
            ent = next((e for e in out if e.start <= subj.i < e.end), None)
            if ent is None and not any(i in taken for i in range(span.start, span.end)):
                out.append(Span(doc, span.start, span.end, label="Mission"))
            elif ent is not None and ent.label_ in ("Organization", "Person") and not ent.id_ and (ent.start, ent.end) == (span.start, span.end):
                out[out.index(ent)] = Span(doc, ent.start, ent.end, label="Mission")
        for comma in doc[1:-2]:
            opener = doc[comma.i + 1]
            if comma.text != "," or opener.lower_ not in ("a", "an", "the") and not (
                    opener.ent_type_ in ("Agency", "Organization") and doc[comma.i + 2].lower_ in ("'s", "\u2019s")):
                continue  # 'Giotto, the ESA probe', "Hayabusa2, JAXA's asteroid probe", 'XRISM, an X-ray mission'
            k = comma.i + 2
            while k < len(doc) and k - comma.i <= 7 and doc[k].lemma_.lower() not in crafts and doc[k].pos_ not in ("ADP", "PRON") and (
                    doc[k].is_lower or doc[k].text in ("-",) or doc[k].is_upper and len(doc[k]) <= 3
                    or k + 1 < len(doc) and doc[k + 1].text == "-" and not doc[k].whitespace_  # 'an Earth-observation satellite'
                    or doc[k].ent_type_ in ("Agency", "Organization", "Country") or doc[k].lower_ in ("'s", "\u2019s")):
                k += 1
            if k >= len(doc) or doc[k].lemma_.lower() not in crafts or doc[k].tag_ in ("NNS", "NNPS") or doc[k].dep_ == "compound" \
                    or k + 1 < len(doc) and (doc[k + 1].text == "-" or doc[k + 1].pos_ in ("NOUN", "PROPN")
                                             or opener.lower_ not in ("a", "an") and doc[k + 1].pos_ in ("AUX", "VERB")):
                continue  # not 'X, the mission's project manager' or 'Y, a mission specialist'
            ent = by_end.get(comma.i)
            if ent is not None:
                if ent.label_ == "Organization" and not ent.id_ or ent.label_ == "Person" and not ent.id_ and opener.lower_ in ("a", "an"):
                    out[out.index(ent)] = Span(doc, ent.start, ent.end, label="Mission")
                continue
            start = comma.i
            while start > 0 and start - 1 not in taken and (doc[start - 1].text[:1].isupper() or _designator(doc[start - 1].text)) \
                    and (not doc[start - 1].is_sent_start or _designator(doc[start - 1].text)) \
                    and (doc[start - 1].pos_ == "PROPN" or any(c.isdigit() for c in doc[start - 1].text)) and comma.i - start < 3:
                start -= 1  # a sentence may open with one: 'SAOCOM 1B, an Earth-observation satellite, ...'
            if start < comma.i and (any(c.isupper() or c.isdigit() for c in doc[start:comma.i].text[1:])
                                    or not doc[start].is_sent_start and all(t.tag_ == "NNP" for t in doc[start:comma.i])
                                    and (doc[start - 1].whitespace_ and doc[start - 1].text != "-")):  # not the 'R' of 'HAKUTO-R'
                out.append(Span(doc, start, comma.i, label="Mission"))
        return out

    def acronym_definitions(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """'Mohammed bin Rashid Space Centre (MBRSC)': the acronym names the entity before it."""
        by_start = {e.start: e for e in ents}
        by_end = {e.end: e for e in ents}
        out = list(ents)
        for tok in doc[2:-1]:
            if not (doc[tok.i - 1].text == "(" and doc[tok.i + 1].text == ")"):
                continue
            if not re.fullmatch(r"[A-Z][A-Za-z0-9&\-]{1,9}", tok.text) or sum(c.isupper() for c in tok.text) < 2:
                continue
            full = by_end.get(tok.i - 1)
            if full is None or full.label_ in ("DATE", "Person", "Astronaut"):
                continue  # 'Matthias Maurer (ESA)' names his agency, not his initials
            existing = by_start.get(tok.i)
            if existing is not None and existing.id_ and not existing.id_.startswith(ALIAS_PREFIX):
                continue  # the KB already knows this acronym
            ident = full.id_ or ALIAS_PREFIX + full.text
            out = [e for e in out if e.start != tok.i]
            out.append(Span(doc, tok.i, tok.i + 1, label=full.label_, span_id=ident))
        return out
