"""The face's one place of words: every typed value from below has its words, and the server's text never shows."""

from __future__ import annotations

import enum
from typing import Any

import pytest

from kiosk.api import ApiError, Problem
from kiosk.api.marta import AnswerCode
from kiosk.domain.errors import InputError, Notice, PrinterState, Why
from kiosk.store.db import StoreFault
from kiosk.ui.words import Words, say
from tests.helpers import EXAMPLE_PARAMS

FAMILIES: list[type[enum.Enum]] = [Problem, Why, StoreFault, PrinterState]
NOT_RECORDED = "The reason was not recorded."


@pytest.mark.parametrize("member", [m for family in FAMILIES for m in family], ids=str)
def test_every_typed_value_has_words_on_the_screen(qapp: Any, member: enum.Enum) -> None:
    said = say(Notice(member, EXAMPLE_PARAMS))
    assert said and (said != NOT_RECORDED or member is Why.UNKNOWN)
    assert "{" not in said and "%n" not in said  # every placeholder filled


def test_the_table_has_one_entry_per_member_and_no_more(qapp: Any) -> None:
    table = Words()._table()
    assert set(table) == {m for family in FAMILIES for m in family}


def test_counts_go_through_the_plural_and_details_into_the_words(qapp: Any) -> None:
    assert "3" in say(Notice(Problem.WRONG_PIN, {"attempts": 3}))
    assert "45" in say(Notice(Problem.TOO_MANY_TRIES, {"seconds": 45}))
    assert "“email”" in say(Notice(Problem.BAD_FIELD, {"field": "email"}))
    assert say(Notice(Why.NOT_A_CARD, {"text": "ABC!"})) == "“ABC!” is not a card number."
    assert say(InputError(Why.AMOUNT_NOT_POSITIVE, field="amount")) == "The amount must be more than zero."
    assert say(Notice(Why.WRONG_PIN, {"attempts": 2}, then=Why.NOTHING_REDEEMED)).endswith("Nothing was redeemed.")
    # A notice without the detail its words need (an old record) is said plainly, never as a crash.
    assert say(Notice(Why.CARD_BLOCKED)) == NOT_RECORDED
    assert say(None) == ""


@pytest.mark.parametrize("problem", list(Problem), ids=str)
def test_the_servers_own_message_is_never_shown(qapp: Any, problem: Problem) -> None:
    secret = "SERVER-TEXT 4711: card 2000000000015 PIN 1234"
    error = ApiError(problem, status=409, answer_code=AnswerCode.CARD_BLOCKED, field="card",
                     attempts_left=2, retry_after=5, server_message=secret)
    said = say(error)
    assert said and secret not in said and "SERVER-TEXT" not in said and "1234" not in said
