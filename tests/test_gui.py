"""The desktop app, driven as a user drives it: real widgets, offscreen, dialogs patched."""
import math

import numpy as np
import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QPointF, Qt

from market_entry_planner.core.engine.evaluate import estimate
from market_entry_planner.core.workbook import read_plan, write_plan
from market_entry_planner.gui.dialogs import import_lines
from market_entry_planner.gui.dialogs.problems import ProblemsDialog
from tests.gui_helpers import close_without_prompt, drag, item_position, make_window

pytestmark = pytest.mark.usefixtures("qt_settings")


def budget_index(window, row):
    model = window.plan_model
    return model.index(row, model.column_of("budget"))


def test_editing_a_budget_moves_headline_and_chart_to_the_engines_values_and_undo_restores(window):
    doc = window.document
    before_reach_text = window.headline.tiles["reach"].value.text()
    before_totals = dict(doc.results.total)
    kuaishou_point = window.reach_chart.points["kuaishou"]
    before_point = (kuaishou_point.pos().x(), kuaishou_point.pos().y())

    assert window.plan_model.setData(budget_index(window, 5), 1_250_000, Qt.EditRole)  # Kuaishou feed ads

    expected = estimate(doc.plan).total
    assert doc.plan.lines[5].budget == 1_250_000
    assert doc.results.total["reach"] == pytest.approx(expected["reach"], rel=1e-12)
    assert window.headline.tiles["reach"].value.text() == window.formatter.count(expected["reach"])
    assert window.headline.tiles["reach"].value.text() != before_reach_text
    assert window.headline.tiles["reach"].delta.text().startswith("+")
    j = doc.results.compiled.channels.index("kuaishou")
    assert kuaishou_point.pos().x() == pytest.approx(doc.results.channel["budget"][j])
    assert kuaishou_point.pos().y() == pytest.approx(doc.results.channel["reach"][j])
    assert window.isWindowModified()

    window.undo_action.trigger()
    assert doc.results.total == before_totals
    assert window.headline.tiles["reach"].value.text() == before_reach_text
    assert (kuaishou_point.pos().x(), kuaishou_point.pos().y()) == pytest.approx(before_point)
    assert not window.isWindowModified()


def test_rejected_edit_changes_nothing(window):
    plan = window.document.plan
    window.plan_model.setData(window.plan_model.index(0, window.plan_model.column_of("end")),
                              QDate(2026, 1, 1), Qt.EditRole)
    assert window.document.plan is plan
    assert window.document.undo_stack.count() == 0


def test_dragging_a_reach_curve_point_changes_the_budget_and_one_undo_restores(window, qtbot):
    window.charts.setCurrentWidget(window.reach_chart)
    chart = window.reach_chart
    view = chart.graphics
    point = chart.points["jd"]
    budgets_before = [line.budget for line in window.document.plan.lines]
    jd_rows = [i for i, line in enumerate(window.document.plan.lines) if line.channel == "jd"]
    start = item_position(view, point)
    drag(view, start, start + QPointF(60, 0))

    after = [line.budget for line in window.document.plan.lines]
    assert all(after[i] > budgets_before[i] for i in jd_rows)           # JD's lines grew together
    ratio = after[jd_rows[0]] / budgets_before[jd_rows[0]]
    assert all(math.isclose(after[i] / budgets_before[i], ratio) for i in jd_rows)
    assert all(after[i] == budgets_before[i] for i in range(len(after)) if i not in jd_rows)
    assert window.document.undo_stack.count() == 1                       # one drag, one edit
    j = window.document.results.compiled.channels.index("jd")
    assert point.pos().x() == pytest.approx(window.document.results.channel["budget"][j])

    window.undo_action.trigger()
    assert [line.budget for line in window.document.plan.lines] == budgets_before


def test_dragging_the_selected_lines_point_moves_only_that_line(window):
    window.plan_tab.select_row(0)
    chart = window.reach_chart
    assert chart.line_row == 0 and chart.line_point.isVisible()
    before = [line.budget for line in window.document.plan.lines]
    start = item_position(chart.graphics, chart.line_point)
    drag(chart.graphics, start, start + QPointF(-40, 0))
    after = [line.budget for line in window.document.plan.lines]
    assert after[0] < before[0] and after[1:] == before[1:]
    window.undo_action.trigger()
    assert [line.budget for line in window.document.plan.lines] == before


