"""The counter's colours, named for what they say: every screen takes its colours from here."""

from __future__ import annotations

import dataclasses

__all__ = ["PROBLEM", "GOOD", "WARNING", "HINT", "PROBLEM_TEXT", "PLAIN_TEXT", "Colours", "PLAIN", "HIGH_CONTRAST"]

# Each dark enough to read as text on white (the dialogs, the slip, the status bar).
PROBLEM = "#b71c1c"  # refused, failed, blocked, a field at fault
GOOD = "#2e7d32"  # accepted, synced, online, a check that passed
WARNING = "#8a5a00"  # waiting for the sync, offline, a connection in trouble
HINT = "#616161"  # what explains, never what matters most

#: A message saying what went wrong, and the same label once it has nothing wrong to say.
PROBLEM_TEXT = f"color: {PROBLEM}; font-weight: bold;"
PLAIN_TEXT = "color: palette(text);"

# -- the self-service kiosk's two themes (kiosk.ui.kiosk.look) ------------------------------------


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
