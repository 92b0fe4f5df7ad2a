"""The words of what enrolment tells the customer: every note of the machine's has some, with its numbers."""

from __future__ import annotations

import enum
from typing import Any

import pytest

from kiosk.domain import onboarding as ob
from kiosk.domain.errors import InputError
from kiosk.domain.identifiers import LookupKind
from kiosk.ui.enrol_words import enrol_text

# Parameters as the machine gives them; a notice not listed takes none.
PARAMS: dict[ob.Notice, dict[str, Any]] = {
    ob.Notice.RESEND_WAIT: {"seconds": 18},
    ob.Notice.CODE_DIGITS: {"digits": 6},
    ob.Notice.WRONG_CODE: {"tries_left": 3},
    ob.Notice.CODE_SENT: {"digits": 6, "address": "+393471112233", "kind": LookupKind.MOBILE},
    ob.Notice.PIN_DIGITS: {"digits": 4},
    ob.Notice.PASSWORD_RULES: {"min_length": 8, "letter": True, "digit": True},
    ob.Notice.REQUIRED: {"label": "Cognome"},
    ob.Notice.NOT_A_DATE: {"value": "31/05/1990"},
    ob.Notice.REPORTED: {"error": InputError("“12” is not a phone number.", field="mobile")},
}


@pytest.mark.parametrize("what", list(ob.Notice), ids=lambda what: what.value)
def test_every_notice_has_words_with_its_numbers_and_names(qapp: Any, what: ob.Notice) -> None:
    params = PARAMS.get(what, {})
    words = enrol_text(ob.note(what, **params))
    assert words.strip() and "{" not in words and "%n" not in words
    for value in params.values():
        said = isinstance(value, (int, str)) and not isinstance(value, (bool, enum.Enum))
        if said and what is not ob.Notice.PASSWORD_RULES:
            assert str(value) in words


def test_no_note_is_no_words(qapp: Any) -> None:
    assert enrol_text(None) == ""


def test_the_tries_and_seconds_left_read_right_for_one_and_for_more(qapp: Any) -> None:
    assert enrol_text(ob.note(ob.Notice.WRONG_CODE, tries_left=1)) == "That code is not right: 1 try left."
    assert enrol_text(ob.note(ob.Notice.WRONG_CODE, tries_left=4)) == "That code is not right: 4 tries left."
    assert enrol_text(ob.note(ob.Notice.RESEND_WAIT, seconds=1)) == "A new code can be sent in 1 second."
    assert enrol_text(ob.note(ob.Notice.RESEND_WAIT, seconds=18)) == "A new code can be sent in 18 seconds."


def test_the_code_says_where_to_look_for_it(qapp: Any) -> None:
    by_mail = enrol_text(ob.note(ob.Notice.CODE_SENT, digits=6, address="ada@example.com", kind=LookupKind.EMAIL))
    by_phone = enrol_text(ob.note(ob.Notice.CODE_SENT, digits=6, address="+393471112233", kind=LookupKind.MOBILE))
    assert by_mail == "A 6-digit code was sent to ada@example.com: type it here (look in your e-mail)."
    assert by_phone == "A 6-digit code was sent to +393471112233: type it here (look at your phone)."


def test_the_password_rules_are_said_as_the_settings_set_them(qapp: Any) -> None:
    def rules(letter: bool, digit: bool) -> str:
        return enrol_text(ob.note(ob.Notice.PASSWORD_RULES, min_length=10, letter=letter, digit=digit))

    assert rules(True, True) == "The password needs at least 10 characters, with a letter and a digit."
    assert rules(True, False) == "The password needs at least 10 characters, with a letter."
    assert rules(False, True) == "The password needs at least 10 characters, with a digit."
    assert rules(False, False) == "The password needs at least 10 characters."


def test_what_the_machine_checked_itself_reads_as_the_customer_sees_it(qapp: Any) -> None:
    fields = (
        ob.FormField("surname", "Cognome", ob.FieldType.TEXT, mandatory=True),
        ob.FormField("birthdate", "Data di nascita", ob.FieldType.DATE),
        ob.FormField("size", "Taglia", ob.FieldType.SELECT, options=("S", "M")),
        ob.FormField("news", "Notizie", ob.FieldType.BOOL, mandatory=True),
    )
    _, errors = ob.check_form(fields, {"birthdate": "31/05/1990", "size": "XL"})
    assert {name: enrol_text(said) for name, said in errors.items()} == {
        "surname": "Cognome is required.",  # the campaign's label, as the server sends it
        "birthdate": "“31/05/1990” is not a date (YYYY-MM-DD).",
        "size": "Choose one of the options.",
        "news": "Choose yes or no.",
    }
