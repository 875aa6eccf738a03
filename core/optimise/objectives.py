"""What the optimiser can maximise, computed for many budget vectors at once, with exact gradients.

The four objectives are totals `evaluate` reports (tests check they agree):
- "reach": deduplicated reach 1+ of the target population;
- "reach3": effective reach n+, n = the market's effective frequency (3 unless the user changed it);
- "gmv": GMV;
- "contribution": contribution − marketing cost, i.e. profit after marketing (the numerator of ROI). Maximising
  contribution alone would ignore what the media costs; with this one, an "at most" budget leaves money unspent
  where a yuan brings back less than a yuan, and a channel is opened only if it repays its fixed costs.

Reach and effective reach go through the log-pgf machinery of core/reach: a line adds coefficients
c_m(mean_i) to its channel's log-pgf C_c; a channel reaches only its audience share α_c of the population, so its
pgf over the population is Q_c(x) = 1 − α_c + α_c·exp(C_c(x)), and channels being independent, the total's
log-pgf is Σ_c log Q_c(x) (see `exposure_share`). The gradient follows the same path backwards, in closed form;
for an NBD line (β = mean/(mean + k)):
  ∂c_0/∂mean = −(1 − β),  ∂c_m/∂mean = β^{m−1}(1 − β)²  (m ≥ 1; Poisson is β = 0).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from market_entry_planner.core.engine.compile import CompiledPlan

OBJECTIVES = ("reach", "reach3", "gmv", "contribution")
OBJECTIVE_LABELS = {
    "reach": "Deduplicated reach",
    "reach3": "Effective reach",
    "gmv": "GMV",
    "contribution": "Contribution − marketing cost",
}


def objective_label(objective: str, effective_frequency: int = 3) -> str:
    if objective == "reach3":
        return f"Effective reach {effective_frequency}+"
    return OBJECTIVE_LABELS[objective]


@dataclass(frozen=True, eq=False)
class Response:
    """A compiled plan reduced to what budgets act on: per line rates, per channel shares and fixed costs."""

    channel_code: np.ndarray     # per line
    one_hot: np.ndarray          # lines × channels
    population: float
    audience_share: np.ndarray   # per channel: α_c = A_c / P
    exposure_rate: np.ndarray    # per line: mean exposures per person in its channel's audience, per yuan
    k: np.ndarray                # per line NBD shape (inf = Poisson)
    gmv_rate: np.ndarray         # per line: GMV per yuan
    profit_rate: np.ndarray      # per line: contribution per yuan − marketing cost per yuan (1 + agency fee)
    fixed_costs: np.ndarray      # per channel: charged once the channel has any budget
    effective_frequency: int

    def __post_init__(self):
        # constants of every evaluation, computed once (the local search evaluates hundreds of times)
        alpha = self.audience_share
        with np.errstate(divide="ignore"):
            object.__setattr__(self, "log_alpha", np.log(alpha))
            object.__setattr__(self, "log_rest", np.log1p(-alpha))
        poisson = np.isinf(self.k)
        object.__setattr__(self, "poisson", poisson if poisson.any() else None)
        object.__setattr__(self, "shape", np.where(poisson, 1.0, self.k))

    @property
    def size(self) -> int:
        return len(self.channel_code)

    @property
    def channels(self) -> int:
        return len(self.audience_share)


def response_of(c: CompiledPlan) -> Response:
    p = c.params
    groups = len(c.channels)
    audience = c.audience[c.channel_code] if groups else np.zeros(0)
    target_per_yuan = c.impressions_per_yuan * p["on_target"]
    exposure = np.divide(target_per_yuan, audience, out=np.zeros(c.size), where=audience > 0)
    gmv_rate = c.impressions_per_yuan * c.order_rate * p["aov"]
    net = gmv_rate * (1 - p["return_rate"])
    orders_rate = c.impressions_per_yuan * c.order_rate
    contribution_rate = (net * c.gross_margin - net * p["kol_commission"] - net * p["platform_fee"]
                         - orders_rate * p["fulfilment_per_order"])
    one_hot = np.zeros((c.size, groups))
    one_hot[np.arange(c.size), c.channel_code] = 1.0
    share = c.audience / c.population if c.population > 0 else np.zeros(groups)
    return Response(channel_code=c.channel_code, one_hot=one_hot, population=c.population,
                    audience_share=share, exposure_rate=exposure, k=np.asarray(p["k"], dtype=float),
                    gmv_rate=gmv_rate, profit_rate=contribution_rate - (1.0 + c.agency_fee),
                    fixed_costs=np.asarray(c.fixed_costs, dtype=float),
                    effective_frequency=max(1, int(c.effective_frequency)))


def _exp_series(c: np.ndarray) -> np.ndarray:
    """Coefficients of exp(Σ_{m≥1} c_m·x^m), truncated like c (c_0 is ignored)."""
    out = np.empty_like(c)
    out[0] = 1.0
    for j in range(1, c.shape[0]):
        out[j] = sum(i * c[i] * out[j - i] for i in range(1, j + 1)) / j
    return out


def exposure_share(r: Response, budgets, n: int, gradient: bool = False):
    """Share of the target population exposed n+ times, for budget rows (S, lines): (S,), and its gradient (S, lines).

    n = 1 is deduplicated reach. Channels combine in the log domain: the total's log-pgf is Σ_c log Q_c(x),
    Q_c(x) = 1 − α_c + α_c·exp(C_c(x)), so one sum over channels replaces their convolution, and a channel
    whose whole audience is saturated (Q_c(0) → 0) stays finite. The gradient is exact: with w_m = ∂share/∂L_m
    of the total log-pgf L and H_c = α_c·exp(C_c)/Q_c (a series), ∂share/∂C_c,m = Σ_{i≥m} w_i·H_c,i−m.
    """
    b = np.atleast_2d(np.asarray(budgets, dtype=float))
    mean = b * r.exposure_rate
    # the NBD log-pgf of each line (core/reach.log_pgf, inlined: this runs hundreds of times per search)
    k = r.shape
    beta = mean / (mean + k)
    coeffs = np.empty((n,) + mean.shape)                                      # (n, S, L)
    coeffs[0] = -k * np.log1p(mean / k)
    power = beta
    for j in range(1, n):
        coeffs[j] = k * power / j
        power = power * beta
    if r.poisson is not None:  # k = inf: c_0 = −m, c_1 = m, nothing above
        beta = np.where(r.poisson, 0.0, beta)
        coeffs[0] = np.where(r.poisson, -mean, coeffs[0])
        for j in range(1, n):
            coeffs[j] = np.where(r.poisson, mean if j == 1 else 0.0, coeffs[j])
    channel = coeffs @ r.one_hot                                              # (n, S, C)
    log_alpha = r.log_alpha
    log_q0 = np.logaddexp(r.log_rest, log_alpha + channel[0])                # log Q_c(0) = log P(unexposed)
    with np.errstate(invalid="ignore"):
        exposed = np.exp(log_alpha + channel[0] - log_q0)                     # σ_c = α·e^{C0}/Q_c(0) ∈ [0, 1]
    exposed = np.where(np.isnan(exposed), 0.0, exposed)                       # a channel nobody uses
    series = _exp_series(channel)
    ratio = series * exposed                                                  # Q_c,j / Q_c(0), j ≥ 1
    log_q = np.empty_like(channel)                                            # log Q_c as a series
    log_q[0] = log_q0
    for j in range(1, n):
        log_q[j] = ratio[j] - sum(i * log_q[i] * ratio[j - i] for i in range(1, j)) / j
    total = log_q.sum(axis=2)                                                 # (n, S)
    head = np.exp(total[0]) * _exp_series(total)                              # P(exposed j times), j < n
    share = np.clip(-np.expm1(total[0]) - head[1:].sum(axis=0), 0.0, 1.0) + 0.0  # no −0.0 on nothing spent
    if not gradient:
        return share
    w = -np.cumsum(head, axis=0)[::-1]                                        # w_m = −Σ_{j<n−m} p_j
    h = np.empty_like(channel)                                                # H_c·(Q_c/Q_c(0)) = σ·series
    h[0] = exposed
    for j in range(1, n):
        h[j] = exposed * series[j] - sum(ratio[i] * h[j - i] for i in range(1, j + 1))
    d_channel = np.stack([sum(w[i][:, None] * h[i - m] for i in range(m, n)) for m in range(n)])
    d_coeff = d_channel @ r.one_hot.T                                         # (n, S, L)
    d_mean = -(1.0 - beta) * d_coeff[0]
    power = (1.0 - beta) ** 2
    for m in range(1, n):
        d_mean = d_mean + power * d_coeff[m]
        power = power * beta
    return share, d_mean * r.exposure_rate


def values(r: Response, objective: str, budgets) -> np.ndarray:
    """The objective for each budget row (S, lines): (S,)."""
    b = np.atleast_2d(np.asarray(budgets, dtype=float))
    if objective == "reach":
        return r.population * exposure_share(r, b, 1)
    if objective == "reach3":
        return r.population * exposure_share(r, b, r.effective_frequency)
    if objective == "gmv":
        return b @ r.gmv_rate
    if objective == "contribution":
        active = (b @ r.one_hot) > 0
        return b @ r.profit_rate - active @ r.fixed_costs
    raise ValueError(f"unknown objective {objective!r}")


def gradients(r: Response, objective: str, budgets) -> np.ndarray:
    """∂objective/∂budget per yuan for each row (S, lines); contribution's step at a channel's first yuan aside."""
    b = np.atleast_2d(np.asarray(budgets, dtype=float))
    if objective in ("reach", "reach3"):
        n = 1 if objective == "reach" else r.effective_frequency
        return r.population * exposure_share(r, b, n, gradient=True)[1]
    rate = r.gmv_rate if objective == "gmv" else r.profit_rate
    return np.broadcast_to(rate, b.shape).copy()
