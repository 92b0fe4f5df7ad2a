"""Request bodies over MAX_BODY_BYTES are 413/21, before the api key or anything else is read.

Pure ASGI and the outermost of the app's own middleware: a declared Content-Length
over the limit is refused before a byte of the body is read, and a chunked body is
counted as it streams in and cut off as soon as it passes the limit, so the server
never holds more of a body than the limit (uvicorn itself buffers at most its own
64 KiB high-water mark before it stops reading the socket).
"""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.api.marta import MAX_BODY_BYTES, AnswerCode
from kiosk.sandbox.errors import error_body

__all__ = ["BodyLimitMiddleware"]

_CONTENT_LENGTH = b"content-length"


def _declared_length(scope: Scope) -> int | None:
    for name, value in scope["headers"]:
        if name == _CONTENT_LENGTH:
            try:
                return int(value)
            except ValueError:
                return None  # the HTTP parser refuses a malformed length before we ever see it
    return None


async def _refuse(scope: Scope, send: Send, limit: int) -> None:
    body = error_body(AnswerCode.BODY_TOO_LARGE, f"The request body is over {limit // 1024} KiB.", "body")
    # Connection: close, so the server stops reading the rest of the body instead of waiting for it.
    await JSONResponse(body, 413, headers={"Connection": "close"})(scope, _nothing_to_receive, send)


async def _nothing_to_receive() -> Message:
    return {"type": "http.disconnect"}


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, limit: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope)
        if declared is not None and declared > self.limit:
            await _refuse(scope, send, self.limit)
            return
        received = 0
        refused = False  # the body went over the limit: the app reads no more of it
        answered = False  # ...and the 413 went out, so the app's own answer must not
        started = False

        async def counted_receive() -> Message:
            nonlocal received, refused, answered
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    refused = True
                    if not started:
                        await _refuse(scope, send, self.limit)
                        answered = True
                    # To the app the client went away: it stops reading.
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if answered:
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        await self.app(scope, counted_receive, guarded_send)
