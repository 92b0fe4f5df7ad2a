#!/usr/bin/env python3
"""The screens' translations: `update` the .ts sources from the code, `build` the .qm files the app loads.

    python packaging/i18n.py update   pyside6-lupdate: every tr() of kiosk/ into resources/i18n/kiosk_XX.ts,
                                      keeping the translations made; messages gone from the code are dropped
    python packaging/i18n.py build    pyside6-lrelease: each kiosk_XX.ts into kiosk_XX.qm beside it
                                      (add --stale to build only those older than their .ts)

Run it with the project's Python (.venv/bin/python): the tools come with PySide6.
The .qm files are built, never committed; packaging/dev.py builds them when a .ts changed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "i18n"
#: Each language and the locale its .ts is made for (lrelease takes the plural rules from it): the
#: countries of kiosk/ui/locale_text.py, written again because this script runs before kiosk is installed.
LANGUAGES = {"it": "it_IT", "en": "en_GB", "ru": "ru_RU", "pt": "pt_PT"}
#: The embedded sandbox answers in English, as the real server does: its words are not the screens'.
NOT_TRANSLATED = ("sandbox",)


def sources(package: Path = ROOT / "kiosk") -> list[Path]:
    """The Python files whose tr() calls the screens show."""
    return sorted(
        path for path in package.rglob("*.py")
        if path.relative_to(package).parts[0] not in NOT_TRANSLATED and "__pycache__" not in path.parts
    )


def catalogues(folder: Path = FOLDER) -> list[Path]:
    return [folder / f"kiosk_{language}.ts" for language in LANGUAGES]


def tool(name: str) -> str:
    """A Qt tool PySide6 installs beside the Python running this (pyside6-lupdate, pyside6-lrelease)."""
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    if found is None:
        sys.exit(f"i18n.py: {name} is missing: run this with the project's Python (.venv/bin/python), where PySide6 is.")
    return found


def lupdate(ts: Path, language: str, *, keep_obsolete: bool = False) -> None:
    """Write every tr() of the code into `ts` for `language`, keeping the translations it already has."""
    ts.parent.mkdir(parents=True, exist_ok=True)
    command = [
        tool("pyside6-lupdate"), *map(str, sources()), "-ts", str(ts),
        "-source-language", "en_GB", "-target-language", language,
        # Line numbers in the .ts would change with every edit of the code and only make merges harder.
        "-locations", "none", "-silent",
    ]
    if not keep_obsolete:
        command.append("-no-obsolete")
    subprocess.run(command, check=True)


def update() -> None:
    for ts, language in zip(catalogues(), LANGUAGES.values(), strict=True):
        lupdate(ts, language)
        print(f"i18n.py: updated {ts.relative_to(ROOT)}")


def stale(folder: Path = FOLDER) -> list[Path]:
    """The .ts files whose .qm is missing or older than them."""
    def older(ts: Path) -> bool:
        qm = ts.with_suffix(".qm")
        return not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime
    return [ts for ts in sorted(folder.glob("kiosk_*.ts")) if older(ts)]


def build(only_stale: bool = False, folder: Path = FOLDER) -> list[Path]:
    """Compile the .ts files into .qm beside them; returns the .qm files written."""
    todo = stale(folder) if only_stale else sorted(folder.glob("kiosk_*.ts"))
    for ts in todo:
        # Written beside it, then renamed into place: the test suite's workers (pytest-xdist) each build what is
        # stale at start, and none may load a .qm another is half-way through writing.
        part = ts.with_suffix(f".qm.{os.getpid()}.part")
        try:
            subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(part)], check=True)
            os.replace(part, ts.with_suffix(".qm"))
        finally:
            part.unlink(missing_ok=True)
    return [ts.with_suffix(".qm") for ts in todo]


def main(argv: list[str]) -> int:
    if argv == ["update"]:
        update()
        return 0
    if argv in (["build"], ["build", "--stale"]):
        for qm in build(only_stale="--stale" in argv):
            print(f"i18n.py: built {qm.relative_to(ROOT)}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
