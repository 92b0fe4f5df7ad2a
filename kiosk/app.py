"""Wires the object graph: settings in force, the loyalty API (or the embedded sandbox), the client."""

from __future__ import annotations

import copy
import dataclasses
import logging
import socket
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from kiosk.api.errors import ApiError, BadAnswer, LoyaltyError, NetworkError
from kiosk.api.marta import AnswerCode
from kiosk.domain.errors import Notice, Why, message_for
from kiosk.paths import Paths
from kiosk.settings import Settings, SettingsError

if TYPE_CHECKING:
    from kiosk.api.client import LoyaltyClient
    from kiosk.api.wire import Heard
    from kiosk.sandbox.server import RunningSandbox

__all__ = [
    "PROVIDER_NEEDS", "Backend", "ClientOnFirstUse", "EmbeddedSandbox", "open_backend", "check_api_url", "ConnectionCheck",
    "check_connection", "shown_url",
]

log = logging.getLogger("kiosk.app")

# What a provider needs besides its address (a face words each name).
PROVIDER_NEEDS = ("api_key", "campaign_id", "terminal_username", "terminal_password", "terminal_serial")


class EmbeddedSandbox:
    """The demo sandbox of a run with no provider: its address takes connections at once, it serves once started.

    The socket listens from the start, so a call made before the server runs waits in the
    socket's queue (within the client's read timeout) and is answered once it runs, instead of
    failing. `start()` seeds the demo and serves on a thread of its own: loading FastAPI and
    uvicorn (about 0.4 s) is not paid before the counter's window is painted and takes a scan.
    """

    def __init__(self, data_dir: Path, host: str = "127.0.0.1") -> None:
        self.data_dir = Path(data_dir)
        self._socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self._socket.bind((host, 0))
            self._socket.listen(128)
        except OSError:
            self._socket.close()
            raise
        self.port: int = self._socket.getsockname()[1]
        self.url = f"http://{host}:{self.port}"
        #: Set once the server answers, or once it failed to start (then `error` says why).
        self.ready = threading.Event()
        self.error: str | None = None
        #: The demo's control key for /sandbox/ (x-sandbox-key), once serving.
        self.controlkey: str | None = None
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._running: RunningSandbox | None = None
        self._stopping = False

    @property
    def serving(self) -> bool:
        return self.ready.is_set() and self.error is None

    def start(self, on_ready: Callable[[bool], None] | None = None) -> None:
        """Seed and serve on a thread of its own; returns at once. Again: nothing (`on_ready` is not kept).

        `on_ready(serving)` is called on that thread once the server answers (True) or could not start.
        """
        with self._lock:
            if self._thread is not None or self._stopping:
                return
            self._thread = threading.Thread(target=self._serve, args=(on_ready,), name="sandbox-start", daemon=True)
            self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Start if not started, and wait until serving; False if it could not start (or not within `timeout`)."""
        self.start()
        return self.ready.wait(timeout) and self.error is None

    def _serve(self, on_ready: Callable[[bool], None] | None) -> None:
        try:
            from kiosk.sandbox.config import SandboxConfig
            from kiosk.sandbox.demo import seed_demo
            from kiosk.sandbox.server import RunningSandbox

            demo = seed_demo(self.data_dir)
            # The embedded demo runs in dev mode: its /sandbox/ paths (behind the control key) show the codes it sends.
            running = RunningSandbox(SandboxConfig(data_dir=self.data_dir, dev=True), "", 0, sock=self._socket)
            if not self._stopping:
                running.start()
            with self._lock:
                stopping = self._stopping
                if not stopping:
                    self._running = running
            if stopping:
                running.stop()
                self.error = "stopped before it served"
                log.info("the embedded sandbox was stopped before it served")
            else:
                self.controlkey = demo["controlkey"]
                log.info("embedded sandbox serving at %s (data in %s)", self.url, self.data_dir)
        except Exception as exc:  # noqa: BLE001 - the window stays up, offline; the log says why
            self.error = f"{type(exc).__name__}: {exc}"
            if self._stopping:
                log.info("the embedded sandbox was stopped before it served")
            else:
                log.exception("the embedded sandbox did not start: the counter works offline")
            # Calls waiting in the socket's queue fail now (offline), not at their read timeout.
            self._socket.close()
        finally:
            self.ready.set()
            if on_ready is not None and not self._stopping:
                on_ready(self.error is None)

    def stop(self) -> None:
        """Stop serving; never waits for a start under way (it sees the stop and does not serve).

        Before it serves, closing the listening socket resets the calls waiting in its queue:
        they fail at once (offline) instead of at their read timeout.
        """
        with self._lock:
            self._stopping = True
            running = self._running
        if running is not None:
            running.stop()
        self._socket.close()


class ClientOnFirstUse:
    """Stands for the backend's LoyaltyClient, made on first use (by any thread; made once).

    httpx and its TLS set-up (the CA bundle) cost about 60 ms: the counter pays them after its
    first paint, when its services start, not before it can take a scan.
    """

    def __init__(self, make: Callable[[], LoyaltyClient]) -> None:
        self._make = make
        self._lock = threading.Lock()
        self._client: LoyaltyClient | None = None

    def _get(self) -> LoyaltyClient:
        with self._lock:
            if self._client is None:
                self._client = self._make()
            return self._client

    def __getattr__(self, name: str) -> Any:
        return getattr(self._get(), name)

    def close(self) -> None:
        with self._lock:
            client = self._client
        if client is not None:
            client.close()

    def __enter__(self) -> ClientOnFirstUse:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclasses.dataclass
class Backend:
    """The loyalty API this run talks to, with the settings that reach it."""

    settings: Settings
    sandbox: Any = None  # an EmbeddedSandbox when embedded
    demo: dict[str, Any] | None = None

    @property
    def embedded(self) -> bool:
        return self.sandbox is not None

    @property
    def serving(self) -> bool:
        """False while the embedded sandbox is starting (or could not start); a provider's is always True."""
        return self.sandbox is None or bool(getattr(self.sandbox, "serving", True))

    def start(self, on_ready: Callable[[bool], None] | None = None) -> None:
        """Start what serves this backend, if anything (the embedded sandbox), without waiting for it.

        `on_ready(serving)` is called, from another thread, once it serves or could not start;
        with nothing to start (a provider, or a sandbox already started) it is not called.
        """
        if self.sandbox is not None and hasattr(self.sandbox, "start"):
            self.sandbox.start(on_ready)

    def client(self, heard: Heard | None = None) -> LoyaltyClient:
        """A client of the provider (or the embedded sandbox); `heard` is told how each of its calls went."""
        from kiosk.api.client import Login, LoyaltyClient, TerminalLogin

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
            heard=heard,
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
    import ipaddress  # ~1 ms, for a plain-http address only: a provider's https one never asks

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def open_backend(settings: Settings, paths: Paths, *, wait: bool = True) -> Backend:
    """The configured provider, or, with no KIOSK_API_URL, the sandbox run in this process.

    `wait=False`: the sandbox is not started here; `Backend.start()` starts it on a thread of its
    own (the counter does so after its first paint), and calls made before it serves wait for it.
    """
    if settings.api_url:
        check_api_url(settings.api_url)
        missing = [name for name in PROVIDER_NEEDS if not getattr(settings, name)]
        if missing and settings.secrets_problem is not None:
            # Not "missing": kept in a keyring that did not answer. Say that, in the manager's words.
            raise SettingsError(settings.secrets_problem.what, **settings.secrets_problem.params)
        if missing:
            names = ", ".join("KIOSK_" + n.upper() for n in missing)
            raise SettingsError(Why.API_SETTINGS_MISSING, names=names)
        return Backend(settings)

    from kiosk.sandbox.controlkey import control_key
    from kiosk.sandbox.demo import DEMO  # the demo's fixed settings, without loading the server

    running = EmbeddedSandbox(paths.sandbox_data)
    if wait and not running.wait():
        running.stop()
        raise RuntimeError(f"the embedded sandbox did not start: {running.error}")
    # As seed_demo gives them: the fixed settings, and the folder's key for the sandbox's /sandbox/ paths.
    demo: dict[str, Any] = {**copy.deepcopy(DEMO), "controlkey": control_key(paths.sandbox_data)}
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
