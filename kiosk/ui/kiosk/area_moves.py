"""How the kiosk's face moves through the rest of a signed-in customer's area: prizes and play, news,
messages, badges and shops, their details, and deleting their account (KioskFace inherits these moves).

Each opener checks the visit is still on (else the visit ends), shows its screen by name and gives it the
visit; each screen's "Back" comes to a move named here or to "More for you".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.ui.kiosk.names import Screen

if TYPE_CHECKING:
    from kiosk.services.kiosk import Visit
    from kiosk.ui.kiosk.badges import BadgesScreen
    from kiosk.ui.kiosk.details import ConsentsScreen, DetailsScreen
    from kiosk.ui.kiosk.details_contact import ContactScreen, PasswordScreen
    from kiosk.ui.kiosk.erase import EraseScreen
    from kiosk.ui.kiosk.news import NewsScreen
    from kiosk.ui.kiosk.play import PlayScreen
    from kiosk.ui.kiosk.prizes import PrizeRequestScreen, PrizeRequestsScreen, PrizesScreen
    from kiosk.ui.kiosk.stores import StoresScreen
    from kiosk.ui.kiosk.window import KioskWindow

__all__ = ["AreaMoves"]


class AreaMoves:
    """The moves of the customer's area, for KioskFace: it gives the visit, the window, the screens below, and
    `go`, `end_visit` and `_pin_length`."""

    visit: Visit | None
    found: object
    window: KioskWindow
    erase: EraseScreen
    news: NewsScreen
    messages: NewsScreen
    badges: BadgesScreen
    stores: StoresScreen
    prizes: PrizesScreen
    prize_request: PrizeRequestScreen
    prize_requests: PrizeRequestsScreen
    play: PlayScreen
    details: DetailsScreen
    consents: ConsentsScreen
    contact: ContactScreen
    password: PasswordScreen

    # -- delete my account --------------------------------------------------------------------------

    def _open_erase(self) -> None:
        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        self.go(Screen.ERASE)
        self.erase.ask(self.visit, self._pin_length())

    def _erased(self) -> None:
        """The account is deleted (and forgotten here): the visit ends, every screen is wiped, then the goodbye."""
        if self.visit is not None:
            self.visit.end()
        self.visit = None
        self.found = None
        self.window.wipe()
        self.go(Screen.ERASE)
        self.erase.say_goodbye()

    # -- news, messages, badges and shops -------------------------------------------------------

    def _open_news(self) -> None:
        self._open_listing(Screen.NEWS, self.news)

    def _open_messages(self) -> None:
        self._open_listing(Screen.MESSAGES, self.messages)

    def _open_badges(self) -> None:
        self._open_listing(Screen.BADGES, self.badges)

    def _open_stores(self) -> None:
        self._open_listing(Screen.STORES, self.stores)

    def _open_listing(self, name: str, screen: NewsScreen | BadgesScreen | StoresScreen) -> None:
        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        self.go(name)
        screen.show_visit(self.visit)

    # -- prizes and play ---------------------------------------------------------------

    def _open_prizes(self) -> None:
        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        self.go(Screen.PRIZES)
        self.prizes.show_visit(self.visit)

    def _ask_prize(self, prize: object) -> None:
        from kiosk.api.prizes import Prize

        if self.visit is None or not self.visit.active or not isinstance(prize, Prize):
            self.end_visit()
            return
        self.go(Screen.PRIZE_REQUEST)
        self.prize_request.ask_prize(self.visit, prize, self._pin_length())

    def _back_to_prizes(self) -> None:
        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        self.go(Screen.PRIZES)
        self.prizes.reload()

    def _open_prize_requests(self, *, news: object = None) -> None:
        from kiosk.ui.kiosk.prizes import PrizeNews

        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        self.go(Screen.PRIZE_REQUESTS)
        self.prize_requests.show_visit(self.visit, news if isinstance(news, PrizeNews) else PrizeNews.NONE)

    def _prize_settled(self, *, lost: bool) -> None:
        """The prize is requested (or its answer lost): my requests, with the news on top."""
        from kiosk.ui.kiosk.prizes import PrizeNews

        self._open_prize_requests(news=PrizeNews.LOST if lost else PrizeNews.MADE)

    def _open_play(self) -> None:
        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        self.go(Screen.PLAY)
        self.play.show_visit(self.visit)

    # -- my details -------------------------------------------------------------------------------

    def _open_details(self) -> None:
        """My details, read afresh (a consent or an address changed meanwhile shows as it now is)."""
        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        self.go(Screen.DETAILS)
        self.details.show_visit(self.visit)

    def _open_detail(self, name: str) -> None:
        """One of My details' own screens: the consents, a new e-mail or mobile, a new password."""
        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        self.go(name)
        if name == Screen.CONSENTS:
            self.consents.show_visit(self.visit)
        elif name == Screen.CONTACT:
            self.contact.ask(self.visit)
        else:
            self.password.ask(self.visit)
