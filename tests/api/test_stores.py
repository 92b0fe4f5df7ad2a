"""Stores against the real sandbox: nearest first from the kiosk's shop, only with the geolocation consent; preferred
shops added and removed, each as often as wanted."""

from __future__ import annotations

import pytest

from kiosk.api import LoyaltyClient, Problem
from kiosk.api.customer import CustomerSession
from kiosk.domain.identifiers import with_check_digit
from kiosk.sandbox.stores import DEMO_SHOP
from tests.helpers import refusal

GIULIA, GIULIA_PIN = with_check_digit("200000000001"), "1234"
OTHER, OTHER_PIN = with_check_digit("200000000002"), "2468"
HERE = {"lat": DEMO_SHOP["lat"], "lon": DEMO_SHOP["lon"]}


@pytest.fixture
def giulia(client: LoyaltyClient) -> CustomerSession:
    return client.customer_login_with_pin(card=GIULIA, pincode=GIULIA_PIN)


def test_without_the_geolocation_consent_no_shops_are_listed(giulia: CustomerSession) -> None:
    refused = refusal(lambda: giulia.stores(**HERE))

    assert refused.problem is Problem.GEOLOCATION_CONSENT_NEEDED
    assert (refused.status, refused.field) == (403, "usedforgeolocation")


def test_with_the_consent_this_shop_comes_first_then_the_others_by_distance(giulia: CustomerSession) -> None:
    giulia.update_profile(usedforgeolocation=True)

    stores = giulia.stores(**HERE)

    assert [store.name for store in stores] == ["Demo Shop Duomo", "Demo Shop Navigli", "Demo Shop Monza"]
    assert stores[0].distance == 0
    assert 1_000 < stores[1].distance < 3_000 < 10_000 < stores[2].distance < 20_000
    from_monza = giulia.stores(lat=stores[2].lat, lon=stores[2].lon)
    assert from_monza[0].name == "Demo Shop Monza"


def test_a_withdrawn_consent_stops_the_list_at_once(giulia: CustomerSession) -> None:
    giulia.update_profile(usedforgeolocation=True)
    assert giulia.stores(**HERE)

    giulia.update_profile(usedforgeolocation=False)

    assert refusal(lambda: giulia.stores(**HERE)).problem is Problem.GEOLOCATION_CONSENT_NEEDED


def test_a_position_off_the_earth_is_a_bad_field(giulia: CustomerSession) -> None:
    giulia.update_profile(usedforgeolocation=True)

    refused = refusal(lambda: giulia.stores(lat=91, lon=0))

    assert (refused.problem, refused.field) == (Problem.BAD_FIELD, "lat")


def test_preferred_shops_added_and_removed_and_each_twice_is_once(
    client: LoyaltyClient, giulia: CustomerSession
) -> None:
    giulia.update_profile(usedforgeolocation=True)
    navigli, duomo = giulia.stores(**HERE)[1], giulia.stores(**HERE)[0]
    assert giulia.preferred_stores() == ()

    giulia.set_preferred_store(navigli.storeid)
    twice = giulia.set_preferred_store(navigli.storeid)
    both = giulia.set_preferred_store(duomo.storeid)

    assert [store.name for store in twice] == ["Demo Shop Navigli"]
    assert [store.name for store in both] == ["Demo Shop Navigli", "Demo Shop Duomo"]
    assert all(store.distance is None for store in both)
    assert giulia.set_preferred_store(navigli.storeid, preferred=False) == giulia.preferred_stores()
    assert [store.name for store in giulia.set_preferred_store(navigli.storeid, preferred=False)] == [
        "Demo Shop Duomo"
    ]
    other = client.customer_login_with_pin(card=OTHER, pincode=OTHER_PIN)
    assert other.preferred_stores() == ()  # her choice is hers


def test_an_unknown_shop_cannot_be_preferred(giulia: CustomerSession) -> None:
    assert refusal(lambda: giulia.set_preferred_store(999_999)).problem is Problem.STORE_UNKNOWN
