"""Benchmark, run by hand: scan-to-paint at the counter with 1,000,000 cards in the terminal's store.

    QT_QPA_PLATFORM=offscreen python tests/bench/bench_counter_scan.py [--cards 1000000] [--scans 200]
        [--workdir DIR] [--seed N] [--quick]

Set-up, in a child process so its memory is not this one's peak: a sandbox process
(tests/e2e/crash_loop.py's Rig) gets the cards straight into its database
(kiosk.sandbox.bulk), then the app's own `sync_directory` fills the terminal's
store. With --workdir the data is kept, and a later run only adds what is missing.

The counter is then built as `kiosk` builds it (CounterSession.open, the sandbox
process as its provider). Each scan puts a random card's number in the search
field and times, from its Enter delivered to the field, until the customer panel
shows that card (a) from the terminal's store, (b) fresh from the server, painted:
as the window takes each answer, a synchronous `window.repaint()` paints it, and
the time is read once the stack shows the panel with that card and freshness line.
Between scans the cashier clears (Esc) after the fresh history came: no overlap.
Baselines in the same run: Enter in a bare QLineEdit setting a QLabel in a window
of the same size, painted the same way (Qt's own floor), and the store's local
look-up (Terminal.lookup_local) called directly.

The server's request starts together with the store's read (kiosk.services.counter.Looking);
before that change (issue 13) it started once the local answer was shown. Measured with
--quick --scans 100 --seed 11, three runs each, alternating, on a 2-core machine shared with
other work (load 2-3); the median of the three runs' medians, in ms, before -> after:
    sandbox answering at once:          local paint 4.9 -> 7.1   fresh paint 16.5 -> 15.8
    --server-delay 20 (a real network): local paint 4.1 -> 5.6   fresh paint 34.1 -> 30.9
The fresh answer comes about 1-3 ms sooner; the kept one about 1.5-2 ms later, as the request's
own work (and here the sandbox on the same two cores) now runs while the kept answer is painted.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import pathlib
import random
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Run as a script from anywhere: the project's root holds the `tests` package.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMainWindow, QVBoxLayout, QWidget  # noqa: E402

from kiosk.api import LoyaltyClient, TerminalLogin  # noqa: E402
from kiosk.api.marta import CARDS_PAGE_MAX  # noqa: E402
from kiosk.app import Backend  # noqa: E402
from kiosk.core.history import History  # noqa: E402
from kiosk.core.terminal import LookupAnswer, Terminal  # noqa: E402
from kiosk.domain.identifiers import parse_lookup, with_check_digit  # noqa: E402
from kiosk.paths import Paths  # noqa: E402
from kiosk.settings import Settings  # noqa: E402
from kiosk.store import open_store  # noqa: E402
from kiosk.ui.main import CounterSession  # noqa: E402
from tests.e2e.crash_loop import Rig  # noqa: E402

BULK_PREFIX = "29"  # kiosk.sandbox.bulk's; not imported here, so FastAPI stays out of this process's memory
WARM_UP = 3
TIMEOUT_MS = 15_000


def card_number(serial: int) -> str:
    """The bulk sandbox card number `serial` (1, 2, ...), as kiosk.sandbox.bulk.add_cards numbers them."""
    return with_check_digit(f"{BULK_PREFIX}{serial:0{12 - len(BULK_PREFIX)}d}")


def prepare(data: pathlib.Path, store_path: pathlib.Path, url: str, demo: dict, cards: int) -> None:
    """Child process: top the sandbox up to `cards` bulk cards, then sync the terminal's directory."""
    import contextlib
    import sqlite3

    from kiosk.sandbox.bulk import add_cards
    from kiosk.sandbox.config import SandboxConfig
    from kiosk.sync import sync_directory

    started = time.perf_counter()
    with contextlib.closing(sqlite3.connect(SandboxConfig(data_dir=data).database_path)) as conn:
        have = conn.execute("SELECT COUNT(*) FROM cards WHERE card LIKE ?", (BULK_PREFIX + "%",)).fetchone()[0]
    if have < cards:
        add_cards(data, cards - have)
    print(f"  sandbox: {have:,} bulk cards there, {max(0, cards - have):,} added "
          f"in {time.perf_counter() - started:.1f} s", flush=True)
    started = time.perf_counter()
    with LoyaltyClient(url, api_key=demo["apikey"], campaign_id=demo["campaignid"],
                       terminal=TerminalLogin(**demo["terminal"]), read_timeout=120.0) as client, \
            open_store(store_path) as store:
        report = sync_directory(client, store, page_size=CARDS_PAGE_MAX)  # resumes from the store's cursor
        size = store.directory_size()
    print(f"  directory sync: {report.cards:,} cards fetched in {report.pages} pages "
          f"in {time.perf_counter() - started:.1f} s; the store's directory holds {size:,}", flush=True)


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def bare_floor(scans: int) -> list[float]:
    """Enter in a bare QLineEdit -> QLabel.setText -> repaint, in a window the counter's size."""
    window, body, field, label = QMainWindow(), QWidget(), QLineEdit(), QLabel()
    window.resize(1024, 700)
    layout = QVBoxLayout(body)
    layout.addWidget(field)
    layout.addWidget(label, 1)
    window.setCentralWidget(body)
    done: list[float] = []

    def answered() -> None:
        label.setText(f"Card {field.text()}")
        window.repaint()
        done.append(time.perf_counter())

    field.returnPressed.connect(answered)
    window.show()
    QTest.qWaitForWindowExposed(window)
    samples = []
    for n in range(scans + WARM_UP):
        field.setText(card_number(n + 1))
        QApplication.processEvents()
        started = time.perf_counter()
        QTest.keyClick(field, Qt.Key.Key_Return)
        if n >= WARM_UP:
            samples.append(done[-1] - started)
    window.close()
    return samples


