"""No screen touches a thread pool, a file, a hash or the network itself: each asks a named operation of a service.

Read from the source of every module under kiosk/ui (the faces): what they import
and call. A screen that needs such work gets an operation from kiosk.services,
which runs it on the store thread or the network pool and answers on the GUI thread.
"""

from __future__ import annotations

import ast
import pathlib

import kiosk

UI = pathlib.Path(kiosk.__file__).parent / "ui"

#: Modules that do the work itself: threads, files, hashes, the network, the database. (A socket pair
#: that wakes Qt on SIGTERM, ui/stopping.py, is the event loop's own business, not work.)
DOING_MODULES = {
    "threading", "concurrent", "concurrent.futures", "hashlib", "hmac", "sqlite3", "sqlite_utils", "httpx",
    "urllib.request", "shutil", "tempfile", "kiosk.domain.scrypthash", "kiosk.sync.worker",
}
#: Names whose use means work done here: opening files, writing settings, a pool, a raw operation step.
DOING_CALLS = {"open", "read_text", "write_text", "read_bytes", "write_bytes", "save_settings", "scrypt",
               "QThreadPool", "QThread", "on_store", "on_network"}
#: `Op.store(...)` / `Op.network(...)`: the steps of an operation are written in services, not screens.
OP_STEPS = {"store", "network"}


def _offences(path: pathlib.Path, root: pathlib.Path = UI) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if a.name in DOING_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module in DOING_MODULES:
            found.append(f"from {node.module} import …")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in DOING_CALLS and not (name == "open" and isinstance(func, ast.Attribute)):
                found.append(f"{name}(…)")  # dialog.open() shows a dialog: an attribute call, allowed
            if isinstance(func, ast.Attribute) and func.attr in OP_STEPS and isinstance(func.value, ast.Name) \
                    and func.value.id == "Op":
                found.append(f"Op.{func.attr}(…)")
    return [f"{path.relative_to(root).as_posix()}:{offence}" for offence in found]


def test_no_screen_does_its_own_work() -> None:
    modules = sorted(UI.rglob("*.py"))
    assert len(modules) > 20, "the scan found too few screens to prove anything"
    offences = [offence for path in modules for offence in _offences(path)]
    assert offences == []


def test_the_scan_sees_what_it_forbids(tmp_path: pathlib.Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import hashlib\nfrom kiosk.services.operation import Op\n"
        "def f(ctx, parent):\n    open('kiosk.toml').read()\n    Op.store(ctx, lambda: 1, parent=parent)\n"
        "    parent.dialog.open()\n",
        encoding="utf-8",
    )
    assert sorted(_offences(sample, tmp_path)) == ["sample.py:Op.store(…)", "sample.py:import hashlib", "sample.py:open(…)"]
