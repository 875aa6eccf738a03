"""Saving and exporting from the window: the workbook is written in a worker, and a save that cannot be written
(a read-only file, a folder that is gone, a folder in the file's place) says why and leaves the plan unsaved."""
from __future__ import annotations

import os
import stat

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from market_entry_planner.core.workbook import read_plan, write_plan


def _edit(window, budget=123_456.0):
    model = window.plan_model
    model.setData(model.index(0, model.column_of("budget")), budget, Qt.EditRole)
    assert window.isWindowModified()


@pytest.fixture
def warnings_shown(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append((title, text)))
    return shown


def test_save_runs_in_a_worker_and_reports_by_signal(window, qtbot, tmp_path):
    _edit(window)
    path = tmp_path / "plan.xlsx"
    with qtbot.waitSignal(window.files.saved, timeout=20000) as saved:
        assert window.save_to(path)
        # back on the UI thread before the worker reports: the window is still answering, the plan not yet clean
        assert window.files.save_job is not None and window.isWindowModified()
    assert saved.args == [str(path)]
    assert not window.isWindowModified() and window.document.path == path
    assert read_plan(path).plan == window.document.plan


def test_saving_over_a_read_only_file_says_so_and_keeps_the_plan_unsaved(window, qtbot, tmp_path, warnings_shown):
    path = tmp_path / "locked.xlsx"
    write_plan(window.document.plan, path)
    before = path.read_bytes()
    os.chmod(path, stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)  # what Windows' read-only attribute maps to
    _edit(window)
    with qtbot.waitSignal(window.files.saveFailed, timeout=20000) as failed:
        assert window.save_to(path)  # started; the answer comes by signal
    assert window.isWindowModified() and window.document.path is None  # unsaved, and not that file's
    assert path.read_bytes() == before                                  # the read-only file is untouched
    assert len(warnings_shown) == 1
    title, text = warnings_shown[0]
    assert title == "Not saved" and text == failed.args[0]
    assert str(path) in text and "read-only" in text
    assert window.files.save_job is None  # the next save may start
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    with qtbot.waitSignal(window.files.saved, timeout=20000):
        assert window.save_to(path)
    assert not window.isWindowModified()


@pytest.mark.parametrize("where, words", [
    ("gone/plan.xlsx", "does not exist"),   # a folder that is gone (a USB stick pulled out)
    ("folder.xlsx", "folder of that name"),  # a folder where the file should go
])
def test_a_save_that_cannot_be_written_names_the_reason(window, qtbot, tmp_path, warnings_shown, where, words):
    (tmp_path / "folder.xlsx").mkdir()
    _edit(window)
    with qtbot.waitSignal(window.files.saveFailed, timeout=20000):
        window.save_to(tmp_path / where)
    assert window.isWindowModified()
    assert words in warnings_shown[0][1]


def test_an_export_that_fails_says_so_and_changes_nothing(window, qtbot, tmp_path, warnings_shown):
    saved = tmp_path / "plan.xlsx"
    with qtbot.waitSignal(window.files.saved, timeout=20000):
        window.save_to(saved)
    _edit(window)
    with qtbot.waitSignal(window.files.saveFailed, timeout=20000):
        assert window.files.export_to(tmp_path / "gone" / "copy.xlsx")
    assert "does not exist" in warnings_shown[0][1]
    assert window.isWindowModified() and window.document.path == saved
    with qtbot.waitSignal(window.files.saved, timeout=20000):
        window.files.export_to(tmp_path / "copy.xlsx")
    assert read_plan(tmp_path / "copy.xlsx").plan == window.document.plan
    assert window.isWindowModified() and window.document.path == saved  # a copy: the plan is still unsaved


def test_closing_with_changes_saves_and_waits_for_the_worker(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "plan.xlsx"
    with qtbot.waitSignal(window.files.saved, timeout=20000):
        window.save_to(path)
    _edit(window, 222_222.0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Save)
    assert window.maybe_save()  # "Save" answered: written before the window may close
    assert not window.isWindowModified()
    assert read_plan(path).plan.lines[0].budget == 222_222.0


def test_a_plan_edited_while_it_is_written_stays_unsaved(qapp, sample_plan, tmp_path):
    from market_entry_planner.gui.document import Change, PlanDocument

    document = PlanDocument(sample_plan)
    document.edit("budget", document.plan.with_line(0, document.plan.lines[0].with_budget(1.0)), Change("budgets"))
    written = document.plan  # a save starts with this plan...
    document.edit("budget", written.with_line(0, written.lines[0].with_budget(2.0)), Change("budgets"))
    document.mark_saved(tmp_path / "plan.xlsx", written)  # ...and ends after another edit
    assert not document.undo_stack.isClean() and document.path == tmp_path / "plan.xlsx"
    document.mark_saved(tmp_path / "plan.xlsx", document.plan)
    assert document.undo_stack.isClean()


def test_a_second_save_while_one_is_written_waits_its_turn(window, qtbot, tmp_path):
    _edit(window)
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    with qtbot.waitSignal(window.files.saved, timeout=20000):
        assert window.save_to(first)
        assert not window.save_to(second)  # refused, not interleaved: the status bar says to try again
        assert "try again" in window.statusBar().currentMessage()
        assert window.save_to(second, wait=True)  # one that must happen (closing) waits for the first
    assert read_plan(first).plan == read_plan(second).plan == window.document.plan
    assert window.document.path == second and not window.isWindowModified()
