"""Learning from the campaign: platform reports read (reports.py) and matched to plan lines (matching.py), the
assumptions recalibrated from them (calibration.py), and the rest of the year re-forecast (reforecast.py)."""
