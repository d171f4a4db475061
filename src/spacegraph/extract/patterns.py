"""Local token patterns for relations stated inside one noun phrase.

The small English model often mis-tags role nouns ("NASA astronaut X" with *astronaut* as a verb), which
breaks dependency paths exactly where news states nationality, affiliation and an agency's country most
often. These patterns read the tokens between two mentions instead:

* pre-modifier:  ``NASA astronaut Tracy Dyson``, ``India's Shubhanshu Shukla``, ``Japan's space agency JAXA``
* of-phrase:     ``Tibor Kapu of Hungary``, ``Kirill Peskov of Roscosmos``
* apposition:    ``Jan Wörner, director general of ESA``, ``Marcus Wandt, a Swede``, ``Roscosmos, Russia's space agency``
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..kb import KnowledgeBase
from ..lexicon import Lexicon
from .mentions import Ment

STOP = {",", ";", "(", ")", "—", "–", ":", ".", "who", "which", "that", "and", "while", "whose", "but", "or"}
POSSESSIVE = {"'s", "’s", "'", "’"}
PREPS = {"of", "at", "with", "from", "for", "in"}


class NounPhrasePatterns:
    def __init__(self, lex: Lexicon, kb: KnowledgeBase | None = None):
        self.lex = lex
        self.kb = kb
        roles = set()
        for phrase in list(lex.astronaut_roles) + list(lex.official_roles):
            roles.update(phrase.split())
        self.role_words = frozenset(roles) | lex.role_modifiers
        self.rank_words = frozenset(w for rank in lex.military_ranks for w in rank.split()) | frozenset(
            w + "s" for rank in lex.military_ranks for w in rank.split()[-1:])
        self.heads = frozenset(w.split()[-1] for w in list(lex.astronaut_roles) + list(lex.official_roles))
        self.org_nouns = lex.agency_heads | {"corporation", "company", "firm", "agency", "body", "institution", "university",
                                             "startup", "manufacturer", "operator", "contractor", "organisation", "organization"}

    def premodifier_words(self, head: Ment) -> list[Token]:
        """The role words right before a name ('veteran Roscosmos cosmonaut', 'Commander'), stopping at
        anything else, so a list's first title never reaches its second name."""
        doc = head.span.doc
        out = []
        i = head.span.start - 1
        while i >= 0 and (doc[i].lower_ in self.role_words or doc[i].lower_.rstrip("s") in self.role_words or doc[i].text == "-"):
            out.append(doc[i])
            i -= 1
        return out

    def filler(self, tok: Token) -> bool:
        """A word allowed between a modifier and the name it modifies."""
        low = tok.lower_
        return low in self.role_words or (low.endswith("s") and low[:-1] in self.role_words) or low in POSSESSIVE \
            or (tok.pos_ == "ADJ" and tok.is_lower) or tok.text == "-"

    # ------------------------------------------------------------------ modifier before the head

    def premodifier(self, mod: Ment, head: Ment, max_gap: int = 5) -> str | None:
        """'NASA astronaut X', "India's X", 'Hungarian astronaut X': ``mod`` directly qualifies ``head``.

        Returns 'poss' when the link is a possessive, 'mod' otherwise."""
        doc = head.span.doc
        if mod.span.end > head.span.start or head.span.start - mod.span.end > max_gap:
            return None
        between = doc[mod.span.end:head.span.start]
        if any(not self.filler(t) for t in between):
            return None
        if mod.kind == "demonymNoun":
            return None  # 'a Pole X' is not English
        if between and between[0].lower_ in POSSESSIVE:
            return "poss"
        return "mod"

    def coordinated_premodifier(self, mod: Ment, head: Ment, first: Ment) -> str | None:
        """'NASA astronauts X and Y': a plural role word before the first name covers the whole list."""
        kind = self.premodifier(mod, first)
        if kind is None:
            return None
        between = first.span.doc[mod.span.end:first.span.start]
        if any(t.tag_ in ("NNS", "NNPS") or (t.lower_.endswith("s") and t.lower_[:-1] in self.role_words) for t in between):
            return kind
        return None

    # ------------------------------------------------------------------ of-phrase after the head

    def of_phrase(self, head: Ment, mod: Ment, preps=("of", "from")) -> bool:
        """'X of Hungary', 'X from Roscosmos': a preposition right after the name."""
        doc = head.span.doc
        i = head.span.end
        if i >= len(doc) or doc[i].lower_ not in preps:
            return False
        j = i + 1
        while j < mod.span.start and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        if j < mod.span.start and doc[mod.span.start - 1].lower_ in self.lex.org_descriptor_nouns and mod.span.start - j <= 5:
            # 'Kononenko of the Russian space corporation Roscosmos', 'chief executive of the Montreal firm Mavrik Corp'
            return all(t.is_lower and t.pos_ in ("NOUN", "ADJ") or t.ent_type_ in ("Country", "GPE", "NORP") or t.text == "-"
                       for t in doc[j:mod.span.start])
        return j == mod.span.start

    # ------------------------------------------------------------------ apposition after the head

    def apposition(self, head: Ment, sentence: Span) -> Span | None:
        """The appositive noun phrase after ``head``: ', deputy director of CMSA,' -> that span."""
        doc = head.span.doc
        i = head.span.end
        if i < sentence.end and doc[i].lower_ in ("of", "from", "with"):
            # 'Andreas Mogensen of the European Space Agency (ESA), a Dane': step over the of-phrase
            j = i + 1
            while j < sentence.end and (doc[j].lower_ in ("the", "a", "an") or doc[j].ent_type_ or doc[j].text in ("(", ")")):
                j += 1
            i = j
        if i >= sentence.end or doc[i].text not in (",", "\u2013", "\u2014", "-", ":"):
            return None  # 'X, the commander', 'Chun Wang – mission commander', 'Jeff Bezos - founder of Blue Origin'
        if doc[i].text != "," and i + 1 < sentence.end and doc[i + 1].ent_type_ in ("Person", "Astronaut"):
            return None
        start = i + 1
        end = start
        while end < sentence.end and end - start < 20:
            t = doc[end]
            nxt = doc[end + 1] if end + 1 < sentence.end else None
            if t.lower_ == "and" and nxt is not None and (nxt.lower_ in self.heads or nxt.lower_ in ("the", "a", "an")
                                                          and end + 2 < sentence.end and doc[end + 2].lower_ in self.heads):
                end += 1  # 'Minister of State for Advanced Technology and chairwoman of the UAE Space Agency'
                continue
            if t.text in STOP or t.lower_ in STOP:
                break
            if t.pos_ in ("VERB", "AUX") and t.lower_ not in self.role_words and not t.lower_.endswith("ed"):
                return None  # a clause, not a noun phrase
            end += 1
        if end == start:
            return None
        span = doc[start:end]
        if any(t.ent_type_ in ("Person", "Astronaut") for t in span):
            return None  # 'A, NASA astronaut B and C' is a list of names, not a description of A
        if span[0].lower_ in ("from", "of") and len(span) <= 6:
            return span  # 'X, from the United Arab Emirates,'
        if not any(t.lower_ in self.heads or t.lower_.rstrip("s") in self.heads or t.lower_ in self.org_nouns for t in span) \
                and not (len(span) <= 3 and span[0].lower_ in ("a", "an", "the")):
            return None
        return span

    def relative_clause(self, head: Ment, sentence: Span) -> Span | None:
        """'X, a former NASA astronaut who now flies for Axiom Space and holds Spanish citizenship':
        the who-clause after the name or after its apposition, up to the next comma."""
        doc = head.span.doc
        app = self.apposition(head, sentence)
        i = app.end if app is not None else head.span.end
        if i < sentence.end and doc[i].text == ",":
            i += 1
        if i >= sentence.end or doc[i].lower_ not in ("who", "whom"):
            return None
        end = i + 1
        while end < sentence.end and doc[end].text not in (",", ";", ".", "—", "(") and end - i < 30:
            end += 1
        return doc[i:end]

    def in_relative_clause(self, head: Ment, mod: Ment, sentence: Span, verbs, preps, nouns) -> bool:
        """``mod`` is the object of one of ``verbs`` ('flies for Axiom Space') or qualifies one of ``nouns``
        ('holds Spanish and American citizenship') inside the person's who-clause."""
        rel = self.relative_clause(head, sentence)
        if rel is None or not (rel.start <= mod.span.start and mod.span.end <= rel.end):
            return False
        doc = rel.doc
        before = [t for t in doc[rel.start:mod.span.start]]
        verb = next((t for t in reversed(before) if t.pos_ in ("VERB", "AUX")), None)
        j = mod.span.start - 1
        while j > rel.start and doc[j].lower_ in ("the", "a", "an"):
            j -= 1
        if verb is not None and verb.lemma_.lower() in verbs and (doc[j].lower_ in preps or doc[j].i == verb.i):
            return True
        k = mod.span.end
        while k < rel.end and (doc[k].lower_ in ("and", ",", "both") or doc[k].ent_type_ == "Country"):
            k += 1
        return k < rel.end and doc[k].lower_ in nouns

    def in_apposition(self, head: Ment, mod: Ment, sentence: Span) -> str | None:
        """How ``mod`` sits in the apposition after ``head``: 'prep' (director *of* CMSA), 'mod'
        (*a Russian* cosmonaut, *a Swede*) or 'poss' (*Russia's* space agency)."""
        app = self.apposition(head, sentence)
        if app is None or not (mod.span.start >= app.start and mod.span.end <= app.end):
            return None
        doc = app.doc
        # walk back over "the", "Russia's state space corporation": 'director general of Russia's ... Roscosmos'
        i = mod.span.start - 1
        while i > app.start and (doc[i].lower_ in ("the", "a", "an") or doc[i].lower_ in POSSESSIVE or doc[i].ent_type_ == "Country"
                                 or doc[i].lower_ in self.role_words or doc[i].lower_ in self.org_nouns
                                 or doc[i].is_lower and doc[i].pos_ in ("NOUN", "ADJ") and doc[i].lower_ not in PREPS):
            i -= 1  # 'founder of the payment company Shift4 Payments'
        before = doc[i] if i >= app.start else None
        if before is not None and before.lower_ in PREPS:
            return "prep"
        after = doc[mod.span.end] if mod.span.end < app.end else None
        if after is not None and after.lower_ in POSSESSIVE:
            return "poss"
        if mod.kind in ("demonym", "demonymNoun") or (after is not None and (after.lower_ in self.role_words or after.lower_ in self.org_nouns)):
            return "mod"
        return None

    def collective(self, head: Ment, mod: Ment, people: list[Ment]) -> bool:
        """'Kimbrough and Megan McArthur, both of NASA': 'both/all of X' after a list of names covers each."""
        doc = head.span.doc
        i = mod.span.start - 1
        while i > 0 and doc[i].lower_ in ("the", "a", "an"):
            i -= 1
        if i < 2 or doc[i].lower_ not in ("of", "from", "with"):
            return False
        j = i - 1
        if doc[j].like_num and j > 0:
            j -= 1  # 'all three from ...'
        if doc[j].lower_ not in ("both", "all", "each"):
            return False
        j -= 1
        if doc[j].text != ",":
            return False
        listed = [p for p in people if p.span.end <= j]
        last = max(listed, key=lambda p: p.span.end, default=None)
        if last is None or last.span.end != j:
            return False
        k = last.span.start
        group = {last.key}
        for p in sorted(listed, key=lambda p: -p.span.end):
            if p.key in group:
                continue
            gap = doc[p.span.end:k]
            if all(t.text == "," or t.lower_ == "and" for t in gap) and len(gap) <= 2:
                group.add(p.key)
                k = p.span.start
        return head.key in group

    # ------------------------------------------------------------------ lists of names

    def name_list(self, head: Ment, people: list[Ment]) -> list[Ment]:
        """The names listed with ``head``, in order: 'A, NASA astronaut B and C of JAXA', 'Warren "Woody" Hoburg'.

        Read from the tokens: between two names only commas, 'and', role words, organisation or country
        names, possessives, 'of'/'from', brackets and quoted nicknames may stand."""
        doc = head.span.doc
        ordered = sorted({m.span.start: m for m in people}.values(), key=lambda m: m.span.start)
        if head not in ordered:
            return [head]
        k = ordered.index(head)

        def joined(a: Ment, b: Ment) -> bool:
            gap = doc[a.span.end:b.span.start]
            if len(gap) > 9 or not any(t.text == "," or t.lower_ == "and" for t in gap):
                return False
            return all(t.text in (",", "(", ")", '"', "\u201c", "\u201d", "'") or t.lower_ in ("and", "of", "from", "the", "both")
                       or t.lower_ in self.role_words or t.lower_.rstrip("s") in self.role_words or t.lower_ in POSSESSIVE
                       or t.lower_ in self.rank_words
                       or t.ent_type_ in ("Agency", "Organization", "Country") or (t.is_title and 0 < t.i - 1 < len(doc) and doc[t.i - 1].text in ('"', "\u201c"))
                       for t in gap)

        lo = k
        while lo > 0 and joined(ordered[lo - 1], ordered[lo]):
            lo -= 1
        hi = k
        while hi + 1 < len(ordered) and joined(ordered[hi], ordered[hi + 1]):
            hi += 1
        return ordered[lo:hi + 1]

    def list_roles(self, head: Ment, people: list[Ment]) -> list[Token]:
        """Role words a sentence gives a list of names outside its noun phrases, read from the tokens (the
        parser often garbles these): 'The two mission specialists are A and B', 'A and B fly as mission
        specialists', 'A and B sit in the commander's and pilot's seats', 'with A in the commander's seat'."""
        group = self.name_list(head, people)
        doc = head.span.doc
        sent = head.root.sent
        found: list[Token] = []
        # before: '[The] [two] mission specialists are A and B'
        i = group[0].span.start - 1
        while i >= sent.start and (doc[i].lower_ in self.role_words or doc[i].ent_type_ in ("Agency", "Organization", "Country")
                                   or doc[i].lower_ in POSSESSIVE or doc[i].lower_ in ("the", "a", "an")):
            i -= 1
        if i > sent.start and doc[i].lemma_ == "be" and doc[i].lower_ not in ("be", "been", "being"):
            subject = doc[sent.start:i]
            if subject and all(t.lower_ in self.role_words or t.lower_.rstrip("s") in self.role_words or t.pos_ in ("DET", "NUM")
                               or t.lower_ in ("its", "their", "his", "her", "the", "other") or t.like_num for t in subject):
                found.extend(t for t in subject if (t.lower_ in self.role_words or t.lower_.rstrip("s") in self.role_words)
                             and t.pos_ not in ("PRON", "DET"))
        # after: 'A and B (will) fly as mission specialists' / 'A and B sit in the commander's and pilot's seats'
        j = group[-1].span.end
        if j < sent.end and doc[j].text == ",":  # 'A and B, a cosmonaut from Roscosmos, flew as mission specialists'
            close = next((k for k in range(j + 1, min(sent.end, j + 14)) if doc[k].text == ","), None)
            if close is not None and doc[j + 1].lower_ in ("a", "an", "the") and close + 1 < sent.end and doc[close + 1].pos_ in ("VERB", "AUX"):
                j = close + 1
        if j + 1 < sent.end and doc[j].text in ("-", "\u2013", "\u2014"):  # 'Chun Wang - mission commander.'
            k = j + 1
            while k < sent.end and k - j <= 6 and (doc[k].lower_ in ("the", "a", "an", "and") or doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ", "PROPN")):
                if doc[k].lower_ in self.role_words or doc[k].lower_.rstrip("s") in self.role_words \
                        or f"{doc[k - 1].lower_} {doc[k].lower_.rstrip('s')}" in self.role_words:
                    found.append(doc[k])  # 'mission specialist', 'payload commander'
                k += 1
        end = min(sent.end, j + 12)
        words = [t.lower_ for t in doc[j:end]]
        if "as" in words:
            a = j + words.index("as")
            if any(t.lemma_.lower() in self.lex.role_verbs or t.lower_ in self.lex.role_verbs for t in doc[j:a]) and a - j <= 4:
                k = a + 1
                while k < sent.end and (doc[k].lower_ in ("the", "a", "an") or doc[k].like_num or doc[k].lower_ in self.role_words
                                        or doc[k].lower_.rstrip("s") in self.role_words):
                    if doc[k].lower_ in self.role_words or doc[k].lower_.rstrip("s") in self.role_words:
                        found.append(doc[k])
                    k += 1
        seat = next((k for k in range(j, end) if doc[k].lemma_.lower() == "seat"), None)
        if seat is not None and seat - j <= 5 and doc[j].lemma_.lower() in ("occupy", "take", "fill", "hold", "have", "get"):
            words = ["in"] + words  # 'X occupies the pilot's seat'
        if seat is None and group[0].span.start >= sent.start + 4:  # "The pilot's seat is occupied by X"
            k = group[0].span.start - 1
            if doc[k].lower_ == "by" and doc[k - 1].tag_ == "VBN" and doc[k - 1].lemma_.lower() in ("occupy", "take", "fill", "hold"):
                back = next((x for x in range(k - 2, max(sent.start, k - 5) - 1, -1) if doc[x].lemma_.lower() == "seat"), None)
                if back is not None:
                    found.extend(t for t in doc[max(sent.start, back - 3):back]
                                 if t.lower_ in self.role_words and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in POSSESSIVE)
        if seat is not None and "in" in words[:seat - j]:
            seats = [t for t in doc[j:seat] if t.lower_ in self.role_words and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in POSSESSIVE]
            if len(seats) == len(group) > 1:  # 'A and B sit in the commander's and pilot's seats': respectively
                seats = [seats[group.index(head)]]
            found.extend(seats)
        return found

    def bracketed(self, head: Ment, mod: Ment) -> bool:
        """'Matthias Maurer (ESA)', 'Oleg Artemyev (Russia)': the bracket right after a name qualifies it."""
        doc = head.span.doc
        i = head.span.end
        return i + 1 == mod.span.start and doc[i].text == "(" and mod.span.end < len(doc) and doc[mod.span.end].text in (")", ",", ";")

    def predicate(self, head: Ment, mod: Ment) -> bool:
        """'Oleg Artemyev is a Russian cosmonaut', 'X was an ESA astronaut': the modifier sits in the predicate
        noun phrase right after a form of 'be' (read from the tokens: the parser often misreads this)."""
        doc = head.span.doc
        i = head.span.end
        if i >= len(doc) or doc[i].lemma_ not in ("be", "become", "remain"):
            return False
        j = i + 1
        while j < mod.span.start and (doc[j].lower_ in ("a", "an", "the", "also", "now", "still", "both", "all") or self.filler(doc[j])):
            j += 1
        if j != mod.span.start:
            return False
        k = mod.span.end
        while k < len(doc) and self.filler(doc[k]) and doc[k].lower_ not in POSSESSIVE:
            k += 1
        return k > mod.span.end and (doc[k - 1].lower_ in self.role_words or doc[k - 1].lower_.rstrip("s") in self.role_words)

    def _own_premodifier(self, m: Ment) -> bool:
        """Something right before the name qualifies it: 'NASA astronaut X', "JAXA's X", 'commander X'."""
        doc = m.span.doc
        i = m.span.start - 1
        return i >= 0 and (doc[i].lower_ in self.role_words or doc[i].lower_.rstrip("s") in self.role_words
                           or doc[i].lower_ in POSSESSIVE or doc[i].ent_type_ in ("Agency", "Organization", "Country"))

    def _own_postmodifier(self, m: Ment) -> bool:
        """Something right after the name qualifies it: 'X of NASA', 'X (ESA)', 'X, from Japan'."""
        doc = m.span.doc
        i = m.span.end
        return i + 1 < len(doc) and (doc[i].lower_ in ("of", "from", "(") and any(
            t.ent_type_ in ("Agency", "Organization", "Country") for t in doc[i + 1:i + 4]))

    def _contradicts(self, head: Ment, mod: Ment) -> bool:
        """The knowledge base knows this person belongs elsewhere: a shared reading must not override it."""
        entry = self.kb.get(head.key) if self.kb is not None else None
        if entry is None:
            return False
        if mod.cls == "Country":
            return entry.country is not None and entry.country != mod.key
        agencies = {a for a in entry.affiliations if "/agency/" in a}
        return mod.cls == "Agency" and bool(agencies) and mod.key not in agencies  # an air force or a company may be one more

    def listed(self, head: Ment, mod: Ment, people: list[Ment]) -> str | None:
        """A qualifier shared along a list of names, read from the tokens (the parser often splits lists):
        'NASA astronauts A, B and C' (a plural role word carries it forward), 'A, B and C of Roscosmos' (a
        trailing of-phrase reaches back over names without a qualifier of their own), 'A, B and C are all
        NASA astronauts'."""
        group = self.name_list(head, people)
        if len(group) < 2 or head not in group or self._contradicts(head, mod):
            return None
        k = group.index(head)
        # forward: the nearest earlier qualified member, with only bare names between
        j = k
        while j > 0 and not self._own_premodifier(group[j]):
            j -= 1
        forward = j < k and self._own_premodifier(group[j]) and self.coordinated_premodifier(mod, group[k], group[j]) is not None
        if forward and not self._own_postmodifier(head):
            return "pre-mod"
        # backward: a trailing 'of X' after the last member, over members qualified in no other way
        last = group[-1]
        covered = j < k and self._own_premodifier(group[j]) and any(
            t.tag_ in ("NNS", "NNPS") or t.lower_.endswith("s") and t.lower_[:-1] in self.role_words
            for t in self.premodifier_words(group[j]))
        if self.of_phrase(last, mod) and not covered and not self._own_premodifier(head) \
                and all(not self._own_premodifier(g) and not self._own_postmodifier(g) for g in group[k:-1]):
            return "of"
        if (self.predicate(last, mod) or self.predicate_of(last, mod)) and self._copula_after(last):
            return "appos-mod"
        return None

    def _copula_after(self, last: Ment) -> bool:
        doc = last.span.doc
        i = last.span.end
        while i < len(doc) and doc[i].text in (",", "\u2014", "\u2013", "-", ")") :
            i += 1  # '... and Wing Commander Shubhanshu Shukla — are all test pilots'
        return i < len(doc) and doc[i].lower_ in ("are", "were")

    def predicate_of(self, head: Ment, mod: Ment) -> bool:
        """'X is a test pilot of the Indian Air Force', 'A and B are all engineers at ISRO'."""
        doc = head.span.doc
        i = head.span.end
        while i < len(doc) and doc[i].text in (",", "\u2014", "\u2013", "-", ")"):
            i += 1
        if i >= len(doc) or doc[i].lemma_ not in ("be", "become", "remain"):
            return False
        j = i + 1
        roles = 0
        while j < mod.span.start and (doc[j].lower_ in ("a", "an", "the", "all", "both", "also", "now", "still") or self.filler(doc[j])):
            roles += doc[j].lower_ in self.heads or doc[j].lower_.rstrip("s") in self.heads
            j += 1
        if not roles or j >= mod.span.start or doc[j].lower_ not in ("of", "at", "with", "from", "in"):
            return False
        j += 1
        while j < mod.span.start and doc[j].lower_ in ("the", "a", "an"):
            j += 1
        return j == mod.span.start

    def as_role(self, head: Ment, mod: Ment) -> bool:
        """'removed Dmitry Rogozin as director general of Roscosmos', 'named X as head of Y'."""
        doc = head.span.doc
        sent = head.root.sent
        j = head.span.end
        while j < min(sent.end, head.span.end + 8) and doc[j].lower_ != "as":
            if doc[j].text in (";", ":") or doc[j].ent_type_ in ("Person", "Astronaut"):
                return False
            j += 1
        if j >= sent.end or doc[j].lower_ != "as":
            return False
        k = j + 1
        roles = 0
        while k < mod.span.start and (doc[k].lower_ in ("the", "a", "an", "its", "new", "acting", "interim") or doc[k].lower_ in self.role_words):
            roles += doc[k].lower_ in self.heads
            k += 1
        if not roles or k >= mod.span.start or doc[k].lower_ not in ("of", "at", "for"):
            return False
        k += 1
        while k < mod.span.start and (doc[k].lower_ in ("the", "a", "an") or doc[k].lower_ in self.org_nouns or doc[k].ent_type_ == "Country"
                                      or doc[k].lower_ in POSSESSIVE or doc[k].is_lower and doc[k].pos_ == "ADJ"):
            k += 1
        return k == mod.span.start

    def led_by(self, head: Ment, mod: Ment) -> bool:
        """'Roscosmos, led by Dmitry Rogozin', 'Blue Origin, the company founded by Jeff Bezos',
        'ASI, whose president, Giorgio Saccoccia, ...'."""
        doc = head.span.doc
        if mod.span.end >= head.span.start or head.span.start - mod.span.end > 8:
            return False
        between = doc[mod.span.end:head.span.start]
        words = [t.lower_ for t in between]
        if any(t.ent_type_ in ("Person", "Astronaut", "Agency", "Organization") for t in between):
            return False
        if words[-1:] == ["by"] and any(t.lemma_.lower() in self.lex.leader_verbs or t.lower_ in self.lex.leader_verbs for t in between):
            return all(t.text == "," or t.lower_ in ("the", "a", "an", "by", "which", "is", "was", "now", "currently", "since")
                       or t.lower_ in self.org_nouns or t.lemma_.lower() in self.lex.leader_verbs or t.lower_ in self.lex.leader_verbs
                       or t.is_lower and t.pos_ == "ADJ" for t in between)
        if words[:2] == [",", "whose"]:
            return all(t.text == "," or t.lower_ == "whose" or t.lower_ in self.role_words for t in between)
        return False

    def candidates(self, head: Ment, mods: list[Ment], sentence: Span, people: list[Ment]) -> Iterator[tuple[Ment, str]]:
        """Every (modifier, pattern) pair that qualifies ``head`` inside its noun phrase."""
        for mod in mods:
            if mod.key == head.key:
                continue
            kind = self.listed(head, mod, people)
            if kind:
                yield mod, kind
                continue
            kind = self.premodifier(mod, head)
            if kind is None and head.root.dep_ == "conj":
                first = _first_conjunct(head, people)
                if first is not None and not self._own_postmodifier(head) and not self._contradicts(head, mod):
                    kind = self.coordinated_premodifier(mod, head, first)
            if kind:
                yield mod, "pre-" + kind
                continue
            if self.of_phrase(head, mod) or self.collective(head, mod, people) or self.bracketed(head, mod):
                yield mod, "of"
                continue
            if mod.cls in ("Agency", "Organization") and (self.as_role(head, mod) or self.led_by(head, mod)):
                yield mod, "appos-prep"
                continue
            kind = self.in_apposition(head, mod, sentence)
            if kind:
                yield mod, "appos-" + kind
            elif self.predicate(head, mod) or self.predicate_of(head, mod):
                yield mod, "appos-mod"


def _first_conjunct(head: Ment, people: list[Ment]) -> Ment | None:
    tok = head.root
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    for m in people:
        if m.root.i == tok.i and m is not head:
            return m
    return None
