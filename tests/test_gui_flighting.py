"""The Calendar and Spend-by-month charts: the Gantt at the lines' dates, festivals shaded, reach week by week equal
to core's flighting, months adding up to core's cash-out table, and both charts exported."""
from datetime import date

import numpy as np
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from market_entry_planner.core.analysis.flighting import flighting
from market_entry_planner.core.calendar import festivals_between
from market_entry_planner.gui.charts.calendar_axis import DAY, seconds
from market_entry_planner.gui.models.flighting import MONTH_TABLE, festival_text
from tests.gui_helpers import close_without_prompt, make_window

pytestmark = pytest.mark.usefixtures("qt_settings")


@pytest.fixture
def window(qtbot):
    window = make_window(qtbot)
    window.uncertainty.stop()  # these tests are about the charts, not the Monte Carlo
    yield window
    close_without_prompt(window)


def show(window, chart):
    window.charts.setCurrentWidget(chart)
    QApplication.processEvents()
    return chart


def core_flighting(window):
    doc = window.document
    return flighting(doc.plan, compiled=doc.compiled, budgets=doc.budgets)


def test_gantt_draws_one_bar_per_line_at_its_dates_and_shades_each_festival_in_the_period(window):
    chart = show(window, window.flighting_chart)
    plan = window.document.plan
    opts = chart.bars.opts
    assert list(opts["y"]) == list(range(len(plan.lines)))
    assert list(opts["x0"]) == [seconds(line.start) for line in plan.lines]
    assert list(np.asarray(opts["x0"]) + np.asarray(opts["width"])) == [
        seconds(line.end) + DAY for line in plan.lines]
    period = (min(line.start for line in plan.lines), max(line.end for line in plan.lines))
    festivals = festivals_between(plan.calendar, *period)
    assert len(festivals) == 7  # CNY, 520, 618, Kuaishou 616, 818, Double 11, 12.12 of 2027
    shaded = [pair for pair in chart.shading if pair[0].isVisible()]
    assert len(shaded) == len(festivals)
    for festival, (gantt_region, reach_region) in zip(festivals, shaded):
        expected = (seconds(festival.start), seconds(festival.end) + DAY)
        assert gantt_region.getRegion() == pytest.approx(expected)
        assert reach_region.getRegion() == pytest.approx(expected)
        assert not gantt_region.movable
    names = [name.toPlainText() for name in chart.festival_names if name.isVisible()]
    assert names == [festival_text(f.label) for f in festivals]


def test_editing_a_lines_dates_moves_its_bar_and_is_one_undo(window):
    chart = show(window, window.flighting_chart)
    model, stack = window.plan_model, window.document.undo_stack
    row = 2
    before = list(chart.bars.opts["x0"]), list(chart.bars.opts["width"])
    count = stack.count()
    assert model.setData(model.index(row, model.column_of("start")), QDate(2027, 4, 1), Qt.EditRole)
    assert stack.count() == count + 1
    line = window.document.plan.lines[row]
    assert chart.bars.opts["x0"][row] == seconds(date(2027, 4, 1))
    assert chart.bars.opts["x0"][row] + chart.bars.opts["width"][row] == seconds(line.end) + DAY
    assert [x for i, x in enumerate(chart.bars.opts["x0"]) if i != row] == [
        x for i, x in enumerate(before[0]) if i != row]
    stack.undo()
    assert list(chart.bars.opts["x0"]) == before[0] and list(chart.bars.opts["width"]) == before[1]


def test_editing_while_hidden_waits_until_shown(window):
    chart = window.flighting_chart
    show(window, window.reach_chart)
    model = window.plan_model
    model.setData(model.index(0, model.column_of("start")), QDate(2027, 2, 1), Qt.EditRole)
    assert chart._stale  # nothing was computed for a hidden chart
    show(window, chart)
    assert chart.bars.opts["x0"][0] == seconds(date(2027, 2, 1))


