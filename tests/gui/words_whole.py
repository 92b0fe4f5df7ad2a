"""What a screen cuts off: the labels and buttons whose words do not fit the room their layout gave them."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QWidget

__all__ = ["cut_off"]


def cut_off(top: QWidget) -> list[str]:
    """The labels and buttons in `top` whose text does not fit the space their layout gave them."""
    # The layout that the last text asked for, as a screen shows it a moment later: a label's new size
    # climbs its parents one posted layout request at a time.
    for _ in range(5):
        QApplication.processEvents()
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not isinstance(widget, (QLabel, QAbstractButton)) or not widget.isVisible() or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = QSize(0, widget.heightForWidth(widget.width()))  # wrapped: the lines need this height
        else:
            need = widget.sizeHint()
        if need.width() > widget.width() + 1 or need.height() > widget.height() + 1:
            found.append(
                f"{type(widget).__name__} {widget.text()!r} needs {need.width()}x{need.height()},"
                f" has {widget.width()}x{widget.height()}"
            )
    return found
