"""The enrolment's data form, used as a customer would: typing, tapping, reading the consents, fixing what is wrong."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QToolButton,
    QWidget,
)

from kiosk.domain.errors import Notice, Why
from kiosk.domain.onboarding import FieldType, FormField, check_form
from kiosk.ui.common.data_form import DataForm


PROMOTIONS = (
    "I agree that Demo Shop Rewards may send me news, offers and promotions by e-mail, text message and app"
    " notification, at the contact details I give here. Answering no does not affect my card, my points or my"
    " rewards. I can withdraw this consent at any time in my account or at the counter."
)
PROFILING = (
    "I agree that Demo Shop Rewards may analyse my purchases and the data in my profile to learn what I like and"
    " to make me offers tailored to me. My data is not passed to third parties for this. I can withdraw this"
    " consent at any time in my account or at the counter."
)
# Every type, a hidden mandatory field, a select, and two consents (the first one mandatory).
FIELDS = (
    FormField("name", "Name", FieldType.TEXT, mandatory=True),
    FormField("loyaltyref", "Staff reference", FieldType.TEXT, visible=False, mandatory=True),
    FormField("gender", "Gender", FieldType.SELECT, options=("M", "F", "X")),
    FormField("birthdate", "Date of birth", FieldType.DATE, text="Only used to give you a bonus on your birthday."),
    FormField("mobile", "Mobile", FieldType.PHONE),
    FormField("email", "E-mail", FieldType.EMAIL, mandatory=True),
    FormField("newsletter", "Paper newsletter by post", FieldType.BOOL),
    FormField("promotions", "Promotions", FieldType.BOOL, mandatory=True, privacy=True, text=PROMOTIONS),
    FormField("profiling", "Profiling", FieldType.BOOL, privacy=True, text=PROFILING),
)
VISIBLE = ["name", "gender", "birthdate", "mobile", "email", "newsletter", "promotions", "profiling"]
UNCHOSEN = {
    "name": "",
    "gender": None,
    "birthdate": None,
    "mobile": "",
    "email": "",
    "newsletter": None,
    "promotions": None,
    "profiling": None,
}

W = TypeVar("W", bound=QWidget)


def part(form: DataForm, kind: type[W], name: str) -> W:
    found = form.findChild(kind, name)
    assert found is not None, f"no {kind.__name__} named {name!r}"
    return found


def tap(qtbot: Any, form: DataForm, name: str) -> None:
    """A finger on a radio button: scrolled into view first, as the customer would."""
    button = part(form, QRadioButton, name)
    form.scroll_area.ensureWidgetVisible(button)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot: Any, form: DataForm, name: str, text: str) -> None:
    edit = part(form, QLineEdit, name)
    form.scroll_area.ensureWidgetVisible(edit)
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def top_in_form(form: DataForm, widget: QWidget) -> int:
    content = form.scroll_area.widget()
    assert content is not None
    return widget.mapTo(content, QPoint(0, 0)).y()


@pytest.fixture
def form(qtbot: Any) -> DataForm:
    made = DataForm(FIELDS, locale=QLocale("en_GB"))
    qtbot.addWidget(made)
    made.resize(640, 900)
    made.show()
    qtbot.waitExposed(made)
    made.activateWindow()
    qtbot.waitUntil(made.isActiveWindow)
    return made


def test_a_hidden_field_gets_no_widget_and_no_value(form: DataForm) -> None:
    assert form.findChild(QWidget, "loyaltyref") is None
    assert form.findChild(QWidget, "loyaltyref_row") is None
    assert "Staff reference" not in [label.text() for label in form.findChildren(QLabel)]
    assert list(form.values()) == VISIBLE


def test_every_type_gets_its_editor_and_mandatory_fields_are_marked(form: DataForm) -> None:
    hints = Qt.InputMethodHint
    assert part(form, QLineEdit, "name").inputMethodHints() == hints.ImhNone
    assert part(form, QLineEdit, "email").inputMethodHints() & hints.ImhEmailCharactersOnly
    assert part(form, QLineEdit, "mobile").inputMethodHints() & hints.ImhDialableCharactersOnly
    date = part(form, QLineEdit, "birthdate")
    assert date.text() == "" and date.placeholderText() == "YYYY-MM-DD"
    assert part(form, QToolButton, "birthdate_calendar").isVisible()
    gender = part(form, QComboBox, "gender")
    assert [gender.itemText(i) for i in range(gender.count())] == ["Choose…", "M", "F", "X"]
    assert gender.currentIndex() == 0
    assert part(form, QRadioButton, "newsletter_yes").text() == "Yes"
    assert part(form, QRadioButton, "newsletter_no").text() == "No"

    assert part(form, QLabel, "required_note").text() == "Fields marked * are required."
    assert part(form, QLabel, "name_label").text() == "Name *"
    assert part(form, QLabel, "email_label").text() == "E-mail *"
    assert part(form, QLabel, "gender_label").text() == "Gender"
    assert part(form, QLabel, "birthdate_text").text() == "Only used to give you a bonus on your birthday."
    assert form.values() == UNCHOSEN


def test_consents_come_last_with_their_full_wording_and_nothing_chosen(form: DataForm) -> None:
    for name, wording, title in [("promotions", PROMOTIONS, "Promotions *"), ("profiling", PROFILING, "Profiling")]:
        text = part(form, QLabel, f"{name}_text")
        assert text.text() == wording
        assert text.wordWrap() and text.textFormat() == Qt.TextFormat.PlainText
        assert part(form, QLabel, f"{name}_label").text() == title
        agree, refuse = part(form, QRadioButton, f"{name}_yes"), part(form, QRadioButton, f"{name}_no")
        assert (agree.text(), refuse.text()) == ("I agree", "I do not agree")
        assert not agree.isChecked() and not refuse.isChecked()
        # Word-wrapped, the whole wording fits in the label: no line cut off.
        assert text.height() >= text.heightForWidth(text.width())
    assert form.values()["promotions"] is None and form.values()["profiling"] is None

    last_personal = top_in_form(form, part(form, QRadioButton, "newsletter_yes"))
    heading = part(form, QLabel, "consents_heading")
    assert heading.text() == "Your consents"
    assert last_personal < top_in_form(form, heading) < top_in_form(form, part(form, QLabel, "promotions_text"))


def test_a_consent_without_its_own_wording_shows_its_label_as_the_wording(qtbot: Any) -> None:
    short = FormField(
        "terms", "I accept the terms of the loyalty programme", FieldType.BOOL, mandatory=True, privacy=True
    )
    made = DataForm((short,))
    qtbot.addWidget(made)
    assert part(made, QLabel, "terms_text").text() == "I accept the terms of the loyalty programme *"
    assert made.values() == {"terms": None}


def test_typing_and_tapping_give_the_answers(qtbot: Any, form: DataForm) -> None:
    with qtbot.waitSignal(form.changed):
        type_into(qtbot, form, "name", "Giulia Rossi")
    type_into(qtbot, form, "birthdate", " 1990-05-31 ")
    type_into(qtbot, form, "mobile", "333 123 4567")
    type_into(qtbot, form, "email", "Giulia.Rossi@Example.com")
    gender = part(form, QComboBox, "gender")
    gender.setFocus()
    with qtbot.waitSignal(form.changed):
        qtbot.keyClick(gender, Qt.Key.Key_Down)
        qtbot.keyClick(gender, Qt.Key.Key_Down)
    with qtbot.waitSignal(form.changed):
        tap(qtbot, form, "newsletter_no")
    tap(qtbot, form, "promotions_yes")
    tap(qtbot, form, "profiling_no")
    assert form.values() == {
        "name": "Giulia Rossi",
        "gender": "F",
        "birthdate": "1990-05-31",
        "mobile": "333 123 4567",
        "email": "Giulia.Rossi@Example.com",
        "newsletter": False,
        "promotions": True,
        "profiling": False,
    }
    # The customer changes their mind: the other button of the pair, never both.
    tap(qtbot, form, "profiling_yes")
    assert form.values()["profiling"] is True
    assert not part(form, QRadioButton, "profiling_no").isChecked()
    # What the typed date means, in the customer's language, so a swapped day and month shows.
    assert part(form, QLabel, "birthdate_meaning").text() == "Thursday, 31 May 1990"


def test_set_values_fills_in_the_profile_without_counting_as_an_edit(qtbot: Any, form: DataForm) -> None:
    profile = {
        "name": "Giulia Rossi",
        "gender": "F",
        "birthdate": dt.date(1990, 5, 31),
        "mobile": "+393331234567",
        "email": "giulia.rossi@example.com",
        "newsletter": False,
        "promotions": True,
        "loyaltyref": "hidden",
        "nobody_knows_this": 1,
    }
    with qtbot.assertNotEmitted(form.changed):
        form.set_values(profile)
    assert form.values() == {
        "name": "Giulia Rossi",
        "gender": "F",
        "birthdate": "1990-05-31",
        "mobile": "+393331234567",
        "email": "giulia.rossi@example.com",
        "newsletter": False,
        "promotions": True,
        "profiling": None,
    }
    assert part(form, QRadioButton, "newsletter_no").isChecked()
    assert not part(form, QRadioButton, "newsletter_yes").isChecked()
    assert part(form, QComboBox, "gender").currentText() == "F"

    form.set_values({"birthdate": "1985-02-14", "newsletter": None, "promotions": None, "gender": None})
    values = form.values()
    assert (values["birthdate"], values["newsletter"], values["promotions"], values["gender"]) == (
        "1985-02-14",
        None,
        None,
        None,
    )
    assert not part(form, QRadioButton, "newsletter_no").isChecked()


def test_an_option_the_campaign_no_longer_offers_is_kept_for_the_check_to_report(form: DataForm) -> None:
    form.set_values({"gender": "N/A"})
    assert form.values()["gender"] == "N/A"
    assert check_form(FIELDS, form.values())[1]["gender"] == Notice(Why.CHOOSE_AN_OPTION)


def test_show_errors_puts_the_message_under_the_field_and_the_focus_on_it(qtbot: Any, form: DataForm) -> None:
    needed = Notice(Why.CHOOSE_YES_OR_NO)
    form.show_errors({"email": Notice(Why.NOT_AN_EMAIL, {"text": "giulia@"}), "promotions": needed})
    email, message = part(form, QLineEdit, "email"), part(form, QLabel, "email_error")
    qtbot.waitUntil(email.hasFocus)
    assert message.isVisible() and message.text() == "“giulia@” is not an e-mail address."
    # Right under its own field, above the next one.
    next_label = part(form, QLabel, "newsletter_label")
    assert top_in_form(form, email) < top_in_form(form, message) < top_in_form(form, next_label)
    assert part(form, QLabel, "promotions_error").isVisible()
    assert not part(form, QLabel, "name_error").isVisible()

    # The next round of answers replaces the last one; the focus goes to the first field still wrong,
    # scrolled into view on a small screen.
    form.resize(480, 500)
    qtbot.waitUntil(lambda: form.scroll_area.verticalScrollBar().maximum() > 0)
    form.show_errors({"promotions": needed})
    agree = part(form, QRadioButton, "promotions_yes")
    qtbot.waitUntil(agree.hasFocus)
    assert not message.isVisible()
    viewport = form.scroll_area.viewport()
    assert viewport.rect().contains(agree.rect().translated(agree.mapTo(viewport, QPoint(0, 0))))
    assert form.scroll_area.verticalScrollBar().value() > 0

    form.clear_errors()
    assert not any(label.isVisible() for label in form.findChildren(QLabel) if label.objectName().endswith("_error"))


def test_a_date_that_is_not_one_stays_as_typed(qtbot: Any, form: DataForm) -> None:
    type_into(qtbot, form, "birthdate", "31/05/1990")
    assert form.values()["birthdate"] == "31/05/1990"
    errors = check_form(FIELDS, form.values())[1]
    assert errors["birthdate"] == Notice(Why.NOT_A_DATE, {"text": "31/05/1990"})

    # Wiped out again, an optional date is simply not given.
    part(form, QLineEdit, "birthdate").selectAll()
    qtbot.keyClick(part(form, QLineEdit, "birthdate"), Qt.Key.Key_Backspace)
    assert form.values()["birthdate"] is None
    assert "birthdate" not in check_form(FIELDS, form.values())[1]


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen Qt has no popups to raise or grab
def test_the_calendar_fills_in_the_date(qtbot: Any, form: DataForm) -> None:
    form.set_values({"birthdate": "1990-05-31"})
    qtbot.mouseClick(part(form, QToolButton, "birthdate_calendar"), Qt.MouseButton.LeftButton)
    calendar = part(form, QCalendarWidget, "birthdate_calendar_popup")
    assert calendar.isVisible() and calendar.selectedDate() == QDate(1990, 5, 31)
    calendar.setSelectedDate(QDate(1985, 2, 14))
    with qtbot.waitSignal(form.changed):
        qtbot.keyClick(calendar.focusProxy() or calendar, Qt.Key.Key_Return)
    assert not calendar.isVisible()
    assert form.values()["birthdate"] == "1985-02-14"


def test_what_the_domain_says_about_the_answers(qtbot: Any, form: DataForm) -> None:
    # Nothing given: the mandatory fields and the mandatory consent, nothing else (the hidden field is not asked).
    assert check_form(FIELDS, form.values())[1] == {
        "name": Notice(Why.FIELD_REQUIRED, {"label": "Name"}),
        "email": Notice(Why.FIELD_REQUIRED, {"label": "E-mail"}),
        "promotions": Notice(Why.CHOOSE_YES_OR_NO),
    }
    type_into(qtbot, form, "name", "Giulia")
    type_into(qtbot, form, "email", "giulia@")
    type_into(qtbot, form, "mobile", "12")
    tap(qtbot, form, "promotions_no")
    errors = check_form(FIELDS, form.values())[1]
    assert set(errors) == {"email", "mobile"}  # a consent refused is an answer
    assert errors["email"] == Notice(Why.NOT_AN_EMAIL, {"text": "giulia@"})
    assert errors["mobile"] == Notice(Why.NOT_A_PHONE, {"text": "12"})

    form.set_values({"email": "Giulia@Example.com", "mobile": "333 123 4567", "birthdate": dt.date(1990, 5, 31)})
    tap(qtbot, form, "promotions_yes")
    clean, errors = check_form(FIELDS, form.values())
    assert errors == {}
    assert clean == {
        "name": "Giulia",
        "birthdate": "1990-05-31",
        "mobile": "+393331234567",
        "email": "giulia@example.com",
        "promotions": True,
    }


def tab_stops(qtbot: Any, form: DataForm) -> list[str]:
    """Where Tab goes, from the first field to the last consent."""
    first = part(form, QLineEdit, "name")
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    stops: list[str] = []
    while len(stops) < 20:
        focused = QApplication.focusWidget()
        assert focused is not None
        stops.append(focused.objectName())
        if focused.objectName().startswith(VISIBLE[-1]):
            break
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return stops


def test_tab_goes_down_the_rows_and_space_chooses(qtbot: Any, form: DataForm) -> None:
    assert tab_stops(qtbot, form) == [
        "name",
        "gender",
        "birthdate",
        "birthdate_calendar",
        "mobile",
        "email",
        "newsletter_yes",
        "promotions_yes",
        "profiling_yes",
    ]
    # A chosen answer is where Tab lands in its pair; the arrow keys move to the other one.
    form.set_values({"newsletter": False})
    assert "newsletter_no" in tab_stops(qtbot, form)

    agree = part(form, QRadioButton, "promotions_yes")
    agree.setFocus()
    qtbot.waitUntil(agree.hasFocus)
    qtbot.keyClick(agree, Qt.Key.Key_Right)  # only moves: nothing is chosen by passing over it
    assert form.values()["promotions"] is None
    refuse = part(form, QRadioButton, "promotions_no")
    assert refuse.hasFocus()
    with qtbot.waitSignal(form.changed):
        qtbot.keyClick(refuse, Qt.Key.Key_Space)
    assert form.values()["promotions"] is False


def test_big_enough_for_a_finger_and_a_long_form_scrolls(qtbot: Any, form: DataForm) -> None:
    touched = [*form.findChildren(QLineEdit), *form.findChildren(QComboBox), *form.findChildren(QRadioButton)]
    assert len(touched) == 4 + 1 + 6  # name, date, mobile, e-mail; gender; three pairs
    assert all(widget.height() >= 44 for widget in touched)
    assert part(form, QToolButton, "birthdate_calendar").height() >= 44
    options = part(form, QComboBox, "gender").view()
    assert all(options.sizeHintForRow(row) >= 44 for row in range(4))
    assert isinstance(form.scroll_area, QScrollArea) and form.isAncestorOf(form.scroll_area)

    form.resize(480, 500)
    bar = form.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert form.scroll_area.horizontalScrollBar().maximum() == 0  # long texts wrap, never run off the side
    tap(qtbot, form, "profiling_yes")
    assert bar.value() > 0 and form.values()["profiling"] is True


def test_screenshot(qtbot: Any, form: DataForm, shots: Path) -> None:
    """A picture of the whole form, half filled in and checked, for a person to look at."""
    form.resize(720, 1500)
    type_into(qtbot, form, "name", "Giulia")
    type_into(qtbot, form, "email", "giulia@")
    type_into(qtbot, form, "birthdate", "1990-05-31")
    tap(qtbot, form, "newsletter_yes")
    tap(qtbot, form, "promotions_no")
    form.show_errors(check_form(FIELDS, form.values())[1])
    bar = form.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: not bar.isVisible())  # the whole form fits: wait for the resize to settle
    assert form.grab().save(str(shots / "data_form.png"))
