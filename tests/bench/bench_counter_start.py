"""Benchmark, run by hand: cold start of the counter to "ready for scan", against a bare PySide6 window.

    python tests/bench/bench_counter_start.py [--rounds 5] [--face kiosk]

--face kiosk measures the self-service kiosk instead, to its attract screen ("ready for a customer").

Each round starts, in a fresh process: a bare QMainWindow that is shown and
closed (the floor any Qt app pays: interpreter, PySide6, the platform plugin),
then `kiosk --basedir DIR` on its embedded sandbox, twice: the first run of a
new folder (it seeds the demo sandbox and creates the store) and a second run
of the same folder (an ordinary morning start); then `kiosk` pointed at a
sandbox in another process, as a shop with a provider runs it (no FastAPI or
uvicorn to load in the app). Time runs from spawning the
process to its "ready" line; peak memory is the process's VmHWM at that moment.
For the embedded sandbox it also gives the time until the sandbox answers (the
"embedded sandbox serving" line: the window takes scans before that, answered
from the store) and the peak memory then; a first run is stopped only then, so
the next start finds the demo seeded, as a till does.
Headless (QT_QPA_PLATFORM=offscreen) unless DISPLAY is set and --display given.

--where: instead, where the time to "ready for scan" goes, for the provider and for an embedded
sandbox's next start: the real `kiosk` entry point runs with each step of the start timed (the CLI's
imports, settings, logging, the backend, importing the counter, each piece of the window, the first
paint), the median of --rounds runs, in milliseconds from spawning the process. A module a package
loads on a name's first use (kiosk.lazy) shows as "import NAME (a name's first use)", where `-X importtime`
counts it in the importing module's own time.

The kiosk package is byte-compiled first (`compileall`), as `pip install` leaves it on a till:
with PYTHONDONTWRITEBYTECODE set and no __pycache__, every start would compile ~130 modules
(about 75 ms) that an installed kiosk never compiles. --source measures that case instead.
"""

from __future__ import annotations

import argparse
import compileall
import os
import pathlib
import signal
import statistics
import subprocess
import sys
import tempfile
import time

# Run as a script from anywhere: the project's root holds the `tests` package.
sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[2]))
from tests.e2e.crash_loop import Rig  # noqa: E402

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1024, 700)
window.show()
def ready():
    print("ready", flush=True)
QTimer.singleShot(0, ready)
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _peak_kib(pid: int) -> int:
    for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def bare_window(env: dict[str, str]) -> tuple[float, int]:
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", BARE], env=env, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    peak = _peak_kib(process.pid)
    process.wait(timeout=30)
    if line.strip() != "ready":
        raise RuntimeError("the bare window did not start")
    return elapsed, peak


#: The line each face logs once its window is up and takes a scan (the counter) or a customer (the kiosk).
READY_LINES = {"counter": "ready for scan", "kiosk": "ready for a customer"}
READY = READY_LINES["counter"]
SERVING = "embedded sandbox serving"


def counter(base: pathlib.Path, env: dict[str, str], *, serving: list[tuple[float, int]] | None = None) -> tuple[float, int]:
    """Time and peak memory to "ready for scan"; with `serving`, also appends those to the embedded sandbox's answer."""
    log = base / "logs" / "kiosk.log"
    text = log.read_text() if log.exists() else ""
    before, served_before = text.count(READY), text.count(SERVING)
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--basedir", str(base)], env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            if log.exists() and log.read_text().count(READY) > before:
                elapsed = time.perf_counter() - started
                break
            _still_running(process, started)
        peak = _peak_kib(process.pid)
        if serving is not None:
            while log.read_text().count(SERVING) <= served_before:
                _still_running(process, started)
            serving.append((time.perf_counter() - started, _peak_kib(process.pid)))
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)
    return elapsed, peak


def _still_running(process: subprocess.Popen[bytes], started: float) -> None:
    if process.poll() is not None:
        raise RuntimeError(f"kiosk exited with {process.returncode} before it was ready")
    if time.perf_counter() - started > 120:
        raise RuntimeError("kiosk was not ready within 120 s")
    time.sleep(0.002)


