"""Plan → reach, frequency, funnel, costs and returns per line, per channel and in total.

Two steps, so the app can recompute on every mouse move:
- `compile_plan` (core/engine/compile.py) resolves every line's figures into arrays and checks the plan;
- `evaluate` runs the model (core/engine/model.py) on those arrays at a budget per line: vectorised numpy.
`estimate(plan)` does both and wraps the result in pandas frames on demand. docs/model.md defines every number.

Per line, reach and effective reach are the line's share of its pool's (by on-target exposures): a pool is one
exposure distribution, so the lines of one buy add up to it and splitting a buy changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

from market_entry_planner.core.engine.batched import SUMMED, totals_of
from market_entry_planner.core.engine.compile import CompiledPlan, compile_plan
from market_entry_planner.core.engine.model import at_least, forward, group_sum, money
from market_entry_planner.core.model import Plan, channel_label

# Columns of the per-line / per-channel results, in the order a marketer reads them
METRICS = ("budget", "units", "impressions", "target_impressions", "reach", "reach_pct", "frequency",
           "effective_reach", "effective_reach_pct", "clicks", "orders", "gmv", "returns", "net_gmv",
           "media", "kol_fees", "kol_commission", "platform_fee", "fulfilment", "return_costs", "fixed_costs",
           "agency_fee", "marketing_cost", "cost", "contribution", "roas", "roi", "deposit")


@dataclass(frozen=True, eq=False)
class Results:
    """Numbers per line, per channel and in total: dicts of numpy arrays (and floats for totals)."""

    compiled: CompiledPlan
    line: dict[str, np.ndarray]
    channel: dict[str, np.ndarray]
    total: dict[str, float]

    # pandas is imported on first use: it takes longer to import than the app takes to estimate and paint
    @cached_property
    def lines(self) -> pd.DataFrame:
        import pandas as pd

        c = self.compiled
        return pd.DataFrame({"channel": list(c.line_channel), "tactic": list(c.line_tactic),
                             "name": list(c.line_name), **{m: self.line[m] for m in METRICS}})

    @cached_property
    def channels(self) -> pd.DataFrame:
        import pandas as pd

        c = self.compiled
        return pd.DataFrame({"channel": list(c.channels), "label": [channel_label(x) for x in c.channels],
                             "audience": c.audience, **{m: self.channel[m] for m in METRICS if m != "units"}})

    @property
    def totals(self) -> pd.Series:
        import pandas as pd

        return pd.Series(self.total)


def ratio(numerator, denominator):
    """numerator / denominator where the denominator is above 0, NaN elsewhere (a ratio of nothing)."""
    numerator = np.asarray(numerator, dtype=float)
    denominator = np.asarray(denominator, dtype=float)
    return np.divide(numerator, denominator, out=np.full(np.broadcast(numerator, denominator).shape, np.nan),
                     where=denominator > 0)


def _ratios(d: dict) -> None:
    d["frequency"] = ratio(d["target_impressions"], d["reach"])
    d["roas"] = ratio(d["gmv"], d["budget"])
    d["roi"] = ratio(d["contribution"] - d["marketing_cost"], d["marketing_cost"])


def evaluate(c: CompiledPlan, budgets=None) -> Results:
    """The model for a compiled plan at the given budgets (default: the plan's own). Vectorised."""
    budget = c.budgets if budgets is None else np.asarray(budgets, dtype=float)
    s, r = c.structure, c.rates
    n = max(1, c.effective_frequency)
    state = forward(s, r, budget[None, :], n)
    values = money(s, r, state, c.agency_fee, c.is_kol)
    line = {name: value[0] for name, value in values.items()}
    line["units"] = ratio(budget * np.where(c.unit_price > 0, 1.0, 0.0), c.unit_price)

    # a pool's reach and n+ within its universe, shared among its lines by on-target exposures
    universe = np.broadcast_to(r.universe, state.mean.shape)[0]
    pool_reach = np.minimum(universe * -np.expm1(state.pool_coeffs[0, 0]), state.pool_exposures[0])
    pool_effective = universe * at_least(state.pool_coeffs[:, 0], n)
    line_share = np.nan_to_num(ratio(state.exposures[0], state.pool_exposures[0][s.pool_code]))
    line["reach"] = pool_reach[s.pool_code] * line_share
    line["effective_reach"] = pool_effective[s.pool_code] * line_share

    groups = len(c.channels)
    channel = {name: group_sum(line[name], c.channel_code, groups) for name in SUMMED}
    channel["reach"] = np.minimum(c.audience * -np.expm1(state.channel_coeffs[0, 0]), channel["target_impressions"])
    channel["effective_reach"] = c.audience * at_least(state.channel_coeffs[:, 0], n)

    total = {name: float(value[0]) for name, value in totals_of(c, state, values, n).items()
             if not name.startswith("channel_")}
    population = c.population
    for d in (line, channel):
        _ratios(d)
        d["reach_pct"] = ratio(d["reach"], population)
        d["effective_reach_pct"] = ratio(d["effective_reach"], population)
    total["population"] = population
    channel["units"] = np.full(groups, np.nan)  # units of different tactics do not add up
    return Results(compiled=c, line=line, channel=channel, total=total)


def estimate(plan: Plan) -> Results:
    """The plan's numbers; raises PlanError (every problem) if the plan cannot be estimated."""
    return evaluate(compile_plan(plan))
