"""Reach response curves: how a channel's reach moves as its budget (or one line's budget) moves.

The reach chart redraws these on every edit and every drag step, so they are computed for all sample
budgets at once, using only the reach part of the model — and only the lines that move: a channel's reach
depends on its own lines alone (DESIGN: R_c = A_c·(1 − Π_i(1 − R_i/A_c))), so its curve needs (samples × its
lines) numbers, not the whole plan at every sample.
"""
from __future__ import annotations

import numpy as np

from market_entry_planner.core.engine import reach as nbd
from market_entry_planner.core.engine.compile import CompiledPlan


def _log_unreached(mean: np.ndarray, k: np.ndarray) -> np.ndarray:
    """log P(not exposed) of each line's NBD, c_0 of its log-pgf (Poisson where k is inf)."""
    return nbd.log_pgf(mean, k, 1)[0]


def response_curves(c: CompiledPlan, budgets, xs, line: int | None = None) -> tuple[list, tuple | None]:
    """Every channel's curve (its lines scaled together so the channel spends each budget of `xs`) and, if `line`
    is given, that line's curve (its budget set to each of `xs`, the other lines staying), as channel reach.

    Returns ([(x, y) per channel, or None for a channel without budget], (x, y) of the line's channel or None).
    """
    budgets = np.asarray(budgets, dtype=float)
    xs = np.asarray(xs, dtype=float)
    code = c.channel_code
    channels = len(c.channels)
    audience = c.audience[code]
    # on-target exposures per person of the channel's audience, per yuan of the line
    rate = np.divide(c.impressions_per_yuan * c.params["on_target"], audience, out=np.zeros(c.size),
                     where=audience > 0)
    k = c.params["k"]
    channel_budget = np.bincount(code, weights=budgets, minlength=channels)
    share = np.divide(budgets, channel_budget[code], out=np.zeros(c.size), where=channel_budget[code] > 0)

    # each line at its share of its channel's budget x: mean exposure = x · share · rate  (samples × lines)
    c0 = _log_unreached(xs[:, None] * (share * rate)[None, :], k[None, :])
    one_hot = np.zeros((c.size, channels))
    one_hot[np.arange(c.size), code] = 1.0
    target = xs[:, None] * ((share * c.impressions_per_yuan * c.params["on_target"]) @ one_hot)[None, :]
    reach = np.minimum(c.audience * nbd.reach_fraction(c0 @ one_hot), target)  # never more than the impressions
    per_channel = [(xs, reach[:, j]) if channel_budget[j] > 0 else None for j in range(channels)]

    line_xy = None
    if line is not None:
        j = code[line]
        others = (code == j) & (np.arange(c.size) != line)
        fixed = _log_unreached(budgets[others] * rate[others], k[others]).sum()
        moving = _log_unreached(xs * rate[line], np.full(len(xs), k[line]))
        fixed_target = (budgets[others] * c.impressions_per_yuan[others] * c.params["on_target"][others]).sum()
        moving_target = xs * c.impressions_per_yuan[line] * c.params["on_target"][line]
        line_xy = (xs, np.minimum(c.audience[j] * nbd.reach_fraction(fixed + moving), fixed_target + moving_target))
    return per_channel, line_xy
