"""Where the next yuan works hardest: per line, what the next ¥10,000 (or one more unit) adds.

Finite differences of the model itself: each line in turn gets `step` more yuan, every other line stays, and the
totals are recomputed for all lines at once (core/objectives, which agrees with `evaluate` to round-off). So the
figures are what the plan would really gain, including the fixed costs a first yuan on a channel brings in, not a
derivative. `per_yuan` gives the derivatives too (exact, analytic): at a reach optimum they are equal on every
line inside its range, which is what the optimiser's KKT conditions say.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.optimise.objectives import Response, gradients, response_of, values

STEP = 10_000.0


def _fixed_opened(r: Response, budgets: np.ndarray, rows: np.ndarray) -> np.ndarray:
    """Per row, the fixed costs of the channels the row's step opens (the profit objective pays them)."""
    before = np.bincount(r.channel_code, weights=budgets, minlength=r.channels) > 0
    after = np.stack([np.bincount(r.channel_code, weights=row, minlength=r.channels) > 0 for row in rows]) \
        if len(rows) else np.zeros((0, r.channels), dtype=bool)
    return (after & ~before).astype(float) @ r.fixed_costs
# what a marketer reads in the table, in this order: people reached, people reached n+ times, sales, money
MARGINAL_METRICS = ("reach", "effective_reach", "gmv", "contribution", "profit")
_OBJECTIVE_OF = {"reach": "reach", "effective_reach": "reach3", "gmv": "gmv", "profit": "contribution"}


@dataclass(frozen=True, eq=False)
class MarginalReturns:
    """Per line (arrays over lines), for each metric of MARGINAL_METRICS.

    contribution is DESIGN's contribution (net GMV × margin − commissions, platform fees, fulfilment);
    profit is contribution − marketing cost (the optimiser's "contribution" objective), so it nets the step itself,
    the agency fee and, on a channel without budget yet, its fixed costs.
    """

    step: float
    budgets: np.ndarray
    next_step: dict[str, np.ndarray]   # what `step` more yuan on the line adds
    next_unit: dict[str, np.ndarray]   # what one more unit adds on whole-unit lines (nan elsewhere)
    unit_price: np.ndarray             # CNY per unit on whole-unit lines (nan elsewhere)
    per_yuan: dict[str, np.ndarray]    # derivatives at the current budgets



def _changes(r: Response, budgets: np.ndarray, steps: np.ndarray) -> dict:
    """Each metric's change when line i alone gets steps[i] more yuan (nan steps give nan)."""
    rows = budgets + np.diag(np.nan_to_num(steps))
    out = {}
    for metric, objective in _OBJECTIVE_OF.items():
        out[metric] = values(r, objective, rows) - values(r, objective, budgets)[0]
    # DESIGN's contribution, before marketing cost: the profit objective plus what the step costs in marketing
    out["contribution"] = out["profit"] + r.marketing_rate * np.nan_to_num(steps) + _fixed_opened(r, budgets, rows)
    mask = np.isnan(steps)
    return {m: np.where(mask, np.nan, v) for m, v in out.items()}


def marginal_returns(compiled: CompiledPlan, budgets=None, step: float = STEP) -> MarginalReturns:
    """What `step` more yuan (and one more unit, on KOL sessions and videos) adds on each line."""
    r = response_of(compiled)
    b = compiled.budgets if budgets is None else np.asarray(budgets, dtype=float)
    n = compiled.size
    next_step = _changes(r, b, np.full(n, float(step)))
    whole = np.asarray(compiled.whole_units, dtype=bool) & (compiled.unit_price > 0)
    unit_price = np.where(whole, compiled.unit_price, np.nan)
    next_unit = _changes(r, b, unit_price)
    profit = gradients(r, "contribution", b)[0]
    per_yuan = {
        "reach": gradients(r, "reach", b)[0],
        "effective_reach": gradients(r, "reach3", b)[0],
        "gmv": gradients(r, "gmv", b)[0],
        "contribution": profit + r.marketing_rate,
        "profit": profit,
    }
    return MarginalReturns(step=float(step), budgets=b.copy(), next_step=next_step, next_unit=next_unit,
                           unit_price=unit_price, per_yuan=per_yuan)
