"""What enrolment tells the customer, in words: each note of the machine's, in the terminal's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk.domain import onboarding as ob
from kiosk.domain.errors import KioskError
from kiosk.domain.identifiers import LookupKind

__all__ = ["EnrolWords", "enrol_text"]


class EnrolWords(QObject):
    """The words of every `ob.Notice`, with the numbers and names its note carries."""

    def text(self, said: ob.Note | None) -> str:
        if said is None:
            return ""
        return self._words()[said.what](dict(said.params))

    def _words(self) -> dict[ob.Notice, Callable[[dict[str, object]], str]]:
        n = ob.Notice
        return {
            n.TYPE_PASSWORD_AGAIN: lambda p: self.tr("Type your password again, then ask for the code."),
            n.WELCOME_BACK: lambda p: self.tr("Welcome back: type your password to go on."),
            n.CORRECT_ADDRESS: lambda p: self.tr("Correct the address, then ask for the code again."),
            n.TYPE_PASSWORD: lambda p: self.tr("Type your password."),
            n.CHECK_FIELDS: lambda p: self.tr("Some answers need a look: see the fields marked."),
            n.RESEND_WAIT: lambda p: self.tr("A new code can be sent in %n seconds.", "", _count(p, "seconds")),
            n.CODE_DIGITS: lambda p: self.tr("The code has %n digits.", "", _count(p, "digits")),
            n.TOO_MANY_WRONG_CODES: lambda p: self.tr("Too many wrong codes: send a new code."),
            n.CODE_EXPIRED: lambda p: self.tr("The code has expired: send a new code."),
            n.WRONG_CODE: lambda p: self.tr("That code is not right: %n tries left.", "", _count(p, "tries_left")),
            n.CODE_SENT: self._code_sent,
            n.TOO_MANY_SENDS: lambda p: self.tr(
                "Too many codes were sent to this address: try again later, or use another one."
            ),
            n.PIN_DIGITS: lambda p: self.tr("The PIN has %n digits.", "", _count(p, "digits")),
            n.PINS_DIFFER: lambda p: self.tr("The two PINs are not the same: type them again."),
            n.PASSWORD_RULES: self._password_rules,
            n.PASSWORDS_DIFFER: lambda p: self.tr("The two passwords are not the same: type them again."),
            n.CHOOSE_YES_NO: lambda p: self.tr("Choose yes or no."),
            # The label is the campaign's own, as the server sends it.
            n.REQUIRED: lambda p: self.tr("{label} is required.").format(label=p.get("label", "")),
            n.NOT_A_DATE: lambda p: self.tr("“{value}” is not a date (YYYY-MM-DD).").format(value=p.get("value", "")),
            n.CHOOSE_OPTION: lambda p: self.tr("Choose one of the options."),
            n.UNREACHABLE: lambda p: self.tr(
                "The loyalty server cannot be reached: check the connection and try again. Nothing typed is lost."
            ),
            n.ALREADY_REGISTERED: lambda p: self.tr(
                "This customer is already registered: they sign in with their e-mail or phone and password."
            ),
            n.ADDRESS_TAKEN: lambda p: self.tr("This e-mail or phone is already someone's sign-in: use another one."),
            n.WRONG_PASSWORD: lambda p: self.tr("That password is not right: try again."),
            n.CHECK_FAILED: lambda p: self.tr("The check failed: try again."),
            n.SOMETHING_WRONG: lambda p: self.tr("Something went wrong: try again."),
            n.PIN_KEPT: lambda p: self.tr("Welcome! The card is ready, with the PIN it already had: keep using it."),
            n.CARD_READY: lambda p: self.tr("Welcome! The card is ready: scan it at every purchase."),
            n.REPORTED: lambda p: _reported(p.get("error")),
        }

    def _code_sent(self, p: dict[str, object]) -> str:
        digits, address = _count(p, "digits"), p.get("address", "")
        if p.get("kind") is LookupKind.EMAIL:
            sent = self.tr("A %n-digit code was sent to {address}: type it here (look in your e-mail).", "", digits)
        else:
            sent = self.tr("A %n-digit code was sent to {address}: type it here (look at your phone).", "", digits)
        return sent.format(address=address)

    def _password_rules(self, p: dict[str, object]) -> str:
        least = _count(p, "min_length")
        letter, digit = bool(p.get("letter")), bool(p.get("digit"))
        if letter and digit:
            return self.tr("The password needs at least %n characters, with a letter and a digit.", "", least)
        if letter:
            return self.tr("The password needs at least %n characters, with a letter.", "", least)
        if digit:
            return self.tr("The password needs at least %n characters, with a digit.", "", least)
        return self.tr("The password needs at least %n characters.", "", least)


def _count(params: dict[str, object], name: str) -> int:
    value = params.get(name)
    return value if isinstance(value, int) else 0


def _reported(error: object) -> str:
    """What a layer below reported: an error of ours carries its own words; a driver's failure comes as words."""
    if isinstance(error, KioskError):
        return error.message
    return str(error or "")


def enrol_text(said: ob.Note | None) -> str:
    """The words of one note ("" for none)."""
    return EnrolWords().text(said)
