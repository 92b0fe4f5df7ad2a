"""My details after enrolment, against the real sandbox: the profile and consents, and a new contact address.

What a customer checks: a required field cannot be emptied, a consent can be
withdrawn, a new e-mail or mobile goes on file only with the code sent to it,
and the old address hears of the change. What a cashier checks: the card is
found by the new address, no longer by the old one, online and in the directory.
"""

from __future__ import annotations


from kiosk.api import LoyaltyClient, Problem, SandboxControl
from kiosk.api.customer import CustomerSession
from kiosk.domain.identifiers import with_check_digit
from tests.helpers import directory_entry, refusal, wrong_code

GIULIA, GIULIA_EMAIL, GIULIA_MOBILE = with_check_digit("200000000001"), "giulia.rossi@example.com", "+393331234567"
PASSWORD = "demo-customer-pw"
ANNA_EMAIL = "anna.verdi@example.com"
NEW_EMAIL, NEW_MOBILE = "giulia.new@example.com", "+393339876543"


def _giulia(client: LoyaltyClient) -> CustomerSession:
    return client.customer_login(username=GIULIA_EMAIL, password=PASSWORD)


# -- profile and consents ------------------------------------------------------------------


def test_a_required_field_cannot_be_emptied_and_the_profile_stays_as_it_was(client: LoyaltyClient) -> None:
    giulia = _giulia(client)

    for empty in (None, "  "):
        refused = refusal(lambda: giulia.update_profile(surname=empty))
        assert (refused.problem, refused.field) == (Problem.BAD_FIELD, "surname")
    refused = refusal(lambda: giulia.update_profile(usedforpromotions=None))
    assert (refused.problem, refused.field) == (Problem.BAD_FIELD, "usedforpromotions")

    assert (giulia.profile().surname, giulia.profile().name) == ("Rossi", "Giulia")


def test_a_consent_is_withdrawn_at_once_and_an_optional_one_can_be_taken_back_entirely(client: LoyaltyClient) -> None:
    giulia = _giulia(client)
    giulia.update_profile(profiling=True)

    giulia.update_profile(usedforpromotions=False, profiling=False)
    assert _giulia(client).profile().privacy == {"usedforpromotions": False, "profiling": False}

    giulia.update_profile(profiling=None)
    assert "profiling" not in giulia.profile().privacy


def test_other_fields_change_without_any_code(client: LoyaltyClient) -> None:
    giulia = _giulia(client)
    changed = giulia.update_profile(name="Giulia Maria", city="Torino")
    assert (changed.name, changed.customdata["city"]) == ("Giulia Maria", "Torino")
    assert client.card(card=GIULIA).name == "Giulia Maria"


# -- a new contact address --------------------------------------------------------------------


def test_a_new_e_mail_goes_on_file_with_the_code_sent_to_it_and_the_old_one_is_told(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    giulia = _giulia(client)
    sent = giulia.send_contact_code(email=NEW_EMAIL)
    assert sent.sent
    [message] = control.messages(NEW_EMAIL)
    assert message.kind == "code" and message.purpose == "contact" and message.code in message.text
    assert control.messages(GIULIA_EMAIL) == []

    wrong = refusal(lambda: giulia.update_contact(email=NEW_EMAIL, code=wrong_code(message.code)))
    assert wrong.problem is Problem.CODE_WRONG
    assert giulia.profile().mailcontactdata == GIULIA_EMAIL

    changed = giulia.update_contact(email=NEW_EMAIL, code=message.code)

    assert changed.mailcontactdata == NEW_EMAIL
    [notice] = control.messages(GIULIA_EMAIL)
    assert notice.kind == "notice" and notice.purpose == "contact" and not notice.code
    assert "changed" in notice.text
    assert client.card(email=NEW_EMAIL).card == GIULIA
    assert refusal(lambda: client.card(email=GIULIA_EMAIL)).problem is Problem.CARD_UNKNOWN
    # The directory's hashes follow, so an offline till finds her by the new address, not the old.
    params = client.campaign().contacthash
    entry = directory_entry(client, GIULIA)
    assert entry.emailhash == params.digest(NEW_EMAIL) and entry.mobilehash == params.digest(GIULIA_MOBILE)


def test_a_new_mobile_works_the_same_way(client: LoyaltyClient, control: SandboxControl) -> None:
    giulia = _giulia(client)
    giulia.send_contact_code(mobile="333 987 6543")  # typed as a customer would; normalised to E.164

    changed = giulia.update_contact(mobile=NEW_MOBILE, code=control.latest_code(NEW_MOBILE))

    assert changed.mobilecontactdata == NEW_MOBILE
    assert [m.purpose for m in control.messages(GIULIA_MOBILE)] == ["contact"]
    assert client.card(mobile=NEW_MOBILE).card == GIULIA


def test_a_new_address_without_a_code_or_with_another_address_s_code_is_refused(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    giulia = _giulia(client)
    without = refusal(lambda: giulia.update_profile(mailcontactdata=NEW_EMAIL))
    assert (without.problem, without.field) == (Problem.BAD_FIELD, "verificationcode")

    giulia.send_contact_code(email=NEW_EMAIL)
    other = refusal(
        lambda: giulia.update_contact(email="someone.else@example.com", code=control.latest_code(NEW_EMAIL))
    )
    assert other.problem is Problem.CODE_EXPIRED
    assert giulia.profile().mailcontactdata == GIULIA_EMAIL
    assert control.messages(GIULIA_EMAIL) == []
    # The address on file again is no change: no code needed, nobody told.
    assert giulia.update_profile(mailcontactdata=GIULIA_EMAIL.upper()).mailcontactdata == GIULIA_EMAIL
    assert control.messages(GIULIA_EMAIL) == []


def test_a_first_address_of_its_kind_needs_no_code_as_in_onboarding_s_data_entry(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    anna = client.customer_login(username=ANNA_EMAIL, password=PASSWORD)  # an e-mail on file, no mobile
    assert anna.update_profile(mobilecontactdata=NEW_MOBILE).mobilecontactdata == NEW_MOBILE
    assert control.messages(ANNA_EMAIL) == []
    # Taking it away tells the address that goes.
    anna.update_profile(mobilecontactdata=None)
    assert [m.purpose for m in control.messages(NEW_MOBILE)] == ["contact"]


def test_another_customer_s_address_is_refused_before_any_code_is_sent(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    giulia = _giulia(client)
    refused = refusal(lambda: giulia.send_contact_code(email=ANNA_EMAIL))
    assert refused.problem is Problem.ALREADY_REGISTERED
    assert control.messages(ANNA_EMAIL) == []


def test_wrong_codes_are_counted_and_the_fifth_burns_the_code(client: LoyaltyClient, control: SandboxControl) -> None:
    giulia = _giulia(client)
    giulia.send_contact_code(email=NEW_EMAIL)
    code = control.latest_code(NEW_EMAIL)
    problems = [refusal(lambda: giulia.update_contact(email=NEW_EMAIL, code=wrong_code(code))).problem for _ in range(5)]
    assert problems == [Problem.CODE_WRONG] * 4 + [Problem.CODE_TOO_MANY]
    assert refusal(lambda: giulia.update_contact(email=NEW_EMAIL, code=code)).problem is Problem.CODE_EXPIRED
    assert giulia.profile().mailcontactdata == GIULIA_EMAIL
