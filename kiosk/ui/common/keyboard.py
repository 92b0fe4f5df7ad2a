"""The kiosk's own on-screen keyboard: big keys, four languages, typing into the focused field as real keys do.

Qt's virtual keyboard is not in the PySide6 Essentials wheel and a kiosk compositor offers none, so the
kiosk draws its own. It types by sending the target QLineEdit the key events a physical keyboard would, so
the edit's validator, maxLength, echo mode and signals behave as they always do. It keeps no buffer of
its own and never shows what was typed: a password's characters live only in the edit.
"""

from __future__ import annotations

import enum
import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QIntValidator, QKeyEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget

__all__ = ["OnScreenKeyboard", "FieldKind", "kind_of", "LANGUAGES", "KIND_PROPERTY", "MIN_KEY_MM", "MIN_POINT_SIZE", "key_pixels"]

MIN_KEY_MM = 9.0  # a fingertip's target on the real screen
MIN_POINT_SIZE = 18.0  # key labels, readable at arm's length
MM_PER_INCH = 25.4
KIND_PROPERTY = "keyboardKind"  # an edit may say what it takes: "text", "email", "digits" or "phone"


class FieldKind(enum.Enum):
    """What a field takes, which picks the keyboard's first page."""

    TEXT = "text"
    EMAIL = "email"
    DIGITS = "digits"
    PHONE = "phone"


class _Page(enum.Enum):
    LETTERS = "letters"
    SYMBOLS = "symbols"
    DIGITS = "digits"


# Letter rows per language (lower case; shift shows and types their upper case), then a row of accents.
LANGUAGES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": ("qwertyuiop", "asdfghjkl", "zxcvbnm", "éèëïöüñç"),
    "it": ("qwertyuiop", "asdfghjkl", "zxcvbnm", "àèéìòù"),
    "pt": ("qwertyuiop", "asdfghjklç", "zxcvbnm", "áàâãéêíóôõú"),
    "ru": ("ёйцукенгшщзхъ", "фывапролджэ", "ячсмитьбю"),
}
_SYMBOL_ROWS = ("1234567890", "-/:;()&@'\"", ".,?!+#%*_=")
_DIGIT_ROWS = ("123", "456", "789")
_EMAIL_KEYS = ("@", ".", "-", "_", ".com", ".it")
_LOCAL_DOMAINS = {"pt": ".pt", "ru": ".ru"}


def key_pixels(dpi: float, millimetres: float = MIN_KEY_MM) -> int:
    """The side in pixels of a key `millimetres` wide on a screen of `dpi` physical dots per inch."""
    return math.ceil(millimetres / MM_PER_INCH * dpi)


def kind_of(edit: QLineEdit) -> FieldKind:
    """The field's kind: its `keyboardKind` property if set, else its input method hints or validator."""
    said = edit.property(KIND_PROPERTY)
    if isinstance(said, str):
        try:
            return FieldKind(said)
        except ValueError:
            pass
    hints = edit.inputMethodHints()
    if hints & Qt.InputMethodHint.ImhEmailCharactersOnly:
        return FieldKind.EMAIL
    if hints & Qt.InputMethodHint.ImhDialableCharactersOnly:
        return FieldKind.PHONE
    if hints & (Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhFormattedNumbersOnly):
        return FieldKind.DIGITS
    if isinstance(edit.validator(), QIntValidator):
        return FieldKind.DIGITS
    return FieldKind.TEXT


