"""The festival calendar: the shipped data, its effect on a dated line's price and conversion, and its round trips."""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import openpyxl
import pytest

from market_entry_planner.core.benchmarks import default_calendar
from market_entry_planner.core.calendar import Festival, calendar_problems
from market_entry_planner.core.engine.compile import compile_plan
from market_entry_planner.core.engine.evaluate import estimate
from market_entry_planner.core.model import LineItem
from market_entry_planner.core.planfile import plan_from_dict, plan_to_dict
from market_entry_planner.core.problems import PlanError
from market_entry_planner.core.workbook.reader import read_plan
from market_entry_planner.core.workbook.writer import write_plan
from tests.planning import hand_plan

JUNE = (date(2027, 6, 1), date(2027, 6, 10))


def festival(key="fest", start=JUNE[0], end=JUNE[1], channels=(), cpm=1.4, cvr=1.2, **ranges) -> Festival:
    return Festival(key=key, label=key.title(), year=start.year, start=start, end=end, channels=channels,
                    cpm_multiplier=cpm, cpm_low=ranges.get("cpm_low", cpm), cpm_high=ranges.get("cpm_high", cpm),
                    cvr_multiplier=cvr, cvr_low=ranges.get("cvr_low", cvr), cvr_high=ranges.get("cvr_high", cvr),
                    grade="W", source="assumed: a test festival")


def line(tactic="feed_ads", budget=10_000.0, start=JUNE[0], end=JUNE[1], channel="x", **kw) -> LineItem:
    return LineItem(channel=channel, tactic=tactic, budget=budget, start=start, end=end, **kw)


def with_calendar(*lines, calendar=(festival(),)):
    return replace(hand_plan(*lines), calendar=tuple(calendar))


# -- the shipped data

def test_shipped_calendar_has_every_festival_for_2026_to_2028():
    calendar = default_calendar()
    keys = {(f.key, f.year) for f in calendar}
    assert keys == {(k, y) for k in ("cny", "520", "618", "ks616", "818", "double11", "1212")
                    for y in (2026, 2027, 2028)}
    assert calendar_problems(calendar) == []
    by = {(f.key, f.year): f for f in calendar}
    for year in (2026, 2027, 2028):
        assert (by[("618", year)].start, by[("618", year)].end) == (date(year, 6, 1), date(year, 6, 18))
        assert (by[("818", year)].start, by[("818", year)].end) == (date(year, 8, 1), date(year, 8, 18))
        assert (by[("double11", year)].start, by[("double11", year)].end) == (date(year, 10, 20), date(year, 11, 11))
        assert by[("818", year)].channels == ("douyin",) and by[("ks616", year)].channels == ("kuaishou",)
        assert by[("double11", year)].channels == ()  # every platform
    # Chinese New Year is lunar: the real dates, inside each year's window
    for year, new_year in ((2026, date(2026, 2, 17)), (2027, date(2027, 2, 6)), (2028, date(2028, 1, 26))):
        cny = by[("cny", year)]
        assert cny.start == new_year - timedelta(days=21) and cny.end == new_year + timedelta(days=6)
        assert new_year.isoformat() in cny.source


def test_shipped_multipliers_are_labelled_as_assumptions():
    for f in default_calendar():
        assert f.grade == "W" and f.weak
        assert f.source.startswith("assumed:")
        assert f.cpm_low <= f.cpm_multiplier <= f.cpm_high and f.cvr_low <= f.cvr_multiplier <= f.cvr_high
        if f.key in ("618", "double11"):  # CHINA-FACTS: ×1.3–1.5 in 618 and 11.11, an assumption
            assert (f.cpm_low, f.cpm_high) == (1.3, 1.5)
            assert "not quantified" in f.source


def test_a_plan_carries_the_shipped_calendar_by_default():
    assert hand_plan().calendar == default_calendar()


# -- the effect on a line

