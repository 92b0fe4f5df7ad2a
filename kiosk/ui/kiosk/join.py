"""The kiosk's "Join": the counter's enrolment wizard, for a customer alone, in the kiosk's clothes.

The wizard (kiosk/ui/common/enrol_wizard.py, with kiosk=True) lives inside this screen as a widget. Its
fields say which on-screen keyboard they want; nothing of a previous customer's unfinished enrolment is
shown (it goes on only when its own address is typed again). `wipe()` empties every field, code box and
PIN pad, ends what the wizard asked, and drops the wizard; `begin()` makes a fresh one.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk.services.enrolment import EnrolmentService
from kiosk.ui.common.enrol_wizard import EnrolWizard
from kiosk.ui.kiosk.look import fit_in_window
from kiosk.ui.kiosk.screen import KioskScreen

__all__ = ["JoinScreen"]


class JoinScreen(KioskScreen):
    """Join the loyalty programme: address, password, the code sent there, the form, the first PIN, the new card.

    `joined(card)` once the new card exists (its last page shows the card's codes to take away on the
    phone); the bar's "Back" and "Done" are the ways out (the face: attract screen, end of the visit).
    """

    joined = Signal(str)

    def __init__(
        self, enrolment: EnrolmentService, *, language: str, scrambled: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent=parent)
        self._enrolment = enrolment
        self._language = language
        self._scrambled = scrambled
        self.wizard: EnrolWizard | None = None
        self.title.hide()  # each of the wizard's pages says where the customer is, in its own heading
        self.others = QHBoxLayout()  # the wizard's other buttons, on a tall screen
        self.others.setSpacing(24)
        self.layout().insertLayout(self.layout().indexOf(self.bar), self.others)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Join"))

    def set_language(self, language: str) -> None:
        """The language of the next `begin()` (dates in the form are written its way)."""
        self._language = language

    def begin(self) -> None:
        """A fresh wizard on its first page: nothing of anyone before."""
        self._drop_wizard()
        wizard = EnrolWizard(
            self._enrolment, language=self._language, scrambled=self._scrambled, kiosk=True, parent=self
        )
        wizard.setObjectName("joinWizard")
        wizard.layout().setContentsMargins(0, 0, 0, 0)
        wizard.enrolled.connect(self.joined)
        wizard.enrolled.connect(self._joined)
        self._done_is_next(False)
        self.body.addWidget(wizard, 1)
        # The wizard's Next joins the screen's bar, the primary thing to press; its other buttons ("Change the
        # address", "Start again", "Try again") too on a wide screen, in a row of their own above on a tall one.
        self.bar.insertWidget(self.bar.indexOf(self.done_button), wizard.sending)
        self.bar.insertWidget(self.bar.indexOf(self.done_button), wizard.buttons["next"], 1)
        for index in range(self.bar.count()):  # the room goes to the buttons, not to the space between
            if self.bar.itemAt(index).spacerItem() is not None:
                self.bar.setStretch(index, 0)
        self._place_others()
        self.wizard = wizard
        fit_in_window(wizard)  # already in the kiosk's window: dressed as the rest
        wizard.show()

    def _joined(self, _card: str) -> None:
        """The last page: the card's codes; the keyboard goes (the focus leaves the fields), "Done" is next."""
        self._done_is_next(True)
        self.done_button.setFocus()

    def _done_is_next(self, last: bool) -> None:
        """On the last page "Done" is the one thing left to press; before it, the wizard's Next is."""
        self.done_button.setProperty("role", "primary" if last else "big")
        self.done_button.style().unpolish(self.done_button)
        self.done_button.style().polish(self.done_button)

    def _others(self) -> list[QWidget]:
        wizard = self.wizard
        return [] if wizard is None else [wizard.buttons[name] for name in ("back", "restart", "retry")]

    def _place_others(self) -> None:
        tall = self.height() > self.width()
        for button in self._others():
            self.bar.removeWidget(button)
            self.others.removeWidget(button)
        if tall:
            for button in self._others():
                self.others.addWidget(button)
        else:
            at = self.bar.indexOf(self.back_button) + 1
            for button in self._others():
                self.bar.insertWidget(at, button)
                at += 1

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        was_tall = event.oldSize().height() > event.oldSize().width()
        if event.oldSize().isEmpty() or was_tall != (event.size().height() > event.size().width()):
            self._place_others()

    def enter(self) -> None:
        if self.wizard is None:
            self.begin()

    def first_focus(self) -> QWidget | None:
        if self.wizard is None:
            return super().first_focus()
        return self.wizard.start_page.lookup

    def wipe(self) -> None:
        self._drop_wizard()
        super().wipe()

    def _drop_wizard(self) -> None:
        wizard, self.wizard = self.wizard, None
        if wizard is None:
            return
        wizard.wipe()
        for button in (*wizard.buttons.values(), wizard.sending):
            self.bar.removeWidget(button)
            self.others.removeWidget(button)
            button.hide()
            button.setParent(wizard)  # gone with the wizard
        wizard.hide()
        self.body.removeWidget(wizard)
        wizard.setParent(None)
        wizard.deleteLater()
