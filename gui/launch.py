"""The `market-entry-planner` command: headless commands go to core.cli, everything else opens the app.

No Qt import at module level, so `estimate` and `template` start fast and run on machines without a display.
`report` is a command of core.cli's parser added from gui/report/command.py: it needs Qt (the PDF is painted,
the translations are Qt's), which it starts offscreen when there is no display.
"""
from __future__ import annotations

import sys

# every command core.cli's parser knows, with the report's (tests/test_cli.py walks the parser against this set:
# a command missing here would open the window on its arguments instead of running)
HEADLESS_COMMANDS = {"estimate", "optimise", "optimize", "actuals", "template", "report", "-h", "--help", "--version"}


def main(argv=None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in HEADLESS_COMMANDS:
        from market_entry_planner.core.cli import main as cli_main
        from market_entry_planner.gui.report.command import add_command

        return cli_main(argv, extra_commands=(add_command,))
    from market_entry_planner.gui.app import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