def _orders_per_click(plan) -> float:
    """The festival's effect on conversion, before sales saturate (docs/model.md: orders per impression at low
    frequency, over the CTR)."""
    rates = compile_plan(plan).rates
    return float(rates.conversion[0] / rates.ctr[0])


def test_a_festival_multiplies_cpm_exactly_as_specified():
    plain = estimate(with_calendar(line(), calendar=())).line
    festive = estimate(with_calendar(line())).line
    # cost per 1,000 impressions: the assumed CPM 50 × 1.4
    assert festive["budget"][0] / festive["impressions"][0] * 1000 == pytest.approx(50 * 1.4, rel=1e-12)
    assert plain["budget"][0] / plain["impressions"][0] * 1000 == pytest.approx(50, rel=1e-12)
    # conversion: orders per click × 1.2
    assert _orders_per_click(with_calendar(line())) == pytest.approx(0.01 * 1.2, rel=1e-12)
    assert _orders_per_click(with_calendar(line(), calendar=())) == pytest.approx(0.01, rel=1e-12)


def test_a_festival_multiplies_cpc_and_leaves_units_at_their_price():
    # searches without end, so that the clicks are all bought ones (demand is tested in test_model_v2)
    unlimited = line("search_ads", overrides={"search_demand": 1e20})
    search = estimate(with_calendar(unlimited)).line
    assert search["budget"][0] / search["clicks"][0] == pytest.approx(2 * 1.4, rel=1e-9)  # CPC 2 × 1.4
    assert _orders_per_click(with_calendar(line("search_ads"))) == pytest.approx(0.02 * 1.2, rel=1e-12)
    live = estimate(with_calendar(line("kol_live"))).line
    plain = estimate(with_calendar(line("kol_live"), calendar=())).line
    assert live["impressions"][0] == plain["impressions"][0]  # a KOL slot's viewers do not depend on the auction
    live_rate = compile_plan(with_calendar(line("kol_live"))).rates.conversion[0]
    plain_rate = compile_plan(with_calendar(line("kol_live"), calendar=())).rates.conversion[0]
    assert live_rate == pytest.approx(plain_rate * 1.2, rel=1e-12)
    assert plain["orders"][0] < live["orders"][0] < plain["orders"][0] * 1.2  # a faster start, the same people


def test_a_line_half_inside_a_festival_pays_the_multiplier_on_its_festival_days_only():
    half = line(start=date(2027, 5, 27), end=JUNE[1])  # 5 ordinary days, then the 10 festival days
    r = estimate(with_calendar(half)).line
    per_day = 10_000 / 15
    expected = per_day * 5 / 50 * 1000 + per_day * 10 / (50 * 1.4) * 1000
    assert r["impressions"][0] == pytest.approx(expected, rel=1e-12)
    # orders before saturation: impressions at their own day's conversion
    ordinary, festive = per_day * 5 / 50 * 1000, per_day * 10 / (50 * 1.4) * 1000
    rates = compile_plan(with_calendar(half)).rates
    assert r["impressions"][0] * rates.conversion[0] == pytest.approx((ordinary + festive * 1.2) * 0.02 * 0.01,
                                                                      rel=1e-12)


def test_undated_lines_meet_no_festival():
    # the dated line on another channel: on the same one it would share the undated line's pool, whose saturation
    # rightly depends on what the festival lets the dated line buy
    undated = line(start=None, end=None)
    with_festivals = estimate(with_calendar(undated, line(channel="y")))
    without = estimate(with_calendar(undated, line(channel="y"), calendar=()))
    for key in ("impressions", "orders", "reach", "gmv", "cost"):
        assert with_festivals.line[key][0] == without.line[key][0]
    assert with_festivals.line["impressions"][1] != without.line["impressions"][1]


