"""Stand-ins for receipt printers, for the printing tests: a TCP "network printer" on 127.0.0.1, and a picture of its paper.

`NetworkPrinter(mode)` listens like a printer's port 9100: it answers the
real-time status queries (DLE EOT 1, 2, 4) with the bits its `mode` says, and
keeps every other byte it receives. Mode "silent" accepts and never answers.
`paper_picture(data)` draws what an ESC/POS printer would put on the paper for
those bytes (text in its code pages, QR codes from GS ( k, raster images, EAN-13
and CODE128 from GS k, the cut), so a test can decode the codes with zxing-cpp
and a person can look at the receipt.
"""

from __future__ import annotations

import codecs
import socket
import threading
from pathlib import Path
from typing import Literal

import qrcode
from barcode import Code128, EAN13
from barcode.writer import ImageWriter
from PIL import Image, ImageDraw, ImageFont

__all__ = ["NetworkPrinter", "refusing_port", "paper_picture", "printed_lines", "raster_images", "STATUS_BYTES"]

Mode = Literal["ready", "paper_out", "cover_open", "near_end", "silent"]
#: Status byte answered to DLE EOT n=1, 2, 4 for each mode (Epson's bits; 0x12 are the bits always on).
STATUS_BYTES: dict[str, tuple[int, int, int]] = {
    "ready": (0x12, 0x12, 0x12),
    "near_end": (0x12, 0x12, 0x12 | 0x0C),
    "paper_out": (0x12 | 0x08, 0x12 | 0x20, 0x12 | 0x60),
    "cover_open": (0x12 | 0x08, 0x12 | 0x04, 0x12),
}
_DLE_EOT = b"\x10\x04"


class NetworkPrinter:
    """A printer's raw TCP port on 127.0.0.1 (a free port): `received` holds what was printed."""

    def __init__(self, mode: Mode = "ready") -> None:
        self.mode = mode
        self.received = bytearray()
        self.got_cut = threading.Event()
        self.queries = 0
        self.connections = 0
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self._stopping = threading.Event()
        self._connections: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, name="stand-in-printer", daemon=True)
        self._thread.start()

    @property
    def setting(self) -> str:
        return f"network:127.0.0.1:{self.port}"

    def _serve(self) -> None:
        self._server.settimeout(0.2)
        while not self._stopping.is_set():
            try:
                conn, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self._connections.append(conn)
            self.connections += 1
            threading.Thread(target=self._talk, args=(conn,), daemon=True).start()

    def _talk(self, conn: socket.socket) -> None:
        conn.settimeout(0.2)
        while not self._stopping.is_set():
            try:
                chunk = conn.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return
            if not chunk:
                return
            if self.mode == "silent":
                continue  # takes everything, answers nothing
            if len(chunk) == 3 and chunk.startswith(_DLE_EOT) and chunk[2] in (1, 2, 4):
                self.queries += 1
                conn.sendall(bytes((STATUS_BYTES[self.mode][{1: 0, 2: 1, 4: 2}[chunk[2]]],)))
                continue
            self.received += chunk
            if b"\x1dV" in self.received:
                self.got_cut.set()

    def close(self) -> None:
        self._stopping.set()
        self._server.close()
        for conn in self._connections:
            conn.close()
        self._thread.join(2)


