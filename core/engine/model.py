"""Model v2 in numbers: budgets → exposures → reach, orders and money, for many budget rows at once, with the
exact gradient of any total the optimiser maximises. docs/model.md states every formula; this is its code.

The chain, per row of budgets b (S rows × L lines):
1. Content lines (everything not bought by the click): impressions I = b · impressions_per_yuan.
2. Each line belongs to one *pool*: the lines of one channel and tactic that share an audience (same exposure
   shape, on-target share, viewer pool). A pool's on-target exposures T_p = Σ I·exposures_per_impression·s over
   its universe U_p (the channel's target audience A_c, or for a livestream the KOL's or store's viewer pool's
   on-target part) give one NBD exposure distribution with mean m_p = T_p / U_p: splitting a buy into lines
   changes nothing. Within the channel's audience the pool is a mixture: a share q_p = U_p / A_c can be exposed.
3. Search demand (per demand group: a channel's keyword ads) grows with the people the plan's content reaches on
   each channel (the halo): D = D0 + Σ_c' halo_c' · content_reach_c' searches a year. A line answers the searches
   of its own days: in each time segment j (share f_j of a year) its raw impressions (budget / CPC / CTR, spread
   evenly over its days) saturate in that segment's searches: I_j = y_j · γ(Y_j / (f_j·D)),
   γ(x) = (1 − e^(−x)) / x, Y_j the segment's raw total. So clicks never exceed the searches.
4. Reach: pools' log-pgfs add up within a channel (independent tactics), channels mix into the population
   (Sainsbury): exact 1+ and n+ reach from one series (core/engine/reach).
5. Orders: the people of a pool hold a purchase potential (its most orders, `potential`); each exposure converts
   a share of what is left (the frequency response), so with the pool's exposures NBD-distributed
   orders_p = potential_p · (1 − (1 + z_p/k)^(−k)), z_p = Σ_i I_i·conversion_i / potential_p (the orders the
   pool's lines would bring at low frequency, over the potential). Each line takes its share:
   orders_i = I_i · conversion_i · σ(z_p), σ(z) = (1 − (1 + z/k)^(−k)) / z: the v1 funnel times a saturation
   factor, 1 at low frequency, falling as the same people see it again. Concave in budgets, bounded by the pool.
6. Money per line is linear in orders and budget (`money`).

Everything is elementwise over rows or summed by `group_sum` (one bincount, line order within a row), so one row
gives the same bits alone as inside a batch.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from market_entry_planner.core.engine import reach as nbd


@dataclass(frozen=True, eq=False)
class Structure:
    """Who belongs where: fixed for a compiled plan, whatever the budgets or the drawn figures."""

    channel_code: np.ndarray   # (L,) channel of each line
    pool_code: np.ndarray      # (L,) pool of each line
    pool_channel: np.ndarray   # (P,) channel of each pool
    pool_line: np.ndarray      # (P,) a line of each pool (its pool-level figures are read there)
    demand_code: np.ndarray    # (L,) demand group of a line bought by the click, -1 otherwise
    demand_line: np.ndarray    # (G,) a line of each demand group
    channels: int
    # a demand group's time, cut where its lines start and end: segment j is part of group segment_group[j] and
    # holds segment_share[j] of the year's searches; line pair_line[q] spends pair_weight[q] of its budget in
    # segment pair_segment[q]
    segment_group: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.intp))
    segment_share: np.ndarray = field(default_factory=lambda: np.zeros(0))
    pair_line: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.intp))
    pair_segment: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.intp))
    pair_weight: np.ndarray = field(default_factory=lambda: np.zeros(0))

    @property
    def lines(self) -> int:
        return len(self.channel_code)

    @property
    def pools(self) -> int:
        return len(self.pool_channel)

    @property
    def groups(self) -> int:
        return len(self.demand_line)

    @property
    def segments(self) -> int:
        return len(self.segment_group)

    @property
    def searched(self) -> np.ndarray:
        return self.demand_code >= 0

    @property
    def content_pool(self) -> np.ndarray:
        """(P,) pools of content lines (search pools hold only lines bought by the click)."""
        return ~self.searched[self.pool_line]


@dataclass(frozen=True, eq=False)
class Rates:
    """What a yuan buys and earns, per line (…, L), pool (…, P), channel (…, C) and demand group (…, G).
    A leading batch axis (draws of the assumptions, weeks) is allowed on any of them."""

    impressions_per_yuan: np.ndarray    # search lines: raw impressions before demand runs out
    exposures_per_impression: np.ndarray  # 1 / views per viewer for livestreams and videos; 1 for ads
    on_target: np.ndarray
    conversion: np.ndarray              # orders per impression at low frequency (price and festivals included)
    ctr: np.ndarray
    aov: np.ndarray
    gross_margin: np.ndarray
    return_rate: np.ndarray
    return_cost_per_order: np.ndarray
    kol_commission: np.ndarray
    platform_fee: np.ndarray
    fulfilment_per_order: np.ndarray
    universe: np.ndarray                # (…, P) on-target people a pool can reach
    k: np.ndarray                       # (…, P)
    potential: np.ndarray               # (…, P) the most orders the pool's people can give
    audience: np.ndarray                # (…, C) A_c
    fixed_costs: np.ndarray             # (…, C)
    deposit: np.ndarray                 # (…, C)
    demand: np.ndarray                  # (…, G) searches per year before the halo
    halo: np.ndarray                    # (…, G, C) extra searches per person reached by content on each channel
    population: float                   # the target population P (the brand's own figure: never drawn)


LINE_RATES = ("impressions_per_yuan", "exposures_per_impression", "on_target", "conversion", "ctr", "aov",
              "gross_margin", "return_rate", "return_cost_per_order", "kol_commission", "platform_fee",
              "fulfilment_per_order")
POOL_RATES = ("universe", "k", "potential")
CHANNEL_RATES = ("audience", "fixed_costs", "deposit")
DEMAND_RATES = ("demand", "halo")


def group_sum(x: np.ndarray, code: np.ndarray, groups: int) -> np.ndarray:
    """Sums over the last axis by group, shape (…, groups): one bincount over the flattened rows, each row's values
    added in order, exactly as np.bincount(code, weights=row) adds them."""
    x = np.asarray(x, dtype=float)
    lead, n = x.shape[:-1], x.shape[-1]
    rows = int(np.prod(lead, dtype=np.int64))
    if n == 0 or groups == 0:
        return np.zeros((*lead, groups))
    index = (np.arange(rows, dtype=np.intp)[:, None] * groups + code).ravel()
    return np.bincount(index, weights=np.ascontiguousarray(x).reshape(rows * n),
                       minlength=rows * groups).reshape(*lead, groups)


def _ratio(a, b):
    a, b = np.broadcast_arrays(np.asarray(a, dtype=float), np.asarray(b, dtype=float))
    return np.divide(a, b, out=np.zeros(a.shape), where=b > 0)


def pool_share(s: Structure, r: Rates) -> np.ndarray:
    audience = np.take(r.audience, s.pool_channel, axis=-1)
    return np.clip(_ratio(r.universe, audience), 0.0, 1.0)


def saturation(z, k):
    """σ(z) = (1 − (1 + z/k)^(−k)) / z: expected purchases per unit of unsaturated conversion (Poisson: k = inf);
    1 at z = 0, falling to 0 as z grows. And dσ/dz."""
    z, k = np.broadcast_arrays(np.asarray(z, dtype=float), np.asarray(k, dtype=float))
    poisson = np.isinf(k)
    shape = np.where(poisson, 1.0, k)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        log_base = np.where(poisson, -z, -shape * np.log1p(z / shape))     # log (1 + z/k)^−k
        bought = -np.expm1(log_base)                                       # φ(z) = 1 − (1 + z/k)^−k
        d_bought = np.exp(log_base) * np.where(poisson, 1.0, 1.0 / (1.0 + z / shape))  # φ'(z)
        small = z < 1e-8
        sigma = np.where(small, 1.0 - z * np.where(poisson, 0.5, (shape + 1) / (2 * shape)), bought / z)
        d_sigma = np.where(small, -np.where(poisson, 0.5, (shape + 1) / (2 * shape)), (d_bought * z - bought) / z**2)
    return sigma, d_sigma


def demand_saturation(x):
    """γ(x) = (1 − e^(−x)) / x, the share of raw search impressions that find a search, and dγ/dx."""
    x = np.asarray(x, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        small = x < 1e-8
        gamma = np.where(small, 1.0 - x / 2, -np.expm1(-x) / x)
        d_gamma = np.where(small, -0.5 + x / 3, (np.exp(-x) * x + np.expm1(-x)) / x**2)
    return gamma, d_gamma


@dataclass(eq=False)
class State:
    """A forward pass: everything later steps (results, money, gradients) read. Shapes (S, …)."""

    budget: np.ndarray          # (S, L)
    impressions: np.ndarray     # (S, L) after search demand
    raw: np.ndarray             # (S, L) impressions before search demand
    exposures: np.ndarray       # (S, L) on-target exposures T_i
    pool_exposures: np.ndarray  # (S, P)
    mean: np.ndarray            # (S, P) m_p
    pool_coeffs: np.ndarray     # (n, S, P) NBD log-pgf in the pool's universe
    pool_h: np.ndarray          # (n, S, P) backward series of the pool's mixture in its channel
    channel_coeffs: np.ndarray  # (n, S, C)
    channel_h: np.ndarray       # (n, S, C) backward series of the channel's mixture in the population
    total_coeffs: np.ndarray    # (n, S) log-pgf of a person of the target population
    content_unreached: np.ndarray  # (S, C) log P(not reached by content | in the channel's audience)
    content_reach: np.ndarray   # (S, C)
    searches: np.ndarray        # (S, G) a year's demand after the halo
    segment_searches: np.ndarray  # (S, J) the searches of each time segment
    demand_x: np.ndarray        # (S, J) raw search impressions over searches
    demand_gamma: np.ndarray    # (S, J) the share of raw impressions that find a search
    sigma: np.ndarray           # (S, P) saturation of orders, σ(z_p)
    d_sigma: np.ndarray         # (S, P)
    orders: np.ndarray          # (S, L)
    n: int


def forward(s: Structure, r: Rates, budget, n: int = 1) -> State:
    """The model for budget rows (S, L); n = the highest exposure count the reach series keeps (effective frequency)."""
    b = np.atleast_2d(np.asarray(budget, dtype=float))
    n = max(1, int(n))
    rows = b.shape[0]
    P, C, G = s.pools, s.channels, s.groups
    share = np.broadcast_to(pool_share(s, r), (rows, P))
    k = np.broadcast_to(r.k, (rows, P))
    universe = np.broadcast_to(r.universe, (rows, P))
    audience = np.broadcast_to(r.audience, (rows, C))
    per_exposure = r.exposures_per_impression * r.on_target      # on-target exposures per impression

    raw = b * r.impressions_per_yuan
    searched = s.searched
    content_impressions = np.where(searched, 0.0, raw)
    # content first: its reach feeds search demand
    content_pool_exposures = group_sum(content_impressions * per_exposure, s.pool_code, P)
    content_mean = _ratio(content_pool_exposures, universe)
    content_c0 = nbd.log_pgf(content_mean, k, 1)[0]
    content_l0, _ = nbd.mixture_series(content_c0[None], share)
    content_unreached = group_sum(content_l0[0], s.pool_channel, C)
    content_reach = audience * -np.expm1(content_unreached)

    impressions = content_impressions
    searches = np.zeros((rows, G))
    segment_searches = np.zeros((rows, s.segments))
    demand_x = np.zeros((rows, s.segments))
    demand_gamma = np.ones((rows, s.segments))
    if G:
        halo = np.broadcast_to(r.halo, (rows, G, C))
        searches = np.broadcast_to(r.demand, (rows, G)) + np.einsum("sgc,sc->sg", halo, content_reach)
        segment_searches = np.take(searches, s.segment_group, axis=-1) * s.segment_share
        spread = raw[:, s.pair_line] * s.pair_weight                      # (S, pairs)
        demand_x = _ratio(group_sum(spread, s.pair_segment, s.segments), segment_searches)
        demand_gamma, _ = demand_saturation(demand_x)
        demand_gamma = np.where(segment_searches > 0, demand_gamma, 0.0)  # no searches: nothing to answer
        answered = group_sum(spread * demand_gamma[:, s.pair_segment], s.pair_line, s.lines)
        impressions = np.where(searched, answered, content_impressions)

    exposures = impressions * per_exposure
    pool_exposures = group_sum(exposures, s.pool_code, P)
    mean = _ratio(pool_exposures, universe)
    pool_coeffs = nbd.log_pgf(mean, k, n)
    pool_series, pool_h = nbd.mixture_series(pool_coeffs, share)
    channel_coeffs = group_sum(pool_series, s.pool_channel, C)
    channel_share = np.clip(_ratio(r.audience, r.population), 0.0, 1.0)
    channel_series, channel_h = nbd.mixture_series(channel_coeffs, np.broadcast_to(channel_share, (rows, C)))
    total_coeffs = channel_series.sum(axis=-1) if C else np.zeros((n, rows))

    z = _ratio(group_sum(impressions * r.conversion, s.pool_code, P), np.broadcast_to(r.potential, (rows, P)))
    sigma, d_sigma = saturation(z, k)
    orders = impressions * r.conversion * np.take(sigma, s.pool_code, axis=-1)
    return State(budget=b, impressions=impressions, raw=raw, exposures=exposures, pool_exposures=pool_exposures,
                 mean=mean, pool_coeffs=pool_coeffs, pool_h=pool_h, channel_coeffs=channel_coeffs,
                 channel_h=channel_h, total_coeffs=total_coeffs, content_unreached=content_unreached,
                 content_reach=content_reach, searches=searches, segment_searches=segment_searches,
                 demand_x=demand_x, demand_gamma=demand_gamma,
                 sigma=sigma, d_sigma=d_sigma, orders=orders, n=n)


def at_least(coeffs: np.ndarray, n: int) -> np.ndarray:
    """P(X ≥ n) from log-pgf coefficients (n terms at least): 1+ is −expm1(c0)."""
    if n <= 1:
        return -np.expm1(coeffs[0])
    head = nbd.pmf_head(coeffs[:n])
    return np.clip(-np.expm1(coeffs[0]) - head[1:n].sum(axis=0), 0.0, 1.0)


def money(s: Structure, r: Rates, state: State, agency_fee: float, is_kol: np.ndarray) -> dict[str, np.ndarray]:
    """Every money line and funnel count per line (S, L): linear in orders and budget. Channel fixed costs and
    deposits are charged once per channel with budget and shared among its lines by budget."""
    b, orders = state.budget, state.orders
    gmv = orders * r.aov
    returns = gmv * r.return_rate
    net_gmv = gmv - returns
    commission = net_gmv * r.kol_commission
    platform_fee = net_gmv * r.platform_fee
    fulfilment = orders * r.fulfilment_per_order
    return_costs = orders * r.return_rate * r.return_cost_per_order
    channel_budget = group_sum(b, s.channel_code, s.channels)
    active = channel_budget > 0
    line_share = np.nan_to_num(_ratio(b, np.take(channel_budget, s.channel_code, axis=-1)))
    fixed = np.take(np.where(active, np.broadcast_to(r.fixed_costs, active.shape), 0.0), s.channel_code,
                    axis=-1) * line_share
    deposit = np.take(np.where(active, np.broadcast_to(r.deposit, active.shape), 0.0), s.channel_code,
                      axis=-1) * line_share
    agency = b * agency_fee
    marketing_cost = b + agency + fixed
    return {
        "budget": b,
        "impressions": state.impressions,
        "target_impressions": state.exposures,
        "clicks": state.impressions * r.ctr,
        "orders": orders,
        "gmv": gmv,
        "returns": returns,
        "net_gmv": net_gmv,
        "media": np.where(is_kol, 0.0, b),
        "kol_fees": np.where(is_kol, b, 0.0),
        "kol_commission": commission,
        "platform_fee": platform_fee,
        "fulfilment": fulfilment,
        "return_costs": return_costs,
        "fixed_costs": fixed,
        "agency_fee": agency,
        "marketing_cost": marketing_cost,
        "cost": marketing_cost + commission + platform_fee + fulfilment + return_costs,
        "contribution": net_gmv * r.gross_margin - commission - platform_fee - fulfilment - return_costs,
        "deposit": deposit,
    }


def order_value(r: Rates, objective: str) -> np.ndarray:
    """What one more order adds to the objective, per line: GMV, or its contribution."""
    if objective == "gmv":
        return np.asarray(r.aov, dtype=float)
    net = r.aov * (1.0 - r.return_rate)
    return (net * (r.gross_margin - r.kol_commission - r.platform_fee) - r.fulfilment_per_order
            - r.return_rate * r.return_cost_per_order)


def backward(s: Structure, r: Rates, state: State, d_total: np.ndarray | None = None,
             d_orders: np.ndarray | None = None) -> np.ndarray:
    """∂J/∂budget (S, L) for J = Σ_j d_total[j]·total_coeffs[j] + Σ_i d_orders[i]·orders[i] (each term optional).

    Reach and effective reach enter through the total's log-pgf series (their derivative with respect to it is
    simple: see `share_gradient`), money through orders. Reverse mode, step by step through `forward`."""
    b = state.budget
    rows, P, C, G = b.shape[0], s.pools, s.channels, s.groups
    n = state.n
    k = np.broadcast_to(r.k, (rows, P))
    universe = np.broadcast_to(r.universe, (rows, P))
    per_exposure = r.exposures_per_impression * r.on_target
    d_mean = np.zeros((rows, P))
    d_impressions = np.zeros((rows, s.lines))

    if d_total is not None:
        # total = Σ_c log Q_c(channel series); channel series = Σ_p pool series; pool series = mixture of NBD coeffs
        d_channel_series = np.broadcast_to(d_total[:, :, None], (n, rows, C))
        d_channel = nbd.mixture_backward(d_channel_series, state.channel_h)
        d_pool_series = np.take(d_channel, s.pool_channel, axis=-1)
        d_pool = nbd.mixture_backward(d_pool_series, state.pool_h)
        d_mean += nbd.log_pgf_mean_derivative(d_pool, state.mean, k)
    if d_orders is not None:
        d_orders = np.broadcast_to(d_orders, (rows, s.lines))
        sigma_line = np.take(state.sigma, s.pool_code, axis=-1)
        d_impressions += d_orders * r.conversion * sigma_line
        # z_p = Σ I·conversion / potential_p
        weighted = group_sum(d_orders * state.impressions * r.conversion, s.pool_code, P)
        d_z = _ratio(weighted * state.d_sigma, np.broadcast_to(r.potential, (rows, P)))
        d_impressions += np.take(d_z, s.pool_code, axis=-1) * r.conversion
    # m_p = Σ I·e·s / U_p
    d_impressions += np.take(_ratio(d_mean, universe), s.pool_code, axis=-1) * per_exposure
    searched = s.searched
    d_budget = np.where(searched, 0.0, d_impressions) * r.impressions_per_yuan
    if G and searched.any():
        _, d_gamma = demand_saturation(state.demand_x)
        d_gamma = np.where(state.segment_searches > 0, d_gamma, 0.0)
        # I_i = Σ_j y_i·w_ij·γ(x_j), x_j = Σ_k y_k·w_kj / searches_j
        d_pair = d_impressions[:, s.pair_line] * s.pair_weight               # ∂J/∂(y·w) per pair, through I
        d_raw = group_sum(d_pair * state.demand_gamma[:, s.pair_segment], s.pair_line, s.lines)
        d_x = group_sum(d_pair * state.raw[:, s.pair_line], s.pair_segment, s.segments) * d_gamma
        d_raw += group_sum(np.take(_ratio(d_x, state.segment_searches), s.pair_segment, axis=-1) * s.pair_weight,
                           s.pair_line, s.lines)
        d_budget = d_budget + np.where(searched, d_raw, 0.0) * r.impressions_per_yuan
        d_segment = -d_x * _ratio(state.demand_x, state.segment_searches)
        d_searches = group_sum(d_segment * s.segment_share, s.segment_group, G)
        # searches = D0 + Σ_c halo·content reach_c; content reach = A_c·(1 − e^{S_c})
        halo = np.broadcast_to(r.halo, (rows, G, C))
        d_reach = np.einsum("sgc,sg->sc", halo, d_searches)
        audience = np.broadcast_to(r.audience, (rows, C))
        d_unreached = -d_reach * audience * np.exp(state.content_unreached)
        # S_c = Σ_{content pools} log(1 − q + q·e^{c0}); c0 = −k·log(1 + m/k)
        content = s.content_pool
        content_exposures = group_sum(np.where(searched, 0.0, state.raw) * per_exposure, s.pool_code, P)
        content_mean = _ratio(content_exposures, universe)
        share = np.broadcast_to(pool_share(s, r), (rows, P))
        c0 = nbd.log_pgf(content_mean, k, 1)[0]
        _, h = nbd.mixture_series(c0[None], share)
        d_c0 = np.where(content, np.take(d_unreached, s.pool_channel, axis=-1), 0.0) * h[0]
        d_content_mean = nbd.log_pgf_mean_derivative(d_c0[None], content_mean, k)
        d_content = np.take(_ratio(d_content_mean, universe), s.pool_code, axis=-1) * per_exposure
        d_budget = d_budget + np.where(searched, 0.0, d_content) * r.impressions_per_yuan
    return d_budget


def share_gradient(state: State, n: int) -> tuple[np.ndarray, np.ndarray]:
    """Share of the population exposed n+ times (S,), and its derivative with respect to the total's log-pgf
    series (n, S): share = 1 − Σ_{j<n} p_j, p = e^{L0}·exp_series(L)."""
    total = state.total_coeffs[:n]
    head = np.exp(total[0]) * nbd.exp_series(total)
    share = np.clip(-np.expm1(total[0]) - head[1:n].sum(axis=0), 0.0, 1.0) + 0.0
    # ∂p_j/∂L_m = p_{j−m}: ∂share/∂L_m = −Σ_{j=m}^{n−1} p_{j−m}
    w = -np.cumsum(head, axis=0)[::-1]
    return share, w


def group_max(x: np.ndarray, code: np.ndarray, groups: int) -> np.ndarray:
    """Maxima over the last axis by group, shape (…, groups); NaN where a group's values are all NaN."""
    x = np.asarray(x, dtype=float)
    out = np.full((*x.shape[:-1], groups), np.nan)
    if groups == 0 or x.shape[-1] == 0:
        return out
    order = np.argsort(code, kind="stable")
    starts = np.searchsorted(code[order], np.arange(groups))
    present = np.bincount(code, minlength=groups) > 0
    found = np.fmax.reduceat(x[..., order], starts[present], axis=-1)
    out[..., present] = found
    return out
