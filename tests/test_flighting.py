"""The plan week by week: reach builds up (never summed), weeks and months add up to the headline estimate."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pandas as pd
import pytest

from market_entry_planner.core.analysis.flighting import DEFAULT_PERIOD, MONTH_COLUMNS, flighting
from market_entry_planner.core.calendar import Festival
from market_entry_planner.core.engine.compile import compile_plan
from market_entry_planner.core.engine.evaluate import estimate, evaluate
from market_entry_planner.core.model import LineItem
from tests.planning import hand_plan

MARCH = date(2027, 3, 1)  # a Monday, no festival near


def feed(budget, start, end, channel="x", **kw):
    return LineItem(channel=channel, tactic="feed_ads", budget=budget, start=start, end=end, **kw)


def quiet(*lines):
    return replace(hand_plan(*lines), calendar=())


@pytest.fixture(scope="module")
def sample():
    from market_entry_planner.core.sample import sample_plan

    plan = sample_plan()
    return plan, estimate(plan), flighting(plan)


def test_four_weeks_reach_the_same_people_as_the_same_impressions_in_one_week():
    four_weeks = flighting(quiet(feed(40_000, MARCH, date(2027, 3, 28))))
    one_week = flighting(quiet(feed(40_000, MARCH, date(2027, 3, 7))))
    assert len(four_weeks.weeks) == 4 and len(one_week.weeks) == 1
    assert four_weeks.weeks["spend"].tolist() == pytest.approx([10_000] * 4, rel=1e-12)
    # the model's definition: reach depends on impressions, not on how fast they are bought
    assert four_weeks.weeks["reach"].iloc[-1] == pytest.approx(one_week.weeks["reach"].iloc[-1], rel=1e-12)
    # and builds up in between: after week 1 it is the reach of a quarter of the impressions, well below the end
    quarter = estimate(quiet(feed(10_000, MARCH, date(2027, 3, 7)))).total["reach"]
    assert four_weeks.weeks["reach"].iloc[0] == pytest.approx(quarter, rel=1e-12)
    assert four_weeks.weeks["reach"].iloc[0] < 0.5 * four_weeks.weeks["reach"].iloc[-1]
    # weekly reach is not summed: the sum of new reach is the final reach, far below 4 × week 1
    assert four_weeks.weeks["new_reach"].sum() == pytest.approx(four_weeks.weeks["reach"].iloc[-1], rel=1e-12)
    assert four_weeks.weeks["reach"].iloc[-1] < 4 * four_weeks.weeks["reach"].iloc[0]


def test_cumulative_reach_never_falls_and_ends_at_the_plans_reach(sample):
    plan, results, flight = sample
    reach = flight.weeks["reach"].to_numpy()
    assert (np.diff(reach) >= 0).all()
    assert reach[-1] == results.total["reach"]  # the last week is the plan itself: exactly
    assert flight.weeks["effective_reach"].iloc[-1] == results.total["effective_reach"]
    assert (np.diff(flight.weeks["effective_reach"]) >= 0).all()
    channel_end = flight.channel_reach.iloc[-1]
    assert channel_end.to_numpy() == pytest.approx(results.channel["reach"], rel=1e-12)
    assert (np.diff(flight.channel_reach.to_numpy(), axis=0) >= 0).all()


def test_weeks_add_up_to_the_estimate(sample):
    plan, results, flight = sample
    assert flight.weeks["spend"].sum() == pytest.approx(plan.total_budget, rel=1e-12)
    for key in ("impressions", "orders", "gmv"):
        assert flight.weeks[key].sum() == pytest.approx(results.total[key], rel=1e-12)
    per_line = flight.lines.groupby("line")[["spend", "impressions", "orders"]].sum()
    assert per_line["spend"].to_numpy() == pytest.approx(results.line["budget"], rel=1e-12)
    assert per_line["impressions"].to_numpy() == pytest.approx(results.line["impressions"], rel=1e-12)
    assert per_line["orders"].to_numpy() == pytest.approx(results.line["orders"], rel=1e-12)
    assert flight.weeks["spend"].to_numpy() == pytest.approx(flight.lines.groupby("week")["spend"].sum(), rel=1e-12)


def test_a_line_spends_only_in_its_own_weeks(sample):
    plan, _, flight = sample
    jd = [i for i, x in enumerate(plan.lines) if x.name == "JD Zhitou, 618"][0]  # 1–18 June 2027
    mine = flight.lines[(flight.lines["line"] == jd) & (flight.lines["spend"] > 0)]
    assert mine["start"].min() == pd.Timestamp("2027-05-31") and mine["start"].max() == pd.Timestamp("2027-06-14")
    # 6 + 7 + 5 days: spend follows the days
    assert mine["spend"].to_numpy() == pytest.approx(np.array([6, 7, 5]) / 18 * 290_000, rel=1e-12)


def test_weeks_run_monday_to_sunday_over_the_plans_period(sample):
    _, _, flight = sample
    assert flight.period == (date(2027, 1, 1), date(2027, 12, 31))
    assert (flight.weeks["start"].dt.day_of_week == 0).all() and (flight.weeks["end"].dt.day_of_week == 6).all()
    assert flight.weeks["start"].iloc[0] <= pd.Timestamp("2027-01-01") <= flight.weeks["end"].iloc[0]
    assert flight.weeks["start"].iloc[-1] <= pd.Timestamp("2027-12-31") <= flight.weeks["end"].iloc[-1]


def test_festival_weeks_cost_more_per_impression():
    festival = Festival("fest", "Fest", 2027, date(2027, 3, 8), date(2027, 3, 14), (), 1.4, 1.4, 1.4, 1.2, 1.2, 1.2)
    plan = replace(hand_plan(feed(30_000, MARCH, date(2027, 3, 21))), calendar=(festival,))
    weeks = flighting(plan).weeks
    assert weeks["spend"].tolist() == pytest.approx([10_000] * 3, rel=1e-12)
    assert weeks["impressions"].iloc[1] == pytest.approx(weeks["impressions"].iloc[0] / 1.4, rel=1e-12)
    orders_per_impression = weeks["orders"] / weeks["impressions"]
    assert orders_per_impression.iloc[1] == pytest.approx(orders_per_impression.iloc[0] * 1.2, rel=1e-12)
    assert weeks["festivals"].tolist() == ["", "Fest", ""]
    assert weeks["impressions"].sum() == pytest.approx(estimate(plan).total["impressions"], rel=1e-12)


def test_festivals_in_the_period_are_listed_for_shading(sample):
    _, _, flight = sample
    festivals = flight.festivals.set_index("festival")
    assert set(festivals.index) == {"cny", "520", "618", "ks616", "818", "double11", "1212"}
    assert (festivals.loc["618", "start"], festivals.loc["618", "end"]) == (pd.Timestamp("2027-06-01"),
                                                                            pd.Timestamp("2027-06-18"))
    assert festivals.loc["818", "channels"] == "Douyin" and festivals.loc["double11", "channels"] == "All"
    week_of_618 = flight.weeks[flight.weeks["start"] == pd.Timestamp("2027-06-07")]
    assert "618" in week_of_618["festivals"].iloc[0] and "Kuaishou 616" in week_of_618["festivals"].iloc[0]


def test_only_festivals_the_dated_lines_meet_are_shaded(sample):
    plan, _, _ = sample
    no_kuaishou = plan.with_lines([line for line in plan.lines if line.channel != "kuaishou"])
    festivals = set(flighting(no_kuaishou).festivals["festival"])
    assert "ks616" not in festivals and {"618", "818", "double11"} <= festivals
    douyin_only = plan.with_lines([line for line in plan.lines if line.channel == "douyin"])
    assert "ks616" not in set(flighting(douyin_only).festivals["festival"])


def test_undated_lines_spread_over_the_plans_period():
    plan = quiet(feed(20_000, MARCH, date(2027, 3, 14)), feed(14_000, None, None, channel="y"))
    flight = flighting(plan)
    undated = flight.lines[flight.lines["line"] == 1]
    assert undated["spend"].tolist() == pytest.approx([7_000, 7_000], rel=1e-12)
    assert flight.spans["dated"].tolist() == [True, False]
    assert flight.spans["start"].tolist() == [pd.Timestamp(MARCH)] * 2


def test_a_plan_without_dates_runs_over_the_default_period():
    plan = quiet(feed(52_000, None, None))
    flight = flighting(plan)
    assert flight.period == DEFAULT_PERIOD
    assert len(flight.weeks) == 53  # 2027-01-01 is a Friday: 53 Monday-to-Sunday weeks touch 2027
    assert flight.weeks["spend"].sum() == pytest.approx(52_000, rel=1e-12)
    other = flighting(plan, default_period=(date(2028, 1, 3), date(2028, 1, 30)))
    assert other.period == (date(2028, 1, 3), date(2028, 1, 30)) and len(other.weeks) == 4
    assert other.weeks["spend"].tolist() == pytest.approx([13_000] * 4, rel=1e-12)


def test_monthly_cash_out_adds_up_to_the_estimates_costs(sample):
    plan, results, flight = sample
    months = flight.months
    assert list(months.columns) == list(MONTH_COLUMNS)
    assert len(months) == 12 and months["month"].iloc[0] == pd.Timestamp("2027-01-01")
    assert months["cost"].sum() == pytest.approx(results.total["cost"], rel=1e-12)
    assert (months["media"] + months["kol_fees"]).sum() == pytest.approx(results.total["budget"], rel=1e-12)
    assert (months["annual_fee"] + months["store_setup"]).sum() == pytest.approx(results.total["fixed_costs"],
                                                                                 rel=1e-12)
    for key in ("agency_fee", "kol_commission", "platform_fee", "fulfilment", "gmv", "net_gmv"):
        assert months[key].sum() == pytest.approx(results.total[key], rel=1e-12)
    assert months["deposit_paid"].sum() == pytest.approx(results.total["deposit"], rel=1e-12)
    assert months["deposit_refunded"].sum() == 0  # never within the plan by default
    assert months["cumulative_cash_out"].iloc[-1] == pytest.approx(results.total["cost"] + results.total["deposit"],
                                                                   rel=1e-12)


def test_channel_costs_fall_in_the_month_the_channel_starts(sample):
    plan, _, flight = sample
    months = flight.months.set_index("month")
    c = compile_plan(plan)
    kuaishou = c.channels.index("kuaishou")  # its first line starts on 1 April 2027
    april = months.loc[pd.Timestamp("2027-04-01")]
    assert april["store_setup"] == c.inputs["store_setup"][kuaishou]
    assert april["deposit_paid"] == c.inputs["deposit"][kuaishou]
    assert months.loc[pd.Timestamp("2027-01-01"), "annual_fee"] == 60_000  # Tmall, from 1 January


def test_deposits_can_be_refunded_after_the_plan_ends(sample):
    plan, results, _ = sample
    months = flighting(plan, deposit_refund="after_end").months
    assert len(months) == 13 and months["month"].iloc[-1] == pd.Timestamp("2028-01-01")
    assert months["deposit_refunded"].iloc[-1] == pytest.approx(results.total["deposit"], rel=1e-12)
    assert months["cash_out"].sum() == pytest.approx(results.total["cost"], rel=1e-12)
    with pytest.raises(ValueError):
        flighting(plan, deposit_refund="sometimes")


def test_flighting_follows_the_budgets_given(sample):
    plan, _, flight = sample
    doubled = flighting(plan, budgets=compile_plan(plan).budgets * 2)
    assert doubled.weeks["spend"].to_numpy() == pytest.approx(2 * flight.weeks["spend"].to_numpy(), rel=1e-12)
    c = compile_plan(plan)
    assert doubled.weeks["reach"].iloc[-1] == evaluate(c, c.budgets * 2).total["reach"]


def test_an_empty_plan_has_empty_weeks():
    flight = flighting(quiet())
    assert flight.lines.empty and flight.weeks["spend"].sum() == 0 and flight.months["cost"].sum() == 0
