"""Maximum GMV and maximum contribution − marketing cost: linear in each line's budget, solved exactly.

GMV is Σ_i gmv_rate_i·b_i: a linear programme over the box and the total, whose optimum fills lines in order of
GMV per yuan (each up to its maximum) after every line has its minimum. That greedy fill is exact (the LP's
dual is the last line's rate).

Contribution − marketing cost is Σ_i profit_rate_i·b_i − Σ_c fixed_c·[channel c has budget]: linear once the
set of open channels is chosen. For each set of open channels the greedy fill is exact; enumerating every set
(2^F for F channels free to open or stay shut) is therefore exact, and fast while F ≤ 10 (at most 1,024 fills,
done as one matrix). Beyond that, channels are opened and shut one at a time while that helps: a local
optimum, exact unless a better plan needs two channels switched together.
"""
from __future__ import annotations

import numpy as np

from market_entry_planner.core.optimise.objectives import Response, values

MAX_ENUMERATED_CHANNELS = 10


def greedy_fill(rate: np.ndarray, lower, upper, total: float, at_most: bool,
                floors: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """Budgets for rows of upper bounds (S, lines): minimums first, then the best rate per yuan first.

    With at_most, money goes only where it returns more than it costs (rate > 0); ties go to the earlier line.
    floors = (channel code per line, least total per channel): each channel's floor is met first from its own
    best lines, whatever their rate. Exact for the linear programme with these disjoint floors: inside a channel
    money goes to its best lines first in any optimum, and what is left over is the plain greedy problem.
    """
    upper = np.atleast_2d(np.asarray(upper, dtype=float))
    lower = np.broadcast_to(np.asarray(lower, dtype=float), upper.shape).copy()
    order = np.argsort(-rate, kind="stable")
    if floors is not None:
        code, floor = floors
        for channel in np.flatnonzero(floor > 0):
            lines = order[code[order] == channel]          # the channel's lines, best first
            need = np.maximum(floor[channel] - lower[:, lines].sum(axis=1), 0.0)
            room = np.minimum(upper[:, lines] - lower[:, lines], need[:, None])  # finite: no inf − inf below
            before = np.cumsum(room, axis=1) - room
            lower[:, lines] += np.clip(need[:, None] - before, 0.0, room)
    money = np.maximum(0.0, total - lower.sum(axis=1))[:, None]
    room = np.minimum(upper - lower, money)[:, order]
    if at_most:
        room = np.where(rate[order] > 0, room, 0.0)
    before = np.cumsum(room, axis=1) - room
    fill = np.clip(money - before, 0.0, room)
    budgets = lower
    budgets[:, order] += fill
    return budgets


def allocate_gmv(r: Response, lower, upper, total: float, at_most: bool,
                 channel_floor: np.ndarray | None = None) -> np.ndarray:
    floors = None if channel_floor is None else (r.channel_code, channel_floor)
    return greedy_fill(r.gmv_rate, lower, upper, total, at_most, floors)[0]


def _open_sets(forced: np.ndarray, free: np.ndarray) -> np.ndarray:
    """Every choice of open channels: the forced ones plus each subset of the free ones (rows, channels)."""
    free_index = np.flatnonzero(free)
    count = 1 << len(free_index)
    bits = (np.arange(count)[:, None] >> np.arange(len(free_index))[None, :]) & 1
    sets = np.tile(forced, (count, 1))
    sets[:, free_index] = bits.astype(bool)
    return sets


def allocate_contribution(r: Response, lower, upper, total: float, at_most: bool,
                          start: np.ndarray | None = None,
                          channel_floor: np.ndarray | None = None) -> tuple[np.ndarray, bool]:
    """(budgets, exact): the best budgets and whether every set of open channels was tried.
    channel_floor: the least each channel's lines add up to (a channel with a floor is open)."""
    lower = np.asarray(lower, dtype=float)
    upper = np.asarray(upper, dtype=float)
    line_upper = np.where(np.isfinite(upper), upper, np.inf)
    has_lower = np.bincount(r.channel_code, weights=(lower > 0).astype(float), minlength=r.channels) > 0
    if channel_floor is not None:
        has_lower = has_lower | (channel_floor > 0)
    has_room = np.bincount(r.channel_code, weights=(upper > 0).astype(float), minlength=r.channels) > 0
    forced = has_lower                      # a minimum, a floor or a locked budget keeps the channel open
    free = has_room & ~has_lower
    rate = r.profit_rate
    floors = None if channel_floor is None else (r.channel_code, channel_floor)

    def fills(open_sets):
        uppers = np.where(open_sets[:, r.channel_code], line_upper, lower)
        budgets = greedy_fill(rate, lower, uppers, total, at_most, floors)
        feasible = at_most | (uppers.sum(axis=1) >= total - 1e-9 * max(total, 1.0))
        scores = np.where(feasible, values(r, "contribution", budgets), -np.inf)
        return budgets, scores

    if free.sum() <= MAX_ENUMERATED_CHANNELS:
        budgets, scores = fills(_open_sets(forced, free))
        return budgets[int(np.argmax(scores))], True

    # too many channels to try every set: one channel at a time, from the start's channels and from all open
    starts = [forced | free]
    if start is not None:
        starts.append(forced | (np.bincount(r.channel_code, weights=start, minlength=r.channels) > 0))
    best_budgets, best_score = None, -np.inf
    for current in starts:
        budgets, scores = fills(current[None, :])
        score = scores[0]
        while True:
            flips = np.tile(current, (int(free.sum()), 1))
            index = np.flatnonzero(free)
            flips[np.arange(len(index)), index] ^= True
            candidates, candidate_scores = fills(flips)
            j = int(np.argmax(candidate_scores))
            if candidate_scores[j] <= score + 1e-9 * max(1.0, abs(score)):
                break
            current, budgets, score = flips[j], candidates[j], candidate_scores[j]
        if score > best_score:
            best_budgets, best_score = budgets[0] if budgets.ndim == 2 else budgets, score
    return best_budgets, False
