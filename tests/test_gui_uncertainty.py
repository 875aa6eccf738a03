"""How sure, in the app: the Monte Carlo runs in a worker after edits settle and fills the headline's P10–P90 with
core's numbers; a new edit cancels the run in progress; the tornado chart shows core's tornado and a double-click
opens the assumption."""
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from market_entry_planner.core.analysis.uncertainty import TORNADO_METRICS, monte_carlo, tornado
from market_entry_planner.gui.panels.headline import NEUTRAL
from market_entry_planner.gui.uncertainty import DRAWS, SEED
from tests.gui_helpers import close_without_prompt, make_window

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def window(qtbot):
    window = make_window(qtbot)
    window.uncertainty.stop()  # each test starts the runs it wants
    yield window
    close_without_prompt(window)


def core_bands(document, metrics=("reach", "effective_reach", "gmv", "roi")):
    result = monte_carlo(document.plan, DRAWS, SEED, compiled=document.compiled, budgets=document.budgets)
    return {m: result.band(m) for m in metrics}


def band_text(window, key, kind):
    low, _, high = core_bands(window.document)[key]
    number = window.headline._band_number
    return f"P10–P90 {number(kind, low)}–{number(kind, high)}"


def budget_index(window, row):
    return window.plan_model.index(row, window.plan_model.column_of("budget"))


def test_the_worker_fills_the_headline_bands_with_cores_p10_and_p90_for_the_same_seed(window, qtbot):
    runner = window.uncertainty
    assert window.headline.tiles["gmv"].band.text() == "P10–P90 …"
    progress = []
    runner.progress.connect(progress.append)
    with qtbot.waitSignal(runner.finished, timeout=20000) as blocker:
        runner.run_now()
    result = blocker.args[0]
    expected = core_bands(window.document)
    for metric, band in expected.items():
        assert result.band(metric) == pytest.approx(band, rel=1e-12)
    for key, kind in window.headline.BANDED:
        assert window.headline.tiles[key].band.text() == band_text(window, key, kind)
        assert window.headline.tiles[key].band.property("meaning") != NEUTRAL
    assert progress[0] == 0 and progress[-1] == 100 and progress == sorted(progress)
    assert not runner.running


def test_an_edit_cancels_the_run_in_progress_and_the_next_run_is_of_the_edited_plan(window, qtbot):
    runner = window.uncertainty
    runner.timer.setInterval(0)
    shown = []
    runner.finished.connect(shown.append)
    first = runner.run_now()
    window.plan_model.setData(budget_index(window, 0), 2_500_000.0, Qt.EditRole)  # before the first has reported
    assert first.cancelled and runner.timer.isActive()
    assert window.headline.tiles["reach"].band.property("meaning") == NEUTRAL  # grey: an earlier plan's, or none yet
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    qtbot.waitUntil(lambda: first.ended, timeout=20000)
    QApplication.processEvents()  # anything the cancelled run might still have queued
    assert len(shown) == 1
    assert shown[0].band("reach") == pytest.approx(core_bands(window.document)["reach"], rel=1e-12)
    assert window.headline.tiles["reach"].band.text() == band_text(window, "reach", "count")


def test_a_burst_of_edits_starts_one_run_after_it(window, qtbot):
    runner = window.uncertainty
    runner.timer.setInterval(50)
    started = []
    runner.started.connect(lambda: started.append(window.document.plan))
    for i in range(5):  # a drag's steps: each restarts the timer, none starts a run
        window.plan_model.setData(budget_index(window, 1), 400_000.0 + 10_000 * i, Qt.EditRole)
    assert not started
    with qtbot.waitSignal(runner.finished, timeout=20000):
        pass
    assert len(started) == 1 and started[0] is window.document.plan


def test_closing_the_window_stops_the_run(qtbot):
    window = make_window(qtbot)
    job = window.uncertainty.run_now()
    close_without_prompt(window)  # closeEvent stops the runner, which waits for its worker to return
    assert job.cancelled and not window.uncertainty.timer.isActive()
    assert job.ended and window.uncertainty.pool.activeThreadCount() == 0


def test_a_plan_that_cannot_be_estimated_shows_no_band(window, qtbot):
    from dataclasses import replace

    from market_entry_planner.gui.document import Change

    doc = window.document
    broken = replace(doc.plan, market=replace(doc.plan.market, target_population=0.0))
    with qtbot.waitSignal(window.uncertainty.finished, timeout=20000) as blocker:
        doc.edit("break", broken, Change("market"))
        window.uncertainty.run_now()
    assert blocker.args[0] is None
    assert window.headline.tiles["gmv"].band.text() == "P10–P90 …"


def test_a_plan_without_the_order_value_ranges_reach_only(window, qtbot):
    from dataclasses import replace

    from market_entry_planner.gui.document import Change

    doc = window.document
    no_price = replace(doc.plan, market=replace(doc.plan.market, aov=None))
    with qtbot.waitSignal(window.uncertainty.finished, timeout=20000):
        doc.edit("no price", no_price, Change("market"))
        window.uncertainty.run_now()
    tiles = window.headline.tiles
    assert tiles["reach"].band.text().startswith("P10–P90 ") and any(d in tiles["reach"].band.text()
                                                                       for d in "123456789")
    assert tiles["gmv"].band.text() == ""  # no range of an unknown figure, no "–" dressed as a number


