"""The cashier's main window: search, the customer at a glance, and every action one function key away."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.api import Campaign, CardStatus
from kiosk.core.terminal import CardAnswer, LookupAnswer
from kiosk.core.redeem import Outcome
from kiosk.domain.errors import Notice
from kiosk.services.counter import CounterService, Saved
from kiosk.services.redeem import Redeemed
from kiosk.ui.actions import key_action, key_button
from kiosk.ui.codes import CardCodesDialog
from kiosk.ui.customer_panel import CustomerPanel, freshness_text
from kiosk.ui.earn_dialogs import PurchaseDialog, RefundDialog, TopUpDialog
from kiosk.ui.focus import KeyboardKeeper
from kiosk.ui.idle import IdleWatch
from kiosk.ui.matches import MatchList
from kiosk.ui.not_found import NotFoundPanel
from kiosk.ui.palette import GOOD, PROBLEM
from kiosk.ui.save_report import SaveReport
from kiosk.ui.scanner import ScanCatcher
from kiosk.ui import words
from kiosk.ui.slip import SlipDialog

__all__ = ["CounterWindow", "READY"]

READY = "Ready: scan a card, or type a card number, e-mail or phone and press Enter."
_STYLES = {"info": "", "ok": f"color: {GOOD};", "problem": f"color: {PROBLEM};"}

class CounterWindow(QMainWindow):
    """Composes the counter's widgets over a CounterService; the app wires queue, settings and enrolment."""

    enrol_requested = Signal(str)  # what was looked up: the app opens the enrolment wizard on it
    queue_requested = Signal()
    redeem_requested = Signal(object)  # CardAnswer: the app opens the redemption on it
    pin_requested = Signal(str)  # card: the app opens the PIN change on it
    settings_requested = Signal()

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
        self._locale = QLocale(language)
        self.campaign: Campaign | None = None
        self.dialog: QDialog | None = None
        self.store_unusable = False  # the store's file is damaged: no customer is taken, nothing is written
        self.report = SaveReport(
            self, self._locale, say=self.say, campaign=lambda: self.campaign, closed=self._back_to_search
        )
        self.setWindowTitle("Kiosk — loyalty counter")
        self.resize(1024, 700)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Scan a card, or type a card number, e-mail or phone, then Enter")
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(48)
        font = self.search.font()
        font.setPointSize(font.pointSize() + 5)
        self.search.setFont(font)
        self.search.returnPressed.connect(self.look_up)
        self.message = QLabel(READY)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.message.setFont(font)

        self.ready = QLabel("Ready for the next customer.\n\nScan their card, or type a card number, e-mail or phone.")
        self.ready.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ready.setStyleSheet("color: palette(mid); font-size: 20px;")
        self.panel = CustomerPanel(self._locale)
        self.matches = MatchList(self._locale)
        self.not_found = NotFoundPanel()
        self.stack = QStackedWidget()
        for page in (self.ready, self.panel, self.matches, self.not_found):
            self.stack.addWidget(page)

        # name: (button text with its key, shortcut(s), what it does)
        actions: dict[str, tuple[str, tuple[str, ...], Callable[[], None]]] = {
            "search": ("Search (F2)", ("F2",), self._do_search),
            "purchase": ("Purchase (F3)", ("F3",), self._do_purchase),
            "refund": ("Refund (F4)", ("F4",), self._do_refund),
            "topup": ("Top up (F5)", ("F5",), self._do_topup),
            "codes": ("Card codes (F6)", ("F6",), self._do_codes),
            "redeem": ("Redeem (F11)", ("F11",), self._do_redeem),
            "pin": ("Customer PIN (F12)", ("F12",), self._do_pin),
            "enrol": ("Enrol customer (F7)", ("F7",), self._do_enrol),
            "issue": ("New card (F8)", ("F8",), self._do_issue),
            "queue": ("Queue (F9)", ("F9",), self._do_queue),
            "settings": ("Settings (F10)", ("F10", "Ctrl+,"), self._do_settings),
            "clear": ("Clear (Esc)", ("Esc",), self._do_clear),
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
        self.panel.selection_changed.connect(self._update_actions)
        self.matches.chosen.connect(self.service.choose)
        self.not_found.enrol_requested.connect(self.enrol_requested)
        self.not_found.issue_requested.connect(self.service.issue_card)
        self._connect_service()
        self._update_actions()
        self.search.setFocus()

    # -- building -----------------------------------------------------------

    def _build(self, banner: str) -> None:
        top = QHBoxLayout()
        top.addWidget(QLabel("Search (F2):"))
        top.addWidget(self.search, 1)
        side = QVBoxLayout()
        groups = (("purchase", "refund", "topup", "redeem"), ("codes", "pin"), ("enrol", "issue"), ("queue", "settings"))
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
        s = self.service
        s.looking_up.connect(lambda text: self._busy(f"Looking up {text}…"))
        s.issuing.connect(lambda: self._busy("Asking the loyalty server for a new card…"))
        s.answered.connect(self._answered)
        s.not_found.connect(self._not_found)
        s.refused.connect(self._refused)
        s.store_damaged.connect(self._store_damaged)
        s.history_ready.connect(self._history)
        s.card_refreshed.connect(self._card_refreshed)
        s.campaign_ready.connect(self._campaign)
        s.saved.connect(self.report.saved)
        s.save_failed.connect(lambda notice: self.say(f"Not saved: {words.say(notice)}", "problem"))
        s.synced.connect(lambda operationid, result: self.report.synced(operationid, result, self.message.text()))
        s.sync_refused.connect(self.report.refused)
        s.issued.connect(self._issued)
        s.cleared.connect(self._cleared)

    # -- what the cashier sees ----------------------------------------------

    def say(self, text: str, kind: str = "info") -> None:
        self.message.setStyleSheet(_STYLES[kind])
        self.message.setText(text)

    def look_up(self) -> None:
        self.look_up_text(self.search.text())

    def look_up_text(self, text: str) -> None:
        self._close_dialogs()
        self.service.lookup(text)
        self.search.selectAll()

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
        if len(answer.cards) == 1:
            self.panel.show_answer(answer)
            self.stack.setCurrentWidget(self.panel)
            card = answer.cards[0]
            if card.status is CardStatus.REPLACED and card.replacedby:
                self.say(f"This card cannot be used: scan the customer's new card {card.replacedby}.", "problem")
            elif card.blocked:
                self.say("This card cannot be used: ask for the customer's other card, or issue a new one (F8).",
                         "problem")
            else:
                self.say(f"Card {card.card}: F3 purchase, F5 top up, F11 redeem, Esc when done.", "ok")
            self.idle.arm()
        else:
            self.matches.show_cards(answer.cards)
            self.stack.setCurrentWidget(self.matches)
            where = "" if answer.fresh else " " + freshness_text(answer, self._locale)
            self.say(f"Several cards match: choose the customer's card.{where}")
            self.idle.arm()
        self._update_actions()

    def _not_found(self, text: str, why: tuple[Notice, ...]) -> None:
        self.not_found.show_for(text, " ".join(words.say(notice) for notice in why))
        self.stack.setCurrentWidget(self.not_found)
        self.say("No customer found: enrol them (F7) or issue a new card (F8).", "problem")
        self.idle.arm()
        self._update_actions()

    def _refused(self, notice: Notice) -> None:
        typed = self.search.text()
        self.service.clear()
        self.search.setText(typed)  # kept, so a mistyped number can be corrected
        self.say(words.say(notice), "problem")
        self.search.setFocus()
        self.search.selectAll()

    def _store_damaged(self, notice: Notice) -> None:
        """The store cannot be used: the counter says so and takes no customer, so nothing seems saved."""
        self.store_unusable = True
        self.service.clear()
        self.search.clear()
        self.search.setEnabled(False)
        self.say(self.tr("The terminal's database is damaged: this till cannot take customers."), "problem")
        # The whole of what to do, where the next customer would be: too long for the message line.
        self.ready.setText(words.say(notice))
        self.ready.setWordWrap(True)
        self.ready.setStyleSheet(_STYLES["problem"] + " font-size: 20px; padding: 40px;")
        self.stack.setCurrentWidget(self.ready)
        self._update_actions()

    def _history(self, history: object) -> None:
        self.panel.show_history(history)  # type: ignore[arg-type]
        self._update_actions()

    def _card_refreshed(self, card: CardAnswer) -> None:
        if self.stack.currentWidget() is self.panel:
            self.panel.show_card(card)
            self._update_actions()

    def _campaign(self, campaign: Campaign) -> None:
        self.campaign = campaign
        self.panel.set_campaign(campaign)

    def _issued(self, card: CardAnswer) -> None:
        self.say(f"New card {card.card} issued: give it to the customer. They can enrol with it later.", "ok")

    def _cleared(self) -> None:
        self._close_dialogs()
        self.panel.clear()
        self.matches.clear()
        self.not_found.clear()
        self.stack.setCurrentWidget(self.ready)
        self.idle.disarm()
        self.say(READY)
        self.search.clear()
        self.search.setFocus()
        self._update_actions()

    def _idle_expired(self) -> None:
        self.service.clear()
        self.say("The customer was cleared from the screen after a while without use. " + READY)

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
            self.open_dialog(PurchaseDialog(self.service, card, self.campaign, self._locale, parent=self))

    def _do_topup(self) -> None:
        card = self._shown_card()
        if card is not None and not card.blocked:
            self.open_dialog(TopUpDialog(self.service, card, self.campaign, self._locale, parent=self))

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
            self.say("Choose the movement to refund with the arrow keys, then press F4 again.")
            return
        self.open_dialog(RefundDialog(self.service, card, line, self.campaign, self._locale, parent=self))

    def _do_codes(self) -> None:
        card = self._shown_card()
        if card is None:
            return
        code = card.fidelycode or card.card
        fmt = self.campaign.cardformat.value if self.campaign is not None else ("EAN13" if len(code) == 13 else "CODE128")
        self.open_dialog(CardCodesDialog(code, fmt, parent=self))

    def _do_redeem(self) -> None:
        card = self._shown_card()
        if card is not None and not card.blocked:
            self.redeem_requested.emit(card)

    def _do_pin(self) -> None:
        card = self._shown_card()
        if card is not None and not card.blocked:
            self.pin_requested.emit(card.card)

    def show_redeemed(self, redeemed: Redeemed) -> None:
        """A PIN-checked redemption's outcome: its slip and the new balance, or why nothing was redeemed."""
        attempt = redeemed.attempt
        if attempt.outcome not in (Outcome.DONE, Outcome.UNKNOWN) or redeemed.card is None:
            return
        self.report.saved(Saved(operation=attempt.operation, card=redeemed.card, line=None, when=redeemed.when))
        if attempt.result is not None:
            self.report.synced(attempt.operation.operationid, attempt.result, self.message.text())
        else:
            self.say(words.say(attempt.notice), "problem")

    def _do_enrol(self) -> None:
        text = self.not_found.text if self.stack.currentWidget() is self.not_found else self.search.text()
        self.enrol_requested.emit(text)

    def _do_issue(self) -> None:
        self._close_dialogs()
        self.service.issue_card()

    def _do_queue(self) -> None:
        self.queue_requested.emit()

    def _do_settings(self) -> None:
        self.settings_requested.emit()

    def _do_clear(self) -> None:
        self.service.clear()

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
