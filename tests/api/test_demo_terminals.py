"""`kiosk sandbox demo --terminals N`: N terminal logins, each able to sign in and serve, for the load test."""

from __future__ import annotations

from kiosk.api import LoyaltyClient, TerminalLogin
from kiosk.sandbox import seed_demo


def test_the_demo_seeds_as_many_terminal_logins_as_asked_each_signing_in_on_its_own(sandbox, sandbox_data):
    data, _ = sandbox_data
    demo = seed_demo(data, terminals=20)
    logins = demo["terminals"]
    assert len(logins) == 20
    assert len({login["username"] for login in logins}) == 20
    assert len({login["serialnumber"] for login in logins}) == 20
    # The demo's own two come first, unchanged.
    assert logins[0] == demo["terminal"] and logins[1] == demo["terminal2"]
    for login in logins:
        with LoyaltyClient(sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"],
                           terminal=TerminalLogin(**login)) as client:
            assert client.card(card=demo["cards"][0]["card"]).card == demo["cards"][0]["card"]
    # Seeding again adds nothing and hands out the same logins.
    assert seed_demo(data, terminals=20)["terminals"] == logins
    assert "terminals" not in seed_demo(data)
