"""Wires the object graph: settings in force, the loyalty API (or the embedded sandbox), the client."""

from __future__ import annotations

import dataclasses
import ipaddress
import logging
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from kiosk.api import ApiError, BadAnswer, Login, LoyaltyClient, LoyaltyError, NetworkError, TerminalLogin
from kiosk.api.marta import AnswerCode
from kiosk.domain.errors import Notice, Why, message_for
from kiosk.paths import Paths
from kiosk.settings import Settings, SettingsError

__all__ = ["PROVIDER_NEEDS", "Backend", "open_backend", "check_api_url", "ConnectionCheck", "check_connection", "shown_url"]

log = logging.getLogger("kiosk.app")

# What a provider needs besides its address (a face words each name).
PROVIDER_NEEDS = ("api_key", "campaign_id", "terminal_username", "terminal_password", "terminal_serial")


@dataclasses.dataclass
class Backend:
    """The loyalty API this run talks to, with the settings that reach it."""

    settings: Settings
    sandbox: Any = None  # a kiosk.sandbox RunningSandbox when embedded
    demo: dict[str, Any] | None = None

    @property
    def embedded(self) -> bool:
        return self.sandbox is not None

    def client(self) -> LoyaltyClient:
        s = self.settings
        synchro = Login(s.synchro_username, s.synchro_password) if s.synchro_username else None
        return LoyaltyClient(
            s.api_url,
            api_key=s.api_key,
            campaign_id=s.campaign_id,
            terminal=TerminalLogin(
                s.terminal_username, s.terminal_password, s.terminal_serial, s.terminal_foreignid
            ),
            synchro=synchro,
            connect_timeout=s.connect_timeout,
            read_timeout=s.read_timeout,
        )

    def close(self) -> None:
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None


def check_api_url(url: str) -> None:
    """Refuse a URL the terminal must not use: TLS is required beyond this machine, no password in it."""
    parts = urlsplit(url)
    if parts.username is not None or parts.password is not None:
        # httpx and proxies log whole URLs: a password there would leak. Not echoed for the same reason.
        raise SettingsError(Why.API_URL_HAS_LOGIN)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise SettingsError(Why.API_URL_NOT_AN_ADDRESS, url=url)
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise SettingsError(Why.API_URL_NOT_HTTPS, url=url)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def open_backend(settings: Settings, paths: Paths) -> Backend:
    """The configured provider, or, with no KIOSK_API_URL, the sandbox started in this process."""
    if settings.api_url:
        check_api_url(settings.api_url)
        missing = [name for name in PROVIDER_NEEDS if not getattr(settings, name)]
        if missing:
            names = ", ".join("KIOSK_" + n.upper() for n in missing)
            raise SettingsError(Why.API_SETTINGS_MISSING, names=names)
        return Backend(settings)

    from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread

    demo = seed_demo(paths.sandbox_data)
    # The embedded demo runs in dev mode: its /sandbox/ paths (behind the control key) show the codes it sends.
    running = start_in_thread(SandboxConfig(data_dir=paths.sandbox_data, dev=True))
    log.info("embedded sandbox serving at %s (data in %s)", running.url, paths.sandbox_data)
    terminal = demo["terminal"]
    synchro = demo["customersynchro"]
    filled = settings.replace(
        api_url=running.url,
        api_key=demo["apikey"],
        campaign_id=demo["campaignid"],
        terminal_username=terminal["username"],
        terminal_password=terminal["password"],
        terminal_serial=terminal["serialnumber"],
        synchro_username=synchro["username"],
        synchro_password=synchro["password"],
    )
    return Backend(filled, sandbox=running, demo=demo)


@dataclasses.dataclass(frozen=True)
class ConnectionCheck:
    """The outcome of "test connection": `notice` says what, for the settings screen to word."""

    ok: bool
    notice: Notice


def shown_url(url: str) -> str:
    """The address without any user name or password written into it, fit for a message or the log."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None else f"{host}:{port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def check_connection(settings: Settings) -> ConnectionCheck:
    """Sign in as the terminal and read the campaign with these settings; say plainly what is wrong.

    Blocks on the network (up to the settings' timeouts): run it off the GUI thread.
    """
    try:
        check_api_url(settings.api_url)
    except SettingsError as exc:
        return ConnectionCheck(False, exc.notice)
    missing = [name for name in PROVIDER_NEEDS if not getattr(settings, name)]
    if missing:
        return ConnectionCheck(False, Notice(Why.FILL_IN_FIRST, {"names": ",".join(missing)}))
    url = shown_url(settings.api_url)
    outcome = _try(settings, url)
    log.info("connection test to %s: %s", url, "ok" if outcome.ok else outcome.notice.to_code())
    return outcome


def _try(settings: Settings, url: str) -> ConnectionCheck:
    client = Backend(settings).client()
    try:
        campaign = client.campaign()
    except NetworkError:
        return ConnectionCheck(False, Notice(Why.CONNECTION_UNREACHABLE, {"url": url}))
    except ApiError as exc:
        return ConnectionCheck(False, _refusal(exc, settings.campaign_id))
    except BadAnswer:
        return ConnectionCheck(False, Notice(Why.CONNECTION_NOT_LOYALTY, {"url": url}))
    except LoyaltyError as exc:
        return ConnectionCheck(False, exc.notice)
    except Exception as exc:  # noqa: BLE001 - a settings screen must say something, never crash
        return ConnectionCheck(False, message_for(exc, log, "connection test"))
    finally:
        client.close()
    return ConnectionCheck(True, Notice(Why.CONNECTION_OK, {"campaign": campaign.name, "currency": campaign.currency}))


def _refusal(exc: ApiError, campaign_id: int) -> Notice:
    # The server names the field it disliked: a campaign the key does not serve
    # (at sign-in) or one it does not know (reading it) is the campaign number's fault.
    if exc.field == "campaignid":
        return Notice(Why.CONNECTION_NO_CAMPAIGN, {"campaign": campaign_id})
    if exc.answer_code == AnswerCode.WRONG_CREDENTIALS:
        return Notice(Why.CONNECTION_WRONG_LOGIN)
    if exc.answer_code == AnswerCode.SCOPE_FORBIDDEN:
        return Notice(Why.CONNECTION_NOT_TERMINAL)
    return exc.notice
