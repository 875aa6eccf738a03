"""Reach response curves: how reach moves as a channel's or a line's budget moves.

The charts redraw these on every edit and every drag step, so they are computed for many budget vectors
at once (a matrix of shape scenarios × lines), using only the reach part of the model.
"""
from __future__ import annotations

import numpy as np

from core import reach as nbd
from core.estimate import CompiledPlan


def reach_for_budgets(c: CompiledPlan, budgets) -> tuple[np.ndarray, np.ndarray]:
    """Channel reach (S, channels) and deduplicated total reach (S,) for S budget vectors (S, lines)."""
    budgets = np.atleast_2d(np.asarray(budgets, dtype=float))
    groups = len(c.channels)
    target = budgets * (c.impressions_per_yuan * c.params["on_target"])
    audience = c.audience[c.channel_code]
    mean = np.divide(target, audience, out=np.zeros_like(target), where=audience > 0)
    c0 = nbd.log_pgf(mean, np.broadcast_to(c.params["k"], mean.shape), 1)[0]
    one_hot = np.zeros((c.size, groups))
    one_hot[np.arange(c.size), c.channel_code] = 1.0
    channel = np.minimum(c.audience * nbd.reach_fraction(c0 @ one_hot), target @ one_hot)
    population = c.population
    with np.errstate(divide="ignore"):
        log_unreached = np.log1p(-np.clip(channel / population, 0.0, 1.0)).sum(axis=1)
    total = np.minimum(population * nbd.reach_fraction(log_unreached), target.sum(axis=1))
    return channel, total


def channel_curve(c: CompiledPlan, budgets, channel: int, scales) -> tuple[np.ndarray, np.ndarray]:
    """(channel budget, channel reach) as the channel's lines are scaled together by `scales`."""
    budgets = np.asarray(budgets, dtype=float)
    scales = np.asarray(scales, dtype=float)
    mask = c.channel_code == channel
    matrix = np.tile(budgets, (len(scales), 1))
    matrix[:, mask] *= scales[:, None]
    channel_reach, _ = reach_for_budgets(c, matrix)
    return budgets[mask].sum() * scales, channel_reach[:, channel]


def line_curve(c: CompiledPlan, budgets, line: int, line_budgets) -> tuple[np.ndarray, np.ndarray]:
    """(line budget, its channel's reach) as one line's budget moves and the others stay."""
    line_budgets = np.asarray(line_budgets, dtype=float)
    matrix = np.tile(np.asarray(budgets, dtype=float), (len(line_budgets), 1))
    matrix[:, line] = line_budgets
    channel_reach, _ = reach_for_budgets(c, matrix)
    return line_budgets, channel_reach[:, c.channel_code[line]]
