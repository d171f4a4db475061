"""Ingest: files, folders and JSONL in; articles with their body separated from page chrome out.

Scraped pages carry navigation, related-story lists, newsletter prompts and copyright footers. We keep
the body, keep related *space* stories as a separate, less trusted section, and drop the rest, so that
boilerplate never produces entities.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, Tag

from . import dates
from .lexicon import Lexicon
from .namespace import slug
from .records import Article, Block

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES

Relevance = Callable[[str], bool]


class IngestError(Exception):
    """An input that cannot be read; the message names the file and the reason."""


# ---------------------------------------------------------------------------- discovery and reading


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """Files to read, folders expanded recursively, in a stable order; unknown suffixes inside folders are skipped."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(
                    p for p in path.rglob("*")
                    if p.is_file() and p.suffix.lower() in SUFFIXES
                    and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        elif path.is_file():
            if path.suffix.lower() not in SUFFIXES:
                raise IngestError(f"{path}: unsupported file type {path.suffix or '(none)'}; expected .txt, .html, .htm or .jsonl")
            found.append(path)
        elif path.exists():
            raise IngestError(f"{path}: not a regular file or folder")
        else:
            raise IngestError(f"{path}: no such file or folder")
    return found


def read_text(path: Path) -> tuple[str, bytes]:
    """Decoded text and raw bytes: UTF-8 (with or without BOM), else Windows-1252, never binary."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if b"\x00" in raw[:4096]:
        raise IngestError(f"{path}: looks like a binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return raw.decode(encoding), raw
        except UnicodeDecodeError:
            continue
    raise IngestError(f"{path}: not valid UTF-8 or Windows-1252 text")


def read_articles(
    paths: Iterable[str | Path],
    lexicon: Lexicon,
    relevant: Relevance,
    published: dt.date | None = None,
) -> Iterator[Article]:
    """Every article under ``paths``; ``published`` overrides the date of a single file."""
    for path in discover(paths):
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from read_jsonl(path, lexicon, relevant)
            continue
        text, raw = read_text(path)
        key = f"{slug(path.stem)}-{hashlib.sha1(raw).hexdigest()[:8]}"
        if suffix in HTML_SUFFIXES:
            page = parse_html(text, lexicon)
        else:
            page = Page(title=None, published=None, lines=text.splitlines(), related=[])
        yield assemble(page, key, str(path), path.name, lexicon, relevant, published)


def read_jsonl(path: Path, lexicon: Lexicon, relevant: Relevance) -> Iterator[Article]:
    text, _ = read_text(path)
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IngestError(f"{path}:{lineno}: invalid JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(record, dict) or not isinstance(record.get("text"), str):
            raise IngestError(f"{path}:{lineno}: each line must be an object with a string field 'text'")
        published = None
        if record.get("published"):
            published = _parse_iso(str(record["published"]))
            if published is None:
                raise IngestError(f"{path}:{lineno}: 'published' is not a date: {record['published']!r}")
        ident = str(record.get("id") or record.get("url") or f"{path.stem}-{lineno}")
        digest = hashlib.sha1(record["text"].encode("utf-8")).hexdigest()[:8]
        source = str(record.get("url") or f"{path}#{ident}")
        page = Page(title=record.get("title") or None, published=published, lines=record["text"].splitlines(), related=[])
        yield assemble(page, f"{slug(ident)}-{digest}", source, ident, lexicon, relevant, None)


def _parse_iso(value: str) -> dt.date | None:
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    return dates.parse_absolute(value)


# ---------------------------------------------------------------------------- HTML


@dataclass
class Page:
    """What a page offers before segmentation: lines of main text and related stories."""

    title: str | None
    published: dt.date | None
    lines: list[str]
    related: list[tuple[str, str]]  # (headline, teaser)


_CHROME_CLASS = {
    "ad", "ads", "advert", "adverts", "advertisement", "banner", "cookie", "cookies", "consent", "newsletter",
    "subscribe", "subscription", "signup", "promo", "social", "share", "sharing", "comment", "comments",
    "breadcrumb", "breadcrumbs", "menu", "nav", "navbar", "navigation", "footer", "sidebar", "popup", "modal",
    "paywall", "sponsored", "outbrain", "taboola", "toolbar", "skip", "masthead", "byline", "tags",
}
_RELATED_CLASS = {"related", "recommended", "trending", "popular", "more", "read-next", "readnext", "most-read", "also"}
_REMOVE_TAGS = ("script", "style", "noscript", "template", "svg", "canvas", "iframe", "form", "button",
                "input", "select", "textarea", "object", "embed", "video", "audio", "map")
_BLOCK_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "pre", "dd", "dt", "td")
_DATE_META = (
    ("property", "article:published_time"), ("property", "og:published_time"), ("name", "article:published_time"),
    ("itemprop", "datePublished"), ("name", "pubdate"), ("name", "publishdate"), ("name", "publish-date"),
    ("name", "date"), ("name", "dc.date"), ("name", "DC.date.issued"), ("name", "dcterms.date"),
    ("name", "sailthru.date"), ("name", "parsely-pub-date"),
)


def _class_words(tag: Tag) -> set[str]:
    values = list(tag.get("class") or []) + [tag.get("id") or "", tag.get("role") or ""]
    words: set[str] = set()
    for v in values:
        v = str(v).lower()
        words.add(v)
        words.update(w for w in re.split(r"[-_\s]+", v) if w)
    return words


def _text(el: Tag) -> str:
    return " ".join(el.get_text(" ", strip=True).split())


def parse_html(html: str, lexicon: Lexicon) -> Page:
    soup = BeautifulSoup(html, "lxml")
    title = _html_title(soup)
    published = _html_published(soup)
    for tag in soup.find_all(_REMOVE_TAGS):
        tag.decompose()
    related = _html_related(soup)
    for tag in soup.find_all(["nav", "footer", "aside", "figcaption"]):
        tag.decompose()
    for tag in soup.find_all("header"):
        if tag.find_parent("article") is None:
            tag.decompose()
    for tag in list(soup.find_all(True)):
        if tag.decomposed or tag.name in ("html", "body", "article", "main"):
            continue
        words = _class_words(tag)
        if words & _CHROME_CLASS or words & {"navigation", "banner", "contentinfo", "complementary"}:
            tag.decompose()
    main = _main_element(soup)
    lines: list[str] = []
    if main is not None:
        for el in main.find_all(_BLOCK_TAGS):
            if el.find(_BLOCK_TAGS):  # keep the innermost blocks only
                continue
            text = _text(el)
            if text and not (el.name == "h1" and title and _same(text, title)):
                lines.append(text)
    return Page(title=title, published=published, lines=lines, related=related)


def _same(a: str, b: str) -> bool:
    norm = lambda s: re.sub(r"\W+", " ", s).strip().lower()  # noqa: E731
    return norm(a) == norm(b)


def _html_title(soup: BeautifulSoup) -> str | None:
    for attrs in ({"property": "og:title"}, {"name": "twitter:title"}):
        meta = soup.find("meta", attrs=attrs)
        if meta and meta.get("content"):
            return " ".join(meta["content"].split())
    h1 = soup.find("article")
    h1 = (h1.find("h1") if h1 else None) or soup.find("h1")
    if h1 and _text(h1):
        return _text(h1)
    if soup.title and soup.title.string:
        return re.split(r"\s+[|\u2013\u2014-]\s+", " ".join(soup.title.string.split()))[0]
    return None


def _html_published(soup: BeautifulSoup) -> dt.date | None:
    for attr, value in _DATE_META:
        meta = soup.find("meta", attrs={attr: value})
        if meta and meta.get("content"):
            d = _parse_iso(meta["content"])
            if d:
                return d
    for script in soup.find_all("script", attrs={"type": "application/ld+json"}):
        m = re.search(r'"datePublished"\s*:\s*"([^"]+)"', script.string or "")
        if m and _parse_iso(m.group(1)):
            return _parse_iso(m.group(1))
    scope = soup.find("article") or soup
    for time in scope.find_all("time"):
        d = _parse_iso(time.get("datetime") or "") or dates.parse_absolute(_text(time))
        if d:
            return d
    return None


def _html_related(soup: BeautifulSoup) -> list[tuple[str, str]]:
    """Headlines and teasers from related-story containers, which are then removed from the page."""
    stories: list[tuple[str, str]] = []
    containers = [t for t in soup.find_all(True) if t.name == "aside" or _class_words(t) & _RELATED_CLASS]
    for box in containers:
        if box.decomposed or any(p in containers for p in box.parents):
            continue
        items = box.find_all(["li", "article"]) or [box]
        for item in items:
            head = item.find(["h2", "h3", "h4", "h5", "a"])
            headline = _text(head) if head else ""
            teaser = " ".join(_text(p) for p in item.find_all("p"))
            if headline and headline.lower() not in ("related", "related stories", "more news"):
                stories.append((headline, teaser))
        box.decompose()
    return stories


def _main_element(soup: BeautifulSoup) -> Tag | None:
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=lambda a: len(_text(a)))
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    best, best_score = None, 0
    for el in (main or soup).find_all(["div", "section", "main", "body"]):
        score = sum(len(_text(p)) for p in el.find_all("p", recursive=False) if len(_text(p)) > 40)
        if score > best_score:
            best, best_score = el, score
    return best or main or soup.body


# ---------------------------------------------------------------------------- segmentation

_MONTH_NC = dates._MONTH.replace("(?P<month>", "(?:")
_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][\w .,'()/\-]{1,60}?)\s*(?:\((?:[A-Z][\w ]{0,30})\))?\s*[,\-\u2013\u2014]?\s*\(?"
    r"(?P<date>(?:" + _MONTH_NC + r"\s+[0-3]?\d(?:,\s*\d{4})?|[0-3]?\d\s+" + _MONTH_NC + r"(?:\s+\d{4})?))"
    r"\)?\s*(?:\((?:[A-Z][\w .&\-]{0,30})\))?\s*(?P<sep>[-\u2013\u2014:]+|$)",
    re.I,
)


# 'BREMEN, Germany — The UAE ...', 'KENNEDY SPACE CENTER, Fla. - ...', 'WASHINGTON (AP) -- ...': a place in capitals
_PLACE_DATELINE_RE = re.compile(
    r"^[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,4}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})?"
    r"\s*(?:\([A-Za-z][\w .]{0,30}\))?\s*(?:--|[-–—])\s+(?=\S)"
)


def split_dateline(line: str, published: dt.date | None) -> tuple[dt.date | None, str] | None:
    """A leading dateline: 'Sydney, Australia (SPX) Apr 30, 2025', 'HOUSTON, Aug. 26, 2023 — NASA ...' or a place
    alone in capitals ('BREMEN, Germany — The UAE ...'), which is no party to the news that follows.

    Returns the date it gives (None when it has none or no year) and the rest of the line.
    """
    m = _DATELINE_RE.match(line.strip())
    if not m:
        place = _PLACE_DATELINE_RE.match(line.strip())
        return (None, line.strip()[place.end():]) if place else None
    if len(m.group("place").split()) > 6:
        return None
    rest = line.strip()[m.end():].strip()
    when = dates.parse_absolute(m.group("date"))
    if when is None and published is None and not rest:
        return None
    return when, rest


def _words(line: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", line)


def _has_marker(line: str, markers: Iterable[str]) -> bool:
    low = line.lower()
    return any(re.search(r"(?<!\w)" + re.escape(m) + r"(?!\w)", low) for m in markers)


_STRONG_CHROME = ("copyright", "©", "all rights reserved", "gdpr", "cookie", "cookies", "privacy policy",
                  "privacy statement", "terms of use", "unsubscribe")


_SEPARATORS = re.compile(r"\s+(?:>|/|\||\u00bb|\u2022|\u00b7|::)\s+|\s*\|\s*")
_NUMERIC_DATE = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)\b")
_META_WORDS = re.compile(r"\b(?:published|updated|posted|last updated|issued|by|gmt|utc|am|pm|a\.m|p\.m|time|min|read|views?|likes?)\b", re.I)


def header_date(line: str) -> dt.date | None:
    """A full date in a page-header line: spelled out, ISO, or numeric (day first unless that is impossible)."""
    found = dates.parse_absolute(line)
    if found is not None:
        return found
    m = _NUMERIC_DATE.search(line)
    if not m:
        return None
    first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    day, month = (second, first) if first <= 12 < second else (first, second)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _is_meta_date_line(text: str, words: list[str]) -> bool:
    """A date with only page metadata around it, not a headline or sentence that happens to hold one."""
    if len(words) > 20 or re.search(r"[.!?]$", text) and not re.search(r"\b(?:a\.m|p\.m)\.$", text, re.I):
        return False
    if _SEPARATORS.search(text) or _META_WORDS.search(text):
        return True
    rest = _NUMERIC_DATE.sub(" ", dates.strip_absolute(text))
    rest = re.sub(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}[:.]\d{2}", " ", rest, flags=re.I)
    return len(_words(rest)) <= 3


def _is_navigation(text: str) -> bool:
    """Breadcrumbs and menus: 'Home > Nation > Science', 'News | Science | Space', 'ESA / Science & Exploration'."""
    parts = [p for p in _SEPARATORS.split(text) if p and p.strip()]
    if len(parts) < 2:
        return False
    short = all(len(_words(p)) <= 5 for p in parts)
    if "|" in text:
        return short and len(parts) >= 3
    return short


def _is_masthead(text: str, words: list[str]) -> bool:
    """'THE ORBIT BRIEF', 'RNA - RUSSIAN NEWS AGENCY': a line in capitals with no sentence in it."""
    return len(words) <= 8 and any(c.isalpha() for c in text) and not any(c.islower() for c in text)


def _headline_like(line: str) -> bool:
    """A headline has ordinary lower-case words; site names and menus in Title Case do not ('Moon Daily Wire')."""
    words = _words(line)
    if len(words) < 3 or not re.match(r"[\w\"\u201c\u2018']", line) or line[:1].islower():
        return False
    if any(w.isalpha() and w.islower() and len(w) >= 2 for w in words):
        return True
    # a headline in Title Case still has its small words: 'Sweden Signs Artemis Accords A Day After Switzerland'
    return len(words) >= 5 and any(w in _TITLE_SMALL_WORDS for w in words[1:])


_TITLE_SMALL_WORDS = {"A", "An", "The", "Of", "To", "In", "On", "At", "For", "With", "After", "By", "From", "As", "And",
                      "Into", "Over", "Before", "Amid", "Is", "Are", "Its"}


class LineKind:
    EMPTY, MARKER, CHROME, CAPTION, BYLINE, DATELINE, HEADLINE, PARAGRAPH = (
        "empty", "marker", "chrome", "caption", "byline", "dateline", "headline", "paragraph")


def classify(line: str, lexicon: Lexicon) -> str:
    text = " ".join(line.split())
    if not text:
        return LineKind.EMPTY
    low = text.lower().strip(" :.-\u2013\u2014|>\u00bb")
    words = _words(text)
    if low in lexicon.section_markers or (len(words) <= 10 and any(low.startswith(m + ":") for m in ("related", "read more", "see also", "also read", "more"))):
        return LineKind.MARKER
    if len(words) <= 7 and not re.search(r"[.!?,;]$", text) and (text.isupper() or text.istitle()) \
            and any(low.startswith(m + " ") for m in lexicon.section_markers if " " in m):
        return LineKind.MARKER  # 'MORE FROM STEPPE & ORBIT WIRE', 'Latest News From Our Desk'
    if any(low.startswith(p) for p in lexicon.caption_prefixes) or (len(words) <= 4 and re.search(r"\b(illustration|photo|image|file|credit)\b", low)) \
            or re.search(r"\((?:illustration|file|photo|image|credit|pictured)\b[^)]*\)$", low) \
            or (len(words) <= 40 and re.search(r"\b(?:photo caption|image|photo|credit|caption)s?\s*:", low)):
        return LineKind.CAPTION
    if any(low.startswith(p) for p in lexicon.byline_prefixes) and len(words) <= 8:
        return LineKind.BYLINE
    if _has_marker(text, _STRONG_CHROME) and (len(words) <= 25 or sum(_has_marker(text, [m]) for m in _STRONG_CHROME) >= 2 or low.startswith(("copyright", "©"))):
        return LineKind.CHROME
    if header_date(text) is not None and _is_meta_date_line(text, words):
        return LineKind.DATELINE  # 'Published: 23rd August 2023 09:12 PM', 'Staff Writers | Wuhan | 26 April 2024'
    if len(words) <= 15 and _has_marker(text, lexicon.line_markers):
        return LineKind.CHROME
    if len(words) <= 14 and split_dateline(text, None) is not None and not split_dateline(text, None)[1]:
        return LineKind.DATELINE
    if _is_navigation(text) or _is_masthead(text, words):
        return LineKind.CHROME
    if len(words) <= 8 and dates.parse_absolute(text) is not None and not re.search(r"[.!?]$", text) \
            and not any(w[:1].isupper() and not dates.MONTHS.get(w.lower()[:3]) for w in words[1:] if w.isalpha()):
        return LineKind.DATELINE  # a date alone on its line: 'April 11, 2024', 'Published 10 March 2021'

    if re.search(r"[.!?\"”’)]$", text) and len(words) >= 6 or len(words) > 22:
        return LineKind.PARAGRAPH
    return LineKind.HEADLINE


def _is_space_story(headline: str, teaser: str, relevant: Relevance) -> bool:
    return relevant(headline + "\n" + teaser)


def assemble(
    page: Page,
    key: str,
    source: str,
    identifier: str,
    lexicon: Lexicon,
    relevant: Relevance,
    published: dt.date | None,
) -> Article:
    """Split lines into title, body and related stories; everything else is dropped (and recorded)."""
    lines = [" ".join(line.replace("\u00a0", " ").split()) for line in page.lines]
    kinds = [classify(line, lexicon) for line in lines]
    dropped: list[str] = []
    published = published or page.published

    # The body starts at the first paragraph; the title is the headline that introduces it.
    body_start = next((i for i, k in enumerate(kinds) if k == LineKind.PARAGRAPH), len(lines))
    after = next((k for k in kinds[body_start + 1:] if k != LineKind.EMPTY), None)
    if body_start < len(lines) and len(_words(lines[body_start])) <= 16 and after in (LineKind.BYLINE, LineKind.DATELINE) \
            and not any(k == LineKind.HEADLINE and _headline_like(x) for x, k in zip(lines[:body_start], kinds[:body_start])):
        kinds[body_start] = LineKind.HEADLINE  # a headline in sentence form, then the byline: 'Moon Sniper landed. Here's why.'
        body_start = next((i for i, k in enumerate(kinds) if k == LineKind.PARAGRAPH), len(lines))
    title = page.title
    header = list(zip(range(body_start), lines[:body_start], kinds[:body_start]))
    for _, line, kind in header:
        if kind in (LineKind.BYLINE, LineKind.DATELINE) and published is None:
            published = header_date(line)
    for _, line, kind in header:  # 'Station Watch (newsletter) -- Thursday, May 11, 2023': a masthead's full date
        if kind == LineKind.CHROME and published is None and len(_words(line)) <= 14:
            published = header_date(line)
    headlines = [(i, line) for i, line, kind in header if kind == LineKind.HEADLINE and _headline_like(line)]
    # the headline follows the site's chrome (masthead, tagline, menus, breadcrumbs): prefer one after the last of it
    last_chrome = max((i for i, _, kind in header if kind == LineKind.CHROME), default=-1)
    long_ones = [(i, line) for i, line in headlines if len(_words(line)) >= 5]
    pick = next(((i, line) for i, line in long_ones if i > last_chrome), long_ones[0] if long_ones else headlines[0] if headlines else None)
    if pick is None:  # 'Ten Minutes, Four Passengers: New Shepard Finally Flies People'
        pick = next(((i, line) for i, line, kind in header if kind == LineKind.HEADLINE and len(_words(line)) >= 4
                     and any(c.islower() for c in line) and not line[:1].islower()), None)
    if title is None and pick is not None:
        title = pick[1]
    if title is None:
        title = next((line for line in lines if re.search(r"[^\W\d_]", line)), identifier)
    # a standfirst between the headline and the byline is the article's own text: 'Sicilian astronaut begins ...'
    meta_at = next((i for i, _, kind in header if kind in (LineKind.BYLINE, LineKind.DATELINE)), body_start)
    standfirst = [i for i, line in headlines if pick is not None and pick[0] < i < meta_at and len(_words(line)) >= 6
                  and not _same(line, title)]
    for i, line, kind in header:
        if kind != LineKind.EMPTY and i not in standfirst:
            dropped.append(line)

    # The body runs to the first related-stories marker, or to a closing run of bare headlines.
    end = next((i for i in range(body_start, len(lines)) if kinds[i] == LineKind.MARKER), len(lines))
    last_para = max((i for i in range(body_start, end) if kinds[i] == LineKind.PARAGRAPH), default=body_start)
    trailing = [i for i in range(last_para + 1, end) if kinds[i] == LineKind.HEADLINE]
    if len(trailing) >= 3:
        end = trailing[0]

    body: list[str] = [lines[i] for i in standfirst]
    for i in range(body_start, end):
        line, kind = lines[i], kinds[i]
        if kind in (LineKind.PARAGRAPH, LineKind.HEADLINE):
            dl = split_dateline(line, published) if len(body) == len(standfirst) else None
            if dl is not None:
                when, rest = dl
                published = published or when
                if rest:
                    body.append(rest)
                dropped.append(line[: len(line) - len(rest)].strip())
                continue
            body.append(line)
        elif kind == LineKind.DATELINE and published is None:
            published = header_date(line)
            dropped.append(line)
        elif kind != LineKind.EMPTY:
            dropped.append(line)

    stories = list(page.related) + _stories(lines[end:], kinds[end:], dropped)
    related: list[str] = []
    seen = {title.lower()}
    for headline, teaser in stories:
        if headline.lower() in seen:
            dropped.append(headline)
            continue
        seen.add(headline.lower())
        substantial = len(_words(headline)) >= 4 or teaser
        if substantial and _is_space_story(headline, teaser, relevant):
            related.append(headline if not teaser else f"{headline}\n{teaser}")
        else:
            dropped.append(headline)

    blocks: list[Block] = []
    offset = 0
    for section, text in [("title", title)] + [("body", "\n\n".join(body))] * bool(body) + [("related", r) for r in related]:
        blocks.append(Block(section=section, text=text, start=offset))
        offset += len(text) + 2
    return Article(key=key, source=source, identifier=identifier, title=title, published=published,
                   blocks=blocks, dropped=dropped)


def _stories(lines: list[str], kinds: list[str], dropped: list[str]) -> list[tuple[str, str]]:
    """Group the lines after the body into (headline, teaser) pairs; chrome lines are dropped."""
    stories: list[list[str]] = []
    for line, kind in zip(lines, kinds):
        if kind == LineKind.HEADLINE:
            stories.append([line, ""])
        elif kind == LineKind.PARAGRAPH and stories and not stories[-1][1]:
            stories[-1][1] = re.sub(r"\s*\.\.\.\s*read more\s*$", "...", line, flags=re.I)
        elif kind == LineKind.PARAGRAPH:
            stories.append(["", line])
        elif kind != LineKind.EMPTY:
            dropped.append(line)
    out = []
    for headline, teaser in stories:
        if not headline:
            dropped.append(teaser)
            continue
        out.append((headline, teaser))
    return out
