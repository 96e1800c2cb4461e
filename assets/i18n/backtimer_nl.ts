<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="nl_NL">
  <context>
    <name />
    <message>
      <source>Left side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Right side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 reps at your own pace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 reps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 each side</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Set %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rep %1 of %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold %1 s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Get ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Switch sides</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Rest</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next: finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next: %1, %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lift</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Hold</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Lower</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PainRating</name>
    <message>
      <source>Pain %1 of 10</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>0 = no pain · 10 = the worst pain you can imagine</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>PlayerView</name>
    <message>
      <source>Routine progress</source>
      <extracomment>How often the segment bar is repainted while a session runs and the player is visible. A self-paced set shows its start and end pose for this long each, as a gentle reminder.</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Routine time left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exercise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Prescription</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Instruction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Illustration of the exercise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Time left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Progress of this part</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Next up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Before you start: how much does your back hurt right now?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>◀ Back</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Previous</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>↺ Restart step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Restart step</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>▶ Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Start</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>❚❚ Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Pause</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>✓ Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done with this set</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip ▶▶</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Skip</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>■ Stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>And now: how much does your back hurt?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>↺ Again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Again</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop the workout?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stop now? What you have done so far is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paused: the computer was asleep for %1. Press Space to go on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Sound is not available on this computer: the countdown flashes at each cue instead.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Well done!</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Stopped early — what you did is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Exercise time %1 · %2 of %3 steps done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Finished</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Press Space or Start to begin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Get ready</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Press Space when you have done them</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Paused — press Space to go on</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 left</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>▶ Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Resume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 left · %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Preferences</name>
    <message>
      <source>Language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Appearance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Countdown size (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play sound cues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Volume (%)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Speak exercise names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Voice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Play cues early by (ms)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Default get-ready time (s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Weekly goal (sessions)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>First day of the week</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>A new day starts at (hour)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Ask for a pain rating</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Keep the screen on during a workout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Safety notice shown</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RoutineEditor</name>
    <message>
      <source>Move step</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>RoutineListModel</name>
    <message>
      <source>(no name)</source>
      <extracomment>Focus callback: show this routine (by id) and select this step (or -1).</extracomment>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 (built-in)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 · total %2</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>StepListModel</name>
    <message>
      <source>%1 s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 reps</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>%1 per side</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>