"""The model's totals for many budget vectors or parameter sets at once: weekly flighting, Monte Carlo, tornado.

`estimate.evaluate` computes one plan. `batch_totals` computes B variants of it in one pass of numpy over
(B, lines) arrays, with the same operations in the same order (group sums by `bincount`, the same reach
functions), so a row equals `evaluate` for that row's budgets and parameters to the last bit: with zero-width
ranges a Monte Carlo gives back the point estimate exactly, and the last week of the flighting the plan's reach.
"""
from __future__ import annotations

import numpy as np

from market_entry_planner.core.engine import reach as nbd
from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.engine.evaluate import line_money, ratio

# the per-line arrays a batch may replace, besides budgets (each (B, lines) or (lines,))
LINE_ARRAYS = ("impressions_per_yuan", "order_rate", "ctr", "on_target", "k", "aov", "return_rate",
               "kol_commission", "platform_fee", "fulfilment_per_order")
# the per-channel arrays a batch may replace (each (B, channels) or (channels,))
CHANNEL_ARRAYS = ("audience", "fixed_costs", "deposit")
TOTALS = ("budget", "impressions", "target_impressions", "clicks", "orders", "gmv", "returns", "net_gmv", "media",
          "kol_fees", "kol_commission", "platform_fee", "fulfilment", "fixed_costs", "agency_fee", "marketing_cost",
          "cost", "contribution", "deposit", "reach", "effective_reach", "frequency", "roas", "roi", "reach_pct",
          "effective_reach_pct")


def group_sum(x: np.ndarray, code: np.ndarray, groups: int, index: np.ndarray | None = None) -> np.ndarray:
    """Sums over the last axis by group, shape (..., groups): one `bincount` over the flattened batch.

    Each row's values are added in line order, exactly as `np.bincount(code, weights=row)` adds them.
    `index` (from `group_index`) saves rebuilding the flat bins for many arrays of one shape.
    """
    lead, n = x.shape[:-1], x.shape[-1]
    rows = int(np.prod(lead, dtype=np.int64))
    if index is None:
        index = group_index(rows, code, groups)
    sums = np.bincount(index, weights=x.reshape(rows * n), minlength=rows * groups)
    return sums.reshape(*lead, groups)


def group_index(rows: int, code: np.ndarray, groups: int) -> np.ndarray:
    return (np.arange(rows, dtype=np.intp)[:, None] * groups + code).ravel()


def _last_axis_sum(x: np.ndarray) -> np.ndarray:
    """Sum over the last axis of a contiguous copy: the same pairwise summation as numpy's 1-D sum."""
    return np.ascontiguousarray(x).sum(axis=-1)


# what each ratio or reach figure needs summed
_NEEDS = {"reach": ("target_impressions",), "effective_reach": ("target_impressions",),
          "reach_pct": ("target_impressions",), "effective_reach_pct": ("target_impressions",),
          "frequency": ("target_impressions",), "roas": ("gmv", "budget"), "roi": ("contribution", "marketing_cost")}


def batch_totals(c: CompiledPlan, budgets=None, line: dict | None = None, channel: dict | None = None,
                 totals=TOTALS) -> dict[str, np.ndarray]:
    """Plan totals for B rows: budgets (B, lines) and optional per-row replacements of the compiled arrays.

    Returns each of `totals` (default all of TOTALS) with shape (B,); with reach, also "channel_reach" and
    "channel_target_impressions" (B, channels). Asking for fewer totals saves their group sums.
    """
    budget = np.atleast_2d(np.asarray(c.budgets if budgets is None else budgets, dtype=float))
    line, channel = line or {}, channel or {}
    p = {name: np.asarray(line.get(name, c.params[name] if name in c.params else getattr(c, name)), dtype=float)
         for name in LINE_ARRAYS}
    ch = {name: np.asarray(channel.get(name, getattr(c, name)), dtype=float) for name in CHANNEL_ARRAYS}
    rows = np.broadcast_shapes(budget.shape[:-1], *(a.shape[:-1] for a in (*p.values(), *ch.values())))
    budget = np.broadcast_to(budget, rows + budget.shape[-1:])
    groups, code = len(c.channels), c.channel_code
    n_eff = max(1, c.effective_frequency)

    index = group_index(int(np.prod(rows, dtype=np.int64)), code, groups)

    def by_channel(x):
        return group_sum(np.broadcast_to(x, budget.shape), code, groups, index)

    line_values = line_money(c, budget, p, by_channel(budget), ch["fixed_costs"], ch["deposit"])
    target_impressions = line_values["target_impressions"]
    summed = {name for name in totals if name in line_values}
    summed.update(need for name in totals for need in _NEEDS.get(name, ()))
    channel_sums = {name: by_channel(line_values[name]) for name in line_values if name in summed}
    total = {name: _last_axis_sum(value) for name, value in channel_sums.items()}
    if "roas" in totals:
        total["roas"] = ratio(total["gmv"], total["budget"])
    if "roi" in totals:
        total["roi"] = ratio(total["contribution"] - total["marketing_cost"], total["marketing_cost"])
    if not {"reach", "effective_reach", "reach_pct", "effective_reach_pct", "frequency"} & set(totals):
        return total

    # reach, as `evaluate` does it
    audience = np.broadcast_to(ch["audience"], rows + (groups,))
    population = c.population
    mean = np.nan_to_num(ratio(target_impressions, audience[..., code]))
    coeffs = nbd.log_pgf(mean, p["k"], n_eff)
    channel_coeffs = np.stack([group_sum(row, code, groups, index) for row in coeffs])
    channel_reach = np.minimum(audience * nbd.reach_fraction(channel_coeffs[0]), channel_sums["target_impressions"])
    channel_pmf = nbd.pmf_head(channel_coeffs)
    total_pmf = nbd.convolve_heads(nbd.population_mixture(channel_pmf, ratio(audience, population)))
    if population <= 0:
        sainsbury = np.zeros(rows)
    else:
        with np.errstate(divide="ignore"):
            unreached = np.log1p(-np.clip(channel_reach / population, 0.0, 1.0))
        sainsbury = population * -np.expm1(_last_axis_sum(unreached))
    total["reach"] = np.minimum(sainsbury, total["target_impressions"])
    below = _last_axis_sum(np.moveaxis(total_pmf[1:], 0, -1))
    total["effective_reach"] = np.maximum(0.0, total["reach"] - population * below)
    total["frequency"] = ratio(total["target_impressions"], total["reach"])
    total["reach_pct"] = ratio(total["reach"], population)
    total["effective_reach_pct"] = ratio(total["effective_reach"], population)
    total["channel_reach"] = channel_reach
    total["channel_target_impressions"] = channel_sums["target_impressions"]
    return total
