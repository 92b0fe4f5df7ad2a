"""The kiosk at rest: the campaign's name, how to start, the four languages, and two ways in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from kiosk.settings import LANGUAGES
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.kiosk.screen import KioskScreen, kiosk_button, kiosk_label, mark_checked
from kiosk.ui.locale_text import LANGUAGE_NAMES

__all__ = ["AttractScreen"]


class AttractScreen(KioskScreen):
    """"Scan your card or tap to start": `have_card`, `join`, `language_chosen(code)` at once, by its own name."""

    have_card = Signal()
    join = Signal()
    language_chosen = Signal(str)

    def __init__(self, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(back=False, done=False, parent=parent)
        self.campaign = kiosk_label(name="campaignName")
        self.campaign.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scaled(self.campaign, 2.2, bold=True)
        self.line = kiosk_label(name="attractLine")
        self.line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scaled(self.line, 1.4, bold=None)

        self.languages: dict[str, QPushButton] = {}
        # Not an exclusive group: Tab reaches every language (a group would take only the checked one).
        row = QHBoxLayout()
        row.addStretch(1)
        for code in LANGUAGES:
            # Each language by its own name, in its own words whatever the screen's language is.
            button = kiosk_button(LANGUAGE_NAMES[code], name=f"language_{code}", accessible=LANGUAGE_NAMES[code])
            button.setCheckable(True)
            button.setChecked(code == language)
            button.clicked.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            button.toggled.connect(lambda _on, b=button, c=code: mark_checked(b, LANGUAGE_NAMES[c]))
            mark_checked(button, LANGUAGE_NAMES[code])
            self.languages[code] = button
            row.addWidget(button)
        row.addStretch(1)

        self.have_card_button = kiosk_button(name="haveCard", role="primary")
        self.have_card_button.clicked.connect(self.have_card)
        self.join_button = kiosk_button(name="join", role="primary")
        self.join_button.clicked.connect(self.join)
        ways = QHBoxLayout()
        ways.setSpacing(40)
        ways.addStretch(1)
        ways.addWidget(self.have_card_button, 3)
        ways.addWidget(self.join_button, 3)
        ways.addStretch(1)

        self.body.addStretch(2)
        self.body.addWidget(self.campaign)
        self.body.addWidget(self.line)
        self.body.addStretch(1)
        self.body.addLayout(ways)
        self.body.addStretch(1)
        self.body.addLayout(row)
        self.body.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.line.setText(self.tr("Scan your card or tap to start"))
        self.have_card_button.setText(self.tr("I have a card"))
        self.have_card_button.setAccessibleName(self.tr("I have a card: sign in"))
        self.join_button.setText(self.tr("Join"))
        self.join_button.setAccessibleName(self.tr("Join the loyalty programme"))
        if not self.campaign.text():
            self.campaign.setText(self.tr("Loyalty card"))

    def set_campaign(self, name: str) -> None:
        self.campaign.setText(name)
        self.campaign.setAccessibleName(name)

    def set_language(self, language: str) -> None:
        """The language in force, checked (and only it)."""
        for code, button in self.languages.items():
            button.setChecked(code == language)

    def wipe(self) -> None:
        """Nothing of a customer is here: the campaign's name stays."""

    def first_focus(self) -> QWidget | None:
        return self.have_card_button