def test_add_duplicate_delete_lines_are_undoable(window):
    doc = window.document
    n = len(doc.plan.lines)
    window.plan_tab.select_row(2)
    window.duplicate_action.trigger()
    assert len(doc.plan.lines) == n + 1 and doc.plan.lines[3] == doc.plan.lines[2]
    window.add_action.trigger()
    assert len(doc.plan.lines) == n + 2
    window.plan_tab.view.selectRow(0)
    flags = QItemSelectionModel.SelectionFlag
    window.plan_tab.view.selectionModel().select(window.plan_tab.proxy.index(4, 0), flags.Select | flags.Rows)
    window.delete_action.trigger()
    assert len(doc.plan.lines) == n
    for _ in range(3):
        window.undo_action.trigger()
    assert len(doc.plan.lines) == n


def test_open_edit_save_reopen_gives_the_same_plan(window, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    original = tmp_path / "plan.xlsx"
    write_plan(window.document.plan, original)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(original), ""))
    with qtbot.waitSignal(window.fileLoaded, timeout=20000):
        window.open_action.trigger()
    assert window.document.path == original and not window.isWindowModified()

    window.plan_model.setData(budget_index(window, 0), 777_777.77, Qt.EditRole)
    window.plan_model.setData(window.plan_model.index(0, window.plan_model.column_of("name")), "Renamed =1+1",
                              Qt.EditRole)
    edited = window.document.plan
    copy = tmp_path / "edited.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    with qtbot.waitSignal(window.files.saved, timeout=20000):
        assert window.ask_save_as()  # written in a worker: the window answers meanwhile
    assert not window.isWindowModified() and window.document.path == copy
    assert read_plan(original).plan != edited  # the file it came from was not overwritten

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(copy), ""))
    with qtbot.waitSignal(window.fileLoaded, timeout=20000):
        window.open_action.trigger()
    assert window.document.plan == edited
    assert window.document.plan.lines[0].budget == 777_777.77


def test_a_bad_workbook_lists_its_problems_and_leaves_the_plan_alone(window, qtbot, tmp_path, monkeypatch):
    import openpyxl
    path = tmp_path / "bad.xlsx"
    write_plan(window.document.plan, path)
    wb = openpyxl.load_workbook(path)
    wb["Plan"]["E2"] = "lots"
    wb["Plan"]["B4"] = "Myspace"
    wb.save(path)
    shown = []
    monkeypatch.setattr(ProblemsDialog, "exec", lambda self: shown.append(self.problem_texts()) or 0)
    window.plan_model.setData(budget_index(window, 1), 123_456, Qt.EditRole)
    plan_before = window.document.plan
    with qtbot.waitSignal(window.loadFailed, timeout=20000):
        window.open_path(path)
    assert window.document.plan is plan_before
    assert window.isWindowModified()
    assert len(shown) == 1
    texts = " | ".join(shown[0])
    assert "lots" in texts and "Myspace" in texts
    dialog = window.last_problems_dialog
    rows = {(dialog.tree.topLevelItem(i).text(0), dialog.tree.topLevelItem(i).text(1),
             dialog.tree.topLevelItem(i).text(2)) for i in range(dialog.tree.topLevelItemCount())}
    assert ("Plan", "2", "E") in rows and ("Plan", "4", "B") in rows


def test_importing_a_hand_made_sheet_replaces_lines_keeps_market_and_is_one_undo(window, qtbot, tmp_path,
                                                                                   monkeypatch):
    import openpyxl
    path = tmp_path / "piano.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Piano media"
    ws["A1"] = "Piano di lancio Cina"
    ws.append([])
    ws.append(["Canale", "Tattica", "Descrizione", "Spesa"])
    ws.append(["Douyin", "Annunci feed", "Qianchuan", "€ 50.000"])
    ws.append(["Tmall", "Ricerca", "Zhitongche", "1.200.000"])
    wb.save(path)
    market = window.document.plan.market
    monkeypatch.setattr(ProblemsDialog, "exec", lambda self: 0)  # the import summary: € converted, yuan assumed
    monkeypatch.setattr(import_lines, "ask_add_or_replace", lambda parent, new, existing: import_lines.REPLACE)
    with qtbot.waitSignal(window.fileLoaded, timeout=20000):
        window.open_path(path, replace_lines_only=True)
    lines = window.document.plan.lines
    assert [(x.channel, x.tactic) for x in lines] == [("douyin", "feed_ads"), ("taobao", "search_ads")]
    assert lines[0].budget == pytest.approx(50_000 * market.exchange_rates["EUR"])
    assert lines[1].budget == 1_200_000
    assert window.document.plan.market == market
    window.undo_action.trigger()
    assert len(window.document.plan.lines) == 13


