"""No card matches: say so, and offer to enrol the customer or hand out a new anonymous card."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

__all__ = ["NotFoundPanel"]


class NotFoundPanel(QWidget):
    """`enrol_requested(text)` carries what was looked up (an e-mail or phone starts the form); `issue_requested()`."""

    enrol_requested = Signal(str)
    issue_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.message = QLabel()
        self.message.setObjectName("not_found_message")
        self.message.setWordWrap(True)
        font = self.message.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.message.setFont(font)
        hint = QLabel(self.tr("Is the customer new? Enrol them, or give them a new card now and enrol later."))
        hint.setWordWrap(True)
        self.enrol = QPushButton(self.tr("Enrol customer (F7)"))
        self.enrol.setObjectName("enrol")
        self.issue = QPushButton(self.tr("Issue new card (F8)"))
        self.issue.setObjectName("issue")
        for button in (self.enrol, self.issue):
            button.setMinimumHeight(56)
        self.enrol.clicked.connect(self.request_enrolment)
        self.issue.clicked.connect(self.issue_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.enrol)
        buttons.addWidget(self.issue)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addStretch(1)

    @property
    def text(self) -> str:
        """What was looked up and not found."""
        return self._text

    def show_for(self, text: str, message: str) -> None:
        self._text = text
        if text:
            self.message.setText(self.tr("No customer found for “{text}”. {message}").format(text=text, message=message))
        else:
            self.message.setText(message)

    def request_enrolment(self) -> None:
        self.enrol_requested.emit(self._text)

    def clear(self) -> None:
        self._text = ""
        self.message.clear()