# -- tornado
def show_tornado(window):
    window.charts.setCurrentWidget(window.tornado_chart)
    QApplication.processEvents()
    return window.tornado_chart


@pytest.mark.parametrize("metric", ["contribution", "reach"])
def test_tornado_bars_are_cores_tornado(window, metric):
    chart = show_tornado(window)
    chart.set_metric(metric)
    doc = window.document
    frame = tornado(doc.plan, metric, compiled=doc.compiled, budgets=doc.budgets)
    top = frame[frame["swing"] > 0].head(12)
    assert len(chart.rows) == len(top) == 12
    base = float(frame["base"].iloc[0])
    assert chart.base_line.value() == pytest.approx(base)
    low, high = chart.low_bar.opts, chart.high_bar.opts
    assert list(low["y"]) == list(range(12))
    ends_low = [x0 if x0 < base - 1e-9 else x0 + w for x0, w in zip(low["x0"], low["width"])]
    ends_high = [x0 if x0 < base - 1e-9 else x0 + w for x0, w in zip(high["x0"], high["width"])]
    assert ends_low == pytest.approx(list(top["result_low"]), rel=1e-12)
    assert ends_high == pytest.approx(list(top["result_high"]), rel=1e-12)
    names = [name.toPlainText() for name in chart.names]
    first = top.iloc[0]
    assert names[0].endswith(f"[{first['grade']}]")
    assert list(chart.rows["key"]) == list(top["key"])
    assert first["source"][:40] in chart.hover_text(0)


def test_tornado_follows_an_edit_and_offers_every_metric(window):
    chart = show_tornado(window)
    assert [chart.metric_box.itemData(i) for i in range(chart.metric_box.count())] == list(TORNADO_METRICS)
    before = list(chart.high_bar.opts["width"])
    window.plan_model.setData(budget_index(window, 0), 3_000_000.0, Qt.EditRole)
    assert list(chart.high_bar.opts["width"]) != before


def test_double_click_on_a_bar_opens_its_assumption_row(window, qtbot):
    chart = show_tornado(window)
    key = chart.rows["key"].iloc[0]
    row = chart.rows.iloc[0]
    x = (float(row["result_high"]) + chart.base_line.value()) / 2
    view = chart.graphics
    view.grab()  # the view box's transform is set when it paints
    scene_point = chart.plot.vb.mapViewToScene(QPointF(x, 0.0))
    point = view.mapFromScene(scene_point)
    viewport = view.viewport()
    with qtbot.waitSignal(chart.assumptionChosen, timeout=2000) as blocker:
        # what a real double-click sends (QTest.mouseDClick sends the double-click alone, which pyqtgraph ignores)
        for kind, buttons in ((QEvent.MouseButtonPress, Qt.LeftButton), (QEvent.MouseButtonRelease, Qt.NoButton),
                              (QEvent.MouseButtonDblClick, Qt.LeftButton), (QEvent.MouseButtonRelease, Qt.NoButton)):
            QApplication.sendEvent(viewport, QMouseEvent(kind, QPointF(point), viewport.mapToGlobal(QPointF(point)),
                                                         Qt.LeftButton, buttons, Qt.NoModifier))
    assert blocker.args == [key]
    assumptions = window.assumptions_view
    assert window.inputs.currentWidget() is window.assumptions_tab
    selected = assumptions.selectionModel().selectedRows()
    assert len(selected) == 1
    source_row = assumptions.model().mapToSource(selected[0]).row()
    assert "|".join(window.document.plan.assumptions.rows[source_row].key) == key


def test_a_festival_multiplier_has_no_row_to_open(window):
    chart = show_tornado(window)
    festivals = [i for i in range(len(chart.rows)) if chart.rows["kind"].iloc[i] == "festival"]
    opened = []
    chart.assumptionChosen.connect(opened.append)
    for i in festivals:
        assert not chart.choose(i)
    assert not opened
    assert chart.input_text("618|2027|cpm", "festival", "cpm", "") == "618 2027 · CPM multiplier"
    assert chart.input_text("douyin|feed_ads|cpm", "assumption", "", "") == "Douyin · Feed ads · CPM"
    assert chart.input_text("*|*|cvr", "assumption", "", "") == "All channels · all tactics · CVR"


def test_a_failed_run_says_the_ranges_are_unavailable_instead_of_waiting(window, qtbot, monkeypatch):
    import market_entry_planner.core.analysis.uncertainty as uncertainty

    def broken(*args, **kwargs):
        raise MemoryError("no room for the draws")

    monkeypatch.setattr(uncertainty, "monte_carlo", broken)
    with qtbot.waitSignal(window.uncertainty.failed, timeout=20000):
        window.uncertainty.run_now()
    label = window.headline.tiles["gmv"].band
    assert label.text() == "P10–P90 unavailable" and "no room for the draws" in label.toolTip()
    monkeypatch.undo()
    with qtbot.waitSignal(window.uncertainty.finished, timeout=20000):  # the next run restores the ranges
        window.uncertainty.run_now()
    assert window.headline.tiles["gmv"].band.text() == band_text(window, "gmv", "money")
