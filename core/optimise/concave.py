"""The best budgets for the concave objectives (reach, GMV, contribution), with a certificate of how close.

Under model v2 reach, GMV and contribution are concave in the budgets (docs/model.md, "Where the next yuan goes"),
so the projected-gradient search (core/optimise/local_search) converges to the global maximum, and the
Frank–Wolfe bound says how far any answer can be from it: for a concave f and a feasible x,

    max f  ≤  f(x) + max_y ∇f(x)·(y − x)   over the same box and total,

and the inner maximum is a linear programme solved exactly by a greedy fill (`greedy_fill`). The answer reports
the bound; "exact" means the gap is below a millionth of the value.

Contribution − marketing cost also pays each channel's fixed costs once it has budget: concave once the set of
open channels is chosen. Every set is tried while few channels are free to open or stay shut (2^F sets, each a
concave search warm-started from the all-open answer); beyond that, channels are shut one at a time while that
helps (a local optimum, said so).
"""
from __future__ import annotations

import numpy as np

from market_entry_planner.core.optimise.budget_limits import project_onto_budget
from market_entry_planner.core.optimise.local_search import Objective, maximise
from market_entry_planner.core.optimise.objectives import Response, values

MAX_ENUMERATED_CHANNELS = 5
EXACT_GAP = 1e-6


def greedy_fill(rate: np.ndarray, lower, upper, total: float, at_most: bool,
                floors: tuple[np.ndarray, np.ndarray] | None = None) -> np.ndarray:
    """The linear programme max rate·b over the box and the total, for rows of rates or upper bounds (S, lines):
    minimums first, then the best rate per yuan first. With at_most, money goes only where rate > 0.
    floors = (channel code per line, least total per channel): each channel's floor is met first from its own
    best lines."""
    rate = np.atleast_2d(np.asarray(rate, dtype=float))
    upper = np.broadcast_to(np.asarray(upper, dtype=float), rate.shape)
    lower = np.broadcast_to(np.asarray(lower, dtype=float), rate.shape).copy()
    order = np.argsort(-rate, axis=1, kind="stable")
    rows = np.arange(rate.shape[0])[:, None]
    if floors is not None:
        code, floor = floors
        for row in range(rate.shape[0]):
            for channel in np.flatnonzero(floor > 0):
                lines = order[row][code[order[row]] == channel]
                need = max(floor[channel] - lower[row, lines].sum(), 0.0)
                room = np.minimum(upper[row, lines] - lower[row, lines], need)
                before = np.cumsum(room) - room
                lower[row, lines] += np.clip(need - before, 0.0, room)
    money = np.maximum(0.0, total - lower.sum(axis=1))[:, None]
    room = np.minimum(upper - lower, money)[rows, order]
    if at_most:
        room = np.where(rate[rows, order] > 0, room, 0.0)
    before = np.cumsum(room, axis=1) - room
    fill = np.clip(money - before, 0.0, room)
    budgets = lower
    budgets[rows, order] += fill
    return budgets


def frank_wolfe_bound(f: Objective, x: np.ndarray, lower, upper, total: float) -> float:
    """max f ≤ f(x) + max_y ∇f(x)·(y − x) over {lower ≤ y ≤ upper, Σy = total}, for concave f."""
    value, grad = f.value_and_gradient(x[None, :])
    best = greedy_fill(grad[0], lower, upper, total, False)[0]
    return float(value[0] + grad[0] @ (best - x))


def _with_slack(lower, upper, total, at_most: bool):
    """An "at most" total as an exact one: a slack column that may take what is not spent."""
    if not at_most:
        return np.asarray(lower, dtype=float), np.asarray(upper, dtype=float)
    room = max(0.0, total - float(np.sum(lower)))
    return np.append(lower, 0.0), np.append(upper, room)


def solve_concave(r: Response, objective: str, lower, upper, total: float, at_most: bool,
                  starts) -> tuple[np.ndarray, float, float]:
    """(budgets, value, upper bound) for reach, GMV or contribution (without its fixed costs' choice): the search
    from the start rows, then the Frank–Wolfe bound at the answer."""
    slack = at_most and objective == "contribution"  # reach and GMV never fall with budget: spend it all
    f = Objective(r, objective, slack, fixed_costs=False)
    lo, hi = _with_slack(lower, upper, total, slack)
    starts = np.atleast_2d(starts)
    if slack:
        starts = np.concatenate([starts, np.maximum(total - starts.sum(axis=1, keepdims=True), 0.0)], axis=1)
    starts = project_onto_budget(starts, lo, hi, total)
    x, value, _ = maximise(f, starts, lo, hi, total)
    bound = max(frank_wolfe_bound(f, x, lo, hi, total), value)
    return (x[:-1] if slack else x), float(value), bound


