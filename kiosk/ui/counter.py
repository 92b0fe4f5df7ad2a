"""The cashier's main window: search, the customer at a glance, and every action one function key away."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import CardStatus
from kiosk.core.redeem import Outcome
from kiosk.domain.errors import KioskError, Notice
from kiosk.services.counter import AfterSync, CounterService, Saved, problem_notice
from kiosk.services.operation import Scope
from kiosk.services.redeem import Redeemed
from kiosk.ui.actions import key_action, key_button
from kiosk.ui.customer_panel import CustomerPanel, freshness_text
from kiosk.ui.focus import KeyboardKeeper
from kiosk.ui.idle import IdleWatch
from kiosk.ui.locale_text import locale_for
from kiosk.ui.matches import MatchList
from kiosk.ui.not_found import NotFoundPanel
from kiosk.ui.palette import Tone, set_tone
from kiosk.ui.save_report import SaveReport
from kiosk.ui.scanner import ScanCatcher
from kiosk.ui import words

# Each dialog is imported when it is first opened, not before the counter can take a scan.
if TYPE_CHECKING:
    # Annotations only: kiosk.core.terminal (the answers' models, the store's SQL) loads at the first look-up.
    from kiosk.api import Campaign
    from kiosk.core.history import History
    from kiosk.core.terminal import CardAnswer, LookupAnswer
    from kiosk.ui.earn_dialogs import WriteDialog
    from kiosk.ui.common.slip import SlipDialog

__all__ = ["CounterWindow", "READY"]

log = logging.getLogger("kiosk.ui")

#: The message line with nobody on screen (English; the window says it translated).
READY = QT_TRANSLATE_NOOP("CounterWindow", "Ready: scan a card, or type a card number, e-mail or phone and press Enter.")
_TONES = {"info": Tone.PLAIN, "ok": Tone.GOOD, "problem": Tone.PROBLEM}

class CounterWindow(QMainWindow):
    """Composes the counter's widgets over a CounterService; the app wires queue, settings and enrolment."""

    enrol_requested = Signal(str)  # what was looked up: the app opens the enrolment wizard on it
    queue_requested = Signal()
    redeem_requested = Signal(object)  # CardAnswer: the app opens the redemption on it
    pin_requested = Signal(str)  # card: the app opens the PIN change on it
    card_life_requested = Signal(object)  # CardAnswer: the app opens block / unblock / move to a new card on it
    erase_requested = Signal(object)  # CardAnswer: the app opens the customer's erasure (their PIN confirms it)
    voucher_requested = Signal()  # the app opens the voucher's check and use
    settings_requested = Signal()
    shown = Signal(object)  # LookupAnswer: the screen now shows it (for tests and measurements)
    saved = Signal(object)  # Saved: an operation saved from this window; its slip is open

    def __init__(
        self,
        service: CounterService,
        *,
        language: str = "en",
        idle_seconds: int = 0,
        banner: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self._locale = locale_for(language)
        self.campaign: Campaign | None = None
        self.dialog: QDialog | None = None
        self.store_unusable = False  # the store's file is damaged: no customer is taken, nothing is written
        self._scope = Scope(self)  # the customer looked up: the look-up's answers, a new card's
        self._card_scope = Scope(self)  # the card on screen: its history and refreshes
        self._card_shown: str | None = None  # the card number `_card_scope` is for
        self._history_asked: tuple[str, bool] | None = None  # card and freshness of the history asked in this scope
        self._histories_asked = 0  # numbers each history asked, in order
        self._fresh_history_shown = 0  # the number of the server's list on screen
        self._kept_history_stale_until = 0  # kept lists asked up to this number are older than the one on screen
        self._following: set[str] = set()  # operations saved here, until the sync settles them
        self.report = SaveReport(
            self, self._locale, say=self.say, campaign=lambda: self.campaign, closed=self._back_to_search,
            printing=service.printing,
        )
        self.setWindowTitle(self.tr("Kiosk — loyalty counter"))
        self.resize(1024, 700)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Scan a card, or type a card number, e-mail or phone, then Enter"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(48)
        font = self.search.font()
        font.setPointSize(font.pointSize() + 5)
        self.search.setFont(font)
        self.search.returnPressed.connect(self.look_up)
        self.message = QLabel(self.tr(READY))
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.message.setFont(font)

        self.ready = QLabel(
            self.tr("Ready for the next customer.\n\nScan their card, or type a card number, e-mail or phone.")
        )
        self.ready.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ready.setStyleSheet("font-size: 20px;")
        set_tone(self.ready, Tone.HINT)
        self.panel = CustomerPanel(self._locale)
        self.matches = MatchList(self._locale)
        self.not_found = NotFoundPanel()
        self.stack = QStackedWidget()
        for page in (self.ready, self.panel, self.matches, self.not_found):
            self.stack.addWidget(page)

        # name: (button text with its key, shortcut(s), what it does)
        actions: dict[str, tuple[str, tuple[str, ...], Callable[[], None]]] = {
            "search": (self.tr("Search (F2)"), ("F2",), self._do_search),
            "purchase": (self.tr("Purchase (F3)"), ("F3",), self._do_purchase),
            "refund": (self.tr("Refund (F4)"), ("F4",), self._do_refund),
            "topup": (self.tr("Top up (F5)"), ("F5",), self._do_topup),
            "codes": (self.tr("Card codes (F6)"), ("F6",), self._do_codes),
            "redeem": (self.tr("Redeem (F11)"), ("F11",), self._do_redeem),
            "pin": (self.tr("Customer PIN (F12)"), ("F12",), self._do_pin),
            "card": (self.tr("Lost card (Ctrl+L)"), ("Ctrl+L",), self._do_card_life),
            "erase": (self.tr("Delete account (Ctrl+Shift+D)"), ("Ctrl+Shift+D",), self._do_erase),
            "voucher": (self.tr("Voucher (Ctrl+U)"), ("Ctrl+U",), self.voucher_requested.emit),
            "enrol": (self.tr("Enrol customer (F7)"), ("F7",), self._do_enrol),
            "issue": (self.tr("New card (F8)"), ("F8",), self._do_issue),
            "queue": (self.tr("Queue (F9)"), ("F9",), self._do_queue),
            "settings": (self.tr("Settings (F10)"), ("F10", "Ctrl+,"), self._do_settings),
            "clear": (self.tr("Clear (Esc)"), ("Esc",), self._do_clear),
        }
        self.actions_by_name = {
            name: key_action(self, name, text, keys, slot) for name, (text, keys, slot) in actions.items()
        }
        self.buttons = {name: key_button(action) for name, action in self.actions_by_name.items() if name != "search"}
        self._build(banner)

        self.catcher = ScanCatcher(self, self.search)
        self.catcher.scanned.connect(self.look_up_text)
        self.catcher.typed.connect(self._typed_elsewhere)
        self.keeper = KeyboardKeeper(self)
        self.idle = IdleWatch(idle_seconds, self)
        self.idle.expired.connect(self._idle_expired)
        # These three filter every event of the application: they listen from `listen()` on (see there).
        self._watchers: tuple[QObject, ...] = (self.catcher, self.keeper, self.idle)
        self._listening = False
        app = QApplication.instance()
        for watcher in self._watchers:
            app.removeEventFilter(watcher)
        self.panel.selection_changed.connect(self._update_actions)
        self.matches.chosen.connect(lambda card: self._look_up(card.card))
        self.not_found.enrol_requested.connect(self.enrol_requested)
        self.not_found.issue_requested.connect(self._do_issue)
        self._connect_service()
        self._update_actions()
        self.search.setFocus()

    def listen(self) -> None:
        """Start watching the application's events: keys typed away from the search field, idleness, dialogs closing.

        The app calls it after the window's first paint; before it, a scan goes to the search
        field, which has the focus. The first time a Python filter is handed an object of one of
        Qt's private classes (a rich-text label's text control), PySide loads every Qt class it has
        not loaded yet, about 25 ms: paid here, at once, rather than before the window shows (the
        status bar's label) or on the first customer (the balance's label).
        """
        if self._listening:
            return
        self._listening = True
        app = QApplication.instance()
        for watcher in self._watchers:  # in the order they were made: the last installed filters first
            app.installEventFilter(watcher)
        rich = QLabel(self)
        rich.setTextFormat(Qt.TextFormat.RichText)
        rich.setText("<b></b>")
        rich.deleteLater()

    # -- building -----------------------------------------------------------

    def _build(self, banner: str) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Search (F2):")))
        top.addWidget(self.search, 1)
        side = QVBoxLayout()
        groups = (("purchase", "refund", "topup", "redeem"), ("codes", "pin", "card", "voucher", "erase"), ("enrol", "issue"), ("queue", "settings"))
        for group in groups:
            for name in group:
                side.addWidget(self.buttons[name])
            side.addSpacing(14)
        side.addStretch(1)
        side.addWidget(self.buttons["clear"])
        for name in ("purchase", "refund", "topup", "redeem"):
            font = self.buttons[name].font()
            font.setPointSize(font.pointSize() + 2)
            font.setBold(True)
            self.buttons[name].setFont(font)
        middle = QHBoxLayout()
        middle.addWidget(self.stack, 1)
        middle.addLayout(side)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addLayout(middle, 1)
        self.setCentralWidget(body)
        if banner:
            self.statusBar().addWidget(QLabel(banner))

    def _connect_service(self) -> None:
        # Only the service's broadcasts: every answer to this window comes to the operation that asked.
        self.service.store_damaged.connect(self._store_damaged)
        self.service.campaign_ready.connect(self._campaign)
        self.service.outbox_moved.connect(self._outbox_moved)

    # -- what the cashier sees ----------------------------------------------

    def say(self, text: str, kind: str = "info") -> None:
        set_tone(self.message, _TONES[kind])
        self.message.setText(text)

    def look_up(self) -> None:
        self.look_up_text(self.search.text())

    def look_up_text(self, text: str) -> None:
        self._close_dialogs()
        self._look_up(text)
        self.search.selectAll()

    def _look_up(self, text: str) -> None:
        scope = self._new_customer()
        try:
            looking = self.service.lookup(parent=scope, text=text)
        except KioskError as exc:
            self._refused(exc.notice)
            return
        self._busy(self.tr("Looking up {what}…").format(what=looking.looked_up))
        looking.answer(self._answered).not_found(self._not_found).failure(self._refused).run()

    def _new_customer(self) -> Scope:
        """The customer on screen changes: what was asked for the previous one is never shown."""
        self._scope.end()
        self._scope = Scope(self)
        self._on_card(None)
        return self._scope

    def _on_card(self, card: str | None) -> Scope:
        """The scope of the card on screen: a new one when another card (or none) is shown."""
        if card != self._card_shown or card is None:
            self._card_scope.end()
            self._card_scope = Scope(self)
            self._card_shown = card
            self._history_asked = None
        return self._card_scope

    def show_customer(self, text: str) -> None:
        """Look up `text` as if the cashier had typed it (after an enrolment: the new card)."""
        self.search.setText(text)
        self.look_up_text(text)

    def _typed_elsewhere(self, text: str) -> None:
        # A lone digit on the list of matches chooses; anything else was meant for the search field.
        if self.stack.currentWidget() is self.matches and text.isdigit() and len(text) == 1:
            if self.matches.choose_number(int(text)):
                return
        self.search.setText(text)
        self.search.setFocus()
        self.search.end(False)

    def _busy(self, text: str) -> None:
        # The previous customer leaves the screen at once: nothing may be read as the new one's.
        self.panel.clear()
        self.stack.setCurrentWidget(self.ready)
        self.say(text)
        self._update_actions()

    def _answered(self, answer: LookupAnswer) -> None:
        self._on_card(answer.cards[0].card if len(answer.cards) == 1 else None)
        if len(answer.cards) == 1:
            self.panel.show_answer(answer)
            self.stack.setCurrentWidget(self.panel)
            card = answer.cards[0]
            if card.status is CardStatus.REPLACED and card.replacedby:
                self.say(self.tr("This card cannot be used: scan the customer's new card {card}.")
                         .format(card=card.replacedby), "problem")
            elif card.blocked:
                self.say(self.tr("This card cannot be used: ask for the customer's other card, or issue a new one (F8)."),
                         "problem")
            else:
                self.say(self.tr("Card {card}: F3 purchase, F5 top up, F11 redeem, Esc when done.").format(card=card.card),
                         "ok")
            self.idle.arm()
        else:
            self.matches.show_cards(answer.cards)
            self.stack.setCurrentWidget(self.matches)
            if answer.fresh:
                self.say(self.tr("Several cards match: choose the customer's card."))
            else:
                self.say(self.tr("Several cards match: choose the customer's card. {freshness}")
                         .format(freshness=freshness_text(answer, self._locale)))
            self.idle.arm()
        self._update_actions()
        if len(answer.cards) == 1:
            self._ask_history(answer.cards[0].card, fresh=answer.fresh)
            if answer.fresh:
                self._ask_offers(answer.cards[0].card)
        self.shown.emit(answer)

    def _ask_offers(self, card: str) -> None:
        """The customer's vouchers and offers, once the card came fresh from the server (for this card on screen only)."""
        self.service.offers(parent=self._card_scope, card=card).success(self.panel.show_offers).failure(
            lambda exc: log.warning("offers not loaded: %s", problem_notice(exc).what.value)
        ).run()

    def _ask_history(self, card: str, *, fresh: bool) -> None:
        """The kept movements at once, the server's once the fresh card came; each asked once per customer."""
        if self._history_asked == (card, fresh):
            return
        self._history_asked = (card, fresh)
        self._histories_asked += 1
        number = self._histories_asked
        self.service.history(parent=self._card_scope, card=card, fresh=fresh).success(
            lambda history: self._history(history) if self._newer_than_shown(history, number) else None
        ).failure(lambda exc: log.warning("history not loaded: %s", problem_notice(exc).what.value)).run()

    def _newer_than_shown(self, history: History, number: int) -> bool:
        """Whether a history that came back is newer than the one on screen, by when it was asked.

        A kept list (from this terminal) asked before the server's list was shown is older than
        it: painted after it, a movement the server has applied would look pending again.
        """
        if history.fresh:
            if number < self._fresh_history_shown:
                return False  # a newer server list is on screen already
            self._fresh_history_shown = number
            self._kept_history_stale_until = self._histories_asked
            return True
        return number > self._kept_history_stale_until

    def _not_found(self, text: str, why: tuple[Notice, ...]) -> None:
        self.not_found.show_for(text, " ".join(words.say(notice) for notice in why))
        self.stack.setCurrentWidget(self.not_found)
        self.say(self.tr("No customer found: enrol them (F7) or issue a new card (F8)."), "problem")
        self.idle.arm()
        self._update_actions()

    def _refused(self, notice: Notice) -> None:
        typed = self.search.text()
        self._clear()
        self.search.setText(typed)  # kept, so a mistyped number can be corrected
        self.say(words.say(notice), "problem")
        self.search.setFocus()
        self.search.selectAll()

    def _store_damaged(self, notice: Notice) -> None:
        """The store cannot be used: the counter says so and takes no customer, so nothing seems saved."""
        self.store_unusable = True
        self._clear()
        self.search.clear()
        self.search.setEnabled(False)
        self.say(self.tr("The terminal's database is damaged: this till cannot take customers."), "problem")
        # The whole of what to do, where the next customer would be: too long for the message line.
        self.ready.setText(words.say(notice))
        self.ready.setWordWrap(True)
        self.ready.setStyleSheet("font-size: 20px; padding: 40px;")
        set_tone(self.ready, Tone.PROBLEM)
        self.stack.setCurrentWidget(self.ready)
        self._update_actions()

    def _history(self, history: History) -> None:
        self.panel.show_history(history)  # asked in the card's scope: it is the card on screen
        self._update_actions()

    def _card_refreshed(self, card: CardAnswer) -> None:
        # Asked in the card's scope, or saved by a dialog over it (it closes when another card is looked up).
        self.panel.show_card(card)
        self._update_actions()

    def _outbox_moved(self) -> None:
        """The sync sent or settled something: the card shown and the operations saved here, as they stand now."""
        shown = self._shown_card()
        if shown is None and not self._following:
            return
        card = shown.card if shown is not None else None
        self._ask_after_sync(card)
        if card is not None:
            self._history_asked = None
            self._ask_history(card, fresh=True)

    def _ask_after_sync(self, card: str | None) -> None:
        # With nobody on screen, the window asks only about what it saved (and hears it whoever comes next).
        parent = self._on_card(card) if card is not None else self
        (
            self.service.after_sync(parent=parent, card=card, following=frozenset(self._following))
            .success(self._after_sync)
            .failure(lambda exc: log.warning("the card was not read again: %s", problem_notice(exc).what.value))
            .run()
        )

    def _after_sync(self, after: AfterSync) -> None:
        for settled in after.settled:
            self._following.discard(settled.operationid)
            if settled.result is not None:
                self.report.synced(settled.operationid, settled.result, self.message.text())
            else:
                self.report.refused(settled.operationid, settled.reason)
        if after.card is not None:
            self._card_refreshed(after.card)

    def show_saved(self, saved: Saved) -> None:
        """An operation saved from this window (a dialog's, committed): its slip, the card with it pending."""
        self._following.add(saved.operation.operationid)
        if self._shown_card() is not None:
            self._card_refreshed(saved.card)
            self._history_asked = None
            self._ask_history(saved.card.card, fresh=False)
        # The sync may have sent it before this window heard it was saved (the outbox moved, nobody followed
        # it yet): ask once now whether it is settled, so its slip does not wait for the next move to say so.
        self._ask_after_sync(None)
        self.report.saved(saved)
        self.saved.emit(saved)

    def _campaign(self, campaign: Campaign) -> None:
        self.campaign = campaign
        self.panel.set_campaign(campaign)

    def _issued(self, answer: LookupAnswer) -> None:
        self._answered(answer)
        card = answer.cards[0]
        self.say(self.tr("New card {card} issued: give it to the customer. They can enrol with it later.")
                 .format(card=card.card), "ok")

    def _clear(self) -> None:
        """Forget the customer on screen; answers still on their way for them are dropped."""
        self._new_customer()
        self._close_dialogs()
        self.panel.clear()
        self.matches.clear()
        self.not_found.clear()
        self.stack.setCurrentWidget(self.ready)
        self.idle.disarm()
        self.say(self.tr(READY))
        self.search.clear()
        self.search.setFocus()
        self._update_actions()

    def _idle_expired(self) -> None:
        self._clear()
        self.say(self.tr("The customer was cleared from the screen after a while without use. {ready}")
                 .format(ready=self.tr(READY)))

    def _close_dialogs(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.reject()
        self.dialog = None
        self.report.close_slip()

    # -- operations ---------------------------------------------------------

    def _shown_card(self) -> CardAnswer | None:
        return self.panel.card if self.stack.currentWidget() is self.panel else None

    def _update_actions(self) -> None:
        card = self._shown_card()
        usable = card is not None and not card.blocked
        self.actions_by_name["purchase"].setEnabled(usable)
        self.actions_by_name["topup"].setEnabled(usable)
        self.actions_by_name["refund"].setEnabled(usable and any(line.refundable for line in self.panel.lines))
        self.actions_by_name["codes"].setEnabled(usable)
        self.actions_by_name["redeem"].setEnabled(usable)
        self.actions_by_name["pin"].setEnabled(usable)
        # A replaced card is history: nothing more is done to it (its customer is on the new card).
        self.actions_by_name["card"].setEnabled(
            card is not None and card.status in (CardStatus.ACTIVE, CardStatus.BLOCKED)
        )
        self.actions_by_name["erase"].setEnabled(usable)  # a blocked card signs nobody in: its PIN cannot confirm
        self.actions_by_name["clear"].setEnabled(self.stack.currentWidget() is not self.ready or bool(self.search.text()))
        # Enrolment keeps its unfinished steps in the store, and a new card is written to its cache.
        self.actions_by_name["enrol"].setEnabled(not self.store_unusable)
        self.actions_by_name["issue"].setEnabled(not self.store_unusable)

    def open_dialog(self, dialog: QDialog) -> None:
        """Show `dialog` over the counter (the one open at a time); the keyboard comes back to the search after it."""
        self._close_dialogs()
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        self._back_to_search()

    def _do_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _do_purchase(self) -> None:
        card = self._shown_card()
        if card is not None and not card.blocked:
            from kiosk.ui.earn_dialogs import PurchaseDialog

            self._open_write(PurchaseDialog(self.service, card, self.campaign, self._locale, parent=self))

    def _do_topup(self) -> None:
        card = self._shown_card()
        if card is not None and not card.blocked:
            from kiosk.ui.earn_dialogs import TopUpDialog

            self._open_write(TopUpDialog(self.service, card, self.campaign, self._locale, parent=self))

    def _do_refund(self) -> None:
        card = self._shown_card()
        if card is None or card.blocked:
            return
        line = self.panel.selected_line()
        if line is None or not line.refundable:
            # Keyboard first: put the cashier on the list, on the newest movement that can be refunded.
            rows = [i for i, candidate in enumerate(self.panel.lines) if candidate.refundable]
            if rows:
                self.panel.movements.setFocus()
                self.panel.movements.selectRow(rows[0])
            self.say(self.tr("Choose the movement to refund with the arrow keys, then press F4 again."))
            return
        from kiosk.ui.earn_dialogs import RefundDialog

        self._open_write(RefundDialog(self.service, card, line, self.campaign, self._locale, parent=self))

    def _open_write(self, dialog: WriteDialog) -> None:
        dialog.saved.connect(self.show_saved)
        self.open_dialog(dialog)

    def _do_codes(self) -> None:
        card = self._shown_card()
        if card is None:
            return
        code = card.fidelycode or card.card
        fmt = self.campaign.cardformat.value if self.campaign is not None else ("EAN13" if len(code) == 13 else "CODE128")
        from kiosk.ui.common.codes import CardCodesDialog

        self.open_dialog(CardCodesDialog(code, fmt, parent=self))

    def _do_redeem(self) -> None:
        card = self._shown_card()
        if card is not None and not card.blocked:
            self.redeem_requested.emit(card)

    def _do_pin(self) -> None:
        card = self._shown_card()
        if card is not None and not card.blocked:
            self.pin_requested.emit(card.card)

    def _do_card_life(self) -> None:
        card = self._shown_card()
        if card is not None and card.status in (CardStatus.ACTIVE, CardStatus.BLOCKED):
            self.card_life_requested.emit(card)

    def _do_erase(self) -> None:
        card = self._shown_card()
        if card is not None and not card.blocked:
            self.erase_requested.emit(card)

    def customer_erased(self, card: str) -> None:
        """The customer on screen erased their account (and the till forgot them): the panel clears."""
        self._clear()
        self.say(self.tr("The account of card {card} is deleted: its personal data is wiped, the card blocked, and"
                         " this till has forgotten the customer.").format(card=card), "ok")

    def show_redeemed(self, redeemed: Redeemed) -> None:
        """A PIN-checked redemption's outcome: its slip and the new balance, or why nothing was redeemed."""
        attempt = redeemed.attempt
        if attempt.outcome not in (Outcome.DONE, Outcome.UNKNOWN) or redeemed.card is None:
            return
        self.show_saved(Saved(operation=attempt.operation, card=redeemed.card, line=None, when=redeemed.when))
        if attempt.result is not None:
            self._following.discard(attempt.operation.operationid)
            self.report.synced(attempt.operation.operationid, attempt.result, self.message.text())
            if self._shown_card() is not None:
                # The server has it already and the outbox will not move for it: its list shows it applied.
                self._history_asked = None
                self._ask_history(redeemed.card.card, fresh=True)
        else:
            self.say(words.say(attempt.notice), "problem")

    def _do_enrol(self) -> None:
        text = self.not_found.text if self.stack.currentWidget() is self.not_found else self.search.text()
        self.enrol_requested.emit(text)

    def _do_issue(self) -> None:
        self._close_dialogs()
        scope = self._new_customer()
        self._busy(self.tr("Asking the loyalty server for a new card…"))
        self.service.issue_card(parent=scope).success(self._issued).failure(
            lambda exc: self._refused(problem_notice(exc))
        ).run()

    def _do_queue(self) -> None:
        self.queue_requested.emit()

    def _do_settings(self) -> None:
        self.settings_requested.emit()

    def _do_clear(self) -> None:
        self._clear()

    def _back_to_search(self) -> None:
        """After a dialog, the next scan or key goes to the search field (some platforms forget to re-activate)."""
        self.activateWindow()
        self.search.setFocus()

    @property
    def slip(self) -> SlipDialog | None:
        """The slip of the latest save, while it is open."""
        return self.report.slip

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._close_dialogs()
        super().closeEvent(event)
