"""Projected-gradient ascent over the budget set: the optimiser's one search, for every objective.

For reach, GMV and contribution (concave under model v2) the maximum it converges to is the global one, and the
Frank–Wolfe bound (core/optimise/concave.py) says how close it is. Effective reach n+ is S-shaped in a line's
budget (nobody sees an ad three times on a small budget), so it can have several local optima and no polynomial
method is known to be exact: there it starts from many points. This is the spectral projected
gradient method (Birgin, Martínez & Raydan 2000): steps along the exact gradient, Barzilai–Borwein step
lengths, projection onto {lower ≤ b ≤ upper, Σb = total} (exact, core/budget_limits), and a non-monotone
Armijo line search. It converges to a point where no feasible direction improves (a KKT point) from each
start; every start runs at once, as rows of one matrix.

How far from exact: a local optimum, with no bound better than the (loose) reach optimum, since n+ ≤ 1+. The
optimiser starts it from the input, the reach optimum, each channel's own reach optimum and the most promising
single-line plans (effective reach rewards depth). tests/test_optimise.py holds it, on 200 random plans, to
within 0.1% of the best of a multi-start SLSQP (it has matched or beaten it on every plan tried so far).
"""
from __future__ import annotations

import numpy as np

from market_entry_planner.core.optimise.budget_limits import Space, settle
from market_entry_planner.core.optimise.objectives import Response, value_and_gradient

_MEMORY = 5          # non-monotone line search: compare with the worst of the last few values
SCOUTING_STEPS = 4   # steps every start takes before the clearly worse ones are dropped
KEEP_WITHIN = 0.03   # ... "clearly worse": more than 3% below the best after those steps
_ARMIJO = 1e-4


class Objective:
    """What the search maximises: an objective of the plan, and with `slack` a last budget column that earns nothing
    (money left unspent: "at most" a total is "exactly" the total with a slack line that may take the rest)."""

    def __init__(self, r: Response, objective: str, slack: bool = False, fixed_costs: bool = True):
        self.r, self.objective, self.slack, self.fixed_costs = r, objective, slack, fixed_costs

    def _lines(self, x):
        x = np.atleast_2d(x)
        return x[:, :-1] if self.slack else x

    def values(self, x) -> np.ndarray:
        return value_and_gradient(self.r, self.objective, self._lines(x), gradient=False,
                                  fixed_costs=self.fixed_costs)

    def value_and_gradient(self, x):
        value, grad = value_and_gradient(self.r, self.objective, self._lines(x), fixed_costs=self.fixed_costs)
        if self.slack:
            grad = np.concatenate([grad, np.zeros((grad.shape[0], 1))], axis=1)
        return value, grad

    def gradients(self, x) -> np.ndarray:
        return self.value_and_gradient(x)[1]


def _value_and_gradient(fn: Objective, x: np.ndarray):
    return fn.value_and_gradient(x)


def polish(fn: Objective, x: np.ndarray, space: Space, iterations: int = 8,
           tolerance: float = 1e-12) -> tuple[np.ndarray, float, bool]:
    """Newton steps on the lines inside their range, from a point the gradient search brought near a maximum.

    Gradient steps converge linearly in the tail; near a local maximum with its set of lines at a bound settled,
    the objective is smooth in the other lines, and Newton steps (Hessian by differences of the exact gradient,
    one batched call, the total kept by a multiplier) converge in a few. A step is taken only if it gains, so
    this never makes the plan worse; anything unusual (a line that should leave its bound, a direction that is
    not uphill) stops it and leaves the point as the gradient search left it. The flag says whether it ended at a
    point no Newton step improves (a maximum on its free lines, with no line wanting to leave its bound).
    """
    lower, upper, total = space.lower, space.upper, space.total
    scale = max(total, 1.0)
    f, g = (v[0] for v in _value_and_gradient(fn, x[None, :]))
    for _ in range(iterations):
        margin = 1e-9 * scale
        free = np.flatnonzero((x > lower + margin) & (x < upper - margin))
        k = free.size
        # a group (channel) at its floor or ceiling keeps its sum: one more equality, one more multiplier
        bound_groups = _groups_at_limit(space, x, margin)
        rows = [np.ones(k)] + [(space.group[free] == grp).astype(float) for grp in bound_groups]
        m = len(rows)
        if k < m + 1:
            break
        h = 1e-7 * scale
        probes = np.tile(x, (k, 1))
        probes[np.arange(k), free] += h
        hessian = (fn.gradients(probes)[:, free] - g[free]) / h
        hessian = (hessian + hessian.T) / 2
        constraints = np.array(rows)
        kkt = np.zeros((k + m, k + m))
        kkt[:k, :k], kkt[:k, k:], kkt[k:, :k] = hessian, -constraints.T, constraints
        try:
            solution = np.linalg.solve(kkt, np.concatenate([-g[free], np.zeros(m)]))
        except np.linalg.LinAlgError:
            break
        d_free, multipliers = solution[:k], solution[k:]
        curvature = d_free @ hessian @ d_free
        gain = g[free] @ d_free + curvature / 2
        held = np.setdiff1d(np.flatnonzero(upper > lower), free)
        level = np.full(len(x), multipliers[0])
        for grp, mu in zip(bound_groups, multipliers[1:]):
            level[space.group == grp] += mu
        level = level[held]
        wants_out = ((x[held] <= lower[held] + margin) & (g[held] > level + 1e-9 * np.abs(level))) | \
                    ((x[held] >= upper[held] - margin) & (g[held] < level - 1e-9 * np.abs(level)))
        if gain <= tolerance * abs(f) and curvature < 0 and not wants_out.any():
            return x, float(f), True
        if curvature >= 0 or gain <= tolerance * abs(f) or wants_out.any():
            break
        d = np.zeros_like(x)
        d[free] = d_free
        for length in (1.0, 0.5, 0.25, 0.125):
            trial = space.project(x + length * d)[0]
            trial_f, trial_g = (v[0] for v in _value_and_gradient(fn, trial[None, :]))
            if trial_f > f:
                x, f, g = trial, trial_f, trial_g
                break
        else:
            break
    return x, float(f), False


