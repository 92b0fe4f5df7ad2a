"""Benchmark: composing a receipt's ESC/POS bytes, and a whole print on a network printer stand-in on 127.0.0.1.

Run by hand from the project folder: `python -m tests.bench.bench_printing [--n 50]`. Composing runs on the print's own thread, never the
GUI's; the figures say how long a receipt waits before its first byte goes out (the first one loads python-escpos
and its printer database), and how long a print takes end to end when the printer answers at once.
"""

from __future__ import annotations

import argparse
import statistics
import time

from kiosk.printing import PAPERS, Align, Barcode, Line, Pair, QrCode, Receipt, ReceiptPrinter, Rule, parse_printer
from tests.escpos_printer import NetworkPrinter

CARD = "2000000000015"
SLIP = Receipt((Line("Demo Shop Rewards", big=True, align=Align.CENTER), Rule(),
                *(Pair(f"Label {n}", f"value {n}") for n in range(10)), Rule(), Line("Saved on this terminal.")))
CARD_RECEIPT = Receipt((Line("Welcome, Ada!"), Barcode(CARD, "EAN13"), QrCode(CARD)))


def describe(label: str, samples: list[float]) -> None:
    ms = sorted(s * 1000 for s in samples)
    print(f"{label:<44} median {statistics.median(ms):8.2f} ms   max {ms[-1]:8.2f} ms   ({len(ms)} runs)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=50)
    n = parser.parse_args().n
    started = time.perf_counter()
    from kiosk.printing.escpos_bytes import receipt_bytes

    receipt_bytes(SLIP, PAPERS[80])
    print(f"{'first receipt (loads python-escpos)':<44} {(time.perf_counter() - started) * 1000:8.2f} ms")
    for label, receipt, profile in (("slip, 80 mm", SLIP, "default"), ("card, QR by command", CARD_RECEIPT, "default"),
                                    ("card, QR as a picture (POS-5890)", CARD_RECEIPT, "POS-5890")):
        samples = []
        for _ in range(n):
            start = time.perf_counter()
            receipt_bytes(receipt, PAPERS[80], profile=profile)
            samples.append(time.perf_counter() - start)
        describe(f"compose {label}", samples)
    stand_in = NetworkPrinter("ready")
    try:
        printer = ReceiptPrinter(parse_printer(stand_in.setting), PAPERS[80])
        samples = []
        for _ in range(n):
            start = time.perf_counter()
            printer.run(CARD_RECEIPT)
            samples.append(time.perf_counter() - start)
        describe("print card on 127.0.0.1 (status + bytes)", samples)
    finally:
        stand_in.close()


if __name__ == "__main__":
    main()
