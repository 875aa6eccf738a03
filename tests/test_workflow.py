"""The hosted CI's workflow (.github/workflows/build.yml), checked here since it only runs where the project is
hosted: actionlint finds nothing in it (when actionlint is installed: it is a Go program, not a dependency of
ours), and it builds and self-tests the bundle on Linux, Windows and macOS."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "build.yml"


def _actionlint() -> str:
    tool = shutil.which("actionlint", path=str(Path(sys.executable).parent)) or shutil.which("actionlint")
    if tool is None:
        pytest.skip("actionlint is not installed")
    return tool


def _lint(path: Path):
    return subprocess.run([_actionlint(), "-no-color", str(path)], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_actionlint_finds_nothing_in_the_workflow():
    done = _lint(WORKFLOW)
    assert done.returncode == 0, done.stdout + done.stderr


def test_actionlint_would_catch_a_broken_workflow(tmp_path):
    broken = tmp_path / ".github" / "workflows" / "build.yml"
    broken.parent.mkdir(parents=True)
    text = WORKFLOW.read_text(encoding="utf-8").replace("${{ matrix.app }}", "${{ matrix.application }}")
    broken.write_text(text, encoding="utf-8")
    done = _lint(broken)
    assert done.returncode != 0 and "application" in done.stdout, done.stdout


def test_the_workflow_builds_and_self_tests_on_every_platform():
    text = WORKFLOW.read_text(encoding="utf-8")
    runners = re.findall(r"^\s+os: (\S+)$", text, re.MULTILINE)
    assert {runner.split("-")[0] for runner in runners} == {"ubuntu", "windows", "macos"}
    for step in ("pip install -e \".[test]\"", "pytest -m \"not frozen\"", "pyinstaller --noconfirm build.spec",
                 "--self-test", "MEP_REQUIRE_FROZEN", "actions/upload-artifact@"):
        assert step in text, step
