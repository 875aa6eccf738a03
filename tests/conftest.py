"""Test set-up: Qt offscreen before anything imports it, settings and app folders redirected, no stray threads."""
import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# platformdirs (autosave, logs) must never touch the user's real folders during tests
_HOME = tempfile.mkdtemp(prefix="mep-tests-home-")
for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
    os.environ[variable] = os.path.join(_HOME, variable.lower())

import pytest

from market_entry_planner.core.sample import sample_plan as _sample_plan


@pytest.fixture
def sample_plan():
    return _sample_plan()


@pytest.fixture
def qt_settings(qapp, tmp_path):
    """QSettings in a private folder: tests never read or write the user's real settings."""
    from PySide6.QtCore import QSettings

    from market_entry_planner.gui.settings import configure_application

    configure_application(qapp)
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    yield tmp_path / "settings"


@pytest.fixture
def window(qtbot, qt_settings):
    """The real main window on the sample plan, shown offscreen; closed without a save prompt afterwards."""
    from tests.gui_helpers import close_without_prompt, make_window

    window = make_window(qtbot)
    yield window
    close_without_prompt(window)


@pytest.fixture(autouse=True)
def no_threads_left_running(request):
    """A test that leaves a worker thread running fails (as napari's conftest does)."""
    yield
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    finished = pool.waitForDone(5000)
    assert finished and pool.activeThreadCount() == 0, "a worker thread was left running"


@pytest.fixture(autouse=True)
def no_modal_dialogs(request, monkeypatch):
    """A modal dialog nobody patched would block an offscreen test forever: make it fail instead."""
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        yield
        return
    from PySide6.QtWidgets import QMessageBox

    def refuse(*args, **kwargs):
        raise AssertionError(f"an unexpected modal dialog opened: {args[1:3]}")

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    yield


@pytest.fixture(autouse=True)
def private_app_folders(tmp_path, monkeypatch):
    """Autosaves, crash reports and logs of one test are never seen by another."""
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / "xdg" / variable.lower()))