def test_market_panel_edits_are_undoable(window):
    panel = window.market_panel
    panel.aov.setValue(1_000)
    assert window.document.plan.market.aov == 1_000
    panel.penetration["jd"].setValue(70)
    assert window.document.plan.assumptions.exact("jd", "*", "penetration").value == pytest.approx(0.7)
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.document.plan.market.aov == 850
    assert panel.aov.value() == 850


def test_display_currency_changes_money_not_the_plan(window):
    plan_budget = window.document.plan.lines[0].budget
    window.market_panel.currency.setCurrentIndex(window.market_panel.currency.findData("EUR"))
    text = window.plan_model.data(budget_index(window, 0), Qt.DisplayRole)
    assert text.startswith("€")
    assert window.headline.tiles["budget"].value.text().startswith("€")
    assert window.document.plan.lines[0].budget == plan_budget
    window.plan_model.setData(budget_index(window, 0), 100_000, Qt.EditRole)  # typed in euros
    assert window.document.plan.lines[0].budget == pytest.approx(100_000 * 8.2)


def test_assumption_edit_and_reset_to_default(window):
    from market_entry_planner.core import edits
    from market_entry_planner.gui.models.tables import MODIFIED_BACKGROUND
    model = window.assumptions_model
    row = next(i for i, r in enumerate(window.document.plan.assumptions) if r.key == ("douyin", "feed_ads", "cpm"))
    value = model.index(row, model.FIELDS.index("value"))
    assert model.setData(value, 55.0, Qt.EditRole)
    assert window.document.plan.assumptions.exact("douyin", "feed_ads", "cpm").value == 55.0
    assert edits.differs_from_default(window.document.plan.assumptions.rows[row])
    assert model.data(value, Qt.BackgroundRole) == MODIFIED_BACKGROUND  # blue, as the README says
    window.assumptions_view.selectRow(window.assumptions_view.model().mapFromSource(value).row())
    window.reset_assumption_action.trigger()
    assert window.document.plan.assumptions.exact("douyin", "feed_ads", "cpm").value == 40
    assert not edits.differs_from_default(window.document.plan.assumptions.rows[row])
    window.undo_action.trigger()
    assert window.document.plan.assumptions.exact("douyin", "feed_ads", "cpm").value == 55.0


@pytest.mark.parametrize("which", ["plan", "assumptions", "channels"])
def test_table_models_pass_the_model_tester(window, qtmodeltester, which):
    model = {"plan": window.plan_model, "assumptions": window.assumptions_model,
             "channels": window.channels_model}[which]
    qtmodeltester.check(model, force_py=True)
    # and still after edits that insert, remove and reset rows
    window.plan_tab.select_row(0)
    window.duplicate_action.trigger()
    window.plan_model.setData(budget_index(window, 0), 10, Qt.EditRole)
    window.undo_action.trigger()
    qtmodeltester.check(model, force_py=True)


def test_charts_export_png_and_svg(window, tmp_path):
    """Catches the pyqtgraph/PySide6 SVG export break (STYLE.md) if an upgrade brings it back."""
    for chart in (window.reach_chart, window.budget_chart, window.funnel_chart):
        for suffix in (".png", ".svg"):
            path = tmp_path / f"{type(chart).__name__}{suffix}"
            written = chart.export(path)
            assert written == str(path) and path.stat().st_size > 1000
    assert (tmp_path / "ReachCurvesChart.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")


def test_channels_tab_shows_the_deduplicated_total(window):
    model = window.channels_model
    last = model.rowCount() - 1
    assert model.data(model.index(last, 0)) == "Total (deduplicated)"
    reach_col = 1 + model.KEYS.index("reach")
    total = window.document.results.total["reach"]
    assert model.data(model.index(last, reach_col)) == window.formatter.count(total, compact=False)
    channel_sum = np.sum(window.document.results.channel["reach"])
    assert total < channel_sum  # people on several channels are counted once


