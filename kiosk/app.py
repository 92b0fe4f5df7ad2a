"""Wires the object graph: settings in force, the loyalty API (or the embedded sandbox), the client."""

from __future__ import annotations

import dataclasses
import ipaddress
import logging
from typing import Any
from urllib.parse import urlsplit

from kiosk.api import Login, LoyaltyClient, TerminalLogin
from kiosk.paths import Paths
from kiosk.settings import Settings, SettingsError

__all__ = ["Backend", "open_backend", "check_api_url"]

log = logging.getLogger("kiosk.app")

_REQUIRED_FOR_PROVIDER = ("api_key", "campaign_id", "terminal_username", "terminal_password", "terminal_serial")


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
    """Refuse a URL the terminal must not use: TLS is required beyond this machine."""
    parts = urlsplit(url)
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise SettingsError(f"KIOSK_API_URL “{url}” is not a web address (https://...).")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise SettingsError(
            f"KIOSK_API_URL “{url}” must use https://: plain http is allowed only on this machine."
        )


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
        missing = [name for name in _REQUIRED_FOR_PROVIDER if not getattr(settings, name)]
        if missing:
            names = ", ".join("KIOSK_" + n.upper() for n in missing)
            raise SettingsError(f"KIOSK_API_URL is set, so these settings are needed too: {names}.")
        return Backend(settings)

    from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread

    demo = seed_demo(paths.sandbox_data)
    running = start_in_thread(SandboxConfig(data_dir=paths.sandbox_data))
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
