"""Printing a receipt on the configured printer off the caller's thread, with an answer within PRINT_LIMIT seconds.

Every job runs on its own daemon thread: a printer that hangs (a half-open socket,
a serial line held by flow control) holds only that thread, which the interpreter
does not wait for at exit. A watchdog answers NOT_ANSWERING when the limit passes
first; jobs run one at a time, so two receipts never interleave on the paper.
"""

from __future__ import annotations

import collections
import dataclasses
import logging
import os
import socket
import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from kiosk.domain.errors import KioskError, Notice, PrinterState
from kiosk.printing.address import Link, PrinterAddress, parse_printer
from kiosk.printing.paper import Paper, paper_for
from kiosk.printing.receipt import Receipt

if TYPE_CHECKING:
    # python-escpos (with Pillow and its printer database) loads with the first print, not at the app's start.
    from escpos.escpos import Escpos

__all__ = ["PRINT_LIMIT", "PrintOutcome", "ReceiptPrinter"]

log = logging.getLogger("kiosk.printing")

#: Seconds a printer has to answer and take a receipt before it is reported as not answering.
PRINT_LIMIT = 5.0
_ONE_AT_A_TIME = threading.Lock()


@dataclasses.dataclass(frozen=True)
class PrintOutcome:
    """What became of a print (or a status check): the printer's state, and whether the receipt went out."""

    state: PrinterState
    printed: bool = False
    params: Mapping[str, Any] = dataclasses.field(default_factory=dict)

    @property
    def notice(self) -> Notice:
        return Notice(self.state, dict(self.params))


