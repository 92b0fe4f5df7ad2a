#!/usr/bin/env python3
"""The frozen one-folder bundle: kiosk with its own Python, Qt and every library, for a machine without Python.

    python packaging/bundle.py [--dist DIR] [--work DIR]    Linux (Windows: py packaging\\bundle.py)
    py packaging\\bundle.py --installer                     Windows: the bundle, then its installer

Builds the .qm translations (packaging/i18n.py build), runs PyInstaller with packaging/pyinstaller/kiosk.spec,
and prints the bundle's folder and its size. The bundle is DIST/kiosk (default dist/kiosk): copy that whole
folder to the till and run its `kiosk` (`kiosk.exe`; on Windows `kioskw.exe` is the same without a console).
With --installer (Windows, Inno Setup 6.3 or newer installed), packaging/windows/kiosk.iss then makes
DIST/kiosk-VERSION-setup.exe.

Run it with the project's Python, where kiosk is installed with its test extras (PyInstaller is one of them;
on Windows, `py` in the activated virtual environment): a bundle is made for the system it is built on (Linux
on Linux, Windows on Windows), from the libraries installed there.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pyinstaller" / "kiosk.spec"
ISS = ROOT / "packaging" / "windows" / "kiosk.iss"
sys.path.insert(0, str(ROOT / "packaging"))
import i18n  # noqa: E402 - beside this script

__all__ = ["build", "folder_size", "installer", "write_messages"]


def folder_size(folder: Path) -> tuple[int, int]:
    """(bytes, files) of everything under `folder`, each file counted once (links are not followed)."""
    total = files = 0
    for where, _, names in os.walk(folder):
        for name in names:
            info = os.lstat(os.path.join(where, name))
            total += info.st_size
            files += 1
    return total, files


def build(dist: Path, work: Path) -> Path:
    """Build the bundle into dist/kiosk (PyInstaller's intermediate files in `work`); answers the bundle's folder."""
    i18n.build(only_stale=True)
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        check=True, cwd=ROOT,
    )
    return dist / "kiosk"


def iscc() -> str | None:
    """Inno Setup's compiler: on PATH, or where its installer (for all users, or for one: winget's) puts it."""
    found = shutil.which("iscc")
    if found:
        return found
    for base in (os.environ.get("ProgramFiles(x86)"), os.environ.get("ProgramFiles"),
                 os.path.join(os.environ.get("LOCALAPPDATA", ""), "Programs")):
        if base and (candidate := Path(base) / "Inno Setup 6" / "ISCC.exe").exists():
            return str(candidate)
    return None


def write_messages(work: Path) -> Path:
    """The installer's words in every language (its [CustomMessages]), from the .qm as the app's: WORK/messages.iss."""
    from kiosk.ui.desktop_words import installer_messages

    work.mkdir(parents=True, exist_ok=True)
    path = work / "messages.iss"
    path.write_text(installer_messages(i18n.FOLDER), encoding="utf-8")
    return path


def installer(bundle: Path, dist: Path, work: Path) -> Path:
    """The Windows installer of `bundle` (packaging/windows/kiosk.iss) into `dist`; answers its path."""
    compiler = iscc()
    if compiler is None:
        sys.exit("bundle.py: Inno Setup's compiler (ISCC.exe) is missing: install Inno Setup 6.3 or newer")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    messages = write_messages(work)
    subprocess.run([compiler, f"/DAppVersion={version}", f"/DBundle={bundle}", f"/DMessages={messages}",
                    f"/O{dist}", str(ISS)], check=True)
    return dist / f"kiosk-{version}-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle's folder goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's intermediate files (default build/pyinstaller/)")
    parser.add_argument("--installer", action="store_true",
                        help="Windows: then the installer, with Inno Setup (packaging/windows/kiosk.iss)")
    args = parser.parse_args(argv)
    if args.installer and os.name != "nt":
        parser.error("--installer makes a Windows installer: run it on Windows")
    try:
        bundle = build(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as exc:
        print(f"bundle.py: PyInstaller failed (exit {exc.returncode}): see its output above", file=sys.stderr)
        return 1
    size, files = folder_size(bundle)
    program = bundle / ("kiosk.exe" if os.name == "nt" else "kiosk")
    print(f"bundle.py: {program}")
    print(f"bundle.py: {size / 2**20:.1f} MiB in {files} files under {bundle}")
    if args.installer:
        try:
            print(f"bundle.py: {installer(bundle, args.dist.resolve(), args.work.resolve())}")
        except subprocess.CalledProcessError as exc:
            print(f"bundle.py: Inno Setup failed (exit {exc.returncode}): see its output above", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
