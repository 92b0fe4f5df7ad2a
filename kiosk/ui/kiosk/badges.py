"""The signed-in customer's badges at the kiosk: those earned, with the day, then those still to earn.

Each badge says in words whether it is earned ("✓ Earned on …") or still to earn, with its description
of how to earn it: never by colour or a picture alone. The rows are this screen's own, deleted on `wipe()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from kiosk.services.kiosk import KioskService, Visit
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.kiosk.look import fit_in_window
from kiosk.ui.kiosk.lists import ListScreen
from kiosk.ui.kiosk.screen import kiosk_label
from kiosk.ui.locale_text import date_text

if TYPE_CHECKING:
    from kiosk.api.area import Badge

__all__ = ["BadgesScreen"]


class BadgesScreen(ListScreen):
    """"Badges": the earned ones first (with the day each was earned), then those still to earn."""

    def __init__(self, service: KioskService, *, parent: QWidget | None = None) -> None:
        super().__init__("badges", parent=parent)
        self._service = service
        self._badges: tuple[Badge, ...] | None = None
        self.intro = kiosk_label(name="badgesIntro", role="muted")
        self.body.addWidget(self.intro)
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Badges"))
        self.title.setAccessibleName(self.title.text())
        self.intro.setText(self.tr("The badges you have earned, and those still to earn. Slide the list to see more."))
        self.intro.setAccessibleName(self.intro.text())
        if self._badges is not None:
            self._show(self._badges)

    def show_visit(self, visit: Visit) -> None:
        """Ask for the customer's badges and list them."""
        self.wipe()
        self._visit = visit
        self._say_status(self.tr("Looking for your badges…"))
        self._service.badges(parent=self._scope, visit=visit).success(self._show).failure(self._failed).run()

    def _show(self, badges: tuple[Badge, ...]) -> None:
        self._badges = badges
        self._clear_items()
        self._say_problem("")
        self._say_status("" if badges else self.tr("There are no badges to earn yet."))
        locale = QLocale()
        earned = [badge for badge in badges if badge.earned]
        to_earn = [badge for badge in badges if not badge.earned]
        # Each part's heading tops its first row: a line parts the rows, never a heading from its first badge.
        for index, badge in enumerate(earned):
            heading = self._heading(self.tr("Your badges"), "earnedHeading") if index == 0 else None
            self._add_item(self._row(f"earned{index}", badge, locale, heading))
        for index, badge in enumerate(to_earn):
            heading = self._heading(self.tr("Still to earn"), "toEarnHeading") if index == 0 else None
            self._add_item(self._row(f"toEarn{index}", badge, locale, heading))
        fit_in_window(self.scroll.widget())

    def _heading(self, text: str, name: str) -> QLabel:
        heading = scaled(kiosk_label(text, name=name), 1.3, bold=True)
        heading.setAccessibleName(text)
        return heading

    def _row(self, name: str, badge: Badge, locale: QLocale, heading: QLabel | None) -> QWidget:
        row = QWidget()
        row.setObjectName(name)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        if heading is not None:
            column.addWidget(heading)
            column.addSpacing(8)
        if badge.earnedat is not None:
            state = self.tr("✓ Earned on {date}").format(date=date_text(badge.earnedat, locale))
        else:
            state = self.tr("Not earned yet")
        column.addWidget(scaled(kiosk_label(badge.title, name="badgeTitle", customer=True), 1.2, bold=True))
        column.addWidget(kiosk_label(state, name="badgeState", role="" if badge.earned else "muted", customer=True))
        column.addWidget(kiosk_label(badge.description, name="badgeDescription", customer=True))
        for label in row.findChildren(QLabel):
            label.setAccessibleName(label.text())
        return row

    def wipe(self) -> None:
        self._badges = None
        super().wipe()
