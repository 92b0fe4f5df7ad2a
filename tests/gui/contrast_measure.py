"""Measuring what a screen shows: its words' widgets, where their words are, and the contrast of a grabbed patch."""

from __future__ import annotations

import collections
from collections.abc import Iterator

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

from kiosk.ui.kiosk.look import contrast_ratio


def texts(root: QWidget) -> Iterator[QWidget]:
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.width() < 8 or widget.height() < 8:
            continue
        if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)) and widget.text().strip():
            yield widget


def inner(widget: QWidget, window: QWidget) -> QRect:
    """Where the widget's words show, in the window: the part a scroll area leaves in view (empty when it is
    scrolled out of sight), inside the border and rounded corners of a control."""
    rect = QRect(0, 0, widget.width(), widget.height())
    if isinstance(widget, (QAbstractButton, QLineEdit)):
        inset = min(12, widget.width() // 4, widget.height() // 4)
        rect = rect.adjusted(inset, inset, -inset, -inset)
    shown = widget.visibleRegion().boundingRect().intersected(rect)
    if shown.height() < widget.fontMetrics().height():
        return QRect()  # not in view, or too little of a line to read: nothing to measure
    return shown.translated(widget.mapTo(window, QPoint(0, 0)))


def measured_contrast(image: QImage, rect: QRect) -> tuple[float, QColor, QColor]:
    counts: collections.Counter[int] = collections.Counter()
    step = 1 if rect.width() * rect.height() < 60_000 else 2
    for y in range(rect.top(), rect.bottom() + 1, step):
        for x in range(rect.left(), rect.right() + 1, step):
            counts[image.pixel(x, y)] += 1
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    best, text = 1.0, background
    for rgb in counts:
        colour = QColor.fromRgb(rgb)
        ratio = contrast_ratio(colour, background)
        if ratio > best:
            best, text = ratio, colour
    return best, text, background
