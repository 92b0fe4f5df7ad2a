"""'Test connection' against the real sandbox: it says in plain words what is wrong, and never a secret."""

from __future__ import annotations

import logging
from typing import Any


from kiosk.cli_text import say
from kiosk.app import check_connection
from kiosk.settings import Settings


def _settings(tmp_path, url: str, demo: dict[str, Any], **changes: Any) -> Settings:
    terminal = demo["terminal"]
    values = dict(
        api_url=url,
        api_key=demo["apikey"],
        campaign_id=demo["campaignid"],
        terminal_username=terminal["username"],
        terminal_password=terminal["password"],
        terminal_serial=terminal["serialnumber"],
        connect_timeout=2.0,
        read_timeout=5.0,
    )
    return Settings.load(tmp_path, env={}).replace(**{**values, **changes})


def test_the_right_settings_connect_and_name_the_campaign(sandbox, tmp_path):
    check = check_connection(_settings(tmp_path, sandbox.url, sandbox.demo))
    assert check.ok
    assert say(check.notice) == "Connected: campaign “Demo Shop Rewards” (EUR)."


def test_a_wrong_api_key_is_named(sandbox, tmp_path):
    check = check_connection(_settings(tmp_path, sandbox.url, sandbox.demo, api_key="not-the-key"))
    assert not check.ok
    assert say(check.notice) == (
        "The loyalty server refused the api key or the terminal's user name and password: check them."
    )


def test_a_wrong_terminal_password_is_named_the_same_way(sandbox, tmp_path):
    check = check_connection(_settings(tmp_path, sandbox.url, sandbox.demo, terminal_password="wrong-password"))
    assert not check.ok
    assert "api key or the terminal's user name and password" in say(check.notice)


def test_an_unknown_campaign_is_named(sandbox, tmp_path):
    check = check_connection(_settings(tmp_path, sandbox.url, sandbox.demo, campaign_id=4242))
    assert not check.ok
    assert say(check.notice) == "Campaign 4242 does not exist on this loyalty server: check the campaign number."


def test_no_network_says_where_it_looked(dead_url, sandbox, tmp_path):
    check = check_connection(_settings(tmp_path, dead_url, sandbox.demo))
    assert not check.ok
    assert say(check.notice) == (
        f"The loyalty server at {dead_url} cannot be reached: "
        "check the network cable or Wi-Fi, and the address."
    )


def test_a_bad_address_is_refused_before_any_call(sandbox, tmp_path):
    check = check_connection(_settings(tmp_path, "http://loyalty.example.com", sandbox.demo))
    assert not check.ok
    assert "must use https://" in say(check.notice)
    assert not check_connection(_settings(tmp_path, "loyalty.example.com", sandbox.demo)).ok


def test_missing_values_are_listed_before_any_call(sandbox, tmp_path):
    check = check_connection(_settings(tmp_path, sandbox.url, sandbox.demo, api_key="", terminal_password=""))
    assert not check.ok
    assert say(check.notice) == "Fill in the api key and the terminal's password first."


def test_no_secret_reaches_a_message_or_the_log(sandbox, tmp_path, caplog, dead_url):
    key, password = "sk-very-secret-key", "pw-very-secret"
    caplog.set_level(logging.DEBUG)
    messages = [
        say(check_connection(_settings(tmp_path, url, sandbox.demo, api_key=key, terminal_password=password)).notice)
        for url in (sandbox.url, dead_url, sandbox.url.replace("http://", "http://user:" + password + "@"))
    ]
    for text in [*messages, caplog.text]:
        assert key not in text and password not in text
    assert "must not hold a user name or password" in messages[2]
