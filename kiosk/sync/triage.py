"""What an error from a call means for an outbox operation: try again later, or never."""

from __future__ import annotations

import dataclasses

from kiosk.api import ApiError, LoyaltyError, NetworkError, Problem
from kiosk.api.marta import AnswerCode
from kiosk.sync.connectivity import ConnectivityState

__all__ = ["Verdict", "judge", "link_of"]

_TOO_MANY_REQUESTS = 429


@dataclasses.dataclass(frozen=True)
class Verdict:
    """`final`: the call will never succeed, so the operation is parked as failed.

    `link` is what the error says about the connection; `retry_after` the
    server's own wait, in seconds, when it gave one.
    """

    final: bool
    link: ConnectivityState
    retry_after: float | None = None


def judge(error: LoyaltyError) -> Verdict:
    if isinstance(error, NetworkError):
        # A request that left the terminal reached something: a lost answer is a
        # sick server or path, not a missing network.
        return Verdict(False, ConnectivityState.DEGRADED if error.maybe_applied else ConnectivityState.OFFLINE)
    if not isinstance(error, ApiError):
        # An unreadable answer, or a sign-in not configured yet: settings or the
        # server may be fixed, and the operation is still good.
        return Verdict(False, ConnectivityState.DEGRADED)
    retry_after = float(error.retry_after) if error.retry_after is not None else None
    if error.status >= 500 or error.status == _TOO_MANY_REQUESTS:
        return Verdict(False, ConnectivityState.DEGRADED, retry_after)
    if error.status == 409 and error.answer_code == AnswerCode.OPERATION_RUNNING:
        # The server is busy with this very key; a healthy answer, only early.
        return Verdict(False, ConnectivityState.ONLINE, retry_after)
    if error.status == 401:
        # Wrong terminal credentials (10), or a token the client's one repeat
        # could not renew (11): staff can fix the settings, the operation stays good.
        return Verdict(False, ConnectivityState.DEGRADED, retry_after)
    # Any other refusal (card unknown or blocked, not enough points, a bad
    # field, a key reused with another body...) is the same however often it is sent.
    return Verdict(True, ConnectivityState.ONLINE)


def link_of(error: LoyaltyError) -> ConnectivityState:
    """What one call's `error` says of the link, whatever the call was for (a look-up, a customer's sign-in).

    As `judge` says, but a 401 that is not the terminal's own sign-in refused is a customer's password or
    session: the server answered it, and the link is fine. (The outbox's calls are the terminal's: `judge`.)
    """
    if isinstance(error, ApiError) and error.status == 401 and error.problem is not Problem.TERMINAL_SIGN_IN:
        return ConnectivityState.ONLINE
    return judge(error).link
