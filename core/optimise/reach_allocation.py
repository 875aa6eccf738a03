"""Maximum deduplicated reach for a total budget: exact, by water-filling on the KKT conditions.

Why it is exact. With mean exposures per yuan a_i (a line's on-target impressions per yuan over its channel's
audience A_c) and shape k_i, a line contributes h_i(b) = k_i·log(1 + a_i·b/k_i) to its channel's
"exposure depth" s_c = Σ_i h_i(b_i) (s_c = −log P(unexposed | in the channel's audience)), and

    −log(1 − R/P) = Σ_c g_c(s_c),   g_c(s) = −log(1 − α_c + α_c·e^(−s)),   α_c = A_c / P.

h_i is concave increasing, g_c is concave increasing, so Σ_c g_c(s_c(b)) is concave in the budgets, and R is an
increasing function of it: maximising reach over the box {lower ≤ b ≤ upper} with Σb = B is a concave problem
over a polytope, and the KKT conditions are sufficient. They say: there is a λ > 0 such that every line strictly
inside its range has g_c'(s_c)·h_i'(b_i) = λ (lines at their minimum have less, at their maximum more).

How. Write μ_c = λ / g_c'(s_c), the channel's price of depth. Given μ_c, each line's budget is closed form:
h_i'(b) = μ_c ⇔ b = k_i·(1/μ_c − 1/a_i), clipped to its range. For a fixed λ, each channel's μ_c solves the
1-D equation t + log g_c'(s_c(e^t)) = log λ (t = log μ_c; its left side increases strictly in t, so the root
is unique); the budget the channels then take falls as λ rises, so one more 1-D equation finds the λ that spends
B. Both are solved by Newton steps kept inside a bisection bracket (derivatives in closed form below), to
round-off. A Poisson line (k = inf) is solved as an NBD with k = 1e6: its marginal differs from Poisson's by a
relative mean/1e6 (mean = exposures per person, a few at most), so the allocation is off by that and the reach
by its square: nothing a planner can see. (A larger k makes b = k·(1/μ − 1/a) cancel catastrophically.)
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from market_entry_planner.core.optimise.budget_limits import settle_total
from market_entry_planner.core.optimise.objectives import Response

POISSON_K = 1e6
_ITERATIONS = 200


@dataclass(frozen=True)
class ReachAllocation:
    budgets: np.ndarray
    log_multiplier: float  # log λ at the optimum (nan when no budget was free to move)


class _Channels:
    """The 1-D pieces over the lines that move: per-channel depth, its marginal value, closed-form budgets."""

    def __init__(self, r: Response, lower, upper):
        a = r.exposure_rate
        k = np.where(np.isinf(r.k), POISSON_K, r.k)
        self.moving = (a > 0) & (upper > lower)
        m = self.moving
        self.groups = r.channels
        self.code = r.channel_code[m]
        self.a, self.k = a[m], k[m]
        self.k_over_a = self.k / self.a
        self.a_over_k = self.a / self.k
        self.lower, self.upper = lower[m], upper[m]
        alpha = r.audience_share
        self.whole_population = alpha >= 1.0
        with np.errstate(divide="ignore"):  # α = 1: ρ = 0, g' = 1; α = 0 channels have no moving line
            self.log_rho = np.where(alpha > 0, np.log1p(-np.minimum(alpha, 1.0)) - np.log(np.maximum(alpha, 1e-300)),
                                    0.0)
        still = (a > 0) & ~m  # fixed at their lower bound, but they still expose people
        self.depth_fixed = np.bincount(r.channel_code[still], weights=k[still] * np.log1p(
            a[still] * lower[still] / k[still]), minlength=self.groups)
        self.live = np.bincount(self.code, minlength=self.groups) > 0
        self.depth_low = self.depth(self.lower)
        self.depth_high = self.depth(self.upper)  # inf when a line has no maximum
        with np.errstate(divide="ignore"):
            slope_low = np.log(self.a / (1.0 + self.a_over_k * self.lower))
            slope_high = np.log(self.a / (1.0 + self.a_over_k * self.upper))  # −inf without a maximum
        self.log_slope_low = np.full(self.groups, -np.inf)
        np.maximum.at(self.log_slope_low, self.code, slope_low)
        self.log_slope_high = np.full(self.groups, np.inf)
        np.minimum.at(self.log_slope_high, self.code, slope_high)

    def depth(self, b):
        return self.depth_fixed + np.bincount(self.code, weights=self.k * np.log1p(self.a_over_k * b),
                                              minlength=self.groups)

    def log_marginal_at_share(self, share: float | None, total: float) -> float:
        """A first guess of log λ: the mean line marginal when every moving line gets the same share of its
        room (or, without maximums, the same budget)."""
        if share is None:
            b = np.full(len(self.a), max(total, 1.0) / max(len(self.a), 1))
            b = np.maximum(b, self.lower)
        else:
            b = self.lower + share * (self.upper - self.lower)
        log_g = self.log_marginal(self.depth(b))[self.code]
        return float(np.mean(log_g + np.log(self.a / (1.0 + self.a_over_k * b))))

    def log_marginal(self, depth):
        """log g'(s) = −log(1 + ρ·e^s), ρ = (1 − α)/α; 0 when α = 1 (ρ = 0), however deep the channel."""
        with np.errstate(invalid="ignore"):
            x = self.log_rho + depth
        return -np.logaddexp(0.0, np.where(self.whole_population, -np.inf, x))

    def solve(self, log_lambda: float, guess=None):
        """Each channel's t solving t + log g'(s(t)) = log λ; returns (t, moving lines' budgets, dΣb/d log λ)."""
        t_low = log_lambda - self.log_marginal(self.depth_low)
        t_high = np.maximum(np.minimum(np.maximum(t_low, self.log_slope_low),
                                       log_lambda - self.log_marginal(self.depth_high)), t_low)
        t = (t_low + t_high) / 2 if guess is None else np.clip(guess, t_low, t_high)
        for _ in range(_ITERATIONS):
            wanted = self.k * np.exp(-t)[self.code] - self.k_over_a    # h'(b) = e^t
            b = np.clip(wanted, self.lower, self.upper)
            log_g = self.log_marginal(self.depth(b))
            phi = t + log_g - log_lambda
            free = (wanted > self.lower) & (wanted < self.upper)
            k_free = np.bincount(self.code, weights=self.k * free, minlength=self.groups)
            slope = 1.0 + (1.0 - np.exp(log_g)) * k_free              # dφ/dt
            high = phi > 0
            t_high = np.where(high, t, t_high)
            t_low = np.where(high, t_low, t)
            newton = t - phi / slope
            # converged: the Newton step is below round-off of t (φ' ≥ 1, so φ is as small)
            if np.all(np.abs(newton - t) <= 1e-15 * np.maximum(1.0, np.abs(t))):
                break
            t = np.where((newton >= t_low) & (newton <= t_high), newton, 0.5 * (t_low + t_high))
        # d(Σb)/d log λ = Σ_c (dB_c/dt_c)·(dt_c/d log λ) = −Σ_c K_c·e^(−t_c) / φ_c'
        d_spend = -np.sum(np.where(self.live, k_free * np.exp(-t) / slope, 0.0))
        return t, b, d_spend


