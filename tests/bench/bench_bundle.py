"""Benchmark, run by hand: the frozen bundle's size and its start to "ready" against the source install.

    python tests/bench/bench_bundle.py [--rounds 5] [--face counter|kiosk] [--bundle DIST/kiosk]

Builds the bundle with packaging/bundle.py into a temporary folder (or takes one built before: --bundle),
then prints its size on disk and, for comparison, what pip installs for kiosk (kiosk and its runtime
dependencies, as listed in their installed files; the Python interpreter not counted). Then starts the
face offscreen, a round of each interleaved so a slow moment of the machine weighs on both alike: the
bundle's `kiosk` and the source install's `kiosk` script (this venv's bin/kiosk), each on a folder of its
own whose first run (the demo seeded, the store made) is done before the timing, so each timed start is a
till's ordinary morning start. Time runs from spawning the process to the face's "ready" line in its log.
Both run with the same bare environment (system PATH, HOME in the temporary folder, offscreen Qt).
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from importlib import metadata

ROOT = pathlib.Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
from bundle import build, folder_size  # noqa: E402 - packaging/bundle.py

READY_LINES = {"counter": "ready for scan", "kiosk": "ready for a customer"}


def disk_usage(folder: pathlib.Path) -> int:
    """Bytes the files under `folder` take on disk (their allocated blocks), each counted once."""
    total = 0
    for where, _, names in os.walk(folder):
        for name in names:
            total += os.lstat(os.path.join(where, name)).st_blocks * 512
    return total


def installed_size(name: str = "kiosk") -> tuple[int, int]:
    """(bytes, distributions) of `name` and every runtime dependency it pulls in, from their installed files."""
    seen: set[str] = set()
    total = found = 0
    todo = [name]
    while todo:
        wanted = re.split(r"[\s;<>=!~\[(]", todo.pop(), maxsplit=1)[0].lower().replace("_", "-")
        if wanted in seen:
            continue
        seen.add(wanted)
        try:
            dist = metadata.distribution(wanted)
        except metadata.PackageNotFoundError:
            continue
        found += 1
        for file in dist.files or []:
            path = pathlib.Path(str(file.locate()))
            if path.is_file():
                total += path.stat().st_size
        # Only what is always needed: a requirement behind a marker (an extra, another system) is skipped.
        todo.extend(req for req in dist.requires or [] if ";" not in req)
    return total, found


def start(command: list[str], base: pathlib.Path, env: dict[str, str], ready: str) -> float:
    """Seconds from spawning `command --basedir base` to its `ready` line; the process is stopped with SIGTERM."""
    log = base / "logs" / "kiosk.log"
    before = log.read_text().count(ready) if log.exists() else 0
    started = time.perf_counter()
    process = subprocess.Popen([*command, "--basedir", str(base)], env=env, cwd=base.parent,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not (log.exists() and log.read_text().count(ready) > before):
            if process.poll() is not None:
                raise RuntimeError(f"{command[0]} exited with {process.returncode} before it was ready")
            if time.perf_counter() - started > 120:
                raise RuntimeError(f"{command[0]} was not ready within 120 s")
            time.sleep(0.002)
        return time.perf_counter() - started
    finally:
        process.send_signal(signal.SIGTERM)
        if process.wait(timeout=60) != 0:
            raise RuntimeError(f"{command[0]} exited with {process.returncode} on SIGTERM")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--face", choices=sorted(READY_LINES), default="counter")
    parser.add_argument("--bundle", type=pathlib.Path, help="a bundle built before (its folder, DIST/kiosk)")
    args = parser.parse_args()
    source = pathlib.Path(sys.prefix) / "bin" / "kiosk"
    with tempfile.TemporaryDirectory(prefix="kiosk-bundle-") as folder:
        scratch = pathlib.Path(folder)
        if args.bundle is None:
            began = time.perf_counter()
            bundle = build(scratch / "dist", scratch / "work")
            print(f"built in {time.perf_counter() - began:.0f} s (PyInstaller's cache of stripped libraries as it was)")
        else:
            bundle = args.bundle.resolve()
        size, files = folder_size(bundle)
        pip_size, dists = installed_size()
        print(f"bundle {bundle}: {size / 2**20:.1f} MiB in {files} files, {disk_usage(bundle) / 2**20:.1f} MiB on disk")
        print(f"source install: {pip_size / 2**20:.1f} MiB in {dists} distributions (kiosk and its runtime "
              f"dependencies; Python itself not counted): the bundle is {size / pip_size:.2f}x that")

        home = scratch / "home"
        home.mkdir()
        env = {"PATH": os.defpath, "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
               "KIOSK_FACE": args.face}
        ready = READY_LINES[args.face]
        commands = {"bundle": [str(bundle / "kiosk")], "source": [str(source)]}
        times: dict[str, list[float]] = {name: [] for name in commands}
        for name, command in commands.items():
            start(command, scratch / name, env, ready)  # the folder's first run: the demo seeded, the store made
        for _ in range(args.rounds):
            for name, command in commands.items():
                times[name].append(start(command, scratch / name, env, ready))
    frozen, installed = statistics.median(times["bundle"]), statistics.median(times["source"])
    print(f"start of the {args.face} to “{ready}”, median of {args.rounds} (offscreen, the folder's next start):")
    print(f"  bundle  {frozen * 1000:6.0f} ms   ({', '.join(f'{t * 1000:.0f}' for t in times['bundle'])})")
    print(f"  source  {installed * 1000:6.0f} ms   ({', '.join(f'{t * 1000:.0f}' for t in times['source'])})  {source}")
    print(f"  bundle / source: {frozen / installed:.2f}")


if __name__ == "__main__":
    main()
