"""What a cashier types or a scanner sends, read as a card, an e-mail or a phone."""

from __future__ import annotations

import dataclasses
import enum
import re
import unicodedata

from kiosk.domain.errors import InputError, Why

__all__ = [
    "LookupKind",
    "Lookup",
    "clean_scan",
    "check_card",
    "ean13_check_digit",
    "is_valid_ean13",
    "with_check_digit",
    "normalise_email",
    "normalise_phone",
    "parse_lookup",
]

# AIM symbology identifiers some scanners put before the data: "]E0" (EAN-13),
# "]C0".."]C3" (Code 128), "]Q1" (QR) and friends.
_AIM_PREFIX = re.compile(r"^\][A-Za-z][0-9A-Za-z]")
# ASCII digits only: \d and str.isdigit() also take Arabic-Indic and other digits.
_DIGITS = re.compile(r"^[0-9]+$")
# The full-width forms of ASCII (U+FF01..U+FF5E) and the ideographic space, as an input method types them.
_FULL_WIDTH = re.compile("[\uff01-\uff5e\u3000]")


class LookupKind(str, enum.Enum):
    CARD = "card"
    EMAIL = "email"
    MOBILE = "mobile"


@dataclasses.dataclass(frozen=True)
class Lookup:
    kind: LookupKind
    value: str


def clean_scan(text: str) -> str:
    """Strip what scanners add around the data (control characters, AIM prefixes, blanks); fold full-width ASCII.

    Only the full-width forms are folded (NFKC, one character at a time): NFKC of the
    whole text would also turn "²" or "①" into digits nobody typed.
    """
    text = _FULL_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    visible = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    visible = visible.strip()
    visible = _AIM_PREFIX.sub("", visible)
    return visible.strip()


def check_card(text: str) -> str:
    """A card number as typed or scanned: ASCII letters and digits only (full-width ones folded first)."""
    card = clean_scan(text)
    if not card or not (card.isascii() and card.isalnum()) or len(card) > 32:
        raise InputError(Why.NOT_A_CARD, field="card", text=card or text)
    if len(card) == 13 and card.isdigit() and not is_valid_ean13(card):
        raise InputError(Why.CARD_CHECK_DIGIT, field="card", card=card)
    return card


def ean13_check_digit(first12: str) -> int:
    """The check digit of an EAN-13 whose first twelve digits are given."""
    if len(first12) != 12 or not _DIGITS.match(first12):
        raise ValueError("an EAN-13 check digit needs exactly twelve digits")
    odd = sum(int(d) for d in first12[0::2])
    even = sum(int(d) for d in first12[1::2])
    return (10 - (odd + 3 * even) % 10) % 10


def is_valid_ean13(code: str) -> bool:
    return (
        len(code) == 13
        and bool(_DIGITS.match(code))
        and ean13_check_digit(code[:12]) == int(code[12])
    )


def with_check_digit(first12: str) -> str:
    """Complete twelve digits into a valid EAN-13."""
    return first12 + str(ean13_check_digit(first12))


def normalise_email(text: str) -> str:
    """An e-mail address checked by its rules (RFC 5322/6531, no DNS look-up) and lower-cased whole.

    Lower case throughout is this project's normal form: look-up hashes and
    sign-in names must match however the customer typed it.
    """
    from email_validator import EmailNotValidError, validate_email  # ~20 ms: on the first e-mail, not at start

    typed = text.strip()
    try:
        checked = validate_email(typed, check_deliverability=False)
    except EmailNotValidError as exc:
        raise InputError(Why.NOT_AN_EMAIL, field="email", text=typed) from None
    return checked.normalized.lower()


def normalise_phone(text: str, default_region: str = "IT") -> str:
    """A phone number in E.164 (+393331234567), reading local numbers in the default region."""
    import phonenumbers  # ~30 ms: on the first phone number, not at start

    try:
        number = phonenumbers.parse(text.strip(), default_region.upper())
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_possible_number(number):
        raise InputError(Why.NOT_A_PHONE, field="mobile", text=text.strip())
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def parse_lookup(text: str, *, default_region: str = "IT") -> Lookup:
    """Read what was typed or scanned into the search field.

    Thirteen digits are a card and must carry a right EAN-13 check digit (a
    misread scan is refused here, not looked up); other runs of digits of card
    length are cards too; an @ makes an e-mail; what looks like a phone number
    is a phone.
    """
    cleaned = clean_scan(text)
    if not cleaned:
        raise InputError(Why.LOOKUP_EMPTY)
    if "@" in cleaned:
        return Lookup(LookupKind.EMAIL, normalise_email(cleaned))
    compact = re.sub(r"[\s\-./()]", "", cleaned)
    if _DIGITS.match(compact) and len(compact) == 13:
        if not is_valid_ean13(compact):
            raise InputError(Why.CARD_CHECK_DIGIT, field="card", card=compact)
        return Lookup(LookupKind.CARD, compact)
    if compact.startswith(("+", "00")) or _is_local_phone(compact, default_region):
        return Lookup(LookupKind.MOBILE, normalise_phone("+" + compact[2:] if compact.startswith("00") else compact, default_region))
    if _DIGITS.match(compact) or re.match(r"^[0-9A-Za-z]{4,32}$", compact):
        return Lookup(LookupKind.CARD, compact.upper() if not compact.isdigit() else compact)
    raise InputError(Why.LOOKUP_UNREADABLE, text=cleaned)


def _is_local_phone(digits: str, region: str) -> bool:
    """A run of digits that is a valid number in the shop's own region reads as a phone."""
    if not _DIGITS.match(digits):
        return False
    import phonenumbers

    try:
        number = phonenumbers.parse(digits, region.upper())
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)
