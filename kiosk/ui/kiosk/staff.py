"""Staff at the kiosk: the manager PIN after the hidden gesture, then the staff menu.

The PIN is typed on the kiosk's own keyboard (a kiosk has no other): checked on the store thread with
the counter's lock-out (five wrong PINs lock it for a while). A kiosk with no manager PIN set offers no
way to choose one here, since whoever found the gesture would choose it: it is set from the desktop
with `kiosk settings manager-pin`, and until then the menu stays shut.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from kiosk.app import ConnectionCheck
from kiosk.core.staff import PinCheck
from kiosk.domain.errors import KioskError
from kiosk.domain.manager_pin import MANAGER_PIN_DIGITS
from kiosk.services.context import ServiceContext
from kiosk.services.manager_pin import ManagerPin
from kiosk.services.settings import test_connection
from kiosk.services.sync import SyncService
from kiosk.sync.connectivity import Connectivity, ConnectivityState
from kiosk.ui import words
from kiosk.ui.common.keyboard import KIND_PROPERTY
from kiosk.ui.kiosk.screen import KioskScreen, kiosk_button, kiosk_label

__all__ = ["StaffPinScreen", "StaffScreen"]

log = logging.getLogger("kiosk.ui")


class StaffPinScreen(KioskScreen):
    """"Type the manager PIN": `accepted` once it is right; "Back" returns to customers."""

    accepted = Signal()

    def __init__(self, ctx: ServiceContext, parent: QWidget | None = None) -> None:
        super().__init__(back=True, done=False, parent=parent)
        self._pins = ManagerPin(ctx)
        self._stored = ""
        self._busy = False
        self._until = 0.0
        self.intro = kiosk_label(name="staffIntro")
        self.field = QLineEdit()
        self.field.setObjectName("managerPin")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(MANAGER_PIN_DIGITS[1])
        self.field.setValidator(
            QRegularExpressionValidator(QRegularExpression(rf"\d{{0,{MANAGER_PIN_DIGITS[1]}}}"), self.field)
        )
        self.field.setProperty(KIND_PROPERTY, "digits")
        self.field.returnPressed.connect(self._check)
        self.field.setMaximumWidth(520)
        self.problem = kiosk_label(name="staffProblem", role="problem")
        self.problem.hide()
        self.ok = kiosk_button(name="staffOk", role="primary")
        self.ok.clicked.connect(self._check)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_lock)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.field, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.ok, 0, Qt.AlignmentFlag.AlignHCenter)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff"))
        self.intro.setText(self.tr("Type the manager PIN to open the staff menu."))
        self.field.setAccessibleName(self.tr("Manager PIN"))
        self.ok.setText(self.tr("Open the staff menu"))
        self.ok.setAccessibleName(self.ok.text())
        self.back_button.setText(self.tr("Back to customers"))
        self.back_button.setAccessibleName(self.back_button.text())

    def ask(self) -> None:
        """Read which PIN is in force (the file may have one set since the start), then wait for it."""
        self._busy = True
        self.ok.setEnabled(False)
        self.say("")
        self._pins.in_force(parent=self).success(self._found).failure(self._failed).run()

    def _found(self, stored: str) -> None:
        self._busy = False
        self._stored = stored
        if not stored:
            self.ok.setEnabled(False)
            self.field.setEnabled(False)
            self.say(self.tr(
                "No manager PIN is set on this kiosk, so the staff menu stays shut. Set one from the desktop with:"
                " kiosk settings manager-pin"
            ))
            return
        self.field.setEnabled(True)
        self.ok.setEnabled(True)
        self.field.setFocus()
        self._pins.wait_left(parent=self).success(self._locked_for).failure(self._failed).run()

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def _check(self) -> None:
        if self._busy or not self._stored:
            return
        if math.ceil(self._until - self._pins.lockout.clock()) > 0:
            self._show_lock()
            return
        pin = self.field.text()
        self.field.clear()
        self._busy = True
        self.ok.setEnabled(False)
        self.say(self.tr("Checking…"))
        self._pins.check(pin, self._stored, parent=self).success(self._checked).failure(self._failed).run()

    def _checked(self, check: PinCheck) -> None:
        self._busy = False
        self.ok.setEnabled(True)
        if check.accepted:
            self.say("")
            self.accepted.emit()
            return
        self.say("" if check.refused_locked else self.tr("Wrong manager PIN."))
        self._locked_for(check.wait_left)
        self.field.setFocus()

    def _locked_for(self, seconds: int) -> None:
        self._until = self._pins.lockout.clock() + seconds
        self._show_lock()

    def _show_lock(self) -> None:
        left = max(0, math.ceil(self._until - self._pins.lockout.clock()))
        if not left:
            self._tick.stop()
            self.ok.setEnabled(bool(self._stored) and not self._busy)
            return
        self.ok.setEnabled(False)
        self.say(self.tr("Too many wrong manager PINs: try again in %n seconds.", "", left))
        if not self._tick.isActive():
            self._tick.start()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.ok.setEnabled(bool(self._stored))
        log.error("manager PIN check failed at the kiosk", exc_info=exc)
        self.say(words.say(exc) if isinstance(exc, KioskError) else self.tr(
            "The manager PIN could not be checked; the log has the details."
        ))

    def wipe(self) -> None:
        super().wipe()
        self._tick.stop()
        self._stored = ""
        self.say("")


class StaffScreen(KioskScreen):
    """The staff menu: the queue and the sync, test the connection, settings, restart, exit to the desktop."""

    exit_requested = Signal()
    restart_requested = Signal()
    settings_requested = Signal()

    def __init__(self, ctx: ServiceContext, sync: SyncService, parent: QWidget | None = None) -> None:
        super().__init__(back=True, done=False, parent=parent)
        self._ctx = ctx
        self._sync = sync
        self.state = kiosk_label(name="staffState")
        self.check = kiosk_label(name="staffCheck")
        self.sync_now = kiosk_button(name="syncNow")
        self.sync_now.clicked.connect(self._sync_now)
        self.test = kiosk_button(name="testConnection")
        self.test.clicked.connect(self._test)
        self.settings = kiosk_button(name="staffSettings")
        self.settings.clicked.connect(self.settings_requested)
        self.restart = kiosk_button(name="restart")
        self.restart.clicked.connect(self.restart_requested)
        self.exit = kiosk_button(name="exitKiosk")
        self.exit.clicked.connect(self.exit_requested)
        grid = QGridLayout()
        grid.setSpacing(20)
        for index, button in enumerate((self.sync_now, self.test, self.settings, self.restart, self.exit)):
            grid.addWidget(button, index // 2, index % 2)
        self.body.addWidget(self.state)
        self.body.addWidget(self.check)
        self.body.addLayout(grid)
        self.body.addStretch(1)
        sync.changed.connect(self._show)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Staff menu"))
        for button, text in (
            (self.sync_now, self.tr("Sync now")),
            (self.test, self.tr("Test the connection")),
            (self.settings, self.tr("Settings")),
            (self.restart, self.tr("Restart the kiosk")),
            (self.exit, self.tr("Exit to the desktop")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.back_button.setText(self.tr("Back to customers"))
        self.back_button.setAccessibleName(self.back_button.text())
        self._show(self._sync.current)

    def enter(self) -> None:
        self.check.clear()
        self._show(self._sync.current)

    def _show(self, connectivity: Connectivity) -> None:
        # Nothing heard from the server yet in this run: "Online" would be a guess.
        link = self.tr("Connecting…") if connectivity.unknown else {
            ConnectivityState.ONLINE: self.tr("Online"),
            ConnectivityState.OFFLINE: self.tr("Offline"),
            ConnectivityState.DEGRADED: self.tr("The loyalty server is in trouble"),
        }[connectivity.state]
        waiting = self.tr("%n operation(s) waiting to sync", "", connectivity.pending)
        failed = self.tr("%n refused", "", connectivity.failed)
        self.state.setText(f"{link} · {waiting} · {failed}")

    def _sync_now(self) -> None:
        self._sync.sync_now(parent=self).success(lambda _queue: self._show(self._sync.current)).failure(
            self._sync_failed
        ).run()

    def _sync_failed(self, exc: Exception) -> None:
        if not isinstance(exc, KioskError):
            log.error("sync now failed unexpectedly", exc_info=exc)
        self.check.setText(words.say(exc) if isinstance(exc, KioskError) else self.tr("The sync failed; the log has the details."))

    def _test(self) -> None:
        self.check.setText(self.tr("Testing the connection…"))
        self.test.setEnabled(False)
        test_connection(self._ctx, self._ctx.settings, parent=self).success(self._tested).failure(self._untested).run()

    def _tested(self, check: ConnectionCheck) -> None:
        self.test.setEnabled(True)
        self.check.setText(("✓ " if check.ok else "⚠ ") + words.say(check.notice))

    def _untested(self, exc: Exception) -> None:
        self.test.setEnabled(True)
        log.error("connection test failed unexpectedly", exc_info=exc)
        self.check.setText(self.tr("The test could not run; the log has the details."))

    def wipe(self) -> None:
        self.check.clear()
