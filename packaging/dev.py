#!/usr/bin/env python3
"""Set everything up in ./.venv, then run the app (`app`), the whole test suite (`test`) or build the sdist and wheel (`dist`).

Needs only Python 3.11+: the virtual environment and every package come from
here. A second run skips the install unless pyproject.toml changed, and rebuilds
the screens' translations (.qm) only when their .ts changed.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

import i18n  # packaging/i18n.py, beside this file

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".kiosk-installed"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

USAGE = """usage: python3 packaging/dev.py app [kiosk options]   set up, then start the app
       python3 packaging/dev.py test [pytest options]  set up, then run every test
       python3 packaging/dev.py dist [--outdir DIR]    set up, then build the sdist and the wheel into dist/"""


def _fail(message: str) -> None:
    print(f"dev.py: {message}", file=sys.stderr)
    sys.exit(2)


def setup() -> None:
    if sys.version_info < (3, 11):
        _fail(f"kiosk needs Python 3.11 or newer; this is {sys.version.split()[0]}.")
    install()
    if i18n.stale() and subprocess.call([str(PYTHON), str(ROOT / "packaging" / "i18n.py"), "build", "--stale"]) != 0:
        _fail("building the translations failed (see lrelease's message above).")


def install() -> None:
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text().strip() == wanted and PYTHON.exists():
        return
    if not PYTHON.exists():
        print("dev.py: creating .venv", flush=True)
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except (subprocess.CalledProcessError, OSError) as exc:
            _fail(f"could not create .venv ({exc}); on Debian/Ubuntu install python3-venv first.")
    print("dev.py: installing kiosk and its dependencies into .venv", flush=True)
    pip = [str(PYTHON), "-m", "pip", "--disable-pip-version-check", "-q"]
    if subprocess.call([*pip, "install", "--upgrade", "pip"]) != 0:
        _fail("pip could not upgrade itself; is the package index reachable?")
    if subprocess.call([*pip, "install", "-e", f"{ROOT}[test]"]) != 0:
        _fail("installing the dependencies failed (see pip's message above).")
    STAMP.write_text(wanted)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"app", "test", "dist"}:
        print(USAGE, file=sys.stderr)
        return 2
    setup()
    command, rest = argv[0], argv[1:]
    if command == "app":
        return subprocess.call([str(BIN / "kiosk"), *rest])
    if command == "dist":
        return subprocess.call([str(PYTHON), str(ROOT / "packaging" / "build.py"), *rest])
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.call([str(PYTHON), "-m", "pytest", *parallel(rest), *rest], cwd=ROOT, env=env)


#: At most this many pytest-xdist workers: CI has 2 cores, and each worker runs its own Qt, sandboxes and processes.
WORKERS = 2


def parallel(rest: list[str]) -> list[str]:
    """pytest-xdist's options for the suite on up to WORKERS cores, unless the caller chose (-n, -p no:xdist).

    --dist load hands out runs of consecutive tests as workers free up: the sandboxes are started per test
    anyway, and a module's fixture (schemathesis' sandbox, the lupdate of the code) only where a run of tests
    starts in its module, a few times at most, never once per test. Not loadfile, loadscope or loadgroup:
    they track tests by node id, and schemathesis gives its 57 cases one id, so 56 would silently not run
    (tests/conftest.py refuses those modes for that reason).
    """
    said = " ".join(rest)
    if any(a in {"-n", "--numprocesses"} or a.startswith(("-n", "--numprocesses=")) for a in rest) or (
        "no:xdist" in said
    ):
        return []
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    workers = min(WORKERS, cores)
    return ["-n", str(workers), "--dist", "load"] if workers > 1 else []


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