# Run in the child for --where: the real entry point (kiosk.__main__.main), each step named in STEPS timed.
WHERE = r"""
import time
T0 = time.time()
import builtins, functools, importlib, json, sys
spans = []  # [name, start, end, depth]
depth = [0]


def timed(name, fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        start, depth[0] = time.time(), depth[0] + 1
        try:
            return fn(*args, **kwargs)
        finally:
            depth[0] -= 1
            spans.append([name, start, time.time(), depth[0]])
    return wrapper


def patch(dotted):
    module, _, rest = dotted.partition(":")
    owner = importlib.import_module(module)
    *path, attr = rest.split(".")
    for part in path:
        owner = getattr(owner, part)
    raw = vars(owner)[attr] if isinstance(owner, type) and attr in vars(owner) else getattr(owner, attr)
    if isinstance(raw, classmethod):
        setattr(owner, attr, classmethod(timed(rest, raw.__func__)))
    else:
        setattr(owner, attr, timed(rest, raw))


CLI_STEPS, UI_STEPS = json.loads(sys.argv[1])
_import = builtins.__import__


def importing(name, globals=None, locals=None, fromlist=(), level=0):
    if level or name in sys.modules or not name.startswith(("kiosk", "PySide6.Qt")):
        return _import(name, globals, locals, fromlist, level)
    start, depth[0] = time.time(), depth[0] + 1
    try:
        module = _import(name, globals, locals, fromlist, level)
    finally:
        depth[0] -= 1
        spans.append([f"import {name}", start, time.time(), depth[0]])
    if name == "kiosk.ui.main":
        for dotted in UI_STEPS:
            patch(dotted)
        after_paint(sys.modules[name])
    return module


def after_paint(ui):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    made, fire = ui.AfterFirstPaint.__init__, ui.AfterFirstPaint._fire

    def init(self, *args, **kwargs):
        made(self, *args, **kwargs)
        self.shown_at = time.time()

    def fired(self):
        spans.append(["event loop to the first paint", self.shown_at, time.time(), 0])
        timed("after the first paint: backend and services start", fire)(self)
        QTimer.singleShot(0, QApplication.instance().quit)

    ui.AfterFirstPaint.__init__, ui.AfterFirstPaint._fire = init, fired


_import_module = importlib.import_module


def importing_module(name, package=None):
    # A package's names loaded on first use (kiosk.lazy) come through here, not through __import__.
    if package or name in sys.modules or not name.startswith("kiosk"):
        return _import_module(name, package)
    start, depth[0] = time.time(), depth[0] + 1
    try:
        return _import_module(name, package)
    finally:
        depth[0] -= 1
        spans.append([f"import {name} (a name's first use)", start, time.time(), depth[0]])


builtins.__import__ = importing
import kiosk.__main__ as cli
for dotted in CLI_STEPS:
    patch(dotted)
importlib.import_module = importing_module
code = timed("kiosk.__main__.main", cli.main)(sys.argv[2:])
print(json.dumps({"python": T0, "spans": spans}), flush=True)
sys.exit(code)
"""

CLI_STEPS = [
    "kiosk.__main__:build_parser", "kiosk.__main__:_settings_from", "kiosk.logs:setup_logging",
    "kiosk.app:open_backend", "kiosk.app:Backend.close",
]
UI_STEPS = [
    "kiosk.ui.main:CounterApp.__init__", "kiosk.ui.i18n:install", "kiosk.ui.main:CounterSession.open",
    "kiosk.services.context:ServiceContext.create", "kiosk.services.sync:SyncService.__init__",
    "kiosk.services.counter:CounterService.__init__", "kiosk.ui.counter:CounterWindow.__init__",
    "kiosk.ui.counter:CounterWindow.show", "kiosk.ui.status:ConnectivityIndicator.__init__",
    "kiosk.services.redeem:RedeemService.__init__", "kiosk.ui.stopping:StopOnSignals.install",
    "kiosk.paths:Paths.create",
    "kiosk.ui.main:demo_banner", "kiosk.ui.main:CounterSession.start", "kiosk.ui.main:CounterSession.close",
]


def where(base: pathlib.Path, env: dict[str, str]) -> tuple[float, list[tuple[str, float, float, int]]]:
    """One start timed step by step: (ms to the interpreter running our code, [(step, start ms, ms, depth)])."""
    import json

    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", WHERE, json.dumps([CLI_STEPS, UI_STEPS]), "--basedir", str(base)],
        env=env, capture_output=True, text=True, timeout=120,
    )
    if done.returncode != 0:
        raise RuntimeError(f"kiosk exited with {done.returncode}: {done.stderr[-2000:]}")
    found = json.loads(done.stdout.strip().splitlines()[-1])
    spans = sorted(found["spans"], key=lambda span: span[1])
    return (found["python"] - started) * 1000, [
        (name, (start - started) * 1000, (end - start) * 1000, depth) for name, start, end, depth in spans
    ]


