"""The Optimise dialog, driven as a marketer drives it: pick an objective, lock and bound lines, apply, undo."""
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from market_entry_planner.core.engine.evaluate import estimate
from market_entry_planner.core.optimise.frontier import frontier
from market_entry_planner.core.optimise.optimiser import optimise
from market_entry_planner.gui.document import Change

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def dialog(window, qtbot):
    dialog = window.make_optimise_dialog()
    yield dialog
    dialog.reject()


def choose(dialog, objective):
    dialog.objective_box.setCurrentIndex(dialog.objective_box.findData(objective))
    QApplication.processEvents()  # the rerun timer fires on the next turn of the event loop


def test_apply_sets_the_optimisers_budgets_in_one_undoable_edit(window, dialog):
    doc = window.document
    before = doc.plan
    choose(dialog, "reach")
    expected = optimise(before, "reach", step=dialog.step)
    assert dialog.result.value_after == pytest.approx(expected.value_after, rel=1e-12)
    assert dialog.result.value_after > dialog.result.value_before
    assert "→" in dialog.summary.text()
    dialog.apply_button.click()
    assert [line.budget for line in doc.plan.lines] == pytest.approx(list(expected.budgets_after), abs=0.01)
    assert doc.results.total["reach"] == pytest.approx(expected.value_after, rel=1e-9)
    assert window.headline.tiles["reach"].value.text() == window.formatter.count(doc.results.total["reach"])
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.plan == before


def test_locked_and_bounded_lines_are_respected_and_kept_on_apply(window, dialog):
    model = dialog.model
    assert model.setData(model.index(0, model.LOCK), Qt.Checked, Qt.CheckStateRole)
    assert model.setData(model.index(8, model.MAX), 300_000, Qt.EditRole)   # Wanxiangtai at most ¥300k
    assert model.setData(model.index(5, model.MIN), 400_000, Qt.EditRole)   # Kuaishou feed at least ¥400k
    QApplication.processEvents()
    after = dialog.result.budgets_after
    plan = window.document.plan
    assert after[0] == plan.lines[0].budget
    assert after[8] <= 300_000 + 1e-6 and after[5] >= 400_000 - 1e-6
    assert after.sum() == pytest.approx(plan.total_budget, abs=0.01)
    assert model.data(model.index(8, model.LIMIT)) == "at maximum"
    assert window.document.plan is plan  # nothing reaches the plan before Apply
    dialog.apply_button.click()
    lines = window.document.plan.lines
    assert lines[0].locked and lines[8].max_budget == 300_000 and lines[5].min_budget == 400_000
    assert lines[8].budget <= 300_000 + 1e-6


def test_limits_that_contradict_the_total_say_why_and_cannot_be_applied(dialog):
    model = dialog.model
    model.setData(model.index(0, model.MIN), 4_900_000, Qt.EditRole)
    model.setData(model.index(1, model.LOCK), Qt.Checked, Qt.CheckStateRole)  # ¥450k locked: ¥5.35m > ¥5m
    QApplication.processEvents()
    assert dialog.result is None
    assert "cannot all hold" in dialog.summary.text() and not dialog.apply_button.isEnabled()
    model.setData(model.index(0, model.MIN), 0, Qt.EditRole)
    QApplication.processEvents()
    assert dialog.result is not None and dialog.apply_button.isEnabled()


