"""The best budgets for the concave objectives (reach, GMV, contribution), with a certificate of how close.

Under model v2 reach, GMV and contribution are concave in the budgets (docs/model.md, "Where the next yuan goes"),
so the projected-gradient search (core/optimise/local_search) converges to the global maximum, and the
Frank–Wolfe bound says how far any answer can be from it: for a concave f and a feasible x,

    max f  ≤  f(x) + max_y ∇f(x)·(y − x)   over the same box and total,

and the inner maximum is a linear programme solved exactly by a greedy fill (`Space.linear_max`). The answer reports
the bound; "exact" means the gap is below a millionth of the value.

Contribution − marketing cost also pays each channel's fixed costs once it has budget: concave once the set of
open channels is chosen. Every set is tried while few channels are free to open or stay shut (2^F sets, each a
concave search warm-started from the all-open answer); beyond that, channels are shut one at a time while that
helps (a local optimum, said so).
"""
from __future__ import annotations

import numpy as np

from market_entry_planner.core.optimise.budget_limits import Space
from market_entry_planner.core.optimise.local_search import Objective, ascend, maximise, polish
from market_entry_planner.core.optimise.objectives import Response, values

MAX_ENUMERATED_CHANNELS = 5
EXACT_GAP = 1e-6
REFINE_ROUNDS = 3


def frank_wolfe_bound(f: Objective, x: np.ndarray, space: Space) -> float:
    """max f ≤ f(x) + max_y ∇f(x)·(y − x) over the space, for concave f."""
    value, grad = f.value_and_gradient(x[None, :])
    best = space.linear_max(grad[0])
    return float(value[0] + grad[0] @ (best - x))


def solve_concave(r: Response, objective: str, space: Space, at_most: bool,
                  starts) -> tuple[np.ndarray, float, float]:
    """(budgets, value, upper bound) for reach, GMV or contribution (without its fixed costs' choice): the search
    from the start rows, then the Frank–Wolfe bound at the answer, refined while the gap is not closed."""
    slack = at_most and objective == "contribution"  # reach and GMV never fall with budget: spend it all
    f = Objective(r, objective, slack, fixed_costs=False)
    total = space.total
    starts = np.atleast_2d(starts)
    if slack:
        space = space.with_slack(max(0.0, total - float(np.sum(space.lower))))
        starts = np.concatenate([starts, np.maximum(total - starts.sum(axis=1, keepdims=True), 0.0)], axis=1)
    starts = space.project(starts)
    x, value, _ = maximise(f, starts, space)
    x, value, bound = _finish(f, x, space, total if objective != "reach" else 0.0)
    return (x[:-1] if slack else x), float(value), bound


def is_exact(value: float, bound: float, scale: float = 0.0) -> bool:
    """The answer is within a millionth of the best: of the value, or of `scale` (money objectives: the budget,
    so that a yuan's worth of rounding on a plan that barely breaks even is not called inexact)."""
    return bool(bound - value <= EXACT_GAP * max(1.0, abs(bound), scale))


def _open_sets(forced: np.ndarray, free: np.ndarray) -> np.ndarray:
    """Every choice of open channels: the forced ones plus each subset of the free ones (rows, channels)."""
    free_index = np.flatnonzero(free)
    count = 1 << len(free_index)
    bits = (np.arange(count)[:, None] >> np.arange(len(free_index))[None, :]) & 1
    sets = np.tile(forced, (count, 1))
    sets[:, free_index] = bits.astype(bool)
    return sets


def allocate_contribution(r: Response, space: Space, at_most: bool,
                          start: np.ndarray) -> tuple[np.ndarray, float | None]:
    """(budgets, upper bound or None): the best budgets for contribution − marketing cost, choosing which channels
    to open. Every set of open channels is searched at once, one row each (rows of one gradient search, each with
    its shut channels' lines held at their minimum); the most promising are then finished one by one. The bound is
    the largest of the sets' Frank–Wolfe bounds less their fixed costs, when every set was tried; None otherwise.
    A channel with a minimum, or a line with one, is open."""
    lower, upper = np.asarray(space.lower, dtype=float), np.asarray(space.upper, dtype=float)
    code, channels = r.channel_code, r.channels
    forced = np.bincount(code, weights=(lower > 0).astype(float), minlength=channels) > 0
    if space.group_low is not None:
        forced |= space.group_low > 0
    has_room = np.bincount(code, weights=(upper > 0).astype(float), minlength=channels) > 0
    free = has_room & ~forced
    if free.sum() > MAX_ENUMERATED_CHANNELS:
        return _shut_one_at_a_time(r, space, at_most, start, forced | free, free), None
    sets = _open_sets(forced, free)
    uppers = np.where(sets[:, code], upper, lower)
    if not at_most:  # only the sets that can spend the total (within the channels' ceilings too)
        sets = sets[_capacity(uppers, code, channels, space) >= space.total - 1e-9 * max(space.total, 1.0)]
        uppers = np.where(sets[:, code], upper, lower)
    if not len(sets):
        return start, None
    fixed = sets.astype(float) @ r.fixed_costs
    f = Objective(r, "contribution", at_most, fixed_costs=False)
    rows = space.restricted(lower, uppers)
    starts = np.where(sets[:, code], start, lower)
    if at_most:
        rows = rows.with_slack(max(0.0, space.total - float(lower.sum())))
        starts = np.concatenate([starts, np.maximum(space.total - starts.sum(axis=1, keepdims=True), 0.0)], axis=1)
    found, found_values = ascend(f, rows.project(starts), rows, iterations=400, tolerance=1e-9)
    scores = found_values - fixed
    order = np.argsort(-scores, kind="stable")
    best, best_value, bounds = None, -np.inf, []
    for k in order:
        here = rows.row(k)
        row_bound = max(frank_wolfe_bound(f, found[k], here), float(found_values[k])) - fixed[k]
        if best is not None and row_bound <= best_value + EXACT_GAP * max(1.0, abs(best_value), space.total):
            bounds.append(row_bound)  # cannot beat the best found: its bound stands for it
            continue
        x, _, bound = _finish(f, found[k], here, space.total)
        budgets = x[:-1] if at_most else x
        value = float(values(r, "contribution", budgets[None, :])[0])
        bounds.append(bound - fixed[k])
        if value > best_value:
            best, best_value = budgets, value
    return best, max(max(bounds), best_value)


