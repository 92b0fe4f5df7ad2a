"""What a person is told when work fails: our errors' own typed values, or the one value for the unforeseen."""

from __future__ import annotations

import logging

import pytest

from kiosk.cli_text import say
from kiosk.domain.errors import InputError, Notice, Why, message_for

log = logging.getLogger("kiosk.ui")


def test_our_own_error_is_said_by_its_own_value_and_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    said = message_for(InputError(Why.AMOUNT_NOT_POSITIVE, field="amount"), log, "counter work", then=Why.TRY_AGAIN)
    assert said == Notice(Why.AMOUNT_NOT_POSITIVE)
    assert say(said) == "The amount must be more than zero."
    assert not caplog.records


def test_an_unforeseen_failure_says_where_to_look_and_what_next_and_logs_its_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        said = message_for(exc, log, "redemption work", then=Why.NOTHING_REDEEMED)
    assert said == Notice(Why.UNEXPECTED, then=Why.NOTHING_REDEEMED)
    assert say(said) == "Something went wrong; the log has the details. Nothing was redeemed."
    [record] = caplog.records
    assert record.levelno == logging.ERROR and record.getMessage() == "redemption work failed unexpectedly"
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError


def test_a_notice_goes_to_the_store_as_a_code_and_comes_back_the_same() -> None:
    notice = Notice(Why.WRONG_PIN, {"attempts": 2}, then=Why.NOTHING_REDEEMED)
    code = notice.to_code()
    assert " " not in code  # a code, not a sentence
    assert Notice.from_code(code) == notice
    assert Notice.from_code(None) is None


@pytest.mark.parametrize("old", ["Card blocked", "The PIN is not right (2 tries left).", "{not json", '{"what": "nope.x"}'])
def test_an_old_sentence_or_an_unknown_code_reads_as_unknown(old: str) -> None:
    assert Notice.from_code(old) == Notice(Why.UNKNOWN)
    assert say(Notice.from_code(old)) == "The reason was not recorded."
