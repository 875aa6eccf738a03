"""Where the budget should go: one `optimise()` (optimiser.py) over exact solvers per objective (reach
water-filling, linear fills, local search for effective reach), budget limits, channel minimums and whole units;
plus what the next yuan buys (marginal.py) and the efficient frontier (frontier.py)."""
