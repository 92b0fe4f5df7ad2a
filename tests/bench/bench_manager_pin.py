"""Benchmark: what one manager PIN check costs on this machine, against the older parameters.

Run by hand: `python tests/bench/bench_manager_pin.py [--n 10]`. Prints the median
time of check_manager_pin for a hash made now and for one made with the old
parameters (scrypt n=2**14), and the ratio of the two measured in the same run.
The target is at least 100 ms for the new hash: every guess of a stolen
kiosk.toml's hash costs that much.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import statistics
import time

from kiosk.core.staff import check_manager_pin, hash_manager_pin


def old_hash(pin: str) -> str:
    salt = bytes(range(16))
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
    return "$".join(("scrypt", "16384", "8", "1", base64.b64encode(salt).decode(), base64.b64encode(digest).decode()))


def median_ms(stored: str, pin: str, n: int) -> float:
    samples = []
    for _ in range(n):
        start = time.perf_counter()
        assert check_manager_pin(pin, stored)
        samples.append(time.perf_counter() - start)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10)
    args = parser.parse_args()
    new = hash_manager_pin("482193")
    params = new.split("$")[1:4]
    old_ms = median_ms(old_hash("4821"), "4821", args.n)
    new_ms = median_ms(new, "482193", args.n)
    print(f"old hash (scrypt n=16384 r=8 p=1)            median {old_ms:7.1f} ms")
    print(f"new hash (scrypt n={params[0]} r={params[1]} p={params[2]})  median {new_ms:7.1f} ms   (target: >= 100 ms)")
    print(f"ratio new/old: {new_ms / old_ms:.2f}x; a full search of 6 digits costs {new_ms * 1e6 / 1000 / 3600:.0f} core-hours")


if __name__ == "__main__":
    main()
