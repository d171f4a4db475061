"""Ingest: text, HTML and JSONL in; body, title, related stories and dropped chrome out."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from spacegraph import ingest
from spacegraph import lexicon as lexicon_module
from spacegraph.nlp import SpaceRelevance


@pytest.fixture(scope="module")
def lex():
    return lexicon_module.load()


@pytest.fixture(scope="module")
def relevant():
    return SpaceRelevance()


def read(paths, lex, relevant, **kw):
    return list(ingest.read_articles(paths, lex, relevant, **kw))


SCRAPED = """Space Desk | Launches | Subscribe

ORBIT NEWS
Japan's H3 rocket returns to flight with a new satellite
Photo caption: The H3 clears the tower. Image: JAXA
by Staff Writers
Tanegashima, Japan (SPX) Feb 17, 2024

JAXA launched its second H3 rocket yesterday from the Tanegashima Space Center, a year after the first one failed. The agency said the flight met all its goals.

The rocket carried a small test satellite and a dummy payload to orbit.

Related Stories
NASA picks two new astronaut candidates
The agency named the pair on Tuesday after a long selection.

Farm prices rise again in Europe

Subscribe Free To Our Daily Newsletters
The content herein, unless otherwise known to be public domain, are Copyright 2024. All websites are subject to our cookie and GDPR policies.
"""


def test_scraped_text_keeps_body_and_related_space_stories(tmp_path, lex, relevant):
    path = tmp_path / "h3.txt"
    path.write_text(SCRAPED, encoding="utf-8")
    (article,) = read([path], lex, relevant)
    assert article.title == "Japan's H3 rocket returns to flight with a new satellite"
    assert article.published == dt.date(2024, 2, 17)
    sections = [b.section for b in article.blocks]
    assert sections == ["title", "body", "related"]
    body = article.blocks[1].text
    assert body.startswith("JAXA launched its second H3 rocket yesterday")
    assert "dummy payload" in body
    assert article.blocks[2].text.startswith("NASA picks two new astronaut candidates")
    text = article.text
    for chrome in ("Farm prices", "Subscribe", "Copyright", "Staff Writers", "Photo caption", "Space Desk"):
        assert chrome not in text, chrome
    assert any("Farm prices" in d for d in article.dropped)


def test_dateline_inside_first_paragraph_sets_the_date_and_is_removed(tmp_path, lex, relevant):
    path = tmp_path / "a.txt"
    path.write_text("Crew flies\n\nHOUSTON, Aug. 26, 2023 - NASA launched four astronauts to the station today.\n",
                    encoding="utf-8")
    (article,) = read([path], lex, relevant)
    assert article.published == dt.date(2023, 8, 26)
    assert article.blocks[1].text == "NASA launched four astronauts to the station today."


@pytest.mark.parametrize("line, expected", [
    ("Sydney, Australia (SPX) Apr 30, 2025", dt.date(2025, 4, 30)),
    ("CAPE CANAVERAL, Fla. (June 5, 2024) — NASA astronauts lifted off", dt.date(2024, 6, 5)),
    ("BEIJING, 6 April 2024: The agency", dt.date(2024, 4, 6)),
    ("Jiuquan, May 30, 2023 — The crew", dt.date(2023, 5, 30)),
    ("WASHINGTON, Feb. 4, 2021 (Capitol Space Desk) - Firefly Aerospace was awarded", dt.date(2021, 2, 4)),
])
def test_datelines(line, expected):
    assert ingest.split_dateline(line, None)[0] == expected


WIRE_HEADER = """NORTHERN SKY NEWS
Home > Science > Space

Crew of three reaches the station after a fast two-orbit flight

The fastest trip yet took just over three hours, the agency said

Published: 14th October 2020 09:27 AM | Last Updated: 14th October 2020 11:40 AM

By Staff Reporter

Three people arrived at the International Space Station on Wednesday after the quickest trip yet.
"""


def test_page_header_title_standfirst_and_published_line(tmp_path, lex, relevant):
    path = tmp_path / "wire.txt"
    path.write_text(WIRE_HEADER, encoding="utf-8")
    (article,) = read([path], lex, relevant)
    assert article.title == "Crew of three reaches the station after a fast two-orbit flight"
    assert article.published == dt.date(2020, 10, 14)
    body = article.blocks[1].text
    assert body.startswith("The fastest trip yet took just over three hours")  # the standfirst is text, not chrome
    for chrome in ("NORTHERN SKY NEWS", "Home >", "Published", "Staff Reporter"):
        assert chrome not in article.text


BLOG_HEADER = """Regolith & Rockets
a blog about things that go up

Posts | About | Archive | RSS

The lander made it. Sort of. Here is what happened.

Posted by Kei | 11 comments

The spacecraft touched down on Friday within a hundred metres of its target.
"""


def test_a_headline_written_as_sentences_before_the_byline(tmp_path, lex, relevant):
    path = tmp_path / "blog.txt"
    path.write_text(BLOG_HEADER, encoding="utf-8")
    (article,) = read([path], lex, relevant)
    assert article.title == "The lander made it. Sort of. Here is what happened."
    assert article.blocks[1].text.startswith("The spacecraft touched down")
    assert "Regolith" not in article.text and "blog about" not in article.text


BLOG_WITH_TAGLINE = """THE HANDSHAKE FILES
Cold War spaceflight, one document at a time

