"""What every kiosk screen has: a title, one thing to do, a big "Back" and "Done", and a way to forget."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton, QComboBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton, QTextEdit,
    QVBoxLayout, QWidget,
)

from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.common.pin_pad import PinPad

__all__ = ["KioskScreen", "kiosk_button", "kiosk_label", "wipe_widgets", "CUSTOMER_DATA", "mark_checked", "ON_MARK", "KioskButton", "PROBLEM_SIGN"]

#: Before the words of a problem: a sign as well as the colour, never the colour alone.
PROBLEM_SIGN = "⚠"
#: A label with this property set to True shows the customer's data: a wipe empties it.
CUSTOMER_DATA = "customerData"


def kiosk_button(text: str = "", *, name: str = "", role: str = "", accessible: str = "") -> QPushButton:
    """A big button: `role` "primary" for the one thing to do, "big" for the way back."""
    button = KioskButton(text)
    if name:
        button.setObjectName(name)
    if role:
        button.setProperty("role", role)
    if accessible:
        button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    # An assistive keypad reaches it with Tab and presses it with Enter; a finger's tap leaves the focus where it
    # was, so the field being typed into keeps its cursor and its keyboard.
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return button


#: What a switched-on toggle shows beside its words: its state is never told by colour alone.
ON_MARK = "✓ "


def mark_checked(button: QAbstractButton, text: str) -> None:
    """`text` on a checkable button, with the mark when it is on (and the state for a screen reader)."""
    button.setText(ON_MARK + text if button.isChecked() else text)
    button.setAccessibleName(text)


class KioskButton(QPushButton):
    """A kiosk's button: Enter presses it once an assistive keypad has reached it with Tab (Qt's takes only Space).

    Only the button itself answers its Enter: an Enter typed in a field never presses whatever button the
    focus moves to meanwhile (a field disabled while it works hands the focus on).
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            if self.isEnabled():
                self.animateClick()
            event.accept()
            return
        super().keyPressEvent(event)


def kiosk_label(text: str = "", *, name: str = "", role: str = "", customer: bool = False) -> QLabel:
    """Words on a screen: plain text, wrapped; `customer` marks it as showing the customer's data."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    if customer:
        label.setProperty(CUSTOMER_DATA, True)
    return label


def wipe_widgets(root: QWidget) -> None:
    """Forget what was typed into or shown by `root` and its children: fields, PIN pads, lists, the customer's words."""
    for widget in (root, *root.findChildren(QWidget)):
        if isinstance(widget, QLineEdit):
            widget.clear()
            widget.setModified(False)
        elif isinstance(widget, PinPad):
            widget.wipe()
        elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
            widget.clear()
        elif isinstance(widget, QListWidget):
            widget.clear()
        elif isinstance(widget, QComboBox) and widget.isEditable():
            widget.clearEditText()
        if widget.property(CUSTOMER_DATA):
            if isinstance(widget, QLabel):
                widget.clear()
            widget.setAccessibleName("")
            widget.setAccessibleDescription("")
            widget.setToolTip("")


class KioskScreen(QWidget):
    """A screen of the kiosk: `title`, a body for the screen's one thing, and a bar with "Back" and "Done".

    `back` and `done` ask the face to go back (to a screen named by the face, never by a history) or to
    end the visit (sign out, attract screen). `enter()` is called each time the screen is shown,
    `wipe()` when the customer goes: a screen overrides both for what it keeps beyond its widgets.
    `retranslate()` sets its words; it runs at build and again when the language changes.
    """

    back = Signal()
    done = Signal()

    def __init__(self, *, back: bool = True, done: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = kiosk_label(name="screenTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scaled(self.title, 1.6, bold=True)
        self.title.setAccessibleName("")
        self.body = QVBoxLayout()
        self.body.setSpacing(18)
        self.back_button = kiosk_button(name="back", role="big")
        self.back_button.clicked.connect(self.back)
        self.done_button = kiosk_button(name="done", role="primary")
        self.done_button.clicked.connect(self.done)
        self.back_button.setVisible(back)
        self.done_button.setVisible(done)
        self.bar = QHBoxLayout()
        self.bar.addWidget(self.back_button, 1)
        self.bar.addStretch(2)
        self.bar.addWidget(self.done_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(18)
        layout.addWidget(self.title)
        layout.addLayout(self.body, 1)
        layout.addLayout(self.bar)
        self._retranslate_bar()

    def _retranslate_bar(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.done_button.setText(self.tr("Done"))
        self.done_button.setAccessibleName(self.tr("Done, sign out"))

    def retranslate(self) -> None:
        """Set this screen's words in the language in force (subclasses add theirs)."""

    def enter(self) -> None:
        """The screen is shown: put the focus where the customer starts."""

    def wipe(self) -> None:
        """Forget everything this screen shows or was typed into it."""
        wipe_widgets(self)

    def first_focus(self) -> QWidget | None:
        """The widget an assistive keypad starts on."""
        for widget in self.findChildren(QWidget):
            if widget.isVisibleTo(self) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
                if not isinstance(widget, QAbstractButton) or widget not in (self.back_button, self.done_button):
                    return widget
        return self.done_button if self.done_button.isVisibleTo(self) else self.back_button

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate_bar()
            self.retranslate()
        super().changeEvent(event)