class OnScreenKeyboard(QWidget):
    """Big keys that type into one QLineEdit at a time: `attach(edit)`, `detach()`.

    The page follows the field's kind (letters, with an e-mail row for e-mail, digits for digits and
    phone numbers) and the layout the language (`set_language`: it, en, ru, pt). Shift is one-shot.
    Keys never take the focus, so the field keeps its cursor. Enter sends the edit a Return key (its
    returnPressed/editingFinished fire as usual) and emits `done`; the hide key emits `dismissed`.
    """

    done = Signal()  # Enter was pressed for the attached field
    dismissed = Signal()  # the customer asked to hide the keyboard

    def __init__(self, language: str = "en", *, dpi: float | None = None, parent: QWidget | None = None) -> None:
        """`dpi` is the screen's physical dots per inch; by default the screen's own (injectable for tests)."""
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._language = language if language in LANGUAGES else "en"
        self._dpi = dpi
        self._edit: QLineEdit | None = None
        self._kind = FieldKind.TEXT
        self._page = _Page.LETTERS
        self._shift = False
        self._letter_keys: list[tuple[QPushButton, str]] = []
        self._shift_key: QPushButton | None = None
        self._body: QWidget | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        self._outer = outer
        self._rebuild()

    # --- what the face calls --------------------------------------------------------------------

    def attach(self, edit: QLineEdit) -> None:
        """Types into `edit` from now on, on the page its kind asks for."""
        self.detach()
        self._edit = edit
        edit.destroyed.connect(self._forget)
        self._kind = kind_of(edit)
        self._page = _Page.DIGITS if self._kind in (FieldKind.DIGITS, FieldKind.PHONE) else _Page.LETTERS
        self._shift = False
        self._rebuild()

    def detach(self) -> None:
        """Lets go of the field; the keyboard holds nothing of it afterwards."""
        if self._edit is not None:
            try:
                self._edit.destroyed.disconnect(self._forget)
            except (RuntimeError, TypeError):
                pass
        self._edit = None
        self.clear()

    def clear(self) -> None:
        """Back to the first page with shift off. (There is no buffer to wipe: typed text lives in the field.)"""
        self._shift = False
        kind_page = _Page.DIGITS if self._kind in (FieldKind.DIGITS, FieldKind.PHONE) else _Page.LETTERS
        if self._page is not kind_page:
            self._page = kind_page
            self._rebuild()
        else:
            self._relabel()

    def target(self) -> QLineEdit | None:
        """The field being typed into, if any."""
        return self._edit

    def kind(self) -> FieldKind:
        """The kind of the field attached last."""
        return self._kind

    def language(self) -> str:
        """The layout's language code."""
        return self._language

    def set_language(self, language: str) -> None:
        """Lays the letters out for `language` (it, en, ru, pt); an unknown one falls back to English."""
        self._language = language if language in LANGUAGES else "en"
        self._rebuild()

    def key_size(self) -> int:
        """The side of a key in pixels: at least 9 mm on this screen."""
        return key_pixels(self._screen_dpi())

    # --- building -------------------------------------------------------------------------------

    def _screen_dpi(self) -> float:
        if self._dpi is not None:
            return self._dpi
        screen = self.screen() or QGuiApplication.primaryScreen()
        return screen.physicalDotsPerInch() if screen is not None else 96.0

    def _key_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(MIN_POINT_SIZE, font.pointSizeF()))
        return font

    def _make_key(self, label: str, name: str, action: object, width: float = 1.0) -> QPushButton:
        key = QPushButton(label.replace("&", "&&"))
        key.setAccessibleName(name)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        key.setAutoRepeat(False)
        key.setAutoDefault(False)
        key.setFont(self._key_font())
        side = self.key_size()
        key.setMinimumSize(math.ceil(side * width), side)
        policy = key.sizePolicy()
        policy.setHorizontalStretch(round(width * 2))  # wide keys (Space, Shift) keep their share as a row grows
        policy.setHorizontalPolicy(QSizePolicy.Policy.Expanding)
        key.setSizePolicy(policy)
        key.clicked.connect(action)
        return key

    def _char_key(self, char: str, width: float = 1.0) -> QPushButton:
        return self._make_key(char, char, lambda: self._type(char), width)

    def _letter_key(self, letter: str) -> QPushButton:
        key = self._make_key(letter, letter, lambda: self._type_letter(letter))
        self._letter_keys.append((key, letter))
        return key

    def _row(self, keys: list[QPushButton]) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addStretch(1)
        for key in keys:
            row.addWidget(key)
        row.addStretch(1)
        return row

    def _rebuild(self) -> None:
        if self._body is not None:
            old = self._body
            self._outer.removeWidget(old)
            old.hide()
            old.setParent(None)  # out of findChildren now; deleted once the key that asked has returned
            old.deleteLater()
        self._letter_keys = []
        self._shift_key = None
        body = QWidget(self)
        body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        rows = QVBoxLayout(body)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(4)
        if self._page is _Page.DIGITS:
            self._build_digits(rows)
        elif self._page is _Page.SYMBOLS:
            self._build_symbols(rows)
        else:
            self._build_letters(rows)
        self._body = body
        self._outer.addWidget(body)
        self.setAccessibleName(self.tr("On-screen keyboard"))
        self._relabel()

    def _build_letters(self, rows: QVBoxLayout) -> None:
        layout = LANGUAGES[self._language]
        letter_rows = layout[:3]
        accents = layout[3] if len(layout) > 3 else ""
        if accents:
            rows.addLayout(self._row([self._letter_key(c) for c in accents]))
        for index, letters in enumerate(letter_rows):
            keys = [self._letter_key(c) for c in letters]
            if index == len(letter_rows) - 1:
                self._shift_key = self._make_key("⇧", self.tr("Shift"), self._toggle_shift, 1.5)
                self._shift_key.setCheckable(True)
                keys = [self._shift_key, *keys, self._backspace_key()]
            rows.addLayout(self._row(keys))
        if self._kind is FieldKind.EMAIL:
            rows.addLayout(self._row(self._email_keys()))
        switch = self._make_key("?123", self.tr("Digits and symbols"), lambda: self._show(_Page.SYMBOLS), 1.5)
        rows.addLayout(self._row([switch, self._char_key(","), self._space_key(), self._char_key("."), *self._end_keys()]))

    def _build_symbols(self, rows: QVBoxLayout) -> None:
        for index, chars in enumerate(_SYMBOL_ROWS):
            keys = [self._char_key(c) for c in chars]
            if index == len(_SYMBOL_ROWS) - 1:
                keys.append(self._backspace_key())
            rows.addLayout(self._row(keys))
        if self._kind is FieldKind.EMAIL:
            rows.addLayout(self._row(self._email_keys()))
        letters = self._make_key(self.tr("ABC"), self.tr("Letters"), lambda: self._show(_Page.LETTERS), 1.5)
        rows.addLayout(self._row([letters, self._space_key(), *self._end_keys()]))

    def _build_digits(self, rows: QVBoxLayout) -> None:
        grid = QGridLayout()
        grid.setSpacing(4)
        for r, digits in enumerate(_DIGIT_ROWS):
            for c, digit in enumerate(digits):
                grid.addWidget(self._char_key(digit), r, c)
        if self._kind is FieldKind.PHONE:
            grid.addWidget(self._char_key("+"), 3, 0)
        grid.addWidget(self._char_key("0"), 3, 1)
        grid.addWidget(self._backspace_key(1.0), 3, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(grid)
        row.addStretch(1)
        rows.addLayout(row)
        rows.addLayout(self._row(self._end_keys()))

    def _email_keys(self) -> list[QPushButton]:
        texts = list(_EMAIL_KEYS)
        local = _LOCAL_DOMAINS.get(self._language)
        if local:
            texts.append(local)
        return [self._char_key(t, 1.5 if len(t) > 1 else 1.0) for t in texts]

    def _space_key(self) -> QPushButton:
        return self._make_key(self.tr("Space"), self.tr("Space"), lambda: self._type(" "), 4.0)

    def _backspace_key(self, width: float = 1.5) -> QPushButton:
        return self._make_key("⌫", self.tr("Backspace"), lambda: self._press(Qt.Key.Key_Backspace), width)

    def _end_keys(self) -> list[QPushButton]:
        enter = self._make_key("↵", self.tr("Enter"), self._enter, 1.5)
        hide = self._make_key("⌨▾", self.tr("Hide keyboard"), self._hide, 1.5)
        return [enter, hide]

    def _relabel(self) -> None:
        for key, letter in self._letter_keys:
            shown = letter.upper() if self._shift else letter
            key.setText(shown)
            key.setAccessibleName(shown)
        if self._shift_key is not None:
            self._shift_key.setChecked(self._shift)

    # --- typing ---------------------------------------------------------------------------------

    def _show(self, page: _Page) -> None:
        self._page = page
        self._shift = False
        self._rebuild()

    def _toggle_shift(self) -> None:
        self._shift = not self._shift
        self._relabel()

    def _type_letter(self, letter: str) -> None:
        self._type(letter.upper() if self._shift else letter)
        if self._shift:
            self._shift = False
            self._relabel()

    def _type(self, text: str) -> None:
        """Sends `text` as one key stroke, the way a physical keyboard's press and release arrive."""
        if self._edit is None:
            return
        key = ord(text.upper()) if len(text) == 1 and text.isascii() else int(Qt.Key.Key_unknown)
        self._send(key, text)

    def _press(self, key: Qt.Key) -> None:
        if self._edit is not None:
            self._send(int(key), "")

    def _send(self, key: int, text: str) -> None:
        edit = self._edit
        if edit is None:
            return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))

    def _enter(self) -> None:
        if self._edit is not None:
            self._send(int(Qt.Key.Key_Return), "\r")
        self.done.emit()

    def _hide(self) -> None:
        self.dismissed.emit()

    def _forget(self, *_: object) -> None:
        self._edit = None

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        """Re-reads its words when the interface language changes."""
        if event.type() == QEvent.Type.LanguageChange:
            self._rebuild()
        super().changeEvent(event)