def test_weekly_reach_curve_is_core_cumulative_reach_and_ends_at_the_headline_reach(window):
    chart = show(window, window.flighting_chart)
    weeks = core_flighting(window).weeks
    x, y = chart.reach_curve.getData()
    assert y[0] == 0 and list(y[1:]) == pytest.approx(list(weeks["reach"]), rel=1e-12)
    assert x[1] == seconds(weeks["end"].iloc[0]) + DAY
    _, effective = chart.effective_curve.getData()
    assert list(effective[1:]) == pytest.approx(list(weeks["effective_reach"]), rel=1e-12)
    headline = window.document.results.total["reach"]
    assert y[-1] == pytest.approx(headline, rel=1e-9)
    assert chart.reach_end.toPlainText() == window.formatter.count(headline)
    assert window.headline.tiles["reach"].value.text() == window.formatter.count(y[-1])


def test_hover_gives_the_weeks_spend_reach_and_festival_and_the_line_under_the_mouse(window):
    chart = show(window, window.flighting_chart)
    weeks = core_flighting(window).weeks
    x = seconds(date(2027, 6, 10))  # a Thursday in 618
    week = chart.week_at(x)
    assert weeks["start"].iloc[week] <= np.datetime64("2027-06-10") <= weeks["end"].iloc[week]
    text = chart.hover_text(x)
    assert window.formatter.money(float(weeks["spend"].iloc[week])) in text
    assert window.formatter.count(float(weeks["reach"].iloc[week])) in text
    assert "618" in text and "Kuaishou 616" in text
    row = 12  # JD Zhitou, 618: 1–18 June
    over_line = chart.hover_text(x, float(row))
    assert over_line.startswith("13. JD Zhitou, 618") and "This week" in over_line
    assert chart.line_at(seconds(date(2027, 7, 1)), float(row)) is None  # after its end


def test_selecting_a_line_in_the_table_outlines_its_bar(window):
    chart = show(window, window.flighting_chart)
    window.plan_tab.select_row(4)
    QApplication.processEvents()
    assert list(chart.selected_bar.opts["y"]) == [4.0]
    assert chart.selected_bar.opts["x0"][0] == chart.bars.opts["x0"][4]


def test_months_chart_and_table_add_up_to_the_flighting_frame(window, qtmodeltester):
    chart = show(window, window.cashflow_chart)
    months = core_flighting(window).months
    stacked = sum(bar.opts["height"] for bar in chart.bars.values())
    assert list(stacked) == pytest.approx(list(months["cost"]), rel=1e-12)
    assert list(chart.deposit_bar.opts["height"]) == pytest.approx(list(months["deposit_paid"]))
    assert list(chart.deposit_bar.opts["y0"]) == pytest.approx(list(months["cost"]))
    _, cumulative = chart.cumulative.getData()
    assert list(cumulative) == pytest.approx(list(months["cumulative_cash_out"]))
    assert cumulative[-1] == pytest.approx(months["cash_out"].sum())

    chart.table_button.click()
    assert chart.table.isVisible() and not chart.graphics.isVisible()
    model = chart.model
    assert model.rowCount() == len(months) + 1
    f = window.formatter
    for column, key in enumerate(MONTH_TABLE, start=1):
        for row in range(len(months)):
            assert model.data(model.index(row, column)) == f.money(float(months[key].iloc[row]), compact=False)
        total = months[key].iloc[-1] if key == "cumulative_cash_out" else months[key].sum()
        assert model.data(model.index(len(months), column)) == f.money(float(total), compact=False)
    assert model.value(len(months), "cash_out") == pytest.approx(model.value(len(months) - 1,
                                                                             "cumulative_cash_out"))
    qtmodeltester.check(model)
    chart.table_button.click()
    assert chart.graphics.isVisible()