def _where_report(name: str, runs: list[tuple[float, list[tuple[str, float, float, int]]]]) -> str:
    lines = [f"{name}: median of {len(runs)} starts, ms from spawning the process (at, took)"]
    lines.append(f"  {'python running':<62} {'':>7} {statistics.median(p for p, _ in runs):7.1f}")
    first = runs[0][1]
    for number, (step, _, _, depth) in enumerate(first):
        at = [spans[number][1] for _, spans in runs if len(spans) > number and spans[number][0] == step]
        took = [spans[number][2] for _, spans in runs if len(spans) > number and spans[number][0] == step]
        lines.append(f"  {'  ' * depth + step:<62} {statistics.median(at):7.1f} {statistics.median(took):7.1f}")
    return "\n".join(lines)


def _summary(name: str, runs: list[tuple[float, int]], bare: list[tuple[float, int]] | None) -> str:
    seconds = statistics.median(t for t, _ in runs)
    peak = max(p for _, p in runs) / 1024
    line = f"{name:<40} median {seconds * 1000:6.0f} ms   peak memory {peak:6.1f} MiB"
    if bare:
        time_ratio = seconds / statistics.median(t for t, _ in bare)
        memory_ratio = peak * 1024 / max(p for _, p in bare)
        line += f"   {time_ratio:4.1f}x the time, {memory_ratio:3.1f}x the memory of the bare window"
    return line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--display", action="store_true", help="use $DISPLAY instead of the offscreen platform")
    parser.add_argument("--source", action="store_true", help="do not byte-compile the kiosk package first")
    parser.add_argument("--where", action="store_true", help="where the time to the first paint goes, step by step")
    parser.add_argument("--face", choices=sorted(READY_LINES), default="counter", help="which face to start")
    args = parser.parse_args()
    global READY
    READY = READY_LINES[args.face]
    if not args.source:
        import kiosk

        compileall.compile_dir(pathlib.Path(kiosk.__file__).parent, quiet=1)
    env = {k: v for k, v in os.environ.items() if not k.startswith("KIOSK_")}
    if not args.display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["KIOSK_FACE"] = args.face
    if args.where:
        _main_where(args.rounds, env)
        return
    bare: list[tuple[float, int]] = []
    first: list[tuple[float, int]] = []
    again: list[tuple[float, int]] = []
    first_serving: list[tuple[float, int]] = []
    serving: list[tuple[float, int]] = []
    provider: list[tuple[float, int]] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-start-") as folder:
        rig = Rig(pathlib.Path(folder) / "provider")
        try:
            for number in range(args.rounds):
                # Interleaved, so a slow moment of the machine weighs on all sides alike.
                bare.append(bare_window(env))
                base = pathlib.Path(folder) / f"round{number}"
                # Stopped once its sandbox serves, as a first run is: it has seeded the demo by then.
                first.append(counter(base, env, serving=first_serving))
                again.append(counter(base, env, serving=serving))
                provider.append(counter(base / "provider", {**rig.env, **env}))
        finally:
            rig.close()
    compiled = "from source" if args.source else "byte-compiled"
    print(f"cold start of the {args.face}, {args.rounds} rounds, platform {env.get('QT_QPA_PLATFORM', 'display')}, kiosk {compiled}")
    print(_summary("bare PySide6 window", bare, None))
    print(_summary("provider: kiosk on a provider's API", provider, bare))
    print(_summary("embedded sandbox: first run of a folder", first, bare))
    print(_summary("  ... until its sandbox answers", first_serving, bare))
    print(_summary("embedded sandbox: next start", again, bare))
    print(_summary("  ... until its sandbox answers", serving, bare))


def _main_where(rounds: int, env: dict[str, str]) -> None:
    provider: list[tuple[float, list[tuple[str, float, float, int]]]] = []
    embedded: list[tuple[float, list[tuple[str, float, float, int]]]] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-where-") as folder:
        rig = Rig(pathlib.Path(folder) / "provider")
        try:
            base = pathlib.Path(folder) / "embedded"
            counter(base, env, serving=[])  # the first run of the folder: seeds the demo, makes the store
            for _ in range(rounds):
                provider.append(where(pathlib.Path(folder) / "provider" / "till", {**rig.env, **env}))
                embedded.append(where(base, env))
        finally:
            rig.close()
    print(_where_report("provider: kiosk on a provider's API", provider))
    print(_where_report("embedded sandbox: next start", embedded))


if __name__ == "__main__":
    main()
