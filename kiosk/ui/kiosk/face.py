"""The self-service kiosk's face: which screen shows, and the customer's visit (its session: kiosk/ui/kiosk/session.py).

A visit starts when a customer names a card (a scan on any screen, or typed), goes through its PIN to
"My card" and ends on "Done", on every other way out, and when the idle countdown runs out: then
`end_visit()` drops the customer's token, wipes every screen, the keyboard and the clipboard, puts
the look and the language back, and shows the attract screen. Screens are reached by name, never by
a history, so going back can only ever land on a screen of the customer in front of the kiosk.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kiosk.services.context import ServiceContext
from kiosk.services.counter import CounterService
from kiosk.services.kiosk import Found, KeptCard, KioskService, Visit
from kiosk.services.sync import SyncService
from kiosk.sync.connectivity import Connectivity, ConnectivityState
from kiosk.ui import i18n
from kiosk.ui.common.pin_pad import PinPad
from kiosk.ui.idle import IdleWatch
from kiosk.ui.kiosk.area_moves import AreaMoves
from kiosk.ui.kiosk.attract import AttractScreen
from kiosk.ui.kiosk.guard import LockDown, StaffGesture
from kiosk.ui.kiosk.look import MIN_POINT_SIZE
from kiosk.ui.kiosk.names import Screen
from kiosk.ui.kiosk.still_there import StillThereScreen
from kiosk.ui.kiosk.window import KioskWindow
from kiosk.ui.scanner import ScanCatcher

if TYPE_CHECKING:
    from collections.abc import Callable

    from kiosk.api import Campaign
    from kiosk.ui.kiosk.erase import EraseScreen
    from kiosk.api.area import NewsItem
    from kiosk.ui.kiosk.offers import WalletNews
    from kiosk.services.enrolment import EnrolmentService
    from kiosk.ui.kiosk.join import JoinScreen
    from kiosk.ui.kiosk.details import ConsentsScreen, DetailsScreen
    from kiosk.ui.kiosk.details_contact import ContactScreen, PasswordScreen
    from kiosk.ui.kiosk.more import MoreScreen
    from kiosk.ui.kiosk.badges import BadgesScreen
    from kiosk.ui.kiosk.news import NewsScreen
    from kiosk.ui.kiosk.stores import StoresScreen
    from kiosk.ui.kiosk.my_card import KeptCardScreen, MyCardScreen
    from kiosk.ui.kiosk.offers import OffersScreen, VouchersScreen
    from kiosk.ui.kiosk.points_voucher import PointsVoucherScreen
    from kiosk.ui.kiosk.play import PlayScreen
    from kiosk.ui.kiosk.prizes import PrizeRequestScreen, PrizeRequestsScreen, PrizesScreen
    from kiosk.ui.kiosk.pin_screens import ChangePinScreen, ResetPinScreen
    from kiosk.ui.kiosk.sign_in import FindScreen, PinScreen
    from kiosk.ui.kiosk.staff import StaffPinScreen, StaffScreen

__all__ = ["KioskFace", "Screen", "set_kiosk_font"]

log = logging.getLogger("kiosk.ui")

# How long a staff member has on the staff screens before the kiosk returns to customers by itself.
STAFF_IDLE_SECONDS = 120
# How often the kiosk asks whether the loyalty server answers: while it does, and while it does not.
PROBE_ONLINE_MS = 60_000
PROBE_OFFLINE_MS = 10_000


# The screens where a customer's data or typing can be: leaving them untouched asks "Still there?".
_CUSTOMER_SCREENS = frozenset(
    {
        Screen.FIND, Screen.PIN, Screen.MY_CARD, Screen.KEPT_CARD, Screen.CHANGE_PIN, Screen.RESET_PIN, Screen.JOIN,
        Screen.OFFERS, Screen.VOUCHERS, Screen.POINTS_VOUCHER, Screen.MORE,
        Screen.NEWS, Screen.MESSAGES, Screen.BADGES, Screen.STORES,
        Screen.ERASE,
        Screen.PRIZES, Screen.PRIZE_REQUEST, Screen.PRIZE_REQUESTS,
        Screen.PLAY,
        Screen.DETAILS, Screen.CONSENTS, Screen.CONTACT, Screen.PASSWORD,
    }
)
_STAFF_SCREENS = frozenset({Screen.STAFF_PIN, Screen.STAFF})


def set_kiosk_font(app: QApplication) -> None:
    """Words at least MIN_POINT_SIZE everywhere on the kiosk: set before any widget is made."""
    font = QFont(app.font())
    font.setPointSizeF(MIN_POINT_SIZE)
    app.setFont(font)


class KioskFace(QObject, AreaMoves):
    """Which screen shows, and the visit of the customer in front of the kiosk.

    `visit` holds the signed-in customer's session (None between customers). `exit_requested` is
    emitted once staff chose "Exit to the desktop" with the manager PIN; `restart_requested` after
    staff saved settings or asked for a restart.
    """

    exit_requested = Signal()
    restart_requested = Signal()
    settings_requested = Signal()

    def __init__(
        self,
        ctx: ServiceContext,
        sync: SyncService,
        counter: CounterService,
        window: KioskWindow,
        *,
        enrolment: EnrolmentService | None = None,
        on_sandbox: bool = False,
    ) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.sync = sync
        self.counter = counter
        self.window = window
        self.service = KioskService(ctx, self, wake_sync=sync.wake, on_sandbox=on_sandbox)
        self._enrolment = enrolment
        settings = ctx.settings
        self.home_language = settings.language
        self.language = settings.language
        self.visit: Visit | None = None
        self.found: Found | None = None
        self.online = True
        self._before_question = Screen.ATTRACT
        scrambled = bool(settings.pin_pad_scrambled)

        # Join (the enrolment wizard and its service, ~50 ms to import) is made on a customer's first "Join".
        from kiosk.ui.kiosk.erase import EraseScreen
        from kiosk.ui.kiosk.details import ConsentsScreen, DetailsScreen
        from kiosk.ui.kiosk.details_contact import ContactScreen, PasswordScreen
        from kiosk.ui.kiosk.more import MoreScreen
        from kiosk.ui.kiosk.badges import BadgesScreen
        from kiosk.ui.kiosk.news import NewsScreen
        from kiosk.ui.kiosk.stores import StoresScreen
        from kiosk.ui.kiosk.my_card import KeptCardScreen, MyCardScreen
        from kiosk.ui.kiosk.offers import OffersScreen, VouchersScreen
        from kiosk.ui.kiosk.points_voucher import PointsVoucherScreen
        from kiosk.ui.kiosk.pin_screens import ChangePinScreen, ResetPinScreen
        from kiosk.ui.kiosk.sign_in import FindScreen, PinScreen
        from kiosk.ui.kiosk.staff import StaffPinScreen, StaffScreen

        add = window.add
        self.attract = cast(AttractScreen, add(Screen.ATTRACT, AttractScreen(self.language)))
        self.find = cast("FindScreen", add(Screen.FIND, FindScreen(self.service)))
        self.pin = cast("PinScreen", add(Screen.PIN, PinScreen(self.service, scrambled=scrambled)))
        self.my_card = cast("MyCardScreen", add(Screen.MY_CARD, MyCardScreen()))
        self.kept_card = cast("KeptCardScreen", add(Screen.KEPT_CARD, KeptCardScreen()))
        self.change_pin = cast("ChangePinScreen", add(Screen.CHANGE_PIN, ChangePinScreen(self.service, scrambled=scrambled)))
        self.reset_pin = cast("ResetPinScreen", add(Screen.RESET_PIN, ResetPinScreen(self.service, scrambled=scrambled)))
        self.offers = cast("OffersScreen", add(Screen.OFFERS, OffersScreen(self.service)))
        self.vouchers = cast("VouchersScreen", add(Screen.VOUCHERS, VouchersScreen(self.service)))
        self.points_voucher = cast(
            "PointsVoucherScreen", add(Screen.POINTS_VOUCHER, PointsVoucherScreen(self.service, scrambled=scrambled))
        )
        self.more = cast("MoreScreen", add(Screen.MORE, MoreScreen()))
        self.details = cast("DetailsScreen", add(Screen.DETAILS, DetailsScreen(self.service)))
        self.consents = cast("ConsentsScreen", add(Screen.CONSENTS, ConsentsScreen(self.service)))
        self.contact = cast("ContactScreen", add(Screen.CONTACT, ContactScreen(self.service)))
        self.password = cast("PasswordScreen", add(Screen.PASSWORD, PasswordScreen(self.service)))
        self.news = cast("NewsScreen", add(Screen.NEWS, NewsScreen(self.service)))
        self.messages = cast("NewsScreen", add(Screen.MESSAGES, NewsScreen(self.service, messages=True)))
        self.badges = cast("BadgesScreen", add(Screen.BADGES, BadgesScreen(self.service)))
        self.stores = cast("StoresScreen", add(Screen.STORES, StoresScreen(self.service)))
        self.erase = cast("EraseScreen", add(Screen.ERASE, EraseScreen(self.service, scrambled=scrambled)))
        from kiosk.ui.kiosk.prizes import PrizeRequestScreen, PrizeRequestsScreen, PrizesScreen

        self.prizes = cast("PrizesScreen", add(Screen.PRIZES, PrizesScreen(self.service)))
        self.prize_request = cast(
            "PrizeRequestScreen", add(Screen.PRIZE_REQUEST, PrizeRequestScreen(self.service, scrambled=scrambled))
        )
        self.prize_requests = cast("PrizeRequestsScreen", add(Screen.PRIZE_REQUESTS, PrizeRequestsScreen(self.service)))
        from kiosk.ui.kiosk.play import PlayScreen

        self.play = cast("PlayScreen", add(Screen.PLAY, PlayScreen(self.service)))
        self.join: JoinScreen | None = None
        self.still_there = cast(StillThereScreen, add(Screen.STILL_THERE, StillThereScreen()))
        self.staff_pin = cast("StaffPinScreen", add(Screen.STAFF_PIN, StaffPinScreen(ctx)))
        self.staff = cast("StaffScreen", add(Screen.STAFF, StaffScreen(ctx, sync)))

        # Every screen's way out ends the visit; each "Back" goes to a screen named here.
        for screen in window.screens.values():
            screen.done.connect(self.end_visit)
        self.attract.have_card.connect(lambda: self.go(Screen.FIND))
        self.attract.join.connect(self.open_join)
        self.attract.language_chosen.connect(self.set_language)
        self.find.back.connect(self.end_visit)
        self.find.found.connect(self._found)
        self.find.kept.connect(self._kept)
        self.pin.back.connect(lambda: self.go(Screen.FIND))
        self.pin.signed_in.connect(self._signed_in)
        self.pin.reset_requested.connect(lambda card: self._ask_reset(card, first=False))
        self.my_card.back.connect(self.end_visit)
        self.my_card.change_pin.connect(self._ask_change)
        self.my_card.offers.connect(self._open_offers)
        self.my_card.vouchers.connect(self._open_vouchers)
        self.my_card.more.connect(self._open_more)
        self.more.back.connect(self._back_to_card)
        self.more.chosen.connect(self._open_from_more)
        self.details.back.connect(self._back_to_more)
        self.details.consents.connect(lambda: self._open_detail(Screen.CONSENTS))
        self.details.contact.connect(lambda: self._open_detail(Screen.CONTACT))
        self.details.password.connect(lambda: self._open_detail(Screen.PASSWORD))
        self.consents.back.connect(self._open_details)
        self.contact.back.connect(self._open_details)
        self.password.back.connect(self._open_details)
        self.news.back.connect(self._back_to_more)
        self.messages.back.connect(self._back_to_more)
        self.badges.back.connect(self._back_to_more)
        self.stores.back.connect(self._back_to_more)
        self.offers.back.connect(self._back_to_card)
        self.vouchers.back.connect(self._back_to_card)
        self.vouchers.convert.connect(self._ask_voucher)
        self.points_voucher.back.connect(lambda: self._open_vouchers(reload=False))
        self.points_voucher.made.connect(lambda: self._voucher_settled(lost=False))
        self.points_voucher.lost.connect(lambda: self._voucher_settled(lost=True))
        self.erase.back.connect(self._back_to_more)
        self.erase.erased.connect(self._erased)
        self.prizes.back.connect(self._back_to_more)
        self.prizes.chosen.connect(self._ask_prize)
        self.prizes.requests.connect(self._open_prize_requests)
        self.prize_request.back.connect(self._back_to_prizes)
        self.prize_request.made.connect(lambda: self._prize_settled(lost=False))
        self.prize_request.lost.connect(lambda: self._prize_settled(lost=True))
        self.prize_requests.back.connect(self._open_prizes)
        self.play.back.connect(self._back_to_more)
        self.play.vouchers.connect(self._open_vouchers)
        self.kept_card.back.connect(self.end_visit)
        self.change_pin.back.connect(self._back_to_card)
        self.change_pin.changed.connect(self._pin_changed)
        self.change_pin.reset_requested.connect(self._reset_signed_in)
        self.reset_pin.back.connect(self._back_from_reset)
        self.reset_pin.reset.connect(self._pin_reset)
        self.still_there.keep.connect(self._still_here)
        self.still_there.expired.connect(self.end_visit)
        self.staff_pin.back.connect(self.end_visit)
        self.staff_pin.accepted.connect(lambda: self.go(Screen.STAFF))
        self.staff.back.connect(self.end_visit)
        self.staff.exit_requested.connect(self.exit_requested)
        self.staff.restart_requested.connect(self.restart_requested)
        self.staff.settings_requested.connect(self.settings_requested)

        self.idle = IdleWatch(settings.idle_seconds, self)
        self.idle.expired.connect(self._idle)
        self.lockdown = LockDown(window)
        self.gesture = StaffGesture(
            window, corner=settings.staff_corner, taps=settings.staff_taps, side=window.look.px(15)
        )
        self.gesture.requested.connect(self.open_staff)
        self.scans = ScanCatcher(window, self.find.field, fields=(PinPad,))
        self.scans.scanned.connect(lambda text: self.look_up(text, scanned=True))
        self.scans.typed.connect(self._typed_away)
        window.look_changed.connect(lambda _look: self._arm())
        counter.campaign_ready.connect(self._campaign)
        sync.changed.connect(self.connectivity_changed)
        self._probe_timer = QTimer(self)
        self._probe_timer.setSingleShot(True)
        self._probe_timer.timeout.connect(self.probe)
        self.go(Screen.ATTRACT)

    # -- the campaign and the connection -----------------------------------------------------------

    @property
    def campaign(self) -> Campaign | None:
        return self.counter.campaign

    def _campaign(self, campaign: Campaign) -> None:
        self.attract.set_campaign(campaign.name)

    def _pin_length(self) -> int:
        campaign = self.campaign
        return campaign.pincodelength if campaign is not None else 4

    def probe(self) -> None:
        """Ask the server now; the next question follows, sooner while it does not answer."""
        self._probe_timer.stop()
        self.service.probe(parent=self).success(self.set_online).failure(lambda _exc: self.set_online(True)).run()

    def connectivity_changed(self, connectivity: Connectivity) -> None:
        """The sync's view: a server it cannot reach is offline for the kiosk too; its return is checked by a probe."""
        if connectivity.state is ConnectivityState.ONLINE:
            if not self.online:
                self.probe()
        else:
            self.set_online(False)

    def set_online(self, online: bool) -> None:
        """Offer what works without the server, or everything again; and ask again later."""
        self._probe_timer.start(PROBE_ONLINE_MS if online else PROBE_OFFLINE_MS)
        if online == self.online:
            return
        self.online = online
        self.window.say_offline("" if online else self.tr(
            "⚠ Offline: scan your card to see its codes and last balance. Signing in, redeeming and joining"
            " need the connection and come back by themselves."
        ))
        self.attract.join_button.setEnabled(online)

    def stop(self) -> None:
        """No more questions to the server, no more idle watch: the session is closing."""
        self._probe_timer.stop()
        self.idle.disarm()
        self.still_there.stop()

    # -- moving between screens -------------------------------------------------------------------

    def go(self, name: str) -> None:
        if name != Screen.STILL_THERE:
            self.still_there.stop()
        self.window.show_screen(name)
        # Staff type their PIN as fast as they like: nothing on their screens is a scan.
        self.scans.active = name not in _STAFF_SCREENS
        self._arm()

    def _arm(self) -> None:
        """Watch for idleness wherever something of a customer, or of staff, may be on screen."""
        name = self.window.current_name
        if name == Screen.STILL_THERE:
            self.idle.disarm()
            return
        changed_look = self.window.look.large or self.window.look.contrast or self.language != self.home_language
        if name in _CUSTOMER_SCREENS or name in _STAFF_SCREENS or changed_look:
            self.idle.seconds = STAFF_IDLE_SECONDS if name in _STAFF_SCREENS else self.ctx.settings.idle_seconds
            self.idle.arm()
        else:
            self.idle.disarm()

    def _idle(self) -> None:
        name = self.window.current_name
        if name in _STAFF_SCREENS:
            self.end_visit()
            return
        self._before_question = name
        self.window.show_screen(Screen.STILL_THERE)
        self.still_there.start()
        self._arm()

    def _still_here(self) -> None:
        self.go(self._before_question)

    def end_visit(self) -> None:
        """The customer is gone: drop their token and card, wipe every trace, back to the attract screen."""
        if self.visit is not None:
            self.visit.end()
        self.visit = None
        self.found = None
        self.still_there.stop()
        self.window.wipe()
        if self.language != self.home_language:
            self.set_language(self.home_language)
        self.go(Screen.ATTRACT)

    def set_language(self, language: str) -> None:
        app = QApplication.instance()
        self.attract.set_language(language)  # a tap on the language in force leaves it checked
        if language == self.language or app is None:
            return
        self.language = language
        i18n.install(app, language)
        self.window.set_language(language)
        self.attract.set_language(language)
        self._arm()

    # -- a customer with a card -------------------------------------------------------------------

    def look_up(self, text: str, *, scanned: bool) -> None:
        """A card scanned on any screen, or typed: a new visit starts from it (the last one is wiped)."""
        if self.window.current_name in _STAFF_SCREENS:
            return
        if self.visit is not None or self.window.current_name not in (Screen.ATTRACT, Screen.FIND):
            self.end_visit()
        self.go(Screen.FIND)
        self.find.look_up(text, scanned=scanned)

    def _typed_away(self, text: str) -> None:
        """Keys typed with no field focused (a keyboard at the attract screen): they start the card's field."""
        if self.window.current_name in (Screen.ATTRACT, Screen.FIND):
            self.go(Screen.FIND)
            self.find.field.setText(text)
            self.find.field.setFocus()

    def _found(self, found: Found) -> None:
        self.found = found
        if not found.pinset:
            self._ask_reset(found.card, first=True)
            return
        self.go(Screen.PIN)
        self.pin.ask(found, self._pin_length())

    def _kept(self, kept: KeptCard) -> None:
        self.set_online(False)
        self.go(Screen.KEPT_CARD)
        self.kept_card.show_kept(kept, self.campaign, time.time())

    def _signed_in(self, visit: Visit) -> None:
        self.visit = visit
        self.go(Screen.MY_CARD)
        self.my_card.show_visit(visit, self.campaign)

    def _back_to_card(self) -> None:
        if self.visit is not None and self.visit.active:
            self.go(Screen.MY_CARD)
            self.my_card.show_visit(self.visit, self.campaign)  # the balance as it stands (a voucher made)
        else:
            self.end_visit()

    # -- offers and vouchers ----------------------------------------------------------------------

    def _open_offers(self) -> None:
        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        self.go(Screen.OFFERS)
        self.offers.show_visit(self.visit)

    def _open_vouchers(self, *, reload: bool = True, news: WalletNews | None = None) -> None:
        from kiosk.ui.kiosk.offers import WalletNews

        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        self.go(Screen.VOUCHERS)
        if reload:
            self.vouchers.show_visit(self.visit, self.campaign, news or WalletNews.NONE)

    def _ask_voucher(self, points: int) -> None:
        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        self.go(Screen.POINTS_VOUCHER)
        self.points_voucher.ask(self.visit, points, self.campaign, self._pin_length())

    def _voucher_settled(self, *, lost: bool) -> None:
        """The voucher is made (or its answer lost): the wallet again, and the card's movements fetched anew."""
        from kiosk.ui.kiosk.offers import WalletNews

        visit = self.visit
        self._open_vouchers(news=WalletNews.LOST if lost else WalletNews.MADE)
        if visit is not None and visit.active:
            self.service.refresh(parent=self.my_card, visit=visit) \
                .success(lambda _card: self._card_refreshed(visit)).failure(lambda _exc: None).run()

    def _card_refreshed(self, visit: Visit) -> None:
        if visit is self.visit and visit.active and self.window.current_name == Screen.MY_CARD:
            self.my_card.show_visit(visit, self.campaign)

    # -- more for you ---------------------------------------------------------------------------

    def _open_more(self) -> None:
        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        self.go(Screen.MORE)
        self._count_unread(self.visit)

    def _open_from_more(self, name: str) -> None:
        """A tile of "More for you": the screen it names, shown for this visit (each screen's opener below)."""
        openers: dict[str, Callable[[], None]] = {
            Screen.NEWS: self._open_news,
            Screen.MESSAGES: self._open_messages,
            Screen.BADGES: self._open_badges,
            Screen.STORES: self._open_stores,
            Screen.ERASE: self._open_erase,
            Screen.PRIZES: self._open_prizes,
            Screen.PLAY: self._open_play,
            Screen.DETAILS: self._open_details,
        }
        if self.visit is None or not self.visit.active:
            self.end_visit()
            return
        openers[name]()

    def _back_to_more(self) -> None:
        if self.visit is not None and self.visit.active:
            self.go(Screen.MORE)
            self._count_unread(self.visit)
        else:
            self.end_visit()

    def _count_unread(self, visit: Visit) -> None:
        """The "Messages" tile says how many of the customer's messages are unread (MoreScreen.wipe forgets it)."""
        self.service.messages(parent=self.more, visit=visit) \
            .success(lambda messages: self._show_unread(visit, messages)).failure(lambda _exc: None).run()

    def _show_unread(self, visit: Visit, messages: tuple[NewsItem, ...]) -> None:
        tile = self.more.tiles.get(Screen.MESSAGES)
        if tile is None or visit is not self.visit or not visit.active:
            return  # a late answer never paints on the next customer's screen
        unread = sum(1 for message in messages if not message.read)
        if unread:
            text = self.tr("Messages (%n new)", "", unread)
        else:
            text = QCoreApplication.translate("MoreScreen", "Messages")
        tile.setText(text)
        tile.setAccessibleName(text)

    def _ask_change(self) -> None:
        if self.visit is None:
            self.end_visit()
            return
        self.go(Screen.CHANGE_PIN)
        self.change_pin.ask(self.visit, self._pin_length())

    def _pin_changed(self) -> None:
        self._back_to_card()

    def _reset_signed_in(self) -> None:
        if self.visit is None or self.visit.card is None:
            self.end_visit()
            return
        self._ask_reset(self.visit.card.card, first=False)

    def _ask_reset(self, card: str, *, first: bool) -> None:
        self.go(Screen.RESET_PIN)
        self.reset_pin.ask(card, self._pin_length(), first=first)

    def _back_from_reset(self) -> None:
        if self.visit is not None and self.visit.active:
            self.go(Screen.MY_CARD)
        elif self.found is not None and self.found.pinset:
            self.go(Screen.PIN)
            self.pin.ask(self.found, self._pin_length())
        else:
            self.end_visit()

    def _pin_reset(self, card: str) -> None:
        """A new PIN is set: the customer signs in with it (a signed-in one stays signed in)."""
        if self.visit is not None and self.visit.active:
            self.go(Screen.MY_CARD)
            return
        if self.found is not None and self.found.card == card:
            self.found = dataclasses.replace(self.found, pinset=True, pinlocked=False)
            self.go(Screen.PIN)
            self.pin.ask(self.found, self._pin_length())
        else:
            self.end_visit()

    # -- joining ----------------------------------------------------------------------------------

    @property
    def enrolment(self) -> EnrolmentService:
        if self._enrolment is None:
            from kiosk.services.enrolment import EnrolmentService

            self._enrolment = EnrolmentService(self.ctx, campaign=self.campaign)
            self.counter.campaign_ready.connect(self._enrolment.set_campaign)
        return self._enrolment

    def open_join(self) -> None:
        if self.join is None:
            from kiosk.ui.kiosk.join import JoinScreen

            self.join = JoinScreen(
                self.enrolment, language=self.language, scrambled=bool(self.ctx.settings.pin_pad_scrambled)
            )
            self.window.add(Screen.JOIN, self.join)
            self.join.done.connect(self.end_visit)
            self.join.back.connect(self.end_visit)
        # A fresh wizard in the language on screen, then shown: its first field takes the focus and the keyboard.
        self.join.set_language(self.language)
        self.join.begin()
        self.go(Screen.JOIN)

    # -- staff ------------------------------------------------------------------------------------

    def open_staff(self) -> None:
        """The hidden gesture: whatever a customer had on screen is wiped, then the manager PIN is asked."""
        self.end_visit()
        self.go(Screen.STAFF_PIN)
        self.staff_pin.ask()
