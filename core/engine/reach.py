"""Reach and frequency: NBD exposure per line, independence within a channel, Sainsbury across channels.

Everything works on the *log probability-generating function* of a person's exposure count, truncated
at x^(n-1). For an NBD with mean m and shape k,

    log E[x^X] = -k·log(1 + m/k) + Σ_{j≥1} (k·βʲ/j)·xʲ,   β = m/(m + k)

(Poisson, k → ∞: -m + m·x). Independent exposures add their log-pgfs, so a channel's exposure
distribution is found by summing its lines' coefficients (one `bincount` per degree, no loop over
lines) and exponentiating the series. That gives, with no approximation beyond the model's own
independence assumptions:
- reach 1+ = A·(1 − e^{c0}), which is exactly DESIGN's A_c·(1 − Π(1 − R_i/A_c));
- effective reach n+ = A·(1 − Σ_{j<n} P(X=j)) at line, channel and total level.
Across channels a person of the target population P is in channel c's audience with probability
A_c/P, independently (Sainsbury), so the total distribution is the convolution of the channels'
mixtures; its 1+ reach is exactly P·(1 − Π(1 − R_c/P)).
"""
from __future__ import annotations

import numpy as np

_UNDERFLOW = -700.0  # exp() of less is 0 in float64


def log_pgf(mean, k, n: int) -> np.ndarray:
    """Coefficients c_0..c_{n-1} of log E[x^X] for NBD(mean, k); shape (n, *broadcast(mean, k))."""
    mean, k = np.broadcast_arrays(np.asarray(mean, dtype=float), np.asarray(k, dtype=float))
    poisson = np.isinf(k)
    shape = np.where(poisson, 1.0, k)
    coeffs = np.empty((max(n, 1),) + mean.shape)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        coeffs[0] = np.where(poisson, -mean, -shape * np.log1p(mean / shape))
        beta = mean / (mean + shape)
        power = np.ones_like(mean)
        for j in range(1, n):
            power = power * beta
            coeffs[j] = np.where(poisson, mean if j == 1 else 0.0, shape * power / j)
    return coeffs


def pmf_head(coeffs: np.ndarray) -> np.ndarray:
    """P(X = j) for j < n from log-pgf coefficients (exp of a power series, term by term)."""
    n = coeffs.shape[0]
    series = np.empty_like(coeffs)
    series[0] = 1.0
    with np.errstate(over="ignore", invalid="ignore"):
        for j in range(1, n):
            total = np.zeros_like(coeffs[0])
            for i in range(1, j + 1):
                total = total + i * coeffs[i] * series[j - i]
            series[j] = total / j
        pmf = np.exp(coeffs[0]) * series
    # exp(c0) underflows only when exposure is so heavy that nobody is left below n
    pmf = np.where((coeffs[0] < _UNDERFLOW) | ~np.isfinite(pmf), 0.0, pmf)
    return pmf


def reach_fraction(c0) -> np.ndarray:
    """1 − P(X = 0), accurate for tiny reach."""
    return -np.expm1(c0)


def at_least_fraction(coeffs: np.ndarray, n: int) -> np.ndarray:
    """P(X ≥ n) from log-pgf coefficients holding at least n terms."""
    if n <= 1:
        return reach_fraction(coeffs[0])
    pmf = pmf_head(coeffs[:n])
    return np.clip(reach_fraction(coeffs[0]) - pmf[1:n].sum(axis=0), 0.0, 1.0)


def nbd_reach(impressions, audience, k) -> np.ndarray:
    """DESIGN's line reach: A·(1 − (1 + I/(k·A))^(−k)); Poisson A·(1 − e^(−I/A)) when k is inf."""
    impressions = np.asarray(impressions, dtype=float)
    audience = np.asarray(audience, dtype=float)
    mean = np.divide(impressions, audience, out=np.zeros(np.broadcast(impressions, audience).shape),
                     where=audience > 0)
    return audience * reach_fraction(log_pgf(mean, k, 1)[0])


def nbd_reach_at_least(impressions, audience, k, n: int) -> np.ndarray:
    """People in the audience exposed n or more times, NBD."""
    impressions = np.asarray(impressions, dtype=float)
    audience = np.asarray(audience, dtype=float)
    mean = np.divide(impressions, audience, out=np.zeros(np.broadcast(impressions, audience).shape),
                     where=audience > 0)
    return audience * at_least_fraction(log_pgf(mean, k, max(n, 1)), n)


def sum_by_group(coeffs: np.ndarray, group: np.ndarray, groups: int) -> np.ndarray:
    """Add the log-pgf coefficients of independent lines in each group: shape (n, groups)."""
    return np.stack([np.bincount(group, weights=row, minlength=groups) for row in coeffs])


def population_mixture(channel_pmf: np.ndarray, audience_share: np.ndarray) -> np.ndarray:
    """A channel's exposure pmf over the whole target population: non-users see nothing."""
    mixed = channel_pmf * audience_share
    mixed[0] = 1.0 - audience_share * (1.0 - channel_pmf[0])
    return mixed


def convolve_heads(pmfs: np.ndarray) -> np.ndarray:
    """Distribution of the sum of independent counts, truncated to the first n terms.

    pmfs has shape (n, groups), or (n, ..., groups) for a batch (weeks, Monte Carlo draws); groups are channels,
    few enough for a loop. The truncated convolution is written out term by term (n is the effective frequency, a
    handful) rather than with np.convolve, so that a batch gives the same bits as one plan.
    """
    n, groups = pmfs.shape[0], pmfs.shape[-1]
    out = np.zeros(pmfs.shape[:-1])
    out[0] = 1.0
    for g in range(groups):
        pmf = pmfs[..., g]
        head = np.empty_like(out)
        for j in range(n):
            term = out[0] * pmf[j]
            for i in range(1, j + 1):
                term = term + out[i] * pmf[j - i]
            head[j] = term
        out = head
    return out


def sainsbury(reach, population: float) -> float:
    """Total reach of independent channels: P·(1 − Π(1 − R_c/P))."""
    reach = np.asarray(reach, dtype=float)
    if population <= 0:
        return 0.0
    with np.errstate(divide="ignore"):
        return float(population * -np.expm1(np.sum(np.log1p(-np.clip(reach / population, 0.0, 1.0)))))
