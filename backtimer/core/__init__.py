"""Pure Python core: models, timing, statistics. Never imports Qt."""
