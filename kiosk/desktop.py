"""`kiosk install-desktop`: the menu entries of the counter and the kiosk face, and the icon, the freedesktop way.

The entries (resources/desktop/*.desktop) are written into `<data>/applications/` with their words and with
Exec= the absolute command of the kiosk running this, so the menu starts the same install (a venv, pip --user,
the frozen bundle) without PATH. The words (Name=, GenericName=, Comment=, Keywords=, in English and in each
language translated) are the screens' own, through their translations: the templates leave them out, and the
caller gives them (kiosk/ui/desktop_words.py), as this module knows nothing of Qt. The icon goes into the
hicolor theme, `<data>/icons/hicolor/<N>x<N>/apps/kiosk.png` and `scalable/apps/kiosk.svg`. `<data>` is
$XDG_DATA_HOME (~/.local/share) for the user, or /usr/local/share for every user of the machine (the place of
software the package manager does not own).
"""

from __future__ import annotations

import dataclasses
import os
import re
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from kiosk.paths import resources_dir

__all__ = [
    "DesktopFiles", "ENTRIES", "ICON", "Words", "data_home", "desktop_id", "install", "uninstall", "kiosk_command",
]

#: Each face's desktop file id (its file name without .desktop): the entry's name, and what the window says it is.
ENTRIES = {"counter": "kiosk", "kiosk": "kiosk-self-service"}
#: The icon's name in the theme (the entries' Icon=).
ICON = "kiosk"
#: Where a machine-wide install goes: software the package manager does not own lives under /usr/local.
SYSTEM_DATA = Path("/usr/local/share")
#: What the Desktop Entry spec reserves in an Exec= argument: such an argument is quoted.
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
#: The escapes the spec gives a string value: a line break or a tab would otherwise end or bend the line.
_ESCAPES = {"\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
#: The keys whose value is a list (each item ends with ";"), not one string.
_LISTS = {"Keywords"}

#: An entry's words: for each key (Name, Comment...) its text by locale, "" the default (English), e.g.
#: {"Name": {"": "Kiosk counter", "it": "Kiosk cassa"}}.
Words = Mapping[str, Mapping[str, str]]


def desktop_id(face: str) -> str:
    """The desktop file id of `face` ("counter" or "kiosk"): Qt gives it to the window system (Wayland's app id)."""
    return ENTRIES.get(face, ENTRIES["counter"])


def supported() -> bool:
    """Whether this system's desktops follow freedesktop (Linux, the BSDs): not Windows, not macOS."""
    return os.name == "posix" and sys.platform != "darwin"


def data_home(*, system: bool) -> Path:
    """The data folder the entries and icons go under: the user's ($XDG_DATA_HOME) or the machine's."""
    if system:
        return SYSTEM_DATA
    given = os.environ.get("XDG_DATA_HOME", "")
    # The spec: a relative path in the variable is invalid and ignored.
    return Path(given) if given and Path(given).is_absolute() else Path.home() / ".local" / "share"


def kiosk_command() -> list[str]:
    """The absolute command that starts the kiosk running this, whatever installed it.

    The frozen bundle: its own executable. A `kiosk` script (venv, pip --user, pipx): the script this
    process was started as, or else the one of the install scheme whose site-packages holds this kiosk.
    Anything else (a checkout run as `python -m kiosk`): this Python with `-m kiosk`.
    """
    import sysconfig

    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).absolute())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name in ("kiosk", "kiosk.exe") and script.is_file():
        return [str(script.absolute())]
    here = Path(__file__).resolve().parent.parent
    for scheme in dict.fromkeys((sysconfig.get_default_scheme(), f"{os.name}_user")):
        try:
            purelib, scripts = sysconfig.get_path("purelib", scheme), sysconfig.get_path("scripts", scheme)
        except KeyError:
            continue
        candidate = Path(scripts) / ("kiosk.exe" if os.name == "nt" else "kiosk")
        if Path(purelib).resolve() == here and candidate.is_file() and os.access(candidate, os.X_OK):
            return [str(candidate)]
    return [str(Path(sys.executable).absolute()), "-m", "kiosk"]


def exec_line(command: Sequence[str]) -> str:
    """`command` as the value of an Exec= key: each argument quoted where the spec asks, then escaped as a string."""

    def argument(word: str) -> str:
        word = word.replace("%", "%%")  # a field code otherwise (%f, %u...)
        if any(char in _RESERVED for char in word):
            word = '"' + re.sub(r'(["`$\\])', r"\\\1", word) + '"'
        return word

    return string_value(" ".join(argument(word) for word in command))


