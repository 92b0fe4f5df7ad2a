"""A receipt turned into ESC/POS bytes with python-escpos, for one printer model and paper width."""

from __future__ import annotations

import atexit
import contextlib
import io
import os
import shutil
import textwrap

import qrcode
from escpos import capabilities
from escpos.printer import Dummy
from PIL import Image

from kiosk.printing.paper import Paper
from kiosk.printing.receipt import Align, Barcode, Line, Pair, QrCode, Receipt, Rule

__all__ = ["receipt_bytes", "qr_image", "native_qr", "printer_models", "QR_DOTS_PER_MODULE"]

if "ESCPOS_CAPABILITIES_PICKLE_DIR" not in os.environ:
    # python-escpos caches its printer database in a new temporary folder at every start and leaves it there.
    atexit.register(shutil.rmtree, capabilities.pickle_dir, ignore_errors=True)

#: Dots per QR module: about 0.5 mm at 203 dpi on 80 mm paper, still inside 58 mm paper for a voucher's code.
QR_DOTS_PER_MODULE = {58: 5, 80: 6}
_BARCODE_HEIGHT = 80  # dots, 10 mm: a till's scanner reads it at a glance


def fitted_printer(profile: str, paper: Paper) -> Dummy:
    """A Dummy printer of the model `profile` whose paper is `paper` (the database often does not know the roll)."""
    printer = Dummy(profile=profile)
    data = printer.profile.profile_data
    # The instance's own copy: python-escpos shares each model's profile between printers.
    printer.profile.profile_data = {**data, "media": {"dpi": 203, "width": {"mm": paper.width_mm, "pixels": paper.dots}}}
    return printer


def native_qr(profile: str) -> bool:
    """Whether the model prints QR codes itself (GS ( k), by python-escpos's database of printers."""
    return bool(Dummy(profile=profile).profile.supports("qrCode"))


#: Characters the screens use that no printer code page holds, as printers can print them.
_FOR_PAPER = str.maketrans({"₽": "RUB", "…": "...", "✓": "", "\u00a0": " ", "\u202f": " "})


def _paper_text(text: str) -> str:
    return text.translate(_FOR_PAPER).strip()


def receipt_bytes(receipt: Receipt, paper: Paper, *, profile: str = "default") -> bytes:
    """The bytes that print `receipt` on `paper` and cut it, text in the printer's code pages."""
    printer = fitted_printer(profile, paper)
    for piece in receipt.pieces:
        if isinstance(piece, Line):
            columns = paper.columns // 2 if piece.big else paper.columns
            printer.set(
                align="center" if piece.align is Align.CENTER else "left",
                bold=piece.bold, double_height=piece.big, double_width=piece.big, normal_textsize=not piece.big,
            )
            for row in textwrap.wrap(_paper_text(piece.text), columns) or [""]:
                printer.textln(row)
        elif isinstance(piece, Pair):
            printer.set(align="left", bold=piece.bold, normal_textsize=True)
            for row in _pair_rows(_paper_text(piece.label), _paper_text(piece.value), paper.columns):
                printer.textln(row)
        elif isinstance(piece, Rule):
            printer.set(align="left", bold=False, normal_textsize=True)
            printer.textln("-" * paper.columns)
        elif isinstance(piece, QrCode):
            _qr(printer, piece.data, paper)
        elif isinstance(piece, Barcode):
            printer.set(align="center", bold=False, normal_textsize=True)
            # python-escpos says on standard output which renderer it chose: not for a shop's terminal.
            with contextlib.redirect_stdout(io.StringIO()):
                printer.barcode(_barcode_data(printer, piece), piece.symbology, height=_BARCODE_HEIGHT, width=2, pos="BELOW",
                                align_ct=True)
    printer.set_with_default()
    printer.cut()
    return printer.output


def _pair_rows(label: str, value: str, columns: int) -> list[str]:
    if len(label) + 1 + len(value) <= columns:
        return [label + " " * (columns - len(label) - len(value)) + value]
    rows = textwrap.wrap(label, columns) or [""]
    rows += [row.rjust(columns) for row in textwrap.wrap(value, columns)]
    return rows


def _barcode_data(printer: Dummy, code: Barcode) -> str:
    # A printer that draws CODE128 itself needs its code set named first (set B holds every printable ASCII
    # character); one that cannot gets python-escpos's picture of the bars, which takes the data alone.
    hardware = printer.profile.supports("barcodeA") or printer.profile.supports("barcodeB")
    return "{B" + code.data if code.symbology == "CODE128" and hardware else code.data


def _qr(printer: Dummy, data: str, paper: Paper) -> None:
    size = QR_DOTS_PER_MODULE[paper.width_mm]
    if printer.profile.supports("qrCode"):
        printer.set(align="center", bold=False, normal_textsize=True)
        printer.qr(data, size=size, native=True)
        printer.ln()
    else:
        printer.set(align="left", bold=False, normal_textsize=True)
        impl = "bitImageRaster" if printer.profile.supports("bitImageRaster") else "bitImageColumn"
        printer.image(qr_image(data, paper), impl=impl)


def qr_image(data: str, paper: Paper) -> Image.Image:
    """The QR code of `data` as a 1-bit picture as wide as the paper, the code in the middle with its quiet zone."""
    code = qrcode.QRCode(box_size=QR_DOTS_PER_MODULE[paper.width_mm], border=4,
                         error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(data)
    code.make(fit=True)
    symbol = code.make_image().get_image().convert("1")
    page = Image.new("1", (paper.dots, symbol.height), 1)
    page.paste(symbol, ((paper.dots - symbol.width) // 2, 0))
    return page


def printer_models() -> list[str]:
    """The model names of python-escpos's printer database, "default" first (loads the database)."""
    from escpos.capabilities import CAPABILITIES

    return ["default", *sorted(name for name in CAPABILITIES["profiles"] if name != "default")]
