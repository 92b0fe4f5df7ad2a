"""The frozen one-folder bundle (packaging/bundle.py): built, then run as on a till without Python.

One test, so the suite's workers (pytest-xdist hands out tests, not modules) build the bundle once, not twice.
Every frozen run has a bare environment (no PYTHONPATH, no virtual environment on PATH, HOME in a temporary
folder) and a working folder outside the checkout, so it cannot borrow this checkout's Python or packages.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tomllib
from pathlib import Path

import httpx
import pytest

from tests.e2e.tills import READY_WITHIN, seed_demo, wait_for_log

ROOT = Path(__file__).resolve().parents[2]
#: PyInstaller on a busy machine (the other worker runs its tests meanwhile): about 45 s alone on one core here.
BUILD_WITHIN = 600
#: The line each face logs once it takes a scan (the counter) or a customer (the kiosk).
READY_LINES = {"counter": "ready for scan", "kiosk": "ready for a customer"}
SERVING = re.compile(r"embedded sandbox serving at (http://127\.0\.0\.1:\d+)")


def bare_env(home: Path) -> dict[str, str]:
    """What a till's session gives a program: the system's PATH, a HOME, a UTF-8 locale; nothing of this venv."""
    home.mkdir(exist_ok=True)
    return {"PATH": os.defpath, "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def pyproject_version() -> str:
    return str(tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"])


def mapped_files(pid: int) -> set[str]:
    """The files a running process has mapped: its shared libraries and Python's extension modules."""
    found = set()
    for row in Path(f"/proc/{pid}/maps").read_text().splitlines():
        fields = row.split(maxsplit=5)  # address, perms, offset, device, inode, path (absent for anonymous memory)
        if len(fields) == 6 and fields[5].startswith("/"):
            found.add(fields[5])
    return found


def start_face(program: Path, face: str, base: Path, env: dict[str, str]) -> None:
    """Start a face offscreen on its own basedir (the embedded demo sandbox), check it as a user would, stop it."""
    log = base / "logs" / "kiosk.log"
    errors = base.parent / f"{face}.stderr"
    with errors.open("w") as sink:
        process = subprocess.Popen(
            [str(program), "--basedir", str(base), "--face", face, "--language", "it"],
            env=env, cwd=base.parent, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=sink,
        )
    try:
        wait_for_log(log, process, READY_LINES[face], within=READY_WITHIN)
        # The embedded sandbox (FastAPI under uvicorn, whose parts are imported by name) serves from the bundle too.
        wait_for_log(log, process, "embedded sandbox serving", within=READY_WITHIN)
        found = SERVING.search(log.read_text())
        assert found is not None
        assert httpx.get(found[1] + "/openapi.json", timeout=10).status_code == 200
        if Path("/proc").is_dir():
            borrowed = {path for path in mapped_files(process.pid)
                        if path.startswith((sys.prefix, str(ROOT) + os.sep, sys.base_prefix + os.sep))}
            assert not borrowed, f"the frozen {face} loaded files from outside its bundle: {sorted(borrowed)}"
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0, errors.read_text()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    said = log.read_text()
    # The Italian screens: the .qm files travelled with the bundle (else the app warns and stays in English).
    assert "no translation file" not in said, said
    assert " ERROR " not in said, said


@pytest.mark.slow
def test_bundle_runs_without_python(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "bundle.py"), "--dist", str(tmp_path / "dist"),
         "--work", str(tmp_path / "work")],
        capture_output=True, text=True, timeout=BUILD_WITHIN, cwd=ROOT,
    )
    assert built.returncode == 0, built.stdout[-3000:] + built.stderr[-3000:]
    program = tmp_path / "dist" / "kiosk" / "kiosk"
    assert f"bundle.py: {program}" in built.stdout.splitlines()
    elsewhere = tmp_path / "till"  # the frozen runs' working folder: outside the checkout
    elsewhere.mkdir()
    env = bare_env(tmp_path / "home")

    version = subprocess.run([str(program), "--version"], env=env, cwd=elsewhere,
                             capture_output=True, text=True, timeout=60)
    assert (version.returncode, version.stdout.strip()) == (0, f"kiosk {pyproject_version()}"), version.stderr

    demo = subprocess.run([str(program), "sandbox", "demo", "--data", str(elsewhere / "demo")], env=env,
                          cwd=elsewhere, capture_output=True, text=True, timeout=60)
    assert demo.returncode == 0, demo.stderr
    frozen_cards = [card["card"] for card in json.loads(demo.stdout)["cards"]]
    # The same demo as the source install seeds: the cards a shop owner tries first.
    assert frozen_cards == [card["card"] for card in seed_demo(tmp_path / "source-demo")["cards"]]
    assert frozen_cards

    for face in READY_LINES:
        start_face(program, face, elsewhere / face, env)
    # 220 MB a run, and pytest keeps the last three runs' folders: a passing run's bundle is of no further use.
    for folder in ("dist", "work"):
        shutil.rmtree(tmp_path / folder)
