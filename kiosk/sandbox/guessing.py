"""Where the routes meet the limits on guessing: whose tries count, and the look-up guard."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from fastapi import Depends, Request

from kiosk.api.marta import AnswerCode
from kiosk.sandbox.context import sandbox_of
from kiosk.sandbox.errors import Answer
from kiosk.sandbox.throttle import LOOKUP_MISSES
from kiosk.sandbox.tokens import Caller, SynchroCaller, TerminalCaller

__all__ = ["client_of", "login_key", "miss_guard", "CARD_LOOKUP_GUARD", "CHECKCARD_GUARD"]


def client_of(request: Request) -> str:
    """The calling client's address: the key of the per-client limits."""
    return f"client:{request.client.host if request.client else 'unknown'}"


def login_key(caller: Caller) -> str:
    """The key of a signed-in login (a terminal's, the enrolment service's): what its per-login limits count."""
    return f"login:{caller.campaignid}:{caller.scope.value}:{caller.subject}"


def miss_guard(
    login_of: Callable[..., str], counted: Callable[[Request], bool], miss: AnswerCode
) -> Callable[..., Iterator[None]]:
    """A route dependency: look-ups that end in `miss` count for the calling login and the client's address.

    `login_of` is a dependency naming the caller (its session is checked first, so
    an unsigned call is 401, never counted); `counted` says whether this look-up
    is one the limit covers (by e-mail or phone, not by card number).
    """

    # A default, not Annotated: the annotation would be a string naming this closure's variable.
    def guard(request: Request, login: str = Depends(login_of)) -> Iterator[None]:
        if not counted(request):
            yield
            return
        sandbox = sandbox_of(request)
        keys = (login, client_of(request))
        sandbox.throttle.refuse_if_held(LOOKUP_MISSES, keys, sandbox.clock.timestamp())
        try:
            yield
        except Answer as refusal:
            if refusal.code is miss:
                sandbox.throttle.failed(LOOKUP_MISSES, keys, sandbox.clock.timestamp())
            raise

    return guard


def _terminal_login(caller: TerminalCaller) -> str:
    return login_key(caller)


def _synchro_login(caller: SynchroCaller) -> str:
    return login_key(caller)


def _by_address(request: Request) -> bool:
    return bool({"email", "mobile"} & set(request.query_params))


#: GET /terminal/card: a look-up by e-mail or phone that finds no card counts; by card number it never does.
CARD_LOOKUP_GUARD = Depends(miss_guard(_terminal_login, _by_address, AnswerCode.CARD_UNKNOWN))
#: GET /customer/checkcard: every "new user" answer counts, whatever was looked up.
CHECKCARD_GUARD = Depends(miss_guard(_synchro_login, lambda request: True, AnswerCode.NEW_CUSTOMER))
