"""One HTTP call to the loyalty server: headers, timing log, and the answer turned into JSON or an error.

This is the provider-facing edge: it reads MARTA's error body and maps each
AnswerCode to a `Problem`; nothing above it sees an AnswerCode it must decode.
"""

from __future__ import annotations

import dataclasses
import email.utils
import logging
import math
import time
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any
from urllib.parse import quote

import httpx

from kiosk.api.errors import ApiError, BadAnswer, LoyaltyError, NetworkError, Problem
from kiosk.api.marta import (
    AUTHORIZATION_HEADER,
    BEARER_PREFIX,
    ERROR_CODE_KEY,
    ERROR_FIELD_KEY,
    ERROR_MESSAGE_KEY,
    IDEMPOTENCY_HEADER,
    REPLAY_HEADER,
    RETRY_AFTER_HEADER,
    AnswerCode,
    Path,
    parse_attempts_left,
)

__all__ = ["ANSWER_PROBLEM", "Answer", "Heard", "Wire"]

log = logging.getLogger("kiosk.net")

#: What each of the provider's answer codes means for the shop.
ANSWER_PROBLEM: dict[AnswerCode, Problem] = {
    AnswerCode.WRONG_CREDENTIALS: Problem.TERMINAL_SIGN_IN,
    AnswerCode.TOKEN_EXPIRED: Problem.SESSION_EXPIRED,
    AnswerCode.SCOPE_FORBIDDEN: Problem.NOT_ALLOWED,
    AnswerCode.TOO_MANY_TRIES: Problem.TOO_MANY_TRIES,
    AnswerCode.BAD_FIELD: Problem.BAD_FIELD,
    AnswerCode.CARD_UNKNOWN: Problem.CARD_UNKNOWN,
    AnswerCode.CARD_BLOCKED: Problem.CARD_BLOCKED,
    AnswerCode.CARD_IN_USE: Problem.CARD_IN_USE,
    AnswerCode.WRONG_PIN: Problem.WRONG_PIN,
    AnswerCode.PIN_LOCKED: Problem.PIN_LOCKED,
    AnswerCode.NOT_ENOUGH_POINTS: Problem.NOT_ENOUGH_POINTS,
    AnswerCode.NOT_ENOUGH_CREDIT: Problem.NOT_ENOUGH_CREDIT,
    AnswerCode.OFFLINE_REDEEM_REFUSED: Problem.OFFLINE_REDEEM_REFUSED,
    AnswerCode.CODE_WRONG: Problem.CODE_WRONG,
    AnswerCode.CODE_EXPIRED: Problem.CODE_EXPIRED,
    AnswerCode.CODE_TOO_MANY: Problem.CODE_TOO_MANY,
    AnswerCode.NEW_CUSTOMER: Problem.CUSTOMER_NOT_FOUND,
    AnswerCode.ALREADY_REGISTERED: Problem.ALREADY_REGISTERED,
    AnswerCode.OPERATION_UNKNOWN: Problem.OPERATION_UNKNOWN,
    AnswerCode.KEY_REUSED: Problem.OPERATION_CONFLICT,
    AnswerCode.OPERATION_RUNNING: Problem.OPERATION_RUNNING,
    AnswerCode.MOVEMENT_NOT_REVERSIBLE: Problem.NOT_REVERSIBLE,
    AnswerCode.MOVEMENT_UNKNOWN: Problem.MOVEMENT_UNKNOWN,
    AnswerCode.VOUCHER_UNKNOWN: Problem.VOUCHER_UNKNOWN,
    AnswerCode.VOUCHER_USED: Problem.VOUCHER_USED,
    AnswerCode.VOUCHER_EXPIRED: Problem.VOUCHER_EXPIRED,
    AnswerCode.PRIZE_UNKNOWN: Problem.PRIZE_UNKNOWN,
    AnswerCode.PRIZE_OUT_OF_STOCK: Problem.PRIZE_OUT_OF_STOCK,
    AnswerCode.PRIZE_REQUEST_UNKNOWN: Problem.PRIZE_REQUEST_UNKNOWN,
    AnswerCode.PRIZE_REQUEST_STATE: Problem.PRIZE_REQUEST_NOT_CANCELLABLE,
    AnswerCode.CONTEST_UNKNOWN: Problem.CONTEST_UNKNOWN,
    AnswerCode.NO_PLAYS_LEFT: Problem.NO_PLAYS_LEFT,
    AnswerCode.NEWS_UNKNOWN: Problem.NEWS_UNKNOWN,
    AnswerCode.NOTIFICATION_UNKNOWN: Problem.NOTIFICATION_UNKNOWN,
    AnswerCode.STORE_UNKNOWN: Problem.STORE_UNKNOWN,
    AnswerCode.WRONG_PASSWORD: Problem.WRONG_PASSWORD,
    AnswerCode.SERVER_FAULT: Problem.SERVER_FAULT,
}

# Failures that happen before a byte of the request reached the server.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol, httpx.ProxyError)


#: Told after every call how it went: None when the server answered it (a success, or a refusal it meant), else
#: the error it met (the link down, the server in trouble, an unreadable answer). Called in the caller's thread.
Heard = Callable[[LoyaltyError | None], None]


@dataclasses.dataclass(frozen=True)
class Answer:
    """A 2xx answer: its JSON body, and whether the server replayed a stored answer."""

    body: Any
    replayed: bool


