"""Looking up a customer's card for the screens, off the GUI thread."""

from __future__ import annotations

import dataclasses
import logging
import threading

from PySide6.QtCore import QObject, Signal

from kiosk.api import Campaign, Card, LoyaltyClient, LoyaltyError
from kiosk.domain.errors import KioskError
from kiosk.domain.identifiers import parse_lookup
from kiosk.services.tasks import TaskRunner

__all__ = ["CustomerService", "CardView"]

log = logging.getLogger("kiosk.ui")


@dataclasses.dataclass(frozen=True)
class CardView:
    """What a screen shows of a card: the card and its campaign's rules (name, currency)."""

    card: Card
    campaign: Campaign


class CustomerService(QObject):
    """`lookup(text)` answers with `found(CardView)` or `failed(message)`, never blocking the screen."""

    found = Signal(object)
    failed = Signal(str)
    busy = Signal(bool)

    def __init__(
        self, client: LoyaltyClient, runner: TaskRunner, *, phone_region: str = "IT", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._client = client
        self._runner = runner
        self._phone_region = phone_region
        self._campaign: Campaign | None = None
        self._campaign_lock = threading.Lock()
        self._latest = 0

    def lookup(self, text: str) -> None:
        try:
            query = parse_lookup(text, default_region=self._phone_region)
        except KioskError as exc:
            self.failed.emit(exc.message)
            return
        self._latest += 1
        ticket = self._latest
        self.busy.emit(True)

        def work() -> CardView:
            card = self._client.card(**{query.kind.value: query.value})
            return CardView(card=card, campaign=self._campaign_rules())

        self._runner.run(
            work,
            on_success=lambda view: self._answer(ticket, view, None),
            on_failure=lambda exc: self._answer(ticket, None, exc),
        )

    def _campaign_rules(self) -> Campaign:
        with self._campaign_lock:
            if self._campaign is None:
                self._campaign = self._client.campaign()
            return self._campaign

    def _answer(self, ticket: int, view: CardView | None, exc: Exception | None) -> None:
        if ticket != self._latest:
            return  # an older look-up finished after a newer one was asked: drop it
        self.busy.emit(False)
        if view is not None:
            self.found.emit(view)
        elif isinstance(exc, LoyaltyError):
            self.failed.emit(exc.message)
        else:
            log.error("look-up failed unexpectedly", exc_info=exc)
            self.failed.emit("Something went wrong looking up the card; the log has the details.")
