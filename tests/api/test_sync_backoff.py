"""The sync layer's pure parts: backoff, what an error means for an operation, connectivity changes."""

from __future__ import annotations

import random

import pytest

from kiosk.api import ApiError, BadAnswer, NetworkError, NotConfigured, Problem
from kiosk.api.marta import AnswerCode
from kiosk.sync import Backoff, Connectivity, ConnectivityState
from kiosk.sync.connectivity import ConnectivityWatch
from kiosk.sync.triage import judge


def test_backoff_doubles_with_jitter_up_to_the_cap() -> None:
    backoff = Backoff(base=1.0, cap=300.0, rng=random.Random(7))
    for attempts, step in [(1, 1), (2, 2), (3, 4), (9, 256), (10, 300), (5000, 300)]:
        for _ in range(50):
            assert step * 0.5 <= backoff.delay(attempts) <= step


def test_backoff_never_undercuts_retry_after() -> None:
    backoff = Backoff(base=1.0, cap=300.0, rng=random.Random(7))
    assert backoff.delay(1, retry_after=30) == 30
    assert 150 <= backoff.delay(12, retry_after=30) <= 300


def test_retry_after_beyond_the_cap_waits_only_the_cap() -> None:
    # A 503 with `Retry-After: 86400` once parked an operation for a day.
    backoff = Backoff(base=1.0, cap=300.0, rng=random.Random(7))
    assert backoff.delay(1, retry_after=86400) == 300
    assert backoff.delay(40, retry_after=86400) == 300
    assert 0.5 <= backoff.delay(1, retry_after=-5) <= 1


def test_backoff_refuses_nonsense() -> None:
    with pytest.raises(ValueError):
        Backoff(base=0)


def _api(status: int, code: int | None, retry_after: int | None = None) -> ApiError:
    return ApiError(Problem.SERVER_FAULT, status=status, answer_code=code, retry_after=retry_after)


@pytest.mark.parametrize(
    ("error", "final", "link"),
    [
        (NetworkError(maybe_applied=False, cause="ConnectError"), False, ConnectivityState.OFFLINE),
        (NetworkError(maybe_applied=True, cause="ReadTimeout"), False, ConnectivityState.DEGRADED),
        (BadAnswer("result.balance: missing"), False, ConnectivityState.DEGRADED),
        (NotConfigured("terminal"), False, ConnectivityState.DEGRADED),
        (_api(503, AnswerCode.SERVER_FAULT), False, ConnectivityState.DEGRADED),
        (_api(500, None), False, ConnectivityState.DEGRADED),
        (_api(429, None), False, ConnectivityState.DEGRADED),
        (_api(401, AnswerCode.WRONG_CREDENTIALS), False, ConnectivityState.DEGRADED),
        (_api(401, AnswerCode.TOKEN_EXPIRED), False, ConnectivityState.DEGRADED),
        (_api(409, AnswerCode.OPERATION_RUNNING), False, ConnectivityState.ONLINE),
        (_api(409, AnswerCode.CARD_BLOCKED), True, ConnectivityState.ONLINE),
        (_api(404, AnswerCode.CARD_UNKNOWN), True, ConnectivityState.ONLINE),
        (_api(409, AnswerCode.NOT_ENOUGH_POINTS), True, ConnectivityState.ONLINE),
        (_api(422, AnswerCode.KEY_REUSED), True, ConnectivityState.ONLINE),
        (_api(400, AnswerCode.BAD_FIELD), True, ConnectivityState.ONLINE),
        (_api(403, AnswerCode.SCOPE_FORBIDDEN), True, ConnectivityState.ONLINE),
    ],
)
def test_judge(error: Exception, final: bool, link: ConnectivityState) -> None:
    verdict = judge(error)  # type: ignore[arg-type]
    assert (verdict.final, verdict.link) == (final, link)


def test_judge_keeps_retry_after() -> None:
    assert judge(_api(503, AnswerCode.SERVER_FAULT, retry_after=12)).retry_after == 12.0


def test_connectivity_reports_changes_only_with_when_trouble_began() -> None:
    now = [100.0]
    seen: list[Connectivity] = []
    watch = ConnectivityWatch(clock=lambda: now[0], on_change=seen.append)
    assert watch.current == Connectivity(ConnectivityState.ONLINE, unknown=True)  # nothing heard yet
    watch.reached()
    assert seen == [Connectivity(ConnectivityState.ONLINE)]  # the first answer: the link is known now
    watch.reached()
    assert len(seen) == 1  # the same again is no change
    watch.trouble(ConnectivityState.OFFLINE, "down")
    now[0] = 150.0
    watch.trouble(ConnectivityState.OFFLINE, "down")
    watch.trouble(ConnectivityState.DEGRADED, "503")
    watch.counts(pending=3, failed=1)
    watch.reached()
    assert seen[1:] == [
        Connectivity(ConnectivityState.OFFLINE, since=100.0, last_error="down"),
        Connectivity(ConnectivityState.DEGRADED, since=150.0, last_error="503"),
        Connectivity(ConnectivityState.DEGRADED, since=150.0, last_error="503", pending=3, failed=1),
        Connectivity(ConnectivityState.ONLINE, pending=3, failed=1),
    ]
