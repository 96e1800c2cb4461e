<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppearancePage</name>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new colour scheme, countdown size or language is used the next time you start backtimer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>Halfway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest. Then set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest. Next: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EffortRating</name>
    <message>
        <source>How hard was it? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 = very easy · 10 = as hard as you can go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This session cannot be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in your history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session could not be saved completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No workouts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your streaks, minutes and pain trend appear here after your first session. A short routine is a fine start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show sessions or minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many weeks to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain and goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive loading is off for every routine. Turn it on for a routine under Settings → Routines, and its steps&apos; levels appear here week by week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week (counting from the week of %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a session to see its steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions cannot be saved or shown right now; the data folder could not be used. Workouts still run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily streak: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best daily: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions · %1&#xa0;minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 session completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;sessions completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You exercised on %1 of the %2&#xa0;days shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2&#xa0;sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sets, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session of %1 on %2? You can undo this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv);;Full history for another computer (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;sessions exported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Choose a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Start routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some routine files could not be read and are left untouched: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryRoutinesModel</name>
    <message>
        <source>%1&#xa0;min · 1 exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;min · %2 exercises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safety notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About backtimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About backtimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;backtimer %1&lt;/h3&gt;&lt;p&gt;A guided timer for low-back exercises: it counts every hold and rep, tells you what comes next and keeps your streak.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain 0–10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PainRating</name>
    <message>
        <source>0 = no pain · 10 = the worst pain you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;reps at your own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold %1&#xa0;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last exercise — then you are done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1, set %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Routine progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hurt (H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note that this step hurt; the workout goes on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: how much does your back hurt right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↺ Restart step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with this set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip ▶▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week&apos;s levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And now: how much does your back hurt?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↺ Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noted: %1 hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It goes one level back next week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: the computer was asleep for %1. Press Space to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is not available on this computer: the countdown flashes at each cue instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early — what you did is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise time %1 · %2 of %3 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space or Start to begin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Space when you have done them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused — press Space to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown size (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play sound cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak exercise names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play cues early by (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default get-ready time (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal (sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new day starts at (hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a pain rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the screen on during a workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety notice shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login, minimised to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Told that backtimer keeps running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size and position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>%1 %2&#xa0;s (up from %3&#xa0;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2&#xa0;s (down from %3&#xa0;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2&#xa0;s (up from %3&#xa0;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2&#xa0;s (down from %3&#xa0;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2&#xa0;reps (up from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2&#xa0;reps (down from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, holding %2&#xa0;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — level %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive loading is on. Do this routine %1&#xa0;times this week without more pain afterwards, and next week it gets a notch harder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the top level now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as last week: every step is at its top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as last week: it had %1 of the %2&#xa0;sessions needed to step up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as last week: your pain after sessions went up a little, so nothing steps up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain went up last week, so these steps are one level easier. Ease off if it hurts — see the safety notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You marked a step “this hurt” last week, so it is one level easier. Ease off if it hurts — see the safety notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• A week in which you did this routine at least %1&#xa0;times (your weekly goal) and your pain after sessions did not go up: each step gets one notch harder the next week — a longer hold, then one more repetition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Each step stops at its top level (for example superman holds of 5 s, child&apos;s pose of 60 s, 15 repetitions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Pain after sessions 2 or more points higher than the week before: every step goes one level back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• A step you marked “this hurt” (button or key H): that step goes one level back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Fewer sessions than your goal: the levels stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks count from the week progression was turned on or reset. Runs at a faster test speed do not count.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressionPanel</name>
    <message>
        <source>Build up week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to starting level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progressive loading could not be saved (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: %1 runs as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step as written (its starting level).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: weeks count from the week of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset to starting level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1 again at the levels as written? Weeks will count from this week. Your history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>No day is chosen, so no reminder will come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reminder comes on a day you have already done a workout. The reminder offers Start, or Later to remind you again in %1&#xa0;minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop shows no system tray. Reminders need backtimer running with an icon in the tray, so here they only appear while the backtimer window is open. You can still set them for a desktop that has a tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At login backtimer then starts without a window, as an icon in the tray, so the reminder can come.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>goal: %1 a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backtimer is a home exercise timer for the lower back. Every figure in this report was entered by the person themselves (self-reported) and measures what was done, not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exercise sessions were recorded in this period. Once workouts are done with backtimer, this report shows how often and how long, how the back felt before and after, and what was done of each exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home exercise report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1 – %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1 with backtimer %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines and how they are prescribed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2&#xa0;sessions, %3 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer in the routine list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly goal: %1&#xa0;sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions completed: %1 (stopped early: %2, interrupted: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks that met the goal: %1 of %2 (%3&#xa0;%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise minutes: %1 in all, %2 a week on average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week is not over yet; it counts once it meets the goal (hatched in the chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed sessions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain (self-rated, 0 = none, 10 = worst)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain ratings were given in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average before a session: %1 (%2 ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average after a session: %1 (%2 ratings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change within a session: %1 on average (%2&#xa0;sessions rated before and after)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend, first %1&#xa0;weeks against the last %1: before %2 → %3, after %4 → %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effort (self-rated, 1–10): %1 on average over %2&#xa0;sessions, from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No effort ratings were given in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked “this hurt”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises: what was done, and “this hurt” marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progressive loading was off for the routines done in this period: they ran as written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on since the week of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (marked “this hurt”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pain rose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One level back after the week of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your physiotherapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page or two for your physiotherapist or doctor: how often you exercised against your weekly goal, how your back felt before and after, and what you did of each exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&#xa0;weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks to report on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for your physiotherapist…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineDraftsModel</name>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · total %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Move step</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutineProblems</name>
    <message>
        <source>must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text or an object with &apos;en&apos; and/or &apos;nl&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language (use &apos;en&apos; or &apos;nl&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object with up_s, hold_s, down_s, or null for self-paced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one rep must take at least %1&#xa0;seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1-63 characters of a-z, 0-9 and &apos;-&apos;, starting with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an exercise id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown exercise &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at least one step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must have at most %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must contain a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &apos;%1&apos; (this is not a backtimer routine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this routine file is version %1, newer than this app reads (%2); update backtimer to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1&#xa0;kB, not a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text (is it a binary file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nested too deeply to be a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the file name or is a built-in routine&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in routine; duplicate it to make your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in routine and cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <source>File: %1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also check step %1 (marked in the list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change get-ready time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the routine “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is removed when you press OK or Apply; until then Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a routine backtimer can use. Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the marked fields before exporting this routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoutinesPageLayout</name>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a built-in routine; it cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play this routine, faster, to check it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>backtimer guides you through exercises; it is not medical advice and does not replace a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New trouble passing urine, or losing control of your bladder or bowel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness around your anus, genitals or inner thighs (where a saddle would touch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change in your sexual function</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or weakness in both legs, weakness that gets worse, or trouble walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get emergency help the same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not exercise. In the Netherlands call your GP (huisarts) or, outside office hours, the GP out-of-hours service (huisartsenpost) straight away; in the UK call 999 or go to A&amp;amp;E; elsewhere, your local emergency number. Do this if your back pain comes with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain started after a fall, an accident or a blow to your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have had cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back pain is new and you are under 20 or over 50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain is constant, or at night it does not ease with rest or a change of position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have osteoporosis, or have taken steroid tablets for a long time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your immune system is weakened, you had an infection recently, or you inject drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a fever, or feel unwell alongside the back pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are losing weight without knowing why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shape of your back has visibly changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain sits between your shoulder blades, or comes with chest pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness in one leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;See a doctor before you start&lt;/b&gt; if any of these is true:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your doctor or physiotherapist first, too, if you are pregnant (several exercises are done lying on your front) or have had back surgery recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While you exercise, move within what feels comfortable. &lt;b&gt;Stop at once&lt;/b&gt; if you feel sharp pain, or pain that spreads into your buttock or leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See your doctor or physiotherapist if the pain has not improved after about 4 to 6 weeks, or keeps getting worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backtimer guides you through exercises. It is not medical advice, it does not treat anything, and it does not replace a doctor or physiotherapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenInhibitor</name>
    <message>
        <source>A workout is running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test run ×%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values are not right yet (marked in red); fix them to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calibrate plays a beep and lights the square. Raise the number if the beep comes after the light, lower it if before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sound output was found on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound file is missing, so cues stay silent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No speech engine was found; exercise names are not spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine does not work here; exercise names are not spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine has no voice for this language; exercise names are not spoken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine offers one voice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>backtimer could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of backtimer could not be set up, so it closes rather than run without saving your workouts. Your history is unchanged.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At my own pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tempo: you tap &quot;done&quot; after the repetitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to switch sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest after the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no illustration yet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message>
        <source>%1&#xa0;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&#xa0;reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>No sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud or Dropbox keeps on each computer you use. backtimer writes small files of its own there, in a folder named ‘backtimer’ (never the history database itself), and takes in what your other computers wrote: at start, after each workout and whenever their files arrive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions with their steps, pain and effort, deleted sessions, your own routines and their progression travel. Settings stay on each computer. When two computers changed the same routine at once, both versions are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the whole path of the folder, from the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1. Choose one that exists (is its disk connected?).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The sync could not start (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was stopped before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: not synced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1; no other computer has written to the folder yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1 with 1 other computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced %1 with %2 other computers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last try failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Start a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me in %1&#xa0;minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak: 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streak: %1&#xa0;days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week: %1 of %2&#xa0;sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your back routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click here to open it. Not now? Choose “Remind me in %1&#xa0;minutes” in the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backtimer: next reminder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Starting at login could not be changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for your back routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later reminds you again in %1&#xa0;minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backtimer is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stays in the tray to remind you. To quit, choose Quit in the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeeklyBars</name>
    <message>
        <source>goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines you make start with this; each keeps its own, which you can change on the Routines page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workout just after midnight still counts for the day before, until this hour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message>
        <source>%1&#xa0;minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
