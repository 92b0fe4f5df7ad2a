"""Every failure as one error body: the Answer exception, its handlers and its OpenAPI entries."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from kiosk.api.marta import (
    ANSWER_STATUS,
    API_KEY_HEADER,
    IDEMPOTENCY_HEADER,
    RETRY_AFTER_HEADER,
    AnswerCode,
)

__all__ = ["Answer", "ErrorBody", "error_body", "error_responses", "install_error_handlers"]


class ErrorBody(BaseModel):
    """The body of every non-2xx answer."""

    model_config = ConfigDict(populate_by_name=True)

    answer_code: int = Field(alias="AnswerCode")
    message: str = Field(alias="Message")
    field: str | None = Field(alias="Field")


class Answer(Exception):
    """A refusal with its AnswerCode; `keep` commits the transaction's writes anyway.

    `keep` is for failures that must leave a trace, such as a wrong PIN or a wrong
    one-time code: the try is counted even though the call fails.
    """

    def __init__(
        self,
        code: AnswerCode,
        message: str,
        field: str | None = None,
        *,
        keep: bool = False,
        retry_after: int | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.field = field
        self.keep = keep
        self.retry_after = retry_after

    @property
    def status(self) -> int:
        return ANSWER_STATUS[self.code]


def error_body(code: int, message: str, field: str | None = None) -> dict[str, Any]:
    return {"AnswerCode": int(code), "Message": message, "Field": field}


def _shown_field(field: str | None) -> str | None:
    """A field name echoed from the request only if it can travel back as clean UTF-8."""
    if field is None:
        return None
    if len(field) > 64 or not field.isprintable():
        return "body"
    return field


def _answer_response(answer: Answer) -> JSONResponse:
    headers = {RETRY_AFTER_HEADER: str(answer.retry_after)} if answer.retry_after is not None else None
    body = error_body(answer.code, answer.message, _shown_field(answer.field))
    return JSONResponse(body, answer.status, headers=headers)


# Header names arrive lower-cased in validation errors; answer with the spelling the contract uses.
_HEADER_NAMES = {name.lower(): name for name in (API_KEY_HEADER, IDEMPOTENCY_HEADER)}


def _field_of(loc: tuple[Any, ...]) -> str | None:
    if len(loc) >= 2 and isinstance(loc[1], str):
        name = loc[1]
        return _HEADER_NAMES.get(name.lower(), name) if loc[0] == "header" else name
    return "body" if loc and loc[0] == "body" else None


def _validation_response(exc: RequestValidationError) -> JSONResponse:
    errors = list(exc.errors())
    first = errors[0] if errors else {}
    field = _shown_field(_field_of(tuple(first.get("loc", ()))))
    if first.get("type") == "json_invalid":
        message = "The request body is not valid JSON."
    else:
        # pydantic's own words never repeat the value that was sent, so no PIN can leak here.
        reason = str(first.get("msg", "not valid")).removeprefix("Value error, ")
        message = f"{field or 'The request'} is missing or not valid: {reason}."
    return JSONResponse(error_body(AnswerCode.BAD_FIELD, message, field), 400)


def _http_response(exc: StarletteHTTPException) -> JSONResponse:
    if exc.status_code == 400:
        return JSONResponse(error_body(AnswerCode.BAD_FIELD, "The request body cannot be read.", "body"), 400)
    if exc.status_code == 404:
        message = "There is no such path."
    elif exc.status_code == 405:
        message = "This path does not take that method."
    else:
        message = "The request cannot be served."
    return JSONResponse(error_body(AnswerCode.BAD_FIELD, message), exc.status_code, headers=exc.headers)


def install_error_handlers(app: FastAPI) -> None:
    async def on_answer(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, Answer)
        return _answer_response(exc)

    async def on_validation(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, RequestValidationError)
        return _validation_response(exc)

    async def on_http(request: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, StarletteHTTPException)
        return _http_response(exc)

    app.add_exception_handler(Answer, on_answer)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(StarletteHTTPException, on_http)


_MEANING: dict[AnswerCode, str] = {
    AnswerCode.WRONG_CREDENTIALS: "wrong credentials, api key or token",
    AnswerCode.TOKEN_EXPIRED: "token expired",
    AnswerCode.SCOPE_FORBIDDEN: "the token's scope does not allow this call",
    AnswerCode.TOO_MANY_TRIES: "too many failed tries from this client or for this account (Retry-After)",
    AnswerCode.BAD_FIELD: "a field is missing or malformed (Field names it)",
    AnswerCode.BODY_TOO_LARGE: "request body over 64 KiB",
    AnswerCode.CARD_UNKNOWN: "card unknown",
    AnswerCode.CARD_BLOCKED: "card blocked or replaced",
    AnswerCode.CARD_IN_USE: "the new card number is already in use",
    AnswerCode.WRONG_PIN: "wrong PIN (Message says attempts left)",
    AnswerCode.PIN_LOCKED: "PIN locked after too many wrong tries",
    AnswerCode.NOT_ENOUGH_POINTS: "not enough points",
    AnswerCode.NOT_ENOUGH_CREDIT: "not enough credit",
    AnswerCode.OFFLINE_REDEEM_REFUSED: "the campaign's offline policy does not allow this offline-approved redemption",
    AnswerCode.CODE_WRONG: "verification code wrong",
    AnswerCode.CODE_EXPIRED: "verification code expired, used or never sent",
    AnswerCode.CODE_TOO_MANY: "too many verification tries or sends (Retry-After)",
    AnswerCode.NEW_CUSTOMER: "customer not found: a new user",
    AnswerCode.ALREADY_REGISTERED: "customer already registered, or name/address taken",
    AnswerCode.OPERATION_UNKNOWN: "operation id unknown",
    AnswerCode.KEY_REUSED: "idempotency key reused with another body",
    AnswerCode.OPERATION_RUNNING: "the same operation is still running",
    AnswerCode.MOVEMENT_NOT_REVERSIBLE: "movement already reversed, or itself a reversal",
    AnswerCode.MOVEMENT_UNKNOWN: "movement unknown",
    AnswerCode.VOUCHER_UNKNOWN: "voucher unknown",
    AnswerCode.VOUCHER_USED: "voucher already used",
    AnswerCode.VOUCHER_EXPIRED: "voucher expired",
    AnswerCode.PRIZE_UNKNOWN: "prize unknown",
    AnswerCode.PRIZE_OUT_OF_STOCK: "prize out of stock",
    AnswerCode.PRIZE_REQUEST_UNKNOWN: "prize request unknown",
    AnswerCode.PRIZE_REQUEST_STATE: "the prize request's state does not allow this",
    AnswerCode.CONTEST_UNKNOWN: "contest unknown",
    AnswerCode.NO_PLAYS_LEFT: "no plays left in this contest",
    AnswerCode.NEWS_UNKNOWN: "news item unknown",
    AnswerCode.NOTIFICATION_UNKNOWN: "notification unknown",
    AnswerCode.STORE_UNKNOWN: "store unknown",
    AnswerCode.WRONG_PASSWORD: "the current password is wrong",
    AnswerCode.SERVER_FAULT: "server fault, try again later",
}

_TOKEN_CODES = (AnswerCode.WRONG_CREDENTIALS, AnswerCode.TOKEN_EXPIRED, AnswerCode.SCOPE_FORBIDDEN)


def error_responses(
    *codes: AnswerCode, token: bool = True, api_key: bool = True, public: bool = True
) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of a route: each status it can give, with the codes behind it.

    A public route (any but /sandbox/) can also meet a bad field and an injected
    server fault; `token` adds the three answers of the bearer-token check.
    """
    wanted = {*codes}
    if public:
        wanted.update((AnswerCode.BAD_FIELD, AnswerCode.SERVER_FAULT))
    if api_key:
        wanted.add(AnswerCode.WRONG_CREDENTIALS)
    if token:
        wanted.update(_TOKEN_CODES)
    by_status: dict[int, list[AnswerCode]] = {}
    for code in sorted(wanted):
        by_status.setdefault(ANSWER_STATUS[code], []).append(code)
    return {
        status: {
            "model": ErrorBody,
            "description": "; ".join(f"AnswerCode {int(code)}: {_MEANING[code]}" for code in group),
        }
        for status, group in sorted(by_status.items())
    }