class ReceiptPrinter:
    """The printer of the `printer`, `paper_width` and `printer_model` settings."""

    def __init__(
        self, address: PrinterAddress | None, paper: Paper, *, profile: str = "default", limit: float = PRINT_LIMIT,
        address_error: KioskError | None = None,
    ) -> None:
        self.address = address
        self.paper = paper
        self.profile = profile
        self.limit = limit
        self._address_error = address_error
        #: What a "dummy" printer was sent, the latest receipts (it has no paper).
        self.dummy_output: collections.deque[bytes] = collections.deque(maxlen=20)

    @classmethod
    def from_settings(cls, settings: Any, *, limit: float = PRINT_LIMIT) -> ReceiptPrinter:
        paper = paper_for(settings.paper_width)
        try:
            address = parse_printer(settings.printer)
        except KioskError as exc:
            return cls(None, paper, profile=settings.printer_model, limit=limit, address_error=exc)
        return cls(address, paper, profile=settings.printer_model, limit=limit)

    @property
    def configured(self) -> bool:
        return self.address is not None or self._address_error is not None

    # -- from any thread -------------------------------------------------

    def start(self, receipt: Receipt | None, done: Callable[[PrintOutcome], None]) -> None:
        """Print `receipt` (None: only ask the state); `done` is called once, on another thread, within the limit."""
        answered = threading.Lock()

        def answer(outcome: PrintOutcome) -> None:
            if answered.acquire(blocking=False):
                watchdog.cancel()
                done(outcome)

        def work() -> None:
            try:
                outcome = self._attempt(receipt)
            except Exception:  # a fault nobody foresaw: said as the printer's error, the details in the log
                log.exception("printing failed")
                outcome = PrintOutcome(PrinterState.PRINTER_ERROR)
            answer(outcome)

        watchdog = threading.Timer(self.limit, lambda: answer(self._not_answering()))
        watchdog.daemon = True
        watchdog.start()
        threading.Thread(target=work, name="kiosk-print", daemon=True).start()

    def _not_answering(self) -> PrintOutcome:
        where = {"where": str(self.address)} if self.address is not None else {}
        return PrintOutcome(PrinterState.NOT_ANSWERING, params={"seconds": int(self.limit), **where})

    def run(self, receipt: Receipt | None) -> PrintOutcome:
        """`start`, waiting for the answer (the command line's way)."""
        box: list[PrintOutcome] = []
        ready = threading.Event()

        def done(outcome: PrintOutcome) -> None:
            box.append(outcome)
            ready.set()

        self.start(receipt, done)
        ready.wait()
        return box[0]

    # -- on the job's thread ---------------------------------------------

    def _attempt(self, receipt: Receipt | None) -> PrintOutcome:
        if self._address_error is not None:
            return PrintOutcome(PrinterState.ADDRESS_WRONG, params=dict(self._address_error.params))
        if self.address is None:
            return PrintOutcome(PrinterState.NOT_CONFIGURED)
        from kiosk.printing.escpos_bytes import receipt_bytes

        # Composed before the printer is opened: a receipt that cannot be composed never half-prints.
        data = receipt_bytes(receipt, self.paper, profile=self.profile) if receipt is not None else b""
        if self.address.link is Link.DUMMY:
            if data:
                self.dummy_output.append(data)
            return PrintOutcome(PrinterState.PRINTED if data else PrinterState.READY, printed=bool(data))
        if not _ONE_AT_A_TIME.acquire(timeout=self.limit):
            return self._not_answering()
        try:
            return self._on_printer(data)
        finally:
            _ONE_AT_A_TIME.release()

    def _on_printer(self, data: bytes) -> PrintOutcome:
        from escpos.exceptions import DeviceNotFoundError

        from kiosk.printing.status import NoAnswer, ask_state

        address = self.address
        assert address is not None
        where = {"where": str(address)}
        if address.link in (Link.SERIAL, Link.FILE) and os.path.exists(address.path) and not os.access(
            address.path, os.W_OK
        ):
            return PrintOutcome(PrinterState.NO_PERMISSION, params=where)
        printer = self._connection(address)
        try:
            printer.open()
        except DeviceNotFoundError as exc:
            cause = exc.__context__
            if isinstance(cause, PermissionError) or getattr(cause, "errno", None) == 13:
                return PrintOutcome(PrinterState.NO_PERMISSION, params=where)
            log.info("printer %s not reachable: %s", address.link.value, type(cause).__name__)
            return PrintOutcome(PrinterState.NOT_REACHABLE, params=where)
        try:
            state = PrinterState.READY
            if address.link is not Link.FILE:  # a device file only takes bytes: it cannot be asked
                state = ask_state(printer)
            if state not in (PrinterState.READY, PrinterState.PAPER_NEAR_END):
                return PrintOutcome(state, params=where)
            if not data:
                return PrintOutcome(state, params=where)
            # python-escpos's connections have no public "send these bytes"; _raw is what each of them implements.
            printer._raw(data)
            return PrintOutcome(PrinterState.PRINTED if state is PrinterState.READY else state, printed=True,
                                params=where)
        except (NoAnswer, socket.timeout, TimeoutError):
            return self._not_answering()
        except OSError as exc:
            log.info("printer %s stopped answering: %s", address.link.value, type(exc).__name__)
            return PrintOutcome(PrinterState.NOT_REACHABLE, params=where)
        finally:
            try:
                printer.close()
            except Exception:  # closing a connection that broke: nothing left to do
                log.debug("closing the printer failed", exc_info=True)

    def _connection(self, address: PrinterAddress) -> Escpos:
        profile = self.profile
        if address.link is Link.NETWORK:
            return _network_printer(address.host, address.port, self.limit, profile)
        if address.link is Link.SERIAL:
            from escpos.printer import Serial

            return Serial(address.path, baudrate=address.baudrate, timeout=self.limit, profile=profile)
        if address.link is Link.USB:
            from escpos.printer import Usb

            return Usb(address.vendor, address.product, timeout=int(self.limit * 1000), profile=profile)
        from escpos.printer import File

        return File(address.path, profile=profile)


def _network_printer(host: str, port: int, timeout: float, profile: str) -> Escpos:
    from escpos.exceptions import DeviceNotFoundError
    from escpos.printer import Network

    class ClosingNetwork(Network):  # type: ignore[misc]
        """python-escpos's Network, closing its socket when the connection fails (3.1 drops it open)."""

        def open(self, raise_not_found: bool = True) -> None:
            connection = socket.socket(socket.AF_INET6 if ":" in self.host else socket.AF_INET, socket.SOCK_STREAM)
            connection.settimeout(self.timeout)
            try:
                connection.connect((self.host, self.port))
            except OSError as exc:
                connection.close()
                raise DeviceNotFoundError(type(exc).__name__) from exc
            self.device = connection

    return ClosingNetwork(host, port=port, timeout=timeout, profile=profile)