def test_months_follow_an_edit_and_the_display_currency(window):
    chart = show(window, window.cashflow_chart)
    chart.table_button.click()
    model = window.plan_model
    model.setData(model.index(0, model.column_of("budget")), 2_000_000.0, Qt.EditRole)
    months = core_flighting(window).months
    assert list(sum(bar.opts["height"] for bar in chart.bars.values())) == pytest.approx(list(months["cost"]))
    table = chart.model
    assert table.data(table.index(0, 1)) == window.formatter.money(float(months["media"].iloc[0]), compact=False)
    window.market_panel.currency.setCurrentIndex(window.market_panel.currency.findData("EUR"))
    assert window.formatter.currency == "EUR"
    assert table.data(table.index(0, 1)).startswith("€")
    assert table.data(table.index(0, 1)) == window.formatter.money(float(months["media"].iloc[0]), compact=False)
    assert window.formatter.money(float(months["cash_out"].iloc[0])) in chart.hover_text(0.0)


@pytest.mark.parametrize("name", ["flighting_chart", "cashflow_chart", "tornado_chart"])
def test_each_new_chart_exports_png_and_svg(window, tmp_path, name):
    chart = getattr(window, name)  # hidden: export draws it first
    for suffix in (".png", ".svg"):
        path = chart.export(tmp_path / f"{name}{suffix}")
        assert path.endswith(suffix) and (tmp_path / f"{name}{suffix}").stat().st_size > 2000
    assert "<svg" in (tmp_path / f"{name}.svg").read_text(encoding="utf-8")[:2000]


# -- in Italian and Chinese
_english: dict[str, str] = {}


def _new_chart_texts(qtbot, qapp, language=None) -> tuple[dict[str, str], list[str]]:
    """What the three new charts, the headline and the progress bar show once drawn, hovers included."""
    from market_entry_planner.gui import i18n
    from tests.test_translations import visible_texts

    if language:
        i18n.install(qapp, language)
    else:
        i18n.uninstall(qapp)
    window = make_window(qtbot)
    window.uncertainty.stop()
    try:
        for chart in (window.flighting_chart, window.cashflow_chart, window.tornado_chart):
            show(window, chart)
        window.cashflow_chart.table_button.click()  # the table's headers and months too
        texts = {key: text for key, text in visible_texts(window).items()
                 if any(name in key for name in ("FlightingChart", "CashFlowChart", "TornadoChart", "HeadlineStrip",
                                                 "UncertaintyProgress"))}
        hovers = {"calendar": window.flighting_chart.hover_text(seconds(date(2027, 6, 10)), 12.0),
                  "months": window.cashflow_chart.hover_text(0.0),
                  "tornado": "\n".join(window.tornado_chart.hover_text(0).split("\n")[:5])}
        for name, text in hovers.items():
            for i, line in enumerate(text.split("\n")):
                texts[f"hover/{name}/{i}"] = line
        from tests.test_translations import plan_data
        # the Gantt's row names are the lines' own names, shortened to fit: data, like the names themselves
        return {k: v for k, v in texts.items() if v}, plan_data(window) + window.flighting_chart._labels
    finally:
        close_without_prompt(window)
        i18n.uninstall(qapp)


@pytest.mark.parametrize("language", ["it", "zh_CN"])
def test_the_new_charts_are_translated(qtbot, qapp, language):
    from tests.test_translations import KEEP, KEEP_IN, untranslated

    if not _english:
        _english.update(_new_chart_texts(qtbot, qapp)[0])
    translated, data = _new_chart_texts(qtbot, qapp, language)
    # the same texts, but for where month names fall on an axis (wider or narrower labels change the spacing)
    common = set(translated) & set(_english)
    assert len(common) > 100 and len(common) > 0.9 * len(_english)  # titles, axes, names, legends, table, hovers
    problems = untranslated(_english, {k: translated[k] for k in common},
                            KEEP + KEEP_IN[language] + tuple(data))
    assert not problems, "\n".join(problems)
    festival_names = [text for key, text in translated.items() if "TextItem" in key and "FlightingChart" in key]
    if language == "zh_CN":
        assert "春节" in festival_names and "双十一" in festival_names
