"""The kiosk's one window: full screen, no frame, its screens one at a time, the keyboard, the two switches.

The window owns nothing of a customer: screens show them, the face (kiosk.ui.kiosk.face) decides which
screen shows and `wipe()` makes every screen, field, pad and buffer forget them at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLineEdit, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget,
)

from kiosk.ui.common.keyboard import OnScreenKeyboard
from kiosk.ui.kiosk.look import Look, fit_text, physical_dpi
from kiosk.ui.kiosk.screen import KioskScreen, kiosk_button, kiosk_label, mark_checked

__all__ = ["KioskWindow", "NO_KEYBOARD", "FieldKeyboard", "keyboard_for_dialog"]

#: A line edit with this property set to True is typed into by its own means (no on-screen keyboard).
NO_KEYBOARD = "noKeyboard"


class FieldKeyboard(QObject):
    """Shows `keyboard` while a line edit inside `container` (same window) has the focus, typing into it.

    It lets go of the field when the focus leaves it for anything else in `container`, on the keyboard's
    hide key, and after Enter unless Enter moved the focus to another field.
    """

    def __init__(self, container: QWidget, keyboard: OnScreenKeyboard) -> None:
        super().__init__(container)
        self._container = container
        self.keyboard = keyboard
        keyboard.hide()
        keyboard.dismissed.connect(self.hide)
        keyboard.done.connect(self._after_enter)
        app = QApplication.instance()
        assert isinstance(app, QApplication), "a QApplication exists before any screen"
        app.focusChanged.connect(self._focus_moved)

    def _inside(self, widget: QWidget) -> bool:
        return self._container.isAncestorOf(widget) and not self.keyboard.isAncestorOf(widget)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self._inside(new):
            return
        if isinstance(new, QLineEdit) and not new.property(NO_KEYBOARD) and not new.isReadOnly():
            self.keyboard.attach(new)
            self.keyboard.show()
        else:
            self.hide()

    def hide(self) -> None:
        self.keyboard.detach()
        self.keyboard.hide()

    def _after_enter(self) -> None:
        focus = QApplication.focusWidget()
        if not isinstance(focus, QLineEdit) or focus is self.keyboard.target():
            self.hide()


def keyboard_for_dialog(dialog: QWidget, *, language: str, dpi: float) -> FieldKeyboard:
    """The kiosk's keyboard at the bottom of `dialog` (staff's settings), for a kiosk with no other keyboard."""
    keyboard = OnScreenKeyboard(language, dpi=dpi, parent=dialog)
    layout = dialog.layout()
    if layout is not None:
        layout.addWidget(keyboard)
    return FieldKeyboard(dialog, keyboard)


class _OneScreen(QStackedWidget):
    """A stack as big as the screen it shows: a tall screen not shown never makes the window taller than the glass."""

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        current = self.currentWidget()
        return current.sizeHint() if current is not None else super().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        current = self.currentWidget()
        return current.minimumSizeHint() if current is not None else super().minimumSizeHint()


class KioskWindow(QWidget):
    """Full screen on the primary screen, frameless, with a stack of named screens.

    The corner switches ("Large text", "High contrast") are on every screen and apply at once;
    `look_changed` tells the face. The on-screen keyboard shows below the screen while one of its
    line edits has the focus, and forgets that edit when it loses it.
    """

    look_changed = Signal(object)  # Look

    def __init__(self, *, language: str = "en", dpi: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kioskWindow")
        self.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.setAcceptDrops(False)
        self._look = Look(dpi=dpi if dpi is not None else physical_dpi())
        self.screens: dict[str, KioskScreen] = {}

        self.large_text = kiosk_button(name="largeText")
        self.large_text.setCheckable(True)
        self.large_text.toggled.connect(self._switched)
        self.high_contrast = kiosk_button(name="highContrast")
        self.high_contrast.setCheckable(True)
        self.high_contrast.toggled.connect(self._switched)
        self.banner = kiosk_label(name="kioskBanner", role="problem")
        self.banner.hide()
        self.banner.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        top = QHBoxLayout()
        top.setContentsMargins(self._look.px(20), 8, 16, 0)  # the staff corner stays clear of controls
        top.addWidget(self.banner, 1)
        top.addStretch(0)
        top.addWidget(self.large_text)
        top.addWidget(self.high_contrast)

        self.stack = _OneScreen()
        self.keyboard = OnScreenKeyboard(language, dpi=self._look.dpi)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.keyboard)
        self._fields = FieldKeyboard(self, self.keyboard)
        self._retranslate()
        self._apply_look()

    # -- screens ---------------------------------------------------------------------------------

    def add(self, name: str, screen: KioskScreen) -> KioskScreen:
        screen.setObjectName(name)
        # A screen not shown takes no room: the window's least size is the shown screen's alone.
        screen.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.screens[name] = screen
        self.stack.addWidget(screen)
        fit_text(screen, self._look)
        return screen

    @property
    def current(self) -> KioskScreen | None:
        screen = self.stack.currentWidget()
        return screen if isinstance(screen, KioskScreen) else None

    @property
    def current_name(self) -> str:
        screen = self.current
        return screen.objectName() if screen is not None else ""

    def show_screen(self, name: str) -> KioskScreen:
        screen = self.screens[name]
        self._hide_keyboard()
        previous = self.stack.currentWidget()
        if previous is not None and previous is not screen:
            previous.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        screen.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.stack.setCurrentWidget(screen)
        self.stack.updateGeometry()
        fit_text(screen, self._look)  # words a screen made since it was last shown
        screen.enter()
        target = screen.first_focus()
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)
        return screen

    def wipe(self) -> None:
        """Every screen forgets its customer; the keyboard lets go; the look returns to plain."""
        self._hide_keyboard()
        for screen in self.screens.values():
            screen.wipe()
        self.set_look(large=False, contrast=False)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.clear()

    # -- look ------------------------------------------------------------------------------------

    @property
    def look(self) -> Look:
        return self._look

    def set_look(self, *, large: bool, contrast: bool) -> None:
        for button, on in ((self.large_text, large), (self.high_contrast, contrast)):
            button.blockSignals(True)
            button.setChecked(on)
            button.blockSignals(False)
        self._switched()

    def _switched(self, *_: object) -> None:
        self._retranslate()
        look = Look(dpi=self._look.dpi, large=self.large_text.isChecked(), contrast=self.high_contrast.isChecked())
        if look == self._look:
            return
        self._look = look
        self._apply_look()
        self.look_changed.emit(look)

    def _apply_look(self) -> None:
        sheet = self._look.stylesheet()
        self.setStyleSheet(sheet)
        if not sheet:  # kiosk.qss missing or broken: the theme's colours still, through the palette
            self.setPalette(self._look.palette())  # after the sheet: taking one off restores the palette before it
        fit_text(self, self._look)

    # -- the keyboard ----------------------------------------------------------------------------

    def _hide_keyboard(self) -> None:
        self._fields.hide()

    # -- words -----------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Loyalty kiosk"))
        mark_checked(self.large_text, self.tr("Large text"))
        mark_checked(self.high_contrast, self.tr("High contrast"))

    def set_language(self, language: str) -> None:
        self.keyboard.set_language(language)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def say_offline(self, text: str) -> None:
        """A plain line at the top while the loyalty server cannot be reached; "" hides it."""
        self.banner.setText(text)
        self.banner.setVisible(bool(text))


