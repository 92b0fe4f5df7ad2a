"""kiosk: a loyalty terminal for shops (counter and self-service kiosk)."""

import sys as _sys

# httpx's package imports its command-line client (`httpx._main`) for its `httpx` script, and
# that import succeeds whenever click and rich are installed (click comes with sqlite-utils and
# uvicorn, rich with the test tools): about 80 ms of click and rich on every start for a command
# this program never runs. A None in sys.modules makes that import fail, so httpx keeps its own
# stand-in `main`; the `httpx` command itself runs in a process of its own and is not affected.
if "httpx" not in _sys.modules:
    _sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]


def __getattr__(name: str) -> str:
    """`kiosk.__version__`, looked up when asked: reading the package metadata is no part of a start."""
    if name == "__version__":
        return _version()
    raise AttributeError(f"module 'kiosk' has no attribute {name!r}")


def _version() -> str:
    """This kiosk's version: its package metadata, made from pyproject.toml's `version` (the one place it is written).

    Without metadata (a checkout run by PYTHONPATH, never installed), the checkout's pyproject.toml says it;
    a frozen bundle carries kiosk's metadata (PyInstaller's copy_metadata), and says "unknown" if built without.
    """
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kiosk")
    except PackageNotFoundError:
        pass
    from pathlib import Path

    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.is_file():
        import tomllib

        project = tomllib.loads(pyproject.read_text(encoding="utf-8")).get("project", {})
        if project.get("name") == "kiosk" and isinstance(project.get("version"), str):
            return project["version"]
    return "unknown"
