"""The log file never holds a PIN, a one-time code, a password or a token, whatever the logger."""

from __future__ import annotations

import logging

import pytest

from kiosk.logs import AREAS, LOG_FILE_NAME, redact, setup_logging
from kiosk.settings import Settings


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


# Lines real code could log: (the line, the secret that must go, what must stay readable).
LINES = [
    ("pincode=4321&card=2000000000015", "4321", "card=2000000000015"),
    ("terminal_password=tpw-9988 user=demo-terminal", "tpw-9988", "user=demo-terminal"),
    ("synchro_password: sync-pw-77 for campaign 1001", "sync-pw-77", "campaign 1001"),
    ("new_pin=8642 card 2000000000015", "8642", "card 2000000000015"),
    ("manager_pin=135790 accepted", "135790", "accepted"),
    ("manager_pin_hash=scrypt$abc$def loaded", "scrypt$abc$def", "loaded"),
    ("authorization=Bearer eyJhbGci.payload.sig sent", "eyJhbGci.payload.sig", "sent"),
    ("Authorization: Bearer eyJhbGciOi.xyz", "eyJhbGciOi.xyz", "Authorization"),
    ("Authorization: Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA==", "Authorization"),
    ("pwd=letmein42 for demo", "letmein42", "for demo"),
    ("passwd=letmein43; retry 2", "letmein43", "retry 2"),
    ("x-api-key: the-api-key-value", "the-api-key-value", "x-api-key"),
    ("X-Api-Key=K3Y-VALUE-123 route=/cards", "K3Y-VALUE-123", "route=/cards"),
    ("api_key='key with spaces 42'", "with spaces 42", "api_key"),
    ('password="correct horse battery staple" user=ann', "horse battery staple", "user=ann"),
    ("password='two words' user=ann", "words", "user=ann"),
    ('body {"card": "2000000000015", "pincode": "1234"}', "1234", '"card": "2000000000015"'),
    ('{"password": "hunter2 with spaces", "username": "ann"}', "hunter2 with spaces", '"username": "ann"'),
    ('{"verificationcode":"583920","email":"a@b.it"}', "583920", '"email":"a@b.it"'),
    ('{"newpincode": "8765", "card": "2000000000022"}', "8765", "2000000000022"),
    ('{"refreshtoken": "rt.abc.def", "expires": 3600}', "rt.abc.def", '"expires": 3600'),
    ('{"token": "at-123-456", "scope": "terminal"}', "at-123-456", '"scope": "terminal"'),
    ('{"access_token": "at-xyz", "token_type": "bearer"}', "at-xyz", '"token_type": "bearer"'),
    ("{'password': 'hunter2-pw', 'username': 'ann'}", "hunter2-pw", "'username': 'ann'"),
    ("{'pincode': '2468', 'card': '2000000000015'}", "2468", "'card': '2000000000015'"),
    ("Login(username='demo', password='p a s s', scope='terminal')", "p a s s", "scope='terminal'"),
    ("headers [('x-api-key', 'hdr-key-1'), ('accept', 'application/json')]", "hdr-key-1", "application/json"),
    ("GET https://till:tillpw99@loyalty.example.com/api/cards", "tillpw99", "loyalty.example.com/api/cards"),
    ("connect to postgres://ann:s3cr3t@db:5432/x failed", "s3cr3t", "ann:"),
    ("GET /pinreset?token=reset-tok-77&card=2000000000015", "reset-tok-77", "card=2000000000015"),
    ("GET /verify?code=990011 -> 200", "990011", "-> 200"),
    ("otp: 112233 sent to a@b.it", "112233", "sent to a@b.it"),
    ("ValueError: server said {\"password\": \"p4ssw0rd-xyz\"}", "p4ssw0rd-xyz", "ValueError: server said"),
    ("KeyError: 'secret' in body secret=s-value-1", "s-value-1", "KeyError"),
    ("wrapped body: {\\\"pincode\\\": \\\"5566\\\", \\\"card\\\": \\\"1\\\"}", "5566", "wrapped body"),
    ("client_secret=cs-0099 grant=refresh", "cs-0099", "grant=refresh"),
]


@pytest.mark.parametrize("line, secret, kept", LINES)
def test_every_line_loses_its_secret_and_keeps_the_rest(line, secret, kept):
    masked = redact(line)
    assert secret not in masked
    assert kept in masked
    assert "[redacted]" in masked


def test_redact_keeps_what_is_not_secret():
    text = ('card 2000000000015 earned 12 points, AnswerCode 40, receipt R-77, pincodelength: 4, postcode=20100,'
            ' status_code=200 answer_code=13 error-code: 5')
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
    redaction.add_secrets(["late-terminal-pw"])
    logging.getLogger("kiosk.app").info("login as demo with late-terminal-pw")
    _flush()
    assert "late-terminal-pw" not in path.read_text()


def test_uvicorn_lines_pass_the_filter_too(tmp_path, capsys):
    from kiosk.sandbox import SandboxConfig, start_in_thread

    with start_in_thread(SandboxConfig(data_dir=tmp_path)):
        logging.getLogger("uvicorn.error").error("request failed: password=uv-secret-1 card=2000000000015")
        logging.getLogger("uvicorn").warning("Authorization: Bearer uv.token.2")
    err = capsys.readouterr().err
    assert "card=2000000000015" in err
    assert "uv-secret-1" not in err and "uv.token.2" not in err


def test_inside_the_app_uvicorn_lines_reach_the_log_file_redacted(log_file, tmp_path):
    from kiosk.sandbox import SandboxConfig, start_in_thread

    path, redaction = log_file
    redaction.add_secrets(["embedded-api-key"])
    with start_in_thread(SandboxConfig(data_dir=tmp_path / "sandbox")):
        logging.getLogger("uvicorn.error").error("x-api-key embedded-api-key refused; pincode=7531")
    _flush()
    text = path.read_text()
    assert "uvicorn.error" in text and "refused" in text
    assert "embedded-api-key" not in text and "7531" not in text


def test_the_secret_settings_in_force_are_masked_and_the_others_are_not(log_file, tmp_path):
    path, redaction = log_file
    env = {"KIOSK_TERMINAL_PASSWORD": "s3cret-pass", "KIOSK_API_KEY": "key-123456", "KIOSK_TERMINAL_USERNAME": "till-07"}
    redaction.add_secrets(Settings.load(tmp_path, env=env).secrets())
    logging.getLogger("kiosk.app").info("signing in as till-07 with s3cret-pass and key-123456")
    _flush()
    text = path.read_text()
    assert "till-07" in text
    assert "s3cret-pass" not in text and "key-123456" not in text
