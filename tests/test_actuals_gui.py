"""The Actuals tab in the real window: import the shipped sample reports, see pacing and calibration, accept the
calibration (one undoable edit), undo it, and add the re-forecast scenario."""
from __future__ import annotations

import pytest

from market_entry_planner.core.paths import resource
from tests.gui_helpers import close_without_prompt, make_window

pytestmark = pytest.mark.usefixtures("qt_settings")
REPORTS = [str(resource("sample", "sample-qianchuan-report.csv")), str(resource("sample", "sample-jd-report.xlsx"))]


@pytest.fixture
def window(qtbot, monkeypatch):
    from market_entry_planner.gui.dialogs.problems import ProblemsDialog

    shown = []
    monkeypatch.setattr(ProblemsDialog, "exec", lambda self: shown.append(self) or 0)
    w = make_window(qtbot)
    w.shown_problems = shown
    yield w
    close_without_prompt(w)  # closing stops the Monte Carlo the edits started (the window's closeEvent waits for it)


def _import(qtbot, window, paths):
    from PySide6.QtCore import QThreadPool

    with qtbot.waitSignal(window.actuals_tab.imported, timeout=20_000) as blocker:
        window.actuals_tab.import_paths(paths)
    QThreadPool.globalInstance().waitForDone(20_000)  # the job returns just after its signal; on a loaded machine,
    return blocker.args[0]                            # later than the leak check's grace


def test_import_accept_undo_and_reforecast(qtbot, qtmodeltester, window):
    tab, document = window.actuals_tab, window.document
    original = document.plan
    window.inputs.setCurrentWidget(tab)
    assert not tab.accept_button.isEnabled() and not tab.reforecast_button.isEnabled()
    result = _import(qtbot, window, REPORTS)
    assert result.rows == 83 and len(document.plan.actuals) == 83 and window.shown_problems == []
    assert document.undo_stack.undoText() == "Import actuals"
    # pacing: the Qianchuan line overspends its even pace (the synthetic report spends ~¥3,200 a day of ¥2,740)
    pacing = tab.pacing_model
    qtmodeltester.check(pacing)
    row = next(i for i, e in enumerate(pacing.entries) if e.line.name == "Qianchuan always-on")
    assert pacing.data(pacing.index(row, 4)).endswith("%") and pacing.entries[row].pacing > 1.1
    calibration = tab.calibration_model
    qtmodeltester.check(calibration)
    labels = [calibration.data(calibration.index(r, 0)) for r in range(calibration.rowCount())]
    assert any("CPM" in label for label in labels) and any("Average order value" in label for label in labels)
    assert "JD Kuaiche" in tab.notes.text() and "shopping festivals" in tab.notes.text()  # what calibration decided
    flags = [calibration.data(calibration.index(r, 6)) for r in range(calibration.rowCount())]
    assert "Plan outside the data" in flags
    # importing the same reports again changes nothing
    _import(qtbot, window, REPORTS)
    assert len(document.plan.actuals) == 83
    # accept: one edit; undo gives the plan's own assumptions back
    assert tab.accept_button.isEnabled()
    tab.accept_button.click()
    cpm = document.plan.assumptions.exact("douyin", "feed_ads", "cpm")
    assert cpm.value != original.assumptions.exact("douyin", "feed_ads", "cpm").value
    assert "calibrated from" in cpm.source and not tab.accept_button.isEnabled()
    assert document.undo_stack.undoText() == "Accept calibrated assumptions"
    document.undo_stack.undo()
    assert document.plan.assumptions == original.assumptions and tab.accept_button.isEnabled()
    document.undo_stack.redo()
    assert document.plan.assumptions.exact("douyin", "feed_ads", "cpm") == cpm
    # the re-forecast scenario appears, shown, with the money already spent locked
    tab.reforecast_button.click()
    names = [window.scenario_box.itemText(i) for i in range(window.scenario_box.count())]
    assert "Re-forecast 2027-03-14" in names
    assert document.plan.scenario.name == "Re-forecast 2027-03-14"
    feed = next(line for line in document.plan.lines if line.name == "Qianchuan always-on")
    assert feed.min_budget == pytest.approx(sum(r.spend for r in document.plan.actuals if r.line == feed.name))
    assert document.results is not None
    document.undo_stack.undo()
    assert [s.name for s in document.plan.scenarios] == [s.name for s in original.scenarios]


