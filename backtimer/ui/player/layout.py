"""The player's widgets and their look: the run page (countdown, figure, what comes next,
the buttons), the progression panel and the finish page; PlayerView adds the behaviour."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from backtimer.ui.player.figure import FigureView
from backtimer.ui.shell.theme import DIM, NOTICE, pick
from backtimer.ui.widgets.countdown import CountdownLabel
from backtimer.ui.widgets.effort_rating import EffortRating
from backtimer.ui.widgets.pain_rating import PainRating
from backtimer.ui.widgets.segment_bar import SegmentBar

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

# How long the "this hurt" confirmation stays on screen.
HURT_CONFIRMATION_MS = 4000


class PlayerLayout(QWidget):
    """The widgets of the player, built once; the look follows the window's height."""

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
