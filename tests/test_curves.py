"""The reach curves the chart draws are the engine's own numbers at those budgets."""
import numpy as np
import pytest

from market_entry_planner.core.engine.compile import compile_plan
from market_entry_planner.core.engine.curves import response_curves
from market_entry_planner.core.engine.evaluate import evaluate


def test_channel_and_line_curves_equal_evaluate_at_the_same_budgets(sample_plan):
    c = compile_plan(sample_plan)
    budgets = c.budgets
    xs = np.linspace(0, 4e6, 9)
    channels, line = response_curves(c, budgets, xs, line=2)
    for j, curve in enumerate(channels):
        x, y = curve
        current = budgets[c.channel_code == j].sum()
        for k in (1, 4, 8):
            scaled = budgets.copy()
            scaled[c.channel_code == j] *= xs[k] / current
            assert x[k] == xs[k]
            assert y[k] == pytest.approx(evaluate(c, scaled).channel["reach"][j], rel=1e-9)
    x, y = line
    for k in (0, 5):
        moved = budgets.copy()
        moved[2] = xs[k]
        assert y[k] == pytest.approx(evaluate(c, moved).channel["reach"][c.channel_code[2]], rel=1e-9)
    assert np.all(np.diff(y) >= 0)


def test_a_channel_without_budget_has_no_curve(sample_plan):
    c = compile_plan(sample_plan)
    budgets = np.where(c.channel_code == 1, 0.0, c.budgets)
    channels, line = response_curves(c, budgets, np.linspace(0, 1e6, 5))
    assert channels[1] is None and channels[0] is not None and line is None
