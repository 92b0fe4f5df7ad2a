"""The counter's colours, named for what they say: every screen takes its colours from here."""

from __future__ import annotations

__all__ = ["PROBLEM", "GOOD", "WARNING", "HINT", "PROBLEM_TEXT", "PLAIN_TEXT"]

# Each dark enough to read as text on white (the dialogs, the slip, the status bar).
PROBLEM = "#b71c1c"  # refused, failed, blocked, a field at fault
GOOD = "#2e7d32"  # accepted, synced, online, a check that passed
WARNING = "#8a5a00"  # waiting for the sync, offline, a connection in trouble
HINT = "#616161"  # what explains, never what matters most

#: A message saying what went wrong, and the same label once it has nothing wrong to say.
PROBLEM_TEXT = f"color: {PROBLEM}; font-weight: bold;"
PLAIN_TEXT = "color: palette(text);"
