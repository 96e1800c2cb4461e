"""What the player's clock says: the big digits, the phase line and the caption under them.

A hold counts its seconds down. A timed rep shows which rep it is ("3/8") and the phase line
names the movement with the seconds left of it ("Hold · 4"), so no number changes meaning
within a rep: someone holding a superman reads "Hold · 4, 3, 2, 1" and the rep they are on.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from backtimer.core import session as core
from backtimer.core.figure.moment import Moment
from backtimer.core.routine import Exercise
from backtimer.core.timeline import SegmentKind
from backtimer.ui.player import text

# The texts keep the player's own context ("PlayerView"), where they were always translated;
# lupdate only finds them when context and text are both written out.


def clock_texts(session: core.Session, moment: Moment | None,
                exercises: Mapping[str, Exercise], lang: str) -> tuple[str, str, str, str]:
    """(digits, phase line, caption, what the digits mean) for the session as it is now."""
    segment, state = session.segment, session.state
    caption, phase_line, meaning = "", "", QCoreApplication.translate("PlayerView", "Time left")
    if state is core.State.IDLE:
        return (text.format_clock(session.timeline.total_s), "",
                QCoreApplication.translate("PlayerView", "Press Space or Start to begin"), meaning)
    reps = segment.rep_no is not None and bool(segment.phases)
    if state is core.State.GETTING_READY:
        digits = str(max(1, int(-(-session.ready_remaining_s() // 1))))
        caption = QCoreApplication.translate("PlayerView", "Get ready")
    elif segment.self_paced:
        # A count-up of time, said as time (0:07, never a bare 7 under "10 reps"): the reps
        # are the person's to count.
        seconds = int(session.elapsed_in_segment_ns() / 1e9)
        digits = f"{seconds // 60}:{seconds % 60:02d}" if seconds < 3600 else \
            text.format_clock(seconds)
        phase_line = QCoreApplication.translate("PlayerView", "Your pace · time so far")
        caption = QCoreApplication.translate("PlayerView", "Press Space when you have done them")
        meaning = QCoreApplication.translate("PlayerView", "Time so far")
    elif reps:
        digits = f"{segment.rep_no}/{segment.reps}"
        caption = text.fill(QCoreApplication.translate("PlayerView", "Rep %1 of %2"),
                            segment.rep_no, segment.reps)
        meaning = QCoreApplication.translate("PlayerView", "Rep")
    else:
        digits = text.format_clock(session.display_seconds() or 0)
    if segment.kind is SegmentKind.WORK and not segment.self_paced:
        side = moment.side if moment else segment.side
        if reps:
            phase_line = _rep_phase_line(session, side, exercises, lang)
        else:
            phase_line = text.phase_word(exercises, segment.exercise_id, "hold", side, lang)
    return digits, phase_line, caption, meaning


def _rep_phase_line(session: core.Session, side: str | None,
                    exercises: Mapping[str, Exercise], lang: str) -> str:
    elapsed = session.elapsed_in_segment_ns() / 1e9
    segment = session.segment
    for phase in segment.phases:
        left = phase.start_s + phase.duration_s - elapsed
        if left > 0:
            word = text.phase_word(exercises, segment.exercise_id, phase.name, side, lang)
            if phase.duration_s < 2:
                return word  # a one-second lift needs no count of its own
            # No-break spaces keep the count with its word when a narrow column wraps the line.
            return f"{word}\u00a0·\u00a0{math.ceil(round(left, 6))}"
    return ""
