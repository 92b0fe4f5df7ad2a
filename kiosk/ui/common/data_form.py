"""The enrolment's data entry: the campaign's fields as one scrolling form, consents in their own section.

Built from `FormField`s (kiosk.domain.onboarding), used by the counter's wizard
and the self-service kiosk alike, so every row is big enough for a finger. It
keeps what the customer typed exactly as typed: checking it is the domain's
job (`check_form`), and the wizard hands the answers back with `show_errors`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCalendarWidget,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProxyStyle,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QScroller,
    QStyle,
    QStyledItemDelegate,
    QStyleOption,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain.onboarding import FieldType, FormField
from kiosk.domain.errors import Notice
from kiosk.ui import words
from kiosk.ui.palette import Tone, set_tone

__all__ = ["DataForm"]

# A fingertip: the smallest height anything the customer touches gets.
TOUCH = 44
REQUIRED_MARK = " *"

# Radio buttons' circles, big enough to see from a step away; the whole button is the touch target.
_INDICATOR = 26
_InputHints = Qt.InputMethodHint
_HINTS = {
    FieldType.EMAIL: (
        _InputHints.ImhEmailCharactersOnly | _InputHints.ImhNoAutoUppercase | _InputHints.ImhNoPredictiveText
    ),
    FieldType.PHONE: _InputHints.ImhDialableCharactersOnly | _InputHints.ImhNoPredictiveText,
}


class _Entry(Protocol):
    """What one field's editor offers the form, whatever its type."""

    widget: QWidget

    def value(self) -> Any: ...

    def set_value(self, value: Any) -> None: ...

    def focus_chain(self) -> list[QWidget]: ...

    def focus_target(self) -> QWidget: ...


def _tall(widget: QWidget) -> QWidget:
    widget.setMinimumHeight(TOUCH)
    return widget


def _note(text: str, *, name: str = "", weight: QFont.Weight | None = None) -> QLabel:
    """A word-wrapped line of plain text (the campaign's wording is never read as HTML).

    Only the weight is set here, the size is inherited from the form; no style
    sheet either, since one pins a widget to the application's smaller font.
    """
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if name:
        label.setObjectName(name)
    if weight is not None:
        font = QFont()
        font.setWeight(weight)
        label.setFont(font)
    return label


class _TouchStyle(QProxyStyle):
    """The application's style with bigger radio circles."""

    def pixelMetric(
        self, metric: QStyle.PixelMetric, option: QStyleOption | None = None, widget: QWidget | None = None
    ) -> int:
        if metric in (QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, QStyle.PixelMetric.PM_ExclusiveIndicatorHeight):
            return _INDICATOR
        if metric is QStyle.PixelMetric.PM_RadioButtonLabelSpacing:
            return _INDICATOR // 2
        return super().pixelMetric(metric, option, widget)


def _as_text(value: Any) -> str:
    return "" if value is None else str(value)


class _LineEntry:
    """text, e-mail and phone: a line edit whose keyboard hint matches the type."""

    def __init__(self, field: FormField, edited: Callable[[], None]) -> None:
        self.edit = QLineEdit()
        self.edit.setObjectName(field.name)
        self.edit.setInputMethodHints(_HINTS.get(field.type, _InputHints.ImhNone))
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(lambda _text: edited())
        self.widget: QWidget = _tall(self.edit)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, value: Any) -> None:
        self.edit.setText(_as_text(value))

    def focus_chain(self) -> list[QWidget]:
        return [self.edit]

    def focus_target(self) -> QWidget:
        return self.edit


