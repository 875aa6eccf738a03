"""The `market-entry-planner` command: headless commands go to core.cli, everything else opens the app.

No Qt import at module level, so `estimate` and `template` start fast and run on machines without a display.
"""
from __future__ import annotations

import sys

HEADLESS_COMMANDS = {"estimate", "optimise", "optimize", "template", "-h", "--help", "--version"}


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in HEADLESS_COMMANDS:
        from market_entry_planner.core.cli import main as cli_main

        return cli_main(argv)
    from market_entry_planner.gui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
