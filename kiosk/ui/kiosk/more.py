""""More for you": the signed-in customer's way to the rest of their area, one big tile per screen.

My card keeps what brings most customers (their figures, codes, offers and vouchers); everything else
the platform gives them (prizes, the contest, news and messages, badges, the shops, their details) is a
tile here. A tile names a screen of the face (`Screen`); the face opens it (`chosen`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from kiosk.ui.kiosk.screen import KioskScreen, kiosk_button

__all__ = ["MoreScreen", "TILES"]

#: The tiles in their order: the face's name of the screen, the words on the tile (context "MoreScreen").
#: One line per screen, its words marked for lupdate; the face answers `chosen` with the screen named here.
TILES: tuple[tuple[str, str], ...] = (
    ("prizes", QT_TRANSLATE_NOOP("MoreScreen", "Prizes")),
    ("play", QT_TRANSLATE_NOOP("MoreScreen", "Play")),
    ("news", QT_TRANSLATE_NOOP("MoreScreen", "News")),
    ("messages", QT_TRANSLATE_NOOP("MoreScreen", "Messages")),
    ("badges", QT_TRANSLATE_NOOP("MoreScreen", "Badges")),
    ("stores", QT_TRANSLATE_NOOP("MoreScreen", "Shops")),
    ("details", QT_TRANSLATE_NOOP("MoreScreen", "My details")),
    ("erase", QT_TRANSLATE_NOOP("MoreScreen", "Delete my account")),
)


class MoreScreen(KioskScreen):
    """A grid of tiles, three across on a wide screen and two on a tall one; `chosen` names the screen tapped."""

    chosen = Signal(str)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.tiles: dict[str, QPushButton] = {}
        self._grid = QGridLayout()
        self._grid.setSpacing(18)
        for name, _words in TILES:
            tile = kiosk_button(name=f"tile_{name}", role="big")
            tile.setMinimumHeight(1)  # the look's touch size; the grid gives tiles the rest of the height
            tile.clicked.connect(lambda _checked=False, screen=name: self.chosen.emit(screen))
            self.tiles[name] = tile
        self._columns = 0
        self._arrange(3)
        self.body.addLayout(self._grid, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("More for you"))
        self.title.setAccessibleName(self.title.text())
        for name, source in TILES:
            text = QCoreApplication.translate("MoreScreen", source)
            self.tiles[name].setText(text)
            self.tiles[name].setAccessibleName(text)

    def wipe(self) -> None:
        super().wipe()
        self.retranslate()  # a tile's words for this customer alone (the unread messages) back to the plain ones

    def first_focus(self) -> QWidget | None:
        return next(iter(self.tiles.values()), self.back_button)

    def _arrange(self, columns: int) -> None:
        if columns == self._columns:
            return
        self._columns = columns
        for tile in self.tiles.values():
            self._grid.removeWidget(tile)
        for index, tile in enumerate(self.tiles.values()):
            self._grid.addWidget(tile, index // columns, index % columns)
        rows = (len(self.tiles) + columns - 1) // columns
        for row in range(max(rows, 1) + 3):
            self._grid.setRowStretch(row, 1 if row < rows else 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        size = event.size()
        self._arrange(2 if size.height() > size.width() else 3)
        super().resizeEvent(event)
