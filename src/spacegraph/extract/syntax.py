"""Dependency-tree helpers shared by the relation rules.

The rules ask one question over and over: how are two mentions connected in the parse? ``link`` answers
with the path between them, and a cost in which list members and renamings ("Wang Yaping, the flight engineer")
are free, so "X, Y and Z" all share the relations of the first conjunct.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

FREE = {"conj", "appos", "cc", "punct"}
CHEAP = {"prep", "pobj", "agent", "pcomp", "case", "dative", "compound", "amod", "poss", "nmod",
         "npadvmod", "nummod", "det", "acomp", "attr", "oprd"}
#: Edges that start a new clause with its own subject: crossing one weakens a link.
CLAUSE = {"ccomp", "parataxis", "advcl", "relcl", "csubj", "acl", "xcomp", "conj"}
VERBAL = {"VERB", "AUX"}
BULLETS = ("*", "-", "\u2022", "\u2013", "\u2014")


def line_start(span: Span) -> Token | None:
    """The first word of a line, past any bullet: where a list line's name or mission stands."""
    return next((t for t in span if not t.is_space and t.text not in BULLETS), None)


def verbless_line(span: Span, longest: int = 14) -> bool:
    """A short line with no verb: an item of a list ('Jeff Williams (NASA) - commander'), not a sentence."""
    return len(span) <= longest and not any(t.pos_ in VERBAL for t in span)


@dataclass(frozen=True)
class Link:
    """The dependency path between two tokens of one sentence."""

    up: tuple[Token, ...]  # from the first token (exclusive) up to, not including, the common ancestor
    top: Token  # the lowest common ancestor
    down: tuple[Token, ...]  # from the common ancestor's child down to the second token (exclusive)
    cost: float
    source: Token
    target: Token

    @property
    def inner(self) -> tuple[Token, ...]:
        """Tokens strictly between the two ends."""
        mids = self.up + (self.top,) + self.down
        return tuple(t for t in mids if t.i not in (self.source.i, self.target.i))

    def lemmas(self) -> set[str]:
        return {t.lemma_.lower() for t in self.inner} | {t.lower_ for t in self.inner}

    def deps(self) -> list[str]:
        return [t.dep_ for t in (self.source,) + self.up] + [t.dep_ for t in self.down + (self.target,)]

    def crosses_clause(self) -> bool:
        """True when the path enters or leaves a subordinate or coordinated clause."""
        steps = list((self.source,) + self.up) + list(self.down + (self.target,))
        return any(t.dep_ in CLAUSE and t.pos_ in VERBAL for t in steps if t.i != self.top.i)

    def has(self, words: frozenset[str] | set[str]) -> bool:
        return bool(self.lemmas() & words)


def edge_cost(tok: Token) -> float:
    """Cost of the edge between ``tok`` and its head."""
    if tok.dep_ in FREE:
        return 0.0
    if tok.dep_ in CHEAP:
        return 0.5
    return 1.0


def link(a: Token, b: Token) -> Link | None:
    """Path from ``a`` to ``b``, or None if they are in different sentences."""
    if a.doc is not b.doc or a.sent.start != b.sent.start:
        return None
    chain_a = [a] + list(a.ancestors)
    index_b = {t.i: n for n, t in enumerate([b] + list(b.ancestors))}
    chain_b = [b] + list(b.ancestors)
    for n, t in enumerate(chain_a):
        if t.i in index_b:
            up = tuple(chain_a[1:n])
            down = tuple(reversed(chain_b[1:index_b[t.i]]))
            cost = sum(edge_cost(x) for x in chain_a[:n]) + sum(edge_cost(x) for x in chain_b[: index_b[t.i]])
            return Link(up=up, top=t, down=down, cost=cost, source=a, target=b)
    return None


def conj_head(tok: Token) -> Token:
    """The first member of the coordination ``tok`` belongs to."""
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok


