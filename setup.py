"""Installs the repository's top-level core/, gui/ and resources/ as one package, market_entry_planner.

The product keeps those folders at the top of the repository; installed, they live under one name so that no
other distribution's `core` can clash with ours. Every package below them is found, so a new subpackage can
never be left out of the wheel (tests/test_wheel.py installs the built wheel and runs it).
"""
from setuptools import find_packages, setup

TOP = ("core", "gui", "resources")
PACKAGE = "market_entry_planner"

setup(
    packages=[f"{PACKAGE}.{name}" for name in find_packages(include=[*TOP, *(f"{t}.*" for t in TOP)])],
    package_dir={f"{PACKAGE}.{top}": top for top in TOP},
)
