"""Reach response curves: how a channel's reach moves as its budget (or one line's budget) moves.

The reach chart redraws these on every edit and every drag step, so every sample budget of every curve is one row
of a single batched run of the model (core/engine/batched): a channel's curve scales its lines together, the other
channels' lines stay (their content still feeds the channel's search demand through the halo).
"""
from __future__ import annotations

import numpy as np

from market_entry_planner.core.engine.batched import batch_totals
from market_entry_planner.core.engine.compile import CompiledPlan


def response_curves(c: CompiledPlan, budgets, xs, line: int | None = None) -> tuple[list, tuple | None]:
    """Every channel's curve (its lines scaled together so the channel spends each budget of `xs`) and, if `line`
    is given, that line's curve (its budget set to each of `xs`, the other lines staying), as channel reach.

    Returns ([(x, y) per channel, or None for a channel without budget], (x, y) of the line's channel or None).
    """
    budgets = np.asarray(budgets, dtype=float)
    xs = np.asarray(xs, dtype=float)
    code = c.channel_code
    channels = len(c.channels)
    channel_budget = np.bincount(code, weights=budgets, minlength=channels)
    share = np.divide(budgets, channel_budget[code], out=np.zeros(c.size), where=channel_budget[code] > 0)
    funded = np.flatnonzero(channel_budget > 0)
    rows = []
    for j in funded:
        inside = code == j
        block = np.tile(budgets, (len(xs), 1))
        block[:, inside] = xs[:, None] * share[inside][None, :]
        rows.append(block)
    if line is not None:
        block = np.tile(budgets, (len(xs), 1))
        block[:, line] = xs
        rows.append(block)
    if not rows:
        return [None] * channels, None
    reach = batch_totals(c, np.concatenate(rows), totals=())["channel_reach"]
    per_channel: list = [None] * channels
    for position, j in enumerate(funded):
        per_channel[j] = (xs, reach[position * len(xs):(position + 1) * len(xs), j])
    line_xy = None
    if line is not None:
        line_xy = (xs, reach[len(funded) * len(xs):, code[line]])
    return per_channel, line_xy
