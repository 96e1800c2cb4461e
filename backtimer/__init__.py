"""backtimer: a guided low-back exercise timer."""

__version__ = "0.1.0"
