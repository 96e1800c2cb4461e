"""The Sound and voice page: cues, volume (with a test), the voice, and cue latency."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QWidget,
)

from backtimer.core.preferences import OPTIONS_BY_KEY
from backtimer.storage.settings_store import Settings
from backtimer.ui.assets import asset_url
from backtimer.ui.settings.pages.base import OptionsPage, option_label

# How long the calibration flash stays lit.
FLASH_MS = 150


class SoundPage(OptionsPage):
    """Audio output and speech are looked up only when asked for (Test, or the page shown):
    a speech engine can take a second to start, and a computer may have neither.
    """

    def __init__(self, settings: Settings, tts_engine: str | None = None,
                 parent: QWidget | None = None):
        super().__init__(settings, parent)
        self.setObjectName("soundPage")
        self.tts_engine = tts_engine
        self._sink = None  # made on first Test: it opens the sound output
        self._speech = None
        self._voices_listed = False
        self.add_check("sounds_enabled")

        volume_row = QWidget(self)
        row = QHBoxLayout(volume_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.volume = QSlider(Qt.Orientation.Horizontal, volume_row)
        option = OPTIONS_BY_KEY["volume"]
        self.volume.setRange(option.low, option.high)
        self.volume.setSingleStep(5)
        self.volume.setPageStep(10)
        self.volume.setMinimumWidth(160)
        self._register("volume", self.volume, self.volume.value, self.volume.setValue)
        self.volume_value = QLabel(volume_row)
        self.volume_value.setMinimumWidth(40)
        self.volume.valueChanged.connect(lambda v: self.volume_value.setText(f"{v} %"))
        self.test_button = QPushButton(self.tr("Test"), volume_row)
        self.test_button.setObjectName("testSoundButton")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.play_test)
        row.addWidget(self.volume, 1)
        row.addWidget(self.volume_value)
        row.addWidget(self.test_button)
        self.form.addRow(option_label(option), volume_row)
        self.sound_status = QLabel(self)
        self.sound_status.setObjectName("soundStatus")
        self.sound_status.setWordWrap(True)
        self.form.addRow(self.sound_status)
        self.sound_status.hide()

        self.add_check("voice_enabled")
        self.add_check("say_movements")
        self.add_check("count_reps_aloud")
        self.voice = QComboBox(self)
        self.voice.setMinimumWidth(220)
        self.voice.addItem(self.tr("System default"), "")
        self._register("voice_name", self.voice, self.voice.currentData, self._select_voice)
        self.form.addRow(option_label(OPTIONS_BY_KEY["voice_name"]), self.voice)
        self.voice_status = QLabel(self)
        self.voice_status.setObjectName("voiceStatus")
        self.voice_status.setWordWrap(True)
        self.form.addRow(self.voice_status)
        self.voice_status.hide()

        latency_row = QWidget(self)
        row = QHBoxLayout(latency_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.latency = self.add_spin("cue_latency_ms", self.tr(" ms"), row=False)
        self.latency.setSingleStep(10)
        self.calibrate_button = QPushButton(self.tr("Calibrate"), latency_row)
        self.calibrate_button.setObjectName("calibrateButton")
        self.calibrate_button.setAutoDefault(False)
        self.calibrate_button.clicked.connect(self.calibrate)
        self.flash = QLabel(latency_row)
        self.flash.setObjectName("calibrationFlash")
        self.flash.setFixedSize(28, 28)
        self.flash.setProperty("lit", False)
        self._paint_flash(False)
        row.addWidget(self.latency)
        row.addWidget(self.calibrate_button)
        row.addWidget(self.flash)
        row.addStretch(1)
        self.form.addRow(option_label(OPTIONS_BY_KEY["cue_latency_ms"]), latency_row)
        self.add_note(self.tr("Calibrate plays a beep and lights the square. Raise the number "
                              "if the beep comes after the light, lower it if before."),
                      "latencyNote")
        # Parented single-shot timers, so none outlives the page.
        self._flash_on = QTimer(self)
        self._flash_on.setSingleShot(True)
        self._flash_on.setTimerType(Qt.TimerType.PreciseTimer)
        self._flash_on.timeout.connect(lambda: self._paint_flash(True))
        self._flash_off = QTimer(self)
        self._flash_off.setSingleShot(True)
        self._flash_off.timeout.connect(lambda: self._paint_flash(False))

    def title(self) -> str:
        return self.tr("Sound and voice")

    def load(self) -> None:
        saved = self.settings["voice_name"]
        if saved and self.voice.findData(saved) < 0:
            self.voice.addItem(saved, saved)
        super().load()
        self.volume_value.setText(f"{self.volume.value()} %")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._voices_listed:
            self.list_voices()

    # --- sound ------------------------------------------------------------------------------

    def play_test(self) -> bool:
        """Play the "go" cue at the chosen volume; False (and a note) when it cannot sound."""
        if self._sink is None:
            from backtimer.ui.player.cues import QtSoundSink

            self._sink = QtSoundSink(self)
        if self._sink.problem is not None:
            self._say(self.sound_status, self.tr("No sound output was found on this computer."))
            return False
        if asset_url("sounds/go.wav") is None:
            self._say(self.sound_status, self.tr("The sound file is missing, so cues stay "
                                              "silent."))
            return False
        self._say(self.sound_status, "")
        self._sink.play("go", self.volume.value() / 100)
        return True

    def calibrate(self) -> None:
        """Play the cue now and light the square ``latency`` ms later, as the player would."""
        self.play_test()
        self._flash_on.start(self.latency.value())
        self._flash_off.start(self.latency.value() + FLASH_MS)

    def _paint_flash(self, lit: bool) -> None:
        self.flash.setProperty("lit", lit)
        self.flash.setStyleSheet("background: #f5b400; border: 1px solid #888" if lit
                                 else "background: transparent; border: 1px solid #888")

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    # --- voice ------------------------------------------------------------------------------

    def _select_voice(self, name: str) -> None:
        index = self.voice.findData(name)
        self.voice.setCurrentIndex(index if index >= 0 else 0)

    def list_voices(self) -> None:
        """Ask the speech engine for its voices; they are added, keeping the current choice,
        when it answers (the page never waits for it)."""
        from backtimer.ui.player.speech import Speech

        self._voices_listed = True
        # The voice speaks the interface language (QLocale's default), or not at all.
        lang = QLocale().name().partition("_")[0]
        self._speech = Speech(lang, self, engine=self.tts_engine or "")
        self._speech.opened.connect(self._add_voices)
        self._speech.unavailable.connect(self._voice_unavailable)
        self._speech.stopped.connect(lambda _why: self._voice_unavailable("failed"))

    def _add_voices(self, names: list[str]) -> None:
        chosen = self.voice.currentData()
        for name in names:
            if self.voice.findData(name) < 0:
                self.voice.addItem(name, name)
        self._select_voice(chosen)
        if self.voice.count() <= 1:
            self._say(self.voice_status, self.tr("The speech engine offers one voice."))
        self._speech.close()  # the list is all the page needs from it

    def _voice_unavailable(self, kind: str) -> None:
        if kind == "no-engine":
            text = self.tr("No speech engine was found; exercise names are not spoken.")
        elif kind == "no-language":
            text = self.tr("The speech engine has no voice for this language; exercise names "
                           "are not spoken.")
        else:
            text = self.tr("The speech engine does not work here; exercise names are not "
                           "spoken.")
        self._say(self.voice_status, text)
