"""The shops at the kiosk: this shop and the nearest others, from the kiosk's own position, and the customer's own.

The position is the kiosk's (its settings; on the embedded sandbox, its demo shop), never the customer's.
The server lists shops near a position only for a customer who consented to the use of position: without
that consent the screen says so in words, and where to give it ("My details"); the customer's own shops
are listed either way. Each shop has a "My shop" toggle (its state in words and a mark, not colour alone);
the change is safe to repeat, so a plain call. The rows are this screen's own, deleted on `wipe()`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kiosk.services.kiosk import KioskService, Shops, Visit, find_notice
from kiosk.ui import words
from kiosk.ui.common.enrol_base import scaled
from kiosk.ui.kiosk.look import fit_in_window
from kiosk.ui.kiosk.lists import ListScreen
from kiosk.ui.kiosk.screen import CUSTOMER_DATA, kiosk_button, kiosk_label, mark_checked

if TYPE_CHECKING:
    from kiosk.api.area import Store

__all__ = ["StoresScreen", "THIS_SHOP_METRES"]

#: The nearest shop this close to the kiosk's position is the shop the kiosk stands in.
THIS_SHOP_METRES = 150


class StoresScreen(ListScreen):
    """"Shops": this shop and the nearest others, the customer's own shops, and a "My shop" toggle on each."""

    def __init__(self, service: KioskService, *, parent: QWidget | None = None) -> None:
        super().__init__("stores", parent=parent)
        self._service = service
        self._shops: Shops | None = None
        self._mine: set[int] = set()
        self._toggles: dict[int, QPushButton] = {}
        self.intro = kiosk_label(name="storesIntro", role="muted")
        self.note = kiosk_label(name="storesNote")
        self.note.hide()
        self.body.addWidget(self.intro)
        self.body.addWidget(self.note)
        self.body.addWidget(self.status)
        self.body.addWidget(self.problem)
        self.body.addWidget(self.scroll, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Shops"))
        self.title.setAccessibleName(self.title.text())
        self.intro.setText(self.tr("This shop and the shops nearest to it. Tap “My shop” on the ones you use most."))
        self.intro.setAccessibleName(self.intro.text())
        if self._shops is not None:
            self._show(self._shops)

    def show_visit(self, visit: Visit) -> None:
        """Ask for the shops near this kiosk and the customer's own, and list them."""
        self.wipe()
        self._visit = visit
        self._say_status(self.tr("Looking for the shops…"))
        self._service.shops(parent=self._scope, visit=visit).success(self._show).failure(self._failed).run()

    # -- the list --------------------------------------------------------------------------------

    def _say_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setAccessibleName(text)
        self.note.setVisible(bool(text))

    def _show(self, shops: Shops) -> None:
        self._shops = shops
        self._mine = {store.storeid for store in shops.preferred}
        self._clear_items()
        self._toggles = {}
        self._say_problem("")
        self._say_status("")
        self.intro.setVisible(shops.near is not None)  # "this shop and the nearest": only when they are listed
        if shops.needs_consent:
            self._say_note(self.tr(
                "To show the shops near here, this kiosk needs your consent to the use of your position."
                " You can give it in “My details”."))
        elif not shops.placed:
            self._say_note(self.tr("This kiosk does not know where it stands, so it cannot list the shops near here."))
        else:
            self._say_note("")
        locale = QLocale()
        near = shops.near or ()
        for index, store in enumerate(near):
            here = index == 0 and store.distance is not None and store.distance <= THIS_SHOP_METRES
            self._add_item(self._row(f"near{index}", store, locale, here=here))
        near_ids = {store.storeid for store in near}
        others = [store for store in shops.preferred if store.storeid not in near_ids]
        for index, store in enumerate(others):
            heading = self._heading(self.tr("Your shops"), "mineHeading") if index == 0 else None
            self._add_item(self._row(f"mine{index}", store, locale, here=False, heading=heading))
        if not near and not others:
            self._say_status(self.tr("You have not chosen a shop of your own yet."))
        fit_in_window(self.scroll.widget())

    def _heading(self, text: str, name: str) -> QLabel:
        heading = scaled(kiosk_label(text, name=name), 1.3, bold=True)
        heading.setAccessibleName(text)
        return heading

    def _row(self, name: str, store: Store, locale: QLocale, *, here: bool, heading: QLabel | None = None) -> QWidget:
        row = QWidget()
        row.setObjectName(name)
        outer = QVBoxLayout(row)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(8)
        if heading is not None:
            outer.addWidget(heading)  # the part's heading tops its first row, with no line between
        line = QHBoxLayout()
        line.setSpacing(18)
        outer.addLayout(line)
        column = QVBoxLayout()
        column.setSpacing(4)
        if here:
            mark = scaled(kiosk_label(self.tr("➤ This shop"), name="thisShop"), 1.0, bold=True)
            mark.setProperty(CUSTOMER_DATA, True)
            column.addWidget(mark)
        column.addWidget(scaled(kiosk_label(store.name, name="storeName", customer=True), 1.2, bold=True))
        column.addWidget(kiosk_label(self.tr("{address}, {city}").format(address=store.address, city=store.city),
                                     name="storeAddress", customer=True))
        if store.distance is not None and not here:
            column.addWidget(kiosk_label(self._distance(store.distance, locale), name="storeDistance", role="muted",
                                         customer=True))
        line.addLayout(column, 1)
        toggle = kiosk_button(name="myShop")
        toggle.setCheckable(True)
        toggle.setProperty(CUSTOMER_DATA, True)
        toggle.setChecked(store.storeid in self._mine)
        self._word_toggle(toggle, store)
        toggle.clicked.connect(lambda checked, chosen=store: self._toggle(chosen, checked))
        self._toggles.setdefault(store.storeid, toggle)
        line.addWidget(toggle, 0, Qt.AlignmentFlag.AlignVCenter)
        for label in row.findChildren(QLabel):
            label.setAccessibleName(label.text())
        return row

    def _distance(self, metres: int, locale: QLocale) -> str:
        if metres < 1000:
            return self.tr("{distance} m away").format(distance=locale.toString(int(round(metres, -1))))
        return self.tr("{distance} km away").format(distance=locale.toString(metres / 1000, "f", 1))

    def _word_toggle(self, toggle: QPushButton, store: Store) -> None:
        mark_checked(toggle, self.tr("My shop"))
        if toggle.isChecked():
            toggle.setAccessibleName(self.tr("My shop: {name}, chosen").format(name=store.name))
        else:
            toggle.setAccessibleName(self.tr("My shop: {name}, not chosen").format(name=store.name))

    # -- "My shop" -------------------------------------------------------------------------------

    def _toggle(self, store: Store, mine: bool) -> None:
        visit = self._visit
        if visit is None:
            return
        toggle = self._toggles.get(store.storeid)
        if toggle is not None:
            toggle.setEnabled(False)  # until the server answers: one change at a time
        self._service.set_my_shop(parent=self._scope, visit=visit, storeid=store.storeid, mine=mine) \
            .success(self._chosen).failure(self._not_chosen).run()

    def _chosen(self, preferred: tuple[Store, ...]) -> None:
        if self._shops is None:
            return
        self._show(Shops(near=self._shops.near, preferred=preferred, needs_consent=self._shops.needs_consent,
                         placed=self._shops.placed))

    def _not_chosen(self, exc: Exception) -> None:
        if self._shops is not None:
            self._show(self._shops)  # the toggles as they were
        self._say_problem(words.say(find_notice(exc)))

    def wipe(self) -> None:
        self._shops = None
        self._mine = set()
        self._toggles = {}
        super().wipe()
        self._say_note("")
        self.intro.show()
