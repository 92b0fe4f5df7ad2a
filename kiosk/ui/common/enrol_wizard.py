"""The enrolment wizard: renders the onboarding machine's states page by page and feeds it the customer's answers."""

from __future__ import annotations

import time
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication, QDialog, QFrame, QHBoxLayout, QLabel, QLineEdit, QScrollArea, QScroller, QSizePolicy,
    QStackedWidget, QVBoxLayout, QWidget,
)

from kiosk.domain import onboarding as ob
from kiosk.domain.errors import KioskError
from kiosk.domain.identifiers import LookupKind, parse_lookup
from kiosk.services.enrolment import EnrolmentService, Stepping
from kiosk.services.operation import Scope
from kiosk.ui.actions import key_action, key_button
from kiosk.ui.common.enrol_card_pin import CardPinPage
from kiosk.ui.common.keyboard import KIND_PROPERTY
from kiosk.ui.common.pin_pad import PinPad
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
from kiosk.ui.palette import Tone, set_tone

__all__ = ["EnrolWizard"]

_TOUCH = 56
_HABIT_ENTER_SECONDS = 1.5
_NO_LIMIT = 16_777_215  # QWIDGETSIZE_MAX


class EnrolWizard(QDialog):
    """One page per step; Enter goes on, Esc closes (what was typed is kept, passwords and codes excepted).

    Opened with the text the counter looked up. When this terminal kept an
    unfinished enrolment, the first page offers to go on with it or start
    again. `show_customer(text)` follows Enter on the last page: the new card
    (or the registered customer's address) for the counter to look up.

    `kiosk=True`: a widget inside the kiosk's screen, for a customer alone. No page offers an unfinished
    enrolment: it goes on only when its address is typed again, on the first page or (begun with a card)
    on the credentials page; the next person never sees it. No staff path (the locked card PIN's reset), no
    key named on a button, no shortcut but Enter for Next; Esc does nothing. `wipe()` forgets the customer.
    """

    show_customer = Signal(str)
    reset_pin = Signal(str)  # the card whose locked PIN staff want to reset (the wizard has closed)
    enrolled = Signal(str)  # the new card (its code to show), once the enrolment reaches its last page

    def __init__(
        self,
        service: EnrolmentService,
        text: str = "",
        *,
        language: str = "en",
        scrambled: bool = False,
        kiosk: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kiosk = kiosk
        if kiosk:
            self.setWindowFlags(Qt.WindowType.Widget)
        self.service = service
        # The kiosk's wizard shows nothing of whoever came before: its machine starts blank (see below).
        self.state = ob.State() if kiosk else service.state
        self._saved: ob.State | None = None
        self._told_card = ""
        self._kiosk_next: dict[ob.Step, str] = {}  # the Next button's words at the kiosk, by step
        self._next_offered = True
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
        if service.printing.configured:
            self.done_page.set_printing(
                service.printing, customer=kiosk,
                shop=lambda: self.service.campaign.name if self.service.campaign is not None else "",
            )
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
        if kiosk:  # the words alone; Enter reaches Next through keyPressEvent, the rest are touched
            buttons = {
                "back": (self.tr("Change the address"), (), self._do_back),
                "restart": (self.tr("Start again"), (), self._do_restart),
                "retry": (self.tr("Try again"), (), self._do_retry),
                "close": (self.tr("Close"), (), self._do_close),
                "next": (self.tr("Next"), (), self._do_next),
            }
        self.actions_by_name = {
            name: key_action(self, name, text, keys, slot) for name, (text, keys, slot) in buttons.items()
        }
        self.buttons = {name: key_button(action, height=_TOUCH) for name, action in self.actions_by_name.items()}
        resend_keys = () if kiosk else ("Alt+R",)
        self.resend_action = key_action(self, "resend", self.code.resend.text(), resend_keys, self._do_resend)
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
        if kiosk:
            self._dress_for_kiosk()
            # A blank enrolment in memory; the one saved here stays saved, for its own address only.
            self._scope.end()
            self._scope = Scope(self)
            self._step(self.service.start(None, parent=self._scope, kept=False))
            return
        self._set_busy(True, self.tr("Looking for an unfinished enrolment…"))
        service.resume(parent=self).success(self._offer).run()

    def _dress_for_kiosk(self) -> None:
        """The kiosk's words and fields: for the customer alone, no keys named, the on-screen keyboard's kinds."""
        self.start_page.for_customer()
        self.login.for_customer()
        self.card_pin.staff_reset = False
        self.card_pin.reset.setShortcut(QKeySequence())
        self.code.keys_shown = False
        self.code.tick()
        self.buttons["next"].setProperty("role", "primary")
        self._kiosk_next = {
            ob.Step.START: self.tr("Next"),
            ob.Step.CREDENTIALS: self.tr("Send me a code"),
            ob.Step.CARD_PIN: self.tr("Send me the code"),
            ob.Step.CODE: self.tr("Check the code"),
            ob.Step.SIGN_IN: self.tr("Go on"),
            ob.Step.DATA: self.tr("Save"),
            ob.Step.PIN: self.tr("Save the PIN"),
        }
        kinds = {
            self.start_page.lookup: "email", self.credentials.address: "email",
            self.credentials.password: "text", self.credentials.again: "text", self.sign_in.password: "text",
            self.pin.pin: "digits", self.pin.again: "digits",
        }
        for box in self.code.boxes.boxes:
            kinds[box] = "digits"
            box.setFixedSize(84, 100)  # a digit at the kiosk's size, with the field's border round it
        for field, kind in kinds.items():
            field.setProperty(KIND_PROPERTY, kind)

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
            if not self.kiosk:  # the kiosk's buttons are big already, and as wide as their words
                font.setPointSizeF(font.pointSizeF() * 1.25)
                button.setMinimumWidth(120)
            button.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        if self.kiosk:
            # The kiosk's keyboard takes half a landscape screen: the page scrolls, and follows the focus.
            self.scroll = QScrollArea()
            self.scroll.setObjectName("pageScroll")
            self.scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.scroll.setWidgetResizable(True)
            self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.scroll.setWidget(self.stack)
            self.scroll.viewport().setAutoFillBackground(False)  # the kiosk window's own background shows
            self.stack.setAutoFillBackground(False)
            QScroller.grabGesture(self.scroll.viewport(), QScroller.ScrollerGestureType.TouchGesture)
            app = QApplication.instance()
            assert isinstance(app, QApplication)
            app.focusChanged.connect(self._follow_focus)
            layout.addWidget(self.scroll, 1)
        else:
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
        set_tone(self.message, Tone.PROBLEM if state.problem is not None else Tone.PLAIN)  # either face's clothes colour it
        self.buttons["next"].setText(self._kiosk_next.get(state.step, "") if self.kiosk else page.next_text)
        self._buttons_for(state, busy=busy)
        # Inputs given back before the page shows its state: it may put the keyboard on a field in error.
        self._set_busy(busy)
        page.show_state(state, self.service.rules)
        if self.kiosk:
            for area in page.findChildren(QScrollArea):  # the form's own: the kiosk window's background behind
                area.viewport().setAutoFillBackground(False)
                if area.widget() is not None:
                    area.widget().setAutoFillBackground(False)
        if state.step is ob.Step.DONE:
            self.done_page.show_card(state, self._card_format(state))
            card = state.card or state.fidelycode or ""
            if card and card != self._told_card:
                self._told_card = card
                self.enrolled.emit(card)
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
        if self.kiosk and self.stack.currentWidget() is not page:
            # The scroll is as tall as this page alone (not the tallest of them), and starts at its top.
            for other in (self.stack.widget(i) for i in range(self.stack.count())):
                ignored = QSizePolicy.Policy.Ignored if other is not page else QSizePolicy.Policy.Preferred
                other.setSizePolicy(ignored, ignored)
            self.stack.setCurrentWidget(page)
            self._fit_done()
            self.stack.updateGeometry()
            self.scroll.verticalScrollBar().setValue(0)
            return
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
        if self.kiosk:
            shown["close"] = False  # the screen's Back and Done are the ways out
            self._next_offered = step not in (ob.Step.DONE, ob.Step.LOGIN)
            self.buttons["next"].setVisible(self._next_offered)
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
        if self.kiosk and event.type() == QEvent.Type.Resize and watched is self.scroll.viewport():
            self._fit_done()  # the keyboard came or went
        if (
            self._habit_enter_until
            and event.type() == QEvent.Type.KeyPress
            and isinstance(watched, QWidget)
            and (watched is self or self.isAncestorOf(watched))
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
        if step is ob.Step.START and self.kiosk:
            self._identify_or_go_on(self.start_page.lookup.text())
        elif step is ob.Step.START:
            self._step(self.service.identify(self.start_page.lookup.text(), parent=self._scope))
        elif step is ob.Step.CREDENTIALS and self.kiosk and self._same_address_saved():
            saved, self._saved = self._saved, None
            self.credentials.clear_secrets()
            self._begin(saved)
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

    # -- the kiosk: an unfinished enrolment goes on for its own address only ------------------------

    def _identify_or_go_on(self, text: str) -> None:
        """The first page's Next at the kiosk: the enrolment saved here if `text` is its address, else a new one.

        What was saved is read here and kept in memory only to compare; nothing of it reaches a widget
        unless the same address (or card) was typed.
        """
        if self.state.busy is not None or self.sending.isVisible():
            return
        self._set_busy(True, self.tr("One moment…"))
        scope = self._scope

        def loaded(saved: ob.State | None) -> None:
            if scope.ended:
                return
            self._set_busy(False)
            self._saved = saved if saved is not None and saved.step is not ob.Step.START else None
            typed = self._read(text)
            if self._saved is not None and typed and typed in self._names(self._saved):
                saved, self._saved = self._saved, None
                self._begin(saved)
            else:
                self._step(self.service.identify(text, parent=self._scope))

        self.service.resume(parent=scope).success(loaded).run()

    def _read(self, text: str) -> str:
        """`text` as the service reads an address or a card ("" if it is neither)."""
        try:
            return parse_lookup(text, default_region=self.service.rules.phone_region).value
        except KioskError:
            return ""

    def _names(self, saved: ob.State) -> set[str]:
        """What the saved enrolment answers to: its address (looked up, sent, or typed and not sent yet).

        Never its card alone: a card's number is printed on it, and would show the address typed for it.
        An enrolment begun with a card goes on when its address is typed on the credentials page.
        """
        lookup = saved.lookup
        names = {lookup.value} if lookup is not None and lookup.kind is not LookupKind.CARD else set()
        if saved.address is not None:
            names.add(saved.address.value)
        if saved.draft_address:
            names.add(self._read(saved.draft_address))
        return names - {""}

    def _same_address_saved(self) -> bool:
        """On the credentials page: the address typed is the one of the enrolment saved here, which went further."""
        saved = self._saved
        if saved is None or saved.step is ob.Step.CREDENTIALS:
            return False  # it went no further than this page: this one goes on as well
        typed = self._read(self.credentials.address.text())
        same_card = saved.lookup == self.state.lookup
        return bool(typed) and same_card and saved.address is not None and typed == saved.address.value

    def _fit_done(self) -> None:
        """The new card's codes (nothing to type there, no keyboard) are seen whole: no taller than the view."""
        if self.stack.currentWidget() is self.done_page:
            self.stack.setMaximumHeight(max(self.scroll.viewport().height(), 200))
        else:
            self.stack.setMaximumHeight(_NO_LIMIT)

    def _follow_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        """The field the customer types into stays in sight above the keyboard."""
        if new is not None and self.stack.isAncestorOf(new):
            QTimer.singleShot(0, lambda: self._show_field(new))

    def _show_field(self, field: QWidget) -> None:
        if shiboken6.isValid(self) and shiboken6.isValid(field) and field.isVisible():
            self.scroll.ensureWidgetVisible(field, 20, 40)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not self.kiosk:
            super().keyPressEvent(event)
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            if self._next_offered:  # (its button may sit in the kiosk screen's bar, shown a moment later)
                self._do_next()
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # the kiosk has no Esc: the screen's Back and Done are the ways out
            return
        super().keyPressEvent(event)

    def wipe(self) -> None:
        """The kiosk's customer has gone: every field, code box and PIN pad emptied, the answers on their way dropped.

        What was typed in the form stays only in the enrolment saved on this terminal, for its own address.
        """
        if self.state.busy is None:
            self._keep_typed()
        self._keep_draft.stop()
        self._tick.stop()
        self._habit_enter_until = 0.0
        self._saved = None
        self._told_card = ""
        self._scope.end()
        self._scope = Scope(self)
        for page in self.pages.values():
            page.clear_secrets()
        self.data.clear_form()
        self.done_page.clear_card()
        for widget in self.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                widget.clear()
            elif isinstance(widget, PinPad):
                widget.wipe()
        for label in (self.message, self.code.sent_to, self.sign_in.who, self.resume_page.about):
            label.clear()
        self.state = ob.State()
        # The machine's memory forgets them too (its password, its address); the saved one stays on disk.
        self._step(self.service.start(None, parent=self._scope, kept=False))

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
