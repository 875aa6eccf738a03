"""Budgets a person would write down: every line that takes any amount rounded to a step (¥1,000, ¥10,000).

Largest-remainder rounding of the optimiser's answer keeps the money on those lines (so the total holds), each
line's range rounded inwards to the step; then single steps move between two lines while that mends a channel
limit or a KPI floor the rounding broke, or improves the objective (all moves scored at once, one batched call).
Locked lines and lines bought in whole units (KOL sessions, videos) keep their amounts. If the total itself is
not a multiple of the step, the remainder (less than one step) sits on the largest line.
"""
from __future__ import annotations

import numpy as np

from market_entry_planner.core.optimise.budget_limits import BudgetLimits
from market_entry_planner.core.optimise.constraints import floor_scale, floor_slack
from market_entry_planner.core.optimise.objectives import Response, values

MAX_ROUNDS = 200
EXCHANGE_LINES = 60  # moves are tried among at most this many lines (the largest): pairs grow as its square


def round_to_step(r: Response, objective: str, limits: BudgetLimits, budgets: np.ndarray, step: float,
                  channel_low: np.ndarray | None = None, channel_high: np.ndarray | None = None,
                  floors: dict | None = None) -> np.ndarray:
    """The budgets with every divisible free line on a multiple of `step`; see the module docstring."""
    b = np.asarray(budgets, dtype=float).copy()
    step = float(step)
    free = ~limits.locked & ~limits.rounded & (limits.upper > limits.lower)
    lo = np.ceil(limits.lower / step - 1e-9) * step
    hi = np.where(np.isfinite(limits.upper), np.floor(limits.upper / step + 1e-9) * step, np.inf)
    lines = np.flatnonzero(free & (lo <= hi))
    if lines.size == 0:
        return b
    amount = float(b[lines].sum())
    base = np.clip(np.floor(b[lines] / step + 1e-9) * step, lo[lines], hi[lines])
    extra = int(np.floor((amount - base.sum()) / step + 1e-6))
    remainder = b[lines] - base
    for j in np.argsort(-remainder, kind="stable"):
        if extra <= 0:
            break
        if base[j] + step <= hi[lines[j]] + 1e-9:
            base[j] += step
            extra -= 1
    b[lines] = base
    residue = amount - base.sum()
    if abs(residue) > 1e-6:  # the total is not a multiple of the step: the rest on the largest line with room
        room = np.where(residue > 0, limits.upper - b, b - limits.lower)
        room = np.where(free, room, -np.inf)
        order = np.argsort(-np.where(room >= abs(residue), b, -np.inf), kind="stable")
        if room[order[0]] >= abs(residue):
            b[order[0]] += residue
    return _exchange(r, objective, b, lines, step, lo, hi, channel_low, channel_high, floors or {}, limits.total)


def _violation(r: Response, rows: np.ndarray, channel_low, channel_high, floors: dict, total: float) -> np.ndarray:
    """How far each row of budgets is from every channel limit and floor, in shares of their scales."""
    out = np.zeros(len(rows))
    if channel_low is not None or channel_high is not None:
        sums = np.stack([np.bincount(r.channel_code, weights=row, minlength=r.channels) for row in rows])
        scale = max(total, 1.0)
        if channel_low is not None:
            out += np.maximum(channel_low - sums, 0.0).sum(axis=1) / scale
        if channel_high is not None:
            high = np.where(np.isfinite(channel_high), channel_high, np.inf)
            out += np.maximum(sums - high, 0.0).sum(axis=1) / scale
    for kpi, level in floors.items():
        out += np.maximum(-floor_slack(r, kpi, level, rows), 0.0) / floor_scale(r, kpi, total)
    return np.where(out > 1e-9, out, 0.0)


def _exchange(r, objective, b, lines, step, lo, hi, channel_low, channel_high, floors, total) -> np.ndarray:
    if lines.size > EXCHANGE_LINES:
        lines = lines[np.argsort(-b[lines], kind="stable")[:EXCHANGE_LINES]]
    k = lines.size
    if k < 2:
        return b
    give, take = np.meshgrid(np.arange(k), np.arange(k), indexing="ij")
    pairs = give != take
    give, take = lines[give[pairs]], lines[take[pairs]]
    moves = np.zeros((len(give), len(b)))
    moves[np.arange(len(give)), give] -= step
    moves[np.arange(len(give)), take] += step
    current_value = float(values(r, objective, b)[0])
    current_bad = float(_violation(r, b[None, :], channel_low, channel_high, floors, total)[0])
    for _ in range(MAX_ROUNDS):
        rows = b + moves
        ok = (rows[np.arange(len(give)), give] >= lo[give] - 1e-9) & (rows[np.arange(len(give)), take]
                                                                       <= hi[take] + 1e-9)
        if not ok.any():
            break
        rows, candidates = rows[ok], np.flatnonzero(ok)
        bad = _violation(r, rows, channel_low, channel_high, floors, total)
        gain = values(r, objective, rows) - current_value
        noise = 1e-12 * max(1.0, abs(current_value))
        better = (bad < current_bad - 1e-12) | ((bad <= current_bad + 1e-15) & (gain > noise))
        if not better.any():
            break
        score = np.where(better, -bad * 1e30 + gain if current_bad > 0 else gain, -np.inf)
        j = int(np.argmax(score))
        b = rows[j]
        current_value, current_bad = current_value + float(gain[j]), float(bad[j])
        del candidates
    return b + 0.0  # no −0
