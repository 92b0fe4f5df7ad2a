"""Injected faults for tests: delays, error answers and answers dropped after the work is done."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import threading

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from kiosk.api.marta import IDEMPOTENCY_HEADER, RETRY_AFTER_HEADER, AnswerCode
from kiosk.sandbox.errors import error_body

__all__ = ["FaultSetting", "Faults", "FaultMiddleware", "DroppedAnswer", "FAULT_DELAY_KEY", "take_fault_delay"]

#: Where the middleware leaves the delay for an idempotent write to sleep while marked running.
FAULT_DELAY_KEY = "kiosk.sandbox.fault_delay"
_SANDBOX_PREFIX = "/sandbox"
_IDEMPOTENCY_HEADER_BYTES = IDEMPOTENCY_HEADER.lower().encode("latin-1")


@dataclasses.dataclass
class FaultSetting:
    delayms: int = 0
    status: int | None = None
    count: int = 0
    dropcount: int = 0
    retryafter: int | None = None
    path: str | None = None


@dataclasses.dataclass(frozen=True)
class _Decision:
    delay: float
    status: int | None
    retryafter: int | None
    drop: bool


class Faults:
    """The current setting; each matching request takes one fault from its counters."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._setting = FaultSetting()

    def replace(self, setting: FaultSetting) -> FaultSetting:
        with self._lock:
            self._setting = dataclasses.replace(setting)
            return dataclasses.replace(self._setting)

    def clear(self) -> FaultSetting:
        return self.replace(FaultSetting())

    def current(self) -> FaultSetting:
        with self._lock:
            return dataclasses.replace(self._setting)

    def take(self, path: str) -> _Decision | None:
        if path == _SANDBOX_PREFIX or path.startswith(_SANDBOX_PREFIX + "/"):
            return None
        with self._lock:
            setting = self._setting
            if setting.path is not None and not path.startswith(setting.path):
                return None
            status: int | None = None
            drop = False
            if setting.count > 0:
                setting.count -= 1
                status = setting.status or 503
            elif setting.dropcount > 0:
                setting.dropcount -= 1
                drop = True
            if not (setting.delayms or status or drop):
                return None
            return _Decision(setting.delayms / 1000, status, setting.retryafter, drop)


class DroppedAnswer(Exception):
    """Raised after the response head went out, so the server cuts the connection."""


class _QuietDrops(logging.Filter):
    """uvicorn reports a dropped answer as a crash; for an injected drop that is noise."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.exc_info and isinstance(record.exc_info[1], DroppedAnswer))


_QUIET_DROPS = _QuietDrops()


def take_fault_delay(scope: Scope) -> float:
    """The delay an idempotent write owes, taken once (the middleware skips it then)."""
    holder = scope.get(FAULT_DELAY_KEY)
    if not holder:
        return 0.0
    delay = holder[0]
    holder[0] = 0.0
    return delay


class FaultMiddleware:
    """Pure ASGI, so it can stop between the response head and its body."""

    def __init__(self, app: ASGIApp, faults: Faults) -> None:
        self.app = app
        self.faults = faults
        logging.getLogger("uvicorn.error").addFilter(_QUIET_DROPS)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        decision = self.faults.take(scope["path"])
        if decision is None:
            await self.app(scope, receive, send)
            return
        if decision.status is not None:
            await asyncio.sleep(decision.delay)
            headers = {RETRY_AFTER_HEADER: str(decision.retryafter)} if decision.retryafter is not None else None
            message = "The loyalty server is not answering right now: try again later."
            body = error_body(AnswerCode.SERVER_FAULT, message)
            await JSONResponse(body, decision.status, headers=headers)(scope, receive, send)
            return
        is_keyed_write = scope["method"] != "GET" and any(
            name == _IDEMPOTENCY_HEADER_BYTES for name, _ in scope["headers"]
        )
        # An idempotent write sleeps while its key is marked running, so that a
        # concurrent repeat meets 409/62; any other call sleeps before it is handled.
        holder = [decision.delay if is_keyed_write else 0.0]
        scope[FAULT_DELAY_KEY] = holder
        if not is_keyed_write:
            await asyncio.sleep(decision.delay)

        async def faulty_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                if holder[0]:
                    # The route did not take the delay (it was no idempotent write): owe it here.
                    await asyncio.sleep(holder[0])
                    holder[0] = 0.0
                await send(message)
                if decision.drop:
                    raise DroppedAnswer("answer dropped on purpose by the sandbox fault setting")
                return
            await send(message)

        await self.app(scope, receive, faulty_send)
