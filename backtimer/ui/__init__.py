"""Qt widgets and the adapter that drives the core session from a timer."""
