"""Prizes for points at the kiosk: the categories, a category's catalogue, a prize requested with the PIN, my requests.

"Prizes" lists the catalogue's categories, then the chosen category's prizes with the points each costs,
whether the customer's points reach it (or how many more they need) and, in words, a prize run out. A
prize chosen shows what it costs and the balance after it, picked up in this shop (the kiosk offers no
shipping: an address is not typed on a kiosk's glass), and the PIN on the pad confirms it; the write goes
through the outbox in flight (KioskService.request_prize), so a lost answer is settled and never doubled.
"My requests" lists the customer's requests with their state in words, and cancels one not yet made ready
after asking first (the points come back). Rows are the screens' own, deleted on `wipe()`, and every
request answers a Scope that `wipe()` ends.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.api.marta import PrizeRequestState
from kiosk.services.kiosk import KioskService, Visit
from kiosk.services.operation import Op
from kiosk.ui import words
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.kiosk.look import fit_in_window
from kiosk.ui.kiosk.lists import ListScreen
from kiosk.ui.kiosk.points_voucher import PointsVoucherScreen
from kiosk.ui.kiosk.screen import kiosk_button, kiosk_label
from kiosk.ui.locale_text import date_text
from kiosk.ui.money import format_points

if TYPE_CHECKING:
    from kiosk.api.prizes import Prize, PrizeCancelResult, PrizeCategory, PrizeRequest
    from kiosk.core.prize_request import PrizeAttempt
    from kiosk.domain.errors import Notice

__all__ = ["PrizesScreen", "PrizeRequestScreen", "PrizeRequestsScreen", "PrizeNews"]


class PrizeNews(enum.Enum):
    """What "My requests" says on top after the PIN screen."""

    NONE = "none"
    MADE = "made"  # the prize was requested
    LOST = "lost"  # the answer was lost: the kiosk is finding out


def _balance(visit: Visit | None) -> int | None:
    return visit.card.points if visit is not None and visit.card is not None else None


class PrizesScreen(ListScreen):
    """"Prizes": the categories, then a category's prizes; `chosen(prize)` for one to request, `requests()` for mine.

    Back from a category's prizes shows the categories again; from the categories, `back` (the face's).
    """

    chosen = Signal(object)
    requests = Signal()

    def __init__(self, service: KioskService, *, parent: QWidget | None = None) -> None:
        super().__init__("prizes", parent=parent)
        self._service = service
        self._categories: tuple[PrizeCategory, ...] | None = None
        self._category: PrizeCategory | None = None
        self._prizes: tuple[Prize, ...] | None = None
        self.points = scaled(kiosk_label(name="prizesPoints", customer=True), 1.1, bold=True)
        self.requests_button = kiosk_button(name="myRequests", role="big")
        self.requests_button.clicked.connect(self.requests)
        top = QHBoxLayout()
        top.addWidget(self.points, 1)
        top.addWidget(self.requests_button)
        self.intro = kiosk_label(name="prizesIntro", role="muted")
        self.body.addLayout(top)
        self.body.addWidget(self.intro)
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.scroll, 1)
        self.back_button.clicked.disconnect(self.back)
        self.back_button.clicked.connect(self._go_back)
        self.retranslate()

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.requests_button.setText(self.tr("My requests"))
        self.requests_button.setAccessibleName(self.tr("My prize requests"))
        self._show_title()
        self._show_points()
        if self._prizes is not None:
            self._show_prizes(self._prizes)
        elif self._categories is not None:
            self._show_categories(self._categories)

    def _show_title(self) -> None:
        if self._category is not None:
            self.title.setText(self._category.title)
            self.intro.setText(self.tr("Choose a prize. Slide the list up to see more."))
        else:
            self.title.setText(self.tr("Prizes for your points"))
            self.intro.setText(self.tr("Choose a kind of prize."))
        self.title.setAccessibleName(self.title.text())
        self.intro.setAccessibleName(self.intro.text())

    def _show_points(self) -> None:
        points = _balance(self._visit)
        if points is None:
            self.points.clear()
            self.points.setAccessibleName("")
            return
        self.points.setText(self.tr("You have {points} points", "", points).format(points=format_points(points, QLocale())))
        self.points.setAccessibleName(self.points.text())

    # -- what the face calls ---------------------------------------------------------------------

    def show_visit(self, visit: Visit) -> None:
        """The categories, asked for anew."""
        self.wipe()
        self._visit = visit
        self._show_points()
        self._say_status(self.tr("Looking for the prizes…"))
        self._service.prize_categories(parent=self._scope, visit=visit) \
            .success(self._show_categories).failure(self._failed).run()

    def reload(self) -> None:
        """Back from a prize: the same category asked for anew (stock and balance as they stand now)."""
        self._show_points()
        if self._category is not None:
            self._open_category(self._category)

    def _show_categories(self, categories: tuple[PrizeCategory, ...]) -> None:
        self._categories = categories
        self._category = None
        self._prizes = None
        self._show_title()
        self._clear_items()
        self._say_problem("")
        self._say_status("" if categories else self.tr("There are no prizes right now. Come back soon!"))
        for index, category in enumerate(categories):
            button = kiosk_button(category.title, name=f"category{index}", role="big", accessible=category.title)
            button.clicked.connect(lambda _checked=False, chosen=category: self._open_category(chosen))
            self._add_item(button)
        fit_in_window(self.scroll.widget())

    def _open_category(self, category: PrizeCategory) -> None:
        visit = self._visit
        if visit is None:
            return
        self._category = category
        self._show_title()
        self._clear_items()
        self._say_problem("")
        self._say_status(self.tr("Looking for the prizes…"))
        self._service.prizes(parent=self._scope, visit=visit, category=category.categoryid) \
            .success(self._show_prizes).failure(self._failed).run()

    def _show_prizes(self, prizes: tuple[Prize, ...]) -> None:
        self._prizes = prizes
        self._clear_items()
        self._say_problem("")
        self._say_status("" if prizes else self.tr("There are no prizes of this kind right now."))
        locale = QLocale()
        balance = _balance(self._visit) or 0
        for index, prize in enumerate(prizes):
            self._add_item(self._prize_row(index, prize, balance, locale))
        fit_in_window(self.scroll.widget())

    def _prize_row(self, index: int, prize: Prize, balance: int, locale: QLocale) -> QWidget:
        row = QWidget()
        row.setObjectName(f"prize{index}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(14)
        column = QVBoxLayout()
        column.setSpacing(4)
        title = scaled(kiosk_label(prize.title, name="prizeTitle"), 1.2, bold=True)
        description = kiosk_label(prize.description, name="prizeDescription", role="muted")
        cost = kiosk_label(self.tr("{points} points").format(points=format_points(prize.points, locale)),
                           name="prizeCost")
        scaled(cost, 1.1, bold=True)
        if prize.stock <= 0:
            state, role = self.tr("Out of stock"), "problem"
        elif prize.points <= balance:
            state, role = self.tr("✓ Your points are enough"), ""
        else:
            state, role = self.tr("You need %Ln more point(s)", "", prize.points - balance), "muted"
        standing = kiosk_label(state, name="prizeState", role=role, customer=True)
        for label in (title, description, cost, standing):
            label.setAccessibleName(label.text())
            column.addWidget(label)
        line.addLayout(column, 1)
        choose = kiosk_button(self.tr("Choose"), name="choosePrize", role="primary")
        choose.setAccessibleName(self.tr("Choose {prize}").format(prize=prize.title))
        choose.setEnabled(prize.stock > 0 and prize.points <= balance)
        choose.clicked.connect(lambda _checked=False, chosen=prize: self.chosen.emit(chosen))
        line.addWidget(choose, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    def _go_back(self) -> None:
        if self._category is not None and self._categories is not None:
            self._show_categories(self._categories)
            return
        self.back.emit()

    def wipe(self) -> None:
        self._categories = None
        self._category = None
        self._prizes = None
        super().wipe()
        self._show_title()
        self._show_points()

    def first_focus(self) -> QWidget | None:
        return self.requests_button


class PrizeRequestScreen(PointsVoucherScreen):
    """One prize: what it costs, the balance after it, picked up in this shop; the PIN on the pad requests it.

    `made()` once requested; `lost()` when the answer was lost (the sync worker finds out).
    """

    def __init__(self, service: KioskService, *, scrambled: bool = False, parent: QWidget | None = None) -> None:
        self._prize: Prize | None = None
        self._balance = 0
        super().__init__(service, scrambled=scrambled, parent=parent)
        self.setObjectName("prizeRequest")
        scaled(self.what, 0.88, bold=True)  # smaller than a voucher's worth: a prize's name can be long
        self.after = kiosk_label(name="prizeAfter", customer=True)
        self.after.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.words.insertWidget(2, self.after)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Request this prize"))
        self.terms.setText(self.tr(
            "In-store pick-up at this shop's counter. Until it is ready, you can cancel it in “My requests”."
        ))
        self.terms.setAccessibleName(self.terms.text())
        if not self._busy:
            self.prompt.setText(self.tr("Type your PIN to confirm."))
        self.prompt.setAccessibleName(self.prompt.text())
        if hasattr(self, "after"):
            self._show_what()

    def _show_what(self) -> None:
        prize = self._prize
        if prize is None:
            self.what.clear()
            self.after.clear()
            self.what.setAccessibleName("")
            self.after.setAccessibleName("")
            return
        locale = QLocale()
        self.what.setText(self.tr("{prize} for {points} points").format(
            prize=prize.title, points=format_points(prize.points, locale)))
        self.what.setAccessibleName(self.what.text())
        self.after.setText(self.tr("Points left after it: {left}").format(
            left=format_points(self._balance - prize.points, locale)))
        self.after.setAccessibleName(self.after.text())

    def ask_prize(self, visit: Visit, prize: Prize, pin_length: int) -> None:
        """Show `prize`, its cost and the balance after it, and ask for the PIN."""
        self.ask(visit, prize.points, None, pin_length)
        self._prize = prize
        self._balance = _balance(visit) or 0
        self._show_what()

    def _working_words(self) -> str:
        return self.tr("Requesting your prize…")

    def _send(self, visit: Visit, pincode: str) -> Op[PrizeAttempt]:
        assert self._prize is not None
        return self._service.request_prize(parent=self._scope, visit=visit, prize=self._prize, pincode=pincode)

    def _unreachable_words(self) -> str:
        return self.tr(
            "The loyalty server cannot be reached now: no prize was requested and no points were taken. Try"
            " again later."
        )

    def _refused_words(self) -> str:
        return self.tr("No prize was requested: {why}")

    def _why(self, notice: Notice) -> str:
        """The reason alone: what the words after it would add (nothing redeemed) the screen says already."""
        return words.say(dataclasses.replace(notice, then=None))

    def _say(self, text: str) -> None:
        """A problem says what to do next: the PIN's prompt makes room for it (large text, long languages)."""
        super()._say(text)
        self.prompt.setVisible(not text)

    def wipe(self) -> None:
        self._prize = None
        self._balance = 0
        super().wipe()
        if hasattr(self, "after"):
            self._show_what()


