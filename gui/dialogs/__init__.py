"""Dialogs: problems found in a file, the optimiser, about."""
