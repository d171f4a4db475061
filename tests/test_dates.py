"""Dates are as precise as the text and resolved against the article's publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from spacegraph.dates import parse_absolute, resolve

APRIL_30_2025 = dt.date(2025, 4, 30)  # a Wednesday


@pytest.mark.parametrize("text, published, future, expected", [
    ("in February", APRIL_30_2025, False, "2025-02"),
    ("February", APRIL_30_2025, False, "2025-02"),
    ("in June", APRIL_30_2025, False, "2024-06"),  # past tense: the last June before April 2025
    ("in June", APRIL_30_2025, True, "2025-06"),  # future: the next June
    ("in February", None, False, None),  # no publication date: left out, never guessed
    ("yesterday", APRIL_30_2025, False, "2025-04-29"),
    ("yesterday", None, False, None),
    ("today", APRIL_30_2025, False, "2025-04-30"),
    ("on Monday", APRIL_30_2025, False, "2025-04-28"),
    ("Wednesday", APRIL_30_2025, False, "2025-04-30"),
    ("last Wednesday", APRIL_30_2025, False, "2025-04-23"),
    ("next Friday", APRIL_30_2025, False, "2025-05-02"),
    ("early Saturday", APRIL_30_2025, False, "2025-04-26"),
    ("Oct. 26", dt.date(2023, 10, 27), False, "2023-10-26"),
    ("Dec. 28", dt.date(2024, 1, 3), False, "2023-12-28"),  # a December date read in January
    ("October 26, 2023", None, False, "2023-10-26"),
    ("26 October 2023", None, False, "2023-10-26"),
    ("2023-10-26", None, False, "2023-10-26"),
    ("October 2020", None, False, "2020-10"),
    ("2012", None, False, "2012"),
    ("last month", APRIL_30_2025, False, "2025-03"),
    ("last month", dt.date(2025, 1, 5), False, "2024-12"),
    ("earlier this year", APRIL_30_2025, False, "2025"),
    ("three days ago", APRIL_30_2025, False, "2025-04-27"),
    ("the 1990s", APRIL_30_2025, False, None),
    ("between 2021 and 2023", APRIL_30_2025, False, None),
    ("may", APRIL_30_2025, False, None),  # the modal verb, not the month
])
def test_resolve(text, published, future, expected):
    value = resolve(text, published, future=future)
    assert (value.lexical if value else None) == expected


def test_datatypes_follow_precision():
    assert resolve("2023-10-26", None).datatype == "date"
    assert resolve("October 2020", None).datatype == "gYearMonth"
    assert resolve("2012", None).datatype == "gYear"


def test_parse_absolute():
    assert parse_absolute("Published 10 March 2021") == dt.date(2021, 3, 10)
    assert parse_absolute("Feb 30, 2024") is None
    assert parse_absolute("no date here") is None
