"""The wheel, as a user gets it: built from the project's files, installed into a fresh virtual environment (no
system or development packages), and run from a folder outside the repository.

An editable install reads the repository and hides a wheel that forgets a subpackage or a resource (a wheel without
`gui.charts` once passed every other test). Slow: one wheel build and one install (about 40 s, most of it
installing the dependencies from pip's sources), shared by the tests below.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from market_entry_planner.core.engine.evaluate import estimate
from market_entry_planner.core.sample import sample_plan

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "market_entry_planner"
TOP = ("core", "gui", "resources")
pytestmark = pytest.mark.slow
# what never goes into a wheel: the build's own leftovers would otherwise be packed again (a stale build/lib)
NOT_SOURCE = shutil.ignore_patterns(".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", "*.pyc",
                                    ".pytest_cache", ".hypothesis", ".benchmarks", "output")


def _clean_environment(**extra) -> dict[str, str]:
    """This interpreter's variables without the ones that would point the installed app back at the repository."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    environment.update(extra)
    return environment


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """(the wheel, the fresh environment's bin folder)."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(work / "wheels"),
                            str(source)], capture_output=True, text=True, timeout=600, env=_clean_environment())
    assert built.returncode == 0, built.stderr[-3000:]
    (wheel,) = (work / "wheels").glob("market_entry_planner-*.whl")
    venv = work / "venv"
    made = subprocess.run([sys.executable, "-m", "venv", str(venv)], capture_output=True, text=True, timeout=300)
    assert made.returncode == 0, made.stderr
    bin_folder = venv / ("Scripts" if os.name == "nt" else "bin")
    done = subprocess.run([str(bin_folder / "python"), "-m", "pip", "install", "-q", str(wheel)],
                          capture_output=True, text=True, timeout=1200, env=_clean_environment())
    assert done.returncode == 0, done.stderr[-3000:]
    return wheel, bin_folder


def _run(bin_folder: Path, folder: Path, *args):
    command = bin_folder / ("market-entry-planner.exe" if os.name == "nt" else "market-entry-planner")
    environment = _clean_environment(QT_QPA_PLATFORM="offscreen", XDG_STATE_HOME=str(folder / "state"),
                                     XDG_DATA_HOME=str(folder / "data"), XDG_CONFIG_HOME=str(folder / "config"))
    return subprocess.run([str(command), *args], cwd=folder, capture_output=True, text=True, timeout=300,
                          env=environment)


def test_the_wheel_holds_every_module_and_resource_under_one_package(installed):
    wheel, _ = installed
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"{PACKAGE}/{path.relative_to(ROOT).as_posix()}" for top in TOP for path in (ROOT / top).rglob("*")
                if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"}
    assert not expected - names, sorted(expected - names)[:20]
    tops = {name.split("/")[0] for name in names}
    assert tops == {PACKAGE, wheel.name.split("-")[0] + "-" + wheel.name.split("-")[1] + ".dist-info"}, tops


def test_the_installed_app_passes_its_self_test_outside_the_repository(installed, tmp_path):
    _, bin_folder = installed
    where = subprocess.run([str(bin_folder / "python"), "-c", f"import {PACKAGE}.gui.app as m; print(m.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, timeout=120, env=_clean_environment())
    assert where.returncode == 0, where.stderr
    assert Path(where.stdout.strip()).is_relative_to(bin_folder.parent)  # the installed copy, not the repository
    done = _run(bin_folder, tmp_path, "--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout and "Traceback" not in done.stderr


def test_the_installed_command_line_writes_and_estimates_a_plan(installed, tmp_path):
    _, bin_folder = installed
    written = _run(bin_folder, tmp_path, "template", "plan.xlsx")
    assert written.returncode == 0, written.stderr
    done = _run(bin_folder, tmp_path, "estimate", "plan.xlsx", "--json")
    assert done.returncode == 0, done.stderr
    totals = json.loads(done.stdout)["totals"]
    expected = estimate(sample_plan()).total  # the repository's code, in this process
    for metric in ("reach", "gmv", "contribution", "roi"):
        assert totals[metric] == pytest.approx(float(expected[metric]), rel=1e-9), metric
    table = _run(bin_folder, tmp_path, "estimate", "plan.xlsx")
    assert table.returncode == 0 and "Douyin" in table.stdout, table.stderr
