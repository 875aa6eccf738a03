"""The window's files: new, open, import lines, save, save as, export a copy, open recent, autosave and recovery.

Reading and writing run in a worker (QThreadPool), so the window keeps painting and taking input while a large
workbook is read or written; each job reports by signal. The plan is an immutable value: a save writes the plan
as it was when the user asked, and marks the document clean only if that is still the plan shown. A save that
fails (a full disk, a file locked by Excel, a read-only file or folder, a folder that is gone) says why in a
message and leaves the plan unsaved: nothing is lost.
"""
from __future__ import annotations

import errno
import time
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QMenu, QMessageBox, QProgressDialog

from market_entry_planner.core import edits
from market_entry_planner.core.problems import PlanError, Problem
from market_entry_planner.gui import recovery, workers
from market_entry_planner.gui.dialogs import import_lines
from market_entry_planner.gui.dialogs.problems import ProblemsDialog
from market_entry_planner.gui.document import Change, PlanDocument
from market_entry_planner.gui.settings import Settings

# file dialog filters, translated where used: self.tr(OPEN_FILTER)
XLSX_FILTER = QT_TRANSLATE_NOOP("PlanFiles", "Excel workbook (*.xlsx)")
OPEN_FILTER = QT_TRANSLATE_NOOP("PlanFiles", "Excel workbook (*.xlsx *.xlsm);;All files (*)")


def _write_workbook(plan, path: Path) -> Path:
    from market_entry_planner.core.workbook import write_plan  # openpyxl loads on first use, not at start-up

    return write_plan(plan, path)  # atomic: a temporary file, then a rename