def test_theme_choice_applies_and_is_remembered(window):
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication
    window.theme_actions["dark"].trigger()
    assert QApplication.instance().palette().color(QPalette.Window).lightness() < 80
    assert window.settings.value("view/theme") == "dark"
    window.theme_actions["light"].trigger()
    assert QApplication.instance().palette().color(QPalette.Window).lightness() > 180


def test_autosave_is_written_while_unsaved_and_removed_on_save(window, qtbot, tmp_path):
    assert window.autosave_now() is None                          # nothing unsaved yet
    window.plan_model.setData(budget_index(window, 0), 42_000, Qt.EditRole)
    path = window.autosave_now()
    assert path is not None and path.exists()
    from market_entry_planner.gui.recovery import read_autosave
    plan, _, _ = read_autosave(path)
    assert plan == window.document.plan
    with qtbot.waitSignal(window.files.saved, timeout=20000):
        assert window.save_to(tmp_path / "saved.xlsx")
    assert not path.exists()                                     # a clean save removes it


def test_a_crashed_sessions_autosave_is_recovered_as_unsaved_work(qtbot, qt_settings, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from market_entry_planner.gui import app as app_module
    from market_entry_planner.gui import recovery
    first = make_window(qtbot)
    first.plan_model.setData(budget_index(first, 3), 99_999, Qt.EditRole)
    crashed_plan = first.document.plan
    left = first.autosave_now()
    first.hide()  # the session "crashes": it never closes, its autosave stays
    second = make_window(qtbot)
    try:
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
        app_module.offer_recovery(second)
        assert second.document.plan == crashed_plan
        assert second.isWindowModified() and second.document.path is None
        assert not left.exists()
        assert recovery.leftovers(exclude=second.autosave.path) == []
    finally:
        close_without_prompt(second)
        close_without_prompt(first)


def test_crash_handler_writes_a_report_and_an_autosave(window, monkeypatch):
    import sys

    from PySide6.QtWidgets import QMessageBox

    from market_entry_planner.gui.app import install_crash_handler
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: shown.append(a[2]))
    previous = sys.excepthook
    handler = install_crash_handler(window)
    try:
        window.plan_model.setData(budget_index(window, 0), 1_234, Qt.EditRole)
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError as error:
            handler(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
    assert len(shown) == 1 and "boom in a slot" in shown[0]
    report = next(line for line in shown[0].splitlines() if "crash-" in line).strip()
    text = open(report, encoding="utf-8").read()
    assert "RuntimeError: boom in a slot" in text and "Traceback" in text
    assert window.autosave.path.exists()


def test_about_lists_the_bundled_licences(window, monkeypatch):
    from market_entry_planner.gui.dialogs.about import AboutDialog
    monkeypatch.setattr(AboutDialog, "exec", lambda self: 0)
    window.about()
    html = window.last_about_dialog.text.toPlainText()
    for name, licence in (("PySide6", "LGPL-3.0"), ("pyqtgraph", "MIT"), ("pandas", "BSD-3-Clause"),
                          ("openpyxl", "MIT")):
        assert name in html and licence in html


def test_first_run_hint_is_shown_once(window, qtbot):
    assert window.hint_bar.isVisible()
    window.dismiss_hint()
    assert not window.hint_bar.isVisible()
    again = make_window(qtbot)
    try:
        assert not again.hint_bar.isVisible()
    finally:
        close_without_prompt(again)


def test_after_budget_edits_every_cell_shows_the_engines_current_numbers(window):
    """Only the edited channel's rows are repainted and re-formatted: no other row may keep a stale number."""
    model = window.plan_model
    window.plan_model.setData(budget_index(window, 0), 2_000_000, Qt.EditRole)   # Douyin
    window.plan_model.setData(budget_index(window, 8), 10_000, Qt.EditRole)      # Taobao/Tmall
    window.plan_model.setData(budget_index(window, 12), 0, Qt.EditRole)          # JD.com, one of its lines
    for row in range(model.rowCount()):
        for col, column in enumerate(model.columns):
            shown = model.data(model.index(row, col), Qt.DisplayRole)
            assert shown == model._format(row, column), (row, column.key)
    # and they are the engine's: the cost of a JD line moved with its channel's fixed-cost share
    cost = model.column_of("cost")
    assert model.data(model.index(11, cost), Qt.DisplayRole) == window.formatter.money(
        float(estimate(window.document.plan).line["cost"][11]), compact=False)