class _DateEntry:
    """A date typed as YYYY-MM-DD or picked from a calendar, and free to stay empty (a QDateEdit never is)."""

    def __init__(self, field: FormField, locale: QLocale, edited: Callable[[], None]) -> None:
        self._locale = locale
        self._edited = edited
        self.edit = QLineEdit()
        self.edit.setObjectName(field.name)
        self.edit.setPlaceholderText(QCoreApplication.translate("DataForm", "YYYY-MM-DD"))
        self.edit.setInputMethodHints(_InputHints.ImhDate | _InputHints.ImhPreferNumbers)
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(lambda _text: edited())
        self.edit.textChanged.connect(self._explain)
        self.pick = QToolButton()
        self.pick.setObjectName(f"{field.name}_calendar")
        self.pick.setText(QCoreApplication.translate("DataForm", "Calendar…"))
        self.pick.setAccessibleName(
            QCoreApplication.translate("DataForm", "{field}: choose on a calendar").format(field=_title(field))
        )
        self.pick.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.pick.clicked.connect(self.open_calendar)
        self.calendar: QCalendarWidget | None = None
        # What the typed date means in the customer's own words, so a swapped month and day shows at once.
        self.meaning = _note("", name=f"{field.name}_meaning")
        slanted = QFont()
        slanted.setItalic(True)
        self.meaning.setFont(slanted)
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(_tall(self.edit), 1)
        line.addWidget(_tall(self.pick))
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addLayout(line)
        box.addWidget(self.meaning)
        self.widget = QWidget()
        self.widget.setLayout(box)
        self._explain(self.edit.text())

    def value(self) -> str | None:
        return self.edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        if isinstance(value, dt.datetime):
            value = value.date()
        self.edit.setText(value.isoformat() if isinstance(value, dt.date) else _as_text(value))

    def focus_chain(self) -> list[QWidget]:
        return [self.edit, self.pick]

    def focus_target(self) -> QWidget:
        return self.edit

    def _typed_date(self) -> QDate:
        return QDate.fromString(self.edit.text().strip(), Qt.DateFormat.ISODate)

    def _explain(self, text: str) -> None:
        day = self._typed_date()
        if day.isValid():
            self.meaning.setText(self._locale.toString(day, QLocale.FormatType.LongFormat))
        elif text.strip():
            self.meaning.setText(QCoreApplication.translate("DataForm", "Year-month-day, for example 1990-05-31."))
        else:
            self.meaning.setText(
                QCoreApplication.translate("DataForm", "Year-month-day, for example 1990-05-31, or tap Calendar.")
            )

    def open_calendar(self) -> None:
        """The calendar as a popup under the field, on the typed date when there is one."""
        if self.calendar is None:
            calendar = QCalendarWidget(self.widget)
            calendar.setWindowFlags(Qt.WindowType.Popup)
            calendar.setObjectName(f"{self.edit.objectName()}_calendar_popup")
            # A popup is a window: without this it would not take the form's larger font.
            calendar.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
            calendar.setLocale(self._locale)
            calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
            calendar.setMinimumSize(QSize(TOUCH * 9, TOUCH * 8))
            calendar.activated.connect(self._picked)
            calendar.clicked.connect(self._picked)
            self.calendar = calendar
        day = self._typed_date()
        if day.isValid():
            self.calendar.setSelectedDate(day)
        self.calendar.adjustSize()
        self.calendar.move(self._popup_place(self.calendar.size()))
        self.calendar.show()
        self.calendar.setFocus()

    def _popup_place(self, size: QSize) -> QPoint:
        """Under the field, or above it near the bottom of the screen; never off its sides."""
        screen = self.edit.screen().availableGeometry()
        top = self.edit.mapToGlobal(QPoint(0, 0))
        x = max(screen.left(), min(top.x(), screen.right() + 1 - size.width()))
        below = top.y() + self.edit.height()
        fits_below = below + size.height() <= screen.bottom() + 1
        return QPoint(x, below if fits_below else max(screen.top(), top.y() - size.height()))

    def _picked(self, day: QDate) -> None:
        assert self.calendar is not None
        self.calendar.hide()
        self.edit.setText(day.toString(Qt.DateFormat.ISODate))
        self.edit.setFocus()
        self._edited()


class _TallItems(QStyledItemDelegate):
    """A drop-down's entries as tall as a fingertip."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return size.expandedTo(QSize(0, TOUCH))


class _SelectEntry:
    """One of the campaign's options, after an empty "Choose…" that means nothing chosen yet."""

    def __init__(self, field: FormField, edited: Callable[[], None]) -> None:
        self.combo = QComboBox()
        self.combo.setObjectName(field.name)
        self.combo.setItemDelegate(_TallItems(self.combo))
        self.combo.addItem(QCoreApplication.translate("DataForm", "Choose…"))
        self.combo.addItems(list(field.options))
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.combo.activated.connect(lambda _index: edited())
        self.widget: QWidget = _tall(self.combo)

    def value(self) -> str | None:
        return self.combo.currentText() if self.combo.currentIndex() > 0 else None

    def set_value(self, value: Any) -> None:
        text = _as_text(value)
        if not text:
            self.combo.setCurrentIndex(0)
            return
        found = self.combo.findText(text, Qt.MatchFlag.MatchExactly)
        if found <= 0:
            # Kept, not dropped: the domain check then asks the customer to choose one of the options.
            self.combo.addItem(text)
            found = self.combo.count() - 1
        self.combo.setCurrentIndex(found)

    def focus_chain(self) -> list[QWidget]:
        return [self.combo]

    def focus_target(self) -> QWidget:
        return self.combo


