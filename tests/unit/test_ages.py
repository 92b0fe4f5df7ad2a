"""How old a figure is, read at a glance: one rule for the counter's "12 min ago" and the CLI's "12 min old"."""

from __future__ import annotations

import pytest

from kiosk.cli_text import age_words
from kiosk.domain.ages import Age, AgeUnit, age_of


@pytest.mark.parametrize(
    ("seconds", "age"),
    [
        (-5, Age(0, AgeUnit.JUST_NOW)),  # a clock that went back
        (59.9, Age(0, AgeUnit.JUST_NOW)),
        (60, Age(1, AgeUnit.MINUTES)),
        (12 * 60 + 59, Age(12, AgeUnit.MINUTES)),
        (3600, Age(1, AgeUnit.HOURS)),
        (86399, Age(23, AgeUnit.HOURS)),
        (86400, Age(1, AgeUnit.DAYS)),
        (3 * 86400 + 5, Age(3, AgeUnit.DAYS)),
    ],
)
def test_an_age_is_counted_in_whole_units_rounded_down(seconds: float, age: Age) -> None:
    assert age_of(seconds) == age


def test_the_cli_says_the_same_age_in_its_own_words() -> None:
    assert [age_words(s) for s in (10, 12 * 60 + 59, 3 * 3600, 86400, 2 * 86400)] == [
        "just now", "12 min old", "3 h old", "1 day old", "2 days old",
    ]


def test_the_counter_says_it_as_how_long_ago() -> None:
    from kiosk.ui.money import age_text

    now = 1_700_000_000.0
    assert [age_text(now - s, now) for s in (10, 12 * 60 + 59, 3 * 3600, 86400, 2 * 86400)] == [
        "just now", "12 min ago", "3 h ago", "1 day ago", "2 days ago",
    ]