def ascend(fn: Objective, starts, space: Space, iterations: int = 400,
           tolerance: float = 1e-10) -> tuple[np.ndarray, np.ndarray]:
    """Local maxima from each start row: (budgets (S, lines), values (S,)).

    A row stops when a full step along its projected gradient would gain less than `tolerance` of its value, or
    when its best value has gained less than that over the last few steps (the tail of a linear convergence:
    the last digits of a number of people nobody reads). The best point each row has seen is returned.
    """
    total = space.total
    x = space.project(np.atleast_2d(starts))
    rows = x.shape[0]
    f, g = _value_and_gradient(fn, x)
    best_x, best_f = x.copy(), f.copy()
    history = np.tile(f[:, None], (1, _MEMORY))
    progress = np.full((rows, _MEMORY), -np.inf)   # best value over the last few steps, to see a stall
    scale = max(total, 1.0)
    # first step: move at most a tenth of the budget along the steepest line
    step = 0.1 * scale / np.maximum(np.abs(g).max(axis=1), 1e-300)
    active = np.ones(rows, dtype=bool)
    for _ in range(iterations):
        d = space.project(x + step[:, None] * g, exact=False) - x
        slope = np.sum(g * d, axis=1)                  # first-order gain of the full step
        floor = tolerance * np.maximum(np.abs(best_f), 1e-300)
        active &= (slope > floor) & (best_f - progress[:, 0] > floor)
        if not active.any():
            break
        worst = history.min(axis=1)
        new_x = x + d
        new_f, new_g = _value_and_gradient(fn, new_x)
        accepted = ~active | (new_f >= worst + _ARMIJO * slope)
        length = np.ones(rows)
        for _ in range(40):  # halve the step on the rows whose full step failed (rare with BB steps)
            if accepted.all():
                break
            length = np.where(accepted, length, length / 2)
            trial = x + length[:, None] * d
            trial_f = fn.values(trial)
            ok = ~accepted & (trial_f >= worst + _ARMIJO * length * slope)
            new_x[ok], new_f[ok] = trial[ok], trial_f[ok]
            accepted |= ok
            if accepted.all():
                new_g = _value_and_gradient(fn, new_x)[1]
        active &= accepted
        s = new_x - x
        y = g - new_g                                  # for ascent: −(change of the gradient)
        sy = np.sum(s * y, axis=1)
        ss = np.sum(s * s, axis=1)
        step = np.where(sy > 0, ss / np.where(sy > 0, sy, 1.0), 1e3 * scale / np.maximum(
            np.abs(new_g).max(axis=1), 1e-300))
        step = np.clip(step, 1e-30, 1e30)
        keep = active[:, None]
        x, f, g = np.where(keep, new_x, x), np.where(active, new_f, f), np.where(keep, new_g, g)
        history = np.concatenate([history[:, 1:], f[:, None]], axis=1)
        better = f > best_f
        best_x[better], best_f[better] = x[better], f[better]
        progress = np.concatenate([progress[:, 1:], best_f[:, None]], axis=1)
    return settle(space, best_x), best_f


def maximise(fn: Objective, starts, space: Space,
             iterations: int = 400) -> tuple[np.ndarray, float, int]:
    """(budgets, value, starts used): the gradient search from every distinct start, to a millionth of the value,
    then Newton steps from the best of them to round-off."""
    starts = np.atleast_2d(starts)
    _, first = np.unique(np.round(starts, 2), axis=0, return_index=True)
    distinct = starts[np.sort(first)]  # the same start twice would only cost time
    # a few steps from every start sort the basins; the ones within a few percent of the best go on
    found, found_values = ascend(fn, distinct, space, SCOUTING_STEPS, tolerance=1e-6)
    keep = found_values >= found_values.max() - KEEP_WITHIN * abs(found_values.max())
    found, found_values = ascend(fn, found[keep], space, iterations, tolerance=1e-4)
    best = int(np.argmax(found_values))
    x, value, converged = polish(fn, found[best], space)
    if not converged:  # Newton could not finish (the lines at a bound are not settled yet): more gradient steps
        found, found_values = ascend(fn, x[None, :], space, iterations, tolerance=1e-9)
        x, value, _ = polish(fn, found[0], space)
    return x, value, len(distinct)


def _groups_at_limit(space: Space, x: np.ndarray, margin: float) -> list[int]:
    if space.group is None:
        return []
    held = []
    for grp in range(len(space.group_low)):
        total = x[space.group == grp].sum()
        if total <= space.group_low[grp] + margin or total >= space.group_high[grp] - margin:
            if np.any(space.group == grp):
                held.append(grp)
    return held
