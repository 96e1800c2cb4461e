"""Small reusable widgets of the player: the countdown, the progress bar, the pain rating."""
