"""The settings dialog, its pages and the routine editor."""
