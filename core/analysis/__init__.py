"""Questions about a plan beyond one estimate: scenarios compared, the plan week by week and month by month
(flighting.py), and how sure the numbers are (uncertainty.py: Monte Carlo and tornado)."""
