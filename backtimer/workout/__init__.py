"""The workout layer: one workout's life between the player, the runner and the history.

It sits above storage and below the ui: it may import core, storage and PySide6.QtCore, never
backtimer.ui (import-linter checks).
"""
