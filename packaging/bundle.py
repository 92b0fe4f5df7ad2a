#!/usr/bin/env python3
"""The frozen one-folder bundle: kiosk with its own Python, Qt and every library, for a machine without Python.

    python packaging/bundle.py [--dist DIR] [--work DIR]      (Windows: py packaging\\bundle.py)

Builds the .qm translations (packaging/i18n.py build), then runs PyInstaller with packaging/pyinstaller/kiosk.spec,
and prints the bundle's folder and its size. The bundle is DIST/kiosk (default dist/kiosk): copy that whole folder
to the till and run its `kiosk` (`kiosk.exe`; on Windows `kioskw.exe` is the same without a console window).
Run it with the project's Python, where kiosk is installed with its test extras (PyInstaller is one of them):
a bundle is built for the system it is built on (Linux on Linux, Windows on Windows), from the libraries installed there.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pyinstaller" / "kiosk.spec"
sys.path.insert(0, str(ROOT / "packaging"))
import i18n  # noqa: E402 - beside this script

__all__ = ["build", "folder_size"]


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle's folder goes (default dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller",
                        help="PyInstaller's intermediate files (default build/pyinstaller/)")
    args = parser.parse_args(argv)
    try:
        bundle = build(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as exc:
        print(f"bundle.py: PyInstaller failed (exit {exc.returncode}): see its output above", file=sys.stderr)
        return 1
    size, files = folder_size(bundle)
    program = bundle / ("kiosk.exe" if os.name == "nt" else "kiosk")
    print(f"bundle.py: {program}")
    print(f"bundle.py: {size / 2**20:.1f} MiB in {files} files under {bundle}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
