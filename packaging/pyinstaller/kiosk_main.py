"""The frozen bundle's entry point: the same `kiosk` command as the installed script (kiosk.__main__:main)."""

import os
import sys

# A windowed program on Windows (kioskw.exe, started from the Start menu) has no console: Python gives it
# None for stdout and stderr, and a print or a flush on None would stop the app. Its words go to the log.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - open for the whole run
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115

from kiosk.__main__ import main  # noqa: E402 - after the streams exist

sys.exit(main())
