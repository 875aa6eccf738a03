"""The architecture as tests: core never imports Qt or gui, the layers and import contracts in pyproject.toml
hold (import-linter), nothing imports our packages by a bare top-level name, and ruff finds nothing."""
import ast
import pathlib
import shutil
import subprocess
import sys

import pytest

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORE = ROOT / "core"
PACKAGE = "market_entry_planner"
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", f"{PACKAGE}.gui")
TOP_LEVEL = ("core", "gui", "resources")


def _imported_names(path: pathlib.Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            yield node.module


def test_no_module_in_core_imports_qt_or_gui():
    offenders = [f"{path.relative_to(ROOT)}: {name}" for path in CORE.rglob("*.py")
                 for name in _imported_names(path) if name.startswith(FORBIDDEN)]
    assert not offenders


def test_importing_all_of_core_loads_no_qt():
    modules = sorted(f"{PACKAGE}.core." + ".".join(p.relative_to(CORE).with_suffix("").parts)
                     for p in CORE.rglob("*.py") if p.name != "__init__.py")
    code = ("import sys\n" + "".join(f"import {m}\n" for m in modules)
            + f"bad = [m for m in sys.modules if m.startswith({FORBIDDEN!r})]\nprint(bad)\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd="/", timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def test_nothing_imports_our_packages_by_a_bare_top_level_name():
    """Installed, `core` would be whichever distribution's `core` came last (a clash the package name avoids)."""
    sources = [p for top in (*TOP_LEVEL, "tests", "scripts") for p in (ROOT / top).rglob("*.py")]
    offenders = [f"{path.relative_to(ROOT)}: {name}" for path in sources for name in _imported_names(path)
                 if name.split(".")[0] in TOP_LEVEL]
    assert not offenders


def _stage(tmp_path) -> pathlib.Path:
    """core/, gui/ and resources/ copied under market_entry_planner/, as installed: import-linter reads files on
    disk, and an editable install's package has no folder of its own to read."""
    for top in TOP_LEVEL:
        shutil.copytree(ROOT / top, tmp_path / PACKAGE / top, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def _lint_imports(stage):
    tool = shutil.which("lint-imports", path=str(pathlib.Path(sys.executable).parent))
    if tool is None:
        pytest.skip("import-linter is not installed (pip install -e '.[test]')")
    env = {"PYTHONPATH": str(stage), "PATH": str(pathlib.Path(sys.executable).parent)}
    return subprocess.run([tool, "--no-cache"], capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)


def test_import_contracts_hold(tmp_path):
    done = _lint_imports(_stage(tmp_path))
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "0 broken" in done.stdout


@pytest.mark.parametrize("module, bad_import", [
    ("core/engine/curves.py", "from market_entry_planner.core.optimise import frontier"),   # engine over optimise
    ("core/model.py", "from market_entry_planner.core.engine import reach"),               # types over engine
    ("core/workbook/cells.py", "import PySide6"),                                           # Qt in core
    ("gui/charts/hover.py", "from market_entry_planner.gui.window import main_window"),     # a cycle in gui
])
def test_the_contracts_catch_a_wrong_import(tmp_path, module, bad_import):
    stage = _stage(tmp_path)
    path = stage / PACKAGE / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{bad_import}  # noqa\n", encoding="utf-8")
    done = _lint_imports(stage)
    assert done.returncode != 0 and "BROKEN" in done.stdout, done.stdout[-2000:]


def test_ruff_finds_nothing():
    tool = shutil.which("ruff", path=str(pathlib.Path(sys.executable).parent))
    if tool is None:
        pytest.skip("ruff is not installed (pip install -e '.[test]')")
    done = subprocess.run([tool, "check", "--no-cache", "."], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout[-3000:]