class PrizeRequestsScreen(ListScreen):
    """"My requests": each request with its state in words; one not yet ready can be cancelled, after asking."""

    def __init__(self, service: KioskService, *, parent: QWidget | None = None) -> None:
        super().__init__("prizeRequests", parent=parent)
        self._service = service
        self._requests: tuple[PrizeRequest, ...] | None = None
        self._asking: PrizeRequest | None = None
        self._news = PrizeNews.NONE
        self.news = scaled(kiosk_label(name="requestsNews"), 1.1, bold=True)
        self.news.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.news.hide()
        self.question = scaled(kiosk_label(name="cancelQuestion", customer=True), 1.1, bold=True)
        self.question.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.yes = kiosk_button(name="cancelYes", role="primary")
        self.no = kiosk_button(name="cancelNo", role="big")
        self.yes.clicked.connect(self._cancel)
        self.no.clicked.connect(self._keep)
        self.confirm = QWidget()
        self.confirm.setObjectName("cancelConfirm")
        panel = QVBoxLayout(self.confirm)
        panel.setContentsMargins(0, 0, 0, 0)
        panel.addWidget(self.question)
        buttons = QHBoxLayout()
        buttons.addWidget(self.no, 1)
        buttons.addWidget(self.yes, 1)
        panel.addLayout(buttons)
        self.confirm.hide()
        self.body.addWidget(self.news)
        self.body.addWidget(self.confirm)
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("My prize requests"))
        self.title.setAccessibleName(self.title.text())
        self.yes.setText(self.tr("Yes, cancel it"))
        self.yes.setAccessibleName(self.yes.text())
        self.no.setText(self.tr("No, keep it"))
        self.no.setAccessibleName(self.no.text())
        self._words_for_news()
        if self._asking is not None:
            self._show_question(self._asking)
        if self._requests is not None:
            self._show(self._requests)

    def _words_for_news(self) -> None:
        text = {
            PrizeNews.NONE: "",
            PrizeNews.MADE: self.tr("✓ Your prize is requested. We will have it ready for you at the counter."),
            PrizeNews.LOST: self.tr(
                "The answer was lost on the way. The kiosk is finding out whether your prize was requested: it will"
                " show here, never twice."
            ),
        }[self._news]
        self.news.setText(text)
        self.news.setAccessibleName(text)
        self.news.setVisible(bool(text))

    def show_visit(self, visit: Visit, news: PrizeNews = PrizeNews.NONE) -> None:
        self.wipe()
        self._visit = visit
        self._news = news
        self._words_for_news()
        self._load()

    def _load(self) -> None:
        if self._visit is None:
            return
        self._say_status(self.tr("Looking for your requests…"))
        self._service.prize_requests(parent=self._scope, visit=self._visit) \
            .success(self._show).failure(self._failed).run()

    def _show(self, requests: tuple[PrizeRequest, ...]) -> None:
        self._requests = requests
        self._clear_items()
        self._say_problem("")
        self._say_status("" if requests else self.tr("You have not requested any prize yet."))
        locale = QLocale()
        for index, request in enumerate(requests):
            self._add_item(self._request_row(index, request, locale))
        fit_in_window(self.scroll.widget())

    def _request_row(self, index: int, request: PrizeRequest, locale: QLocale) -> QWidget:
        row = QWidget()
        row.setObjectName(f"request{index}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(14)
        column = QVBoxLayout()
        column.setSpacing(4)
        title = scaled(kiosk_label(request.title, name="requestTitle", customer=True), 1.2, bold=True)
        cost = kiosk_label(self.tr("{points} points, requested on {date}").format(
            points=format_points(request.points, locale), date=date_text(request.requestedat, locale)),
            name="requestCost", role="muted", customer=True)
        state = kiosk_label(self._state(request), name="requestState", customer=True)
        scaled(state, 1.0, bold=True)
        for label in (title, cost, state):
            label.setAccessibleName(label.text())
            column.addWidget(label)
        line.addLayout(column, 1)
        if request.cancellable:
            cancel = kiosk_button(self.tr("Cancel"), name="cancelRequest", role="big")
            cancel.setAccessibleName(self.tr("Cancel the request for {prize}").format(prize=request.title))
            cancel.clicked.connect(lambda _checked=False, chosen=request: self._ask(chosen))
            line.addWidget(cancel, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    def _state(self, request: PrizeRequest) -> str:
        return {
            PrizeRequestState.REQUESTED: self.tr("Requested: the shop is getting it ready"),
            PrizeRequestState.READY: self.tr("✓ Ready: collect it at the counter"),
            PrizeRequestState.DELIVERED: self.tr("✓ Collected"),
            PrizeRequestState.CANCELLED: self.tr("Cancelled: the points were given back"),
        }[request.state]

    def _show_question(self, request: PrizeRequest) -> None:
        self.question.setText(self.tr("Cancel your request for {prize}? The {points} points come back to your card.")
                              .format(prize=request.title, points=format_points(request.points, QLocale())))
        self.question.setAccessibleName(self.question.text())

    def _ask(self, request: PrizeRequest) -> None:
        self._asking = request
        self._show_question(request)
        self._say_problem("")
        self.news.hide()
        self.confirm.show()
        self.scroll.hide()
        self.no.setFocus(Qt.FocusReason.OtherFocusReason)

    def _keep(self) -> None:
        self._asking = None
        self.question.clear()
        self.confirm.hide()
        self.scroll.show()

    def _cancel(self) -> None:
        request, visit = self._asking, self._visit
        if request is None or visit is None:
            return
        self.yes.setEnabled(False)
        self.no.setEnabled(False)
        self._say_status(self.tr("Cancelling…"))
        self._service.cancel_prize_request(parent=self._scope, visit=visit, requestid=request.requestid) \
            .success(self._cancelled).failure(self._cancel_failed).run()

    def _cancelled(self, _cancelled: PrizeCancelResult) -> None:
        self._keep()
        self.yes.setEnabled(True)
        self.no.setEnabled(True)
        text = self.tr("✓ Cancelled: the points are back on your card.")
        self.news.setText(text)
        self.news.setAccessibleName(text)
        self.news.show()
        self._load()

    def _cancel_failed(self, exc: Exception) -> None:
        self._keep()
        self.yes.setEnabled(True)
        self.no.setEnabled(True)
        self._failed(exc)

    def wipe(self) -> None:
        self._requests = None
        self._asking = None
        self._news = PrizeNews.NONE
        super().wipe()
        self._keep()
        self.yes.setEnabled(True)
        self.no.setEnabled(True)
        self._words_for_news()