class _ChoiceEntry:
    """Yes or no (or agree or not): two radio buttons, neither chosen until the customer chooses."""

    def __init__(self, field: FormField, yes: str, no: str, style: QStyle, edited: Callable[[], None]) -> None:
        about = field.label or field.name
        self.yes = QRadioButton(yes)
        self.no = QRadioButton(no)
        self.group = QButtonGroup()
        for button, suffix in ((self.yes, "yes"), (self.no, "no")):
            button.setObjectName(f"{field.name}_{suffix}")
            button.setAccessibleName(f"{about}: {button.text()}")
            button.setStyle(style)
            _tall(button)
            self.group.addButton(button)
        self.group.buttonClicked.connect(lambda _button: edited())
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(TOUCH)
        line.addWidget(self.yes)
        line.addWidget(self.no)
        line.addStretch(1)
        self.widget = QWidget()
        self.widget.setLayout(line)
        self.group.setParent(self.widget)
        self.set_value(None)

    def value(self) -> bool | None:
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: Any) -> None:
        if value is True or value is False:
            (self.yes if value else self.no).setChecked(True)
        else:
            # An exclusive group never lets its last checked button go: lift that for a moment.
            self.group.setExclusive(False)
            self.yes.setChecked(False)
            self.no.setChecked(False)
            self.group.setExclusive(True)
        # As Qt does once a button of the pair had the focus: Tab lands on the chosen one, arrows move between them.
        chosen = self.focus_target()
        for button in (self.yes, self.no):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if button is chosen else Qt.FocusPolicy.ClickFocus)

    def focus_chain(self) -> list[QWidget]:
        return [self.yes, self.no]

    def focus_target(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked if isinstance(checked, QAbstractButton) else self.yes


class _Row:
    """One field on screen: its heading, its editor and the place for what is wrong with it."""

    def __init__(self, entry: _Entry, box: QWidget, error: QLabel) -> None:
        self.entry = entry
        self.box = box
        self.error = error


class DataForm(QWidget):
    """The campaign's form: one row per visible field, the consents last, each with its full wording.

    Editors are named after their field (`objectName`): a line edit or a drop-down
    is `name`, a yes/no or a consent is the pair `name_yes` / `name_no`, a date's
    calendar button `name_calendar`; the message under a field is `name_error`.
    """

    changed = Signal()

    def __init__(
        self, fields: tuple[FormField, ...], *, locale: QLocale | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.fields = tuple(f for f in fields if f.visible)
        self._locale = locale if locale is not None else QLocale()
        self._rows: dict[str, _Row] = {}
        self._touch_style = _TouchStyle()
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 1.25, 13.0))
        self.setFont(font)

        column = QVBoxLayout()
        column.setContentsMargins(24, 16, 24, 24)
        column.setSpacing(18)
        if any(f.mandatory for f in self.fields):
            column.addWidget(_note(self.tr("Fields marked * are required."), name="required_note"))
        for field in self.fields:
            if not field.privacy:
                column.addWidget(self._personal_row(field))
        consents = [f for f in self.fields if f.privacy]
        if consents:
            column.addWidget(self._consents_heading())
            for field in consents:
                column.addWidget(self._consent_row(field))
        column.addStretch(1)

        content = QWidget()
        content.setObjectName("data_form_content")
        content.setLayout(column)
        # A line as long as a screen is hard to read: the form keeps to a column in the middle.
        content.setMaximumWidth(860)
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("data_form_scroll")
        self.scroll_area.setWidget(content)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        # Not a Tab stop of its own: it follows the focus down the fields, and Tab goes on past the form.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # On the kiosk's touch screen a finger drags the form up and down.
        QScroller.grabGesture(self.scroll_area.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)
        self._chain_tabs()
        # Children go in the order they came: the style, adopted last, outlives the buttons drawn with it.
        self._touch_style.setParent(self)

    # -- building ---------------------------------------------------------------------

    def _entry(self, field: FormField) -> _Entry:
        if field.privacy:
            agree, refuse = self.tr("I agree"), self.tr("I do not agree")
            return _ChoiceEntry(field, agree, refuse, self._touch_style, self.changed.emit)
        if field.type is FieldType.BOOL:
            return _ChoiceEntry(field, self.tr("Yes"), self.tr("No"), self._touch_style, self.changed.emit)
        if field.type is FieldType.DATE:
            return _DateEntry(field, self._locale, self.changed.emit)
        if field.type is FieldType.SELECT:
            return _SelectEntry(field, self.changed.emit)
        return _LineEntry(field, self.changed.emit)

    def _row(self, field: FormField, heading: list[QWidget], box: QWidget, *, margin: int = 0) -> QWidget:
        entry = self._entry(field)
        error = _note("", name=f"{field.name}_error", weight=QFont.Weight.DemiBold)
        set_tone(error, Tone.PROBLEM)
        error.hide()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.setSpacing(6)
        for widget in heading:
            layout.addWidget(widget)
        layout.addWidget(entry.widget)
        layout.addWidget(error)
        box.setObjectName(f"{field.name}_row")
        target = entry.focus_target()
        if isinstance(heading[0], QLabel):
            heading[0].setBuddy(target)
        if not isinstance(entry, _ChoiceEntry):
            title = _title(field)
            target.setAccessibleName(self.tr("{field}, required").format(field=title) if field.mandatory else title)
        self._rows[field.name] = _Row(entry, box, error)
        return box

    def _personal_row(self, field: FormField) -> QWidget:
        mark = REQUIRED_MARK if field.mandatory else ""
        heading: list[QWidget] = [_note(_title(field) + mark, name=f"{field.name}_label", weight=QFont.Weight.DemiBold)]
        if field.text:
            heading.append(_note(field.text, name=f"{field.name}_text"))
        return self._row(field, heading, QWidget())

    def _consents_heading(self) -> QWidget:
        title = _note(self.tr("Your consents"), name="consents_heading")
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        intro = _note(self.tr("Read each one and choose: you decide, nothing is ticked for you."))
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 12, 0, 0)
        layout.addWidget(title)
        layout.addWidget(intro)
        return box

    def _consent_row(self, field: FormField) -> QWidget:
        mark = REQUIRED_MARK if field.mandatory else ""
        if field.text:
            title = _note(_title(field) + mark, name=f"{field.name}_label", weight=QFont.Weight.Bold)
            heading: list[QWidget] = [title, _note(field.text, name=f"{field.name}_text")]
        else:
            heading = [_note(_title(field) + mark, name=f"{field.name}_text")]
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        return self._row(field, heading, frame, margin=14)

    def _chain_tabs(self) -> None:
        chain = [widget for row in self._rows.values() for widget in row.entry.focus_chain()]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    # -- the answers ------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Every visible field's answer as typed or chosen: str, None when nothing was chosen, True/False."""
        return {name: row.entry.value() for name, row in self._rows.items()}

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Fill in what is already known (the customer's profile); names the form does not show are ignored."""
        for name, value in values.items():
            row = self._rows.get(name)
            if row is not None:
                row.entry.set_value(value)

    def show_errors(self, errors: Mapping[str, Notice]) -> None:
        """A message under each named field, none under the others; the focus goes to the first one in error."""
        first: _Row | None = None
        for name, row in self._rows.items():
            message = words.say(errors.get(name))
            row.error.setText(message)
            row.error.setVisible(bool(message))
            row.entry.focus_target().setAccessibleDescription(message)
            if message and first is None:
                first = row
        if first is not None:
            target = first.entry.focus_target()
            target.setFocus(Qt.FocusReason.OtherFocusReason)
            content = self.scroll_area.widget()
            layout = content.layout() if content is not None else None
            if layout is not None:
                layout.activate()  # the messages just shown move the rows: place them before scrolling
            self.scroll_area.ensureWidgetVisible(first.box)
            self.scroll_area.ensureWidgetVisible(target)  # a row taller than the screen: its answer wins

    def clear_errors(self) -> None:
        self.show_errors({})


def _title(field: FormField) -> str:
    return field.label or field.name
