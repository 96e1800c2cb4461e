"""The player: what a person on the mat sees — countdown, exercise, picture, what comes next."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from backtimer.core import session as core
from backtimer.core.figure.moment import Moment, moment_of
from backtimer.core.routine import Exercise, Routine, localized
from backtimer.ui import progression_text
from backtimer.ui.player import text
from backtimer.ui.player.announcer import Announcer
from backtimer.ui.player.clock_text import clock_texts
from backtimer.ui.player.figure import FigureView
from backtimer.ui.shell.theme import DIM, NOTICE, pick
from backtimer.ui.widgets.countdown import CountdownLabel
from backtimer.ui.widgets.effort_rating import EffortRating
from backtimer.ui.widgets.pain_rating import PainRating
from backtimer.ui.widgets.segment_bar import SegmentBar

# How often the segment bar is repainted while a session runs and the player is visible.
BAR_FRAME_MS = 50

_STYLE = """
#exerciseTitle { font-size: %(title)dpx; font-weight: 600; }
#routineName, #timeLeftLabel { font-size: %(line)dpx; }
#prescriptionLabel { font-size: %(line)dpx; }
#instructionLabel { font-size: %(small)dpx; }
#nextUpLabel { font-size: %(line)dpx; }
#countdownCaption { font-size: %(line)dpx; }
#phaseLabel { font-size: %(phase)dpx; font-weight: 600; }
#noticeLabel { font-size: %(small)dpx; color: %(notice)s; }
#countdownLabel { border-radius: 16px; }
#countdownLabel[flashing="true"] { background: palette(highlight);
                                   color: palette(highlighted-text); }
#countdownLabel[paused="true"] { color: %(dim)s; }
QPushButton { font-size: %(small)dpx; padding: 6px 14px; }
QPushButton:focus { border: 3px solid palette(highlight); border-radius: 6px; }
QPushButton:checked { background: palette(highlight); color: palette(highlighted-text);
                      font-weight: 600; }
