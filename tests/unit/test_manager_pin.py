"""The manager PIN's rules: a new one has 6 to 8 digits; wrong ones lock the prompt for longer each round."""

from __future__ import annotations

import pytest

from kiosk.domain.errors import InputError
from kiosk.domain.manager_pin import LOCKOUT_TRIES, Lockout, valid_manager_pin
from tests.helpers import raises_saying

NOW = 1_700_000_000.0


@pytest.mark.parametrize("pin", ["123456", "12345678"])
def test_six_to_eight_digits_make_a_new_manager_pin(pin):
    valid_manager_pin(pin)


@pytest.mark.parametrize("pin", ["", "123", "1234", "12345", "123456789", "12a456", "１２３４５６", " 123456"])
def test_anything_else_is_refused_in_words(pin):
    with raises_saying(InputError, "6 to 8 digits"):
        valid_manager_pin(pin)


def _wrong(state: Lockout, times: int, now: float = NOW) -> Lockout:
    for _ in range(times):
        state = state.after_wrong(now)
    return state


def test_every_fifth_wrong_pin_locks_for_1_then_5_15_and_60_minutes_and_no_longer():
    state, now = Lockout(), NOW
    for wait in (60, 300, 900, 3600, 3600):
        before = _wrong(state, LOCKOUT_TRIES - 1, now)
        assert before.wait_left(now) == 0
        state = before.after_wrong(now)
        assert state.wait_left(now) == wait
        assert state.wait_left(now + wait - 1) == 1
        now += wait
        assert state.wait_left(now) == 0


def test_a_clock_set_back_does_not_make_a_lock_longer_than_its_wait():
    state = _wrong(Lockout(), LOCKOUT_TRIES)
    assert state.wait_left(NOW - 86400) == 60


def test_a_garbled_record_is_read_as_the_longest_lock_not_as_none():
    assert Lockout.longest(NOW).wait_left(NOW) == 3600
