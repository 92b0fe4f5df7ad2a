"""One InstantWin play at the kiosk: its operationid kept before the call, so a lost answer replays, never redraws.

The server draws when a play arrives, and a repeat of the same operationid replays the first result. So
the operationid is chosen and kept (`PlaysUnderWay`) before the call; an answer that does not come back is
asked again at once with the SAME operationid, and if that is lost too the id stays kept: the customer's
next tap on "Play" for that contest sends it again and shows the result the server drew the first time.
A play writes no movement (GET /terminal/operation cannot find it) and needs the customer's own token, so
the sync worker cannot settle it: the kept ids belong to the visit and go with it (a play left unsettled
then is whatever the server drew: its voucher, if won, is in the customer's wallet already).
"""

from __future__ import annotations

import dataclasses
import enum
import uuid
from typing import TYPE_CHECKING

from kiosk.api import ApiError, LoyaltyError

if TYPE_CHECKING:
    from kiosk.api import CustomerSession
    from kiosk.api.prizes import PlayResult
    from kiosk.domain.errors import Notice

__all__ = ["PlayOutcome", "Played", "PlaysUnderWay", "play_once"]

#: Statuses after which the server may have drawn: asked again with the same operationid.
_MAYBE_DRAWN = (429, 503)
#: How many times a lost answer is asked again at once, with the same operationid.
ASK_AGAIN = 1


class PlayOutcome(str, enum.Enum):
    DONE = "done"  # `result` says won or lost
    REFUSED = "refused"  # no play was made: `notice` says why (no plays left, the contest closed)
    UNKNOWN = "unknown"  # the answer was lost: the next tap asks again with the same operationid


@dataclasses.dataclass(frozen=True)
class Played:
    outcome: PlayOutcome
    result: PlayResult | None = None
    notice: Notice | None = None


class PlaysUnderWay:
    """The operationid of each contest's play whose answer is not known yet (one visit's; nothing else of it)."""

    def __init__(self) -> None:
        self._ids: dict[int, str] = {}

    def operationid(self, contestid: int) -> str:
        """The id to send: the unanswered play's, or a new one kept from now on until its answer is known."""
        return self._ids.setdefault(contestid, uuid.uuid4().hex)

    def unsettled(self, contestid: int) -> bool:
        return contestid in self._ids

    def settle(self, contestid: int) -> None:
        self._ids.pop(contestid, None)


def play_once(session: CustomerSession, plays: PlaysUnderWay, contestid: int) -> Played:
    """Play `contestid` once: a kept operationid is sent again (the server replays its draw), else a new one."""
    operationid = plays.operationid(contestid)
    for attempt in range(ASK_AGAIN + 1):
        try:
            result = session.play(contestid, operationid=operationid)
        except ApiError as exc:
            if exc.status >= 500 or exc.status in _MAYBE_DRAWN:
                if attempt < ASK_AGAIN:
                    continue
                return Played(PlayOutcome.UNKNOWN, notice=exc.notice)
            plays.settle(contestid)  # refused: nothing was drawn for this id
            return Played(PlayOutcome.REFUSED, notice=exc.notice)
        except LoyaltyError as exc:
            if attempt < ASK_AGAIN:
                continue
            return Played(PlayOutcome.UNKNOWN, notice=exc.notice)
        plays.settle(contestid)
        return Played(PlayOutcome.DONE, result=result)
    raise AssertionError("unreachable")