Archive > Agreements > The 1972 Moscow space pact

How a Summit Signature Put Apollo and Soyuz in the Same Orbit

Most space histories jump straight to the handshake. This post is about the paper that made it possible.
"""

TITLE_CASE = """NORDIC POLICY MONITOR
Section: Science & Space | Diplomacy

Sweden Signs Artemis Accords A Day After Switzerland

By Staff | April 17, 2024 | 3 min read

STOCKHOLM, April 17, 2024 - Sweden joined the Artemis Accords as their 38th signatory on Tuesday.
"""


@pytest.mark.parametrize("page, title", [
    (BLOG_WITH_TAGLINE, "How a Summit Signature Put Apollo and Soyuz in the Same Orbit"),
    (TITLE_CASE, "Sweden Signs Artemis Accords A Day After Switzerland"),
])
def test_the_headline_follows_the_site_chrome(tmp_path, lex, relevant, page, title):
    path = tmp_path / "page.txt"
    path.write_text(page, encoding="utf-8")
    (article,) = read([path], lex, relevant)
    assert article.title == title


@pytest.mark.parametrize("line, expected", [
    ("02/10/2019   1843 views   61 likes", dt.date(2019, 10, 2)),
    ("10/25/2019", dt.date(2019, 10, 25)),
    ("Monday, July 18, 2022 | Read online", dt.date(2022, 7, 18)),
    ("14 OCT 2020, 09:27 Moscow time", dt.date(2020, 10, 14)),
])
def test_header_dates(line, expected):
    assert ingest.header_date(line) == expected


@pytest.mark.parametrize("line, kind", [
    ("Home > Nation > Science", "chrome"),
    ("World | Business | Markets | Science | Space", "chrome"),
    ("ESA / Science & Exploration / Human and Robotic Exploration", "chrome"),
    ("THE ORBIT BRIEF", "chrome"),
    ("Staff Writers | Wuhan | 26 April 2024 | 4 min read", "dateline"),
    ("Wuhan | 26 April 2024 | 4 min read", "dateline"),
    ("ICUBE-Q satellite before integration (illustration only)", "caption"),
    ("Crew-6 launches with Sultan AlNeyadi | Gulf Space Monitor", "headline"),
    ("Shenzhou-17 crew returns to Earth after six months", "headline"),
])
def test_line_kinds(lex, line, kind):
    assert ingest.classify(line, lex) == kind


def test_a_sentence_is_not_a_dateline():
    assert ingest.split_dateline("China launched three astronauts on Tuesday to its station.", None) is None
    assert ingest.split_dateline("NASA and ESA - two agencies - agreed.", None) is None


@pytest.mark.parametrize("line, rest", [
    ("OSLO, Norway \u2014 The Norwegian Space Agency and NASA signed", "The Norwegian Space Agency and NASA signed"),
    ("CAPE CANAVERAL, Fla. - The shuttle rose", "The shuttle rose"),
    ("SEOUL (Yonhap) -- The agency said", "The agency said"),
    ("TOULOUSE, Sept. 3, 2021 (Space Wire Europe) - Airbus said", "Airbus said"),
])
def test_a_place_dateline_without_a_date_is_removed(line, rest):
    """The place is where the story was filed, not a party to the news ('OSLO, Norway' signed nothing)."""
    assert ingest.split_dateline(line, None)[1] == rest


PAGE = """<!doctype html><html><head><title>Crew-7 lifts off | Orbit Daily</title>
<meta property="article:published_time" content="2023-08-26T07:30:00Z">
<style>body{color:red}</style><script>var tracking = "NASA ESA";</script></head>
<body><nav><a href="/">Home</a> <a>Politics</a></nav>
<header class="masthead">Orbit Daily</header>
<article><h1>Crew-7 lifts off</h1>
<p class="byline">By A. Writer</p>
<p>Four astronauts from four agencies launched to the International Space Station on Saturday.</p>
<figure><img src="x.jpg"><figcaption>The Falcon 9 at sunrise. Photo: SpaceX</figcaption></figure>
<p>NASA astronaut Jasmin Moghbeli commands the mission.</p>
<div class="ad">Buy our mugs</div>
</article>
<aside class="related"><h3>More stories</h3><ul>
<li><a href="/1">ESA signs Starlab deal</a><p>The agency will use the station.</p></li>
<li><a href="/2">Local team wins the cup</a></li></ul></aside>
<div class="cookie-banner">We use cookies</div>
<footer>Copyright 2023 Orbit Daily</footer></body></html>"""


def test_html_main_text_without_chrome(tmp_path, lex, relevant):
    path = tmp_path / "crew7.html"
    path.write_text(PAGE, encoding="utf-8")
    (article,) = read([path], lex, relevant)
    assert article.title == "Crew-7 lifts off"
    assert article.published == dt.date(2023, 8, 26)
    body = article.blocks[1].text
    assert "Four astronauts from four agencies" in body and "Jasmin Moghbeli commands" in body
    text = article.text
    for chrome in ("Politics", "Orbit Daily", "Buy our mugs", "cookies", "Copyright", "tracking", "color:red",
                   "Falcon 9 at sunrise", "Local team"):
        assert chrome not in text, chrome
    related = [b.text for b in article.blocks if b.section == "related"]
    assert related == ["ESA signs Starlab deal\nThe agency will use the station."]


def test_html_time_element_and_div_body(tmp_path, lex, relevant):
    html = ("<html><body><div class='menu'>Home</div><div class='story'>"
            "<time datetime='2024-01-19'>January 19</time>"
            "<p>Axiom Space launched its third private mission to the International Space Station on Thursday.</p>"
            "<p>The four-person crew is commanded by Michael Lopez-Alegria, who has flown to space before.</p>"
            "</div></body></html>")
    path = tmp_path / "ax3.htm"
    path.write_text(html, encoding="utf-8")
    (article,) = read([path], lex, relevant)
    assert article.published == dt.date(2024, 1, 19)
    assert "third private mission" in article.text and "Home" not in article.text


def test_jsonl_articles(tmp_path, lex, relevant):
    path = tmp_path / "feed.jsonl"
    rows = [
        {"id": "a1", "url": "https://example.org/a1", "title": "One", "published": "2024-03-23", "text": "NASA flew."},
        {"id": "a2", "title": "Two", "text": "ESA signed.", "published": None},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    a1, a2 = read([path], lex, relevant)
    assert (a1.source, a1.identifier, a1.title, a1.published) == ("https://example.org/a1", "a1", "One", dt.date(2024, 3, 23))
    assert a2.source.endswith("feed.jsonl#a2") and a2.published is None
    assert a1.key != a2.key


@pytest.mark.parametrize("line, message", [
    ("{not json", "invalid JSON"),
    ('{"id": "x"}', "'text'"),
    ('{"text": "x", "published": "someday"}', "not a date"),
])
def test_bad_jsonl_lines_name_the_line(tmp_path, lex, relevant, line, message):
    path = tmp_path / "bad.jsonl"
    path.write_text('{"text": "fine"}\n' + line + "\n", encoding="utf-8")
    with pytest.raises(ingest.IngestError) as err:
        read([path], lex, relevant)
    assert f"{path}:2" in str(err.value) and message in str(err.value)


def test_folders_are_read_recursively_in_a_stable_order(tmp_path, lex, relevant):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Two\n\nNASA launched a rocket on Friday from Florida.", encoding="utf-8")
    (tmp_path / "one.html").write_text("<p>ESA signed an agreement with JAXA on Monday in Paris.</p>", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "x.txt").write_text("hidden", encoding="utf-8")
    found = ingest.discover([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["b/two.txt", "one.html"]


def test_bad_inputs_raise_clear_errors(tmp_path, lex, relevant):
    with pytest.raises(ingest.IngestError, match="no such file or folder"):
        ingest.discover([tmp_path / "missing.txt"])
    odd = tmp_path / "data.csv"
    odd.write_text("a,b", encoding="utf-8")
    with pytest.raises(ingest.IngestError, match="unsupported file type .csv"):
        ingest.discover([odd])
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    with pytest.raises(ingest.IngestError, match="binary"):
        read([binary], lex, relevant)


def test_windows_1252_text_is_decoded(tmp_path, lex, relevant):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Station news\n\nThe crew\u2019s capsule docked with the station on Monday.".encode("cp1252"))
    (article,) = read([path], lex, relevant)
    assert "crew\u2019s capsule" in article.text


def test_published_option_overrides(tmp_path, lex, relevant):
    path = tmp_path / "a.txt"
    path.write_text("Title\n\nThe crew launched yesterday to the station.", encoding="utf-8")
    (article,) = read([path], lex, relevant, published=dt.date(2023, 10, 27))
    assert article.published == dt.date(2023, 10, 27)


def test_article_keys_depend_on_content_not_location(tmp_path, lex, relevant):
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    for d in ("x", "y"):
        (tmp_path / d / "same.txt").write_text("T\n\nNASA launched a crew to the station today.", encoding="utf-8")
    a, b = read([tmp_path / "x", tmp_path / "y"], lex, relevant)
    assert a.key == b.key and a.source != b.source


def test_a_dateline_with_two_cities():
    from spacegraph.ingest import split_dateline
    assert split_dateline("WASHINGTON/YEREVAN, June 13 (CWS) - Armenia has joined the accords.", None) == (
        None, "Armenia has joined the accords.")


def test_a_full_date_in_a_masthead_line_dates_the_article(tmp_path, lex, relevant):
    path = tmp_path / "a.txt"
    path.write_text("Vast books a Falcon 9 for its station\n\nStation Watch (newsletter) -- Thursday, May 11, 2023\n\n"
                    "Vast announced a contract with SpaceX to launch its Haven-1 station yesterday.\n", encoding="utf-8")
    (article,) = read([path], lex, relevant)
    assert article.published == dt.date(2023, 5, 11)
