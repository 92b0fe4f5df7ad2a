"""What the kiosk's list screens share: a list that scrolls by a finger's drag, its rows, and a screen of them.

Offers, My vouchers, Prizes, Play, News, Messages, Badges, Shops and the consents are lists of rows each
screen makes for one customer; a wipe deletes the rows and empties everything in them first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QLayout, QScrollArea, QScroller, QVBoxLayout, QWidget

from kiosk.services.kiosk import Visit, find_notice
from kiosk.services.operation import Scope
from kiosk.ui import words
from kiosk.ui.kiosk.screen import PROBLEM_SIGN, KioskScreen, kiosk_label

__all__ = ["ListScreen", "add_row", "clear_rows", "scroll_area", "separator_line"]


def separator_line() -> QFrame:
    """The thin line between two rows of a list."""
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setLineWidth(2)
    return line


def scroll_area(name: str) -> tuple[QScrollArea, QVBoxLayout]:
    """A list that scrolls by a finger's drag, and by its scroll bar (the kiosk's stylesheet makes it a touch target)."""
    inside = QWidget()
    inside.setObjectName(f"{name}Rows")
    inside.setAutoFillBackground(False)
    rows = QVBoxLayout(inside)
    # The rows' wrapped words keep the height they need: the list grows and scrolls, never squeezes a row.
    rows.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
    rows.setContentsMargins(0, 0, 12, 0)
    rows.setSpacing(14)
    rows.addStretch(1)
    area = QScrollArea()
    area.setObjectName(name)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inside)
    # The kiosk window's own background shows behind the rows (setWidget turned the widget's fill on).
    inside.setAutoFillBackground(False)
    area.viewport().setAutoFillBackground(False)
    QScroller.grabGesture(area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
    return area, rows


def add_row(rows: QVBoxLayout, items: list[QWidget], item: QWidget) -> None:
    """`item` as the list's last row (above its closing stretch), a line between it and the one before."""
    if items:
        separator = separator_line()
        rows.insertWidget(rows.count() - 1, separator)
        separator.show()
        items.append(separator)
    rows.insertWidget(rows.count() - 1, item)
    # Shown now: a layout shows a new child of a visible list only on the loop's next turn, and a tap or a
    # screen reader arriving before that turn would find the row there but not on screen.
    item.show()
    items.append(item)


def clear_rows(rows: QVBoxLayout, items: list[QWidget], scroll: QScrollArea) -> None:
    """Delete every row of the list, and its words first: until Qt deletes it, nothing in it names the customer."""
    for item in items:
        rows.removeWidget(item)
        item.hide()
        for widget in (item, *item.findChildren(QWidget)):
            widget.setAccessibleName("")
            widget.setAccessibleDescription("")
            if isinstance(widget, QLabel):
                widget.clear()
        item.setParent(None)
        item.deleteLater()
    items.clear()
    scroll.verticalScrollBar().setValue(0)


class ListScreen(KioskScreen):
    """A screen of rows in a scroll area, each row this screen's own (deleted on wipe), and a line for news."""

    def __init__(self, name: str, *, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self._scope = Scope(self)
        self._visit: Visit | None = None
        self.status = kiosk_label(name=f"{name}Status", role="muted")
        self.status.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.status.hide()
        self.problem = kiosk_label(name=f"{name}Problem", role="problem")
        self.problem.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.problem.hide()
        self.scroll, self._rows = scroll_area(name)
        self._items: list[QWidget] = []

    def _say_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setAccessibleName(text)
        self.status.setVisible(bool(text))

    def _say_problem(self, text: str) -> None:
        self.problem.setText(f"{PROBLEM_SIGN} {text}" if text else "")
        self.problem.setAccessibleName(text)
        self.problem.setVisible(bool(text))

    def _add_item(self, item: QWidget) -> None:
        add_row(self._rows, self._items, item)

    def _clear_items(self) -> None:
        clear_rows(self._rows, self._items, self.scroll)

    def _failed(self, exc: Exception) -> None:
        self._say_status("")
        self._say_problem(words.say(find_notice(exc)))

    def wipe(self) -> None:
        self._scope.end()
        self._scope = Scope(self)
        self._visit = None
        self._clear_items()
        super().wipe()
        self._say_status("")
        self._say_problem("")

    def first_focus(self) -> QWidget | None:
        return self.back_button
