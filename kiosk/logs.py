"""Logging: a rotating file per base folder, one logger per area, secrets redacted whatever the logger."""

from __future__ import annotations

import logging
import logging.handlers
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from kiosk.paths import private_dir, private_file

__all__ = ["AREAS", "RedactionFilter", "redact", "setup_logging", "uvicorn_log_config", "LOG_FILE_NAME"]

LOG_FILE_NAME = "kiosk.log"

#: One named logger per area of the app.
AREAS = ("kiosk.app", "kiosk.net", "kiosk.sql", "kiosk.sync", "kiosk.ui", "kiosk.sandbox")

# A key names a secret when it is one of these words, or ends in one after "_" or "-"
# (terminal_password, new_pin, manager_pin, x-api-key, client_secret). Whole words only,
# so "pincodelength", "AnswerCode" or "postcode" stay readable.
_SECRET_WORDS = (
    r"pincode|newpincode|pin|pins|pin_hash|pinhash|verificationcode|code|otp|password|passwords|newpassword"
    r"|passwd|pwd|passphrase|token|refreshtoken|accesstoken|apikey|api_key|api-key|secret|authorization"
    r"|cookie|set-cookie|credentials"
)
# Codes that are no secret, however they are spelt (status_code, AnswerCode, country-code...).
_PLAIN_CODES = r"(?:status|error|answer|exit|http|response|return|result|country|currency|zip|post|area|lang|language)[_-]?code"
_KEY = rf"(?<![\w-])(?!{_PLAIN_CODES}(?![\w-]))(?:[\w-]*?[_-])?(?:{_SECRET_WORDS})(?![\w-])"
# A value: quoted (spaces and escaped quotes included, also a JSON string inside a JSON string),
# or a bare word, with an authorization scheme kept with its credentials.
_VALUE = (
    r"(?P<value>"
    r'\\"(?:(?!\\").)*\\"'
    r'|"(?:[^"\\]|\\.)*"'
    r"|'(?:[^'\\]|\\.)*'"
    r"""|(?:(?:Bearer|Basic|Token|Digest)\s+)?[^\s"'\\,;&}\])]+)"""
)
# key=value, key: value, "key": "value", 'key': 'value', key="a b", ?key=value&..., ('key', 'value')
_KEY_VALUE = re.compile(
    rf"""(?P<key>{_KEY})(?P<sep>(?:\\?["'])?\s*[:=]\s*|["']\s*,\s*(?=["']))""" + _VALUE,
    re.IGNORECASE,
)
_BEARER = re.compile(r"(?P<key>\b(?:Bearer|Basic)\s+)(?P<value>[A-Za-z0-9._~+/=-]+)", re.IGNORECASE)
# scheme://user:password@host: the user stays, the password goes.
_USERINFO = re.compile(r"(?P<key>\b[a-z][a-z0-9+.-]*://[^\s:/@]*:)(?P<value>[^\s/@]+)(?=@)", re.IGNORECASE)
MASK = "[redacted]"


def _masked(match: re.Match[str]) -> str:
    value = match.group("value")
    quote = value[:2] if value.startswith('\\"') else value[:1] if value[:1] in "\"'" else ""
    return match.group("key") + (match.groupdict().get("sep") or "") + quote + MASK + quote


def redact(text: str, literals: Iterable[str] = ()) -> str:
    """Mask every secret in `text`: values of secret-named keys, credentials in URLs, bearer tokens, known literals."""
    for literal in sorted((s for s in literals if s), key=len, reverse=True):
        text = text.replace(literal, MASK)
    text = _KEY_VALUE.sub(_masked, text)
    text = _USERINFO.sub(_masked, text)
    return _BEARER.sub(_masked, text)


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """A rotating log whose every file (kiosk.log and each new one after a rotation) is its owner's only."""

    def _open(self) -> Any:
        private_file(self.baseFilename)
        return super()._open()


class RedactionFilter(logging.Filter):
    """Rewrites each record passing a handler so no PIN, code, password or token is written.

    It sits on the handlers, not the loggers, so it covers every logger,
    including third-party ones (httpx, uvicorn), and the text of exceptions.
    """

    def __init__(self, literals: Iterable[str] = ()) -> None:
        super().__init__()
        self._literals: set[str] = {s for s in literals if s}

    def add_secrets(self, values: Iterable[str]) -> None:
        """Mask these exact texts too (the api key and passwords in force: Settings.secrets())."""
        self._literals.update(value for value in values if len(value) >= 4)

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg = redact(message, self._literals)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self._literals)
        if record.stack_info:
            record.stack_info = redact(record.stack_info, self._literals)
        return True


def setup_logging(
    log_dir: Path,
    *,
    level: str = "INFO",
    secrets: Iterable[str] = (),
    to_stderr: bool = True,
) -> RedactionFilter:
    """Send the app's logs to `<log_dir>/kiosk.log` (rotating) and warnings to stderr."""
    private_dir(log_dir)
    redaction = RedactionFilter(secrets)
    file_handler = _PrivateRotatingFile(
        log_dir / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    )
    file_handler.addFilter(redaction)
    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "_kiosk", False):
            root.removeHandler(old)
            old.close()
    file_handler._kiosk = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    if to_stderr:
        console = logging.StreamHandler()
        console.setLevel(logging.WARNING)
        console.setFormatter(logging.Formatter("kiosk: %(levelname)s %(name)s: %(message)s"))
        console.addFilter(redaction)
        console._kiosk = True  # type: ignore[attr-defined]
        root.addHandler(console)
    numeric = logging.getLevelName(level.upper())
    root.setLevel(numeric if isinstance(numeric, int) else logging.INFO)
    # httpx logs every request URL at INFO; our own kiosk.net line says what matters.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    return redaction


def uvicorn_log_config() -> dict[str, Any]:
    """uvicorn's logging, through the redaction filter: pass it as `log_config` to every uvicorn server.

    uvicorn's own configuration writes to stderr with handlers of its own, past
    the filter on ours. Inside the app (the embedded sandbox) its records go up to
    the app's handlers, which redact and know the secrets in force; as
    `kiosk sandbox serve` they go to stderr through a filter of their own.
    """
    inside_app = any(getattr(handler, "_kiosk", False) for handler in logging.getLogger().handlers)
    own = [] if inside_app else ["stderr"]
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"redact": {"()": RedactionFilter}},
        "formatters": {"plain": {"format": "%(levelname)s %(name)s: %(message)s"}},
        "handlers": {
            "stderr": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": "plain",
                "filters": ["redact"],
            },
        },
        "loggers": {
            "uvicorn": {"handlers": own, "level": "INFO", "propagate": inside_app},
            "uvicorn.error": {"level": "INFO"},
            "uvicorn.access": {"handlers": own, "level": "INFO", "propagate": inside_app},
        },
    }
