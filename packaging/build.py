#!/usr/bin/env python3
"""The sdist and the wheel of kiosk, with the translations built in, into dist/.

    python packaging/build.py [--outdir DIR]     (or: python3 packaging/dev.py dist)

First the .qm translations from their .ts (packaging/i18n.py build: it needs PySide6's lrelease), then
PyPA's `build`: the sdist from this checkout, then the wheel from that sdist, so a file the sdist lacks
is missing from the wheel too and shows here, not on a shop's machine. The sdist carries the .ts and the
built .qm, so a wheel made from it later (`pip install kiosk-X.tar.gz`) has the translations without Qt's
tools. Each build runs in a fresh environment with pyproject.toml's build requirements, as pip's would.
Run it with the project's Python (.venv/bin/python), where PySide6 and `build` are.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import i18n  # packaging/i18n.py, beside this file

ROOT = Path(__file__).resolve().parent.parent
#: What a wheel must hold for the screens to be in four languages with their icon.
NEEDED_IN_WHEEL = (
    *(f"kiosk/resources/i18n/kiosk_{language}.qm" for language in i18n.LANGUAGES),
    "kiosk/resources/icons/kiosk.svg",
    "kiosk/resources/desktop/kiosk.desktop",
)


def build(outdir: Path) -> tuple[Path, Path]:
    """Build the .qm, the sdist and the wheel into `outdir`; returns (sdist, wheel)."""
    i18n.build()
    outdir.mkdir(parents=True, exist_ok=True)
    before = {path: path.stat().st_mtime_ns for path in outdir.iterdir()}
    subprocess.run([sys.executable, "-m", "build", "--outdir", str(outdir), str(ROOT)], check=True)
    # New files, and files of the same version built before and written again (a second `dist` in a row).
    made = {path for path in outdir.iterdir() if before.get(path) != path.stat().st_mtime_ns}
    sdists = [path for path in made if path.name.endswith(".tar.gz")]
    wheels = [path for path in made if path.suffix == ".whl"]
    if len(sdists) != 1 or len(wheels) != 1:
        sys.exit(f"build.py: expected one sdist and one wheel in {outdir}, found {sorted(p.name for p in made)}")
    return sdists[0], wheels[0]


def missing_from(wheel: Path) -> list[str]:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    return [name for name in NEEDED_IN_WHEEL if name not in names]


def sdist_names(sdist: Path) -> list[str]:
    """The sdist's files, without its top folder (kiosk-X.Y.Z/)."""
    with tarfile.open(sdist) as archive:
        return [member.name.partition("/")[2] for member in archive.getmembers() if member.isfile()]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="build.py", description=__doc__.splitlines()[0])
    parser.add_argument("--outdir", type=Path, default=ROOT / "dist", help="where to put them (default dist/)")
    args = parser.parse_args(argv)
    sdist, wheel = build(args.outdir.resolve())
    missing = missing_from(wheel)
    if missing:
        print(f"build.py: the wheel lacks {', '.join(missing)}", file=sys.stderr)
        return 1
    for path in (sdist, wheel):
        print(f"build.py: {path} ({path.stat().st_size / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