def _capacity(uppers: np.ndarray, code: np.ndarray, channels: int, space: Space) -> np.ndarray:
    """Per row of line ceilings, the most that can be spent: each channel's lines up to its ceiling, if any."""
    if space.group_high is None:
        return np.atleast_1d(np.asarray(uppers, dtype=float).sum(axis=-1))
    finite = np.where(np.isfinite(uppers), uppers, 1e300)
    per_channel = np.stack([np.bincount(code, weights=row, minlength=channels) for row in np.atleast_2d(finite)])
    return np.minimum(per_channel, space.group_high).sum(axis=-1)


def _finish(f: Objective, x: np.ndarray, space: Space, money_scale: float) -> tuple[np.ndarray, float, float]:
    """Newton steps, then more gradient steps while the Frank–Wolfe gap stays open: (x, value, bound)."""
    x, value, _ = polish(f, x, space)
    bound = max(frank_wolfe_bound(f, x, space), value)
    for _ in range(REFINE_ROUNDS):
        if is_exact(value, bound, money_scale):
            break
        found, _ = ascend(f, x[None, :], space, iterations=200, tolerance=1e-13)
        candidate, candidate_value, _ = polish(f, found[0], space)
        if candidate_value <= value:
            break
        x, value = candidate, candidate_value
        bound = max(min(bound, frank_wolfe_bound(f, x, space)), value)
    return x, value, bound


def _shut_one_at_a_time(r: Response, space: Space, at_most: bool, start, all_open, free) -> np.ndarray:
    """More channels than can be enumerated: shut one channel at a time while that helps (a local optimum)."""
    code = r.channel_code
    current = all_open.copy()
    best, best_value, _ = _solve_open(r, space, at_most, current, [start])
    while best is not None:
        trials = []
        for channel in np.flatnonzero(free & current):
            open_set = current.copy()
            open_set[channel] = False
            budgets, value, _ = _solve_open(r, space, at_most, open_set, [_shut(best, open_set, code, space.lower)])
            if budgets is not None:
                trials.append((value, open_set, budgets))
        if not trials:
            break
        value, open_set, budgets = max(trials, key=lambda t: t[0])
        if value <= best_value + 1e-9 * max(1.0, abs(best_value)):
            break
        current, best, best_value = open_set, budgets, value
    return start if best is None else best


def _shut(budgets: np.ndarray, open_set: np.ndarray, code: np.ndarray, lower: np.ndarray) -> np.ndarray:
    """A start for a set of open channels: the shut channels' lines at their minimum."""
    return np.where(open_set[code], budgets, lower)


def _solve_open(r: Response, space: Space, at_most: bool, open_set, starts):
    """The concave search with only `open_set`'s channels' lines allowed budget; (None, …) if the total cannot be
    spent that way."""
    upper_here = np.where(open_set[r.channel_code], space.upper, space.lower)
    if not at_most and _capacity(upper_here, r.channel_code, r.channels, space)[0] < \
            space.total - 1e-9 * max(space.total, 1.0):
        return None, -np.inf, -np.inf
    budgets, _, bound = solve_concave(r, "contribution", space.restricted(space.lower, upper_here), at_most,
                                      starts)
    value = float(values(r, "contribution", budgets)[0])  # with the fixed costs of the channels it does open
    # no plan whose open channels are exactly this set beats the concave part's bound less this set's fixed costs
    # (a plan that leaves one of them shut belongs to a smaller set, tried too)
    return budgets, value, bound - float(open_set.astype(float) @ r.fixed_costs)
