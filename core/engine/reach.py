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


def exp_series(c: np.ndarray) -> np.ndarray:
    """Coefficients of exp(Σ_{m≥1} c_m·x^m), truncated like c (c_0 is ignored)."""
    out = np.empty_like(c)
    out[0] = 1.0
    for j in range(1, c.shape[0]):
        total = np.zeros_like(c[0])
        for i in range(1, j + 1):
            total = total + i * c[i] * out[j - i]
        out[j] = total / j
    return out


def mixture_series(coeffs: np.ndarray, share) -> tuple[np.ndarray, np.ndarray]:
    """Log-pgf of a mixture: with probability `share` a person's exposures follow the distribution whose log-pgf
    series is `coeffs`, otherwise none: log(1 − q + q·exp(C(x))), truncated like coeffs; and the series
    h = q·e^C / (1 − q + q·e^C) that carries a derivative back: ∂log Q_i/∂C_m = h_{i−m}.

    Computed in the log domain around x = 0, so a fully saturated component (e^{C0} → 0) stays finite. share = 1
    gives coeffs back; share = 0 gives zeros."""
    n = coeffs.shape[0]
    share = np.broadcast_to(np.asarray(share, dtype=float), coeffs.shape[1:])
    with np.errstate(divide="ignore"):
        log_share, log_rest = np.log(share), np.log1p(-np.minimum(share, 1.0))
    # log P(unexposed) = log(1 − q + q·e^{C0}): log1p keeps a tiny reach exact, logaddexp a saturated one
    lost = share * -np.expm1(coeffs[0])
    with np.errstate(divide="ignore", invalid="ignore"):
        log_q0 = np.where(lost < 0.5, np.log1p(-lost), np.logaddexp(log_rest, log_share + coeffs[0]))
    with np.errstate(invalid="ignore", over="ignore"):
        exposed = np.exp(log_share + coeffs[0] - log_q0)                     # σ = q·e^{C0}/Q(0) ∈ [0, 1]
    exposed = np.where(np.isnan(exposed), 0.0, exposed)
    series = exp_series(coeffs)
    ratio = series * exposed                                                  # Q_j / Q(0), j ≥ 1
    log_q = np.empty_like(coeffs)
    log_q[0] = log_q0
    h = np.empty_like(coeffs)
    h[0] = exposed
    for j in range(1, n):
        total = np.zeros_like(coeffs[0])
        for i in range(1, j):
            total = total + i * log_q[i] * ratio[j - i]
        log_q[j] = ratio[j] - total / j
        back = np.zeros_like(coeffs[0])
        for i in range(1, j + 1):
            back = back + ratio[i] * h[j - i]
        h[j] = exposed * series[j] - back
    return log_q, h


def mixture_backward(d_series: np.ndarray, h: np.ndarray) -> np.ndarray:
    """∂J/∂C_m = Σ_{i≥m} ∂J/∂(log Q)_i · h_{i−m}: the derivative through `mixture_series`."""
    n = d_series.shape[0]
    out = np.empty(np.broadcast_shapes(d_series.shape, h.shape))
    for m in range(n):
        total = np.zeros(out.shape[1:])
        for i in range(m, n):
            total = total + d_series[i] * h[i - m]
        out[m] = total
    return out


def log_pgf_mean_derivative(d_coeffs: np.ndarray, mean, k) -> np.ndarray:
    """Σ_j ∂J/∂c_j · ∂c_j/∂mean for NBD log-pgf coefficients (`log_pgf`): ∂c_0/∂mean = −(1 − β) and
    ∂c_j/∂mean = β^(j−1)·(1 − β)² for j ≥ 1, β = mean/(mean + k) (Poisson: β = 0)."""
    mean, k = np.broadcast_arrays(np.asarray(mean, dtype=float), np.asarray(k, dtype=float))
    with np.errstate(invalid="ignore"):
        beta = np.where(np.isinf(k), 0.0, mean / (mean + np.where(np.isinf(k), 1.0, k)))
    out = -(1.0 - beta) * d_coeffs[0]
    power = (1.0 - beta) ** 2
    for j in range(1, d_coeffs.shape[0]):
        out = out + power * d_coeffs[j]
        power = power * beta
    return out


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