class PlanFiles(QObject):
    """Files for one window: its document, its settings (recent files, last folder) and its status bar."""

    fileLoaded = Signal(str)     # a workbook was opened or imported
    loadFailed = Signal(object)  # its problems
    saved = Signal(str)          # a save, save as or export finished: the path written
    saveFailed = Signal(str)     # it did not: the message shown
    marketMissing = Signal(str)  # an opened sheet lacks the brand's figures: the file's name

    def __init__(self, window: QMainWindow, document: PlanDocument, settings: Settings):
        super().__init__(window)
        self.window, self.document, self.settings = window, document, settings
        self.job: workers.Job | None = None       # a workbook being read
        self.save_job: workers.Job | None = None  # a workbook being written
        self.last_problems_dialog: ProblemsDialog | None = None
        self.autosave = recovery.Autosave()
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(recovery.AUTOSAVE_MINUTES * 60_000)
        self.autosave_timer.timeout.connect(self.autosave_now)
        self.autosave_timer.start()
        document.undo_stack.cleanChanged.connect(self._clean_changed)

    def _say(self, text: str, milliseconds: int = 6000):
        self.window.statusBar().showMessage(text, milliseconds)

    # -- new, open, import
    def maybe_save(self) -> bool:
        """True if it is fine to drop the current plan (saved, discarded, or nothing to save)."""
        self.finish_writing()  # a save under way may leave nothing to ask about
        if self.document.undo_stack.isClean():
            return True
        answer = QMessageBox.question(
            self.window, self.tr("Unsaved changes"),
            self.tr("Save the changes to {0} before closing it?").format(self.document.title),
            QMessageBox.Save | QMessageBox.Discard | QMessageBox.Cancel, QMessageBox.Save)
        if answer == QMessageBox.Save:
            return self.save(wait=True)
        return answer == QMessageBox.Discard

    def new_plan(self):
        if self.maybe_save():
            plan = edits.new_plan(self.document.plan)  # its title and first scenario named in the user's language
            plan = edits.rename_scenario(replace(plan, title=self.tr("Untitled plan")), 0, self.tr("Base"))
            self.document.replace(plan, None)
            self._say(self.tr("New plan: add lines, then set the average order value and gross margin on the "
                              "Market tab."), 8000)

    def ask_open(self):
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a plan"), self.settings.last_folder(),
                                              self.tr(OPEN_FILTER))
        if path:
            self.open_path(path)

    def ask_import(self):
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import plan lines from a sheet"),
                                              self.settings.last_folder(), self.tr(OPEN_FILTER))
        if path:
            self.open_path(path, replace_lines_only=True)

    def open_path(self, path: str | Path, replace_lines_only: bool = False) -> workers.Job:
        """Read a workbook off the UI thread; on success the plan (or, for an import, its lines) is replaced in
        one step; on failure the problems are listed and the open plan is not touched."""
        from market_entry_planner.core.workbook import read_plan  # openpyxl loads on first use, not at start-up

        path = str(path)
        self.settings.set_last_folder(path)
        # an import reads amounts at the open plan's exchange rates; an opened sheet starts from no brand figures
        job = workers.Job(read_plan, path, self.document.plan if replace_lines_only else None)
        progress = QProgressDialog(self.tr("Reading {0}…").format(Path(path).name), self.tr("Cancel"), 0, 0,
                                   self.window)
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(400)  # only shown if the file takes a while
        started = time.perf_counter()

        def done(result):
            progress.reset()
            self.job = None
            self._opened(path, result, replace_lines_only, time.perf_counter() - started)

        def failed(error):
            progress.reset()
            self.job = None
            problems = error.problems if isinstance(error, PlanError) else (
                Problem(f"{type(error).__name__}: {error}"),)
            self.loadFailed.emit(problems)
            self.show_problems(self.tr("Cannot read {0}").format(Path(path).name),
                               self.tr("Nothing was changed. Fix these in the workbook and try again:"), problems)

        job.signals.finished.connect(done)
        job.signals.failed.connect(failed)
        progress.canceled.connect(job.cancel)
        self.job = job
        return workers.start(job)

    def _opened(self, path: str, result, replace_lines_only: bool, seconds: float):
        name = Path(path).name
        if replace_lines_only:
            mode = import_lines.ask_add_or_replace(self.window, len(result.plan.lines), len(self.document.plan.lines))
            if mode is None:
                return
            new = edits.add_lines(self.document.plan, result.plan.lines) if mode == import_lines.ADD else \
                edits.replace_lines(self.document.plan, result.plan.lines)
            self.document.edit(self.tr("Import lines from {0}").format(name), new, Change("reset"))
        else:
            self.document.replace(result.plan, path if result.native else None)
            if result.native:
                self.settings.add_recent(path)
        message = self.tr("Read {0}: {1} lines in {2:.1f} s").format(name, len(result.plan.lines), seconds)
        if not result.native and not replace_lines_only:
            message += self.tr(" — a hand-made sheet: Save will ask where, so it is never overwritten")
        said = list(result.warnings) + list(result.notes)  # what was converted or passed over, said
        if said:
            message += self.tr(" (%n warning(s))", "", len(said))
            self.show_problems(self.tr("Read with notes"), self.tr("{0} was read. Please check:").format(name), said)
        self._say(message, 10000)
        if result.missing_market and not replace_lines_only and not result.native:
            self.marketMissing.emit(name)  # the brand figures the sheet lacks are asked for, never borrowed
        self.fileLoaded.emit(path)

    def show_problems(self, title, intro, problems):
        dialog = ProblemsDialog(title, intro, problems, self.window)
        self.last_problems_dialog = dialog
        dialog.exec()

    # -- save, save as, export
    def save(self, wait: bool = False) -> bool:
        if self.document.path is None:
            return self.ask_save_as(wait)
        return self.save_to(self.document.path, wait)

    def ask_save_as(self, wait: bool = False) -> bool:
        suggested = str(Path(self.settings.last_folder()) / f"{self.document.plan.title or 'plan'}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save the plan as"), suggested,
                                              self.tr(XLSX_FILTER))
        if not path:
            return False
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        return self.save_to(path, wait)

    def ask_export(self):
        suggested = str(Path(self.settings.last_folder()) / f"{self.document.plan.title or 'plan'} – results.xlsx")
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export a copy"), suggested,
                                              self.tr(XLSX_FILTER))
        if path:
            self.export_to(path)

    def save_to(self, path: str | Path, wait: bool = False) -> bool:
        """Write the plan to path in a worker; the document is then this file's, and clean if the plan is still
        the one written. Returns whether the save started — with wait=True (closing the window, opening another
        file), whether it succeeded, the window painting meanwhile. `saved` or `saveFailed` follows."""
        return self._write(Path(path), as_document=True, wait=wait)

    def export_to(self, path: str | Path, wait: bool = False) -> bool:
        """Write a copy elsewhere: the document keeps its file and its unsaved state."""
        path = Path(path)
        if self.document.path and path.resolve() == Path(self.document.path).resolve():
            return self.save_to(path, wait)
        return self._write(path, as_document=False, wait=wait)

    def _write(self, path: Path, as_document: bool, wait: bool) -> bool:
        if self.save_job is not None and wait:
            self.finish_writing()
        if self.save_job is not None:
            self._say(self.tr("Still writing the last file: try again in a moment"))
            return False
        plan = self.document.plan
        job = workers.Job(_write_workbook, plan, path)
        outcome: list[bool] = []
        job.signals.finished.connect(lambda _: outcome.append(self._written(path, plan, as_document)))
        job.signals.failed.connect(lambda error: outcome.append(self._not_written(path, error)))
        self.save_job = job
        QApplication.setOverrideCursor(Qt.BusyCursor)  # busy, not blocked: the window still answers
        self._say(self.tr("Saving {0}…").format(path) if as_document else
                  self.tr("Exporting a copy to {0}…").format(path), 0)
        workers.start(job)
        if not wait:
            return True
        self.finish_writing()
        return outcome[0]

    def finish_writing(self):
        """Wait for the workbook being written, if any: the window paints meanwhile but takes no input (a
        window-modal progress dialog shows if it takes a while)."""
        job = self.save_job
        if job is None:  # nothing being written, or its result already handled
            return
        progress = QProgressDialog(self.tr("Saving…"), "", 0, 0, self.window)
        progress.setCancelButton(None)  # let the write finish: it is atomic either way
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(400)
        loop = QEventLoop()
        job.signals.finished.connect(loop.quit)  # after the slot that handles the result: connected later
        job.signals.failed.connect(loop.quit)
        loop.exec()
        progress.reset()

    def _written(self, path: Path, plan, as_document: bool) -> bool:
        self.save_job = None
        QApplication.restoreOverrideCursor()
        self.settings.set_last_folder(path)
        if as_document:
            self.document.mark_saved(path, plan)  # clean only if nobody edited while it was written
            self.settings.add_recent(path)
            self._say(self.tr("Saved {0}").format(path))
        else:
            self._say(self.tr("Exported a copy to {0}").format(path))
        self.saved.emit(str(path))
        return True

    def _not_written(self, path: Path, error: Exception) -> bool:
        self.save_job = None
        QApplication.restoreOverrideCursor()
        self._say("")
        message = self.tr("Could not save {0}: {1}").format(path, self.write_error_text(path, error))
        message += "\n\n" + self.tr("Your plan is unchanged and still open: save it under another name or in "
                                    "another folder.")
        self.saveFailed.emit(message)
        QMessageBox.warning(self.window, self.tr("Not saved"), message)
        return False

    def write_error_text(self, path: Path, error: Exception) -> str:
        """What went wrong, in the user's words: the usual causes named, the system's text otherwise."""
        code = getattr(error, "errno", None)
        if code in (errno.ENOSPC, errno.EDQUOT):
            return self.tr("the disk is full")
        if code == errno.EROFS:
            return self.tr("the disk or folder is read-only")
        if isinstance(error, IsADirectoryError) or path.is_dir():  # Windows says "permission denied" for it
            return self.tr("there is a folder of that name")
        if isinstance(error, (FileNotFoundError, NotADirectoryError)):
            return self.tr("the folder {0} does not exist (a disconnected drive?)").format(path.parent)
        if isinstance(error, PermissionError):
            return self.tr("the file is read-only or open in another program (Excel locks the workbooks it has "
                           "open), or you may not write in that folder")
        if isinstance(error, OSError):
            return error.strerror or str(error)
        return f"{type(error).__name__}: {error}"  # a bug of ours: said, not a crash

    # -- open recent
    def fill_recent(self, menu: QMenu):
        menu.clear()
        recent = self.settings.recent_files()
        if not recent:
            menu.addAction(self.tr("(none)")).setEnabled(False)
        for path in recent:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_recent(p))

    def open_recent(self, path: str):
        if not Path(path).exists():
            self.settings.remove_recent(path)
            self._say(self.tr("{0} is no longer there").format(path))
            return
        if self.maybe_save():
            self.open_path(path)

    # -- autosave and recovery
    def _clean_changed(self, clean: bool):
        if clean:
            self.autosave.discard()

    def autosave_now(self) -> Path | None:
        if self.document.undo_stack.isClean():
            return None
        try:
            return self.autosave.write(self.document.plan, self.document.path)
        except OSError as error:  # a full disk must not interrupt the user
            self._say(self.tr("Autosave failed: {0}").format(error))
            return None

    def recover(self, path: Path) -> bool:
        """Open an autosaved plan as a new, unsaved document (Save asks where: nothing is overwritten)."""
        plan, source, saved = recovery.read_autosave(path)
        self.document.replace(plan, None)
        self.document.undo_stack.resetClean()  # recovered work is unsaved work
        self.window.setWindowModified(True)
        self._say(self.tr("Recovered the plan autosaved at {0}{1}").format(
            saved.replace("T", " "), self.tr(" (from {0})").format(source.name) if source else ""), 15000)
        path.unlink(missing_ok=True)
        self.autosave_now()
        return True

    def close(self):
        """The window closes: drop a read in progress, let a write finish, and leave nothing to recover."""
        if self.job is not None:
            self.job.cancel()
        self.finish_writing()
        self.autosave_timer.stop()
        self.autosave.discard()  # closed normally: nothing to recover next time
