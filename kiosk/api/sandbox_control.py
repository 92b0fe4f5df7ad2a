"""Drives the sandbox's own /sandbox/ endpoints (mailbox, faults, clock, offline policy, prizes) for demos and tests.

Never used against a real provider: these paths exist only in a sandbox started with
`--dev`, and every call carries the demo's control key (`kiosk sandbox demo` prints it).
"""

from __future__ import annotations

import dataclasses
from types import TracebackType
from typing import Any

import httpx

from kiosk.api.marta import SANDBOX_KEY_HEADER, Path, PrizeRequestState
from kiosk.api.models import OfflinePolicy
from kiosk.api.prizes import PrizeRequest

__all__ = ["SentMessage", "SandboxControl"]


@dataclasses.dataclass(frozen=True)
class SentMessage:
    """A message the sandbox "sent": what the customer would find in their mailbox."""

    to: str
    kind: str
    purpose: str
    text: str
    code: str | None
    sentat: str


class SandboxControl:
    """The sandbox's back door: read its mailbox, inject faults, move its clock, set the demo's offline policy,
    move a prize request on as the shop's back office would, set an InstantWin contest's odds."""

    def __init__(self, base_url: str, controlkey: str, *, timeout: float = 10.0) -> None:
        self._http = httpx.Client(base_url=base_url, timeout=timeout, headers={SANDBOX_KEY_HEADER: controlkey})

    def __enter__(self) -> SandboxControl:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def messages(self, to: str) -> list[SentMessage]:
        """Messages sent to the address, newest first."""
        body = self._ok(self._http.get(Path.SANDBOX_MESSAGES, params={"to": to}))
        return [
            SentMessage(
                to=m["to"], kind=m["kind"], purpose=m["purpose"], text=m["text"], code=m.get("code"), sentat=m["sentat"]
            )
            for m in body["messages"]
        ]

    def latest_code(self, to: str) -> str:
        """The newest one-time code sent to the address."""
        for message in self.messages(to):
            if message.code:
                return message.code
        raise LookupError(f"no code was sent to {to}")

    def set_faults(
        self,
        *,
        delayms: int = 0,
        status: int | None = None,
        count: int = 0,
        dropcount: int = 0,
        retryafter: int | None = None,
        path: str | None = None,
    ) -> None:
        """Replace the fault setting (see the spec's section 5 for what each does)."""
        self._ok(
            self._http.post(
                Path.SANDBOX_FAULTS,
                json={
                    "delayms": delayms,
                    "status": status,
                    "count": count,
                    "dropcount": dropcount,
                    "retryafter": retryafter,
                    "path": path,
                },
            )
        )

    def clear_faults(self) -> None:
        self._ok(self._http.delete(Path.SANDBOX_FAULTS))

    def advance_clock(self, seconds: float) -> str:
        """Move the sandbox's clock forward; answers its new time."""
        return str(self._ok(self._http.post(Path.SANDBOX_CLOCK, json={"advance": seconds}))["now"])

    def now(self) -> str:
        return str(self._ok(self._http.get(Path.SANDBOX_CLOCK))["now"])

    def set_offline_policy(
        self,
        *,
        redeem: bool,
        redeemmaxpoints: int,
        redeemwindowhours: int = 24,
        redeemmaxtotalpoints: int = 0,
        earn: bool = True,
    ) -> OfflinePolicy:
        """Replace the demo campaign's offline policy (0 total points: no cap across a terminal); answers it."""
        body = {
            "earn": earn,
            "redeem": redeem,
            "redeemmaxpoints": redeemmaxpoints,
            "redeemwindowhours": redeemwindowhours,
            "redeemmaxtotalpoints": redeemmaxtotalpoints,
        }
        return OfflinePolicy.from_json(self._ok(self._http.put(Path.SANDBOX_OFFLINE_POLICY, json=body)))

    def set_prize_request_state(self, requestid: int, state: PrizeRequestState) -> PrizeRequest:
        """The shop's back office: a prize request is ready (in the shop, or sent), then delivered."""
        route = Path.SANDBOX_PRIZE_REQUEST_STATE.format(requestid=requestid)
        return PrizeRequest.from_json(self._ok(self._http.post(route, json={"state": PrizeRequestState(state).value})))

    def set_contest(self, contestid: int, *, odds: float, stock: int) -> None:
        """Set an InstantWin contest's odds (1: the next play wins, 0: it loses) and the prizes it has left."""
        route = Path.SANDBOX_CONTEST.format(contestid=contestid)
        self._ok(self._http.post(route, json={"odds": float(odds), "stock": stock}))

    @staticmethod
    def _ok(response: httpx.Response) -> Any:
        response.raise_for_status()
        return response.json()
