"""The contract's time form: one writer and one reader for the client, the store's bodies, the CLI and the sandbox."""

from __future__ import annotations

import datetime as dt

from kiosk.api.utctime import parse_utc, utc_text, utc_text_at

ROME = dt.timezone(dt.timedelta(hours=1))


def test_a_time_is_written_in_utc_to_the_second_with_a_z() -> None:
    assert utc_text(dt.datetime(2026, 11, 22, 11, 42, 7, 999_000, tzinfo=ROME)) == "2026-11-22T10:42:07Z"
    assert utc_text_at(0) == "1970-01-01T00:00:00Z"
    assert utc_text(dt.datetime(999, 1, 2, tzinfo=dt.timezone.utc)) == "0999-01-02T00:00:00Z"


def test_what_is_written_reads_back_as_the_same_moment() -> None:
    moment = dt.datetime(2026, 11, 22, 11, 42, 7, tzinfo=ROME)
    assert parse_utc(utc_text(moment)) == moment
    assert parse_utc(utc_text(moment)).tzinfo == dt.timezone.utc


def test_a_time_without_a_zone_is_read_as_utc() -> None:
    assert parse_utc(" 2026-11-22T10:42:07 ") == dt.datetime(2026, 11, 22, 10, 42, 7, tzinfo=dt.timezone.utc)
