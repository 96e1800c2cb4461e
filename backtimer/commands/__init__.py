"""Command-line commands that need no window."""
