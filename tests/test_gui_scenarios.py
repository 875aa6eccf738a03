"""Scenarios in the app: make, rename, delete, compare side by side, undo, and keep them through a save."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from market_entry_planner.core.analysis.scenarios import COMPARED, compare
from market_entry_planner.core.workbook import read_plan

pytestmark = pytest.mark.usefixtures("qt_settings")


def answer(monkeypatch, text, ok=True):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (text, ok))


def cell(model, key, column):
    return model.data(model.index(COMPARED.index(key), column), Qt.DisplayRole)


def test_new_scenario_is_a_copy_shown_in_the_comparison_and_one_undo_removes_it(window, monkeypatch):
    window.show_comparison()
    QApplication.processEvents()
    tab, doc = window.scenarios_tab, window.document
    answer(monkeypatch, "618 push")
    tab.new_button.click()
    assert [s.name for s in doc.plan.scenarios] == ["Base", "618 push"] and doc.plan.active == 1
    assert window.scenario_box.currentText() == "618 push"
    model = tab.model
    assert model.columnCount() == 2
    assert model.headerData(1, Qt.Horizontal) == "● 618 push"

    window.plan_model.setData(window.plan_model.index(0, window.plan_model.column_of("budget")), 0.0, Qt.EditRole)
    expected = compare(doc.plan)
    assert cell(model, "budget", 1) == window.formatter.money(expected[1].totals["budget"], compact=False)
    assert cell(model, "reach", 0) == window.formatter.count(expected[0].totals["reach"], compact=False)
    assert cell(model, "reach", 0) != cell(model, "reach", 1)
    assert "compared with Base" in model.data(model.index(COMPARED.index("reach"), 1), Qt.ToolTipRole)

    doc.undo_stack.undo()  # the budget edit
    doc.undo_stack.undo()  # the new scenario
    assert [s.name for s in doc.plan.scenarios] == ["Base"] and model.columnCount() == 1


def test_rename_refuses_a_duplicate_name_and_changes_nothing(window, monkeypatch):
    tab, doc = window.scenarios_tab, window.document
    answer(monkeypatch, "Launch lean")
    tab.new_button.click()
    answer(monkeypatch, "Base")
    plan = doc.plan
    messages = []
    tab.editRejected.connect(messages.append)
    tab.rename_button.click()
    assert doc.plan is plan and messages and "already" in messages[0]
    answer(monkeypatch, "Lean launch")
    tab.rename_button.click()
    assert doc.plan.scenario.name == "Lean launch"
    answer(monkeypatch, "ignored", ok=False)  # Cancel
    tab.new_button.click()
    assert len(doc.plan.scenarios) == 2


def test_delete_and_switch_by_double_clicking_a_column(window, monkeypatch):
    tab, doc = window.scenarios_tab, window.document
    assert not tab.delete_button.isEnabled()  # the last scenario stays
    answer(monkeypatch, "B")
    tab.new_button.click()
    assert tab.delete_button.isEnabled() and window.delete_scenario_action.isEnabled()
    tab.view.horizontalHeader().sectionDoubleClicked.emit(0)
    assert doc.plan.scenario.name == "Base"
    window.delete_scenario_action.trigger()
    assert [s.name for s in doc.plan.scenarios] == ["B"]
    doc.undo_stack.undo()
    assert [s.name for s in doc.plan.scenarios] == ["Base", "B"] and doc.plan.scenario.name == "Base"


def test_scenarios_survive_a_save_and_reopen(window, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog
    answer(monkeypatch, "618 push")
    window.scenarios_tab.new_button.click()
    window.plan_model.setData(window.plan_model.index(2, window.plan_model.column_of("budget")), 654_321.5,
                              Qt.EditRole)
    saved = window.document.plan
    path = tmp_path / "scenarios.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(window.files.saved, timeout=20000):
        assert window.ask_save_as()
    assert read_plan(path).plan == saved
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(window.fileLoaded, timeout=20000):
        window.open_action.trigger()
    plan = window.document.plan
    assert plan == saved and plan.scenario.name == "618 push" and plan.lines[2].budget == 654_321.5
    window.show_comparison()  # the comparison is computed when it is on screen
    assert window.scenarios_tab.model.columnCount() == 2


def test_comparison_model_passes_the_model_tester(window, qtmodeltester, monkeypatch):
    answer(monkeypatch, "Other")
    window.scenarios_tab.new_button.click()
    window.show_comparison()
    qtmodeltester.check(window.scenarios_tab.model)


def test_scenario_chart_draws_one_bar_per_scenario(window, monkeypatch):
    answer(monkeypatch, "Half")
    window.scenarios_tab.new_button.click()
    window.show_comparison()
    QApplication.processEvents()
    chart = window.scenario_chart
    summaries = compare(window.document.plan)
    assert list(chart.reach_bar.opts["width"]) == pytest.approx([s.totals["reach"] for s in summaries])
    stacked = sum(bar.opts["width"] for bar in chart.channel_bars.values())
    assert list(stacked) == pytest.approx([s.totals["budget"] for s in summaries])


def test_an_edit_of_the_shown_scenario_does_not_re_estimate_the_others(window, monkeypatch):
    import market_entry_planner.gui.panels.scenarios as scenarios_panel

    answer(monkeypatch, "B")
    window.scenarios_tab.new_button.click()
    answer(monkeypatch, "C")
    window.scenarios_tab.new_button.click()
    window.show_comparison()
    QApplication.processEvents()
    estimated = []
    real = scenarios_panel.summarise
    monkeypatch.setattr(scenarios_panel, "summarise",
                        lambda plan, index, results=None: estimated.append((index, results is None))
                        or real(plan, index, results))
    window.plan_model.setData(window.plan_model.index(0, window.plan_model.column_of("budget")), 1.0, Qt.EditRole)
    QApplication.processEvents()
    assert estimated == [(2, False)]  # only the shown scenario, from the results the edit already computed
    summaries = window.scenario_comparison.summaries()
    assert [s.totals["budget"] for s in summaries] == pytest.approx(
        [s.totals["budget"] for s in compare(window.document.plan)])
