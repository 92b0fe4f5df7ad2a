"""The core does not know the GUI exists: no module below ui/services imports PySide6."""

from __future__ import annotations

import subprocess
import sys

CORE = ["kiosk.domain", "kiosk.api", "kiosk.store", "kiosk.sync", "kiosk.sandbox", "kiosk.core", "kiosk.printing"]

PROBE = """
import importlib, pkgutil, sys
offenders = []
for package_name in {core!r}:
    package = importlib.import_module(package_name)
    names = [package_name] + [m.name for m in pkgutil.walk_packages(package.__path__, package_name + ".")]
    for name in names:
        importlib.import_module(name)
        if any(m == "PySide6" or m.startswith("PySide6.") for m in sys.modules):
            offenders.append(name)
            break
print("OFFENDERS:" + ",".join(offenders))
print("COUNT:%d" % len([m for m in sys.modules if m.startswith("kiosk.")]))
"""


def test_no_core_module_imports_pyside6():
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(core=CORE)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    offenders = result.stdout.split("OFFENDERS:")[1].splitlines()[0]
    assert offenders == "", f"these core modules pull in PySide6: {offenders}"
    count = int(result.stdout.split("COUNT:")[1].split()[0])
    assert count > 10, "the probe imported too few modules to prove anything"
