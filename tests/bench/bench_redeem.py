"""Benchmark, run by hand: what the outbox costs a PIN-checked redemption, from PIN typed to outcome written.

    python tests/bench/bench_redeem.py [--rounds 200] [--workdir DIR]

A sandbox (uvicorn in a thread, demo data) and the terminal's store on a real file.
Each round redeems one cent of credit on the demo card, in turns:
(a) baseline: the bare client call `burn_credit`, as if the terminal kept no record;
(b) the till's path: `save_redemption` (the outbox row, in flight, committed with
    synchronous=FULL), `call_redemption`, `record_reply` (the outcome and the
    server's balance committed).
Prints the median and 95th percentile of each in milliseconds and their ratio.
"""

from __future__ import annotations

import argparse
import pathlib
import statistics
import sys
import tempfile
import time
import uuid

# Run as a script from anywhere: the project's root holds the `tests` package.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from kiosk.api import Campaign, LoyaltyClient, TerminalLogin  # noqa: E402
from kiosk.core import redeem  # noqa: E402
from kiosk.core.terminal import Terminal  # noqa: E402
from kiosk.domain.identifiers import parse_lookup, with_check_digit  # noqa: E402
from kiosk.domain.redemption import Tender, plan_redemption  # noqa: E402
from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread  # noqa: E402
from kiosk.store import open_store  # noqa: E402
from kiosk.sync.underway import CallsUnderWay  # noqa: E402

CARD = with_check_digit("200000000001")
PIN = "1234"


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(len(ordered) * 0.95) - 1] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--workdir", type=pathlib.Path)
    args = parser.parse_args()
    work = pathlib.Path(args.workdir or tempfile.mkdtemp(prefix="bench-redeem-"))
    demo = seed_demo(work / "sandbox")
    with start_in_thread(SandboxConfig(data_dir=work / "sandbox")) as sandbox, LoyaltyClient(
        sandbox.url, api_key=demo["apikey"], campaign_id=demo["campaignid"], terminal=TerminalLogin(**demo["terminal"])
    ) as client, open_store(work / "terminal.sqlite3") as store:
        terminal = Terminal(store, client)
        campaign: Campaign = client.campaign()
        terminal.remember_campaign(campaign)
        client.load_credit(CARD, credit=10 * args.rounds + 100, operationid=str(uuid.uuid4()))
        bare: list[float] = []
        till: list[float] = []
        under_way = CallsUnderWay()
        for _ in range(args.rounds):
            started = time.perf_counter()
            client.burn_credit(CARD, credit=1, pincode=PIN, operationid=str(uuid.uuid4()))
            bare.append(time.perf_counter() - started)

            card = terminal.lookup_local(parse_lookup(CARD)).cards[0] if store.cached_card(CARD) else None
            if card is None:
                card = terminal.remember(client.card(card=CARD)).cards[0]
            plan = plan_redemption(card, campaign, Tender.CREDIT, 1)
            started = time.perf_counter()
            op = redeem.save_redemption(store, plan, under_way=under_way)
            reply = redeem.call_redemption(client, op, PIN)
            attempt = redeem.record_reply(store, op, reply, under_way=under_way)
            till.append(time.perf_counter() - started)
            assert attempt.outcome is redeem.Outcome.DONE, attempt.notice
    bare_median, bare_p95 = _ms(bare)
    till_median, till_p95 = _ms(till)
    print(f"rounds: {args.rounds}   workdir: {work}")
    print(f"bare burn_credit call        median {bare_median:7.2f} ms   p95 {bare_p95:7.2f} ms")
    print(f"outbox + call + outcome      median {till_median:7.2f} ms   p95 {till_p95:7.2f} ms")
    print(f"ratio (till / bare)          median {till_median / bare_median:7.2f}      p95 {till_p95 / bare_p95:7.2f}")


if __name__ == "__main__":
    main()
