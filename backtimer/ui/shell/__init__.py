"""The frame around the screens: main window, home page, tray, theme."""
