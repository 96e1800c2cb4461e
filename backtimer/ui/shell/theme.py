"""Light or dark: the desktop's colours, or the scheme chosen in the settings (from the next start).

A chosen scheme is asked of Qt, which switches where the platform theme can (GNOME, KDE, macOS,
Windows), some of them only once the event loop runs. Until it has switched, and for good where
it cannot (Linux without a desktop's platform theme), the style's palette is set instead:
Fusion's own for light, the one below for dark. Everything else takes its colours from the
palette; the few colours the app names itself (errors, notices) come in a pair, one for a light
background and one for a dark.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

ERROR = ("#b00020", "#ff8a80")  # a red that reads on a light and on a dark background
NOTICE = ("#8a4b00", "#f0b35c")  # amber, for "sound is off"-style notes in the player
# Side remarks and the paused countdown: dimmer than text, still 4.5:1 on the window (WCAG
# 1.4.3), where the palette's placeholder grey reads at 3.5:1.
DIM = ("#666666", "#a0a0a0")
# The ring around a list, chart or form that has the keyboard: 3:1 from the window (WCAG 1.4.11)
FOCUS = ("#2a6aa8", "#6cb4ff")
# The selection: white text on it at 4.5:1 and more (Fusion's light #308cc6 gives 3.6).
SELECTION = "#2a6aa8"

_Role = QPalette.ColorRole
# Fusion's proportions in dark: the window a little lighter than the fields, text near white,
# the selection a little darker than light's blue, for white text on it.
_DARK = {
    _Role.Window: "#2d2d2d", _Role.WindowText: "#e8e8e8",
    _Role.Base: "#1f1f1f", _Role.AlternateBase: "#292929",
    _Role.Text: "#e8e8e8", _Role.PlaceholderText: "#8f8f8f",
    _Role.Button: "#383838", _Role.ButtonText: "#e8e8e8", _Role.BrightText: "#ff8a80",
    _Role.Light: "#4a4a4a", _Role.Midlight: "#404040", _Role.Mid: "#5a5a5a",
    _Role.Dark: "#1a1a1a", _Role.Shadow: "#0d0d0d",
    _Role.Highlight: "#2a6aa8", _Role.HighlightedText: "#ffffff", _Role.Accent: "#2a6aa8",
    _Role.Link: "#6cb4ff", _Role.LinkVisited: "#b99cff",
    _Role.ToolTipBase: "#383838", _Role.ToolTipText: "#e8e8e8",
}
_DARK_DISABLED = {
    _Role.WindowText: "#7a7a7a", _Role.Text: "#7a7a7a", _Role.ButtonText: "#7a7a7a",
    _Role.Highlight: "#4a4a4a", _Role.HighlightedText: "#9a9a9a",
}

# Waits for the platform to switch to the chosen scheme (see apply_theme).
_waiting = None


def apply_theme(app, theme: str) -> None:
    """Use the colour scheme the settings chose ("light" or "dark"); "system" changes nothing."""
    if theme not in ("light", "dark"):
        return
    from PySide6.QtCore import Qt  # only for a chosen scheme: see ui/home_page.py on `Qt`

    global _waiting
    scheme = Qt.ColorScheme.Dark if theme == "dark" else Qt.ColorScheme.Light
    hints = app.styleHints()
    if _waiting is not None:  # for an earlier choice
        hints.colorSchemeChanged.disconnect(_waiting)
        _waiting = None
    hints.setColorScheme(scheme)
    if hints.colorScheme() == scheme:
        return
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())

    def switched(now) -> None:
        global _waiting
        if now == scheme:  # the platform's own palette for it is better than ours
            hints.colorSchemeChanged.disconnect(switched)
            _waiting = None
            app.setPalette(QPalette())

    hints.colorSchemeChanged.connect(switched)
    _waiting = switched


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in _DARK.items():
        palette.setColor(role, QColor(color))
    for role, color in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(_Role.Window).lightness() < 128


def pick(pair: tuple[str, str], palette: QPalette) -> str:
    """The colour of ``pair`` (light, dark) that reads on this palette's background."""
    return pair[1] if is_dark(palette) else pair[0]


def _follow_palette(widget, apply) -> None:
    """Call ``apply(widget)`` now and again whenever its palette changes (light ⇄ dark)."""
    from PySide6.QtCore import QEvent, QObject

    class _Follower(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.PaletteChange:
                apply(watched)
            return False

    widget.installEventFilter(_Follower(widget))
    apply(widget)


def dim(widget) -> None:
    """Show a widget's text dimmed (a side remark), readable on light and on dark, following
    a change of scheme while it is shown."""
    _follow_palette(widget, _dim_now)


def show_focus(widget) -> None:
    """A 2-pixel ring around a list, table, chart or scroll area while it has the keyboard
    (WCAG 2.4.7): the style's own mark there is a one-unit change of the selection colour."""
    _follow_palette(widget, _ring_now)


def _ring_now(widget) -> None:
    name = widget.objectName()
    sheet = (f"#{name} {{ border: 1px solid palette(mid); padding: 1px; }} "
             f"#{name}:focus {{ border: 2px solid {pick(FOCUS, widget.palette())}; "
             f"padding: 0px; }}")
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def _dim_now(widget) -> None:
    palette = widget.palette()
    color = QColor(pick(DIM, palette))
    if palette.color(_Role.WindowText) != color:
        palette.setColor(_Role.WindowText, color)
        widget.setPalette(palette)


def readable_selection(widget) -> None:
    """Give a list or table a selection colour that white text reads on (4.5:1)."""
    palette = widget.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, _Role.Highlight, QColor(SELECTION))
        palette.setColor(group, _Role.HighlightedText, QColor("#ffffff"))
    widget.setPalette(palette)