def test_a_festival_applies_only_on_its_channels():
    only_y = festival(channels=("y",))
    on_x = estimate(with_calendar(line(channel="x"), calendar=(only_y,))).line
    on_y = estimate(with_calendar(line(channel="y"), calendar=(only_y,))).line
    assert on_x["budget"][0] / on_x["impressions"][0] * 1000 == pytest.approx(50, rel=1e-12)
    assert on_y["budget"][0] / on_y["impressions"][0] * 1000 == pytest.approx(70, rel=1e-12)


def test_overlapping_festivals_take_the_larger_multiplier_not_the_product():
    both = (festival("big", cpm=1.4, cvr=1.1), festival("small", cpm=1.2, cvr=1.3))
    r = estimate(with_calendar(line(), calendar=both)).line
    assert r["budget"][0] / r["impressions"][0] * 1000 == pytest.approx(50 * 1.4, rel=1e-12)
    assert _orders_per_click(with_calendar(line(), calendar=both)) == pytest.approx(0.01 * 1.3, rel=1e-12)


def test_a_line_with_one_date_takes_the_other_from_the_plan_period():
    anchor = line(start=date(2027, 5, 1), end=date(2027, 6, 30))
    open_ended = line(start=date(2027, 6, 1), end=None, budget=3000.0)
    schedule = compile_plan(with_calendar(anchor, open_ended)).schedule
    assert schedule.dated.tolist() == [True, True]
    assert schedule.end[1] == schedule.end[0] and schedule.state_days[1].sum() == 30


def test_the_sample_plan_is_dearer_at_its_festivals():
    from market_entry_planner.core.sample import sample_plan

    plan = sample_plan()
    with_festivals, without = estimate(plan), estimate(replace(plan, calendar=()))
    jd_618 = [i for i, x in enumerate(plan.lines) if x.name == "JD Zhitou, 618"][0]  # 1–18 June, all inside 618
    cpm = with_festivals.line["budget"][jd_618] / with_festivals.line["impressions"][jd_618] * 1000
    assert cpm == pytest.approx(30 * 1.4, rel=1e-12)
    assert with_festivals.total["impressions"] < without.total["impressions"]


def test_bad_dates_and_bad_calendars_are_plan_problems():
    with pytest.raises(PlanError) as backwards:
        estimate(with_calendar(line(start=JUNE[1], end=JUNE[0])))
    assert backwards.value.problems[0].field == "end" and backwards.value.problems[0].line == 0
    broken = (festival(start=JUNE[1], end=JUNE[0]), festival("zero", cpm=0.0), festival("wide", cpm=1.2, cpm_low=1.3))
    with pytest.raises(PlanError) as error:
        estimate(with_calendar(line(), calendar=broken))
    messages = [p.message for p in error.value.problems]
    assert len(messages) == 3 and all(p.field == "calendar" for p in error.value.problems)
    assert "ends" in messages[0] and "above 0" in messages[1] and "does not contain" in messages[2]


# -- round trips

EDITED = (festival(), festival("launch", start=date(2027, 9, 1), end=date(2027, 9, 3), channels=("x", "Xiaohongshu"),
                               cpm=1.15, cvr=0.85, cpm_low=1.0, cpm_high=1.5, cvr_low=0.5, cvr_high=1.25),
          replace(festival("520"), label="520", source="=looks like a formula"))


@pytest.mark.parametrize("calendar", [EDITED, (), default_calendar()], ids=["edited", "empty", "shipped"])
def test_the_calendar_round_trips_through_the_planfile(calendar):
    plan = with_calendar(line(), calendar=calendar)
    back = plan_from_dict(json.loads(json.dumps(plan_to_dict(plan))))
    assert back.calendar == plan.calendar and back == plan


@pytest.mark.parametrize("calendar", [EDITED, (), default_calendar()], ids=["edited", "empty", "shipped"])
def test_the_calendar_round_trips_through_the_workbook(calendar, tmp_path):
    plan = with_calendar(line(), calendar=calendar)
    write_plan(plan, tmp_path / "plan.xlsx")
    result = read_plan(tmp_path / "plan.xlsx")
    assert result.plan.calendar == plan.calendar
    assert not [w for w in result.warnings if w.sheet == "Calendar"]


