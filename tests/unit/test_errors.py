"""What a person reads when work fails: our errors' own words, or the one wording for the unforeseen."""

from __future__ import annotations

import logging

import pytest

from kiosk.domain.errors import InputError, message_for

log = logging.getLogger("kiosk.ui")


def test_our_own_error_is_said_in_its_own_words_and_not_logged(caplog: pytest.LogCaptureFixture) -> None:
    assert message_for(InputError("The amount must be more than zero."), log, "counter work",
                       then="Try again.") == "The amount must be more than zero."
    assert not caplog.records


def test_an_unforeseen_failure_says_where_to_look_and_what_next_and_logs_its_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as exc:
        said = message_for(exc, log, "redemption work", then="Nothing was redeemed.")
    assert said == "Something went wrong; the log has the details. Nothing was redeemed."
    [record] = caplog.records
    assert record.levelno == logging.ERROR and record.getMessage() == "redemption work failed unexpectedly"
    assert record.exc_info is not None and record.exc_info[0] is ZeroDivisionError