class Wire:
    """Sends calls over one shared httpx client, which already carries the api key.

    `heard`, if given, is told how each call went: every call of the client (a look-up, a history, a customer's
    sign-in, the outbox's) tells of the link as it met it, and nothing above has to remember to say it.
    """

    def __init__(self, http: httpx.Client, heard: Heard | None = None) -> None:
        self._http = http
        self._heard = heard

    def send(
        self,
        method: str,
        route: str,
        *,
        path_args: Mapping[str, object] | None = None,
        json: object = None,
        params: Mapping[str, str | int] | None = None,
        bearer: str | None = None,
        idempotency_key: str | None = None,
        problems: Mapping[AnswerCode, Problem] | None = None,
    ) -> Answer:
        """Make one call; `route` is a `marta.Path` template, the only form that is logged.

        `problems` overrides what an answer code means for this call (a 401/10
        on a customer's sign-in is the customer's password, not the terminal's).
        """
        path = route.format(**{k: quote(str(v), safe="") for k, v in (path_args or {}).items()})
        headers: dict[str, str] = {}
        if bearer is not None:
            headers[AUTHORIZATION_HEADER] = BEARER_PREFIX + bearer
        if idempotency_key is not None:
            headers[IDEMPOTENCY_HEADER] = idempotency_key
        started = time.perf_counter()
        try:
            response = self._http.request(
                method, path, json=json, params=dict(params) if params else None, headers=headers
            )
        except httpx.TransportError as exc:
            log.debug("%s %s -> %s after %d ms", method, route, type(exc).__name__, _ms_since(started))
            raise self._met(
                NetworkError(maybe_applied=not isinstance(exc, _NEVER_SENT), cause=type(exc).__name__)
            ) from None
        except httpx.DecodingError:
            log.debug("%s %s -> undecodable body after %d ms", method, route, _ms_since(started))
            raise self._met(BadAnswer(f"{method} {route}: the body could not be decoded")) from None
        replayed = response.headers.get(REPLAY_HEADER, "").lower() == "true"
        log.debug(
            "%s %s -> %d in %d ms%s", method, route, response.status_code, _ms_since(started),
            " (replayed)" if replayed else "",
        )
        if not response.is_success:
            refusal = _refusal(response, method, route, problems or {})
            if response.status_code == 401 and route != Path.AUTH:
                # A token expired or revoked (a call's, a renewal's): the client renews it or signs in again and
                # repeats the call, and those calls tell how the link is; told now, the bar would flicker to
                # "trouble" at every renewal. A sign-in refused is told: the terminal's is the link in trouble.
                raise refusal
            raise self._met(refusal)
        try:
            body = response.json()
        except ValueError:
            raise self._met(
                _bad(BadAnswer(f"{method} {route}: the answer is not JSON", status=response.status_code))
            ) from None
        self._tell(None)
        return Answer(body=body, replayed=replayed)

    def _met(self, error: LoyaltyError) -> LoyaltyError:
        """`error`, once told to whoever listens: raise what this answers."""
        self._tell(error)
        return error

    def _tell(self, error: LoyaltyError | None) -> None:
        if self._heard is None:
            return
        try:
            self._heard(error)
        except Exception:  # noqa: BLE001 - a listener's bug must not turn an answered call into a failed one
            log.exception("a listener of the calls failed")


def _refusal(
    response: httpx.Response, method: str, route: str, problems: Mapping[AnswerCode, Problem]
) -> ApiError | BadAnswer:
    """The error for a non-2xx answer; a 5xx without the contract's body is still a server fault."""
    status = response.status_code
    retry_after = _retry_after(response.headers.get(RETRY_AFTER_HEADER))
    try:
        body = response.json()
    except ValueError:
        body = None
    raw_code = body.get(ERROR_CODE_KEY) if isinstance(body, dict) else None
    message = body.get(ERROR_MESSAGE_KEY) if isinstance(body, dict) else None
    field = body.get(ERROR_FIELD_KEY) if isinstance(body, dict) else None
    if (
        not isinstance(raw_code, int)
        or isinstance(raw_code, bool)
        or not isinstance(message, str)
        or not (field is None or isinstance(field, str))
    ):
        if status >= 500:
            return ApiError(Problem.SERVER_FAULT, status=status, answer_code=None, retry_after=retry_after)
        return _bad(BadAnswer(f"{method} {route}: a {status} answer without the error body", status=status))
    code: AnswerCode | int
    try:
        code = AnswerCode(raw_code)
    except ValueError:
        code = raw_code
    if isinstance(code, AnswerCode):
        problem = problems.get(code) or ANSWER_PROBLEM[code]
    else:
        problem = Problem.SERVER_FAULT if status >= 500 else Problem.SERVER_REFUSED
    return ApiError(
        problem,
        status=status,
        answer_code=code,
        field=field,
        retry_after=retry_after,
        attempts_left=parse_attempts_left(message) if code == AnswerCode.WRONG_PIN else None,
        server_message=message,
    )


def _bad(error: BadAnswer) -> BadAnswer:
    log.warning("unreadable answer: %s", error.detail)
    return error


def _retry_after(value: str | None) -> int | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0, math.ceil((when - datetime.now(timezone.utc)).total_seconds()))


def _ms_since(started: float) -> int:
    return round((time.perf_counter() - started) * 1000)
