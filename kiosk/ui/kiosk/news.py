"""The signed-in customer's news and messages at the kiosk: newest first, the unread ones marked, each read whole.

One screen class serves both ("News": the campaign's news; "Messages": those to this customer alone). The
list marks what is not yet read with a sign and the word "New" (never colour alone); "Read" opens one
whole on the same screen, and marks it read on the server (safe to repeat, so a plain call). "Back" from
an open item returns to the list, from the list to "More for you". Every row is this screen's own and
deleted on `wipe()`; every request answers a Scope that `wipe()` ends.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from kiosk.services.kiosk import KioskService, Visit
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.kiosk.look import fit_in_window
from kiosk.ui.kiosk.lists import ListScreen, scroll_area
from kiosk.ui.kiosk.screen import CUSTOMER_DATA, kiosk_button, kiosk_label
from kiosk.ui.locale_text import date_text

if TYPE_CHECKING:
    from kiosk.api.area import NewsItem

__all__ = ["NewsScreen", "UNREAD_SIGN"]

#: Before the word "New" on an item not yet read: a sign as well as the bold, never the look alone.
UNREAD_SIGN = "●"


class NewsScreen(ListScreen):
    """"News" (`messages` False) or "Messages" (True): a list newest first, and one item open whole."""

    def __init__(self, service: KioskService, *, messages: bool = False, parent: QWidget | None = None) -> None:
        name = "messages" if messages else "news"
        super().__init__(name, parent=parent)
        self._service = service
        self._messages = messages
        self._news: tuple[NewsItem, ...] | None = None
        self._open: NewsItem | None = None
        self.setObjectName(f"{name}Screen")
        self.intro = kiosk_label(name=f"{name}Intro", role="muted")
        # One item open whole: its title, its date, its words (scrolled by drag when long).
        self.reader, reader_rows = scroll_area(f"{name}Reader")
        self.item_title = scaled(kiosk_label(name="itemTitle", customer=True), 1.25, bold=True)
        self.item_date = kiosk_label(name="itemDate", role="muted", customer=True)
        self.item_body = kiosk_label(name="itemBody", customer=True)
        for index, label in enumerate((self.item_title, self.item_date, self.item_body)):
            reader_rows.insertWidget(index, label)
        self.reader.hide()
        self.body.addWidget(self.intro)
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.scroll, 1)
        self.body.addWidget(self.reader, 1)
        # "Back" from an item open returns to the list; from the list, to where the face says.
        self.back_button.clicked.disconnect()
        self.back_button.clicked.connect(self._go_back)
        self.retranslate()

    @property
    def reading(self) -> bool:
        """Whether one item is open whole."""
        return self._open is not None

    # -- words -----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        if self._messages:
            self.title.setText(self.tr("Messages"))
            self.intro.setText(self.tr("Messages for you, newest first. Tap “Read” to open one."))
        else:
            self.title.setText(self.tr("News"))
            self.intro.setText(self.tr("News from the shop, newest first. Tap “Read” to open one."))
        self.title.setAccessibleName(self.title.text())
        self.intro.setAccessibleName(self.intro.text())
        if self._news is not None:
            self._show(self._news)
        if self._open is not None:
            self._show_item(self._open)

    # -- what the face calls ---------------------------------------------------------------------

    def show_visit(self, visit: Visit) -> None:
        """Ask for the customer's news (or messages) and list them."""
        self.wipe()
        self._visit = visit
        self._say_status(self.tr("Looking for your messages…") if self._messages else self.tr("Looking for the news…"))
        asked = self._service.messages if self._messages else self._service.news
        asked(parent=self._scope, visit=visit).success(self._show).failure(self._failed).run()

    # -- the list --------------------------------------------------------------------------------

    def _show(self, news: tuple[NewsItem, ...]) -> None:
        self._news = news
        self._clear_items()
        self._say_problem("")
        if news:
            self._say_status("")
        elif self._messages:
            self._say_status(self.tr("You have no messages."))
        else:
            self._say_status(self.tr("There is no news right now."))
        locale = QLocale()
        for index, item in enumerate(news):
            self._add_item(self._row(index, item, locale))
        fit_in_window(self.scroll.widget())

    def _row(self, index: int, item: NewsItem, locale: QLocale) -> QWidget:
        row = QWidget()
        row.setObjectName(f"item{index}")
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(18)
        words = QVBoxLayout()
        words.setSpacing(4)
        if not item.read:
            mark = scaled(kiosk_label(self.tr("{sign} New").format(sign=UNREAD_SIGN), name="unreadMark"), 1.0, bold=True)
            mark.setProperty(CUSTOMER_DATA, True)
            words.addWidget(mark)
        title = scaled(kiosk_label(item.title, name="itemTitle", customer=True), 1.2, bold=not item.read)
        when = kiosk_label(self._published(item, locale), name="itemDate", role="muted", customer=True)
        words.addWidget(title)
        words.addWidget(when)
        line.addLayout(words, 1)
        read = kiosk_button(self.tr("Read"), name="readItem", accessible=self.tr("Read: {title}").format(title=item.title))
        read.setProperty(CUSTOMER_DATA, True)
        read.clicked.connect(lambda _checked=False, chosen=item: self.open_item(chosen))
        line.addWidget(read, 0, Qt.AlignmentFlag.AlignVCenter)
        for label in row.findChildren(QLabel):
            label.setAccessibleName(label.text())
        if not item.read:
            title.setAccessibleName(self.tr("New: {title}").format(title=item.title))
        return row

    def _published(self, item: NewsItem, locale: QLocale) -> str:
        if self._messages:
            return self.tr("Received on {date}").format(date=date_text(item.publishedat, locale))
        return self.tr("Published on {date}").format(date=date_text(item.publishedat, locale))

    # -- one item open ---------------------------------------------------------------------------

    def open_item(self, item: NewsItem) -> None:
        """Show `item` whole, and mark it read (the list shows it read once the server says so)."""
        self._open = item
        self._show_item(item)
        if not item.read and self._visit is not None:
            self._service.mark_read(parent=self._scope, visit=self._visit, item=item, message=self._messages) \
                .success(self._marked).failure(lambda _exc: None).run()

    def _show_item(self, item: NewsItem) -> None:
        self.item_title.setText(item.title)
        self.item_date.setText(self._published(item, QLocale()))
        self.item_body.setText(item.body)
        for label in (self.item_title, self.item_date, self.item_body):
            label.setAccessibleName(label.text())
        self.intro.hide()
        self.status.hide()
        self.scroll.hide()
        self.reader.show()
        self.reader.verticalScrollBar().setValue(0)
        if self.isVisible():
            # The "Read" pressed went with the list: an assistive keypad starts again on "Back" (to the list).
            self.back_button.setFocus(Qt.FocusReason.OtherFocusReason)
        fit_in_window(self.reader.widget())

    def _marked(self, marked: NewsItem) -> None:
        if self._news is None:
            return
        self._news = tuple(marked if item.id == marked.id else item for item in self._news)
        if self._open is not None and self._open.id == marked.id:
            self._open = marked
        self._show(self._news)

    def _close_item(self) -> None:
        self._open = None
        for label in (self.item_title, self.item_date, self.item_body):
            label.clear()
            label.setAccessibleName("")
        self.reader.hide()
        self.intro.show()
        self.scroll.show()
        self.status.setVisible(bool(self.status.text()))

    def _go_back(self) -> None:
        if self._open is not None:
            self._close_item()
            return
        self.back.emit()

    def wipe(self) -> None:
        self._news = None
        self._close_item()
        super().wipe()
