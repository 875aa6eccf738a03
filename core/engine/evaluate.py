"""Plan → reach, frequency, funnel, costs and returns per line, per channel and in total.

Two steps, so the app can recompute on every mouse move:
- `compile_plan` resolves every line's parameters (assumptions, fallbacks, overrides) into numpy
  arrays and checks the plan; it is the only place with Python work per line;
- `evaluate` takes those arrays and a budget per line and is pure vectorised numpy.
`estimate(plan)` does both (compile_plan is in core/engine/compile.py) and wraps the result in pandas frames.

Definitions (DESIGN.md v1, with the choices below said in the README):
- impressions are all bought impressions/views/viewers; reach and frequency use the on-target
  share of them, in the target group; the sales funnel uses all of them, because the sourced
  conversion figures (Ali-CCP CTR/CVR, GMV per viewer) were measured on all impressions;
- "budget" is what the plan pays up front: ad media, KOL slot and video fees, brand-livestream hours;
  ROAS = GMV / budget;
- channel fixed costs (annual fee, store set-up) are charged once per channel with budget, and shared
  among its lines by budget so that lines add up to channels; the refundable deposit is cash tied up,
  reported apart and not counted as a cost.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    import pandas as pd

from market_entry_planner.core.engine import reach as nbd
from market_entry_planner.core.engine.compile import CompiledPlan, compile_plan
from market_entry_planner.core.model import Plan, channel_label

# Columns of the per-line / per-channel results, in the order a marketer reads them
METRICS = ("budget", "units", "impressions", "target_impressions", "reach", "reach_pct", "frequency",
           "effective_reach", "effective_reach_pct", "clicks", "orders", "gmv", "returns", "net_gmv",
           "media", "kol_fees", "kol_commission", "platform_fee", "fulfilment", "fixed_costs", "agency_fee",
           "marketing_cost", "cost", "contribution", "roas", "roi", "deposit")



@dataclass(frozen=True, eq=False)
class Results:
    """Numbers per line, per channel and in total: dicts of numpy arrays (and floats for totals)."""

    compiled: CompiledPlan
    line: dict[str, np.ndarray]
    channel: dict[str, np.ndarray]
    total: dict[str, float]
    total_pmf: np.ndarray = field(repr=False)  # P(exposed j times), j < effective frequency

    # pandas is imported on first use: it takes longer to import than the app takes to estimate and paint
    @cached_property
    def lines(self) -> pd.DataFrame:
        import pandas as pd

        c = self.compiled
        frame = pd.DataFrame({"channel": list(c.line_channel), "tactic": list(c.line_tactic),
                              "name": list(c.line_name), **{m: self.line[m] for m in METRICS}})
        return frame

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
    numerator = np.asarray(numerator, dtype=float)
    denominator = np.asarray(denominator, dtype=float)
    return np.divide(numerator, denominator, out=np.full(np.broadcast(numerator, denominator).shape, np.nan),
                     where=denominator > 0)


# the per-line rates `line_money` reads: a batch (core/batched) may give each row its own
LINE_RATES = ("impressions_per_yuan", "order_rate", "ctr", "on_target", "aov", "return_rate", "kol_commission",
              "platform_fee", "fulfilment_per_order")


def line_money(c: CompiledPlan, budget: np.ndarray, rates: dict, channel_budget: np.ndarray,
               fixed_costs: np.ndarray, deposit: np.ndarray) -> dict:
    """Everything linear in budget, per line: the funnel and every money line. One budget vector (lines,) or a
    batch (..., lines), with `channel_budget` (..., channels) and per-channel `fixed_costs` and `deposit`.
    The one place these definitions live: `evaluate` and the batched Monte Carlo and flighting both call it."""
    code = c.channel_code
    impressions = budget * rates["impressions_per_yuan"]
    target_impressions = impressions * rates["on_target"]
    orders = impressions * rates["order_rate"]
    gmv = orders * rates["aov"]
    returns = gmv * rates["return_rate"]
    net_gmv = gmv - returns
    commission = net_gmv * rates["kol_commission"]
    platform_fee = net_gmv * rates["platform_fee"]
    fulfilment = orders * rates["fulfilment_per_order"]
    active = channel_budget > 0
    share = np.nan_to_num(ratio(budget, channel_budget[..., code]))
    fixed = np.where(active, fixed_costs, 0.0)[..., code] * share
    deposit = np.where(active, deposit, 0.0)[..., code] * share
    agency_fee = budget * c.agency_fee
    marketing_cost = budget + agency_fee + fixed
    return {
        "budget": budget,
        "impressions": impressions,
        "target_impressions": target_impressions,
        "clicks": impressions * rates["ctr"],
        "orders": orders,
        "gmv": gmv,
        "returns": returns,
        "net_gmv": net_gmv,
        "media": np.where(c.is_kol, 0.0, budget),
        "kol_fees": np.where(c.is_kol, budget, 0.0),
        "kol_commission": commission,
        "platform_fee": platform_fee,
        "fulfilment": fulfilment,
        "fixed_costs": fixed,
        "agency_fee": agency_fee,
        "marketing_cost": marketing_cost,
        "cost": marketing_cost + commission + platform_fee + fulfilment,
        "contribution": net_gmv * c.gross_margin - commission - platform_fee - fulfilment,
        "deposit": deposit,
    }


def compiled_rates(c: CompiledPlan) -> dict:
    return {name: c.params[name] if name in c.params else getattr(c, name) for name in LINE_RATES}


def _money_and_funnel(c: CompiledPlan, budget: np.ndarray, groups: int, code: np.ndarray) -> dict:
    """`line_money` for the plan's own rates, and the units the budget buys."""
    values = line_money(c, budget, compiled_rates(c), np.bincount(code, weights=budget, minlength=groups),
                        c.fixed_costs, c.deposit)
    values["units"] = ratio(budget * np.where(c.unit_price > 0, 1.0, 0.0), c.unit_price)
    return values


