"""The manager PIN prompt that guards staff actions (discarding an operation, the settings)."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QRegularExpression, Qt, QTimer
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.core.staff import ManagerPinLockout, PinCheck
from kiosk.domain.errors import KioskError
from kiosk.domain.manager_pin import MANAGER_PIN_DIGITS, valid_manager_pin
from kiosk.services.context import ServiceContext
from kiosk.services.manager_pin import ManagerPin, saved_manager_pin_hash
from kiosk.services.operation import Op
from kiosk.ui import words
from kiosk.ui.palette import Tone, set_tone

__all__ = ["ManagerPinDialog", "ask_manager_pin", "saved_manager_pin_hash", "lockout_of"]


log = logging.getLogger("kiosk.ui")

T = TypeVar("T")


def lockout_of(ctx: ServiceContext) -> ManagerPinLockout:
    """The app's lock-out: kept in the terminal's store, used on the store runner's thread."""
    return ManagerPin(ctx).lockout


def _pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MANAGER_PIN_DIGITS[1])
    field.setValidator(QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{MANAGER_PIN_DIGITS[1]}}}"), field))
    field.setMinimumWidth(180)
    return field


class ManagerPinDialog(QDialog):
    """Asks for the manager PIN; with none set yet, lets the person choose one (typed twice) and saves its hash.

    The check (about 150 ms of scrypt), the lock-out (in the store) and the
    saving of a chosen PIN's hash (scrypt, then an fsync) run as operations on
    the store thread, so the screen never freezes.
    """

    def __init__(
        self,
        ctx: ServiceContext,
        stored_hash: str | None,
        *,
        lockout: ManagerPinLockout | None = None,
        reason: str = "",
        parent: QWidget | None = None,
    ) -> None:
        """`stored_hash`: None to read the one in force on the store thread (the settings file may have one
        chosen since the app started). `lockout`: the app's (`lockout_of(ctx)`) unless given;
        `reason` finishes "Type the manager PIN …"."""
        super().__init__(parent)
        self._pins = ManagerPin(ctx, lockout)
        self._stored = stored_hash or ""
        self._lockout = self._pins.lockout
        self._busy = False
        self._accept_asked = False  # Enter pressed before the hash in force was known
        self._until = 0.0  # on the lock-out's clock: when the lock shown runs out
        self._reason = reason
        self.choosing = stored_hash == ""
        self.setWindowTitle(self.tr("Manager PIN"))

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.pin = _pin_field()
        self.again = _pin_field()
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        set_tone(self.problem, Tone.PROBLEM)
        self.problem.hide()

        self._form = QFormLayout()
        self.pin_label = QLabel()
        self._form.addRow(self.pin_label, self.pin)
        self._form.addRow(self.tr("Type it again:"), self.again)

        self.ok = QPushButton(self.tr("OK (Enter)"))
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        self.cancel = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel.setAutoDefault(False)
        self.cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok)
        buttons.addWidget(self.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self._form)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)
        # The dialog follows its contents: the wrapped intro and a message appearing never get clipped.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)
        self.intro.setFixedWidth(420)
        self.problem.setFixedWidth(420)

        # While locked out, the message counts down and OK stays off until it runs out.
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.show_lockout)
        self._show_mode()
        if stored_hash is None:
            # Which PIN is in force is in a file: read on the store thread, never the GUI's.
            self._busy = True
            self.ok.setEnabled(False)
            self._run(self._pins.in_force(parent=self), self._found)
        elif not self.choosing:
            self._run(self._pins.wait_left(parent=self), self._locked_for)
        self.pin.setFocus()

    def _show_mode(self) -> None:
        """The words and fields for checking a PIN, or for choosing the first one."""
        low, high = MANAGER_PIN_DIGITS
        if self.choosing:
            self.intro.setText(self.tr(
                "No manager PIN is set yet. Choose one now: {low} to {high} digits, typed twice. "
                "Staff will need it to discard operations and change settings."
            ).format(low=low, high=high))
            self.pin_label.setText(self.tr("New manager PIN:"))
        else:
            self.intro.setText(
                self.tr("Type the manager PIN {reason}.").format(reason=self._reason)
                if self._reason else self.tr("This needs the manager: type the manager PIN.")
            )
            self.pin_label.setText(self.tr("Manager PIN:"))
        self._form.setRowVisible(self.again, self.choosing)

    def _found(self, stored: str) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        self._stored = stored
        self.choosing = not stored
        self._show_mode()
        if self.choosing:
            self._accept_asked = False  # a PIN typed before now was meant as the first of two
        else:
            self._run(self._pins.wait_left(parent=self), self._locked_for)
        if self._accept_asked:
            self._accept_asked = False
            self.accept()

    def _run(self, op: Op[T], done: Callable[[T], None]) -> None:
        # Closed before the answer: it goes nowhere.
        op.success(done).failure(self._failed).run()

    def _locked_for(self, seconds: int) -> None:
        self._until = self._lockout.clock() + seconds
        self.show_lockout()

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def show_lockout(self) -> None:
        left = max(0, math.ceil(self._until - self._lockout.clock()))
        if self.choosing or not left:
            if self._tick.isActive():
                self._tick.stop()
                self.say("")
            self.ok.setEnabled(True)
            return
        self.ok.setEnabled(False)
        self.say(self.tr("Too many wrong manager PINs: try again in %n seconds.", "", left))
        if not self._tick.isActive():
            self._tick.start()

    def accept(self) -> None:
        if self._busy and not self.choosing and not self._stored:
            self._accept_asked = True  # still reading which PIN is in force: checked as soon as it is known
            return
        if self.choosing:
            self._choose()
        else:
            self._check()

    def _check(self) -> None:
        if self._busy:
            return
        if math.ceil(self._until - self._lockout.clock()) > 0:
            self.show_lockout()
            return
        pin, stored = self.pin.text(), self._stored
        self.pin.clear()
        self._busy = True
        self.ok.setEnabled(False)
        self.say(self.tr("Checking…"))
        self._run(self._pins.check(pin, stored, parent=self), self._checked)

    def _checked(self, check: PinCheck) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        if check.accepted:
            self.say("")
            super().accept()
            return
        self.pin.setFocus()
        self.say("" if check.refused_locked else self.tr("Wrong manager PIN."))
        self._locked_for(check.wait_left)

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        if isinstance(exc, KioskError):
            self.say(words.say(exc))  # the store's or the settings file's trouble (a damaged or locked file)
        elif self.choosing:
            log.error("manager PIN not saved: unexpected failure", exc_info=exc)
            self.say(self.tr("The manager PIN could not be saved; the log has the details."))
        else:
            log.error("manager PIN check failed unexpectedly", exc_info=exc)
            self.say(self.tr("The manager PIN could not be checked; the log has the details."))

    def _choose(self) -> None:
        if self._busy:
            return
        pin = self.pin.text()
        try:
            valid_manager_pin(pin)
            if not self.again.text():
                # Enter after the first field moves on to the second, like Tab.
                self.again.setFocus()
                self.say("")
                return
            if self.again.text() != pin:
                self.again.clear()
                self.again.setFocus()
                self.say(self.tr("The two PINs are not the same: type it again in the second field."))
                return
        except KioskError as exc:
            self.say(words.say(exc))
            return
        self._busy = True
        self.ok.setEnabled(False)
        self.say(self.tr("Saving…"))
        self._run(self._pins.choose(pin, parent=self), self._chosen)

    def _chosen(self, _saved: object) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        self.say("")
        super().accept()

    def done(self, result: int) -> None:
        # Typed PINs leave the widgets whichever way the dialog closes.
        self.pin.clear()
        self.again.clear()
        self._tick.stop()
        super().done(result)


def ask_manager_pin(
    parent: QWidget | None,
    ctx: ServiceContext,
    *,
    reason: str = "",
) -> bool:
    """True once the manager PIN was typed right (or a first one was chosen and saved); blocks in a modal loop.

    `reason`: what the PIN is for, translated, ending "Type the manager PIN {reason}." ("to change the settings").
    Reading the settings file, the check, its lock-out (kept in the store) and the saving of a first PIN
    run on the store thread.
    """
    # A PIN chosen since the app started is in the file, not in the caller's settings:
    # without this second look (by the dialog, off the GUI thread), anyone could "choose a first PIN" again.
    dialog = ManagerPinDialog(ctx, ctx.settings.manager_pin_hash or None, reason=reason, parent=parent)
    # Deleted as exec() returns (its parent may go first, e.g. a queue window closing meanwhile).
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog.exec() == QDialog.DialogCode.Accepted