def is_exact(value: float, bound: float) -> bool:
    return bound - value <= EXACT_GAP * max(1.0, abs(bound))


def _open_sets(forced: np.ndarray, free: np.ndarray) -> np.ndarray:
    """Every choice of open channels: the forced ones plus each subset of the free ones (rows, channels)."""
    free_index = np.flatnonzero(free)
    count = 1 << len(free_index)
    bits = (np.arange(count)[:, None] >> np.arange(len(free_index))[None, :]) & 1
    sets = np.tile(forced, (count, 1))
    sets[:, free_index] = bits.astype(bool)
    return sets


def allocate_contribution(r: Response, lower, upper, total: float, at_most: bool,
                          start: np.ndarray) -> tuple[np.ndarray, float | None]:
    """(budgets, upper bound or None): the best budgets for contribution − marketing cost, choosing which channels
    to open. The bound is the largest of the open sets' Frank–Wolfe bounds (each a concave problem), when every
    set was tried; None otherwise."""
    lower = np.asarray(lower, dtype=float)
    upper = np.asarray(upper, dtype=float)
    code, channels = r.channel_code, r.channels
    forced = np.bincount(code, weights=(lower > 0).astype(float), minlength=channels) > 0
    has_room = np.bincount(code, weights=(upper > 0).astype(float), minlength=channels) > 0
    free = has_room & ~forced
    all_open = forced | free
    first, first_value, first_bound = _solve_open(r, lower, upper, total, at_most, all_open, [start])
    if first is None:
        return start, None

    def try_set(open_set):
        return _solve_open(r, lower, upper, total, at_most, open_set, [_shut(first, open_set, code, lower)])

    if free.sum() <= MAX_ENUMERATED_CHANNELS:
        best, best_value, bounds = first, first_value, [first_bound]
        for open_set in _open_sets(forced, free):
            if np.array_equal(open_set, all_open):
                continue
            budgets, value, bound = try_set(open_set)
            if budgets is None:
                continue
            bounds.append(bound)
            if value > best_value:
                best, best_value = budgets, value
        return best, max(max(bounds), best_value)

    # too many channels to try every set: shut one channel at a time while that helps
    current, best, best_value = all_open.copy(), first, first_value
    while True:
        trials = []
        for channel in np.flatnonzero(free & current):
            open_set = current.copy()
            open_set[channel] = False
            budgets, value, _ = try_set(open_set)
            if budgets is not None:
                trials.append((value, open_set, budgets))
        if not trials:
            break
        value, open_set, budgets = max(trials, key=lambda t: t[0])
        if value <= best_value + 1e-9 * max(1.0, abs(best_value)):
            break
        current, best, best_value = open_set, budgets, value
    return best, None


def _shut(budgets: np.ndarray, open_set: np.ndarray, code: np.ndarray, lower: np.ndarray) -> np.ndarray:
    """A start for a set of open channels: the shut channels' lines at their minimum."""
    return np.where(open_set[code], budgets, lower)


def _solve_open(r: Response, lower, upper, total, at_most, open_set, starts):
    """The concave search with only `open_set`'s channels' lines allowed budget; (None, …) if the total cannot be
    spent that way."""
    upper_here = np.where(open_set[r.channel_code], upper, lower)
    if not at_most and upper_here.sum() < total - 1e-9 * max(total, 1.0):
        return None, -np.inf, -np.inf
    budgets, _, bound = solve_concave(r, "contribution", lower, upper_here, total, at_most, starts)
    value = float(values(r, "contribution", budgets)[0])  # with the fixed costs of the channels it does open
    # no plan whose open channels are exactly this set beats the concave part's bound less this set's fixed costs
    # (a plan that leaves one of them shut belongs to a smaller set, tried too)
    return budgets, value, bound - float(open_set.astype(float) @ r.fixed_costs)
