"""InstantWin against the real sandbox: plays drawn by the server, replayed by operationid, a win in the wallet.

The demo contest draws at random; these tests set its odds to 0 or 1 through the
sandbox's control, so each outcome is certain.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from kiosk.api import LoyaltyClient, Problem, SandboxControl
from kiosk.api.customer import CustomerSession
from kiosk.api.prizes import Contest
from kiosk.domain.identifiers import with_check_digit
from tests.helpers import refusal

GIULIA, GIULIA_PIN = with_check_digit("200000000001"), "1234"
OTHER, OTHER_PIN = with_check_digit("200000000002"), "2468"
PASSWORD = "demo-customer-pw"
PLAYS = 3


def _op() -> str:
    return str(uuid.uuid4())


@pytest.fixture
def giulia(client: LoyaltyClient) -> CustomerSession:
    return client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)


@pytest.fixture
def contest(giulia: CustomerSession) -> Contest:
    [only] = giulia.instantwin()
    return only


def test_the_demo_contest_shows_its_terms_and_the_plays_left(contest: Contest) -> None:
    assert contest.title and contest.terms and contest.playsleft == PLAYS


def test_a_lost_play_counts_and_its_operationid_replays_the_same_result(
    giulia: CustomerSession, contest: Contest, control: SandboxControl
) -> None:
    control.set_contest(contest.contestid, odds=0, stock=5)
    operationid = _op()

    played = giulia.play(contest.contestid, operationid=operationid)
    again = giulia.play(contest.contestid, operationid=operationid)

    assert (played.won, played.prize, played.playsleft, played.replayed) == (False, None, PLAYS - 1, False)
    assert (again.won, again.playsleft, again.replayed) == (False, PLAYS - 1, True)
    assert giulia.instantwin()[0].playsleft == PLAYS - 1


def test_a_won_voucher_is_the_customers_at_once_and_a_replay_never_makes_a_second(
    client: LoyaltyClient, giulia: CustomerSession, contest: Contest, control: SandboxControl
) -> None:
    control.set_contest(contest.contestid, odds=1, stock=5)
    operationid = _op()

    played = giulia.play(contest.contestid, operationid=operationid)
    again = giulia.play(contest.contestid, operationid=operationid)

    assert played.won and played.prize is not None
    assert (again.won, again.prize, again.replayed) == (True, played.prize, True)
    prize = played.prize
    assert (prize.source, prize.value, prize.percent, prize.currency) == ("instantwin", 200, None, "EUR")
    assert prize.expiresat is not None
    assert dt.timedelta(days=29) < prize.expiresat - dt.datetime.now(dt.timezone.utc) <= dt.timedelta(days=30)
    assert giulia.instantwin()[0].playsleft == PLAYS - 1
    # The till takes the code the customer shows: it is worth what the play said.
    assert client.validate_voucher(prize.code).discount == prize.value


def test_a_contest_without_prizes_left_never_wins(
    giulia: CustomerSession, contest: Contest, control: SandboxControl
) -> None:
    control.set_contest(contest.contestid, odds=1, stock=0)
    assert not giulia.play(contest.contestid, operationid=_op()).won


def test_after_the_last_play_no_more_are_taken_but_earlier_ones_still_replay(
    giulia: CustomerSession, contest: Contest, control: SandboxControl
) -> None:
    control.set_contest(contest.contestid, odds=0, stock=5)
    operationids = [_op() for _ in range(PLAYS)]
    results = [giulia.play(contest.contestid, operationid=operationid) for operationid in operationids]

    refused = refusal(lambda: giulia.play(contest.contestid, operationid=_op()))
    replayed = giulia.play(contest.contestid, operationid=operationids[0])

    assert [result.playsleft for result in results] == [2, 1, 0]
    assert refused.problem is Problem.NO_PLAYS_LEFT
    assert replayed.replayed and replayed.playsleft == PLAYS - 1
    assert giulia.instantwin()[0].playsleft == 0


def test_each_customer_has_their_own_plays_and_never_anothers_result(
    client: LoyaltyClient, giulia: CustomerSession, contest: Contest, control: SandboxControl
) -> None:
    control.set_contest(contest.contestid, odds=1, stock=5)
    operationid = _op()
    giulia.play(contest.contestid, operationid=operationid)
    other = client.customer_login_with_pin(card=OTHER, pincode=OTHER_PIN)

    replay = refusal(lambda: other.play(contest.contestid, operationid=operationid))

    assert replay.problem is Problem.OPERATION_CONFLICT
    assert other.instantwin()[0].playsleft == PLAYS
    assert giulia.instantwin()[0].playsleft == PLAYS - 1


def test_an_unknown_contest_and_a_blocked_card_arerefusal(client: LoyaltyClient, giulia: CustomerSession) -> None:
    marco = client.customer_login(username="marco.bianchi@example.com", password=PASSWORD)
    [contest] = giulia.instantwin()

    assert refusal(lambda: giulia.play(9999, operationid=_op())).problem is Problem.CONTEST_UNKNOWN
    assert refusal(lambda: marco.play(contest.contestid, operationid=_op())).problem is Problem.CARD_BLOCKED
    assert marco.instantwin()[0].playsleft == PLAYS
