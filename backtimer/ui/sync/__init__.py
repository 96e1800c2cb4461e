"""History sync in the window: runs ``backtimer --sync`` in the background (issue 16)."""
