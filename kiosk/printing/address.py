"""The `printer` setting read into a typed address: usb:VID:PID, network:HOST[:PORT], serial:PORT[:BAUD], file:PATH, dummy."""

from __future__ import annotations

import dataclasses
import enum

from kiosk.domain.errors import KioskError, PrinterState

__all__ = ["Link", "PrinterAddress", "parse_printer", "NETWORK_PORT", "SERIAL_BAUD"]

#: The raw TCP port of network receipt printers ("JetDirect"), when the setting names none.
NETWORK_PORT = 9100
#: The speed most serial receipt printers leave the factory with.
SERIAL_BAUD = 9600


class Link(enum.Enum):
    USB = "usb"
    NETWORK = "network"
    SERIAL = "serial"
    FILE = "file"
    DUMMY = "dummy"  # keeps the bytes in memory: for trying the app without a printer


@dataclasses.dataclass(frozen=True)
class PrinterAddress:
    link: Link
    host: str = ""
    port: int = NETWORK_PORT
    path: str = ""  # the serial port or the file
    baudrate: int = SERIAL_BAUD
    vendor: int = 0
    product: int = 0

    def __str__(self) -> str:
        """The address as the setting writes it (what `parse_printer` reads back)."""
        if self.link is Link.USB:
            return f"usb:{self.vendor:04x}:{self.product:04x}"
        if self.link is Link.NETWORK:
            host = f"[{self.host}]" if ":" in self.host else self.host
            return f"network:{host}:{self.port}"
        if self.link is Link.SERIAL:
            return f"serial:{self.path}:{self.baudrate}"
        if self.link is Link.FILE:
            return f"file:{self.path}"
        return "dummy"


def parse_printer(text: str) -> PrinterAddress | None:
    """The address in `text`; None when it is empty (no printer); KioskError(ADDRESS_WRONG) when it is none of the forms."""
    text = text.strip()
    if not text:
        return None
    kind, _, rest = text.partition(":")
    kind = kind.lower()
    try:
        if kind == "dummy" and not rest:
            return PrinterAddress(Link.DUMMY)
        if kind == "usb":
            vendor, _, product = rest.partition(":")
            return PrinterAddress(Link.USB, vendor=_hex16(vendor), product=_hex16(product))
        if kind == "network" and rest:
            return _network(rest)
        if kind == "serial" and rest:
            path, baud = rest, SERIAL_BAUD
            head, _, tail = rest.rpartition(":")
            if head and tail.isdigit():
                path, baud = head, int(tail)
            if baud <= 0:
                raise ValueError(rest)
            return PrinterAddress(Link.SERIAL, path=path, baudrate=baud)
        if kind == "file" and rest:
            return PrinterAddress(Link.FILE, path=rest)
    except ValueError:
        pass
    raise KioskError(PrinterState.ADDRESS_WRONG, raw=text)


def _hex16(text: str) -> int:
    """A USB vendor or product id, in hex as lsusb shows it (0x optional)."""
    value = int(text.strip().lower().removeprefix("0x"), 16)
    if not 0 < value <= 0xFFFF:
        raise ValueError(text)
    return value


def _network(rest: str) -> PrinterAddress:
    if rest.startswith("["):  # an IPv6 address: [::1]:9100
        host, _, after = rest[1:].partition("]")
        port_text = after.removeprefix(":")
    elif rest.count(":") == 1:
        host, _, port_text = rest.partition(":")
    else:
        host, port_text = rest, ""
    port = int(port_text) if port_text else NETWORK_PORT
    if not host or not 0 < port < 65536:
        raise ValueError(rest)
    return PrinterAddress(Link.NETWORK, host=host, port=port)
