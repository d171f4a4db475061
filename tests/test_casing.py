"""Headline truecasing: the parser reads a title-cased headline in the case its body uses."""

from __future__ import annotations

import datetime as dt

from spacegraph.casing import headline_case, is_title_case
from spacegraph.records import Article, Block

BODY = ("The space agencies of the two countries signed a joint statement on Wednesday in Adelaide. "
        "NASA and Roscosmos said they would study a lunar outpost, the Deep Space Gateway, and sign further documents later.")


def test_ordinary_words_are_lowered_and_names_kept():
    headline = "NASA And Roscosmos Sign Joint Statement On Lunar Deep Space Gateway"
    cased = headline_case(headline, BODY)
    assert cased == "NASA and Roscosmos sign joint statement on lunar Deep Space Gateway"
    assert len(cased) == len(headline)


def test_inflected_verbs_are_lowered_from_another_form_in_the_body():
    assert headline_case("Sweden Signs Accord With Norway", "Sweden signed an accord with Norway on Friday.") == \
        "Sweden signs accord with Norway"


def test_sentence_case_and_shouting_are_left_alone():
    assert not is_title_case("Japan and India sign a lunar agreement")
    assert not is_title_case("JAPAN AND INDIA SIGN LUNAR AGREEMENT")
    assert headline_case("Japan and India sign a lunar agreement", BODY) == "Japan and India sign a lunar agreement"
    assert headline_case("NASA And Roscosmos Sign Joint Statement", "") == "NASA And Roscosmos Sign Joint Statement"


def test_a_title_cased_headline_yields_its_facts_with_the_original_text(pipeline):
    title = "NASA And Roscosmos Sign Joint Statement On Lunar Deep Space Gateway"
    body = "Officials said the statement on the lunar outpost was signed at a congress in Adelaide."
    article = Article(key="t", source="t.txt", identifier="t.txt", title=title, published=dt.date(2017, 9, 28),
                      blocks=[Block("title", title, 0), Block("body", body, len(title) + 2)])
    [ex] = pipeline.extract([article])
    parties = {ex.entities[f.object].label for f in ex.facts if f.predicate == "party"}
    assert parties == {"NASA", "Roscosmos"}
    assert {f.sentence for f in ex.facts if f.predicate == "party"} == {title}


def test_mentions_in_a_truecased_headline_keep_the_articles_case(pipeline):
    title = "NASA And Roscosmos Sign Joint Statement On Lunar Deep Space Gateway"
    body = "Officials said the statement on the lunar outpost was signed at a congress in Adelaide."
    article = Article(key="t", source="t.txt", identifier="t.txt", title=title, published=dt.date(2017, 9, 28),
                      blocks=[Block("title", title, 0), Block("body", body, len(title) + 2)])
    [ex] = pipeline.extract([article])
    assert "Statement" in {m.text for m in ex.mentions if m.section == "title"}
