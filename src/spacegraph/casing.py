"""Headline truecasing: 'NASA And Roscosmos Sign Joint Statement' is parsed as 'NASA and Roscosmos sign joint statement'.

spaCy's small English model reads a title-cased headline as one long proper noun, so its verb ('Sign') and
its nouns ('Statement') vanish into names. The article's own body says which words are ordinary: a word the
body writes in lower case and never capitalises mid-sentence is lowered in the headline. Names ('Roscosmos',
'Gateway', 'International Space Station') keep their capitals because the body capitalises them too. The
result has exactly the headline's length, so every character offset still points into the original text.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"(?<![\w'’-])[A-Z][a-z]+(?![\w'’-])")
_ANY_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[a-z0-9,;:)] )[A-Z][a-z]+(?![\w'’-])")


def is_title_case(headline: str) -> bool:
    """Most of the headline's longer words start with a capital (and it is not shouting in capitals)."""
    words = [w for w in _ANY_WORD.findall(headline) if len(w) >= 4]
    if len(words) < 3 or headline.isupper():
        return False
    return sum(w[0].isupper() for w in words) / len(words) >= 0.75


def headline_case(headline: str, body: str) -> str:
    """The headline with the body's ordinary words lowered, the first word kept; unchanged unless title-cased."""
    if not body or not is_title_case(headline):
        return headline
    lower = set(re.findall(r"\b[a-z]+\b", body))
    capital_mid_sentence = set(_MID_SENTENCE_CAPITAL.findall(body))
    first = _ANY_WORD.search(headline)
    out = list(headline)
    for m in _WORD.finditer(headline):
        word = m.group()
        if first is not None and m.start() == first.start():
            continue
        if _ordinary(word.lower(), lower) and word not in capital_mid_sentence:
            out[m.start()] = word[0].lower()
    return "".join(out)


def _ordinary(word: str, lower: set[str]) -> bool:
    """The body writes the word, or another form of it ('Signs': 'signed'), in lower case."""
    if word in lower:
        return True
    stem = re.sub(r"(es|s)$", "", word) if word.endswith("s") and not word.endswith("ss") else word
    return len(stem) >= 4 and any(w.startswith(stem) and len(w) <= len(stem) + 3 for w in lower)
