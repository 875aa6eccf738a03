"""Scenarios: duplicate, rename, remove, and compare side by side."""
import pytest

from market_entry_planner.core import edits
from market_entry_planner.core.analysis.scenarios import compare
from market_entry_planner.core.engine.evaluate import estimate


def test_duplicate_makes_an_independent_active_copy(sample_plan):
    plan = edits.duplicate_scenario(sample_plan, 0)
    assert [s.name for s in plan.scenarios] == ["Base", "Base copy"]
    assert plan.active == 1 and plan.lines == sample_plan.lines
    cut = edits.set_budgets(plan, {0: 0.0})
    assert cut.scenarios[0].lines[0].budget == sample_plan.lines[0].budget  # the original is untouched
    assert edits.duplicate_scenario(cut, 0).scenarios[1].name == "Base copy 2"


def test_rename_refuses_empty_and_duplicate_names(sample_plan):
    plan = edits.duplicate_scenario(sample_plan, 0, "618 push")
    assert edits.rename_scenario(plan, 1, "  Launch lean ").scenarios[1].name == "Launch lean"
    for bad in ("", "Base"):
        with pytest.raises(edits.EditError):
            edits.rename_scenario(plan, 1, bad)
    assert edits.rename_scenario(plan, 0, "Base").scenarios[0].name == "Base"  # its own name is fine


def test_remove_keeps_one_and_follows_the_active_scenario(sample_plan):
    with pytest.raises(edits.EditError):
        edits.remove_scenario(sample_plan, 0)
    plan = edits.duplicate_scenario(edits.duplicate_scenario(sample_plan, 0, "B"), 1, "C")  # Base, B, C; C active
    assert plan.scenario.name == "C"
    assert edits.remove_scenario(plan, 0).scenario.name == "C"
    assert edits.remove_scenario(plan, 2).scenario.name == "B"


def test_comparison_estimates_every_scenario_on_the_shared_market(sample_plan):
    half = [line.with_budget(line.budget / 2) for line in sample_plan.lines]
    plan = edits.add_scenario(sample_plan, "Half", half)
    summaries = compare(plan)
    assert [s.name for s in summaries] == ["Base", "Half"] and summaries[1].active
    base, lean = summaries
    assert base.totals["budget"] == pytest.approx(2 * lean.totals["budget"])
    assert lean.totals["reach"] < base.totals["reach"]
    assert base.totals["reach"] == pytest.approx(estimate(sample_plan).total["reach"], rel=1e-12)
    assert sum(lean.channel_budget.values()) == pytest.approx(lean.totals["budget"])


def test_a_scenario_that_cannot_be_estimated_is_reported_not_raised(sample_plan):
    bad = [sample_plan.lines[0].__class__(channel="douyin", tactic="no_such_tactic", budget=1.0)]
    plan = edits.add_scenario(sample_plan, "Broken", bad)
    summaries = compare(plan)
    assert summaries[0].totals is not None
    assert summaries[1].totals is None and summaries[1].problems