def string_value(text: str) -> str:
    """`text` as the value of a string key, escaped as the spec says: it stays on its one line, whatever it holds."""
    value = "".join(_ESCAPES.get(char, char) for char in text)
    # Spaces after the "=" are not part of the value: a leading one is kept only as "\s".
    return "\\s" + value[1:] if value.startswith(" ") else value


def list_value(text: str) -> str:
    """`text`, items separated by ";", as the value of a list key: each item trimmed and escaped, each ending in ";".

    A translator writes the whole list as one message: every ";" in it separates, none is part of an item.
    """
    items = [item.strip() for item in text.split(";")]
    return "".join(f"{string_value(item)};" for item in items if item)


def word_lines(words: Words) -> list[str]:
    """The `Key=` and `Key[locale]=` lines of `words`; a text that comes out empty has no line."""
    lines = []
    for key, texts in words.items():
        for locale, text in texts.items():
            value = list_value(text) if key in _LISTS else string_value(text.strip())
            if value:
                lines.append(f"{key}[{locale}]={value}" if locale else f"{key}={value}")
    return lines


@dataclasses.dataclass(frozen=True)
class DesktopFiles:
    """The files `kiosk install-desktop` writes under one data folder."""

    data: Path

    @property
    def applications(self) -> Path:
        return self.data / "applications"

    @property
    def hicolor(self) -> Path:
        return self.data / "icons" / "hicolor"

    def entries(self) -> dict[str, Path]:
        """Each face's installed .desktop file."""
        return {face: self.applications / f"{name}.desktop" for face, name in ENTRIES.items()}

    def icons(self) -> dict[Path, Path]:
        """Each installed icon file and the resource it is copied from (every PNG size, and the SVG)."""
        folder = resources_dir() / "icons"
        found: dict[Path, Path] = {}
        for png in sorted(folder.glob(f"{ICON}-*.png")):
            size = png.stem.rpartition("-")[2]
            if size.isdigit():
                found[self.hicolor / f"{size}x{size}" / "apps" / f"{ICON}.png"] = png
        found[self.hicolor / "scalable" / "apps" / f"{ICON}.svg"] = folder / f"{ICON}.svg"
        return found


def entry_text(face: str, command: Sequence[str], words: Words) -> str:
    """The .desktop file of `face` with its words, and its Exec= (and TryExec=, so menus hide it once that program
    is gone) set."""
    template = (resources_dir() / "desktop" / f"{desktop_id(face)}.desktop").read_text(encoding="utf-8")
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            lines.extend(word_lines(words))
            extra = line.removeprefix("Exec=").split()[1:]  # the template says `kiosk` and the face's flags
            lines.append(f"TryExec={exec_line(command[:1])}")
            lines.append(f"Exec={exec_line([*command, *extra])}")
        else:
            lines.append(line)
    return "\n".join(lines) + "\n"


def install(files: DesktopFiles, command: Sequence[str], *, words: Mapping[str, Words]) -> list[Path]:
    """Write both entries, each with its face's `words`, and every icon size under `files.data`; returns the files
    written."""
    written = []
    for face, path in files.entries().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(path, entry_text(face, command, words[face]).encode("utf-8"))
        written.append(path)
    for path, source in files.icons().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        _write(path, source.read_bytes())
        written.append(path)
    return written


def uninstall(files: DesktopFiles) -> list[Path]:
    """Remove the entries and icons `install` wrote; returns those that were there."""
    removed = []
    for path in [*files.entries().values(), *files.icons()]:
        if path.exists():
            path.unlink()
            removed.append(path)
    return removed


def _write(path: Path, data: bytes) -> None:
    """Replace `path` whole (a menu never reads half a file), readable by everyone: 0644, whatever the umask."""
    part = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        part.write_bytes(data)
        part.chmod(0o644)
        os.replace(part, path)
    finally:
        part.unlink(missing_ok=True)


def refresh_caches(files: DesktopFiles) -> list[str]:
    """Tell the desktop about the change, with the tools that are there; returns the commands run.

    The icon cache only where the theme has its index (the machine's hicolor): a cache written into a
    user's own icon folder would hide the icons added there later, until someone rebuilt it.
    """
    import shutil
    import subprocess

    commands = []
    if files.applications.is_dir() and (tool := shutil.which("update-desktop-database")):
        commands.append([tool, "-q", str(files.applications)])
    if (files.hicolor / "index.theme").is_file() and (tool := shutil.which("gtk-update-icon-cache")):
        commands.append([tool, "-q", "-f", str(files.hicolor)])
    for command in commands:
        subprocess.run(command, check=False, stdin=subprocess.DEVNULL, capture_output=True)
    return [Path(command[0]).name for command in commands]
