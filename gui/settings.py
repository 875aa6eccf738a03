"""UI state in QSettings: window geometry (with a layout version), recent files, last folder, preferences.

Documents never live here. Names are set before the first QSettings so every part reads the same store.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

ORGANISATION = "MarketEntryPlanner"
APPLICATION = "Market Entry Planner"
LAYOUT_VERSION = 1   # bump when the window's docks/splitters change, so old state is not restored onto them
MAX_RECENT = 8


def configure_application(app: QApplication):
    app.setOrganizationName(ORGANISATION)
    app.setOrganizationDomain("market-entry-planner.app")
    app.setApplicationName(APPLICATION)


class Settings:
    def __init__(self):
        self.store = QSettings()

    def recent_files(self) -> list[str]:
        value = self.store.value("files/recent", [])
        if isinstance(value, str):
            value = [value]
        return [v for v in (value or []) if v]

    def add_recent(self, path: str | Path):
        path = str(Path(path).resolve())
        recent = [p for p in self.recent_files() if p != path]
        self.store.setValue("files/recent", [path, *recent][:MAX_RECENT])

    def remove_recent(self, path: str):
        self.store.setValue("files/recent", [p for p in self.recent_files() if p != path])

    def last_folder(self) -> str:
        return str(self.store.value("files/last_folder", str(Path.home())))

    def set_last_folder(self, path: str | Path):
        self.store.setValue("files/last_folder", str(Path(path).parent))

    def restore_window(self, window) -> bool:
        if int(self.store.value("window/layout_version", 0) or 0) != LAYOUT_VERSION:
            return False
        geometry = self.store.value("window/geometry")
        state = self.store.value("window/state")
        restored = bool(geometry) and window.restoreGeometry(geometry)
        if state:
            window.restoreState(state, LAYOUT_VERSION)
        return restored

    def save_window(self, window):
        self.store.setValue("window/layout_version", LAYOUT_VERSION)
        self.store.setValue("window/geometry", window.saveGeometry())
        self.store.setValue("window/state", window.saveState(LAYOUT_VERSION))

    def value(self, key: str, default=None):
        return self.store.value(key, default)

    def set_value(self, key: str, value):
        self.store.setValue(key, value)
