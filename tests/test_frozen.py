"""The PyInstaller bundle: build it from build.spec and run its --self-test, as a marketer's machine would.

Run on its own with `pytest -m frozen`. Skipped when PyInstaller is missing, unless MEP_REQUIRE_FROZEN=1
(CI sets it, so a broken build fails instead of skipping). MEP_BUNDLE=dist/market-entry-planner tests a bundle
already built (the hosted CI builds it once, then tests and uploads it).
"""
import os
import plistlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = [pytest.mark.frozen, pytest.mark.slow]


EXECUTABLE = "market-entry-planner.exe" if os.name == "nt" else "market-entry-planner"
# Windows: the app is a windowed program with no standard output; its twin with a console runs the commands
CONSOLE = "market-entry-planner-console.exe" if os.name == "nt" else EXECUTABLE


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    if os.environ.get("MEP_BUNDLE"):
        app = Path(os.environ["MEP_BUNDLE"]).resolve() / EXECUTABLE
        assert app.exists(), f"MEP_BUNDLE: no {app}"
        return app
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        if os.environ.get("MEP_REQUIRE_FROZEN") == "1":
            pytest.fail("PyInstaller is not installed but MEP_REQUIRE_FROZEN=1")
        pytest.skip("PyInstaller is not installed (pip install -e '.[build]')")
    work = tmp_path_factory.mktemp("pyinstaller")
    done = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR",
                           "--distpath", str(work / "dist"), "--workpath", str(work / "build"), "build.spec"],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    app = work / "dist" / "market-entry-planner" / EXECUTABLE
    assert app.exists()
    return app


def run(app, *args, env=None):
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    environment.update(env or {})
    return subprocess.run([str(app), *args], capture_output=True, text=True, timeout=120, env=environment)


def _log_folder(tmp_path) -> Path:
    """Where the frozen app writes self-test.log: tmp_path on Linux (XDG_STATE_HOME), the user's log folder
    elsewhere (platformdirs asks the system there, not the environment)."""
    if sys.platform.startswith("linux"):
        return tmp_path
    from platformdirs import user_log_dir

    return Path(user_log_dir("market-entry-planner", appauthor=False))


def test_frozen_self_test_passes(bundle, tmp_path):
    for program in dict.fromkeys([bundle, bundle.parent / CONSOLE]):  # the app, and its console twin on Windows
        done = run(program, "--self-test", env={"XDG_STATE_HOME": str(tmp_path)})
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Traceback" not in done.stderr
        logs = list(_log_folder(tmp_path).rglob("self-test.log"))
        assert logs and "self-test passed" in logs[0].read_text(encoding="utf-8")
    assert "self-test passed" in done.stdout  # the console program (the app itself, but on Windows) prints it


def test_frozen_command_line_estimates_a_workbook(bundle, tmp_path):
    plan = tmp_path / "plan.xlsx"
    console = bundle.parent / CONSOLE
    assert run(console, "template", str(plan)).returncode == 0
    done = run(console, "estimate", str(plan), "--json")
    assert done.returncode == 0, done.stderr
    assert '"totals"' in done.stdout


def test_frozen_command_line_writes_the_report(bundle, tmp_path):
    """The bundle has what the report needs: python-pptx's template, Qt's PDF writer, translations and fonts."""
    plan = tmp_path / "plan.xlsx"
    assert run(bundle, "template", str(plan)).returncode == 0
    for output, language in (("report.pdf", "zh_CN"), ("report.pptx", "it")):
        done = run(bundle, "report", str(plan), "-o", str(tmp_path / output), "--language", language,
                   env={"QT_QPA_PLATFORM": "offscreen"})
        assert done.returncode == 0, done.stdout + done.stderr
        assert (tmp_path / output).stat().st_size > 20_000 and "Traceback" not in done.stderr


def test_bundle_carries_its_resources_and_not_test_tools(bundle):
    internal = bundle.parent / "_internal"
    assert (internal / "market_entry_planner" / "resources" / "benchmarks" / "assumptions.csv").exists()
    assert (internal / "market_entry_planner" / "resources" / "icons" / "app.svg").exists()
    assert (internal / "scipy").exists()  # the optimiser's linear programmes and SLSQP
    for unwanted in ("pytest", "hypothesis", "tkinter"):  # xlsxwriter stays: the deck's charts need it
        assert not (internal / unwanted).exists(), unwanted


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the GTK theme is Linux's")
def test_the_linux_bundle_leaves_out_gtk_and_the_desktops_own_libraries(bundle):
    internal = bundle.parent / "_internal"
    names = {path.name for path in internal.rglob("*")}
    assert "libqgtk3.so" not in names
    gtk_stack = re.compile(r"^lib(gtk-3|gdk-3|cairo|pango|atk|gdk_pixbuf|harfbuzz|X11|fontconfig|stdc\+\+)[-.]")
    assert not sorted(filter(gtk_stack.match, names))
    assert {"libqxcb.so", "libqoffscreen.so", "libQt6Widgets.so.6", "libxcb-cursor.so.0"} <= names


@pytest.mark.skipif(sys.platform != "darwin", reason="the .app is macOS's")
def test_the_macos_app_bundle_says_who_it_is_and_runs(bundle, tmp_path):
    app = bundle.parent.parent / "Market Entry Planner.app"
    info = plistlib.loads((app / "Contents" / "Info.plist").read_bytes())
    assert info["CFBundleIdentifier"] == "app.market-entry-planner"
    assert info["CFBundleDocumentTypes"][0]["LSItemContentTypes"] == ["org.openxmlformats.spreadsheetml.sheet"]
    assert (app / "Contents" / "Resources" / "app.icns").exists()
    done = run(app / "Contents" / "MacOS" / "market-entry-planner", "--self-test")
    assert done.returncode == 0, done.stdout + done.stderr
