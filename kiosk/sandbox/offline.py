"""Points redeemed with a manager's approval while the terminal was offline: the campaign's policy and its caps."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable

from kiosk.api.marta import OFFLINE_APPROVAL, OFFLINE_CLOCK_SKEW_SECONDS, AnswerCode
from kiosk.api.utctime import parse_utc, utc_text
from kiosk.sandbox.errors import Answer

__all__ = ["approval_time", "approved_offline", "OfflineDeltas"]

#: The burn's signed deltas (points, credit), once the checks passed in the write's transaction.
OfflineDeltas = Callable[[sqlite3.Connection, sqlite3.Row, sqlite3.Row], tuple[int, int]]

# Only the offline-approved burns that still stand count towards a cap: a reversed one gave its points back.
_NEAR = (
    "SELECT datetime, -points AS points FROM movements WHERE campaignid = ? AND {who} = ?"
    " AND type = 'burnpoints' AND approval = ? AND reversedby IS NULL AND datetime > ? AND datetime < ?"
)


def approval_time(text: str | None) -> str:
    """The wire time of an offline approval, or 400/20 on datetime: missing or unreadable."""
    if text is None:
        raise Answer(AnswerCode.BAD_FIELD, "Give the time the redemption was approved, as datetime.", "datetime")
    try:
        moment = parse_utc(text)
    except (ValueError, OverflowError):
        raise Answer(AnswerCode.BAD_FIELD, "Give the approval time as ISO 8601, e.g. 2026-11-22T10:42:00Z.",
                     "datetime") from None
    try:
        return utc_text(moment)
    except (ValueError, OverflowError):
        raise Answer(AnswerCode.BAD_FIELD, "Give the approval time as ISO 8601, e.g. 2026-11-22T10:42:00Z.",
                     "datetime") from None


def _refused(message: str) -> Answer:
    return Answer(AnswerCode.OFFLINE_REDEEM_REFUSED, message, "points")


def _used(conn: sqlite3.Connection, campaignid: int, who: str, value: str, when: str, hours: int) -> int:
    """The most already redeemed offline in any window of `hours` that also holds `when`.

    Approvals reach the server late and out of order, so burns dated after `when`
    count too: every window a new burn falls in must stay within the cap.
    """
    moment = parse_utc(when)
    span = dt.timedelta(hours=hours)
    try:
        since, until = utc_text(moment - span), utc_text(moment + span)
    except OverflowError:
        since, until = "", "9999"  # a window past the calendar's ends holds every burn there is
    near = [(parse_utc(row["datetime"]), int(row["points"]))
            for row in conn.execute(_NEAR.format(who=who), (campaignid, value, OFFLINE_APPROVAL, since, until))]
    # A window (end - span, end] holds `when` for end in [when, when + span); its sum only changes at a burn.
    ends = [moment] + [at for at, _ in near if at > moment]
    return max(sum(points for at, points in near if end - span < at <= end) for end in ends)


def _check_age(when: str, now: dt.datetime, hours: int) -> None:
    """Pass, or 409/44: an approval older than the window, or ahead of the server's clock, would dodge the cap."""
    moment = parse_utc(when)
    if moment > now + dt.timedelta(seconds=OFFLINE_CLOCK_SKEW_SECONDS):
        raise Answer(AnswerCode.OFFLINE_REDEEM_REFUSED,
                     "The approval time is later than the server's clock: check the terminal's clock.", "datetime")
    try:
        oldest = now - dt.timedelta(hours=hours)
    except OverflowError:
        return  # a window wider than the calendar holds every time there is
    if moment < oldest:
        raise Answer(AnswerCode.OFFLINE_REDEEM_REFUSED,
                     f"The approval is older than the offline window of {hours} hours: redeem with the PIN.",
                     "datetime")


def _check(
    conn: sqlite3.Connection, campaign: sqlite3.Row, card: sqlite3.Row, *, points: int, when: str,
    serialnumber: str | None, now: dt.datetime,
) -> None:
    """Pass, or 409/44: the policy must allow it, it must be recent, and the caps in its window hold."""
    policy = json.loads(campaign["offlinepolicy"])
    if not policy.get("redeem"):
        raise _refused("This campaign does not allow redemption approved offline: it needs the customer's PIN.")
    hours = int(policy.get("redeemwindowhours", 0))
    _check_age(when, now, hours)
    if points < campaign["minredeempoints"]:
        raise _refused(f"Redeem at least {campaign['minredeempoints']} points.")
    cap = int(policy.get("redeemmaxpoints", 0))
    used = _used(conn, campaign["campaignid"], "card", card["card"], when, hours)
    if used + points > cap:
        raise _refused(
            f"Beyond the offline cap of {cap} points per card in {hours} hours: {used} already redeemed offline."
        )
    total = int(policy.get("redeemmaxtotalpoints") or 0)
    if total > 0:
        used = _used(conn, campaign["campaignid"], "serialnumber", serialnumber or "", when, hours)
        if used + points > total:
            raise _refused(
                f"Beyond the offline cap of {total} points per terminal in {hours} hours: {used} already redeemed"
                " offline on this terminal."
            )


def approved_offline(points: int, when: str, serialnumber: str | None, now: Callable[[], dt.datetime]) -> OfflineDeltas:
    """The deltas of an offline-approved burn of `points` made at `when` on the terminal `serialnumber`.

    `now` is the server's clock, read when the burn is applied: a repeat of a
    burn already taken replays its answer and is never checked again.
    """

    def deltas(conn: sqlite3.Connection, campaign: sqlite3.Row, card: sqlite3.Row) -> tuple[int, int]:
        _check(conn, campaign, card, points=points, when=when, serialnumber=serialnumber, now=now())
        return -points, 0

    return deltas
