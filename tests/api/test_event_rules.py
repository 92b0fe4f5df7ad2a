"""The event rules against the real sandbox: a welcome, a full-profile and a birthday bonus, each given once, as
"bonus" movements with their reason; the tags they give open promotions for a while."""

from __future__ import annotations

import datetime as dt
import uuid

from kiosk.api import LoyaltyClient, MovementType, NextStep, Problem, SandboxControl
from kiosk.api.customer import CustomerSession
from kiosk.api.marta import BIRTHDAY_BONUS_DAYS, BonusReason
from kiosk.api.utctime import parse_utc
from kiosk.domain.identifiers import with_check_digit
from kiosk.sandbox.events import DEMO_RULES
from tests.helpers import SandboxClock, refusal

GIULIA, GIULIA_PIN = with_check_digit("200000000001"), "1234"
GIULIA_USER, PASSWORD = "giulia.rossi@example.com", "demo-customer-pw"
GIULIA_POINTS = 1250
UNREGISTERED, UNREGISTERED_PIN = with_check_digit("200000000002"), "2468"
NEW_EMAIL, NEW_PASSWORD = "sara.verdi@example.com", "new-pw-123"
BONUS = {rule: points for rule, points, _, _ in DEMO_RULES}
DAY = 86400


def _bonuses(session: CustomerSession) -> list[tuple[BonusReason | None, int]]:
    return [(line.bonus_reason, line.points) for line in session.movements() if line.type is MovementType.BONUS]


def _promotion_titles(session: CustomerSession) -> set[str]:
    return {promotion.title for promotion in session.promotions()}


def _register(client: LoyaltyClient, control: SandboxControl) -> CustomerSession:
    client.send_registration_code(email=NEW_EMAIL)
    client.register_with_code(
        code=control.latest_code(NEW_EMAIL), username=NEW_EMAIL, password=NEW_PASSWORD, categoryid=1, email=NEW_EMAIL
    )
    return client.customer_login(username=NEW_EMAIL, password=NEW_PASSWORD)


def test_a_new_customer_gets_the_welcome_bonus_once_and_the_welcome_offer(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    sara = _register(client, control)

    assert sara.customer.points == BONUS[BonusReason.WELCOME]
    assert _bonuses(sara) == [(BonusReason.WELCOME, BONUS[BonusReason.WELCOME])]
    assert "Welcome: double points on your first month" in _promotion_titles(sara)
    again = client.customer_login(username=NEW_EMAIL, password=NEW_PASSWORD)
    assert again.customer.points == BONUS[BonusReason.WELCOME] and len(_bonuses(again)) == 1


def test_a_card_holder_who_registers_gets_the_welcome_bonus_on_their_card(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    before = client.card(card=UNREGISTERED).points
    check = client.check_card(card=UNREGISTERED)
    assert check.next_step is NextStep.USER_WITH_CARD and check.customerid is not None
    client.send_credentials_code(check.customerid, email=NEW_EMAIL, pincode=UNREGISTERED_PIN)
    client.change_credentials_with_code(
        check.customerid, username=NEW_EMAIL, password=NEW_PASSWORD, code=control.latest_code(NEW_EMAIL)
    )

    assert client.card(card=UNREGISTERED).points == before + BONUS[BonusReason.WELCOME]
    history = client.movements(UNREGISTERED)
    assert [(line.type, line.reason) for line in history] == [(MovementType.BONUS, "welcome")]


def test_the_full_profile_bonus_comes_the_first_time_every_field_is_filled_and_only_then(
    client: LoyaltyClient, control: SandboxControl
) -> None:
    giulia = client.customer_login(username=GIULIA_USER, password=PASSWORD)
    giulia.update_profile(gender="F", usedforpromotions=True)
    assert _bonuses(giulia) == []  # city and date of birth still missing; a consent buys nothing

    far_off = parse_utc(control.now()).date() + dt.timedelta(days=100)  # no birthday bonus in the way
    filled = giulia.update_profile(city="Milano", birthdate=_born_in_1990(far_off))
    giulia.update_profile(city="Monza")

    assert filled.points == GIULIA_POINTS + BONUS[BonusReason.PROFILE]
    assert _bonuses(giulia) == [(BonusReason.PROFILE, BONUS[BonusReason.PROFILE])]
    assert giulia.profile().points == GIULIA_POINTS + BONUS[BonusReason.PROFILE]


def _born_in_1990(birthday: dt.date) -> dt.date:
    """A date of birth with this birthday (29 February in a leap year of the time)."""
    return dt.date(1992 if (birthday.month, birthday.day) == (2, 29) else 1990, birthday.month, birthday.day)


def _giulia_with_birthday_in(client: LoyaltyClient, control: SandboxControl, *, days: int) -> CustomerSession:
    """Giulia signed in, her date of birth set so that her birthday is `days` days from the sandbox's today."""
    giulia = client.customer_login(username=GIULIA_USER, password=PASSWORD)
    giulia.update_profile(birthdate=_born_in_1990(parse_utc(control.now()).date() + dt.timedelta(days=days)))
    return giulia


def test_the_birthday_bonus_comes_when_the_clock_reaches_it_once_a_year(
    clocked: tuple[LoyaltyClient, SandboxClock], control: SandboxControl
) -> None:
    client, clock = clocked
    giulia = _giulia_with_birthday_in(client, control, days=2)
    assert giulia.profile().points == GIULIA_POINTS and _bonuses(giulia) == []

    clock.advance(2 * DAY)
    seen = giulia.profile()  # the customer shows up on their birthday
    client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)
    clock.advance(1 * DAY)
    giulia.profile()

    assert seen.points == GIULIA_POINTS + BONUS[BonusReason.BIRTHDAY]
    assert _bonuses(giulia) == [(BonusReason.BIRTHDAY, BONUS[BonusReason.BIRTHDAY])]
    assert "Happy birthday: a cake on us" in _promotion_titles(giulia)

    clock.advance(364 * DAY)  # next year's birthday week
    assert giulia.profile().points == GIULIA_POINTS + 2 * BONUS[BonusReason.BIRTHDAY]


def test_a_birthday_missed_by_more_than_the_bonus_days_gives_nothing(
    clocked: tuple[LoyaltyClient, SandboxClock], control: SandboxControl
) -> None:
    client, clock = clocked
    giulia = _giulia_with_birthday_in(client, control, days=1)

    clock.advance((1 + BIRTHDAY_BONUS_DAYS) * DAY)

    assert giulia.profile().points == GIULIA_POINTS and _bonuses(giulia) == []


def test_a_till_cannot_reverse_a_bonus(client: LoyaltyClient, control: SandboxControl) -> None:
    sara = _register(client, control)
    [bonus] = [line for line in sara.movements() if line.type is MovementType.BONUS]

    refused = refusal(lambda: client.reverse(bonus.movementid, operationid=str(uuid.uuid4())))

    assert refused.problem is Problem.NOT_REVERSIBLE
    assert sara.profile().points == BONUS[BonusReason.WELCOME]
