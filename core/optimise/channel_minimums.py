""""At least ¥500k on Tmall": a minimum total per channel, on top of the lines' own limits.

The search itself keeps each channel's total at or above its minimum: its projection (core/optimise/budget_limits,
`Space`) holds every channel's sum within its floor and ceiling, and the Frank–Wolfe bound is taken over the same
set, so the answers for reach, GMV and contribution stay certified. Here: the minimums read from the request, and
a clear message when they cannot all be met. Tests compare every objective against SLSQP with the channel
constraints.
"""
from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from market_entry_planner.core.engine.compile import CompiledPlan
from market_entry_planner.core.model import channel_label
from market_entry_planner.core.optimise.budget_limits import BudgetLimits, OptimiseError
from market_entry_planner.core.problems import Problem


def minimums_by_channel(compiled: CompiledPlan, minimums: Mapping[str, float] | None) -> np.ndarray:
    """Per channel of the compiled plan (its `channels` order), the minimum total; 0 where none is set."""
    out = np.zeros(len(compiled.channels))
    problems = []
    for channel, amount in (minimums or {}).items():
        amount = float(amount)
        if not np.isfinite(amount) or amount < 0:
            problems.append(Problem(f"The minimum for {channel_label(channel)} must be a number of 0 or more, "
                                    f"not {amount}."))
        elif channel not in compiled.channels:
            if amount > 0:
                problems.append(Problem(f"The plan has no lines on {channel_label(channel)}, so it cannot spend "
                                        f"at least ¥{amount:,.0f} there: add a line first."))
        else:
            out[compiled.channels.index(channel)] = amount
    if problems:
        raise OptimiseError(problems)
    return out


def check_feasible(compiled: CompiledPlan, limits: BudgetLimits, minimum: np.ndarray) -> None:
    """Raise OptimiseError naming the channel when its minimum cannot be met within the lines' limits."""
    code = compiled.channel_code
    channels = len(compiled.channels)
    ceiling = np.bincount(code, weights=np.where(np.isfinite(limits.upper), limits.upper, 1e300),
                          minlength=channels)
    floor = np.bincount(code, weights=limits.lower, minlength=channels)
    problems = []
    for c in np.flatnonzero(minimum > ceiling + limits.tolerance):
        problems.append(Problem(f"{channel_label(compiled.channels[c])} can take at most ¥{ceiling[c]:,.0f} "
                                f"(locks and maximums of its lines), less than its minimum of ¥{minimum[c]:,.0f}."))
    need = float(np.maximum(minimum, floor).sum())
    if need > limits.total + limits.tolerance:
        problems.append(Problem(f"The channel minimums, locked lines and line minimums need ¥{need:,.0f}, more "
                                f"than the total of ¥{limits.total:,.0f}: raise the total or lower a minimum."))
    if problems:
        raise OptimiseError(problems)
