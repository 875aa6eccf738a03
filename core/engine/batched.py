"""The model's totals for many budget vectors or parameter sets at once: weekly flighting, Monte Carlo, tornado,
response curves.

`evaluate` computes one plan; `batch_totals` computes B variants of it in one pass of the same model over
(B, lines) arrays (core/engine/model.py: every step elementwise over rows, group sums in line order), so a row
equals `evaluate` for that row's budgets and figures to the last bit: with zero-width ranges a Monte Carlo gives
back the point estimate exactly, and the last week of the flighting the plan's reach.
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np

from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.engine.model import Rates, State, forward, group_sum, money, share_gradient

TOTALS = ("budget", "impressions", "target_impressions", "clicks", "orders", "gmv", "returns", "net_gmv", "media",
          "kol_fees", "kol_commission", "platform_fee", "fulfilment", "return_costs", "fixed_costs", "agency_fee",
          "marketing_cost", "cost", "contribution", "deposit", "reach", "effective_reach", "frequency", "roas", "roi",
          "reach_pct", "effective_reach_pct")
SUMMED = TOTALS[:20]


def _ratio(a, b):
    a, b = np.broadcast_arrays(np.asarray(a, dtype=float), np.asarray(b, dtype=float))
    return np.divide(a, b, out=np.full(a.shape, np.nan), where=b > 0)


def totals_of(c: CompiledPlan, state: State, values: dict, n: int) -> dict[str, np.ndarray]:
    """Plan totals (S,) from a forward pass and its money lines; also channel_reach and
    channel_target_impressions (S, channels)."""
    groups = len(c.channels)
    channel_sums = {name: group_sum(values[name], c.channel_code, groups) for name in SUMMED}
    total = {name: np.ascontiguousarray(value).sum(axis=-1) for name, value in channel_sums.items()}
    population = c.population
    reach_share, _ = share_gradient(state, 1)
    total["reach"] = np.minimum(population * reach_share, total["target_impressions"])
    effective_share, _ = share_gradient(state, n)
    total["effective_reach"] = np.minimum(population * effective_share, total["reach"])
    total["frequency"] = _ratio(total["target_impressions"], total["reach"])
    total["roas"] = _ratio(total["gmv"], total["budget"])
    total["roi"] = _ratio(total["contribution"] - total["marketing_cost"], total["marketing_cost"])
    total["reach_pct"] = _ratio(total["reach"], population)
    total["effective_reach_pct"] = _ratio(total["effective_reach"], population)
    audience = np.broadcast_to(c.rates.audience, channel_sums["budget"].shape)
    total["channel_reach"] = np.minimum(audience * -np.expm1(state.channel_coeffs[0]),
                                        channel_sums["target_impressions"])
    total["channel_target_impressions"] = channel_sums["target_impressions"]
    return total


def batch_totals(c: CompiledPlan, budgets=None, rates: Rates | None = None, totals=TOTALS) -> dict[str, np.ndarray]:
    """Plan totals for B rows: budgets (B, lines) and optionally rates with a leading batch axis (draws).

    Returns each of `totals` with shape (B,), and "channel_reach" and "channel_target_impressions" (B, channels).
    """
    budget = np.atleast_2d(np.asarray(c.budgets if budgets is None else budgets, dtype=float))
    r = c.rates if rates is None else rates
    rows = np.broadcast_shapes(budget.shape[:-1], np.shape(r.impressions_per_yuan)[:-1])
    budget = np.broadcast_to(budget, rows + budget.shape[-1:])
    n = max(1, c.effective_frequency)
    state = forward(c.structure, r, budget, n)
    values = money(c.structure, r, state, c.agency_fee, c.is_kol)
    found = totals_of(c, state, values, n)
    return {name: found[name] for name in (*totals, "channel_reach", "channel_target_impressions")}


def with_rates(c: CompiledPlan, **changes) -> Rates:
    """The compiled rates with some arrays replaced (for a batch, each (B, …))."""
    return replace(c.rates, **changes)
