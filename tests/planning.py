"""Small plans for tests, built from explicit figures so expected numbers can be worked out by hand."""
from __future__ import annotations

from market_entry_planner.core.assumptions import Assumption, Assumptions
from market_entry_planner.core.benchmarks import default_assumptions, default_calendar, default_tactics
from market_entry_planner.core.model import LineItem, Market, Plan, Scenario

MARKET = Market(target="test group", target_population=1_000_000, aov=200.0, gross_margin=0.5, agency_fee=0.1,
                effective_frequency=3)


def row(channel, tactic, parameter, value):
    return Assumption(channel, tactic, parameter, value, value, value, "W", 2026, "assumed: test figure")


HAND_ASSUMPTIONS = Assumptions([
    row("x", "*", "penetration", 0.5), row("x", "*", "platform_fee", 0.05), row("x", "*", "deposit", 1000),
    row("x", "*", "annual_fee", 2000), row("x", "*", "store_setup", 3000),
    row("y", "*", "penetration", 0.2), row("y", "*", "platform_fee", 0.0),
    row("*", "*", "fulfilment_per_order", 10),
    row("*", "feed_ads", "cpm", 50), row("*", "feed_ads", "ctr", 0.02), row("*", "feed_ads", "cvr", 0.01),
    row("*", "feed_ads", "on_target", 0.8), row("*", "feed_ads", "k", 1.0), row("*", "feed_ads", "return_rate", 0.1),
    row("*", "search_ads", "cpc", 2), row("*", "search_ads", "ctr", 0.04), row("*", "search_ads", "cvr", 0.02),
    row("*", "search_ads", "on_target", 1.0), row("*", "search_ads", "k", 0.5),
    row("*", "search_ads", "return_rate", 0.1),
    row("*", "kol_live", "slot_fee", 10_000), row("*", "kol_live", "viewers_per_session", 100_000),
    row("*", "kol_live", "kol_commission", 0.2), row("*", "kol_live", "ctr", 0.1),
    row("*", "kol_live", "on_target", 0.5), row("*", "kol_live", "k", 0.5), row("*", "kol_live", "return_rate", 0.3),
    # model v2: conversion at the market's own order value (no price effect), sales that saturate, finite search
    row("*", "*", "reference_aov", 200), row("*", "*", "price_elasticity", 0.5), row("*", "*", "views_per_viewer", 1.0),
    row("*", "*", "frequency_response", 0.3), row("*", "*", "return_cost_per_order", 5),
    row("*", "kol_live", "gmv_per_view", 0.2), row("*", "kol_live", "views_per_viewer", 2.0),
    row("*", "kol_live", "viewer_pool", 400_000),
    row("*", "search_ads", "search_demand", 1_000_000),
])


def hand_plan(*lines: LineItem, market: Market = MARKET, assumptions: Assumptions = HAND_ASSUMPTIONS) -> Plan:
    return Plan(market=market, assumptions=assumptions, tactics=dict(default_tactics()),
                scenarios=(Scenario("Base", tuple(lines)),),
                calendar=default_calendar())


def default_plan(*lines: LineItem, market: Market = MARKET) -> Plan:
    return Plan(market=market, assumptions=default_assumptions(), tactics=dict(default_tactics()),
                scenarios=(Scenario("Base", tuple(lines)),),
                calendar=default_calendar())
