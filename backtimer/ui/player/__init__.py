"""The player: follow a routine on the mat (view, runner, cues, figure)."""
