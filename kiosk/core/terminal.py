"""The till's core, with no screen: look up a customer, queue what they earn, see the queue.

The command line uses it directly; the Qt services wrap it. It reads the API when
it can and falls back to the local store (cache and card directory) when it
cannot, saying which answer it gives and how old it is.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import math
import time
import unicodedata
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kiosk.api import (
    ApiError,
    BadAnswer,
    Campaign,
    Card,
    CardStatus,
    Movement,
    MovementType,
    NetworkError,
    Problem,
)
from kiosk.api.contacthash import ContactHash
from kiosk.api.marta import AnswerCode
from kiosk.api.utctime import utc_text
from kiosk.core.history import History, LineState, MovementLine, lines_from, with_settled
from kiosk.domain.errors import CardRefused, InputError, KioskError, Notice, Why
from kiosk.domain.identifiers import Lookup, LookupKind, check_card, parse_lookup
from kiosk.store import CachedCard, NewOperation, Operation, Store

if TYPE_CHECKING:
    # Annotations only: kiosk.api.client loads httpx, which the counter loads on first use (kiosk.app.ClientOnFirstUse).
    from kiosk.api.client import LoyaltyClient

__all__ = [
    "Terminal",
    "CardAnswer",
    "LookupAnswer",
    "fetch_card",
    "NotFound",
    "DirectoryRefetching",
    "UNREACHABLE",
    "check_receipt",
]

log = logging.getLogger("kiosk.app")

#: Problems that mean "the server cannot answer now", so the local answer is the best there is.
UNREACHABLE = (NetworkError, BadAnswer)
_RECEIPT_MAX = 64


class NotFound(KioskError):
    """No card matches what was looked up."""


class DirectoryRefetching(NotFound):
    """Nothing found by e-mail or phone offline while the directory's hashes are fetched again (new parameters)."""


@dataclasses.dataclass(frozen=True)
class CardAnswer:
    """One card as a screen or the command line shows it: balances include what is pending."""

    card: str
    name: str | None
    #: None: the card has not been checked with the loyalty server yet (known only from the directory).
    status: CardStatus | None
    points: int
    credit: int
    pending_points: int
    pending_credit: int
    pending_count: int
    fidelycode: str | None = None
    replacedby: str | None = None
    registered: bool | None = None
    customerid: int | None = None
    #: False for a card known only from the directory, which holds no names: its name is not known here.
    name_known: bool = True

    @property
    def blocked(self) -> bool:
        return self.status is not CardStatus.ACTIVE

    @property
    def refusal(self) -> Notice | None:
        """Why nothing can be earned, redeemed or refunded on this card; None if it can."""
        if self.status is CardStatus.ACTIVE:
            return None
        if self.status is CardStatus.REPLACED:
            params = {"card": self.card} | ({"new_card": self.replacedby} if self.replacedby else {})
            return Notice(Why.CARD_REPLACED, params)
        if self.status is CardStatus.BLOCKED:
            return Notice(Why.CARD_BLOCKED, {"card": self.card})
        return Notice(Why.CARD_UNCHECKED, {"card": self.card})


@dataclasses.dataclass(frozen=True)
class LookupAnswer:
    """Cards found, and whether they come fresh from the API or from the terminal's own store."""

    cards: tuple[CardAnswer, ...]
    fresh: bool
    as_of: float | None  # when the data was fetched from the API (epoch seconds)
    why_not_fresh: Notice | None = None

    def age(self, now: float) -> float | None:
        return None if self.as_of is None else max(0.0, now - self.as_of)


def check_receipt(receipt: str) -> str:
    receipt = receipt.strip()
    if not receipt:
        raise InputError(Why.RECEIPT_MISSING, field="receipt")
    if len(receipt) > _RECEIPT_MAX or any(unicodedata.category(ch)[0] == "C" for ch in receipt):
        raise InputError(Why.RECEIPT_TOO_LONG, field="receipt", longest=_RECEIPT_MAX)
    return receipt


def fetch_card(client: LoyaltyClient, query: Lookup) -> Card:
    """The card from the API (network only, no store); NotFound when the API knows no such card."""
    try:
        return client.card(**{query.kind.value: query.value})
    except ApiError as exc:
        if exc.answer_code == AnswerCode.CARD_UNKNOWN:
            known = _NOT_KNOWN.get(query.kind)
            if known is None:
                raise NotFound(exc.problem, **exc.params) from None
            raise NotFound(known) from None
        raise


