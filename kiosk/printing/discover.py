"""Receipt printers this machine can see: USB printers, serial ports and /dev/usb/lp* device files, as settings."""

from __future__ import annotations

import dataclasses
import glob
import logging

from kiosk.printing.address import Link, PrinterAddress

__all__ = ["Found", "find_printers", "USB_PRINTER_CLASS", "RECEIPT_PRINTER_VENDORS"]

log = logging.getLogger("kiosk.printing")

#: The USB interface class of printers.
USB_PRINTER_CLASS = 7
#: Makers of receipt printers whose USB interface says "vendor specific" rather than "printer".
RECEIPT_PRINTER_VENDORS = {
    0x04B8: "Epson",
    0x0519: "Star Micronics",
    0x1504: "Bixolon",
    0x0DD4: "Custom",
    0x154F: "SNBC",
}


@dataclasses.dataclass(frozen=True)
class Found:
    address: PrinterAddress
    description: str  # what the device says it is (maker, product), for the list; may be empty


def find_printers() -> list[Found]:
    """Every receipt printer seen: USB, then serial ports, then device files. Never raises: a kind not seen is left out."""
    return [*_usb(), *_serial(), *_device_files()]


def _usb() -> list[Found]:
    try:
        import usb.core
    except ImportError:
        return []
    try:
        devices = list(usb.core.find(find_all=True))
    except usb.core.NoBackendError:  # no libusb on this machine
        log.info("no libusb: USB printers are not listed")
        return []
    except usb.core.USBError as exc:
        log.info("USB devices could not be listed: %s", type(exc).__name__)
        return []
    found = []
    for device in devices:
        vendor, product = int(device.idVendor), int(device.idProduct)
        if vendor in RECEIPT_PRINTER_VENDORS or _has_printer_interface(device):
            found.append(Found(PrinterAddress(Link.USB, vendor=vendor, product=product),
                               RECEIPT_PRINTER_VENDORS.get(vendor, "")))
    return found


def _has_printer_interface(device: object) -> bool:
    try:
        return any(
            interface.bInterfaceClass == USB_PRINTER_CLASS
            for configuration in device  # type: ignore[attr-defined]
            for interface in configuration
        )
    except Exception:  # a device that will not describe itself to this user is not listed
        return False


def _serial() -> list[Found]:
    try:
        from serial.tools import list_ports
    except ImportError:
        return []
    return [
        Found(PrinterAddress(Link.SERIAL, path=port.device), port.description if port.description != "n/a" else "")
        for port in sorted(list_ports.comports(), key=lambda p: p.device)
    ]


def _device_files() -> list[Found]:
    return [Found(PrinterAddress(Link.FILE, path=path), "") for path in sorted(glob.glob("/dev/usb/lp*"))]
