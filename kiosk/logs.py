"""Logging: a rotating file per base folder, one logger per area, secrets redacted whatever the logger."""

from __future__ import annotations

import logging
import logging.handlers
import re
from collections.abc import Iterable
from pathlib import Path

__all__ = ["AREAS", "RedactionFilter", "redact", "setup_logging", "LOG_FILE_NAME"]

LOG_FILE_NAME = "kiosk.log"

#: One named logger per area of the app.
AREAS = ("kiosk.app", "kiosk.net", "kiosk.sql", "kiosk.sync", "kiosk.ui", "kiosk.sandbox")

_SECRET_KEYS = (
    r"pincode|newpincode|pin|verificationcode|code|otp|password|passwords|newpassword"
    r"|token|refreshtoken|access_token|refresh_token|apikey|api_key|x-api-key|secret"
)
# key=value, key: value, "key": "value", 'key': 'value', ?key=value&...
_KEY_VALUE = re.compile(
    rf"""(?P<key>\b(?:{_SECRET_KEYS})\b)(?P<sep>["']?\s*[:=]\s*["']?)(?P<value>[^"'\s,;&}}\])]+)""",
    re.IGNORECASE,
)
_BEARER = re.compile(r"(?P<key>\bBearer\s+)(?P<value>[A-Za-z0-9._~+/=-]+)", re.IGNORECASE)
MASK = "[redacted]"


def redact(text: str, literals: Iterable[str] = ()) -> str:
    """Mask every secret in `text`: values of secret-named keys, bearer tokens, and known literals."""
    for literal in sorted((s for s in literals if s), key=len, reverse=True):
        text = text.replace(literal, MASK)
    text = _KEY_VALUE.sub(lambda m: m.group("key") + m.group("sep") + MASK, text)
    return _BEARER.sub(lambda m: m.group("key") + MASK, text)


class RedactionFilter(logging.Filter):
    """Rewrites each record passing a handler so no PIN, code, password or token is written.

    It sits on the handlers, not the loggers, so it covers every logger,
    including third-party ones (httpx, uvicorn), and the text of exceptions.
    """

    def __init__(self, literals: Iterable[str] = ()) -> None:
        super().__init__()
        self._literals: set[str] = {s for s in literals if s}

    def add_secret(self, value: str) -> None:
        """Mask this exact text too (the api key and passwords in force)."""
        if value and len(value) >= 4:
            self._literals.add(value)

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
    log_dir.mkdir(parents=True, exist_ok=True)
    redaction = RedactionFilter(secrets)
    file_handler = logging.handlers.RotatingFileHandler(
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
