"""The shipped benchmark data set: every figure sourced or reasoned, and usable by the engine."""
import csv
from dataclasses import replace

import numpy as np
import pytest

from market_entry_planner.core.assumptions import GRADES
from market_entry_planner.core.benchmarks import categories, default_assumptions, default_tactics, with_category
from market_entry_planner.core.engine.compile import compile_plan
from market_entry_planner.core.engine.evaluate import estimate
from market_entry_planner.core.model import LineItem
from market_entry_planner.core.parameters import PARAMETERS, valid_range
from market_entry_planner.core.paths import resource
from tests.planning import default_plan

WEAK_PREFIXES = ("assumed:", "derived:", "suggested default")


def test_every_row_has_value_range_grade_year_and_source():
    for row in default_assumptions():
        where = f"{row.channel} × {row.tactic} × {row.parameter}"
        assert row.low <= row.value <= row.high, where
        lo, hi = valid_range(row.parameter)
        assert lo <= row.low and row.high <= hi, where
        assert row.grade in GRADES, where
        assert row.year and 2015 <= row.year <= 2026, where
        assert len(row.source) > 25, where


def test_weak_figures_say_why():
    for row in default_assumptions():
        if row.grade == "W":
            assert row.source.lower().startswith(WEAK_PREFIXES), (row.key, row.source)


def test_sourced_figures_from_china_facts_are_used():
    a = default_assumptions()
    assert a.exact("taobao", "feed_ads", "ctr").value == 0.04 and a.exact("taobao", "feed_ads", "ctr").grade == "B"
    assert a.exact("taobao", "feed_ads", "cvr").value == 0.0053
    assert a.exact("kuaishou", "*", "platform_fee").value == 0.05
    assert a.exact("taobao", "*", "deposit").value == 150_000


def test_there_is_no_default_average_order_value():
    assert all(row.parameter != "aov" for row in default_assumptions())


def test_only_known_parameters_in_the_data():
    tactics = default_tactics()
    own = {t.price_parameter for t in tactics.values()} | {t.audience_parameter for t in tactics.values()}
    halo = {f"halo_{channel}" for channel in default_assumptions().channels}
    assert {row.parameter for row in default_assumptions()} <= set(PARAMETERS) | own | halo


@pytest.mark.parametrize("channel", ["douyin", "kuaishou", "taobao", "jd"])
@pytest.mark.parametrize("tactic", ["feed_ads", "search_ads", "kol_live", "brand_live", "kol_video"])
def test_every_channel_and_tactic_can_be_planned_from_the_defaults(channel, tactic):
    compiled = compile_plan(default_plan(LineItem(channel, tactic, 100_000)))
    assert compiled.rates.impressions_per_yuan[0] > 0
    assert compiled.rates.conversion[0] > 0 and np.isfinite(compiled.rates.potential).all()


def test_csv_has_no_duplicate_keys():
    with open(resource("benchmarks", "assumptions.csv"), encoding="utf-8") as handle:
        keys = [(r["channel"], r["tactic"], r["parameter"]) for r in csv.DictReader(handle)]
    assert len(keys) == len(set(keys))


@pytest.mark.parametrize("key", sorted(categories()))
def test_every_category_preset_is_sourced_in_range_and_plannable(key, sample_plan):
    preset = categories()[key]
    for row in (*preset.rows, *preset.suggestions.values()):
        where = f"{key} × {row.tactic} × {row.parameter}"
        assert row.low <= row.value <= row.high, where
        assert row.grade in GRADES and len(row.source) > 25, where
        if row.grade == "W":
            assert row.source.lower().startswith(WEAK_PREFIXES), where
    assert set(preset.suggestions) == {"aov", "gross_margin"}  # offered where missing, never applied
    assert {row.parameter for row in preset.rows} == {"reference_aov", "price_elasticity", "return_rate"}
    plan = replace(sample_plan, market=replace(sample_plan.market, category=key),
                   assumptions=with_category(sample_plan.assumptions, key))
    assert estimate(plan).total["gmv"] > 0


def test_a_category_changes_what_it_should_and_nothing_else():
    apparel, food = default_assumptions("womens_apparel"), default_assumptions("food_wine")
    changed = {a.key for a, b in zip(apparel, food) if a != b}
    assert changed and {key[2] for key in changed} <= {"reference_aov", "price_elasticity", "return_rate"}
    assert apparel.find("douyin", "kol_live", "return_rate").value > food.find("douyin", "kol_live", "return_rate").value
