"""The estimation engine against DESIGN.md's definitions, worked out by hand."""
from dataclasses import replace

import numpy as np
import pytest

from market_entry_planner.core.assumptions import Assumption
from market_entry_planner.core.engine.compile import compile_plan
from market_entry_planner.core.engine.evaluate import estimate, evaluate
from market_entry_planner.core.engine.reach import nbd_reach_at_least
from market_entry_planner.core.model import LineItem
from market_entry_planner.core.problems import PlanError
from tests.planning import HAND_ASSUMPTIONS, MARKET, default_plan, hand_plan


def _saturated(unsaturated, potential, k):
    """docs/model.md: orders = potential · (1 − (1 + unsaturated/potential / k)^−k)."""
    return potential * (1 - (1 + unsaturated / potential / k) ** -k)


def test_feed_line_funnel_and_costs_by_hand():
    r = estimate(hand_plan(LineItem("x", "feed_ads", 10_000)))
    line = {k: float(v[0]) for k, v in r.line.items()}
    assert line["impressions"] == pytest.approx(200_000)          # 10,000 / 50 × 1,000
    assert line["target_impressions"] == pytest.approx(160_000)   # × 80% on target
    assert line["reach"] == pytest.approx(500_000 * (1 - 1 / 1.32))  # A = 50% of 1m; m = 0.32; k = 1
    assert line["frequency"] == pytest.approx(160_000 / line["reach"])
    assert line["clicks"] == pytest.approx(4_000)
    # 40 orders at low frequency (CTR 2% × CVR 1%, at the reference order value); the pool's people (500k on
    # target / 80%) hold 625k × 2e-4 / 0.3 = 416.7 orders of potential, and the 40 saturate in it (k = 1)
    orders = _saturated(40, 625_000 * 2e-4 / 0.3, 1.0)
    assert line["orders"] == pytest.approx(orders)
    assert 36 < orders < 37
    gmv = orders * 200
    assert line["gmv"] == pytest.approx(gmv)
    assert line["returns"] == pytest.approx(0.1 * gmv)
    assert line["platform_fee"] == pytest.approx(0.05 * 0.9 * gmv)   # 5% of net GMV
    assert line["fulfilment"] == pytest.approx(10 * orders)
    assert line["return_costs"] == pytest.approx(5 * 0.1 * orders)   # ¥5 per returned order
    assert line["kol_commission"] == 0
    assert line["fixed_costs"] == pytest.approx(5_000)      # annual fee + set-up, the channel's only line
    assert line["deposit"] == pytest.approx(1_000)          # refundable: reported, not a cost
    assert line["agency_fee"] == pytest.approx(1_000)
    assert line["marketing_cost"] == pytest.approx(16_000)
    contribution = 0.9 * gmv * 0.5 - 0.05 * 0.9 * gmv - 10 * orders - 0.5 * orders
    assert line["contribution"] == pytest.approx(contribution)
    assert line["cost"] == pytest.approx(16_000 + 0.05 * 0.9 * gmv + 10 * orders + 0.5 * orders)
    assert line["roas"] == pytest.approx(gmv / 10_000)
    assert line["roi"] == pytest.approx((contribution - 16_000) / 16_000)
    assert line["media"] == 10_000 and line["kol_fees"] == 0


def test_search_line_buys_clicks_until_the_searches_run_out():
    r = estimate(hand_plan(LineItem("x", "search_ads", 1_000)))
    raw = 12_500                                        # 1,000 / CPC 2 = 500 clicks; / CTR 4% = 12,500 impressions
    x = raw / 1_000_000                                 # over 1m searches a year
    impressions = raw * (1 - np.exp(-x)) / x
    assert r.line["impressions"][0] == pytest.approx(impressions)
    assert r.line["clicks"][0] == pytest.approx(0.04 * impressions)
    # the whole demand: every search answered once, never more
    flooded = estimate(hand_plan(LineItem("x", "search_ads", 1e9)))
    assert flooded.line["impressions"][0] == pytest.approx(1_000_000, rel=1e-6)


