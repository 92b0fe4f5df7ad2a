"""The loyalty card PIN pad, for the counter and the kiosk: big keys, dots only, the PIN kept in one place and wiped."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kiosk.ui.common.enrol_base import scaled

__all__ = ["PinPad", "PIN_LENGTHS", "KEY_SIZE", "BANK_WARNING", "PHONE_ORDER"]

PIN_LENGTHS = (3, 12)  # the campaign's pincodelength is 4 to 8 in practice; anything in here is accepted
KEY_SIZE = 72  # pixels: a fingertip's target, with room to spare
BANK_WARNING = QT_TRANSLATE_NOOP("PinPad", "Never use your bank card's PIN here.")  # worded at use, by self.tr
PHONE_ORDER = "1234567890"  # the ten digit keys as read left to right, top to bottom, in the phone layout
FILLED, EMPTY = "●", "○"

# The grid cells of the ten digit keys in reading order; Clear and ⌫ keep the bottom corners.
_DIGIT_CELLS = tuple((row, column) for row in range(3) for column in range(3)) + ((3, 1),)
_NOT_TYPING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier


def _overwriter(digits: bytearray) -> Callable[[], None]:
    """Zeroes `digits`; holds no reference to the widget, so it can run while the widget is being destroyed."""

    def overwrite(*_: object) -> None:
        digits[:] = bytes(len(digits))

    return overwrite


class PinPad(QWidget):
    """Types a PIN of `length` digits by touch, mouse or keyboard; shows one dot per digit, never the digit.

    The keys never take the focus: the pad does, so a physical keypad keeps typing into it.
    Digits 0-9 (main keys or the numeric keypad), Backspace and Delete (clears) are its keys;
    anything else is left to the parent (Enter, Escape for a dialog). The PIN exists only in a
    private bytearray: `take_pin()` hands it out and wipes the pad in the same call; `wipe()`
    (cancel, idle timeout) and hiding or destroying the pad overwrite it. Nothing here logs.
    """

    changed = Signal(int)  # how many digits are typed now
    complete = Signal()  # the count just reached `length`

    def __init__(
        self,
        length: int,
        *,
        scrambled: bool = False,
        rng: random.Random | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """`scrambled` lays the digits out in a new order from `rng` (the system's by default) at every wipe."""
        low, high = PIN_LENGTHS
        if not low <= length <= high:
            raise ValueError(f"a PIN pad takes {low} to {high} digits, not {length}")
        super().__init__(parent)
        self._length = length
        self._scrambled = scrambled
        self._rng: random.Random = rng if rng is not None else random.SystemRandom()
        self._digits = bytearray(length)  # ASCII digits; only the first _count mean anything
        self._count = 0
        self._order = PHONE_ORDER
        # Qt emits destroyed from the C++ destructor; the slot only knows the bytearray.
        self.destroyed.connect(_overwriter(self._digits))

        self.setObjectName("pinPad")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.display = QLabel()
        self.display.setObjectName("pinDisplay")
        self.display.setTextFormat(Qt.TextFormat.PlainText)
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scaled(self.display, 2.4)

        self.warning = QLabel()
        self.warning.setObjectName("bankWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        self.warning.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.warning.setWordWrap(True)
        scaled(self.warning, 1.15, bold=True)

        self.digit_keys: dict[str, QPushButton] = {}
        for digit in PHONE_ORDER:
            key = self._key(f"key{digit}", digit, "")
            key.clicked.connect(lambda _=False, d=digit: self._type(d))
            self.digit_keys[digit] = key
        self.clear_key = self._key("keyClear", "", "")
        self.clear_key.clicked.connect(self.wipe)
        self.backspace_key = self._key("keyBackspace", "⌫", "")
        self.backspace_key.clicked.connect(self._erase_last)

        self._grid = QGridLayout()
        self._grid.setSpacing(10)
        self._grid.addWidget(self.clear_key, 3, 0)
        self._grid.addWidget(self.backspace_key, 3, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(self.display)
        layout.addWidget(self.warning)
        layout.addSpacing(8)
        layout.addLayout(self._grid)

        self._lay_out_keys()
        self._retranslate()

    def _retranslate(self) -> None:
        """The pad's words in the language in force: at build, and again when the kiosk's language changes."""
        self.setAccessibleName(self.tr("PIN pad"))
        self.warning.setText(self.tr(BANK_WARNING))
        for digit, key in self.digit_keys.items():
            key.setAccessibleName(self.tr("Digit {digit}").format(digit=digit))
        self.clear_key.setText(self.tr("Clear"))
        self.clear_key.setAccessibleName(self.tr("Clear the PIN"))
        self.backspace_key.setAccessibleName(self.tr("Delete the last digit"))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _key(self, name: str, text: str, accessible: str) -> QPushButton:
        key = QPushButton(text)
        key.setObjectName(name)
        key.setAccessibleName(accessible)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard stays with the pad
        key.setAutoDefault(False)  # in a dialog, Enter belongs to its default button
        key.setMinimumSize(KEY_SIZE, KEY_SIZE)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        scaled(key, 2.0 if len(text) == 1 else 1.4, bold=True)
        return key

    # -- what the caller uses ------------------------------------------------

    @property
    def length(self) -> int:
        return self._length

    @property
    def count(self) -> int:
        """How many digits are typed (never which)."""
        return self._count

    @property
    def is_complete(self) -> bool:
        return self._count == self._length

    @property
    def digit_order(self) -> str:
        """The ten digit keys as laid out now, left to right and top to bottom ("1234567890" unscrambled)."""
        return self._order

    def take_pin(self) -> str:
        """The PIN typed (possibly short or empty), and the pad wiped: send it and forget it."""
        # Decoded through a view: slicing the bytearray would leave an unwiped copy of the digits behind.
        with memoryview(self._digits) as view:
            pin = str(view[: self._count], "ascii")
        self.wipe()
        return pin

    def wipe(self) -> None:
        """Forget the digits (the storage overwritten) and, when scrambled, lay the keys out anew."""
        had = self._count
        self._forget()
        self._lay_out_keys()
        self._show_count()
        if had:
            self.changed.emit(0)

    # -- typing --------------------------------------------------------------

    def _type(self, digit: str) -> None:
        if self._count >= self._length:
            return  # the PIN has its length: more is not typed
        self._digits[self._count] = ord(digit)
        self._count += 1
        self._show_count()
        self.changed.emit(self._count)
        if self._count == self._length:
            self.complete.emit()

    def _erase_last(self) -> None:
        if not self._count:
            return
        self._count -= 1
        self._digits[self._count] = 0
        self._show_count()
        self.changed.emit(self._count)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        # By key code, not text: the same on the main row and the keypad (KeypadModifier), and a
        # layout whose number row types other characters unshifted (AZERTY's "&é") types no digit.
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and not event.modifiers() & _NOT_TYPING:
            if not event.isAutoRepeat():  # a key held down is one digit, not a row of them
                self._type(str(key - Qt.Key.Key_0))
            event.accept()
        elif key == Qt.Key.Key_Backspace and not event.modifiers() & _NOT_TYPING:
            self._erase_last()
            event.accept()
        elif key == Qt.Key.Key_Delete and not event.modifiers() & _NOT_TYPING:
            self.wipe()
            event.accept()
        else:
            super().keyPressEvent(event)  # ignored: Escape, Enter and shortcuts reach the parent

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        # Hidden (dialog closed, screen changed, window minimised): whatever was typed is gone.
        self.wipe()
        super().hideEvent(event)

    # -- inside --------------------------------------------------------------

    def _forget(self) -> None:
        self._digits[:] = bytes(len(self._digits))
        self._count = 0

    def _lay_out_keys(self) -> None:
        if self._scrambled:
            order = list(PHONE_ORDER)
            self._rng.shuffle(order)
            self._order = "".join(order)
        for digit, (row, column) in zip(self._order, _DIGIT_CELLS, strict=True):
            key = self.digit_keys[digit]
            self._grid.removeWidget(key)
            self._grid.addWidget(key, row, column)

    def _show_count(self) -> None:
        self.display.setText(" ".join(FILLED * self._count + EMPTY * (self._length - self._count)))
        self.display.setAccessibleName(
            self.tr("PIN: {typed} {of_length} digits typed").format(
                typed=self._typed_words()[self._count], of_length=self._length_words()[self._length - PIN_LENGTHS[0]]
            )
        )

    # The display's accessible name counts in words: a number in it could be taken for a digit typed.
    # Two lists, because a language says "two" typed and "of two" in different forms.
    def _typed_words(self) -> tuple[str, ...]:
        """How many digits are typed, 0 to 12, as words."""
        return (
            self.tr("none"), self.tr("one"), self.tr("two"), self.tr("three"), self.tr("four"), self.tr("five"),
            self.tr("six"), self.tr("seven"), self.tr("eight"), self.tr("nine"), self.tr("ten"), self.tr("eleven"),
            self.tr("twelve"),
        )

    def _length_words(self) -> tuple[str, ...]:
        """How many digits the PIN has, 3 to 12 (PIN_LENGTHS), as "of ..." in words."""
        return (
            self.tr("of three"), self.tr("of four"), self.tr("of five"), self.tr("of six"), self.tr("of seven"),
            self.tr("of eight"), self.tr("of nine"), self.tr("of ten"), self.tr("of eleven"), self.tr("of twelve"),
        )
