"""The sdist and the wheel as a shop gets them: built by packaging/build.py, installed with pip into a fresh venv
with every dependency from the package index, and run from outside this checkout.

A full install rather than a venv borrowing this one's packages: a dependency missing from pyproject.toml
shows here, as it would on a shop's machine (~30 s here, most of it PySide6).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tarfile
import tomllib
import venv
import zipfile
from configparser import ConfigParser
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.tills import wait_for_log

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads the running app's /proc/PID/maps"),
]

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
LANGUAGES = ("it", "en", "ru", "pt")
ICONS = ("kiosk.svg", "kiosk.ico", *(f"kiosk-{size}.png" for size in (16, 24, 32, 48, 64, 128, 256, 512)))


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(sdist, wheel), as `packaging/build.py` makes them."""
    out = tmp_path_factory.mktemp("dist")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--outdir", str(out)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    (sdist,) = out.glob(f"kiosk-{VERSION}.tar.gz")
    (wheel,) = out.glob(f"kiosk-{VERSION}-py3-none-any.whl")
    return sdist, wheel


def test_a_second_build_in_a_row_replaces_the_first(tmp_path: Path) -> None:
    """`dev.py dist` run twice: the files of the same version are written again, and named as the ones made."""
    stale = tmp_path / f"kiosk-{VERSION}-py3-none-any.whl"
    stale.write_bytes(b"the wheel built an hour ago")
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--outdir", str(tmp_path)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
    assert f"{stale} (" in done.stdout and stale.read_bytes().startswith(b"PK")


def outside_env(home: Path) -> dict[str, str]:
    """A shell on a shop's machine: nothing of this checkout's venv (no PYTHONPATH, no venv on PATH), offscreen Qt."""
    return {"PATH": os.defpath, "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}


def resource_files() -> set[str]:
    """Every file of this checkout's resources/ (the .qm just built included), as a path from resources/."""
    folder = ROOT / "resources"
    return {
        path.relative_to(folder).as_posix() for path in folder.rglob("*")
        if path.is_file() and "__pycache__" not in path.parts and not path.name.endswith(".part")
    }


def test_the_sdist_and_the_wheel_carry_the_translations_and_the_icons(built: tuple[Path, Path]) -> None:
    sdist, wheel = built
    with tarfile.open(sdist) as archive:
        in_sdist = {member.name.partition("/")[2] for member in archive.getmembers() if member.isfile()}
    for language in LANGUAGES:
        assert f"resources/i18n/kiosk_{language}.ts" in in_sdist
        assert f"resources/i18n/kiosk_{language}.qm" in in_sdist  # so a wheel built from it needs no Qt tools
    assert {f"resources/icons/{name}" for name in ICONS} <= in_sdist
    assert {f"resources/{name}" for name in resource_files()} <= in_sdist
    assert {"setup.py", "pyproject.toml", "packaging/i18n.py", "kiosk/__main__.py"} <= in_sdist

    with zipfile.ZipFile(wheel) as archive:
        in_wheel = {name.removeprefix("kiosk/resources/") for name in archive.namelist()
                    if name.startswith("kiosk/resources/")}
    for language in LANGUAGES:
        assert f"i18n/kiosk_{language}.qm" in in_wheel
    assert {f"icons/{name}" for name in ICONS} <= in_wheel
    assert {"desktop/kiosk.desktop", "desktop/kiosk-self-service.desktop"} <= in_wheel
    # Every resource the app reads, whatever folder it is in (style sheets, themes...): all but the sources
    # and notes for people (the .ts, the glossary, the fonts' README), which the sdist alone carries.
    for_people = {name for name in resource_files() if name.endswith((".ts", ".md"))}
    assert in_wheel == resource_files() - for_people


def test_the_wheel_installs_in_a_fresh_venv_and_runs_from_there(built: tuple[Path, Path], tmp_path: Path) -> None:
    _, wheel = built
    fresh = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(fresh)
    python, kiosk = fresh / "bin" / "python", fresh / "bin" / "kiosk"
    done = subprocess.run([str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    home = tmp_path / "home"
    home.mkdir()
    env = outside_env(home)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(args, capture_output=True, text=True, timeout=120, env=env, cwd=home)

    said = run(str(kiosk), "--version")
    assert (said.returncode, said.stdout) == (0, f"kiosk {VERSION}\n"), said.stderr
    where = run(str(python), "-c", "import kiosk, kiosk.paths; print(kiosk.__file__); print(kiosk.paths.resources_dir())")
    package, resources = map(Path, where.stdout.split())
    site = next((fresh / "lib").glob("python3*/site-packages"))
    assert package == site / "kiosk" / "__init__.py", where.stderr
    assert resources == site / "kiosk" / "resources"

    # The counter, in Italian, on its embedded sandbox: up to "ready for scan", then stopped as systemd would.
    base = tmp_path / "base"
    app = subprocess.Popen([str(kiosk), "--basedir", str(base), "--language", "it"], env=env, cwd=home,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_for_log(base / "logs" / "kiosk.log", app)
        # Qt maps the translations it loaded: the running kiosk reads the installed package's, not this checkout's.
        mapped = {line.split()[-1] for line in (Path("/proc") / str(app.pid) / "maps").read_text().splitlines()
                  if line.endswith(".qm")}
        assert str(resources / "i18n" / "kiosk_it.qm") in mapped, mapped
        app.send_signal(signal.SIGTERM)
        out, err = app.communicate(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.communicate()
    assert app.returncode == 0, err
    log = (base / "logs" / "kiosk.log").read_text(encoding="utf-8")
    assert "no translation file" not in log and "Traceback" not in log

    # Its menu entries start this install's own `kiosk`, found without PATH.
    entries = tmp_path / "share"
    made = subprocess.run([str(kiosk), "install-desktop", "--user"], capture_output=True, text=True, timeout=120,
                          env={**env, "XDG_DATA_HOME": str(entries)}, cwd=home)
    assert made.returncode == 0, made.stderr
    assert desktop_entry(entries / "applications" / "kiosk.desktop")["Exec"] == str(kiosk)


def desktop_entry(path: Path) -> Any:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]