def refusing_port() -> int:
    """A port on 127.0.0.1 where nothing listens (a connection is refused)."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        return probe.getsockname()[1]


# -- the paper ---------------------------------------------------------------------------------------------

#: A font whose every character is as wide as a printer's (12 dots at 20 px: 48 on 576 dots, 32 on 384).
_MONO = Path("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf")


def _code_pages(profile: str) -> dict[int, str]:
    """The model's ESC t numbers and their Python codecs, from python-escpos's database."""
    from escpos.capabilities import CAPABILITIES

    found = {}
    for n, name in CAPABILITIES["profiles"][profile]["codePages"].items():
        codec = name.lower().replace("iso_", "iso").replace("-", "_")
        try:
            codecs.lookup(codec)
        except LookupError:
            continue  # a page Python has no codec for ("Unknown" in the database)
        found[int(n)] = codec
    return found


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.truetype(str(_MONO), size) if _MONO.exists() else ImageFont.load_default(size=size)


def printed_lines(data: bytes, profile: str = "default") -> list[str]:
    """The lines of text in `data`, each read in the code page the printer was switched to (ESC t) for it."""
    return [value[0] for kind, value in _pieces(data, profile) if kind == "text"]  # type: ignore[index]


def raster_images(data: bytes, profile: str = "default") -> list[Image.Image]:
    """Every GS v 0 raster image in `data`, as a picture (black dots black)."""
    return [image for kind, image in _pieces(data, profile) if kind == "image"]  # type: ignore[misc]


def _raster(data: bytes, at: int) -> tuple[Image.Image, int]:
    width_bytes = data[at + 4] | data[at + 5] << 8
    height = data[at + 6] | data[at + 7] << 8
    start = at + 8
    bits = data[start:start + width_bytes * height]
    image = Image.frombytes("1", (width_bytes * 8, height), bytes(b ^ 0xFF for b in bits))
    return image, start + width_bytes * height


def _pieces(data: bytes, profile: str = "default") -> list[tuple[str, object]]:
    """The bytes read as a printer would: ("text", (str, bold, big, centred)), ("image", picture), ("cut", None)."""
    out: list[tuple[str, object]] = []
    pages = _code_pages(profile)
    page, bold, big, centred = 0, False, False, False
    line = ""
    i = 0

    def flush() -> None:
        nonlocal line
        out.append(("text", (line, bold, big, centred)))
        line = ""

    while i < len(data):
        byte = data[i]
        if data.startswith(b"\x1b@", i):
            i += 2
        elif data.startswith(b"\x1b!", i):
            big = bool(data[i + 2] & 0x30)
            i += 3
        elif data.startswith(b"\x1bE", i):
            bold = bool(data[i + 2])
            i += 3
        elif data.startswith(b"\x1ba", i):
            centred = data[i + 2] in (1, 49)
            i += 3
        elif data.startswith(b"\x1bt", i):
            page = data[i + 2]
            i += 3
        elif data.startswith(b"\x1bd", i):
            out.extend(("text", ("", False, False, False)) for _ in range(data[i + 2]))
            i += 3
        elif any(data.startswith(b"\x1b" + c, i) for c in (b"-", b"G", b"M", b"{", b"3")):
            i += 3
        elif data.startswith(b"\x1b2", i):
            i += 2
        elif data.startswith(b"\x1d!", i) or data.startswith(b"\x1dB", i) or data.startswith(b"\x1db", i):
            if data.startswith(b"\x1d!", i):
                big = big or bool(data[i + 2])
            i += 3
        elif data.startswith(b"\x1d(k", i):
            size = data[i + 3] | data[i + 4] << 8
            body = data[i + 5:i + 5 + size]
            if body[:3] == b"1P0":
                out.append(("qr", body[3:].decode("utf-8")))
            i += 5 + size
        elif data.startswith(b"\x1dv0", i):
            image, i = _raster(data, i)
            out.append(("image", image))
        elif data.startswith(b"\x1dk", i):
            kind = data[i + 2]
            if kind >= 65:  # function B: its length first
                size = data[i + 3]
                out.append(("barcode", (kind, data[i + 4:i + 4 + size].decode("ascii"))))
                i += 4 + size
            else:  # function A: up to a NUL
                end = data.index(b"\x00", i + 3)
                out.append(("barcode", (kind, data[i + 3:end].decode("ascii"))))
                i = end + 1
        elif data.startswith(b"\x1dh", i) or data.startswith(b"\x1dw", i) or data.startswith(b"\x1df", i) or \
                data.startswith(b"\x1dH", i):
            i += 3
        elif data.startswith(b"\x1dV", i):
            out.append(("cut", None))
            i += 3 if data[i + 2] in (0, 1, 48, 49) else 4
        elif byte == 0x0A:
            flush()
            i += 1
        elif byte < 0x20:
            i += 1
        else:
            line += bytes((byte,)).decode(pages.get(page, "cp437"), errors="replace")
            i += 1
    if line:
        flush()
    return out


def paper_picture(data: bytes, dots: int = 576, *, profile: str = "default") -> Image.Image:
    """What the paper looks like after `data` on a `profile` printer: one picture `dots` wide, as tall as the receipt."""
    font, big_font = _font(20), _font(40)
    parts: list[Image.Image] = []
    for kind, value in _pieces(data, profile):
        if kind == "text":
            text, bold, big, centred = value  # type: ignore[misc]
            chosen = big_font if big else font
            part = Image.new("L", (dots, 56 if big else 28), 255)
            draw = ImageDraw.Draw(part)
            width = draw.textlength(text, font=chosen)
            x = (dots - width) / 2 if centred else 0
            draw.text((x, 2), text, font=chosen, fill=0, stroke_width=1 if bold else 0, stroke_fill=0)
            parts.append(part)
        elif kind == "qr":
            code = qrcode.QRCode(box_size=6, border=4)
            code.add_data(value)
            code.make(fit=True)
            symbol = code.make_image().get_image().convert("L")
            parts.append(_centred(symbol, dots))
        elif kind == "image":
            parts.append(_centred(value.convert("L"), dots))  # type: ignore[union-attr]
        elif kind == "barcode":
            symbology, text = value  # type: ignore[misc]
            maker = Code128(text.removeprefix("{B"), writer=ImageWriter()) if symbology == 73 else \
                EAN13(text, writer=ImageWriter())
            picture = maker.render({"module_width": 0.25, "module_height": 10, "quiet_zone": 4, "dpi": 203})
            parts.append(_centred(picture.convert("L"), dots))
        elif kind == "cut":
            part = Image.new("L", (dots, 20), 255)
            ImageDraw.Draw(part).line((0, 10, dots, 10), fill=128, width=2)
            parts.append(part)
    height = sum(p.height for p in parts) + 20
    paper = Image.new("L", (dots, height), 255)
    y = 10
    for part in parts:
        paper.paste(part, (0, y))
        y += part.height
    return paper


def _centred(image: Image.Image, dots: int) -> Image.Image:
    if image.width > dots:
        image = image.resize((dots, image.height * dots // image.width))
    part = Image.new("L", (dots, image.height), 255)
    part.paste(image, ((dots - image.width) // 2, 0))
    return part
