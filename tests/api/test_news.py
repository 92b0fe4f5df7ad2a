"""News and notifications against the real sandbox: what a customer sees, read marks, and only their own messages."""

from __future__ import annotations

import pytest

from kiosk.api import LoyaltyClient, Problem
from kiosk.api.customer import CustomerSession
from kiosk.domain.identifiers import with_check_digit
from tests.helpers import refusal

GIULIA, GIULIA_PIN = with_check_digit("200000000001"), "1234"
OTHER, OTHER_PIN = with_check_digit("200000000002"), "2468"


@pytest.fixture
def giulia(client: LoyaltyClient) -> CustomerSession:
    return client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)


@pytest.fixture
def other(client: LoyaltyClient) -> CustomerSession:
    return client.customer_login_with_pin(card=OTHER, pincode=OTHER_PIN)


def test_the_news_published_so_far_newest_first_and_unread(giulia: CustomerSession) -> None:
    news = giulia.news()

    assert [item.title for item in news] == [
        "Our new sourdough", "Opening hours for the holidays", "Points on your card, always",
    ]  # the spring catalogue is not published yet
    assert all(item.body and not item.read for item in news)
    assert news[0].publishedat > news[1].publishedat > news[2].publishedat


def test_reading_news_marks_it_for_this_customer_only_and_again_changes_nothing(
    giulia: CustomerSession, other: CustomerSession
) -> None:
    first = giulia.news()[0]

    read = giulia.mark_news_read(first.id)
    again = giulia.mark_news_read(first.id)

    assert (read.id, read.title, read.read) == (first.id, first.title, True)
    assert again == read
    assert [item.read for item in giulia.news()] == [True, False, False]
    assert not any(item.read for item in other.news())


def test_news_not_published_yet_or_unknown_cannot_be_marked(giulia: CustomerSession) -> None:
    shown = {item.id for item in giulia.news()}
    unpublished = max(shown) + 1  # the demo's fourth piece, due in a month

    assert refusal(lambda: giulia.mark_news_read(unpublished)).problem is Problem.NEWS_UNKNOWN
    assert refusal(lambda: giulia.mark_news_read(999_999)).problem is Problem.NEWS_UNKNOWN


def test_giulia_has_a_message_and_reads_it_once(giulia: CustomerSession) -> None:
    [message] = giulia.notifications()
    assert (message.title, message.read) == ("A coffee on us", False)

    read = giulia.mark_notification_read(message.id)

    assert read.read and giulia.mark_notification_read(message.id) == read
    assert giulia.notifications() == (read,)


def test_another_customers_notification_is_never_visible_nor_markable(
    giulia: CustomerSession, other: CustomerSession
) -> None:
    [hers] = giulia.notifications()

    assert other.notifications() == ()
    refused = refusal(lambda: other.mark_notification_read(hers.id))
    assert refused.problem is Problem.NOTIFICATION_UNKNOWN
    assert refused.status == 404
    assert giulia.notifications()[0].read is False  # nothing changed for her


def test_the_push_consent_is_a_privacy_field_of_the_form(giulia: CustomerSession) -> None:
    consents = {field.name: field for field in giulia.data_fields().privacy}

    push = consents["usedforpush"]
    assert not push.mandatory and push.text