def test_pacing_chart_draws_planned_and_actual(qtbot, window):
    _import(qtbot, window, REPORTS)
    window.charts.setCurrentWidget(window.pacing_chart)
    qtbot.waitUntil(lambda: window.pacing_chart._built)
    chart = window.pacing_chart
    x_planned, y_planned = chart.planned.getData()
    x_actual, y_actual = chart.actual.getData()
    reported = {r.line for r in window.document.plan.actuals}
    assert len(x_planned) == 365 and y_planned[-1] == pytest.approx(
        sum(line.budget for line in window.document.plan.lines if line.name in reported))
    assert len(x_actual) == 73 and y_actual[-1] == pytest.approx(sum(r.spend for r in window.document.plan.actuals))
    jd = chart.channel_box.findData("jd")
    chart.channel_box.setCurrentIndex(jd)
    assert chart.actual.getData()[1][-1] == pytest.approx(
        sum(r.spend for r in window.document.plan.actuals if r.channel == "jd"))


def test_a_report_that_cannot_be_read_changes_nothing(qtbot, window, tmp_path):
    bad = tmp_path / "qianchuan.csv"
    bad.write_text("日期,计划名称,消耗\n2027-03-01,x,lots\n", encoding="utf-8")
    before = window.document.plan
    with qtbot.waitSignal(window.actuals_tab.importFailed, timeout=20_000) as blocker:
        window.actuals_tab.import_paths([str(bad)])
    assert window.document.plan is before
    assert any("lots" in p.message for p in blocker.args[0])
    assert window.shown_problems and window.actuals_tab.last_problems_dialog is not None


def test_file_menu_has_import_actuals(window):
    from PySide6.QtWidgets import QMenu

    holding = [m for m in window.menuBar().findChildren(QMenu) if window.import_actuals_action in m.actions()]
    assert [m.title() for m in holding] == ["&File"]


def test_map_a_campaign_the_import_could_not_place(qtbot, qtmodeltester, window, tmp_path):
    from datetime import date

    from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox

    from market_entry_planner.gui.panels.actuals import LinksModel
    from tests.actuals_helpers import HEADERS, report_rows, write_report

    path = write_report(tmp_path / "qianchuan-popup.csv", HEADERS["qianchuan"]["zh"],
                        report_rows("Pop-up store", date(2027, 3, 1), 5, spend=2_000))
    tab, document = window.actuals_tab, window.document
    window.inputs.setCurrentWidget(tab)
    result = _import(qtbot, window, [str(path)])
    assert result.rows == 0 and len(result.unmatched) == 1 and window.shown_problems
    model = tab.links_model
    qtmodeltester.check(model)
    row = next(r for r, link in enumerate(model.links) if link.campaign == "Pop-up store")
    index = model.index(row, LinksModel.LINE)
    assert "not linked" in model.data(index)
    # the user opens the Line cell, picks the store livestream: one edit moves the five rows onto it
    tab.links_view.edit(index)
    box = tab.links_view.viewport().findChild(QComboBox)
    names = [box.itemText(i) for i in range(box.count())]
    assert "Douyin store livestream" in names and "JD Kuaiche" not in names  # only the campaign's channel
    box.setCurrentIndex(names.index("Douyin store livestream"))
    tab.links_view.commitData(box)
    tab.links_view.closeEditor(box, QAbstractItemDelegate.NoHint)
    store = {r.line for r in document.plan.actuals}
    assert store == {"Douyin store livestream"} and all(link.confirmed for link in document.plan.campaign_links)
    entry = next(e for e in tab.pacing_model.entries if e.line.name == "Douyin store livestream")
    assert entry.actual["spend"] == 10_000
    assert document.undo_stack.undoText().startswith("Link campaign Pop-up store")
    document.undo_stack.undo()
    assert {r.line for r in document.plan.actuals} == {""}


def test_the_actuals_tab_does_not_load_the_workbook_reader_at_start_up():
    """openpyxl and the workbook reader take a second to import: the window loads them on first use only."""
    import subprocess
    import sys

    code = ("import sys; import market_entry_planner.gui.window.main_window; "
            "print(sorted(m for m in ('openpyxl', 'market_entry_planner.core.actuals.reports') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
