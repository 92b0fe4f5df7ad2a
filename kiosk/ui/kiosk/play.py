"""Play at the kiosk: the InstantWin contests open now, with their terms and the plays left, and one play per tap.

Each contest is a row with its title, terms and plays left, and a "Play" button (off, and saying so, with no
plays left). A tap spends one play (KioskService.play): its operationid is kept before the call, so an
answer lost on the way is asked again with the same id and shows the draw the server made, never a second
one. The result replaces the list: won, the voucher and where it is (My vouchers); lost, "not this time".
Rows are the screen's own, deleted on `wipe()`; every request answers a Scope that `wipe()` ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.core.play import PlayOutcome
from kiosk.services.kiosk import KioskService, Visit
from kiosk.ui import words
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.kiosk.look import fit_in_window
from kiosk.ui.kiosk.lists import ListScreen
from kiosk.ui.kiosk.screen import kiosk_button, kiosk_label
from kiosk.ui.locale_text import date_text
from kiosk.ui.money import format_money

if TYPE_CHECKING:
    from kiosk.api import WalletVoucher
    from kiosk.api.prizes import Contest
    from kiosk.core.play import Played

__all__ = ["PlayScreen"]


class PlayScreen(ListScreen):
    """"Play": the contests open now; `vouchers()` asks the face for "My vouchers" after a win."""

    vouchers = Signal()

    def __init__(self, service: KioskService, *, parent: QWidget | None = None) -> None:
        super().__init__("play", parent=parent)
        self._service = service
        self._contests: tuple[Contest, ...] | None = None
        self._played: Played | None = None
        self._playing: int | None = None
        self.intro = kiosk_label(name="playIntro", role="muted")
        self.result = scaled(kiosk_label(name="playResult", customer=True), 1.4, bold=True)
        self.result.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.prize = scaled(kiosk_label(name="playPrize", customer=True), 1.1)
        self.prize.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.to_vouchers = kiosk_button(name="toVouchers", role="primary")
        self.to_vouchers.clicked.connect(self.vouchers)
        self.again = kiosk_button(name="playAgain", role="big")
        self.again.clicked.connect(self._back_to_list)
        self.outcome = QWidget()
        self.outcome.setObjectName("playOutcome")
        panel = QVBoxLayout(self.outcome)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.setSpacing(18)
        panel.addStretch(1)
        panel.addWidget(self.result)
        panel.addWidget(self.prize)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again, 2)
        buttons.addWidget(self.to_vouchers, 2)
        buttons.addStretch(1)
        panel.addLayout(buttons)
        panel.addStretch(1)
        self.outcome.hide()
        self.body.addWidget(self.intro)
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.outcome, 1)
        self.body.addWidget(self.scroll, 1)
        self.retranslate()

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Play and win"))
        self.title.setAccessibleName(self.title.text())
        self.intro.setText(self.tr("Each play is a chance to win a voucher. The result shows at once."))
        self.intro.setAccessibleName(self.intro.text())
        self.to_vouchers.setText(self.tr("My vouchers"))
        self.to_vouchers.setAccessibleName(self.to_vouchers.text())
        self.again.setText(self.tr("Back to the games"))
        self.again.setAccessibleName(self.again.text())
        if self._contests is not None:
            self._show(self._contests)
        if self._played is not None:
            self._show_played(self._played)

    # -- what the face calls ---------------------------------------------------------------------

    def show_visit(self, visit: Visit) -> None:
        self.wipe()
        self._visit = visit
        self._load()

    def _load(self) -> None:
        if self._visit is None:
            return
        self._say_status(self.tr("Looking for the games…"))
        self._service.contests(parent=self._scope, visit=self._visit).success(self._show).failure(self._failed).run()

    def _show(self, contests: tuple[Contest, ...]) -> None:
        self._contests = contests
        self._clear_items()
        self._say_problem("")
        self._say_status("" if contests else self.tr("There is no game to play right now. Come back soon!"))
        for index, contest in enumerate(contests):
            self._add_item(self._contest_row(index, contest))
        fit_in_window(self.scroll.widget())

    def _contest_row(self, index: int, contest: Contest) -> QWidget:
        row = QWidget()
        row.setObjectName(f"contest{index}")
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(6)
        title = scaled(kiosk_label(contest.title, name="contestTitle"), 1.25, bold=True)
        terms = kiosk_label(self.tr("Terms: {terms}").format(terms=contest.terms), name="contestTerms", role="muted")
        left = kiosk_label(self.tr("You have %Ln play(s) left.", "", contest.playsleft), name="playsLeft",
                           customer=True)
        scaled(left, 1.1, bold=True)
        for label in (title, terms, left):
            label.setAccessibleName(label.text())
            column.addWidget(label)
        button = kiosk_button(name="playButton", role="primary")
        if contest.playsleft > 0:
            button.setText(self.tr("Play"))
            button.setAccessibleName(self.tr("Play {contest}").format(contest=contest.title))
        else:
            button.setText(self.tr("No plays left"))
            button.setAccessibleName(self.tr("No plays left in {contest}").format(contest=contest.title))
            button.setEnabled(False)
        button.clicked.connect(lambda _checked=False, chosen=contest, tapped=button: self._play(chosen, tapped))
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(button, 2)
        line.addStretch(1)
        column.addLayout(line)
        return row

    def _play(self, contest: Contest, button: QPushButton) -> None:
        visit = self._visit
        if visit is None or self._playing is not None:
            return
        self._playing = contest.contestid
        for other in self.scroll.widget().findChildren(QPushButton):
            other.setEnabled(False)
        button.setText(self.tr("Playing…"))
        self._say_problem("")
        self._service.play(parent=self._scope, visit=visit, contestid=contest.contestid) \
            .success(self._show_played).failure(self._play_failed).run()

    def _show_played(self, played: Played) -> None:
        self._playing = None
        if played.outcome is PlayOutcome.UNKNOWN:
            self._played = None
            self._reenable()
            self._say_problem(self.tr(
                "The answer was lost on the way. Tap “Play” again to see your result: it will not use another play."
            ))
            return
        if played.outcome is PlayOutcome.REFUSED:
            self._played = None
            assert played.notice is not None
            self._say_problem(words.say(played.notice))
            self._load()
            return
        self._played = played
        result = played.result
        assert result is not None
        voucher = result.prize
        if result.won and voucher is not None:
            self.result.setText(self.tr("You won!"))
            self.prize.setText(self.tr("{voucher}: {worth}. It is in My vouchers.").format(
                voucher=voucher.title, worth=self._worth(voucher)))
        else:
            self.result.setText(self.tr("Not this time."))
            self.prize.setText(self.tr("Thank you for playing. You have %Ln play(s) left.", "", result.playsleft))
        for label in (self.result, self.prize):
            label.setAccessibleName(label.text())
        self.to_vouchers.setVisible(result.won)
        self.intro.hide()
        self.scroll.hide()
        self.outcome.show()
        (self.to_vouchers if result.won else self.again).setFocus(Qt.FocusReason.OtherFocusReason)

    def _worth(self, voucher: WalletVoucher) -> str:
        locale = QLocale()
        worth = (format_money(voucher.value, voucher.currency, locale) if voucher.value is not None
                 else self.tr("{percent}% off").format(percent=locale.toString(voucher.percent or 0)))
        if voucher.expiresat is not None:
            return self.tr("{worth}, use it by {date}").format(worth=worth, date=date_text(voucher.expiresat, locale))
        return worth

    def _reenable(self) -> None:
        if self._contests is not None:
            self._show(self._contests)

    def _play_failed(self, exc: Exception) -> None:
        self._playing = None
        self._reenable()
        self._failed(exc)

    def _back_to_list(self) -> None:
        self._played = None
        self.result.clear()
        self.prize.clear()
        self.outcome.hide()
        self.intro.show()
        self.scroll.show()
        self._load()

    def wipe(self) -> None:
        self._contests = None
        self._played = None
        self._playing = None
        super().wipe()
        self.outcome.hide()
        self.intro.show()
        self.scroll.show()