def allocate_reach(r: Response, lower, upper, total: float, at_most: bool = False,
                   log_multiplier_guess: float | None = None) -> ReachAllocation:
    """The budgets within [lower, upper] adding up to `total` (at most, if at_most) that maximise reach."""
    lower = np.asarray(lower, dtype=float)
    upper = np.asarray(upper, dtype=float)
    channels = _Channels(r, lower, upper)
    money = total - lower.sum()
    room = np.where(channels.moving, upper - lower, 0.0).sum()
    if money <= 0 or not channels.moving.any():
        return ReachAllocation(_finish(lower, lower, upper, total, at_most, channels.moving), np.nan)
    if room <= money:
        # every line that reaches anyone is full; the rest of the money reaches nobody more
        full = np.where(channels.moving, upper, lower)
        return ReachAllocation(_finish(full, lower, upper, total, at_most, channels.moving), np.nan)

    # at log λ ≥ high every moving line sits at its lower bound; at log λ ≤ low (when every line has a
    # maximum) at its upper bound; without maximums the bracket opens downwards until a step closes it
    high = float(np.max(np.where(channels.live, channels.log_slope_low + channels.log_marginal(channels.depth_low),
                                 -np.inf)))
    spend_fixed = lower[~channels.moving].sum()
    low = -np.inf
    if np.all(np.isfinite(channels.upper)):
        low = float(np.min(np.where(channels.live, channels.log_slope_high +
                                    channels.log_marginal(channels.depth_high), np.inf)))
    if log_multiplier_guess is not None and np.isfinite(log_multiplier_guess):
        log_lambda = float(np.clip(log_multiplier_guess, low, high))
    else:
        log_lambda = min(channels.log_marginal_at_share(money / room if np.isfinite(room) else None, total), high)
    t = None
    budgets = lower.copy()
    last_gap, stalled = np.nan, 0
    for _ in range(_ITERATIONS):
        t, moving_budgets, d_spend = channels.solve(log_lambda, t)
        gap = spend_fixed + moving_budgets.sum() - total
        # a line with a huge k (Poisson) moves in steps of a few fen as t moves by one ulp: when the budget no
        # longer responds to λ, the rest is round-off too
        stalled = stalled + 1 if gap == last_gap else 0
        last_gap = gap
        if stalled >= 2:
            break
        # a fen per ¥10m: the rest is settled exactly at the end, on lines inside their range, where the
        # marginal is λ on all of them, so moving it costs nothing to first order
        if abs(gap) <= 1e-9 * max(total, 1.0):
            break
        if gap > 0:
            low = log_lambda
        else:
            high = log_lambda
        step = log_lambda - gap / d_spend if d_spend < 0 else np.nan
        if abs(step - log_lambda) <= 1e-14 * max(1.0, abs(log_lambda)):
            break  # the budget's gap is round-off: λ cannot move any closer
        if low < step < high:
            log_lambda = step
        elif np.isfinite(low):
            log_lambda = (low + high) / 2
        else:  # nothing bounds λ from below yet: step down, further each time
            log_lambda = high - 2.0 * max(1.0, high - log_lambda)
        if high - low <= 1e-15 * max(1.0, abs(log_lambda)):
            break
    budgets[channels.moving] = moving_budgets
    return ReachAllocation(_finish(budgets, lower, upper, total, at_most, channels.moving), float(log_lambda))


def _finish(budgets, lower, upper, total, at_most, moving) -> np.ndarray:
    """Exact total: the round-off residue to the lines with room; with an exact total and every reaching
    line full, the rest goes to the lines that reach nobody (evenly, so the answer does not depend on order)."""
    spent = budgets.sum()
    if at_most and spent <= total:
        return np.clip(budgets, lower, upper)
    if spent < total and not np.any(np.where(moving, upper - budgets, 0.0) > 0):
        rest = np.where(moving, budgets, lower)
        keep = np.where(moving, budgets, upper)  # the reaching lines stay where they are
        return settle_total(rest, np.where(moving, budgets, lower), keep, total)
    return settle_total(budgets, lower, upper, total)
