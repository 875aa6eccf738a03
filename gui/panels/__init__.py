"""The panels around the charts: the headline strip, the market settings and the scenarios tab."""