def _ratios(d: dict) -> None:
    d["frequency"] = ratio(d["target_impressions"], d["reach"])
    d["roas"] = ratio(d["gmv"], d["budget"])
    d["roi"] = ratio(d["contribution"] - d["marketing_cost"], d["marketing_cost"])


_SUMMED = ("budget", "impressions", "target_impressions", "clicks", "orders", "gmv", "returns", "net_gmv", "media",
           "kol_fees", "kol_commission", "platform_fee", "fulfilment", "fixed_costs", "agency_fee",
           "marketing_cost", "cost", "contribution", "deposit")


def evaluate(c: CompiledPlan, budgets=None) -> Results:
    """The model for a compiled plan at the given budgets (default: the plan's own). Vectorised."""
    budget = c.budgets if budgets is None else np.asarray(budgets, dtype=float)
    groups = len(c.channels)
    code = c.channel_code
    n_eff = max(1, c.effective_frequency)
    line = _money_and_funnel(c, budget, groups, code)

    # reach: NBD per line in its channel's audience, combined through log-pgfs
    line_audience = c.audience[code] if groups else np.zeros(0)
    mean = ratio(line["target_impressions"], line_audience)
    mean = np.nan_to_num(mean)  # a channel nobody in the target uses reaches nobody
    coeffs = nbd.log_pgf(mean, c.params["k"], n_eff)
    # 1 − (1 + m/k)^−k ≤ m: nobody is reached without an impression (enforced against rounding on tiny budgets)
    line["reach"] = np.minimum(line_audience * nbd.reach_fraction(coeffs[0]), line["target_impressions"])
    line["effective_reach"] = line_audience * nbd.at_least_fraction(coeffs, n_eff)

    channel = {name: np.bincount(code, weights=line[name], minlength=groups) for name in _SUMMED}
    channel_coeffs = nbd.sum_by_group(coeffs, code, groups) if groups else np.zeros((n_eff, 0))
    channel["reach"] = np.minimum(c.audience * nbd.reach_fraction(channel_coeffs[0]), channel["target_impressions"])
    channel_pmf = nbd.pmf_head(channel_coeffs)
    channel["effective_reach"] = c.audience * np.clip(
        nbd.reach_fraction(channel_coeffs[0]) - channel_pmf[1:].sum(axis=0), 0.0, 1.0)

    population = c.population
    share = ratio(c.audience, population) if groups else np.zeros(0)
    total_pmf = nbd.convolve_heads(nbd.population_mixture(channel_pmf, share))
    total = {name: float(channel[name].sum()) for name in _SUMMED}
    total["reach"] = min(nbd.sainsbury(channel["reach"], population), total["target_impressions"])
    total["effective_reach"] = float(max(0.0, total["reach"] - population * total_pmf[1:].sum()))

    for d in (line, channel):
        _ratios(d)
        d["reach_pct"] = ratio(d["reach"], population)
        d["effective_reach_pct"] = ratio(d["effective_reach"], population)
    total["frequency"] = float(ratio(total["target_impressions"], total["reach"]))
    total["roas"] = float(ratio(total["gmv"], total["budget"]))
    total["roi"] = float(ratio(total["contribution"] - total["marketing_cost"], total["marketing_cost"]))
    total["reach_pct"] = float(ratio(total["reach"], population))
    total["effective_reach_pct"] = float(ratio(total["effective_reach"], population))
    total["population"] = population
    channel["units"] = np.full(groups, np.nan)  # units of different tactics do not add up
    return Results(compiled=c, line=line, channel=channel, total=total, total_pmf=total_pmf)


def estimate(plan: Plan) -> Results:
    """The plan's numbers; raises PlanError (every problem) if the plan cannot be estimated."""
    return evaluate(compile_plan(plan))
