"""`kiosk printers`: the receipt printers this machine sees, the one set and its state; `--test` prints a test slip."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from kiosk import cli_text
from kiosk.paths import Paths
from kiosk.settings import Settings

__all__ = ["add_printers_command", "printers_command"]

EXIT_OK, EXIT_NOT_PRINTED = 0, 1


def add_printers_command(command: Callable[[str, str], argparse.ArgumentParser]) -> None:
    printers = command("printers", cli_text.PRINTERS_HELP)
    printers.add_argument("--test", action="store_true", help=cli_text.PRINTERS_TEST_HELP)


def printers_command(args: argparse.Namespace, settings: Settings, paths: Paths) -> int:
    from kiosk.printing import Align, Line, Pair, QrCode, Receipt, ReceiptPrinter, Rule
    from kiosk.printing.discover import find_printers

    found = find_printers()
    printer = ReceiptPrinter.from_settings(settings)
    receipt = None
    if args.test:
        paper = printer.paper
        receipt = Receipt((
            Line(cli_text.TEST_SLIP_TITLE, bold=True, big=True, align=Align.CENTER),
            Rule(),
            Pair(cli_text.TEST_SLIP_PRINTER, settings.printer),
            Pair(cli_text.TEST_SLIP_PAPER, cli_text.paper_words(paper.width_mm, paper.columns)),
            Pair(cli_text.TEST_SLIP_MODEL, settings.printer_model),
            Rule(),
            Line(cli_text.TEST_SLIP_CHARACTERS),
            QrCode(cli_text.TEST_SLIP_QR),
        ))
    outcome = printer.run(receipt) if printer.configured else None
    if args.json:
        shown: dict[str, Any] = {
            "found": [{"printer": str(f.address), "description": f.description} for f in found],
            "printer": settings.printer,
            "paper_width": int(settings.paper_width),
            "state": outcome.state.value if outcome is not None else "not_configured",
            "printed": bool(outcome and outcome.printed),
        }
        print(json.dumps(shown, indent=2))
    else:
        print(cli_text.printers_listing([(str(f.address), f.description) for f in found], settings.printer,
                                        cli_text.say(outcome.notice) if outcome is not None else ""))
    if args.test and not (outcome and outcome.printed):
        return EXIT_NOT_PRINTED
    return EXIT_OK
