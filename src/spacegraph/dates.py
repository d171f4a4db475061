"""Reading dates from news text, only as precisely as the text gives them.

"in February" in an April 2025 article is ``2025-02`` (a gYearMonth), never an invented day; "yesterday"
needs the article's publication date and is dropped without one. ``future`` says whether the clause
looks ahead ("will launch in February"), which decides whether a bare month or weekday lies before or
after the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from .records import DateValue

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19[5-9]\d|20\d\d))"

_PATTERNS = [
    ("ymd", re.compile(r"\b(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})\b")),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b")),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b")),
    ("md", re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!\s*,?\s*\d)")),
    ("dm", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?![a-z])")),
    ("my", re.compile(rf"\b{_MONTH},?\s+(?:of\s+)?{_YEAR}\b")),
    ("m", re.compile(rf"\b{_MONTH}(?![a-z])")),
    ("y", re.compile(rf"\b{_YEAR}\b")),
]
_DATELINE = [
    re.compile(rf"{_MONTH}\s+{_DAY},?\s+{_YEAR}", re.I),
    re.compile(rf"{_DAY}\s+{_MONTH},?\s+{_YEAR}", re.I),
    re.compile(r"(?P<year>\d{4})-(?P<m>\d{2})-(?P<day>\d{2})"),
]


def _month(token: str) -> int:
    return MONTHS[token.lower()[:3]]


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_absolute(text: str) -> dt.date | None:
    """A full date written out in ``text`` (a dateline, a meta tag), or None."""
    for pattern in _DATELINE:
        m = pattern.search(text)
        if m:
            month = int(m.group("m")) if "m" in m.groupdict() and m.group("m") else _month(m.group("month"))
            return _safe_date(int(m.group("year")), month, int(m.group("day")))
    return None


def strip_absolute(text: str) -> str:
    """``text`` without the full dates in it."""
    for pattern in _DATELINE:
        text = pattern.sub(" ", text)
    return text


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def resolve(text: str, published: dt.date | None, future: bool = False) -> DateValue | None:
    """The date ``text`` denotes, as precise as it is written, or None when it cannot be pinned down."""
    t = " ".join(text.lower().replace("\u2019", "'").split())
    if len(re.findall(r"\b(?:19|20)\d\d\b", t)) > 1 or re.search(r"\b\d{4}s\b|\bcentur|\bdecade", t):
        return None  # ranges and eras are not dates
    value = _relative(t, published, future)
    if value is not None:
        return value
    for kind, pattern in _PATTERNS:
        m = pattern.search(t)
        if not m:
            continue
        groups = m.groupdict()
        year = int(groups["year"]) if groups.get("year") else None
        if kind == "ymd":
            d = _safe_date(year, int(groups["m"]), int(groups["day"]))
            return DateValue(d.isoformat()) if d else None
        month = _month(groups["month"]) if groups.get("month") else None
        if kind in ("mdy", "dmy"):
            d = _safe_date(year, month, int(groups["day"]))
            return DateValue(d.isoformat()) if d else None
        if kind in ("md", "dm"):
            if published is None:
                return None
            day = int(groups["day"])
            d = _safe_date(published.year, month, day)
            if d is None:
                return None
            if not future and d > published + dt.timedelta(days=2):
                d = _safe_date(published.year - 1, month, day)
            elif future and d < published - dt.timedelta(days=2):
                d = _safe_date(published.year + 1, month, day)
            return DateValue(d.isoformat()) if d else None
        if kind == "my":
            return DateValue(f"{year:04d}-{month:02d}")
        if kind == "m":
            if published is None or not _month_is_date(t, m, text):
                return None
            y = published.year
            if not future and month > published.month:
                y -= 1
            elif future and month < published.month:
                y += 1
            return DateValue(f"{y:04d}-{month:02d}")
        if kind == "y":
            return DateValue(f"{year:04d}")
    return None


def month_without_year(text: str) -> bool:
    """'in June', 'June 5', 'the 5th of June': a month the text leaves to its context to place in a year."""
    t = text.lower()
    return not re.search(r"\b\d{4}\b", t) and any(p.search(t) for k, p in _PATTERNS if k in ("md", "dm", "m")) \
        and not re.search(r"\b(?:this|last|next|that)\b", t)


def month_with_year(text: str) -> bool:
    """'March 1978', '5 March 1978': a month its year is written with."""
    t = text.lower()
    return any(p.search(t) for k, p in _PATTERNS if k in ("mdy", "dmy", "my", "ymd"))


def _month_is_date(t: str, m: re.Match, original: str) -> bool:
    """'may' and 'march' are also words: accept them only where a date would stand, or capitalised alone."""
    word = m.group("month")
    if word in ("may", "march", "mar", "jun", "jan", "dec", "sep", "oct", "nov", "aug"):
        if re.search(rf"\b(?:in|since|by|until|of|early|late|mid|mid-|this|last|next|during)\s+{word}\b", t):
            return True
        return t == word and original.strip()[:1].isupper()
    return True


_UNITS = {w: i for i, w in enumerate(("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                                      "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                      "eighteen", "nineteen"))}
_TENS = {w: 10 * i for i, w in enumerate(("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
                                          "ninety")) if i > 1}


def count(words: str) -> int:
    """'30', 'thirty', 'forty-five', 'a hundred' is not counted (0): how many years back a date lies."""
    if words.isdigit():
        return int(words)
    parts = re.split(r"[- ]", words)
    if len(parts) == 1:
        return _UNITS.get(parts[0], 0) or _TENS.get(parts[0], 0)
    return _TENS.get(parts[0], 0) + _UNITS.get(parts[1], 0) if parts[0] in _TENS and parts[1] in _UNITS else 0


def _relative(t: str, published: dt.date | None, future: bool) -> DateValue | None:
    if published is None:
        return None
    words = set(re.findall(r"[a-z]+", t))
    ago = re.search(r"\b(\d+|[a-z]+(?:[- ][a-z]+)?)\s+years?\s+ago\b(\s+today)?", t)
    if ago and count(ago.group(1)):  # 'thirty years ago today' is a day, 'ten years ago' a year
        year = published.year - count(ago.group(1))
        if ago.group(2):
            d = _safe_date(year, published.month, published.day)
            return DateValue(d.isoformat()) if d else None
        return DateValue(f"{year:04d}")
    if re.search(r"\b(?:today|tonight|this morning|this afternoon|this evening|earlier today)\b", t):
        return DateValue(published.isoformat())
    if "yesterday" in words or "last night" in t:
        return DateValue((published - dt.timedelta(days=1)).isoformat())
    if "tomorrow" in words:
        return DateValue((published + dt.timedelta(days=1)).isoformat())
    m = re.search(r"\b(\d+|two|three|four|five|six|seven|ten)\s+days?\s+(ago|earlier)\b", t)
    if m:
        n = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}.get(m.group(1))
        n = n or int(m.group(1))
        return DateValue((published - dt.timedelta(days=n)).isoformat())
    for i, name in enumerate(WEEKDAYS):
        if name in words and not re.search(_MONTH, t):
            delta = (published.weekday() - i) % 7
            if "next" in words or (future and "last" not in words):
                delta = -((i - published.weekday()) % 7)
            elif "last" in words and delta == 0:
                delta = 7
            return DateValue((published - dt.timedelta(days=delta)).isoformat())
    if re.search(r"\b(?:this|earlier this|later this|late this|early this) month\b", t):
        return DateValue(f"{published.year:04d}-{published.month:02d}")
    if "last month" in t or "previous month" in t:
        y, mo = _shift_month(published.year, published.month, -1)
        return DateValue(f"{y:04d}-{mo:02d}")
    if "next month" in t:
        y, mo = _shift_month(published.year, published.month, 1)
        return DateValue(f"{y:04d}-{mo:02d}")
    named = re.search(r",?\s*\b(?:of\s+)?(this|last|next) year\b", t)
    if named and re.search(_MONTH, t[:named.start()]):  # 'Oct. 26 last year', 'in June of last year'
        year = published.year + {"this": 0, "last": -1, "next": 1}[named.group(1)]
        value = resolve(f"{t[:named.start()].strip()}, {year}", None)
        if value is not None:
            return value
    if re.search(r"\b(?:this|earlier this|later this|late this|early this) year\b", t):
        return DateValue(f"{published.year:04d}")
    if "last year" in t:
        return DateValue(f"{published.year - 1:04d}")
    if "next year" in t:
        return DateValue(f"{published.year + 1:04d}")
    return None
