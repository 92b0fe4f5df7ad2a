"""What a customer types at enrolment, checked before any call: the address, the password, the campaign's form.

The machine in kiosk/domain/onboarding.py uses these (and re-exports them);
they hold no state of the enrolment.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping
from typing import Any

from kiosk.domain.errors import InputError, Notice, Why
from kiosk.domain.identifiers import LookupKind, normalise_email, normalise_phone

__all__ = ["Address", "FieldType", "FormField", "Rules", "check_password", "check_form", "needs_data_entry"]


@dataclasses.dataclass(frozen=True)
class Address:
    """Where the one-time code goes: a normalised e-mail or mobile (E.164)."""

    kind: LookupKind
    value: str

    def __post_init__(self) -> None:
        if self.kind not in (LookupKind.EMAIL, LookupKind.MOBILE):
            raise ValueError("a code goes to an e-mail or a mobile number")

    @classmethod
    def read(cls, text: str, *, default_region: str = "IT") -> Address:
        """What the customer typed, validated and normalised; InputError in their words otherwise."""
        cleaned = text.strip()
        if not cleaned:
            raise InputError(Why.ADDRESS_MISSING, field="address")
        if "@" in cleaned:
            return cls(LookupKind.EMAIL, normalise_email(cleaned))
        return cls(LookupKind.MOBILE, normalise_phone(cleaned, default_region))


class FieldType(enum.StrEnum):
    """What a form field holds, by the name the loyalty API gives it (CONTRACT §2 customerdatafields)."""

    TEXT = "text"
    DATE = "date"
    SELECT = "select"
    BOOL = "bool"
    EMAIL = "email"
    PHONE = "phone"


@dataclasses.dataclass(frozen=True)
class FormField:
    """One field of the campaign's form (CONTRACT §2 customerdatafields)."""

    name: str
    label: str
    type: FieldType
    visible: bool = True
    mandatory: bool = False
    options: tuple[str, ...] = ()
    privacy: bool = False  # a consent: its own choice, never pre-ticked
    text: str = ""  # a consent's full wording


@dataclasses.dataclass(frozen=True)
class Rules:
    """What the customer's choices must satisfy; the password rules come from the settings."""

    password_min_length: int = 8
    password_needs_letter: bool = True
    password_needs_digit: bool = True
    pin_digits: int = 4
    code_digits: int = 6
    code_tries: int = 5
    phone_region: str = "IT"


def check_password(password: str, again: str, rules: Rules) -> Notice | None:
    """None when the password may be used; otherwise what to change (PASSWORD_WEAK with what it lacks)."""
    short = len(password) < rules.password_min_length
    letter = rules.password_needs_letter and not any(ch.isalpha() for ch in password)
    digit = rules.password_needs_digit and not any(ch.isdigit() for ch in password)
    if short or letter or digit:
        return Notice(
            Why.PASSWORD_WEAK,
            {"length": rules.password_min_length if short else 0, "letter": letter, "digit": digit},
        )
    if password != again:
        return Notice(Why.PASSWORDS_DIFFER)
    return None


def _empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def check_form(
    fields: tuple[FormField, ...], values: Mapping[str, Any], *, phone_region: str = "IT"
) -> tuple[dict[str, Any], dict[str, Notice]]:
    """The values to send (normalised, visible fields only) and, per field name, what is wrong."""
    clean: dict[str, Any] = {}
    errors: dict[str, Notice] = {}
    for f in fields:
        if not f.visible:
            continue
        value = values.get(f.name)
        if f.type is FieldType.BOOL or f.privacy:
            if value is None:
                if f.mandatory:
                    errors[f.name] = Notice(Why.CHOOSE_YES_OR_NO)
                continue
            if not isinstance(value, bool):
                errors[f.name] = Notice(Why.CHOOSE_YES_OR_NO)
                continue
            # A mandatory consent must be answered, either way: consent that a
            # customer cannot refuse is not consent (GDPR art. 7(4)).
            clean[f.name] = value
            continue
        if _empty(value):
            if f.mandatory:
                errors[f.name] = Notice(Why.FIELD_REQUIRED, {"label": f.label or f.name})
            continue
        try:
            clean[f.name] = _typed(f, value, phone_region)
        except InputError as exc:
            errors[f.name] = exc.notice
    return clean, errors


def _typed(f: FormField, value: Any, phone_region: str) -> Any:
    if f.type is FieldType.DATE:
        if isinstance(value, dt.date):
            day = value
        else:
            try:
                day = dt.date.fromisoformat(str(value).strip())
            except ValueError:
                raise InputError(Why.NOT_A_DATE, field=f.name, text=str(value)) from None
        return day.isoformat()
    if f.type is FieldType.SELECT:
        if str(value) not in f.options:
            raise InputError(Why.CHOOSE_AN_OPTION, field=f.name)
        return str(value)
    if f.type is FieldType.EMAIL:
        return normalise_email(str(value))
    if f.type is FieldType.PHONE:
        return normalise_phone(str(value), phone_region)
    return str(value).strip()


def needs_data_entry(fields: tuple[FormField, ...], profile: Mapping[str, Any], *, phone_region: str = "IT") -> bool:
    """Whether the campaign's form still lacks something mandatory for this profile."""
    return bool(check_form(fields, profile, phone_region=phone_region)[1])
