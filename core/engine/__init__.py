"""The estimation model: a plan compiled into arrays (compile.py), evaluated vectorised (evaluate.py) with NBD
reach (reach.py), festival effects (festivals.py), response curves (curves.py) and batched evaluation of many
budget or parameter sets at once (batched.py). docs/model.md has every definition."""
