"""Benchmark, run by hand: how long the kiosk takes to forget a customer, against a plain change of screen.

    python tests/bench/bench_kiosk_wipe.py [--rounds 20]

In one process, offscreen, on a sandbox served from a thread: Giulia signs in (card and PIN) and
her card is on screen; then the end of her visit is timed, from the countdown's end to the attract
screen painted with every screen, field, PIN pad, the keyboard and the clipboard wiped
(`KioskFace.end_visit` and the paint). The baseline, in the same run, is a change of screen
that wipes nothing (My card to the attract screen, painted). Median and worst of --rounds.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import statistics
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from kiosk.app import Backend
    from kiosk.paths import Paths
    from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread
    from kiosk.settings import Settings
    from kiosk.ui import i18n
    from kiosk.ui.kiosk.face import Screen, set_kiosk_font
    from kiosk.ui.kiosk.session import KioskSession

    app = QApplication(sys.argv[:1])
    i18n.install(app, "en")
    set_kiosk_font(app)
    with tempfile.TemporaryDirectory(prefix="kiosk-wipe-") as folder:
        data = pathlib.Path(folder) / "sandbox"
        demo = seed_demo(data)
        with start_in_thread(SandboxConfig(data_dir=data, dev=True)) as running:
            settings = Settings.load(pathlib.Path("/nonexistent"), env={}).replace(
                face="kiosk", api_url=running.url, api_key=demo["apikey"], campaign_id=demo["campaignid"],
                terminal_username=demo["terminal"]["username"], terminal_password=demo["terminal"]["password"],
                terminal_serial=demo["terminal"]["serialnumber"],
            )
            paths = Paths.for_basedir(pathlib.Path(folder) / "till").create()
            session = KioskSession.open(Backend(settings, demo=demo), paths, dpi=96)
            session.window.resize(1366, 768)
            session.window.show()
            face = session.face
            wipes, switches = [], []
            try:
                for _ in range(args.rounds):
                    visit = _sign_in(app, session)
                    face.my_card.show_visit(visit, face.campaign)
                    app.processEvents()
                    started = time.perf_counter()
                    face.end_visit()
                    session.window.repaint()
                    app.processEvents()
                    wipes.append(time.perf_counter() - started)
                    face.visit = visit
                    face.go(Screen.MY_CARD)
                    face.my_card.show_visit(visit, face.campaign)
                    app.processEvents()
                    started = time.perf_counter()
                    session.window.show_screen(Screen.ATTRACT)
                    session.window.repaint()
                    app.processEvents()
                    switches.append(time.perf_counter() - started)
                    face.end_visit()
            finally:
                session.close()
    print(f"kiosk idle wipe, {args.rounds} rounds, offscreen, 1366x768")
    print(f"{'end of a visit (wipe and attract painted)':<46} median {statistics.median(wipes) * 1000:6.1f} ms"
          f"   worst {max(wipes) * 1000:6.1f} ms   {statistics.median(wipes) / statistics.median(switches):4.1f}x the baseline")
    print(f"{'baseline: a change of screen, nothing wiped':<46} median {statistics.median(switches) * 1000:6.1f} ms"
          f"   worst {max(switches) * 1000:6.1f} ms")


def _sign_in(app: object, session: object) -> object:
    """Giulia signs in through the kiosk's own service, and her card shows."""
    from PySide6.QtWidgets import QApplication

    result: list[object] = []
    failure: list[BaseException] = []
    face = session.face  # type: ignore[attr-defined]
    face.service.sign_in(parent=face, card="2000000000015", pincode="1234").success(result.append).failure(
        failure.append
    ).run()
    deadline = time.monotonic() + 15
    while not result and not failure and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.002)
    if failure or not result:
        raise RuntimeError(f"Giulia could not sign in: {failure}")
    face.visit = result[0]
    face.go("myCard")
    return result[0]


if __name__ == "__main__":
    main()
