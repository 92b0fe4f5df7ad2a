"""Tokens of one scope: signed in lazily, renewed before they expire, and one repeat after 401/11."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Mapping
from typing import Any

from kiosk.api.errors import ApiError, NetworkError, Problem, SessionExpired
from kiosk.api.marta import REFRESH_TOKEN_SECONDS, AnswerCode
from kiosk.api.models import Tokens
from kiosk.api.wire import Answer, Wire

__all__ = ["TokenKeeper", "Authorized"]

# Renew when less than this much of the access token's life is left, or a
# tenth of its lifetime if that is shorter (a short-lived token would
# otherwise be renewed on every call).
_RENEW_MARGIN_SECONDS = 60.0


@dataclasses.dataclass
class _Grant:
    token: str = dataclasses.field(repr=False)
    refreshtoken: str = dataclasses.field(repr=False)
    renew_at: float
    refresh_until: float


class TokenKeeper:
    """Holds one scope's tokens; every time is read from the injected `clock`.

    `sign_in` makes a full login and is None when the credentials are not kept
    (a customer who typed their PIN): then an expired session is the end.
    `renew` trades a refresh token for new tokens. Thread-safe: one renewal at
    a time, since a refresh token can be spent only once.
    """

    def __init__(
        self,
        *,
        sign_in: Callable[[], Tokens] | None,
        renew: Callable[[str], Tokens],
        clock: Callable[[], float],
        tokens: Tokens | None = None,
        obtained_at: float | None = None,
    ) -> None:
        self._sign_in = sign_in
        self._renew = renew
        self._clock = clock
        self._lock = threading.Lock()
        self._grant: _Grant | None = None
        if tokens is not None:
            self._grant = _grant(tokens, obtained_at if obtained_at is not None else clock())

    def bearer(self) -> str:
        """A token the server should accept now, signing in or renewing first if needed."""
        with self._lock:
            grant = self._grant
            now = self._clock()
            if grant is not None and now < grant.renew_at:
                return grant.token
            if grant is not None and now < grant.refresh_until:
                try:
                    self._grant = _grant(self._renew(grant.refreshtoken), now)
                    return self._grant.token
                except ApiError as exc:
                    # Spent, unknown or expired on the server's clock: only a full login helps.
                    if exc.status != 401:
                        raise
                    self._grant = None
                    return self._fresh(exc)
            self._grant = None
            return self._fresh(None)

    def expired(self, token: str) -> None:
        """The server called `token` expired: renew it on the next `bearer()`."""
        with self._lock:
            if self._grant is not None and self._grant.token == token:
                self._grant.renew_at = float("-inf")

    @property
    def can_sign_in(self) -> bool:
        """Whether the credentials are kept, so a lost session can be replaced by a new login."""
        return self._sign_in is not None

    def forget(self, token: str) -> None:
        """The server does not know `token`: the next `bearer()` signs in again."""
        with self._lock:
            if self._grant is not None and self._grant.token == token:
                self._grant = None

    def _fresh(self, cause: ApiError | None) -> str:
        if self._sign_in is None:
            raise SessionExpired(
                Problem.CUSTOMER_SESSION_EXPIRED,
                status=cause.status if cause else 401,
                answer_code=cause.answer_code if cause else AnswerCode.TOKEN_EXPIRED,
            )
        now = self._clock()
        self._grant = _grant(self._sign_in(), now)
        return self._grant.token


def _grant(tokens: Tokens, obtained_at: float) -> _Grant:
    # Times count from before the request went out, so the server's clock can only be later.
    margin = min(_RENEW_MARGIN_SECONDS, tokens.expiresin / 10)
    return _Grant(
        token=tokens.token,
        refreshtoken=tokens.refreshtoken,
        renew_at=obtained_at + tokens.expiresin - margin,
        refresh_until=obtained_at + REFRESH_TOKEN_SECONDS,
    )


class Authorized:
    """Sends calls with one keeper's token.

    On 401/11 the token is renewed and the call repeated once: the server
    refused it before doing anything, so even a write is safe to repeat.
    On 401/10 the session is gone (the server revoked the login, say after a
    refresh token came back twice): a keeper with credentials signs in again and
    the call is repeated once, for the same reason; one without them raises.
    Nothing else is ever repeated here.
    """

    def __init__(self, wire: Wire, keeper: TokenKeeper, *, problems: Mapping[AnswerCode, Problem] | None = None) -> None:
        self._wire = wire
        self._keeper = keeper
        self._problems = dict(problems or {})

    def send(self, method: str, route: str, *, problems: Mapping[AnswerCode, Problem] | None = None, **call: Any) -> Answer:
        merged = {**self._problems, **(problems or {})}
        token = self._bearer()
        try:
            return self._wire.send(method, route, bearer=token, problems=merged, **call)
        except ApiError as exc:
            if exc.status == 401 and exc.answer_code == AnswerCode.TOKEN_EXPIRED:
                self._keeper.expired(token)
            elif exc.status == 401 and exc.answer_code == AnswerCode.WRONG_CREDENTIALS:
                self._keeper.forget(token)
                if not self._keeper.can_sign_in:
                    raise
            else:
                raise
        return self._wire.send(method, route, bearer=self._bearer(), problems=merged, **call)

    def _bearer(self) -> str:
        try:
            return self._keeper.bearer()
        except NetworkError as exc:
            # The sign-in failed, so the call itself never left the terminal.
            raise NetworkError(maybe_applied=False, cause=exc.cause) from None
