"""The till's core, with no screen: look up a customer, queue what they earn, see the queue.

The command line uses it directly; the Qt services wrap it. It reads the API when
it can and falls back to the local store (cache and card directory) when it
cannot, saying which answer it gives and how old it is.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import decimal
import logging
import math
import time
import unicodedata
from collections.abc import Callable

from kiosk.api import ApiError, BadAnswer, Campaign, CardStatus, LoyaltyClient, NetworkError
from kiosk.api.marta import AnswerCode
from kiosk.domain.errors import InputError, KioskError
from kiosk.domain.identifiers import Lookup, LookupKind, clean_scan, is_valid_ean13, lookup_hash, parse_lookup
from kiosk.store import CachedCard, NewOperation, Operation, Store
from kiosk.sync.answers import campaign_json

__all__ = ["Terminal", "CardAnswer", "LookupAnswer", "parse_amount", "NotFound", "CardRefused"]

log = logging.getLogger("kiosk.app")

#: Problems that mean "the server cannot answer now", so the local answer is the best there is.
_UNREACHABLE = (NetworkError, BadAnswer)
_RECEIPT_MAX = 64


class NotFound(KioskError):
    """No card matches what was looked up."""


class CardRefused(KioskError):
    """The card cannot take this operation (blocked, replaced)."""


@dataclasses.dataclass(frozen=True)
class CardAnswer:
    """One card as a screen or the command line shows it: balances include what is pending."""

    card: str
    name: str | None
    status: str
    points: int
    credit: int
    pending_points: int
    pending_credit: int
    pending_count: int

    @property
    def blocked(self) -> bool:
        return self.status != "active"


@dataclasses.dataclass(frozen=True)
class LookupAnswer:
    """Cards found, and whether they come fresh from the API or from the terminal's own store."""

    cards: tuple[CardAnswer, ...]
    fresh: bool
    as_of: float | None  # when the data was fetched from the API (epoch seconds)
    why_not_fresh: str | None = None

    def age(self, now: float) -> float | None:
        return None if self.as_of is None else max(0.0, now - self.as_of)


def parse_amount(text: str) -> int:
    """A purchase amount typed as money ("12.50", "12,50", "12") in cents."""
    cleaned = text.strip().replace(",", ".")
    try:
        value = decimal.Decimal(cleaned)
    except decimal.InvalidOperation:
        raise InputError(f"“{text}” is not an amount of money (for example 12.50).", field="amount") from None
    if not value.is_finite() or value <= 0:
        raise InputError("The amount must be more than zero.", field="amount")
    if value.as_tuple().exponent < -2:  # type: ignore[operator]
        raise InputError("The amount has more than two decimals.", field="amount")
    cents = int(value * 100)
    if cents > 1_000_000_000:
        raise InputError("The amount is too large for one purchase.", field="amount")
    return cents


def _check_receipt(receipt: str) -> str:
    receipt = receipt.strip()
    if not receipt:
        raise InputError("Give the receipt number.", field="receipt")
    if len(receipt) > _RECEIPT_MAX or any(unicodedata.category(ch)[0] == "C" for ch in receipt):
        raise InputError(f"The receipt number must be at most {_RECEIPT_MAX} plain characters.", field="receipt")
    return receipt


def _check_card(text: str) -> str:
    card = clean_scan(text)
    if not card or not card.isalnum() or len(card) > 32:
        raise InputError(f"“{card or text}” is not a card number.", field="card")
    if len(card) == 13 and card.isdigit() and not is_valid_ean13(card):
        raise InputError(
            f"Card number {card} is not valid (wrong check digit): scan it again or check the digits.", field="card"
        )
    return card


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
            return self.lookup_local(query, why="No loyalty API is configured.")
        try:
            card = self._client.card(**{query.kind.value: query.value})
        except _UNREACHABLE as exc:
            log.info("look-up falls back to the store: %s", exc.message)
            return self.lookup_local(query, why=exc.message)
        except ApiError as exc:
            if exc.answer_code == AnswerCode.CARD_UNKNOWN:
                raise NotFound(exc.message) from None
            if exc.status >= 500 or exc.status == 429:
                return self.lookup_local(query, why=exc.message)
            raise
        self.store.remember_card(card)
        if self.store.campaign_raw() is None:
            # Its rules (points per unit, look-up salt) are what lets the terminal work offline.
            self.store.save_campaign(campaign_json(self._client.campaign()))
        return LookupAnswer(cards=(self._answer(card.card),), fresh=True, as_of=self._clock())

    def lookup_local(self, query: Lookup, *, why: str | None = None) -> LookupAnswer:
        """The store's answer alone: the cache for a card, the directory's hashes for an address."""
        if query.kind is LookupKind.CARD:
            numbers = [query.value]
        else:
            campaign = self.store.campaign_raw()
            if campaign is None:
                raise NotFound(
                    "The terminal cannot search by e-mail or phone offline yet: "
                    "its card directory has never been fetched."
                )
            digest = lookup_hash(campaign["lookupsalt"], query.value)
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
        if not found:
            raise NotFound(
                "No card found on this terminal"
                + (" (the loyalty API cannot be reached, so only cards seen before are known)." if why else ".")
            )
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
            status=cached.status.value if cached.status is not None else "unknown",
            points=cached.points,
            credit=cached.credit,
            pending_points=cached.pending_points,
            pending_credit=cached.pending_credit,
            pending_count=cached.pending_count,
        )

    # -- writes ----------------------------------------------------------

    def campaign(self) -> Campaign | None:
        """The campaign's rules as last fetched (kept in the store for offline use)."""
        raw = self.store.campaign_raw()
        return Campaign.from_json(raw) if raw is not None else None

    def queue_purchase(self, card: str, *, amount: int, receipt: str, when: dt.datetime | None = None) -> Operation:
        """Store a purchase durably for the sync worker; no network. Returns once committed."""
        card = _check_card(card)
        receipt = _check_receipt(receipt)
        if amount <= 0:
            raise InputError("The amount must be more than zero.", field="amount")
        cached = self.store.cached_card(card)
        if cached is not None and cached.status is not None and cached.status is not CardStatus.ACTIVE:
            raise CardRefused(f"Card {card} is {cached.status.value}: nothing can be earned on it.")
        campaign = self.campaign()
        if campaign is not None and not campaign.offlinepolicy.earn and self._client is None:
            raise CardRefused("This campaign does not allow earning points without the loyalty API.")
        estimate = math.floor(amount * campaign.pointsperunit / 100) if campaign is not None else 0
        when = when or dt.datetime.now(dt.timezone.utc)
        body = {
            "card": card,
            "amount": amount,
            "receipt": receipt,
            "datetime": when.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        }
        return self.store.enqueue(NewOperation(type="purchase", card=card, body=body, points_delta=estimate))
