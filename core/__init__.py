"""Market Entry Planner's planning engine: pure Python, numpy and pandas; no Qt here."""
__version__ = "0.1.0"
