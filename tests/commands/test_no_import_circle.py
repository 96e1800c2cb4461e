"""The command line is at the top: nothing it starts imports it back (issue 12 found the circle
cli → app → ui/shell/tray → commands/history → cli, through imports inside functions)."""

from __future__ import annotations

import grimp


def test_nothing_below_the_command_line_imports_it_back():
    graph = grimp.build_graph("backtimer")  # imports inside functions count too
    below = {m for m in graph.modules
             if m.startswith(("backtimer.commands", "backtimer.ui", "backtimer.storage",
                              "backtimer.core")) or m == "backtimer.app"}
    chains = {m: graph.find_shortest_chain(importer=m, imported="backtimer.cli") for m in below}
    assert {m: chain for m, chain in chains.items() if chain} == {}


def test_the_tray_runs_no_command_and_the_commands_parse_no_arguments():
    graph = grimp.build_graph("backtimer")
    assert graph.find_shortest_chain(importer="backtimer.ui.shell.tray",
                                     imported="backtimer.commands.history") is None
    assert graph.find_shortest_chain(importer="backtimer.commands.history",
                                     imported="backtimer.cli") is None
