"""Benchmark, run by hand: does a wrong user name answer as fast as a wrong password (a user-name oracle)?

    python tests/bench/bench_login_timing.py [--rounds 200] [--workdir DIR]

A sandbox (uvicorn in a thread, demo data). Each round, in turns, one POST /auth
with the terminal's real user name and a wrong password (the baseline), and one
with a user name nobody has; both are 401/10. Between rounds the sandbox's clock
jumps two hours ahead, so the limits on failed logins (429/13) never answer for
the server. Prints the median and 95th percentile of each in milliseconds and
the ratio of the medians: near 1.0 means the timing tells nothing.
"""

from __future__ import annotations

import argparse
import pathlib
import statistics
import sys
import tempfile
import time

import httpx

# Run as a script from anywhere: the project's root holds the `tests` package.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from kiosk.api.marta import API_KEY_HEADER, Path  # noqa: E402
from kiosk.sandbox import SandboxConfig, seed_demo, start_in_thread  # noqa: E402

_QUIET = 2 * 3600  # longer than any wait or window of the login limits


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000


def run(rounds: int, workdir: pathlib.Path) -> None:
    demo = seed_demo(workdir / "sandbox")
    terminal = demo["terminal"]
    with start_in_thread(SandboxConfig(data_dir=workdir / "sandbox")) as running, httpx.Client(
        base_url=running.url, headers={API_KEY_HEADER: demo["apikey"]}
    ) as http:
        # The bench reaches into its own in-process server for the clock: no control path is needed.
        clock = running._server.config.app.state.sandbox.clock  # noqa: SLF001

        def login(username: str) -> float:
            body = {"campaignid": demo["campaignid"], "devicetype": 1, "scope": "terminal", "username": username,
                    "password": "not-the-password", "serialnumber": terminal["serialnumber"]}
            started = time.perf_counter()
            answer = http.post(Path.AUTH, json=body)
            took = time.perf_counter() - started
            if answer.status_code != 401:
                raise SystemExit(f"expected 401, got {answer.status_code}: {answer.text}")
            return took

        for _ in range(5):  # warm-up: connections, code paths
            login(terminal["username"])
            login("nobody-warm-up")
            clock.advance(_QUIET)
        wrong_password: list[float] = []
        unknown_user: list[float] = []
        for n in range(rounds):
            wrong_password.append(login(terminal["username"]))
            unknown_user.append(login(f"nobody-{n}"))
            clock.advance(_QUIET)
    base_median, base_p95 = _ms(wrong_password)
    unknown_median, unknown_p95 = _ms(unknown_user)
    print(f"rounds: {rounds}")
    print(f"wrong password (baseline): median {base_median:.2f} ms, p95 {base_p95:.2f} ms")
    print(f"unknown user name:         median {unknown_median:.2f} ms, p95 {unknown_p95:.2f} ms")
    print(f"ratio of medians (unknown / wrong password): {unknown_median / base_median:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--workdir", type=pathlib.Path)
    args = parser.parse_args()
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        run(args.rounds, args.workdir)
    else:
        with tempfile.TemporaryDirectory() as folder:
            run(args.rounds, pathlib.Path(folder))


if __name__ == "__main__":
    main()
