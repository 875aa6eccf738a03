"""The model's reference cases (DESIGN.md), to 1e-9, and a second implementation from scipy."""
import numpy as np
import pytest
from scipy import stats

from market_entry_planner.core.engine import reach as nbd

GRP200 = 2.0  # mean exposures per person


@pytest.mark.parametrize("k, expected", [(0.5, 0.552786404500042), (1.0, 2 / 3), (2.0, 0.75),
                                         (np.inf, 1 - np.exp(-2.0))])
def test_nbd_reach_reference_cases(k, expected):
    assert nbd.nbd_reach(GRP200, 1.0, k) == pytest.approx(expected, abs=1e-9)


def test_reference_values_as_printed_in_the_design():
    assert round(float(nbd.nbd_reach(GRP200, 1.0, 0.5)), 6) == 0.552786
    assert round(float(nbd.nbd_reach(GRP200, 1.0, 1.0)), 6) == 0.666667
    assert round(float(nbd.nbd_reach(GRP200, 1.0, np.inf)), 6) == 0.864665
    assert round(float(nbd.nbd_reach_at_least(GRP200, 1.0, 1.0, 3)), 6) == 0.296296


def test_nbd_three_plus_reference():
    assert nbd.nbd_reach_at_least(GRP200, 1.0, 1.0, 3) == pytest.approx(8 / 27, abs=1e-9)


def test_sainsbury_reference_cases():
    assert nbd.sainsbury(np.full(400, 0.001), 1.0) == pytest.approx(1 - 0.999 ** 400, abs=1e-9)
    assert round(nbd.sainsbury(np.full(400, 0.001), 1.0), 6) == 0.329814
    assert nbd.sainsbury([0.3, 0.4, 0.2], 1.0) == pytest.approx(0.664, abs=1e-9)


def test_large_k_tends_to_poisson():
    assert nbd.nbd_reach(GRP200, 1.0, 1e9) == pytest.approx(1 - np.exp(-2.0), abs=1e-8)


@pytest.mark.parametrize("mean", [0.01, 0.5, 2.0, 7.5, 40.0])
@pytest.mark.parametrize("k", [0.05, 0.3, 1.0, 2.5, 20.0])
@pytest.mark.parametrize("n", [1, 2, 3, 5, 10])
def test_nbd_matches_scipy(mean, k, n):
    # scipy's nbinom(n=k, p=k/(k+m)) has mean m; P(X >= n) = sf(n - 1)
    expected = stats.nbinom.sf(n - 1, k, k / (k + mean))
    assert nbd.nbd_reach_at_least(mean, 1.0, k, n) == pytest.approx(expected, rel=1e-9, abs=1e-12)
    head = nbd.pmf_head(nbd.log_pgf(mean, k, n))
    assert head == pytest.approx(stats.nbinom.pmf(np.arange(n), k, k / (k + mean)), rel=1e-9, abs=1e-14)


def test_poisson_matches_scipy():
    for n in (1, 3, 6):
        assert nbd.nbd_reach_at_least(3.0, 1.0, np.inf, n) == pytest.approx(stats.poisson.sf(n - 1, 3.0), rel=1e-12)


def test_channel_distribution_is_the_convolution_of_its_lines():
    """Summing log-pgf coefficients must equal convolving the lines' pmfs (independent lines)."""
    means, ks, n = np.array([0.4, 1.3, 0.05, 2.2]), np.array([0.5, 1.0, 3.0, np.inf]), 6
    coeffs = nbd.log_pgf(means, ks, n)
    combined = nbd.pmf_head(nbd.sum_by_group(coeffs, np.zeros(4, dtype=np.intp), 1))[:, 0]
    direct = np.array([1.0])
    for m, k in zip(means, ks):
        pmf = stats.poisson.pmf(np.arange(n), m) if np.isinf(k) else stats.nbinom.pmf(np.arange(n), k, k / (k + m))
        direct = np.convolve(direct, pmf)[:n]
    assert combined == pytest.approx(direct, rel=1e-9, abs=1e-15)
    # and its 1+ reach is DESIGN's product formula 1 − Π(1 − R_i/A)
    product = 1 - np.prod([1 - nbd.nbd_reach(m, 1.0, k) for m, k in zip(means, ks)])
    assert 1 - combined[0] == pytest.approx(product, abs=1e-12)


def test_population_mixture_keeps_sainsbury_reach():
    channel_pmf = nbd.pmf_head(nbd.log_pgf(np.array([1.0, 0.3]), np.array([1.0, 0.5]), 3))
    share = np.array([0.8, 0.5])
    total = nbd.convolve_heads(nbd.population_mixture(channel_pmf, share))
    channel_reach = share * (1 - channel_pmf[0])
    assert 1 - total[0] == pytest.approx(nbd.sainsbury(channel_reach, 1.0), abs=1e-12)


def test_total_three_plus_agrees_with_simulation():
    """Exact n+ across channels against a brute-force simulation of the model's independence assumptions."""
    rng = np.random.default_rng(7)
    people = 400_000
    shares, means, ks = np.array([0.8, 0.5]), np.array([1.2, 0.7]), np.array([1.0, 0.4])
    exposures = np.zeros(people)
    for share, m, k in zip(shares, means, ks):
        member = rng.random(people) < share
        exposures += member * rng.negative_binomial(k, k / (k + m), people)
    channel_pmf = nbd.pmf_head(nbd.log_pgf(means, ks, 3))
    total = nbd.convolve_heads(nbd.population_mixture(channel_pmf, shares))
    assert 1 - total.sum() == pytest.approx(np.mean(exposures >= 3), abs=0.003)
    assert 1 - total[0] == pytest.approx(np.mean(exposures >= 1), abs=0.003)


def test_extreme_exposure_stays_finite():
    reach = nbd.nbd_reach_at_least(np.array([1e6, 1e12, 1e200]), 1.0, np.array([np.inf, 1.0, 0.2]), 3)
    assert np.all(np.isfinite(reach)) and np.all((reach >= 0) & (reach <= 1))
