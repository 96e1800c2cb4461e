"""Where files go: the cache beside the rest with --data-dir, else the platform's cache."""

from __future__ import annotations

import platformdirs

from backtimer.storage.paths import resolve_paths


def test_a_data_dir_keeps_the_cache_too(tmp_path):
    paths = resolve_paths(tmp_path / "stick", environ={})
    assert paths.cache_dir == tmp_path / "stick" / "cache"


def test_without_one_the_cache_is_the_platforms(tmp_path):
    paths = resolve_paths(None, environ={})
    assert paths.cache_dir == platformdirs.user_cache_path("backtimer", appauthor=False)
    assert paths.cache_dir != paths.data_dir