#finishHeading { font-size: %(title)dpx; font-weight: 600; }
#finishSummary, #painQuestion { font-size: %(line)dpx; }
#finishSaved, #painScale { font-size: %(small)dpx; }
#progressionLabel { font-size: %(small)dpx; font-weight: 600; }
#easeOffLabel, #hurtConfirmation { font-size: %(small)dpx; }
#effortQuestion { font-size: %(line)dpx; }
#effortScale { font-size: %(small)dpx; }
#progressionPanel { border: 1px solid palette(mid); border-radius: 8px; }
"""
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
# How long the "this hurt" confirmation stays on screen.
HURT_CONFIRMATION_MS = 4000
# Below this height the announcement before the start also takes the next-up line's place.
SHORT_WINDOW_PX = 640


class PlayerView(QWidget):
    """Shows the runner's session; every control only forwards a command to the runner, or
    (ratings, "this hurt", again) to the workout, whose word on the saving it shows.

    Signals:
        title_changed(str): the text for the window title (time left and routine).
        home_requested(): the person is done with the player (after the finish page).
        full_screen_toggled(): F was pressed (the window decides).
        safety_notice_requested(): the link in the "ease off" message was followed.
    """

    safety_notice_requested = Signal()
    title_changed = Signal(str)
    home_requested = Signal()
    full_screen_toggled = Signal()

    def __init__(self, runner, workout, settings: Mapping, lang: str,
                 parent: QWidget | None = None, *, exercises: Mapping[str, Exercise]):
        super().__init__(parent)
        self.setObjectName("playerView")
        self.runner = runner
        self.workout = workout
        self.settings = settings
        self.lang = lang
        self.exercises = exercises
        self.routine: Routine | None = None
        self.finished_event: core.SessionFinished | None = None
        self.plan = None  # progression's plan for the loaded routine (None: as written)
        self._title = ""
        self._shown_clock: tuple[int, str, str] = (-1, "", "")
        self._style_height = 0  # the style sheet's, with its notice colour (see _apply_style)
        self._notice_color = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # The player takes the keys itself: what it is and which keys it takes, for a screen
        # reader landing on it.
        self.setAccessibleName(self.tr("Workout"))
        self.setAccessibleDescription(self.tr(
            "Space: start, pause or go on. Right and Left: next and previous part. R: restart "
            "the step. H: this hurt. F: full screen. Escape: stop."))

        self._pages = QStackedLayout(self)
        self.run_page = QWidget(self)
        self.finish_page = QWidget(self)
        self._pages.addWidget(self.run_page)
        self._pages.addWidget(self.finish_page)
        self._build_run_page()
        self._build_finish_page()
        self._apply_style(800)
        # What changes while nobody touches the keyboard, said to a screen reader.
        self.announcer = Announcer(runner, self, exercises=exercises, lang=lang)

        # Only the bar moves between the runner's ticks; it is the one light repaint.
        self._bar_timer = QTimer(self)
        self._bar_timer.setInterval(BAR_FRAME_MS)
        self._bar_timer.timeout.connect(self._repaint_bar)

        runner.session_loaded.connect(self._on_loaded)
        runner.ticked.connect(self.refresh)
        runner.state_changed.connect(self._on_state)
        runner.session_finished.connect(self._on_finished)
        runner.suspend_detected.connect(self._on_suspend)
        workout.opened.connect(self.show_progression)
        workout.saved.connect(self.show_saved_state)
        workout.save_failed.connect(self.show_save_problem)

    # --- building -----------------------------------------------------------------------------

    def _label(self, name: str, parent: QWidget, *, wrap: bool = False) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(wrap)
        label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        return label

    def _button(self, name: str, label: str, accessible: str, parent: QWidget) -> QPushButton:
        button = QPushButton(label, parent)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        # Tab reaches it, a click does not take the focus: Space stays the player's key
        # (pause, start, done) unless the person chose a button with Tab.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setMinimumHeight(52)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return button

    def _build_run_page(self) -> None:
        page = self.run_page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(6)

        top = QHBoxLayout()
        self.routine_label = self._label("routineName", page)
        self.routine_label.setAccessibleDescription(self.tr("Routine"))
        # Painted, not a QProgressBar: on AT-SPI every value interface offers Increase and
        # Decrease, which a person cannot do to a routine's progress. The share done is said.
        self.routine_progress = SegmentBar(page, thickness=8)
        self.routine_progress.setObjectName("routineProgress")
        self.routine_progress.setAccessibleName(self.tr("Routine progress"))
        self.time_left_label = self._label("timeLeftLabel", page)
        self.time_left_label.setAccessibleDescription(self.tr("Routine time left"))
        self.time_left_label.setAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
        self.time_left_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                           QSizePolicy.Policy.Preferred)
        top.addWidget(self.routine_label, 2)
        top.addWidget(self.routine_progress, 5)
        top.addWidget(self.time_left_label, 0)
        layout.addLayout(top)

        self.title_label = self._label("exerciseTitle", page)
        self.title_label.setAccessibleDescription(self.tr("Exercise"))
        self.prescription_label = self._label("prescriptionLabel", page)
        self.prescription_label.setAccessibleDescription(self.tr("Prescription"))
        self.instruction_label = self._label("instructionLabel", page, wrap=True)
        self.instruction_label.setAccessibleDescription(self.tr("Instruction"))
        self.notice_label = self._label("noticeLabel", page, wrap=True)
        self.notice_label.hide()
        for label in (self.title_label, self.prescription_label, self.instruction_label,
                      self.notice_label):
            layout.addWidget(label)
        layout.addWidget(self._build_progression_panel(page))

        middle = QHBoxLayout()
        middle.setSpacing(16)
        self.illustration = FigureView(page)
        self.illustration.setAccessibleName(self.tr("Illustration of the exercise"))
        self.illustration.follow(self.figure_moment)
        middle.addWidget(self.illustration, 11)
        clock = QVBoxLayout()
        clock.setSpacing(4)
        # "Terug naar het midden · 2" is wider than the clock's column in a small window.
        self.phase_label = self._label("phaseLabel", page, wrap=True)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown = CountdownLabel(page)
        self.countdown.setObjectName("countdownLabel")
        self.countdown.setAccessibleDescription(self.tr("Time left"))
        self.segment_bar = SegmentBar(page)
        self.segment_bar.setObjectName("segmentBar")
        self.segment_bar.setAccessibleName(self.tr("Progress of this part"))
        self.caption_label = self._label("countdownCaption", page, wrap=True)
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        clock.addWidget(self.phase_label)
        clock.addWidget(self.countdown, 1)
        clock.addWidget(self.segment_bar)
        clock.addWidget(self.caption_label)
        # The countdown's share of the width follows the "countdown size" preference.
        middle.addLayout(clock, max(5, round(9 * self.settings["countdown_scale"] / 100)))
        layout.addLayout(middle, 1)

        self.next_up_label = self._label("nextUpLabel", page, wrap=True)
        self.next_up_label.setAccessibleDescription(self.tr("Next up"))
        next_row = QHBoxLayout()
        next_row.addWidget(self.next_up_label, 1)
        self.hurt_confirmation = self._label("hurtConfirmation", page, wrap=True)
        self.hurt_confirmation.setAlignment(Qt.AlignmentFlag.AlignRight
                                            | Qt.AlignmentFlag.AlignVCenter)
        self.hurt_confirmation.hide()
        next_row.addWidget(self.hurt_confirmation, 1)
        # After "this hurt" the count waits; S skips the rest of that exercise.
        self.skip_exercise_button = QPushButton(self.tr("Skip this exercise (S)"), page)
        self.skip_exercise_button.setObjectName("skipExerciseButton")
        self.skip_exercise_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.skip_exercise_button.clicked.connect(self.skip_hurt_exercise)
        self.skip_exercise_button.hide()
        next_row.addWidget(self.skip_exercise_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._hurt_step: int | None = None  # the step "this hurt" was said of, while asked
        self.hurt_button = QPushButton(self.tr("This hurt (H)"), page)
        self.hurt_button.setObjectName("hurtButton")
        self.hurt_button.setAccessibleName(self.tr("This hurt"))
        self.hurt_button.setToolTip(self.tr("Note that this step hurt; the workout goes on"))
        self.hurt_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hurt_button.clicked.connect(self.mark_hurt)
        self.hurt_button.hide()
        next_row.addWidget(self.hurt_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(next_row)
        self._hurt_timer = QTimer(self)
        self._hurt_timer.setSingleShot(True)
        self._hurt_timer.setInterval(HURT_CONFIRMATION_MS)
        self._hurt_timer.timeout.connect(self.hurt_confirmation.hide)

        self.pain_before = PainRating(self.tr("Before you start: how much does your back hurt "
                                              "right now?"), page)
        self.pain_before.setObjectName("painBefore")
        self.pain_before.rated.connect(lambda value: self._rate("before", value))
        self.pain_before.skipped.connect(self._answered)
        layout.addWidget(self.pain_before)

        controls = QHBoxLayout()
        controls.setSpacing(8)
        self.previous_button = self._button("previousButton", self.tr("◀ Back"),
                                            self.tr("Previous"), page)
        self.restart_button = self._button("restartButton", self.tr("↺ Restart step"),
                                           self.tr("Restart step"), page)
        self.start_button = self._button("startButton", self.tr("▶ Start"), self.tr("Start"),
                                         page)
        self.pause_button = self._button("pauseButton", self.tr("❚❚ Pause"), self.tr("Pause"),
                                         page)
        self.done_button = self._button("doneButton", self.tr("✓ Done"),
                                        self.tr("Done with this set"), page)
        self.skip_button = self._button("skipButton", self.tr("Skip ▶▶"), self.tr("Skip"),
                                        page)
        self.stop_button = self._button("stopButton", self.tr("■ Stop"), self.tr("Stop"), page)
        self.start_button.clicked.connect(self._start)
        self.pause_button.clicked.connect(self.runner.toggle_pause)
        self.done_button.clicked.connect(self.runner.done)
        self.skip_button.clicked.connect(self.runner.skip)
        self.previous_button.clicked.connect(self.runner.back)
        self.restart_button.clicked.connect(self.runner.restart_step)
        self.stop_button.clicked.connect(self.request_stop)
        for button, stretch in ((self.previous_button, 2), (self.restart_button, 2),
                                (self.start_button, 4), (self.pause_button, 4),
                                (self.done_button, 3), (self.skip_button, 2),
                                (self.stop_button, 2)):
            controls.addWidget(button, stretch)
        layout.addLayout(controls)

    def _build_progression_panel(self, page: QWidget) -> QWidget:
        """This week's levels, said before the start; the "ease off" line links the notice."""
        panel = QWidget(page)
        panel.setObjectName("progressionPanel")
        panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        box = QVBoxLayout(panel)
        box.setContentsMargins(10, 4, 10, 4)
        box.setSpacing(2)
        self.progression_label = self._label("progressionLabel", panel, wrap=True)
        self.progression_label.setAccessibleDescription(self.tr("This week's levels"))
        box.addWidget(self.progression_label)
        row = QHBoxLayout()
        self.ease_off_label = self._label("easeOffLabel", panel, wrap=True)
        self.safety_button = QPushButton(self.tr("Safety notice"), panel)
        self.safety_button.setObjectName("safetyNoticeButton")
        self.safety_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.safety_button.clicked.connect(self.safety_notice_requested)
        row.addWidget(self.ease_off_label, 1)
        row.addWidget(self.safety_button, 0, Qt.AlignmentFlag.AlignVCenter)
        box.addLayout(row)
        self.progression_panel = panel
        panel.hide()
        return panel

    def _build_finish_page(self) -> None:
        page = self.finish_page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(48, 32, 48, 32)
        layout.addStretch(1)
        self.finish_heading = self._label("finishHeading", page, wrap=True)
        self.finish_heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_summary = self._label("finishSummary", page, wrap=True)
        self.finish_summary.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.finish_saved = self._label("finishSaved", page, wrap=True)
        self.finish_saved.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.finish_heading)
        layout.addWidget(self.finish_summary)
        layout.addWidget(self.finish_saved)
        layout.addSpacing(24)
        self.pain_after = PainRating(self.tr("And now: how much does your back hurt?"), page)
        self.pain_after.setObjectName("painAfter")
        self.pain_after.rated.connect(lambda value: self._rate("after", value))
        self.pain_after.skipped.connect(self._answered)
        layout.addWidget(self.pain_after)
        layout.addSpacing(12)
        self.effort = EffortRating(page)
        self.effort.setObjectName("effortRating")
        self.effort.rated.connect(self._rate_effort)
        self.effort.skipped.connect(self._answered)
        layout.addWidget(self.effort)
        layout.addSpacing(24)
        row = QHBoxLayout()
        self.again_button = self._button("againButton", self.tr("↺ Again"), self.tr("Again"),
                                         page)
        self.finish_done_button = self._button("finishDoneButton", self.tr("Done"),
                                               self.tr("Done"), page)
        self.again_button.clicked.connect(self.again)
        self.finish_done_button.clicked.connect(self.home_requested)
        row.addStretch(1)
        row.addWidget(self.again_button, 2)
        row.addWidget(self.finish_done_button, 2)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)

    def _apply_style(self, height: int) -> None:
        # Text sizes follow the window, so full screen is readable from further away.
        title = max(22, min(64, height // 17))
        line = max(15, min(36, height // 30))
        # Notes and buttons too are read from the mat: about 28 px in full screen at 1080.
        small = max(13, min(28, height // 38))
        # The phase word ("Hold · 4") is read from the mat, so it is nearly a title.
        phase = max(20, min(56, height // 18))
        self._notice_color = pick(NOTICE, self.palette())
        self.setStyleSheet(_STYLE % {"title": title, "line": line, "small": small,
                                     "phase": phase, "notice": self._notice_color,
                                     "dim": pick(DIM, self.palette())})
        self._style_height = height

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # The desktop went dark (or light) while the player is open: its notes follow.
        if event.type() == QEvent.Type.PaletteChange and self._notice_color \
                and pick(NOTICE, self.palette()) != self._notice_color:
            self._apply_style(self._style_height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        height = event.size().height()
        if abs(height - self._style_height) >= 24:
            self._apply_style(height)
        if getattr(self, "_progression_shown", False):
            self._show_progression_panel(True)

    # --- commands from the person -------------------------------------------------------------

    def _start(self) -> None:
        self.pain_before.hide()
        self.runner.start()
        self.setFocus()  # a button chosen with Tab gives Space back to the player

    def request_stop(self) -> None:
        session = self.runner.session
        if session is None or session.state in (core.State.FINISHED, core.State.ABANDONED):
            return
        if session.state is core.State.IDLE:
            self.home_requested.emit()
            return
        # The count waits while the question is open: nobody is on the mat reading it.
        paused_here = self.runner.active
        if paused_here:
            self.runner.pause()
        if self.confirm_stop():
            self.runner.stop()
        elif paused_here:
            self.runner.resume()

    def confirm_stop(self) -> bool:
        """Ask before throwing away the rest of a workout (tests replace this)."""
        answer = QMessageBox.question(
            self, self.tr("Stop the workout?"),
            self.tr("Stop now? What you have done so far is kept."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def again(self) -> None:
        self.workout.again()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        runner = self.runner
        session = runner.session
        digit = _DIGITS.get(key)
        if self._pages.currentWidget() is self.finish_page:
            # Return takes the default (Done, which has the focus); Space presses the button
            # with the focus (it never reaches here); digits answer the rating still asked.
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.home_requested.emit()
            elif digit is not None:
                self._rate_by_key(digit, (self.pain_after, self.effort))
            else:
                super().keyPressEvent(event)
            return
        if session is not None and session.state is core.State.IDLE:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._start()
                return
            if digit is not None:
                self._rate_by_key(digit, (self.pain_before,))
                return
        if key == Qt.Key.Key_Space:
            if session is None:
                return
            if session.state is core.State.IDLE:
                self._start()
            elif session.state is core.State.RUNNING and session.segment.self_paced:
                runner.done()
            else:
                runner.toggle_pause()
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            runner.skip()
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            runner.back()
        elif key == Qt.Key.Key_R:
            runner.restart_step()
        elif key == Qt.Key.Key_H:
            self.mark_hurt()
        elif key == Qt.Key.Key_S and self._hurt_step is not None:
            self.skip_hurt_exercise()
        elif key == Qt.Key.Key_F:
            self.full_screen_toggled.emit()
        elif key == Qt.Key.Key_Escape and not (self.window().isFullScreen()):
            self.request_stop()
        else:
            super().keyPressEvent(event)

    def _rate_by_key(self, digit: int, scales) -> None:
        """A digit answers the first rating on view not answered yet (0 is 10 on a 1–10
        scale: the key for the top of it)."""
        for scale in scales:
            if scale.isVisible() and not scale.answered:
                scale.choose(10 if digit == 0 and scale.low == 1 else digit)
                return

    def mark_hurt(self) -> None:
        """Note that the current step hurt (button or H), and pause: as a physiotherapist would,
        ask whether to skip that exercise (S), stop (Esc) or go on (Space)."""
        session = self.runner.session
        if session is None or session.state in (core.State.IDLE, core.State.FINISHED,
                                                core.State.ABANDONED):
            return
        segment = session.segment
        index = segment.step_index
        if index is None:  # the get-ready time: it is about the exercise coming up
            index = text.upcoming_step(session.timeline, segment)
        if index is None:
            return
        step = session.timeline.routine.steps[index]
        name = text.exercise_name(self.exercises, step.exercise, self.lang)
        message = self.tr("Noted: %1 hurt.").replace("%1", name)
        if self.plan is not None:
            message += " " + self.tr("It goes one level back next week.")
        if self.runner.active:
            self.runner.pause()
        message += " " + self.tr("Paused: S skips this exercise, Esc stops the workout, Space "
                                 "goes on.")
        self.hurt_confirmation.setText(message)
        self.hurt_confirmation.show()
        self.announcer.announce(message)
        self._hurt_timer.stop()  # stays while the question is open
        self._hurt_step = index
        self.skip_exercise_button.show()
        self.workout.mark_hurt(index)

    def skip_hurt_exercise(self) -> None:
        """The rest of the exercise that hurt is left out; the workout goes on after it."""
        index, self._hurt_step = self._hurt_step, None
        self.skip_exercise_button.hide()
        self.hurt_confirmation.hide()
        session = self.runner.session
        if index is None or session is None:
            return
        # A few segments at most (its sets, rests and sides); the bound only guards a loop.
        for _ in range(len(session.timeline.segments)):
            if session.state not in (*core.ACTIVE, core.State.PAUSED) \
                    or text.upcoming_step(session.timeline, session.segment) != index:
                break
            self.runner.skip()
        if session.state is core.State.PAUSED:
            self.runner.resume()

    def _end_hurt_question(self) -> None:
        if self._hurt_step is not None:
            self._hurt_step = None
            self.skip_exercise_button.hide()
            self._hurt_timer.start()  # the note stays a moment, then goes

    def _rate_effort(self, value: int) -> None:
        self.workout.rate_effort(value)
        self._answered()

    def show_progression(self, plan) -> None:
        """The workout opened a routine at progression's plan (None: it runs as written)."""
        self.plan = plan
        if plan is None:
            self._show_progression_panel(False)
            return
        said = progression_text.announcement(plan, self.exercises, self.lang)
        self.progression_label.setText("\n".join(said.lines))
        self.ease_off_label.setText(said.ease_off)
        self.ease_off_label.setVisible(bool(said.ease_off))
        self.safety_button.setVisible(bool(said.ease_off))
        session = self.runner.session
        self._show_progression_panel(session is not None and session.state is core.State.IDLE)

    def _show_progression_panel(self, visible: bool) -> None:
        # Before the start the announcement takes the instruction's place (and on a short
        # window the next-up line's, which repeats the first step): otherwise they squeeze the
        # countdown. Both come back once the workout runs.
        self._progression_shown = visible
        self.progression_panel.setVisible(visible)
        self.instruction_label.setVisible(not visible)
        self.next_up_label.setVisible(not (visible and self.height() < SHORT_WINDOW_PX))

    def _rate(self, which: str, value: int) -> None:
        # The row stays, its answer marked (nothing below it moves under the pointer).
        self.workout.rate_pain(which, value)
        self._answered()

    def _answered(self) -> None:
        """After an answer the keys are the page's again (Space starts, Return is Done)."""
        if self._pages.currentWidget() is self.finish_page:
            self.finish_done_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.setFocus()

    # --- listeners ----------------------------------------------------------------------------

    def _on_loaded(self, routine: Routine) -> None:
        self.routine = routine
        self.finished_event = None
        name = localized(routine.name, self.lang)
        if self.workout.previewing:
            name = self.tr("Preview: %1").replace("%1", name)
        self.routine_label.setText(name)
        self.finish_saved.setText("")
        self.pain_before.setVisible(bool(self.settings["pain_checkins"])
                                    and not self.workout.previewing)
        self.pain_before.ask()
        # The workout says this load's plan next (show_progression); until then, nothing.
        self._show_progression_panel(False)
        self.hurt_confirmation.hide()
        self._hurt_step = None
        self.skip_exercise_button.hide()
        self._pages.setCurrentWidget(self.run_page)
        if self.isVisible():  # "Again": the keys are the player's, not a hidden button's
            self.setFocus()

    def _on_state(self, state: str) -> None:
        if state != core.State.IDLE.value:
            self.pain_before.hide()
            self._show_progression_panel(False)
        if state != core.State.PAUSED.value:  # went on, or ended: the question is answered
            self._end_hurt_question()
        if state != core.State.PAUSED.value and self.notice_label.property("suspend"):
            self.notice_label.setProperty("suspend", False)
            self.notice_label.hide()
        self._update_bar_timer()

    def _on_suspend(self, gap_s: float) -> None:
        self.notice_label.setText(self.tr("Paused: the computer was asleep for %1. Press Space "
                                          "to go on.").replace("%1",
                                                               text.format_duration(gap_s)))
        self.notice_label.setProperty("suspend", True)
        self.notice_label.show()
        self.announcer.announce(self.notice_label.text())

    def show_sound_unavailable(self, reason: str) -> None:
        del reason  # the log has the technical reason; the person needs the consequence
        self.notice_label.setText(self.tr("Sound is not available on this computer: the "
                                          "countdown flashes at each cue instead."))
        self.notice_label.show()
        QTimer.singleShot(15000, self, self._hide_sound_notice)

    def show_voice_stopped(self, reason: str) -> None:
        del reason  # logged by the voice
        self.notice_label.setText(self.tr("The voice stopped working: the beeps carry on."))
        self.notice_label.show()
        QTimer.singleShot(15000, self, self._hide_sound_notice)

    def _hide_sound_notice(self) -> None:
        if not self.notice_label.property("suspend"):
            self.notice_label.hide()

    def flash(self, _name: str = "") -> None:
        self.countdown.flash()

    def _on_finished(self, event: core.SessionFinished) -> None:
        self.finished_event = event
        total_steps = len(self.routine.steps) if self.routine else 0
        if event.completed:
            self.finish_heading.setText(self.tr("Well done!"))
        else:
            self.finish_heading.setText(self.tr("Stopped early — what you did is kept."))
            self.announcer.announce(self.finish_heading.text())
        summary = (self.tr("Exercise time %1 · %2 of %3 steps done")
                   .replace("%1", text.format_duration(event.work_s))
                   .replace("%2", str(event.steps_completed)).replace("%3", str(total_steps)))
        self.finish_summary.setText(summary)
        asked = bool(self.settings["pain_checkins"]) and not self.workout.previewing
        self.pain_after.setVisible(asked)
        self.effort.setVisible(asked)
        self.pain_after.ask()
        self.effort.ask()
        if self.workout.previewing:
            self.finish_saved.setText(self.tr("A preview: it is not kept in your history."))
        self.hurt_confirmation.hide()
        self._pages.setCurrentWidget(self.finish_page)
        # The default, with a visible focus: Return and Space press it; Tab reaches the rest.
        self.finish_done_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._bar_timer.stop()
        self._set_title(self.tr("Finished"))

    def show_saved_state(self, message: str) -> None:
        """The workout's word on the finished session ("Saved in your history.")."""
        self.finish_saved.setText(message)

    def show_save_problem(self, message: str) -> None:
        """The session could not be saved: say so now and on the finish page; go on anyway."""
        self.finish_saved.setText(message)
        self.notice_label.setText(message)
        self.notice_label.show()
        self.announcer.announce(message)

    # --- display ------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.setFocus()
        self._update_bar_timer()

    def hideEvent(self, event) -> None:
        super().hideEvent(event)
        self._bar_timer.stop()

    def _update_bar_timer(self) -> None:
        session = self.runner.session
        running = session is not None and session.state in (core.State.RUNNING,
                                                            core.State.LEAD_IN)
        if running and self.isVisible():
            if not self._bar_timer.isActive():
                self._bar_timer.start()
        else:
            self._bar_timer.stop()

    def _repaint_bar(self) -> None:
        session = self.runner.session
        if session is not None:
            self.segment_bar.set_fraction(session.segment_fraction())

    def refresh(self) -> None:
        """Show the session as it is now (called on every runner tick)."""
        session = self.runner.session
        if session is None or session.state in (core.State.FINISHED, core.State.ABANDONED):
            return
        segment = session.segment
        timeline = session.timeline
        state = session.state
        step_index = text.upcoming_step(timeline, segment)
        step = timeline.routine.steps[step_index] if step_index is not None else None

        self.title_label.setText(text.segment_title(segment, self.exercises, self.lang))
        self.prescription_label.setText(text.prescription(segment, step, self.exercises,
                                                          self.lang))
        exercise_id = step.exercise if step is not None else segment.exercise_id
        self.instruction_label.setText(text.exercise_instruction(self.exercises, exercise_id,
                                                                 self.lang))
        self.next_up_label.setText(text.next_up(timeline, segment, self.exercises, self.lang))

        digits, phase_line, caption, meaning = clock_texts(session, self.figure_moment(),
                                                           self.exercises, self.lang)
        if state is core.State.PAUSED:
            # Pausing keeps what was shown (the get-ready "2" stays "2"), until a skip moves on.
            if self._shown_clock[0] == segment.index:
                digits, phase_line = self._shown_clock[1:]
            caption = self.tr("Paused — press Space to go on")
        else:
            self._shown_clock = (segment.index, digits, phase_line)
        self.countdown.setText(digits)
        self.countdown.setAccessibleDescription(meaning)
        if self.countdown.property("paused") != (state is core.State.PAUSED):
            self.countdown.setProperty("paused", state is core.State.PAUSED)
            self.countdown.style().unpolish(self.countdown)
            self.countdown.style().polish(self.countdown)
        self.caption_label.setText(caption)
        self.phase_label.setText(phase_line)
        # Before the start the phase line is empty and the pain question needs the room: at
        # 150 % text the digits would otherwise be pressed onto the bar and the caption.
        self.phase_label.setVisible(state is not core.State.IDLE)

        # The figure moves with the session's clock; between work it shows what comes next.
        self.illustration.refresh()
        described = text.figure_description(self.exercises, self.illustration.moment, self.lang)
        if self.illustration.accessibleName() != described:
            self.illustration.setAccessibleName(described)

        self.segment_bar.set_fraction(session.segment_fraction())
        total = timeline.total_s or 1.0
        done = min(1.0, session.routine_elapsed_s() / total)
        self.routine_progress.set_fraction(done)
        said = self.tr("%1\u00a0% done").replace("%1", str(int(100 * done)))
        if self.routine_progress.accessibleDescription() != said:
            self.routine_progress.setAccessibleDescription(said)
        left = text.format_duration(session.routine_remaining_s())
        self.time_left_label.setText(self.tr("%1 left").replace("%1", left))

        self.start_button.setVisible(state is core.State.IDLE)
        self.pause_button.setVisible(state is not core.State.IDLE)
        paused = state is core.State.PAUSED
        self.pause_button.setText(self.tr("▶ Resume") if paused else self.tr("❚❚ Pause"))
        self.pause_button.setAccessibleName(self.tr("Resume") if paused else self.tr("Pause"))
        self.done_button.setVisible(segment.self_paced and state is not core.State.IDLE)
        self.hurt_button.setVisible(state is not core.State.IDLE)
        for button in (self.previous_button, self.restart_button, self.skip_button):
            button.setEnabled(state is not core.State.IDLE)
        routine_name = localized(timeline.routine.name, self.lang)
        self._set_title(self.tr("%1 left · %2").replace("%1", left).replace("%2", routine_name))

    def figure_moment(self) -> Moment | None:
        """Where the figure is now: a function of the session's segment and elapsed time."""
        session = self.runner.session
        if session is None or session.state in (core.State.FINISHED, core.State.ABANDONED):
            return None
        running = session.state in (core.State.RUNNING, core.State.LEAD_IN)
        return moment_of(session.segment, session.elapsed_in_segment_ns() / 1e9,
                         running=running)

    def _set_title(self, title: str) -> None:
        if title != self._title:
            self._title = title
            self.title_changed.emit(title)

    @property
    def window_title(self) -> str:
        return self._title

    @property
    def showing_finish(self) -> bool:
        return self._pages.currentWidget() is self.finish_page
