"""Printing on a real connection: a network printer stand-in on 127.0.0.1 (one that prints, one out of paper, one that
never answers, none at all), a file printer writing to a file; every answer within the limit, on another thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.domain.errors import PrinterState
from kiosk.printing import PAPERS, PRINT_LIMIT, Line, PrintOutcome, QrCode, Receipt, ReceiptPrinter, parse_printer
from kiosk.printing.escpos_bytes import receipt_bytes
from kiosk.settings import Settings
from tests.escpos_printer import NetworkPrinter, printed_lines, refusing_port

VOUCHER = "CAFFE150"
RECEIPT = Receipt((Line("Caffè Roma"), QrCode(VOUCHER)))
#: A short limit for these tests; the app's is PRINT_LIMIT.
LIMIT = 1.0


@pytest.fixture
def stand_in(request: pytest.FixtureRequest) -> Iterator[NetworkPrinter]:
    printer = NetworkPrinter(getattr(request, "param", "ready"))
    yield printer
    printer.close()


def printer_at(setting: str, *, limit: float = LIMIT, width: int = 80) -> ReceiptPrinter:
    return ReceiptPrinter(parse_printer(setting), PAPERS[width], limit=limit)


def test_the_app_s_limit_is_five_seconds() -> None:
    assert PRINT_LIMIT == 5.0
    settings = Settings.load(Path("/nonexistent"), env={"KIOSK_PRINTER": "network:10.0.0.9", "KIOSK_PAPER_WIDTH": "58"})
    printer = ReceiptPrinter.from_settings(settings)
    assert printer.limit == PRINT_LIMIT and printer.paper is PAPERS[58] and str(printer.address) == "network:10.0.0.9:9100"


def test_a_network_printer_is_asked_its_state_then_gets_the_receipt_s_bytes(stand_in: NetworkPrinter) -> None:
    outcome = printer_at(stand_in.setting).run(RECEIPT)
    assert outcome == PrintOutcome(PrinterState.PRINTED, printed=True, params={"where": stand_in.setting})
    assert stand_in.got_cut.wait(LIMIT)
    assert stand_in.queries == 2  # online (n=1), paper (n=4)
    assert bytes(stand_in.received) == receipt_bytes(RECEIPT, PAPERS[80])
    assert "Caffè Roma" in printed_lines(bytes(stand_in.received))


@pytest.mark.parametrize(
    ("stand_in", "state"),
    [("paper_out", PrinterState.PAPER_OUT), ("cover_open", PrinterState.COVER_OPEN)],
    indirect=["stand_in"],
)
def test_a_printer_that_cannot_print_says_why_and_is_sent_nothing(stand_in: NetworkPrinter, state: PrinterState) -> None:
    outcome = printer_at(stand_in.setting).run(RECEIPT)
    assert outcome.state is state and not outcome.printed
    assert bytes(stand_in.received) == b""


@pytest.mark.parametrize("stand_in", ["near_end"], indirect=True)
def test_paper_near_its_end_still_prints_and_says_so(stand_in: NetworkPrinter) -> None:
    outcome = printer_at(stand_in.setting).run(RECEIPT)
    assert outcome.state is PrinterState.PAPER_NEAR_END and outcome.printed
    assert stand_in.got_cut.wait(LIMIT)


@pytest.mark.parametrize("stand_in", ["silent"], indirect=True)
def test_a_printer_that_never_answers_is_reported_within_the_limit_and_the_caller_never_waits(
    stand_in: NetworkPrinter,
) -> None:
    answered: list[PrintOutcome] = []
    heard = threading.Event()
    started = time.monotonic()
    printer_at(stand_in.setting).start(RECEIPT, lambda outcome: (answered.append(outcome), heard.set()))
    returned = time.monotonic() - started
    assert heard.wait(LIMIT * 3)
    assert returned < LIMIT  # start() hands the job to its thread: the caller goes on at once
    assert answered == [PrintOutcome(PrinterState.NOT_ANSWERING, params={"seconds": 1, "where": stand_in.setting})]
    assert bytes(stand_in.received) == b""  # the status was asked; the receipt was never sent


def test_a_printer_that_refuses_the_connection_is_not_reachable() -> None:
    setting = f"network:127.0.0.1:{refusing_port()}"
    outcome = printer_at(setting).run(RECEIPT)
    assert outcome == PrintOutcome(PrinterState.NOT_REACHABLE, params={"where": setting})


def test_a_file_printer_writes_the_receipt_into_its_file(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    outcome = printer_at(f"file:{target}", width=58).run(RECEIPT)
    assert outcome.state is PrinterState.PRINTED and outcome.printed
    assert target.read_bytes() == receipt_bytes(RECEIPT, PAPERS[58])


def test_a_file_printer_this_user_may_not_write_says_so(tmp_path: Path) -> None:
    target = tmp_path / "lp0"
    target.write_bytes(b"")
    target.chmod(0o400)
    outcome = printer_at(f"file:{target}").run(RECEIPT)
    expected = PrinterState.PRINTED if __import__("os").geteuid() == 0 else PrinterState.NO_PERMISSION
    assert outcome.state is expected  # root may write anything: the check is for the shop's own user


def test_a_missing_file_folder_is_not_reachable(tmp_path: Path) -> None:
    setting = f"file:{tmp_path / 'no-such-folder' / 'lp0'}"
    assert printer_at(setting).run(RECEIPT).state is PrinterState.NOT_REACHABLE


def test_the_dummy_printer_keeps_what_it_was_sent() -> None:
    printer = printer_at("dummy")
    assert printer.run(RECEIPT).state is PrinterState.PRINTED
    assert list(printer.dummy_output) == [receipt_bytes(RECEIPT, PAPERS[80])]


def test_no_printer_or_a_wrong_address_is_said_as_such() -> None:
    empty = Settings.load(Path("/nonexistent"), env={})
    printer = ReceiptPrinter.from_settings(empty)
    assert not printer.configured and printer.run(RECEIPT).state is PrinterState.NOT_CONFIGURED
    wrong = Settings.load(Path("/nonexistent"), env={"KIOSK_PRINTER": "lpt1"})
    printer = ReceiptPrinter.from_settings(wrong)
    assert printer.configured
    assert printer.run(RECEIPT) == PrintOutcome(PrinterState.ADDRESS_WRONG, params={"raw": "lpt1"})


def test_kiosk_printers_lists_what_is_set_and_test_prints_on_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from kiosk.__main__ import main

    for name in [n for n in __import__("os").environ if n.startswith("KIOSK_")]:
        monkeypatch.delenv(name)
    target = tmp_path / "lp0"
    monkeypatch.setenv("KIOSK_PRINTER", f"file:{target}")
    monkeypatch.setenv("KIOSK_PAPER_WIDTH", "58")
    assert main(["--basedir", str(tmp_path / "till"), "printers", "--test"]) == 0
    said = capsys.readouterr().out
    assert f"Set: KIOSK_PRINTER=file:{target}. Printed." in said
    lines = printed_lines(target.read_bytes())
    assert lines[0] == "Test slip" and any(line.startswith("Paper") for line in lines)
    monkeypatch.setenv("KIOSK_PRINTER", f"network:127.0.0.1:{refusing_port()}")
    assert main(["--basedir", str(tmp_path / "till"), "printers", "--test", "--json"]) == 1
    assert '"state": "not_reachable"' in capsys.readouterr().out


@pytest.mark.parametrize("stand_in", ["silent"], indirect=True)
def test_a_print_still_waiting_on_a_silent_printer_never_holds_the_program_at_exit(stand_in: NetworkPrinter) -> None:
    import subprocess
    import sys

    script = (
        "from kiosk.printing import PAPERS, Line, Receipt, ReceiptPrinter, parse_printer\n"
        f"printer = ReceiptPrinter(parse_printer({stand_in.setting!r}), PAPERS[80], limit=600)\n"
        "printer.start(Receipt((Line('x'),)), print)\n"
        "import time; time.sleep(1)\n"  # long enough to be connected and waiting for the status
        "print('leaving', flush=True)\n"
    )
    # With a ten-minute limit, only a print that never holds the exit lets this end before its timeout.
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout == "leaving\n"
    assert stand_in.connections == 1  # it was connected, waiting for an answer that never came