def store_lookups(store_path: pathlib.Path, cards: list[str]) -> list[float]:
    """What the store thread does for the local answer, called directly on this thread."""
    samples = []
    with open_store(store_path) as store:
        terminal = Terminal(store, None)
        for card in cards:
            started = time.perf_counter()
            answer = terminal.lookup_local(parse_lookup(card))
            samples.append(time.perf_counter() - started)
            assert answer.cards[0].card == card, card
    return samples


def counter_scans(backend: Backend, paths: Paths, cards: list[str]) -> tuple[list[float], list[float], list[str]]:
    session = CounterSession.open(backend, paths)
    window, panel = session.window, session.window.panel
    loop, timer = QEventLoop(), QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    marks: dict[str, float] = {}
    expected: list[str] = []  # the card of the scan under way
    problems: list[str] = []

    def answered(answer: LookupAnswer) -> None:
        # The window's `shown`: emitted once the window has taken the answer.
        if not expected:
            return
        window.repaint()
        now = time.perf_counter()
        phase = "fresh" if answer.fresh else "local"
        words = "Live from the loyalty server" if answer.fresh else "From this terminal"
        shown = (window.stack.currentWidget() is panel and panel.card_number.text() == f"Card {expected[0]}"
                 and panel.freshness.text().startswith(words))
        if shown:
            marks.setdefault(phase, now)
        else:
            problems.append(f"{expected[0]}: the {phase} answer did not show the card")

    # The window's own handlers, wrapped: the look-up's operations call them by name when they answer.
    shows_history, says_not_found, says_refused = window._history, window._not_found, window._refused

    def history(made: History) -> None:
        shows_history(made)
        if expected and "fresh" in marks and made.fresh:
            loop.quit()  # the last thing a look-up brings: the scan is over

    def failed(say: Callable[..., None], *what: object) -> None:  # not_found(text, notices), refused(notice)
        say(*what)
        if expected:
            problems.append(f"{expected[0]}: {what[-1]}")
            loop.quit()

    window._history = history  # type: ignore[method-assign]
    window._not_found = lambda *what: failed(says_not_found, *what)  # type: ignore[method-assign]
    window._refused = lambda *what: failed(says_refused, *what)  # type: ignore[method-assign]
    window.shown.connect(answered)
    window.show()
    QTest.qWaitForWindowExposed(window)
    local: list[float] = []
    fresh: list[float] = []
    try:
        for n, card in enumerate(cards):
            window._do_clear()  # Esc: the previous customer leaves the screen
            window.search.setText(card)  # what the scanner typed, before its Enter
            QApplication.processEvents()
            window.repaint()
            marks.clear()
            expected[:] = [card]
            timer.start(TIMEOUT_MS)
            started = time.perf_counter()
            QTest.keyClick(window.search, Qt.Key.Key_Return)
            loop.exec()
            timer.stop()
            expected.clear()
            if "local" not in marks or "fresh" not in marks:
                problems.append(f"{card}: no {'local' if 'local' not in marks else 'fresh'} paint")
            elif n >= WARM_UP:
                local.append(marks["local"] - started)
                fresh.append(marks["fresh"] - started)
    finally:
        session.close()
    return local, fresh, problems


