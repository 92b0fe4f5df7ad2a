"""The faces' style sheets and colours, read from resources/styles/: a shop's integrator rethemes there, without code.

Each theme's colours are a TOML file of `name = "colour"` lines (the names of kiosk.ui.palette's
CounterColours and Colours); each face's style sheet is a template whose `$name`s are filled from them
(and, for the kiosk, from its sizes). A file that is missing or broken never stops the app: it is
logged, and the built-in colours of kiosk.ui.palette are used instead (no style sheet at all, when the
sheet itself is the broken one: the palette still carries the theme's colours).
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import string
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from kiosk import paths
from kiosk.ui import palette
from kiosk.ui.palette import DARK, HIGH_CONTRAST, LIGHT, PLAIN, Colours, CounterColours

__all__ = [
    "contrast_ratio", "kiosk_colours", "kiosk_sheet", "counter_colours", "counter_sheet",
    "counter_palette", "apply_counter_theme", "take_off_counter_theme", "is_dark",
]

log = logging.getLogger("kiosk.ui")

#: WCAG 2.2 AA for text: what a theme's pairs are checked against when its file is read.
AA = 4.5

_Theme = TypeVar("_Theme", Colours, CounterColours)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast_ratio(one: QColor | str, other: QColor | str) -> float:
    """WCAG's contrast ratio of two colours, 1 to 21."""
    a, b = _luminance(QColor(one)), _luminance(QColor(other))
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)


def _styles() -> Path:
    return paths.resources_dir() / "styles"


@functools.cache
def _read_text(path: Path) -> str | None:
    """The file's text once per process (a start reads each at most once), or None after logging why not."""
    text = paths.resource_text(path)
    if text is None:
        log.error("style file %s cannot be read: the built-in look is used", path)
    return text


@functools.cache
def _read_colours(path: Path, built_in: _Theme) -> _Theme:
    """The theme in `path`, each colour checked; `built_in` when the file is missing or any colour is wrong."""
    text = _read_text(path)
    if text is None:
        return built_in
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        log.error("style file %s is not TOML (%s): the built-in %s colours are used", path, exc, built_in.name)
        return built_in
    names = [field.name for field in dataclasses.fields(built_in) if field.name != "name"]
    wrong = [n for n in names if not isinstance(table.get(n), str) or not QColor(table[n]).isValid()]
    if wrong:
        log.error("style file %s has no usable colour for %s: the built-in %s colours are used",
                  path, ", ".join(wrong), built_in.name)
        return built_in
    unknown = sorted(set(table) - set(names))
    if unknown:
        log.warning("style file %s names what no screen uses (ignored): %s", path, ", ".join(unknown))
    # Kept as written: a colour name or #rgb works in a style sheet as it does in QColor.
    colours = dataclasses.replace(built_in, **{n: table[n] for n in names})
    for pair, (fore, back) in colours.pairs().items():
        ratio = contrast_ratio(fore, back)
        if ratio < AA:  # the shop's choice, said where the integrator looks
            log.warning("style file %s: %s reads at %.2f:1, below %.1f:1 (WCAG AA)", path, pair, ratio, AA)
    return colours


def _fill(name: str, values: Mapping[str, object]) -> str:
    """The style sheet `name` with its `$name`s filled in; "" (Qt's own look) when it is missing or broken."""
    path = _styles() / name
    text = _read_text(path)
    if text is None:
        return ""
    try:
        return string.Template(text).substitute(values)
    except (KeyError, ValueError) as exc:
        log.error("style sheet %s names what no theme gives (%s): the built-in look is used", path, exc)
        return ""


# -- the kiosk -----------------------------------------------------------------------------------


def kiosk_colours(contrast: bool) -> Colours:
    """The kiosk's plain or high-contrast theme, from kiosk-plain.toml or kiosk-contrast.toml."""
    if contrast:
        return _read_colours(_styles() / "kiosk-contrast.toml", HIGH_CONTRAST)
    return _read_colours(_styles() / "kiosk-plain.toml", PLAIN)


def kiosk_sheet(colours: Colours, sizes: Mapping[str, int]) -> str:
    """kiosk.qss for `colours` and `sizes` (pixels: the least target and the big buttons' height)."""
    return _fill("kiosk.qss", {**dataclasses.asdict(colours), **sizes})


# -- the counter ---------------------------------------------------------------------------------


def is_dark(theme: str, scheme: Qt.ColorScheme | None = None) -> bool:
    """Whether `theme` (the setting: kiosk.settings.THEMES) is dark: "system" follows the desktop's colour
    scheme, `scheme` or else the one Qt reads from the desktop now (Qt 6.5+; unknown is taken as light)."""
    if theme == "system":
        if scheme is None:
            scheme = QGuiApplication.styleHints().colorScheme()
        return scheme == Qt.ColorScheme.Dark
    return theme == "dark"


def counter_colours(theme: str, scheme: Qt.ColorScheme | None = None) -> CounterColours:
    """The counter's colours for `theme` (and the desktop's `scheme`), from counter-light.toml or counter-dark.toml."""
    if is_dark(theme, scheme):
        return _read_colours(_styles() / "counter-dark.toml", DARK)
    return _read_colours(_styles() / "counter-light.toml", LIGHT)


def counter_sheet(colours: CounterColours) -> str:
    return _fill("counter.qss", dataclasses.asdict(colours))


def counter_palette(colours: CounterColours) -> QPalette:
    """Qt's palette for the counter's windows: what no style sheet rule colours takes these."""
    role = QPalette.ColorRole
    made = QPalette()
    for roles, colour in (
        ((role.Window, role.Button, role.ToolTipBase), colours.window),
        ((role.Base,), colours.base),
        ((role.AlternateBase,), colours.alternate_base),
        ((role.WindowText, role.Text, role.ButtonText, role.ToolTipText, role.BrightText), colours.text),
        ((role.Highlight,), colours.highlight),
        ((role.HighlightedText,), colours.on_highlight),
        ((role.Mid, role.Dark, role.Shadow), colours.edge),
        ((role.Light, role.Midlight), colours.button),
        ((role.PlaceholderText,), colours.placeholder),
        ((role.Link, role.LinkVisited), colours.link),
    ):
        for each in roles:
            made.setColor(each, QColor(colour))
    made.setColor(QPalette.ColorRole.Button, QColor(colours.button))
    disabled = QPalette.ColorGroup.Disabled
    for each in (role.WindowText, role.Text, role.ButtonText):
        made.setColor(disabled, each, QColor(colours.disabled))
    return made


# The application's own palette before the counter's theme first replaced it (what take_off puts back).
_platform_palette: list[QPalette] = []


def apply_counter_theme(app: QApplication, theme: str, scheme: Qt.ColorScheme | None = None) -> CounterColours:
    """Dress the whole counter (every window and dialog) in `theme`, now: its palette, counter.qss, its status colours.

    `scheme` is the desktop's colour scheme when Qt has just said it changed (None: ask Qt)."""
    colours = counter_colours(theme, scheme)
    if not _platform_palette:
        _platform_palette.append(QPalette(app.palette()))
    palette.use(colours)
    app.setPalette(counter_palette(colours))
    app.setStyleSheet(counter_sheet(colours))
    log.debug("counter theme %s (%s)", colours.name, theme)
    return colours


def take_off_counter_theme(app: QApplication) -> None:
    """Back to the application's own look (another face, or a test, follows in this process)."""
    if _platform_palette:
        app.setPalette(_platform_palette[0])
    app.setStyleSheet("")
    palette.use(LIGHT)
