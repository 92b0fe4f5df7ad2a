"""The enrolment wizard: renders the onboarding machine's states page by page and feeds it the customer's answers."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from kiosk.domain import onboarding as ob
from kiosk.services.enrolment import EnrolmentService, Stepping
from kiosk.services.operation import Scope
from kiosk.ui.actions import key_action, key_button
from kiosk.ui.common.enrol_card_pin import CardPinPage
from kiosk.ui.common.enrol_pages import (
    CodePage,
    CredentialsPage,
    DataPage,
    DonePage,
    LoginPage,
    Page,
    PinPage,
    ResumePage,
    SignInPage,
    StartPage,
)
from kiosk.ui import words
from kiosk.ui.locale_text import locale_for
from kiosk.ui.palette import PROBLEM_TEXT

__all__ = ["EnrolWizard"]

_TOUCH = 56
_HABIT_ENTER_SECONDS = 1.5


class EnrolWizard(QDialog):
    """One page per step; Enter goes on, Esc closes (what was typed is kept, passwords and codes excepted).

    Opened with the text the counter looked up. When this terminal kept an
    unfinished enrolment, the first page offers to go on with it or start
    again. `show_customer(text)` follows Enter on the last page: the new card
    (or the registered customer's address) for the counter to look up.
    """

    show_customer = Signal(str)
    reset_pin = Signal(str)  # the card whose locked PIN staff want to reset (the wizard has closed)

    def __init__(
        self,
        service: EnrolmentService,
        text: str = "",
        *,
        language: str = "en",
        scrambled: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.state = service.state
        self._saved: ob.State | None = None
        self._closed = False
        # What this enrolment's steps answer to: ended by a new enrolment, and when the window closes.
        self._scope = Scope(self)
        self.setWindowTitle(self.tr("Enrol a customer"))
        self.resize(820, 720)

        self.resume_page = ResumePage()
        self.start_page = StartPage()
        self.start_page.lookup.setText(text.strip())
        self.credentials = CredentialsPage()
        self.card_pin = CardPinPage(scrambled=scrambled)
        self.code = CodePage(service.now)
        self.sign_in = SignInPage()
        self.data = DataPage(locale_for(language))
        self.pin = PinPage()
        self.done_page = DonePage()
        self.login = LoginPage()
        self.pages: dict[ob.Step, Page] = {
            ob.Step.START: self.start_page,
            ob.Step.CREDENTIALS: self.credentials,
            ob.Step.CARD_PIN: self.card_pin,
            ob.Step.CODE: self.code,
            ob.Step.SIGN_IN: self.sign_in,
            ob.Step.DATA: self.data,
            ob.Step.PIN: self.pin,
            ob.Step.DONE: self.done_page,
            ob.Step.LOGIN: self.login,
        }
        self.stack = QStackedWidget()
        for page in (self.resume_page, *self.pages.values()):
            self.stack.addWidget(page)

        self.message = QLabel()
        self.message.setObjectName("enrol_message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        font = self.message.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.message.setFont(font)
        self.sending = QLabel()
        self.sending.setObjectName("sending")
        self.sending.setFont(font)
        self.sending.hide()

        # name: (button text with its key, shortcuts, what it does)
        buttons: dict[str, tuple[str, tuple[str, ...], Callable[[], None]]] = {
            "back": (self.tr("Change the address (Alt+B)"), ("Alt+B",), self._do_back),
            "restart": (self.tr("Start again (Alt+N)"), ("Alt+N",), self._do_restart),
            "retry": (self.tr("Try again (Alt+T)"), ("Alt+T",), self._do_retry),
            "close": (self.tr("Close (Esc)"), ("Esc",), self._do_close),
            "next": (self.tr("Next (Enter)"), ("Return", "Enter"), self._do_next),
        }
        self.actions_by_name = {
            name: key_action(self, name, text, keys, slot) for name, (text, keys, slot) in buttons.items()
        }
        self.buttons = {name: key_button(action, height=_TOUCH) for name, action in self.actions_by_name.items()}
        self.resend_action = key_action(self, "resend", self.code.resend.text(), ("Alt+R",), self._do_resend)
        self.code.resend.clicked.connect(self._do_resend)
        self._build()

        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self.code.tick)
        self._keep_draft = QTimer(self)
        self._keep_draft.setSingleShot(True)
        self._keep_draft.setInterval(800)
        self._keep_draft.timeout.connect(self._keep_typed)
        self.data.changed.connect(self._keep_draft.start)
        self.credentials.address.textEdited.connect(self._keep_draft.start)
        self.code.boxes.complete.connect(self._code_complete)
        self.card_pin.complete.connect(self._code_complete)
        self.card_pin.reset_requested.connect(self._reset_pin)
        # The sixth digit sends the code by itself (the last digit of the card's PIN, that PIN); an Enter
        # pressed out of habit right after it must not act on the next page. Any other key, or a moment, ends that.
        self._habit_enter_until = 0.0
        self._habit_step: ob.Step | None = None
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

        self._on_page(self.start_page)
        self._set_busy(True, self.tr("Looking for an unfinished enrolment…"))
        service.resume(parent=self).success(self._offer).run()

    def _build(self) -> None:
        row = QHBoxLayout()
        for name in ("back", "restart", "retry"):
            row.addWidget(self.buttons[name])
        row.addStretch(1)
        row.addWidget(self.sending)
        row.addWidget(self.buttons["close"])
        row.addWidget(self.buttons["next"])
        for name, button in self.buttons.items():
            font = button.font()
            font.setBold(name == "next")
            font.setPointSizeF(font.pointSizeF() * 1.25)
            button.setFont(font)
            button.setMinimumWidth(120)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.stack, 1)
        layout.addLayout(row)

    # -- showing the machine's state ---------------------------------------------------

    def _offer(self, saved: ob.State | None) -> None:
        if saved is None or saved.step is ob.Step.START:
            self._begin(None)
            return
        self._saved = saved
        self.resume_page.show_saved(saved)
        self._on_page(self.resume_page)
        self.message.clear()
        self.message.hide()
        self._set_busy(False)
        self._buttons_for(None, busy=False)
        self.buttons["next"].setText(self.resume_page.next_text)

    def _begin(self, saved: ob.State | None) -> None:
        """A new enrolment, or `saved` gone on with: the steps still on their way for the one before say nothing more."""
        self._scope.end()
        self._scope = Scope(self)
        self._step(self.service.start(saved, parent=self._scope))

    def _step(self, step: Stepping) -> None:
        step.state(self._show).run()

    def _send(self, event: ob.Event) -> None:
        self._step(self.service.advance(event, parent=self._scope))

    def _show(self, state: ob.State) -> None:
        self.state = state
        page = self.pages[state.step]
        busy = state.busy is not None
        entering = self.stack.currentWidget() is not page
        was_busy = self.sending.isVisible()
        self._on_page(page)
        self.message.setText(words.say(state.message))
        # Said once: a message that is a field's own shows next to that field only.
        self.message.setVisible(bool(state.message) and state.message not in state.errors.values())
        self.message.setStyleSheet(PROBLEM_TEXT if state.problem is not None else "")
        self.buttons["next"].setText(page.next_text)
        self._buttons_for(state, busy=busy)
        # Inputs given back before the page shows its state: it may put the keyboard on a field in error.
        self._set_busy(busy)
        page.show_state(state, self.service.rules)
        if state.step is ob.Step.DONE:
            self.done_page.show_card(state, self._card_format(state))
        if state.step is ob.Step.CODE:
            self._tick.start()
        else:
            self._tick.stop()
        if not busy and (entering or was_busy or state.message or state.errors):
            page.focus_first()

    def _on_page(self, page: Page) -> None:
        """Show `page`, with the machine's message right under its heading, where the eyes are."""
        if self.message.parentWidget() is not page:
            before = self.message.parentWidget()
            if isinstance(before, Page):
                before.body.removeWidget(self.message)
            page.body.insertWidget(1, self.message)
        self.stack.setCurrentWidget(page)

    def _buttons_for(self, state: ob.State | None, *, busy: bool) -> None:
        step = state.step if state is not None else None
        shown = {
            "back": step in (ob.Step.CODE, ob.Step.CARD_PIN),
            "restart": step not in (ob.Step.START, ob.Step.DONE),
            "retry": state is not None and state.retry is not None,
            # Where Enter closes already, a second close button would only make the customer hesitate.
            "close": step not in (ob.Step.DONE, ob.Step.LOGIN),
        }
        for name, visible in shown.items():
            self.buttons[name].setVisible(visible)
            self.actions_by_name[name].setEnabled(name == "close" or (visible and (not busy or name == "restart")))
        self.actions_by_name["next"].setEnabled(not busy)
        self.resend_action.setEnabled(step is ob.Step.CODE and not busy)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.sending.setText(text or self.tr("Sending…"))
        self.sending.setVisible(busy)
        page = self.stack.currentWidget()
        if page is not None:
            page.setEnabled(not busy)
        self.actions_by_name["next"].setEnabled(not busy)

    def _card_format(self, state: ob.State) -> str:
        campaign = self.service.campaign
        if campaign is not None:
            return campaign.cardformat.value
        code = state.fidelycode or state.card or ""
        return "EAN13" if len(code) == 13 and code.isdigit() else "CODE128"

    # -- what the keys and buttons do ---------------------------------------------------

    def _keep_typed(self) -> None:
        """What the customer typed and has not sent yet (never a password): saved, so a closed window loses none."""
        if self.state.busy is not None:
            return
        if self.state.step is ob.Step.DATA:
            keeping = self.service.keep(self.data.values(), parent=self._scope)
        elif self.state.step is ob.Step.CREDENTIALS:
            keeping = self.service.keep_address(self.credentials.address.text(), parent=self._scope)
        else:
            return
        keeping.state(self._kept).run()

    def _kept(self, state: ob.State) -> None:
        """The state with what was typed in it: nothing to show again (the fields have it already)."""
        self.state = state

    def _code_complete(self, _code: str = "") -> None:
        self._habit_enter_until = time.monotonic() + _HABIT_ENTER_SECONDS
        self._habit_step = self.state.step
        self._do_next()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            self._habit_enter_until
            and event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QWidget)
            and watched.window() is self
            and isinstance(event, QKeyEvent)
            and event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.text()
        ):
            self._habit_enter_until = 0.0
        return False

    def _do_next(self) -> None:
        if not self.actions_by_name["next"].isEnabled():
            return
        if self.state.step is not self._habit_step and time.monotonic() < self._habit_enter_until:
            self._habit_enter_until = 0.0  # that one Enter only
            return
        if self.stack.currentWidget() is self.resume_page:
            self._begin(self._saved)
            return
        send, step = self._send, self.state.step
        if step is ob.Step.START:
            self._step(self.service.identify(self.start_page.lookup.text(), parent=self._scope))
        elif step is ob.Step.CREDENTIALS:
            send(self.credentials.answer())
        elif step is ob.Step.CARD_PIN:
            send(self.card_pin.answer())
        elif step is ob.Step.CODE:
            send(ob.EnterCode(self.code.boxes.code(), now=self.service.now()))
        elif step is ob.Step.SIGN_IN:
            send(ob.Password(self.sign_in.password.text()))
        elif step is ob.Step.DATA:
            self._keep_draft.stop()
            send(ob.Submit(self.data.values()))
        elif step is ob.Step.PIN:
            send(self.pin.answer())
        else:
            self.accept()

    def _do_back(self) -> None:
        self._send(ob.Back())

    def _do_restart(self) -> None:
        if self.stack.currentWidget() is self.resume_page:
            self._saved = None
        self.credentials.clear_secrets()
        self._begin(None)

    def _reset_pin(self) -> None:
        """The card's PIN is locked: close, and let the counter open its PIN reset for this card."""
        card = self.state.card or ""
        self.reject()
        if card:
            self.reset_pin.emit(card)

    def _do_retry(self) -> None:
        self._send(ob.Retry())

    def _do_resend(self) -> None:
        if self.code.resend.isEnabled() and self.state.step is ob.Step.CODE:
            self._send(ob.Resend(now=self.service.now()))

    def _do_close(self) -> None:
        self.reject()

    def done(self, result: int) -> None:
        """Close: the form's answers are kept for later, every password, code and PIN field is emptied."""
        if self._closed:
            super().done(result)
            return
        self._closed = True
        state = self.state
        self._keep_typed()
        self._keep_draft.stop()
        self._tick.stop()
        for page in self.pages.values():
            page.clear_secrets()
        super().done(result)
        if result != QDialog.DialogCode.Accepted:
            return  # closed by Esc, or with the counter: nobody asked to see the customer
        if state.step is ob.Step.DONE and (state.fidelycode or state.card):
            self.show_customer.emit(state.card or state.fidelycode or "")
        elif state.step is ob.Step.LOGIN and state.lookup is not None:
            self.show_customer.emit(state.lookup.value)