# The server's "unknown card" speaks of a card; an address needs its own.
_NOT_KNOWN = {
    LookupKind.EMAIL: Why.NO_CARD_WITH_EMAIL,
    LookupKind.MOBILE: Why.NO_CARD_WITH_PHONE,
}


def falls_back(exc: Exception) -> bool:
    """True when the API could not answer now, so the terminal's own store is the best answer.

    Not when the server holds back guessing (429/13) or sending codes (429/52): that is an
    answer, and its wait is what the person must be told, not "the server cannot be reached".
    """
    if isinstance(exc, UNREACHABLE):
        return True
    if isinstance(exc, ApiError) and exc.problem in (Problem.TOO_MANY_TRIES, Problem.CODE_TOO_MANY):
        return False
    return isinstance(exc, ApiError) and (exc.status >= 500 or exc.status == 429)


class Terminal:
    """One terminal's core: its store, and the API client when there is one."""

    def __init__(
        self,
        store: Store,
        client: LoyaltyClient | None,
        *,
        phone_region: str = "IT",
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.store = store
        self._client = client
        self._phone_region = phone_region
        self._clock = clock

    # -- look-up ---------------------------------------------------------

    def lookup(self, text: str) -> LookupAnswer:
        """Ask the API; if it cannot answer, answer from the cache and the card directory."""
        query = parse_lookup(text, default_region=self._phone_region)
        if self._client is None:
            return self.lookup_local(query, why=Notice(Why.NO_API))
        try:
            card = fetch_card(self._client, query)
        except (NetworkError, BadAnswer, ApiError) as exc:
            if not falls_back(exc):
                raise
            log.info("look-up falls back to the store: %s", exc.problem.value)
            return self.lookup_local(query, why=exc.notice)
        if self.store.campaign_raw() is None:
            # Its rules (points per unit, look-up salt) are what lets the terminal work offline.
            self.remember_campaign(self._client.campaign())
        return self.remember(card)

    def remember(self, card: Card) -> LookupAnswer:
        """Keep a card fresh from the API and answer with it (pending effects included)."""
        self.store.remember_card(card)
        return LookupAnswer(cards=(self._answer(card.card),), fresh=True, as_of=self._clock())

    def remember_campaign(self, campaign: Campaign) -> None:
        self.store.save_campaign(campaign.to_json())

    def lookup_local(self, query: Lookup, *, why: Notice | None = None) -> LookupAnswer:
        """The store's answer alone: the cache for a card, the directory's hashes for an address."""
        if query.kind is LookupKind.CARD:
            numbers = [query.value]
        else:
            campaign = self.store.campaign_raw()
            if campaign is None:
                raise NotFound(Why.OFFLINE_SEARCH_NOT_YET)
            if "contacthash" not in campaign:
                raise NotFound(Why.OFFLINE_SEARCH_REFETCH)
            # One slow hash (tens of ms, by design); this runs on the store's thread, never the GUI's.
            digest = ContactHash.from_json(campaign["contacthash"]).digest(query.value)
            key = "emailhash" if query.kind is LookupKind.EMAIL else "mobilehash"
            numbers = [m.card for m in self.store.find_in_directory(**{key: digest})]
        found = []
        as_of: float | None = None
        for number in numbers:
            cached = self.store.cached_card(number)
            if cached is None:
                continue
            found.append(self._from_cached(cached))
            as_of = cached.fetched_at if as_of is None else min(as_of, cached.fetched_at)
        if not found and query.kind is not LookupKind.CARD and self.store.directory_refetching():
            raise DirectoryRefetching(Why.DIRECTORY_REFETCHING)
        if not found:
            raise NotFound(Why.NOT_FOUND_HERE, offline=why is not None)
        return LookupAnswer(cards=tuple(found), fresh=False, as_of=as_of, why_not_fresh=why)

    def _answer(self, number: str) -> CardAnswer:
        cached = self.store.cached_card(number)
        assert cached is not None, "a card just remembered is in the cache"
        return self._from_cached(cached)

    @staticmethod
    def _from_cached(cached: CachedCard) -> CardAnswer:
        name = " ".join(p for p in (cached.name, cached.surname) if p) or cached.displayname
        return CardAnswer(
            card=cached.card,
            name=name,
            status=cached.status,
            points=cached.points,
            credit=cached.credit,
            pending_points=cached.pending_points,
            pending_credit=cached.pending_credit,
            pending_count=cached.pending_count,
            fidelycode=cached.fidelycode,
            replacedby=cached.replacedby,
            registered=cached.registered,
            customerid=cached.customerid,
            name_known=cached.served,
        )

    def card_now(self, card: str) -> CardAnswer | None:
        """The card as the store knows it this moment (after a sync settled something, say)."""
        cached = self.store.cached_card(card)
        return None if cached is None else self._from_cached(cached)

    # -- history ---------------------------------------------------------

    def history(self, card: str, movements: Sequence[Movement] | None = None, *, limit: int = 20) -> History:
        """The card's movements: `movements` fresh from the API (kept for offline), or the kept copy.

        Either list is completed with the movements the server made since it was asked for
        this terminal's operations (a purchase the sync sent, a redemption taken at once).
        """
        if movements is not None:
            self.store.remember_movements(card, [m.to_json() for m in movements])
        got = self.store.history_sources(card, limit=limit)
        if movements is not None:
            listed = with_settled(movements, got.done)
            return History(card=card, lines=lines_from(listed, got.local), fresh=True, as_of=self._clock())
        kept = with_settled([Movement.from_json(m) for m in got.kept], got.done)[:limit]
        return History(card=card, lines=lines_from(kept, got.local), fresh=False, as_of=got.as_of)

    # -- writes ----------------------------------------------------------

    def campaign(self) -> Campaign | None:
        """The campaign's rules as last fetched (kept in the store for offline use)."""
        raw = self.store.campaign_raw()
        return Campaign.from_json(raw) if raw is not None else None

    def estimate_offline(self, amount: int) -> int | None:
        """Points a purchase of `amount` cents earns by the campaign's own rule; None if the rule is unknown."""
        campaign = self.campaign()
        return math.floor(amount * campaign.pointsperunit / 100) if campaign is not None else None

    def _refuse_if_not_usable(self, card: str) -> None:
        cached = self.store.cached_card(card)
        if cached is not None and cached.status is not None and cached.status is not CardStatus.ACTIVE:
            refusal = self._from_cached(cached).refusal
            assert refusal is not None
            raise CardRefused(refusal.what, **refusal.params)

    def queue_purchase(self, card: str, *, amount: int, receipt: str, when: dt.datetime | None = None) -> Operation:
        """Store a purchase durably for the sync worker; no network. Returns once committed."""
        card = check_card(card)
        receipt = check_receipt(receipt)
        if amount <= 0:
            raise InputError(Why.AMOUNT_NOT_POSITIVE, field="amount")
        self._refuse_if_not_usable(card)
        campaign = self.campaign()
        if campaign is not None and not campaign.offlinepolicy.earn and self._client is None:
            raise CardRefused(Why.EARN_NEEDS_API)
        estimate = self.estimate_offline(amount) or 0
        when = when or dt.datetime.now(dt.timezone.utc)
        body = {
            "card": card,
            "amount": amount,
            "receipt": receipt,
            "datetime": utc_text(when),
        }
        return self.store.enqueue(NewOperation(type="purchase", card=card, body=body, points_delta=estimate))

    def queue_topup(self, card: str, *, credit: int) -> Operation:
        """Store a credit top-up (`credit` cents) for the sync worker; its effect shows at once as pending."""
        card = check_card(card)
        if credit <= 0:
            raise InputError(Why.TOPUP_NOT_POSITIVE, field="amount")
        self._refuse_if_not_usable(card)
        return self.store.enqueue(
            NewOperation(type="loadcredit", card=card, body={"card": card, "credit": credit}, credit_delta=credit)
        )

    def queue_refund(self, card: str, line: MovementLine) -> Operation:
        """Store the reversal of an applied movement; its opposite effect shows at once as pending."""
        card = check_card(card)
        if not line.refundable or line.movementid is None:
            if line.state is not LineState.APPLIED:
                raise CardRefused(Why.REFUND_NOT_SENT_YET)
            raise CardRefused(Why.REFUND_NOT_REVERSIBLE)
        self._refuse_if_not_usable(card)
        for op in self.store.unsettled(card=card):
            if op.type is MovementType.REVERSAL and op.body.get("movementid") == line.movementid:
                raise CardRefused(Why.REFUND_ALREADY_SAVED)
        return self.store.enqueue(
            NewOperation(
                type="reversal",
                card=card,
                body={"movementid": line.movementid, "receipt": line.receipt},
                points_delta=-line.points,
                credit_delta=-line.credit,
            )
        )