def test_kol_live_line_buys_sessions_within_the_kols_viewer_pool_and_pays_commission():
    r = estimate(hand_plan(LineItem("x", "kol_live", 20_000)))
    assert r.line["units"][0] == pytest.approx(2)               # two sessions at 10,000
    assert r.line["impressions"][0] == pytest.approx(200_000)   # cumulative views (人次)
    # 2 views per viewer: 100,000 viewer-sessions, half on target, in a pool of 400,000 × 50% = 200,000 people
    assert r.line["target_impressions"][0] == pytest.approx(50_000)
    assert r.line["reach"][0] == pytest.approx(200_000 * (1 - (1 + 0.25 / 0.5) ** -0.5))
    # ¥0.20 of GMV per view at the reference order value = 0.001 orders per view: 200 at low frequency, saturating
    # in the pool's potential (400,000 people × 0.002 per viewer-session ÷ 0.3)
    orders = _saturated(200, 400_000 * 0.002 / 0.3, 0.5)
    assert r.line["orders"][0] == pytest.approx(orders)
    assert r.line["clicks"][0] == pytest.approx(20_000)         # product-card taps, informational
    assert r.line["kol_commission"][0] == pytest.approx(0.2 * orders * 200 * 0.7)
    assert r.line["kol_fees"][0] == 20_000 and r.line["media"][0] == 0


def test_channel_fixed_costs_are_shared_by_budget_and_charged_once():
    r = estimate(hand_plan(LineItem("x", "feed_ads", 30_000), LineItem("x", "search_ads", 10_000),
                           LineItem("y", "feed_ads", 5_000)))
    assert r.line["fixed_costs"][:2] == pytest.approx([3_750, 1_250])
    assert r.channel["fixed_costs"] == pytest.approx([5_000, 0])
    assert r.total["fixed_costs"] == pytest.approx(5_000)
    assert r.total["cost"] == pytest.approx(r.line["cost"].sum())


def test_unused_channel_pays_no_fixed_costs():
    r = estimate(hand_plan(LineItem("x", "feed_ads", 0.0), LineItem("y", "feed_ads", 1_000)))
    assert r.channel["fixed_costs"][0] == 0 and r.channel["deposit"][0] == 0


def test_channel_and_total_reach_follow_the_design_formulas():
    lines = (LineItem("x", "feed_ads", 10_000), LineItem("x", "search_ads", 4_000), LineItem("y", "feed_ads", 8_000))
    r = estimate(hand_plan(*lines))
    a_x, _a_y, population = 500_000, 200_000, 1_000_000
    r_x = a_x * (1 - (1 - r.line["reach"][0] / a_x) * (1 - r.line["reach"][1] / a_x))
    assert r.channel["reach"][0] == pytest.approx(r_x, rel=1e-12)
    assert r.channel["reach"][1] == pytest.approx(r.line["reach"][2], rel=1e-12)
    total = population * (1 - (1 - r.channel["reach"][0] / population) * (1 - r.channel["reach"][1] / population))
    assert r.total["reach"] == pytest.approx(total, rel=1e-12)
    assert r.total["frequency"] == pytest.approx(r.total["target_impressions"] / r.total["reach"])


def test_single_line_channel_effective_reach_is_the_lines_exact_nbd():
    r = estimate(hand_plan(LineItem("x", "feed_ads", 250_000)))
    exact = nbd_reach_at_least(r.line["target_impressions"][0], 500_000, 1.0, 3)
    assert r.line["effective_reach"][0] == pytest.approx(exact, rel=1e-12)
    assert r.channel["effective_reach"][0] == pytest.approx(exact, rel=1e-9)


def test_effective_reach_is_below_reach_everywhere(sample_plan):
    r = estimate(sample_plan)
    assert np.all(r.line["effective_reach"] <= r.line["reach"])
    assert np.all(r.channel["effective_reach"] <= r.channel["reach"])
    assert 0 < r.total["effective_reach"] <= r.total["reach"]


