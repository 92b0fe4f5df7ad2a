"""What every page of the enrolment wizard shares: big touch-friendly fields, plain labels, error lines."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain import onboarding as ob
from kiosk.domain.errors import Notice
from kiosk.ui import words
from kiosk.ui.palette import Tone, set_tone

__all__ = ["Page", "FIELD_HEIGHT", "scaled", "page_label", "error_label", "say_error", "text_field"]

FIELD_HEIGHT = 52


W = TypeVar("W", bound=QWidget)


def scaled(widget: W, factor: float, *, bold: bool | None = False) -> W:
    """`widget` with its words `factor` times its font's size (bold or not; None keeps it as it is); returns it."""
    font = QFont(widget.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    if bold is not None:
        font.setBold(bold)
    widget.setFont(font)
    return widget


def page_label(text: str = "", *, name: str = "", factor: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if factor != 1.0 or bold:
        scaled(label, factor, bold=bold)
    return label


def error_label(name: str) -> QLabel:
    label = page_label(name=name, factor=1.15)
    set_tone(label, Tone.PROBLEM)
    label.hide()
    return label


def say_error(label: QLabel, said: Notice | str | None) -> None:
    """Show what went wrong under a field: a Notice from the machine in words, or words the page made."""
    text = said if isinstance(said, str) else words.say(said)
    label.setText(text)
    label.setVisible(bool(text))


def text_field(name: str, *, secret: bool = False, placeholder: str = "") -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setMinimumHeight(FIELD_HEIGHT)
    field.setPlaceholderText(placeholder)
    scaled(field, 1.4)
    if secret:
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhNoPredictiveText)
    return field


class Page(QWidget):
    """One step's screen: a heading, its fields, and the words for its Next button.

    Each page sets its heading's text and `next_text` through its own `self.tr`, so each is translated where it is said.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_text = ""
        self.heading = page_label(name="heading", factor=1.8, bold=True)
        self.body = QVBoxLayout(self)
        self.body.setSpacing(10)
        self.body.addWidget(self.heading)

    def show_state(self, state: ob.State, rules: ob.Rules) -> None:
        """Show what the machine says; the fields keep what the person typed."""

    def focus_first(self) -> None:
        """Put the keyboard where the person types first on this page."""

    def clear_secrets(self) -> None:
        """Empty every field holding a password, a code or a PIN (the window is closing)."""

    def _row(self, caption: str, field: QWidget, error: QLabel | None = None) -> QLabel:
        label = page_label(caption, factor=1.25, bold=True)
        label.setBuddy(field)
        self.body.addWidget(label)
        self.body.addWidget(field)
        if error is not None:
            self.body.addWidget(error)
        return label
