"""The log file never holds a PIN, a one-time code, a password or a token, whatever the logger."""

from __future__ import annotations

import logging

import pytest

from kiosk.logs import AREAS, LOG_FILE_NAME, redact, setup_logging


@pytest.fixture
def log_file(tmp_path):
    redaction = setup_logging(tmp_path, level="DEBUG", secrets=["the-api-key-value"], to_stderr=False)
    yield tmp_path / LOG_FILE_NAME, redaction
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_kiosk", False):
            root.removeHandler(handler)
            handler.close()


def _flush():
    for handler in logging.getLogger().handlers:
        handler.flush()


@pytest.mark.parametrize(
    "text, secret",
    [
        ('body {"card": "2000000000015", "pincode": "1234"}', "1234"),
        ("pincode=4321&card=2000000000015", "4321"),
        ("verificationcode: 583920", "583920"),
        ("{'password': 'hunter2-pw'}", "hunter2-pw"),
        ('"refreshtoken": "abc.def.ghi"', "abc.def.ghi"),
        ("Authorization: Bearer eyJhbGciOi.xyz", "eyJhbGciOi.xyz"),
        ("x-api-key=the-api-key-value", "the-api-key-value"),
        ('{"newpincode":"8765"}', "8765"),
    ],
)
def test_redact_masks_each_kind_of_secret(text, secret):
    assert secret not in redact(text, ["the-api-key-value"])


def test_redact_keeps_what_is_not_secret():
    text = 'card 2000000000015 earned 12 points, AnswerCode 40, receipt R-77'
    assert redact(text) == text


def test_every_area_logger_and_a_foreign_one_are_redacted_in_the_file(log_file):
    path, _ = log_file
    for area in AREAS:
        logging.getLogger(area).info("sending pincode=%s for %s", "2468", area)
    logging.getLogger("somebody.else").warning("token: %s", "tok-secret-value")
    logging.getLogger("kiosk.net").info("using key %s", "the-api-key-value")
    _flush()
    text = path.read_text()
    for area in AREAS:
        assert area in text
    for secret in ("2468", "tok-secret-value", "the-api-key-value"):
        assert secret not in text


def test_exception_text_is_redacted_too(log_file):
    path, _ = log_file
    try:
        raise ValueError('server said {"password": "p4ssw0rd-xyz"}')
    except ValueError:
        logging.getLogger("kiosk.app").exception("failed")
    _flush()
    text = path.read_text()
    assert "ValueError" in text
    assert "p4ssw0rd-xyz" not in text


def test_secrets_added_later_are_masked(log_file):
    path, redaction = log_file
    redaction.add_secret("late-terminal-pw")
    logging.getLogger("kiosk.app").info("login as demo with late-terminal-pw")
    _flush()
    assert "late-terminal-pw" not in path.read_text()
