"""Autosave, crash reports and recovery: the user's work is never lost to a crash.

- While a plan has unsaved changes, it is written every few minutes (and at once on a crash) as JSON to the
  autosave folder, atomically. A clean save or a normal close removes it.
- A file left there at start-up means a session ended abnormally: the app offers to recover it.
- An unhandled exception writes a crash report (traceback, versions) beside the logs and tells the user
  where both the report and the autosaved plan are.
"""
from __future__ import annotations

import json
import os
import platform
import sys
import tempfile
import traceback
import uuid
from datetime import datetime
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from market_entry_planner.core import __version__
from market_entry_planner.core.planfile import plan_from_dict, plan_to_dict

APP = "market-entry-planner"
AUTOSAVE_MINUTES = 3


def autosave_folder() -> Path:
    folder = Path(user_data_dir(APP, appauthor=False)) / "autosave"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def crash_folder() -> Path:
    folder = Path(user_log_dir(APP, appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


class Autosave:
    """One session's autosave file."""

    def __init__(self, folder: Path | None = None):
        self.folder = folder or autosave_folder()
        self.path = self.folder / f"session-{datetime.now():%Y%m%d-%H%M%S}-{os.getpid()}-{uuid.uuid4().hex[:8]}.json"

    def write(self, plan, source: Path | None) -> Path:
        data = {"saved": datetime.now().isoformat(timespec="seconds"), "source": str(source) if source else None,
                "version": __version__, "plan": plan_to_dict(plan)}
        handle, temporary = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(temporary, self.path)
        return self.path

    def discard(self):
        self.path.unlink(missing_ok=True)


def leftovers(folder: Path | None = None, exclude: Path | None = None) -> list[Path]:
    """Autosaves of sessions that did not close normally, newest first."""
    folder = folder or autosave_folder()
    files = [p for p in folder.glob("session-*.json") if p != exclude]
    return sorted(files, key=lambda p: p.stat().st_mtime, reverse=True)


def read_autosave(path: Path):
    """(plan, the file it came from or None, when it was saved)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    source = Path(data["source"]) if data.get("source") else None
    return plan_from_dict(data["plan"]), source, data.get("saved", "")


def write_crash_report(error_type, error, trace, folder: Path | None = None) -> Path:
    folder = folder or crash_folder()
    path = folder / f"crash-{datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    try:
        from PySide6 import __version__ as pyside
    except ImportError:  # pragma: no cover - the app always has it
        pyside = "?"
    lines = [f"Market Entry Planner {__version__} crash report, {datetime.now().isoformat(timespec='seconds')}",
             f"Python {platform.python_version()} on {platform.platform()}; PySide6 {pyside}",
             f"frozen: {getattr(sys, 'frozen', False)}", "",
             "".join(traceback.format_exception(error_type, error, trace))]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
