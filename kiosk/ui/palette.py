"""The faces' colours, named for what they say: every screen takes its colours from here.

What a shop sees is read from resources/styles/ by kiosk.ui.styles, so an integrator can retheme without
code; the colours written here are the built-in ones the app falls back on when a style file is missing or
broken, and the names each file must give.
"""

from __future__ import annotations

import dataclasses
import enum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

__all__ = [
    "Tone", "set_tone", "tone_of", "CounterColours", "LIGHT", "DARK", "in_force", "use", "Colours", "PLAIN",
    "HIGH_CONTRAST",
]

#: The property a label's tone is kept in; both faces' style sheets colour by it (QLabel[role="problem"]).
ROLE = "role"


class Tone(enum.Enum):
    """What a piece of text says, which the theme in force colours."""

    PLAIN = ""
    PROBLEM = "problem"  # refused, failed, blocked, a field at fault
    GOOD = "good"  # accepted, synced, online, a check that passed
    WARNING = "warning"  # waiting for the sync, offline, a connection in trouble
    HINT = "hint"  # what explains, never what matters most
    ALARM = "alarm"  # a card that cannot be used: words on the problem's colour


def set_tone(widget: QWidget, tone: Tone) -> None:
    """Colour `widget`'s text for what it says, in the theme in force now and in any theme applied later."""
    if widget.property(ROLE) == tone.value:
        return
    widget.setProperty(ROLE, tone.value)
    style = widget.style()
    style.unpolish(widget)  # a dynamic property takes effect in a style sheet only when polished anew
    style.polish(widget)


def tone_of(widget: QWidget) -> Tone:
    try:
        return Tone(widget.property(ROLE) or "")
    except ValueError:
        return Tone.PLAIN  # one of the kiosk's own roles (primary, big, muted)


# -- the counter's two themes (kiosk.ui.styles: resources/styles/counter-light.toml, counter-dark.toml) ------


@dataclasses.dataclass(frozen=True)
class CounterColours:
    """One theme of the counter: the window's palette and the status colours, each read at 4.5:1 or more."""

    name: str
    window: str
    base: str  # fields, lists, tables, the slip's paper
    alternate_base: str  # every other row of a table
    text: str
    button: str
    highlight: str  # a selected row
    on_highlight: str
    edge: str  # borders, frames
    placeholder: str  # what an empty field says it wants
    link: str
    disabled: str  # a control that cannot be used now: not meant to be read as an instruction (WCAG exempts it)
    problem: str
    good: str
    warning: str
    hint: str
    alarm: str  # behind words that stop the cashier (a blocked card)
    on_alarm: str

    def pairs(self) -> dict[str, tuple[str, str]]:
        """Every pair of foreground and background this theme puts on a screen."""
        pairs = {
            "text on window": (self.text, self.window),
            "text on base": (self.text, self.base),
            "text on alternate rows": (self.text, self.alternate_base),
            "text on button": (self.text, self.button),
            "selected row": (self.on_highlight, self.highlight),
            "placeholder": (self.placeholder, self.base),
            "link": (self.link, self.base),
            "alarm": (self.on_alarm, self.alarm),
        }
        for status in ("problem", "good", "warning", "hint"):
            for back in ("window", "base", "alternate_base"):
                pairs[f"{status} on {back}"] = (getattr(self, status), getattr(self, back))
        return pairs


LIGHT = CounterColours(
    name="light", window="#efefef", base="#ffffff", alternate_base="#f5f5f5", text="#1b1b1b", button="#e4e4e4",
    highlight="#1c5aa8", on_highlight="#ffffff", edge="#8a8a8a", placeholder="#5f5f5f", link="#0b57b0",
    disabled="#9a9a9a", problem="#b71c1c", good="#246b29", warning="#8a5a00", hint="#595959", alarm="#b71c1c",
    on_alarm="#ffffff",
)
DARK = CounterColours(
    name="dark", window="#262626", base="#1b1b1b", alternate_base="#222222", text="#ececec", button="#3a3a3a",
    highlight="#8ab4f8", on_highlight="#0d1b2a", edge="#7a7a7a", placeholder="#a8a8a8", link="#8ab4f8",
    disabled="#6a6a6a", problem="#ff8a80", good="#81c995", warning="#f6c26b", hint="#b4b4b4", alarm="#b71c1c",
    on_alarm="#ffffff",
)

_in_force: list[CounterColours] = [LIGHT]


def in_force() -> CounterColours:
    """The colours of the counter's theme in force (kiosk.ui.styles applies one); LIGHT before any is."""
    return _in_force[0]


def use(colours: CounterColours) -> None:
    """Make `colours` the theme in force: what is coloured from now on (rich text, painted items) takes them."""
    _in_force[0] = colours


# -- the self-service kiosk's two themes (kiosk.ui.kiosk.look: resources/styles/kiosk-*.toml) -------------


@dataclasses.dataclass(frozen=True)
class Colours:
    """One theme: each pair of text and what is behind it reads at 4.5:1 or more."""

    name: str
    background: str
    text: str
    muted: str  # what explains, still at 4.5:1
    primary: str  # the one thing to do on a screen
    on_primary: str
    secondary: str
    on_secondary: str
    edge: str  # the border of controls and fields
    field: str
    problem: str  # words of a problem; always with words and a sign, never by colour alone
    focus: str

    def pairs(self) -> dict[str, tuple[str, str]]:
        """Every pair of foreground and background this theme puts on a screen."""
        return {
            "text": (self.text, self.background),
            "muted": (self.muted, self.background),
            "primary": (self.on_primary, self.primary),
            "secondary": (self.on_secondary, self.secondary),
            "field": (self.text, self.field),
            "problem": (self.problem, self.background),
            "edge": (self.edge, self.background),
            "focus": (self.focus, self.background),
        }


PLAIN = Colours(
    name="plain", background="#f7f7f4", text="#1b1b1b", muted="#454545", primary="#0a4f9c", on_primary="#ffffff",
    secondary="#ffffff", on_secondary="#1b1b1b", edge="#4d4d4d", field="#ffffff", problem="#a31515",
    focus="#0a4f9c",
)
HIGH_CONTRAST = Colours(
    name="contrast", background="#000000", text="#ffffff", muted="#ffffff", primary="#ffe600", on_primary="#000000",
    secondary="#000000", on_secondary="#ffffff", edge="#ffffff", field="#000000", problem="#ffb3b3",
    focus="#ffe600",
)