def test_a_planfile_without_a_calendar_gets_the_shipped_one():
    d = plan_to_dict(with_calendar(line(), calendar=EDITED))
    del d["calendar"]
    assert plan_from_dict(d).calendar == default_calendar()


def _edit_calendar_sheet(tmp_path, edits: dict[str, object]):
    path = tmp_path / "plan.xlsx"
    write_plan(with_calendar(line(), calendar=EDITED), path)
    wb = openpyxl.load_workbook(path)
    for cell, value in edits.items():
        wb["Calendar"][cell] = value
    wb.save(path)
    return path


@pytest.mark.parametrize("cell, value, column, words", [
    ("A2", None, "A", "no name"),
    ("D2", "the first of June", "D", "expected a date"),
    ("E2", date(2027, 5, 1), "E", "before it starts"),
    ("G2", "lots", "G", "expected a number"),
    ("G2", -1.4, "G", "above 0"),
    ("J3", None, "J", "multiplier is empty"),
    ("C2", 2027.5, "C", "whole number"),
])
def test_a_bad_calendar_row_is_reported_with_sheet_row_and_column(tmp_path, cell, value, column, words):
    path = _edit_calendar_sheet(tmp_path, {cell: value})
    with pytest.raises(PlanError) as error:
        read_plan(path)
    problem = [p for p in error.value.problems if p.sheet == "Calendar"][0]
    assert (problem.row, problem.column) == (int(cell[1:]), column)
    assert words in problem.message


def test_a_festival_twice_in_the_same_year_is_reported_at_its_second_row(tmp_path):
    path = _edit_calendar_sheet(tmp_path, {"A3": "fest", "C3": 2027})
    with pytest.raises(PlanError) as error:
        read_plan(path)
    problem = error.value.problems[0]
    assert (problem.sheet, problem.row, problem.column) == ("Calendar", 3, "A") and "row 2" in problem.message


def test_multipliers_typed_by_hand_are_understood(tmp_path):
    path = _edit_calendar_sheet(tmp_path, {"G2": "×1.6", "H2": "1.5x", "I2": "170%", "F2": "Douyin, 快手"})
    festival = read_plan(path).plan.calendar[0]
    assert (festival.cpm_low, festival.cpm_multiplier, festival.cpm_high) == (1.5, 1.6, 1.7)
    assert festival.channels == ("douyin", "kuaishou")


def test_a_hand_made_workbook_with_its_own_calendar_sheet_keeps_the_shipped_calendar(tmp_path):
    path = tmp_path / "hand.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "Media plan"
    wb.active.append(["Channel", "Tactic", "Budget"])
    wb.active.append(["Douyin", "Feed ads", 1000])
    calendar = wb.create_sheet("Calendar")
    calendar.append(["Week", "Theme"])
    calendar.append([1, "launch"])
    wb.save(path)
    result = read_plan(path)
    assert result.plan.calendar == default_calendar()
    assert any(w.sheet == "Calendar" and "shipped festival calendar" in w.message for w in result.warnings)


def test_the_sample_workbook_has_a_calendar_sheet_with_weak_multipliers_flagged(tmp_path):
    from market_entry_planner.core.sample import sample_plan

    plan = sample_plan()
    write_plan(plan, tmp_path / "sample.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "sample.xlsx")["Calendar"]
    assert [c.value for c in ws[1]][:7] == ["Festival", "Label", "Year", "Start", "End", "Channels", "CPM multiplier"]
    assert ws.max_row == 1 + len(plan.calendar)
    assert ws["G2"].fill.fgColor.rgb.endswith("FCE4D6")  # weak: orange
    assert read_plan(tmp_path / "sample.xlsx").plan == plan
    assert np.isfinite(estimate(plan).total["reach"])