def test_overrides_replace_the_assumption_for_one_line():
    plain, special = LineItem("x", "feed_ads", 10_000), LineItem("x", "feed_ads", 10_000, overrides={"cpm": 100})
    r = estimate(hand_plan(plain, special))
    assert r.line["impressions"] == pytest.approx([200_000, 100_000])


def test_average_order_value_is_required():
    with pytest.raises(PlanError, match="Average order value is missing"):
        estimate(hand_plan(LineItem("x", "feed_ads", 1_000), market=replace(MARKET, aov=None)))


def test_every_problem_is_reported_not_just_the_first():
    plan = hand_plan(LineItem("x", "feed_ads", -5), LineItem("x", "bogus", 10), LineItem("nowhere", "feed_ads", 1))
    with pytest.raises(PlanError) as caught:
        estimate(plan)
    problems = caught.value.problems
    assert any(p.line == 0 and p.field == "budget" for p in problems)
    assert any(p.line == 1 and p.field == "tactic" for p in problems)
    assert any("nowhere" in p.message and "penetration" in p.message for p in problems)


def test_missing_parameter_names_channel_tactic_and_parameter():
    assumptions = HAND_ASSUMPTIONS.without(("*", "feed_ads", "cpm"))
    with pytest.raises(PlanError, match="No value for 'cpm' on x × feed_ads"):
        estimate(hand_plan(LineItem("x", "feed_ads", 1_000), assumptions=assumptions))


def test_a_new_channel_is_planned_from_rows_of_assumptions():
    """Xiaohongshu: only its channel rows are added; tactic figures fall back to the generic rows."""
    plan = default_plan(LineItem("xiaohongshu", "feed_ads", 100_000), LineItem("xiaohongshu", "kol_video", 40_000))
    plan_with = replace(plan, assumptions=plan.assumptions.with_row(
        Assumption("xiaohongshu", "*", "penetration", 0.6, 0.5, 0.7, "W", 2026, "assumed: test")))
    r = estimate(plan_with)
    assert r.compiled.channels == ("xiaohongshu",)
    assert r.line["impressions"][0] == pytest.approx(100_000 / 35 * 1000)  # the generic feed CPM row
    assert r.total["reach"] > 0
    with pytest.raises(PlanError, match="xiaohongshu.*penetration"):
        estimate(plan)


def test_estimate_is_a_pure_function(sample_plan):
    first, second = estimate(sample_plan), estimate(sample_plan)
    for key in first.line:
        np.testing.assert_array_equal(first.line[key], second.line[key])
    assert first.total == second.total


def test_evaluate_at_other_budgets_equals_estimating_the_edited_plan(sample_plan):
    compiled = compile_plan(sample_plan)
    budgets = compiled.budgets * np.linspace(0.5, 1.5, compiled.size)
    edited = sample_plan.with_lines(line.with_budget(b) for line, b in zip(sample_plan.lines, budgets))
    assert evaluate(compiled, budgets).total == pytest.approx(estimate(edited).total, rel=1e-12)


def test_sample_plan_is_sensible(sample_plan):
    """Order-of-magnitude checks a planner would make on the bundled sample."""
    r = estimate(sample_plan)
    t = r.total
    assert t["budget"] == 5_000_000
    assert set(r.compiled.channels) == {"douyin", "kuaishou", "taobao", "jd"}
    assert set(r.compiled.line_tactic) == {"feed_ads", "search_ads", "kol_live", "brand_live", "kol_video"}
    assert 0.3 < t["reach_pct"] < 0.9          # ¥5m reaches a large part, not all, of 46m people
    assert 1.2 < t["frequency"] < 5
    assert 1.5 < t["roas"] < 8                  # premium apparel, first year
    # model v2: ~45–55% of women's wear bought online comes back, and a first year does not pay for itself
    assert -0.9 < t["roi"] < 0.5