def line(name: str, samples: list[float], *baselines: tuple[str, list[float]]) -> str:
    """Median and p99 in ms, and the median's ratio to each baseline's median."""
    p50 = statistics.median(samples)
    ratios = ", ".join(f"{p50 / statistics.median(base):5.1f}x {what}" for what, base in baselines)
    return f"{name:<34} {p50 * 1000:8.3f} {percentile(samples, 0.99) * 1000:8.3f}   {ratios}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cards", type=int, default=None, help="cards in the directory (default 1000000)")
    parser.add_argument("--scans", type=int, default=None, help="timed scans (default 200)")
    parser.add_argument("--workdir", type=pathlib.Path, default=None, help="keep and reuse the prepared data here")
    parser.add_argument("--seed", type=int, default=None, help="which random cards (default: a new choice each run)")
    parser.add_argument("--quick", action="store_true", help="a smoke run: 20000 cards, 30 scans")
    parser.add_argument("--server-delay", type=int, default=0, metavar="MS",
                        help="the sandbox answers a card look-up this much later, as a server over a real network does")
    args = parser.parse_args()
    cards = args.cards or (20_000 if args.quick else 1_000_000)
    scans = args.scans or (30 if args.quick else 200)
    seed = args.seed if args.seed is not None else time.time_ns() % 1_000_000
    app = QApplication(sys.argv[:1])
    print(f"counter scan: {cards:,} cards, {scans} scans (+{WARM_UP} warm-up), seed {seed}, "
          f"platform {app.platformName()}", flush=True)
    bare = bare_floor(scans)
    qt_peak = peak_mib()

    temporary = None if args.workdir else tempfile.TemporaryDirectory(prefix="kiosk-scan-")
    workdir = args.workdir or pathlib.Path(temporary.name)  # type: ignore[union-attr]
    started = time.perf_counter()
    rig = Rig(workdir.resolve())  # the sandbox in its own process, seeded with the demo once
    try:
        paths = Paths.for_basedir(rig.base).create()
        child = multiprocessing.get_context("spawn").Process(
            target=prepare, args=(rig.data, paths.store, rig.url, rig.demo, cards))
        child.start()
        child.join()
        if child.exitcode != 0:
            raise SystemExit(f"the set-up failed (exit code {child.exitcode})")
        print(f"set-up took {time.perf_counter() - started:.1f} s in all (data in {workdir})", flush=True)
        if args.server_delay:
            rig.fault(delayms=args.server_delay, path="/terminal/card")
            print(f"the sandbox answers a card look-up {args.server_delay} ms late", flush=True)
        rng = random.Random(seed)
        picks = [card_number(n) for n in rng.sample(range(1, cards + 1), 2 * scans + WARM_UP)]
        raw = store_lookups(paths.store, picks[scans + WARM_UP:])  # other cards than the scans'
        settings = Settings.load(pathlib.Path("/nonexistent"), env={}).replace(
            api_url=rig.url, api_key=rig.demo["apikey"], campaign_id=rig.demo["campaignid"],
            terminal_username=rig.demo["terminal"]["username"], terminal_password=rig.demo["terminal"]["password"],
            terminal_serial=rig.demo["terminal"]["serialnumber"], idle_timeout=0,
        )
        local, fresh, problems = counter_scans(Backend(settings), paths, picks[:scans + WARM_UP])
    finally:
        rig.close()
        if temporary is not None:
            temporary.cleanup()

    print(f"{'':<34} {'median':>8} {'p99':>8}   (ms)")
    print(line("bare Qt: Enter -> QLabel painted", bare))
    print(line("store: Terminal.lookup_local", raw))
    print(line("scan -> local answer painted", local, ("bare Qt", bare), ("the store look-up", raw)))
    print(line("scan -> fresh answer painted", fresh, ("bare Qt", bare), ("the local paint", local)))
    print(f"peak memory {peak_mib():.1f} MiB (after the bare Qt window alone: {qt_peak:.1f} MiB)")
    if problems:
        print(f"{len(problems)} problems, e.g.: " + "; ".join(problems[:5]))


if __name__ == "__main__":
    main()
