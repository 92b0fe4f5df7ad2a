"""A receipt's ESC/POS bytes, as python-escpos's Dummy printer takes them: the text in the printer's code page, the
QR command with the code (or, on a model without it, a picture a scanner reads), the card's barcode, the cut."""

from __future__ import annotations

import pytest
import zxingcpp
from escpos.printer import Dummy

from kiosk.domain.errors import KioskError, PrinterState
from kiosk.printing import PAPERS, Align, Barcode, Line, Link, Pair, PrinterAddress, QrCode, Receipt, Rule, parse_printer
from kiosk.printing.escpos_bytes import native_qr, qr_image, receipt_bytes
from kiosk.printing.status import state_of
from tests.escpos_printer import STATUS_BYTES, paper_picture, printed_lines, raster_images

CARD = "2000000000015"
VOUCHER = "CAFFE150"
GS_QR_DATA = b"\x1d(k"  # GS ( k: the printer's own QR code
CUT = b"\x1dV"


def _qr_store_command(data: str) -> bytes:
    """GS ( k pL pH cn=49 fn=80 m=48 data: store the QR code's data in the printer (Epson's reference)."""
    size = len(data.encode()) + 3
    return GS_QR_DATA + bytes((size % 256, size // 256)) + b"1P0" + data.encode()


def slip() -> Receipt:
    return Receipt((
        Line("Caffè Roma", bold=True, big=True, align=Align.CENTER),
        Rule(),
        Pair("Carta", CARD),
        Pair("Punti", "+12 (previsti)"),
        Pair("Credito ora", "€4,50"),
        Rule(),
        Line("Salvato su questo terminale."),
    ))


def voucher() -> Receipt:
    return Receipt((Line("Caffè Roma", big=True), Line("Vale €1,50"), QrCode(VOUCHER), Line(f"Codice: {VOUCHER}")))


def card() -> Receipt:
    return Receipt((Line("Benvenuta, Giulia!"), Barcode(CARD, "EAN13"), QrCode(CARD)))


def decoded(image) -> set[tuple[str, str]]:
    return {(found.text, found.format.name) for found in zxingcpp.read_barcodes(image.convert("L"))}


@pytest.mark.parametrize("width", [58, 80])
def test_a_slip_is_its_words_in_the_printer_s_code_page_each_pair_on_one_line_then_the_cut(width: int) -> None:
    paper = PAPERS[width]
    data = receipt_bytes(slip(), paper)
    lines = printed_lines(data)
    # è and € are not ASCII: the printer is switched to a code page holding each (ESC t n) before it comes.
    assert b"\x1bt" in data and "€".encode("utf-8") not in data
    assert lines[0] == "Caffè Roma"
    label, value = "Credito ora", "€4,50"
    assert label + " " * (paper.columns - len(label) - len(value)) + value in lines
    assert "-" * paper.columns in lines
    assert "Carta" + " " * (paper.columns - 5 - len(CARD)) + CARD in lines
    assert CUT in data[-8:]
    assert GS_QR_DATA not in data


def test_russian_words_go_out_in_a_cyrillic_code_page() -> None:
    data = receipt_bytes(Receipt((Pair("Баллы", "1 234,00 ₽"),)), PAPERS[80])
    assert "Баллы".encode("cp866") in data
    assert printed_lines(data)[0].endswith("1 234,00 RUB")  # no code page has ₽


def test_a_voucher_s_qr_code_is_the_printer_s_own_command_holding_the_code() -> None:
    data = receipt_bytes(voucher(), PAPERS[80])
    assert _qr_store_command(VOUCHER) in data
    assert GS_QR_DATA + b"\x03\x001Q0" in data  # ...and printed
    assert f"Codice: {VOUCHER}" in printed_lines(data)
    assert CUT in data[-8:]


def test_a_new_card_has_its_barcode_drawn_by_the_printer_and_its_qr_code() -> None:
    data = receipt_bytes(card(), PAPERS[58])
    assert b"\x1dk\x02" + CARD.encode() + b"\x00" in data  # GS k m=2: EAN-13
    assert _qr_store_command(CARD) in data
    assert CUT in data[-8:]


def test_the_codes_on_paper_scan_as_the_card_and_the_voucher() -> None:
    picture = paper_picture(receipt_bytes(card(), PAPERS[80]), PAPERS[80].dots)
    assert decoded(picture) == {(CARD, "EAN13"), (CARD, "QRCode")}
    picture = paper_picture(receipt_bytes(voucher(), PAPERS[58]), PAPERS[58].dots)
    assert decoded(picture) == {(VOUCHER, "QRCode")}


@pytest.mark.parametrize("width", [58, 80])
def test_a_model_without_a_qr_command_gets_a_picture_that_scans_as_the_code(width: int) -> None:
    model = "POS-5890"
    assert not native_qr(model) and native_qr("default")
    data = receipt_bytes(voucher(), PAPERS[width], profile=model)
    assert GS_QR_DATA not in data
    images = raster_images(data, model)
    assert len(images) == 1 and images[0].width <= PAPERS[width].dots
    assert decoded(images[0]) == {(VOUCHER, "QRCode")}
    data = receipt_bytes(card(), PAPERS[width], profile=model)
    assert (CARD, "QRCode") in set().union(*(decoded(image) for image in raster_images(data, model)))


def test_the_qr_picture_sent_is_as_wide_as_the_paper_with_the_code_in_the_middle() -> None:
    for paper in PAPERS.values():
        image = qr_image(VOUCHER, paper)
        assert image.width == paper.dots and image.mode == "1"
        assert decoded(image) == {(VOUCHER, "QRCode")}


def test_a_dummy_printer_takes_the_same_bytes() -> None:
    # What the runner composes is what python-escpos's own Dummy would be sent: nothing of ours in between.
    printer = Dummy()
    printer._raw(receipt_bytes(card(), PAPERS[80]))
    assert printer.output == receipt_bytes(card(), PAPERS[80])


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("usb:04b8:0202", PrinterAddress(Link.USB, vendor=0x04B8, product=0x0202)),
        ("usb:0x0416:0x5011", PrinterAddress(Link.USB, vendor=0x0416, product=0x5011)),
        ("network:192.168.1.50", PrinterAddress(Link.NETWORK, host="192.168.1.50", port=9100)),
        ("network:printer.shop:9101", PrinterAddress(Link.NETWORK, host="printer.shop", port=9101)),
        ("network:[fe80::1]:9100", PrinterAddress(Link.NETWORK, host="fe80::1", port=9100)),
        ("serial:/dev/ttyUSB0", PrinterAddress(Link.SERIAL, path="/dev/ttyUSB0", baudrate=9600)),
        ("serial:/dev/ttyS1:19200", PrinterAddress(Link.SERIAL, path="/dev/ttyS1", baudrate=19200)),
        ("serial:COM3:115200", PrinterAddress(Link.SERIAL, path="COM3", baudrate=115200)),
        ("file:/dev/usb/lp0", PrinterAddress(Link.FILE, path="/dev/usb/lp0")),
        ("dummy", PrinterAddress(Link.DUMMY)),
    ],
)
def test_each_form_of_the_printer_setting_reads_back_as_written(text: str, address: PrinterAddress) -> None:
    assert parse_printer(text) == address
    assert parse_printer(str(address)) == address


def test_no_printer_is_an_empty_setting_and_a_wrong_one_is_a_typed_refusal() -> None:
    assert parse_printer("") is None and parse_printer("  ") is None
    for wrong in ("usb:zz:1", "usb:04b8", "network:", "network:host:99999", "lpt1", "serial:", "dummy:x"):
        with pytest.raises(KioskError) as refused:
            parse_printer(wrong)
        assert refused.value.what is PrinterState.ADDRESS_WRONG and refused.value.params["raw"] == wrong


@pytest.mark.parametrize(
    ("mode", "state"),
    [
        ("ready", PrinterState.READY),
        ("near_end", PrinterState.PAPER_NEAR_END),
        ("paper_out", PrinterState.PAPER_OUT),
        ("cover_open", PrinterState.COVER_OPEN),
    ],
)
def test_the_status_bytes_say_the_printer_s_state(mode: str, state: PrinterState) -> None:
    online, cause, paper = STATUS_BYTES[mode]
    assert state_of(online, cause, paper) is state
