"""The package list pyproject.toml cannot express: kiosk/ as found, and resources/ installed as kiosk.resources.

Everything else (metadata, the folder mapping, the data files) is in pyproject.toml.
"""

from setuptools import find_namespace_packages, find_packages, setup

setup(
    packages=[
        *find_packages(include=["kiosk", "kiosk.*"]),
        # The data folders (i18n, icons, styles, desktop) as packages too: setuptools installs a folder's
        # files only for a package it knows, and would warn about data in an undeclared one.
        *(f"kiosk.{name}" for name in find_namespace_packages(include=["resources", "resources.*"],
                                                              exclude=["*.__pycache__"])),
    ],
)
