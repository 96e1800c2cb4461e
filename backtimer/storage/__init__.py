"""Files and the history database under the data dir. Never imports Qt."""