def list_head(tok: Token, labels: tuple[str, ...]) -> Token:
    """The first member of a list of names of the same kind: climbs conj only through tokens labelled ``labels``.

    'X, a pilot, and Y' is parsed with Y as a conjunct of *pilot*; Y does not share X's pilot."""
    while tok.dep_ in ("conj", "appos") and tok.head.i != tok.i:
        head = tok.head
        if head.ent_type_ in labels:
            tok = head  # 'A, B and C' is often parsed with B as an apposition of A
        elif tok.dep_ == "conj" and head.dep_ == "appos" and head.head.ent_type_ in labels:
            tok = head.head  # 'A, a film director, and B': the parser hangs B on A's description
        else:
            break
    return tok


def phrase_head(tok: Token) -> Token:
    """Like ``np_head`` but never crossing a coordination: in 'NASA and India's space agency' the
    possessive belongs to *agency*, not to NASA."""
    while tok.dep_ in ("compound", "amod", "poss", "nmod", "appos", "case") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def np_head(tok: Token) -> Token:
    """The head noun a modifier or apposition belongs to: 'NASA' in 'NASA astronaut X' -> 'X'."""
    while tok.dep_ in ("compound", "amod", "poss", "nmod", "nummod", "appos", "conj", "case") and tok.head.i != tok.i:
        tok = tok.head
    return tok


def governor(tok: Token) -> Token:
    """The word ``tok``'s noun phrase depends on: a verb, a noun (through a preposition), or the root."""
    tok = conj_head(np_head(tok))
    head = tok.head
    if tok.dep_ == "pobj" and head.head.i != head.i:
        return head.head
    return head


def clause_verb(tok: Token) -> Token:
    """The nearest verb at or above ``tok``."""
    for t in [tok] + list(tok.ancestors):
        if t.pos_ in VERBAL:
            return t
    return tok.sent.root


def modifiers(tok: Token) -> list[Token]:
    """Left-side modifiers and appositions of the noun phrase headed by ``tok``, and of its heads."""
    out = []
    for child in tok.children:
        if child.dep_ in ("compound", "amod", "poss", "nmod", "appos", "nummod", "det"):
            out.append(child)
            out.extend(modifiers(child))
    return out


def subtree_ids(tok: Token) -> set[int]:
    return {t.i for t in tok.subtree}


def is_future(tok: Token) -> bool:
    """Whether the clause of ``tok`` looks ahead: 'will launch', 'is scheduled to', 'plans to'.

    A past participle describing a noun ('an agreement signed in March') is past, whatever the
    main clause says."""
    verb = clause_verb(tok)
    if verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("acl", "relcl") and not any(c.lower_ in ("will", "'ll") for c in verb.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and verb.head.lemma_ == "be" and verb.dep_ in ("xcomp", "ccomp"):
        return True  # 'is to fly on Artemis I'
    scope = [verb] + list(verb.children) + list(verb.ancestors)[:2]
    for t in scope:
        if t.lower_ in ("will", "'ll", "shall") or t.lemma_ in ("schedule", "plan", "slate", "expect", "set", "due", "target", "aim",
                                                                 "suppose", "ready", "prepare", "intend", "hope"):
            return True
        if t.tag_ == "MD" and t.lower_ in ("would", "could", "may", "might"):
            return True
    return False


def negated(tok: Token) -> bool:
    verb = clause_verb(tok)
    return any(c.dep_ == "neg" for c in verb.children)


def hyphened_word(span: Span, words: frozenset[str] | set[str]) -> Token | None:
    """'U.S.-led', 'ESA-run': the word after a dash that directly follows ``span``, if it is one of ``words``."""
    doc = span.doc
    i = span.end
    if i + 1 < len(doc) and doc[i].text in ("-", "\u2013") and doc[i + 1].lower_ in words:
        return doc[i + 1]
    return None


def after_and(doc, i: int, end: int) -> int | None:
    """The token after 'and' (skipping a bracketed acronym first: 'ISRO (ISRO) and'), if the text at ``i`` reads so."""
    if i + 2 < end and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    if i >= end or doc[i].lower_ != "and":
        return None
    return i + 1
