"""kiosk: a loyalty terminal for shops (counter and self-service kiosk)."""

import sys as _sys

__version__ = "0.1.0"

# httpx's package imports its command-line client (`httpx._main`) for its `httpx` script, and
# that import succeeds whenever click and rich are installed (click comes with sqlite-utils and
# uvicorn, rich with the test tools): about 80 ms of click and rich on every start for a command
# this program never runs. A None in sys.modules makes that import fail, so httpx keeps its own
# stand-in `main`; the `httpx` command itself runs in a process of its own and is not affected.
if "httpx" not in _sys.modules:
    _sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