def test_keep_as_a_new_scenario_leaves_the_plan_and_adds_the_optimum(window, dialog, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Best GMV", True))
    choose(dialog, "gmv")
    expected = dialog.result.budgets_after.copy()
    base_lines = window.document.plan.lines
    dialog.scenario_button.click()
    plan = window.document.plan
    assert [s.name for s in plan.scenarios] == ["Base", "Best GMV"] and plan.scenario.name == "Best GMV"
    assert plan.scenarios[0].lines == base_lines
    assert [line.budget for line in plan.lines] == pytest.approx(list(expected), abs=0.01)
    assert estimate(plan).total["gmv"] >= estimate(plan.with_scenario(0)).total["gmv"]


def test_a_bigger_total_and_spending_up_to_follow_the_inputs(dialog):
    choose(dialog, "contribution")
    dialog.total_box.setValue(8_000_000)
    QApplication.processEvents()
    assert dialog.result.budgets_after.sum() == pytest.approx(8_000_000, abs=0.01)
    dialog.at_most.setChecked(True)
    QApplication.processEvents()
    assert dialog.result.limits.at_most
    assert dialog.result.budgets_after.sum() <= 8_000_000 + 0.01


def test_the_frontier_is_computed_in_a_worker_and_drawn(dialog, qtbot):
    choose(dialog, "reach")
    qtbot.waitUntil(lambda: dialog.frontier_result is not None, timeout=30000)
    result = dialog.frontier_result
    reference = frontier(dialog.plan, "reach", top=2.0 * dialog.plan.total_budget)
    assert result.values == pytest.approx(reference.values, rel=1e-9)
    x, y = dialog.frontier_plot.curve.getData()
    assert list(x) == pytest.approx(list(result.budgets)) and np.all(np.diff(y) >= -1e-6)
    # the optimised point sits on the curve at the total budget
    px, py = dialog.frontier_plot.optimised.getData()
    assert py[0] == pytest.approx(result.value_at(px[0]), rel=0.02)


def test_dragging_the_budget_line_on_the_frontier_sets_the_total(dialog):
    dialog.frontier_plot.total_line.setValue(6_500_000)
    dialog.frontier_plot.total_line.sigPositionChangeFinished.emit(dialog.frontier_plot.total_line)
    QApplication.processEvents()
    assert dialog.total == pytest.approx(6_500_000, abs=1)
    assert dialog.result.budgets_after.sum() == pytest.approx(6_500_000, abs=1)


def test_the_toolbar_action_opens_the_dialog(window, monkeypatch):
    from market_entry_planner.gui.dialogs.optimise import OptimiseDialog
    opened = []
    monkeypatch.setattr(OptimiseDialog, "exec", lambda self: opened.append(self) or 0)
    window.optimise_action.trigger()
    assert opened and opened[0].result is not None
    opened[0].reject()


def test_a_channel_minimum_holds_in_the_optimised_plan_and_its_frontier(dialog, qtbot):
    choose(dialog, "reach")
    free_tmall = sum(b for b, line in zip(dialog.result.budgets_after, dialog.plan.lines) if line.channel == "taobao")
    wanted = free_tmall + 1_000_000
    dialog.channel_boxes["taobao"].setValue(wanted)
    wanted = dialog.channel_boxes["taobao"].value()  # whole yuan in the box
    QApplication.processEvents()
    expected = optimise(dialog.plan, "reach", channel_minimums={"taobao": wanted}, step=dialog.step)
    assert list(dialog.result.budgets_after) == pytest.approx(list(expected.budgets_after), abs=0.01)
    spent = sum(b for b, line in zip(dialog.result.budgets_after, dialog.plan.lines) if line.channel == "taobao")
    assert spent == pytest.approx(wanted, abs=1.0)
    qtbot.waitUntil(lambda: dialog.frontier_result is not None, timeout=30000)
    assert dialog.frontier_result.budgets[0] >= wanted - 1.0


def test_in_euros_the_total_is_the_plans_own_and_an_optimal_plan_is_kept(window):
    plan = window.document.plan
    window.document.edit("optimise", optimise(plan, "reach", step=10_000).apply(plan), Change("reset"))
    window.market_panel.commit("currency", "EUR")  # ¥ shown as € at the plan's exchange rate
    assert window.formatter.currency == "EUR" and window.formatter.rate != 1
    dialog = window.make_optimise_dialog()
    try:
        assert dialog.total == window.document.plan.total_budget  # not the euro box's rounding of it
        assert dialog.result.kept_input and not dialog.apply_button.isEnabled()
        assert "already the best" in dialog.notes.text()
    finally:
        dialog.reject()


def test_an_unexpected_error_in_the_optimiser_is_shown_not_raised(dialog, monkeypatch):
    import market_entry_planner.gui.dialogs.optimise as module

    def broken(*args, **kwargs):
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(module, "optimise", broken)
    dialog.total_box.setValue(4_000_000)
    QApplication.processEvents()
    assert dialog.result is None and "boom" in dialog.summary.text() and not dialog.apply_button.isEnabled()


def test_channel_limits_floors_and_rounding_reach_the_optimiser(dialog, qtbot):
    """A JD maximum, Douyin's share, a ROI floor and a ¥10k step set in the dialog are what core optimises."""
    choose(dialog, "gmv")
    dialog.channel_max_boxes["jd"].setValue(400_000)
    low, high = dialog.share_boxes["douyin"]
    low.setValue(30)
    high.setValue(50)
    check, box = dialog.floor_widgets["roi"]
    check.setChecked(True)
    box.setValue(-80.0)
    dialog.step_box.setCurrentIndex(dialog.step_box.findData(10_000.0))
    QApplication.processEvents()
    qtbot.waitUntil(lambda: dialog.optimise_job is None and dialog.result is not None, timeout=60000)  # a worker
    asked = dialog.constraints()
    assert asked.channel_maximums == {"jd": 400_000} and asked.channel_shares == {"douyin": (0.3, 0.5)}
    assert asked.floors == {"roi": pytest.approx(-0.8)}
    r = dialog.result
    expected = optimise(dialog.plan, "gmv", constraints=asked, step=10_000)
    assert list(r.budgets_after) == pytest.approx(list(expected.budgets_after), abs=0.01)
    channels = np.array([line.channel for line in dialog.plan.lines])
    spent = r.budgets_after.sum()
    assert r.budgets_after[channels == "jd"].sum() <= 400_000 + 1e-6
    assert 0.3 * spent - 1 <= r.budgets_after[channels == "douyin"].sum() <= 0.5 * spent + 1
    assert r.after.total["roi"] >= -0.8 - 1e-9
    free = ~r.limits.locked & ~r.limits.rounded
    assert np.allclose(r.budgets_after[free] % 10_000, 0) or np.all(
        np.minimum(r.budgets_after[free] % 10_000, 10_000 - r.budgets_after[free] % 10_000) < 1e-6)
    assert dialog.frontier_job is None and "No frontier with KPI floors" in dialog.frontier_status.text()
    from PySide6.QtCore import QThreadPool

    assert QThreadPool.globalInstance().waitForDone(120000)  # the frontiers started before the floor, cancelled


def test_a_floor_runs_in_a_worker_the_dialog_stays_live_and_a_stale_answer_is_dropped(dialog, qtbot):
    """The most reach spending up to the total while profit ROI stays at -70% or more takes seconds: run() returns
    at once saying it is working, Apply waits; a change made meanwhile wins over the answer still coming."""
    choose(dialog, "reach")
    dialog.at_most.setChecked(True)
    check, box = dialog.floor_widgets["roi"]
    box.setValue(-70.0)
    check.setChecked(True)
    QApplication.processEvents()
    assert dialog.optimise_job is not None and dialog.result is None
    assert "floors" in dialog.summary.text() and not dialog.apply_button.isEnabled()
    first = dialog.optimise_job
    box.setValue(-75.0)  # the user moves on before the answer arrives
    QApplication.processEvents()
    assert dialog.optimise_job is not first and first.cancelled
    qtbot.waitUntil(lambda: dialog.optimise_job is None, timeout=120000)
    r = dialog.result
    assert r is not None and dialog.constraints().floors == {"roi": pytest.approx(-0.75)}
    expected = optimise(dialog.plan, "reach", dialog.total, True, constraints=dialog.constraints(), step=dialog.step)
    assert r.value_after == pytest.approx(expected.value_after, rel=1e-9)
    assert r.after.total["roi"] >= -0.75 - 1e-6
    assert dialog.apply_button.isEnabled() and dialog.formatter.count(r.value_after) in dialog.summary.text()


def test_the_cautious_plan_shows_both_plans_p10_to_p90(dialog, qtbot):
    from market_entry_planner.core.optimise.risk import cautious

    choose(dialog, "gmv")
    dialog.risk_box.setCurrentIndex(dialog.risk_box.findData("p10"))
    QApplication.processEvents()
    assert dialog.result is None and "P10" in dialog.summary.text()
    qtbot.waitUntil(lambda: dialog.optimise_job is None and dialog.result is not None, timeout=120000)
    expected = cautious(dialog.plan, "gmv", dialog.total, False, dialog.constraints(), dialog.step)
    assert dialog.risk.central_band == pytest.approx(expected.central_band)
    assert dialog.risk.cautious_band == pytest.approx(expected.cautious_band)
    text = dialog.summary.text()
    for value in (*expected.central_band, *expected.cautious_band):
        assert dialog.formatter.money(value) in text
    assert list(dialog.result.budgets_after) == pytest.approx(list(expected.cautious.budgets_after), abs=0.01)
    dialog.risk_box.setCurrentIndex(dialog.risk_box.findData("p50"))
    QApplication.processEvents()
    assert dialog.risk is None and "P10" not in dialog.summary.text()


def test_next_10k_is_measured_at_the_optimised_plan_and_follows_a_constraint(dialog, qtbot):
    choose(dialog, "reach")
    model = dialog.model
    header = model.headerData(model.NEXT, Qt.Horizontal)
    assert dialog.formatter.money(dialog.result.budgets_after.sum()) in header
    before = [model.index(row, model.NEXT).data() for row in range(model.rowCount())]
    dialog.channel_boxes["jd"].setValue(2_000_000)
    QApplication.processEvents()
    after = [model.index(row, model.NEXT).data() for row in range(model.rowCount())]
    assert after != before
    from market_entry_planner.core.optimise.marginal import marginal_returns

    expected = marginal_returns(dialog.result.compiled, dialog.result.budgets_after)
    assert dialog.marginal.next_step["reach"] == pytest.approx(expected.next_step["reach"], nan_ok=True)
    qtbot.waitUntil(lambda: dialog.frontier_job is None, timeout=60000)  # the minimum redraws the frontier


def test_what_does_it_take_finds_the_least_budget_in_a_worker(dialog, qtbot):
    dialog.target_box.setCurrentIndex(dialog.target_box.findData("reach_pct"))
    dialog.target_value.setValue(60.0)
    dialog.target_check.setChecked(True)
    QApplication.processEvents()
    assert not dialog.total_box.isEnabled()
    qtbot.waitUntil(lambda: dialog.goal is not None, timeout=60000)
    g = dialog.goal
    assert g.reached and g.optimisation.after.total["reach_pct"] >= 0.6 - 1e-9
    assert dialog.formatter.money(g.budget) in dialog.summary.text()
    assert dialog.apply_button.isEnabled()


def test_the_line_column_shows_whole_names_in_italian(window, qtbot, qapp):
    """Issue 16: Italian rows showed only "Taobao/Tmall · …"; the column now fits every line's text."""
    from market_entry_planner.gui import i18n

    i18n.install(qapp, "it")
    dialog = window.make_optimise_dialog()
    try:
        view, model = dialog.view, dialog.model
        dialog.show()
        qtbot.waitExposed(dialog)
        metrics = view.fontMetrics()
        texts = [model.index(row, model.LINE).data() for row in range(model.rowCount())]
        assert any("Taobao/Tmall" in text for text in texts)
        for text in texts:
            assert view.columnWidth(model.LINE) >= metrics.horizontalAdvance(text), text
    finally:
        dialog.reject()
        i18n.uninstall(qapp)


def test_a_frequency_cap_typed_in_the_lines_table_binds_and_is_named(dialog, qtbot):
    """Double-click Max freq. on the Douyin feed line, type 1.3: the optimised plan shows that line at most 1.3 times
    per person (the estimate's frequency), its Limit says so; a search line takes no cap; a cap of 1 is refused."""
    choose(dialog, "reach")
    model = dialog.model
    uncapped = float(dialog.result.after.line["frequency"][0])
    assert uncapped > 1.35
    assert model.flags(model.index(7, model.FREQ)) & Qt.ItemIsEditable == Qt.NoItemFlags  # Zhitongche: search
    rejected = []
    model.editRejected.connect(rejected.append)
    assert not model.setData(model.index(0, model.FREQ), "1", Qt.EditRole)
    assert rejected and "above 1" in rejected[-1]
    assert model.setData(model.index(0, model.FREQ), "1,3", Qt.EditRole)
    QApplication.processEvents()
    r = dialog.result
    assert r.after.line["frequency"][0] <= 1.3 + 1e-9
    assert model.data(model.index(0, model.FREQ)) == dialog.formatter.ratio(1.3)
    assert model.data(model.index(0, model.LIMIT)) == "at frequency cap"
    expected = optimise(dialog.plan, "reach", dialog.total, constraints=dialog.constraints(), step=dialog.step,
                        frequency={0: (None, 1.3)})
    assert r.value_after == pytest.approx(expected.value_after, rel=1e-12)
    assert model.setData(model.index(0, model.FREQ), "", Qt.EditRole)  # cleared: the cap is gone
    QApplication.processEvents()
    assert dialog.result.after.line["frequency"][0] == pytest.approx(uncapped, rel=1e-6)


def test_the_cautious_plan_and_what_does_it_take_keep_a_frequency_cap(dialog, qtbot):
    model = dialog.model
    assert model.setData(model.index(0, model.FREQ), "1.2", Qt.EditRole)
    dialog.risk_box.setCurrentIndex(dialog.risk_box.findData("p10"))
    QApplication.processEvents()
    qtbot.waitUntil(lambda: dialog.optimise_job is None and dialog.result is not None, timeout=120000)
    assert dialog.result.after.line["frequency"][0] <= 1.2 + 1e-9
    dialog.risk_box.setCurrentIndex(dialog.risk_box.findData("p50"))
    dialog.target_box.setCurrentIndex(dialog.target_box.findData("reach_pct"))
    dialog.target_value.setValue(55.0)
    dialog.target_check.setChecked(True)
    QApplication.processEvents()
    qtbot.waitUntil(lambda: dialog.goal is not None, timeout=120000)
    assert dialog.goal.optimisation.after.line["frequency"][0] <= 1.2 + 1e-9
    dialog.target_check.setChecked(False)
    dialog.timing_box.check.setChecked(True)
    QApplication.processEvents()
    assert "Frequency caps and the months" in dialog.summary.text() and not dialog.apply_button.isEnabled()
