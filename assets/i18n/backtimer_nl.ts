<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AppearancePage</name>
    <message>
        <source>Same as the system</source>
        <translation>Systeeminstelling</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>A new colour scheme, countdown size or language is used the next time you start backtimer.</source>
        <translation>Een nieuw kleurenschema, een andere aftelgrootte of taal gaat in zodra je backtimer opnieuw start.</translation>
    </message>
    <message>
        <source>Appearance and language</source>
        <translation>Weergave en taal</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>No weeks to show yet.</source>
        <translation>Nog geen weken om te tonen.</translation>
    </message>
    <message>
        <source>Goal of %1&#xa0;sessions a week met in %2 of %3&#xa0;weeks.</source>
        <translation>Doel van %1&#xa0;sessies per week gehaald in %2 van de %3&#xa0;weken.</translation>
    </message>
    <message>
        <source>%1&#xa0;minutes in all.</source>
        <translation>%1&#xa0;minuten in totaal.</translation>
    </message>
    <message>
        <source>The last week shown: %1&#xa0;sessions, %2&#xa0;minutes.</source>
        <translation>De laatste week: %1&#xa0;sessies, %2&#xa0;minuten.</translation>
    </message>
    <message>
        <source>No pain ratings in the weeks shown.</source>
        <translation>Geen pijnscores in deze weken.</translation>
    </message>
    <message>
        <source>Pain from 0 to 10, averaged over the weeks rated: %1 before a session, %2 after.</source>
        <translation>Pijn van 0 tot 10, gemiddeld over de weken met een score: %1 voor een sessie, %2 erna.</translation>
    </message>
    <message>
        <source>Minutes per week</source>
        <translation>Minuten per week</translation>
    </message>
    <message>
        <source>Sessions per week</source>
        <translation>Sessies per week</translation>
    </message>
    <message>
        <source>Calendar of exercise days</source>
        <translation>Kalender van de oefendagen</translation>
    </message>
    <message>
        <source>Pain and goal per week</source>
        <translation>Pijn en doel per week</translation>
    </message>
</context>
<context>
    <name>Cues</name>
    <message>
        <source>%1&#xa0;seconds</source>
        <translation>%1&#xa0;seconden</translation>
    </message>
    <message>
        <source>%1&#xa0;reps at your own pace</source>
        <translation>%1&#xa0;herhalingen in je eigen tempo</translation>
    </message>
    <message>
        <source>%1&#xa0;reps</source>
        <translation>%1&#xa0;herhalingen</translation>
    </message>
    <message>
        <source>%1 sets of %2</source>
        <translation>%1 sets van %2</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 per kant</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halverwege</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Laatste!</translation>
    </message>
    <message>
        <source>Well done</source>
        <translation>Goed gedaan</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Wissel van kant</translation>
    </message>
    <message>
        <source>Rest. Then set %1 of %2</source>
        <translation>Rust. Daarna set %1 van %2</translation>
    </message>
    <message>
        <source>Get ready: %1, %2</source>
        <translation>Maak je klaar: %1, %2</translation>
    </message>
    <message>
        <source>Rest. Next: %1, %2</source>
        <translation>Rust. Hierna: %1, %2</translation>
    </message>
    <message>
        <source>%1&#xa0;seconds left</source>
        <translation>Nog %1&#xa0;seconden</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Gepauzeerd</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Hervat</translation>
    </message>
</context>
<context>
    <name>EffortRating</name>
    <message>
        <source>How hard was it? (optional)</source>
        <translation>Hoe zwaar was het? (optioneel)</translation>
    </message>
    <message>
        <source>Skip the effort rating</source>
        <translation>Inspanningsscore overslaan</translation>
    </message>
    <message>
        <source>Effort %1 of 10</source>
        <translation>Inspanning %1 van 10</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>1 = very easy · 10 = as hard as you can go</source>
        <translation>1 = heel licht · 10 = zo zwaar als je maar kunt</translation>
    </message>
</context>
<context>
    <name>HistoryNotice</name>
    <message>
        <source>The history database was damaged, so a new, empty history was started. The damaged file is kept as %1.</source>
        <translation>De geschiedenisdatabase was beschadigd, dus er is een nieuwe, lege geschiedenis begonnen. Het beschadigde bestand is bewaard als %1.</translation>
    </message>
    <message>
        <source>Daily backups of the history are in %1.</source>
        <translation>De dagelijkse reservekopieën van je geschiedenis staan in %1.</translation>
    </message>
    <message>
        <source>Your workout %1 of %2 was cut short (backtimer or the computer stopped). Its %3 finished steps are kept in your history.</source>
        <translation>Je training ‘%1’ van %2 werd afgebroken (backtimer of de computer stopte). De %3 voltooide stappen staan in je geschiedenis.</translation>
    </message>
    <message>
        <source>Your history</source>
        <translation>Je geschiedenis</translation>
    </message>
</context>
<context>
    <name>HistoryProblem</name>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the data folder cannot be written</source>
        <translation>er kan niet in de gegevensmap worden geschreven</translation>
    </message>
    <message>
        <source>the history database is damaged; start backtimer again to set it aside and begin a new one</source>
        <translation>de geschiedenisdatabase is beschadigd; start backtimer opnieuw om hem opzij te zetten en een nieuwe te beginnen</translation>
    </message>
    <message>
        <source>the history was written by a newer backtimer</source>
        <translation>de geschiedenis is geschreven door een nieuwere backtimer</translation>
    </message>
    <message>
        <source>the history database is in use by another program or cannot be reached</source>
        <translation>de geschiedenisdatabase is in gebruik door een ander programma of is niet bereikbaar</translation>
    </message>
    <message>
        <source>an unexpected error (%1)</source>
        <translation>een onverwachte fout (%1)</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>This session cannot be saved: %1</source>
        <translation>Deze sessie kan niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>no history</source>
        <translation>geen geschiedenis</translation>
    </message>
    <message>
        <source>Saved in your history.</source>
        <translation>Opgeslagen in je geschiedenis.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>de schijf is vol</translation>
    </message>
    <message>
        <source>the data folder cannot be written</source>
        <translation>er kan niet in de gegevensmap worden geschreven</translation>
    </message>
    <message>
        <source>This session could not be saved: %1</source>
        <translation>Deze sessie kon niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>This session could not be saved completely: %1</source>
        <translation>Deze sessie kon niet volledig worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>No workouts yet</source>
        <translation>Nog geen trainingen</translation>
    </message>
    <message>
        <source>Your streaks, minutes and pain trend appear here after your first session. A short routine is a fine start.</source>
        <translation>Je reeksen, minuten en pijnverloop verschijnen hier na je eerste sessie. Een korte routine is een prima begin.</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Kies een routine</translation>
    </message>
    <message>
        <source>Weekly goal streak</source>
        <translation>Weekdoelreeks</translation>
    </message>
    <message>
        <source>Best streak</source>
        <translation>Beste reeks</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Total minutes</source>
        <translation>Minuten in totaal</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Show sessions or minutes</source>
        <translation>Sessies of minuten tonen</translation>
    </message>
    <message>
        <source>%1&#xa0;weeks</source>
        <translation>%1&#xa0;weken</translation>
    </message>
    <message>
        <source>How many weeks to show</source>
        <translation>Hoeveel weken tonen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tonen:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Weergaven van de geschiedenis</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Pain and goal</source>
        <translation>Pijn en doel</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Niveaus</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Less</source>
        <translation>Minder</translation>
    </message>
    <message>
        <source>More minutes</source>
        <translation>Meer minuten</translation>
    </message>
    <message>
        <source>Pick a session to see its steps.</source>
        <translation>Kies een sessie om de stappen te zien.</translation>
    </message>
    <message>
        <source>Delete session…</source>
        <translation>Sessie verwijderen…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>The history is not available</source>
        <translation>De geschiedenis is niet beschikbaar</translation>
    </message>
    <message>
        <source>Sessions cannot be saved or shown right now; the data folder could not be used. Workouts still run.</source>
        <translation>Sessies kunnen nu niet worden opgeslagen of getoond; de gegevensmap is niet bruikbaar. Trainen kan wel.</translation>
    </message>
    <message>
        <source>The history could not be read</source>
        <translation>De geschiedenis kon niet worden gelezen</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1&#xa0;days</source>
        <translation>%1&#xa0;dagen</translation>
    </message>
    <message>
        <source>daily streak: %1</source>
        <translation>dagreeks: %1</translation>
    </message>
    <message>
        <source>best daily: %1</source>
        <translation>beste dagreeks: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>sessions · %1&#xa0;minutes</source>
        <translation>sessies · %1&#xa0;minuten</translation>
    </message>
    <message>
        <source>1 session completed</source>
        <translation>1 sessie voltooid</translation>
    </message>
    <message>
        <source>%1&#xa0;sessions completed</source>
        <translation>%1&#xa0;sessies voltooid</translation>
    </message>
    <message>
        <source>You exercised on %1 of the %2&#xa0;days shown.</source>
        <translation>Je hebt op %1 van de %2 getoonde dagen getraind.</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Week van %1</translation>
    </message>
    <message>
        <source>%1&#xa0;sessions · goal %2</source>
        <translation>%1&#xa0;sessies · doel %2</translation>
    </message>
    <message>
        <source>%1&#xa0;minutes</source>
        <translation>%1&#xa0;minuten</translation>
    </message>
    <message>
        <source>goal met</source>
        <translation>doel gehaald</translation>
    </message>
    <message>
        <source>Delete the session of %1 on %2? You can undo this.</source>
        <translation>De sessie ‘%1’ van %2 verwijderen? Je kunt dit ongedaan maken.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sessie verwijderen</translation>
    </message>
    <message>
        <source>The session could not be deleted: %1</source>
        <translation>De sessie kon niet worden verwijderd: %1</translation>
    </message>
    <message>
        <source>Export history</source>
        <translation>Geschiedenis exporteren</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV) (*.csv);;Full history for another computer (*.json)</source>
        <translation>Spreadsheet (CSV) (*.csv);;Volledige geschiedenis voor een andere computer (*.json)</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Exporteren mislukt: %1</translation>
    </message>
    <message>
        <source>%1&#xa0;sessions exported</source>
        <translation>%1&#xa0;sessies geëxporteerd</translation>
    </message>
    <message>
        <source>The session could not be put back: %1</source>
        <translation>De sessie kon niet worden teruggezet: %1</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Choose a routine</source>
        <translation>Kies een routine</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>▶ Start routine</source>
        <translation>▶ Routine starten</translation>
    </message>
    <message>
        <source>Start routine</source>
        <translation>Routine starten</translation>
    </message>
    <message>
        <source>Some routine files could not be read and are left untouched: %1</source>
        <translation>Sommige routinebestanden konden niet worden gelezen en zijn ongewijzigd gelaten: %1</translation>
    </message>
</context>
<context>
    <name>LevelChart</name>
    <message>
        <source>level</source>
        <translation>niveau</translation>
    </message>
    <message>
        <source>pain after</source>
        <translation>pijn na</translation>
    </message>
</context>
<context>
    <name>LevelsPage</name>
    <message>
        <source>Progressive loading is off for every routine. Turn it on for a routine under Settings → Routines, and its steps&apos; levels appear here week by week.</source>
        <translation>Opbouw staat voor geen enkele routine aan. Zet opbouw aan voor een routine onder Instellingen → Routines; dan verschijnen de niveaus van de stappen hier week na week.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>This week (counting from the week of %1):</source>
        <translation>Deze week (geteld vanaf de week van %1):</translation>
    </message>
</context>
<context>
    <name>LibraryRoutinesModel</name>
    <message>
        <source>%1&#xa0;min · 1 exercise</source>
        <translation>%1&#xa0;min · 1 oefening</translation>
    </message>
    <message>
        <source>%1&#xa0;min · %2 exercises</source>
        <translation>%1&#xa0;min · %2 oefeningen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Geschiedenis</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Routines</source>
        <translation>&amp;Routines</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Volledig scherm</translation>
    </message>
    <message>
        <source>&amp;Safety notice</source>
        <translation>&amp;Veiligheidsinformatie</translation>
    </message>
    <message>
        <source>&amp;About backtimer</source>
        <translation>&amp;Over backtimer</translation>
    </message>
    <message>
        <source>&amp;Workout</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdbalk</translation>
    </message>
    <message>
        <source>← Routines</source>
        <translation>← Routines</translation>
    </message>
    <message>
        <source>Back to routines</source>
        <translation>Terug naar de routines</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>A workout is under way: finish or stop it first.</source>
        <translation>Er loopt een training: maak die eerst af of stop ermee.</translation>
    </message>
    <message>
        <source>About backtimer</source>
        <translation>Over backtimer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;backtimer %1&lt;/h3&gt;&lt;p&gt;A guided timer for low-back exercises: it counts every hold and rep, tells you what comes next and keeps your streak.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;backtimer %1&lt;/h3&gt;&lt;p&gt;Een timer die je door oefeningen voor de onderrug leidt: hij telt elke houdtijd en herhaling, zegt wat er hierna komt en houdt je reeks bij.&lt;/p&gt;&lt;p&gt;Vrije software onder de GNU GPL, versie 3 of later.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>PainChart</name>
    <message>
        <source>before</source>
        <translation>voor</translation>
    </message>
    <message>
        <source>after</source>
        <translation>na</translation>
    </message>
    <message>
        <source>pain 0–10</source>
        <translation>pijn 0–10</translation>
    </message>
    <message>
        <source>goal %</source>
        <translation>doel %</translation>
    </message>
</context>
<context>
    <name>PainRating</name>
    <message>
        <source>Pain %1 of 10</source>
        <translation>Pijn %1 van 10</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>0 = no pain · 10 = the worst pain you can imagine</source>
        <translation>0 = geen pijn · 10 = de ergste pijn die je je kunt voorstellen</translation>
    </message>
    <message>
        <source>Skip the pain rating</source>
        <translation>Pijnscore overslaan</translation>
    </message>
</context>
<context>
    <name>Player</name>
    <message>
        <source>Left side</source>
        <translation>Linkerkant</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechterkant</translation>
    </message>
    <message>
        <source>%1&#xa0;s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1&#xa0;reps at your own pace</source>
        <translation>%1&#xa0;herhalingen in je eigen tempo</translation>
    </message>
    <message>
        <source>%1&#xa0;reps</source>
        <translation>%1&#xa0;herhalingen</translation>
    </message>
    <message>
        <source>%1 each side</source>
        <translation>%1 per kant</translation>
    </message>
    <message>
        <source>Set %1 of %2</source>
        <translation>Set %1 van %2</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Herhaling %1 van %2</translation>
    </message>
    <message>
        <source>Hold %1&#xa0;s</source>
        <translation>%1&#xa0;s vasthouden</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Maak je klaar</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Wissel van kant</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rust</translation>
    </message>
    <message>
        <source>Last exercise — then you are done</source>
        <translation>Laatste oefening — daarna ben je klaar</translation>
    </message>
    <message>
        <source>Next: %1, set %2 of %3</source>
        <translation>Hierna: %1, set %2 van %3</translation>
    </message>
    <message>
        <source>Next: %1, %2</source>
        <translation>Hierna: %1, %2</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>Lower</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation>Afbeelding van de oefening</translation>
    </message>
    <message>
        <source>starting position</source>
        <translation>beginhouding</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>PlayerView</name>
    <message>
        <source>Routine progress</source>
        <translation>Voortgang van de routine</translation>
    </message>
    <message>
        <source>Routine time left</source>
        <translation>Resterende tijd van de routine</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Uitleg</translation>
    </message>
    <message>
        <source>Illustration of the exercise</source>
        <translation>Afbeelding van de oefening</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Resterende tijd</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Space: start, pause or go on. Right and Left: next and previous part. R: restart the step. H: this hurt. F: full screen. Escape: stop.</source>
        <translation>Spatie: beginnen, pauzeren of hervatten. Rechts en links: volgende en vorige deel. R: oefening opnieuw. H: dit deed pijn. F: volledig scherm. Escape: stoppen.</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Progress of this part</source>
        <translation>Voortgang van dit onderdeel</translation>
    </message>
    <message>
        <source>Next up</source>
        <translation>Hierna</translation>
    </message>
    <message>
        <source>Skip this exercise (S)</source>
        <translation>Sla deze oefening over (S)</translation>
    </message>
    <message>
        <source>This hurt (H)</source>
        <translation>Dit deed pijn (H)</translation>
    </message>
    <message>
        <source>This hurt</source>
        <translation>Dit deed pijn</translation>
    </message>
    <message>
        <source>Note that this step hurt; the workout goes on</source>
        <translation>Noteer dat deze stap pijn deed; de training gaat door</translation>
    </message>
    <message>
        <source>Before you start: how much does your back hurt right now?</source>
        <translation>Voor je begint: hoeveel pijn doet je rug nu?</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Terug</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>↺ Restart step</source>
        <translation>↺ Opnieuw</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Oefening opnieuw beginnen</translation>
    </message>
    <message>
        <source>▶ Start</source>
        <translation>▶ Start</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>❚❚ Pause</source>
        <translation>❚❚ Pauze</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Klaar</translation>
    </message>
    <message>
        <source>Done with this set</source>
        <translation>Klaar met deze set</translation>
    </message>
    <message>
        <source>Skip ▶▶</source>
        <translation>Overslaan ▶▶</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Overslaan</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>This week&apos;s levels</source>
        <translation>Niveaus van deze week</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Veiligheidsinformatie</translation>
    </message>
    <message>
        <source>And now: how much does your back hurt?</source>
        <translation>En nu: hoeveel pijn doet je rug?</translation>
    </message>
    <message>
        <source>↺ Again</source>
        <translation>↺ Nog een keer</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nog een keer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation>Training stoppen?</translation>
    </message>
    <message>
        <source>Stop now? What you have done so far is kept.</source>
        <translation>Nu stoppen? Wat je tot nu toe hebt gedaan, blijft bewaard.</translation>
    </message>
    <message>
        <source>Noted: %1 hurt.</source>
        <translation>Genoteerd: %1 deed pijn.</translation>
    </message>
    <message>
        <source>It goes one level back next week.</source>
        <translation>Volgende week gaat deze oefening een niveau terug.</translation>
    </message>
    <message>
        <source>Paused: S skips this exercise, Esc stops the workout, Space goes on.</source>
        <translation>Gepauzeerd. S: deze oefening overslaan, Esc: de training stoppen, spatie: hervatten.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Voorvertoning: %1</translation>
    </message>
    <message>
        <source>Paused: the computer was asleep for %1. Press Space to go on.</source>
        <translation>Gepauzeerd: de computer stond %1 in de slaapstand. Druk op spatie om te hervatten.</translation>
    </message>
    <message>
        <source>Sound is not available on this computer: the countdown flashes at each cue instead.</source>
        <translation>Geluid is op deze computer niet beschikbaar: het aftellen knippert in plaats daarvan bij elk signaal.</translation>
    </message>
    <message>
        <source>The voice stopped working: the beeps carry on.</source>
        <translation>De stem werkt niet meer: de piepjes gaan door.</translation>
    </message>
    <message>
        <source>Well done!</source>
        <translation>Goed gedaan!</translation>
    </message>
    <message>
        <source>Stopped early — what you did is kept.</source>
        <translation>Eerder gestopt — wat je deed, blijft bewaard.</translation>
    </message>
    <message>
        <source>Exercise time %1 · %2 of %3 steps done</source>
        <translation>Oefentijd %1 · %2 van %3 oefeningen gedaan</translation>
    </message>
    <message>
        <source>A preview: it is not kept in your history.</source>
        <translation>Een voorvertoning: die komt niet in je geschiedenis.</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <source>Press Space or Start to begin</source>
        <translation>Druk op spatie of Start om te beginnen</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Maak je klaar</translation>
    </message>
    <message>
        <source>Your pace · time so far</source>
        <translation>In je eigen tempo · tijd tot nu toe</translation>
    </message>
    <message>
        <source>Press Space when you have done them</source>
        <translation>Druk op spatie als je ze gedaan hebt</translation>
    </message>
    <message>
        <source>Time so far</source>
        <translation>Tijd tot nu toe</translation>
    </message>
    <message>
        <source>Rep %1 of %2</source>
        <translation>Herhaling %1 van %2</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Herhaling</translation>
    </message>
    <message>
        <source>Paused — press Space to go on</source>
        <translation>Gepauzeerd — druk op spatie om te hervatten</translation>
    </message>
    <message>
        <source>%1&#xa0;% done</source>
        <translation>%1&#xa0;% gedaan</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>nog %1</translation>
    </message>
    <message>
        <source>▶ Resume</source>
        <translation>▶ Hervatten</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Hervatten</translation>
    </message>
    <message>
        <source>%1 left · %2</source>
        <translation>nog %1 · %2</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>Countdown size (%)</source>
        <translation>Grootte van het aftellen (%)</translation>
    </message>
    <message>
        <source>Play sound cues</source>
        <translation>Geluidssignalen afspelen</translation>
    </message>
    <message>
        <source>Volume (%)</source>
        <translation>Volume (%)</translation>
    </message>
    <message>
        <source>Speak exercise names</source>
        <translation>Namen van oefeningen uitspreken</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Stem</translation>
    </message>
    <message>
        <source>Say each movement</source>
        <translation>Elke beweging uitspreken</translation>
    </message>
    <message>
        <source>Count reps aloud</source>
        <translation>Herhalingen hardop tellen</translation>
    </message>
    <message>
        <source>Play cues early by (ms)</source>
        <translation>Signalen eerder afspelen (ms)</translation>
    </message>
    <message>
        <source>Default get-ready time (s)</source>
        <translation>Standaard voorbereidingstijd (s)</translation>
    </message>
    <message>
        <source>Weekly goal (sessions)</source>
        <translation>Weekdoel (sessies)</translation>
    </message>
    <message>
        <source>First day of the week</source>
        <translation>Eerste dag van de week</translation>
    </message>
    <message>
        <source>A new day starts at (hour)</source>
        <translation>Een nieuwe dag begint om (uur)</translation>
    </message>
    <message>
        <source>Ask for a pain rating</source>
        <translation>Vragen naar een pijnscore</translation>
    </message>
    <message>
        <source>Keep the screen on during a workout</source>
        <translation>Scherm aan laten tijdens een training</translation>
    </message>
    <message>
        <source>Safety notice shown</source>
        <translation>Veiligheidsinformatie getoond</translation>
    </message>
    <message>
        <source>Remind me to exercise</source>
        <translation>Herinner me aan mijn oefeningen</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Tijd van de herinnering</translation>
    </message>
    <message>
        <source>Remind me on</source>
        <translation>Herinner me op</translation>
    </message>
    <message>
        <source>Start at login, minimised to the tray</source>
        <translation>Bij het inloggen starten, als pictogram in het systeemvak</translation>
    </message>
    <message>
        <source>Told that backtimer keeps running in the tray</source>
        <translation>Gemeld dat backtimer in het systeemvak blijft draaien</translation>
    </message>
    <message>
        <source>Sync folder</source>
        <translation>Synchronisatiemap</translation>
    </message>
    <message>
        <source>Window size and position</source>
        <translation>Venstergrootte en -positie</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>%1 %2&#xa0;s (up from %3&#xa0;s)</source>
        <translation>%1 %2&#xa0;s (was %3&#xa0;s)</translation>
    </message>
    <message>
        <source>%1 %2&#xa0;s (down from %3&#xa0;s)</source>
        <translation>%1 %2&#xa0;s (was %3&#xa0;s)</translation>
    </message>
    <message>
        <source>%1 holds %2&#xa0;s (up from %3&#xa0;s)</source>
        <translation>%1 %2&#xa0;s vasthouden (was %3&#xa0;s)</translation>
    </message>
    <message>
        <source>%1 holds %2&#xa0;s (down from %3&#xa0;s)</source>
        <translation>%1 %2&#xa0;s vasthouden (was %3&#xa0;s)</translation>
    </message>
    <message>
        <source>%1 %2&#xa0;reps (up from %3)</source>
        <translation>%1 %2&#xa0;herhalingen (was %3)</translation>
    </message>
    <message>
        <source>%1 %2&#xa0;reps (down from %3)</source>
        <translation>%1 %2&#xa0;herhalingen (was %3)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, holding %2&#xa0;s</source>
        <translation>%1, %2&#xa0;s vasthouden</translation>
    </message>
    <message>
        <source>%1 — level %2 of %3: %4</source>
        <translation>%1 — niveau %2 van %3: %4</translation>
    </message>
    <message>
        <source>Progressive loading is on. Do this routine %1&#xa0;times this week without more pain afterwards, and next week it gets a notch harder.</source>
        <translation>Opbouw staat aan. Doe deze routine deze week %1&#xa0;keer zonder meer pijn achteraf, dan wordt ze volgende week een tandje zwaarder.</translation>
    </message>
    <message>
        <source>This week: %1</source>
        <translation>Deze week: %1</translation>
    </message>
    <message>
        <source>At the top level now: %1.</source>
        <translation>Nu op het hoogste niveau: %1.</translation>
    </message>
    <message>
        <source>Same as last week: every step is at its top level.</source>
        <translation>Niets veranderd sinds vorige week: elke stap zit op zijn hoogste niveau.</translation>
    </message>
    <message>
        <source>Same as last week: you did this routine %1 of the %2&#xa0;times needed to step up.</source>
        <translation>Niets veranderd sinds vorige week: je deed deze routine %1 van de %2&#xa0;keer die nodig zijn om op te bouwen.</translation>
    </message>
    <message>
        <source>• Each step stops at its top level (for example superman 10 repetitions with holds of 5 s, child&apos;s pose 60 s, bridges 15 repetitions).</source>
        <translation>• Elke stap stopt op zijn hoogste niveau (bijvoorbeeld superman 10 herhalingen van 5 s vasthouden, kindhouding 60 s, bruggetje 15 herhalingen).</translation>
    </message>
    <message>
        <source>Same as last week: your pain after sessions went up a little, so nothing steps up.</source>
        <translation>Niets veranderd sinds vorige week: je pijn na de sessies nam iets toe, dus er wordt niets zwaarder.</translation>
    </message>
    <message>
        <source>Pain went up last week, so these steps are one level easier. Ease off if it hurts — see the safety notice.</source>
        <translation>Vorige week nam de pijn toe, dus deze stappen zijn een niveau lichter. Doe het rustiger aan als het pijn doet — zie de veiligheidsinformatie.</translation>
    </message>
    <message>
        <source>You marked a step “this hurt” last week, so it is one level easier. Ease off if it hurts — see the safety notice.</source>
        <translation>Je markeerde vorige week een stap met ‘dit deed pijn’, dus die is een niveau lichter. Doe het rustiger aan als het pijn doet — zie de veiligheidsinformatie.</translation>
    </message>
    <message>
        <source>• A week in which you did this routine at least %1&#xa0;times (your weekly goal) and your pain after sessions did not go up: each step gets one notch harder the next week — a longer hold, then one more repetition.</source>
        <translation>• Een week waarin je deze routine minstens %1&#xa0;keer deed (je weekdoel) en je pijn na de sessies niet toenam: elke stap wordt de week erna een tandje zwaarder — langer vasthouden, daarna één herhaling meer.</translation>
    </message>
    <message>
        <source>• Pain after sessions 2 or more points higher than the week before: every step goes one level back.</source>
        <translation>• Pijn na de sessies 2 of meer punten hoger dan de week ervoor: elke stap gaat een niveau terug.</translation>
    </message>
    <message>
        <source>• A step you marked “this hurt” (button or key H): that step goes one level back.</source>
        <translation>• Een stap die je markeerde met ‘dit deed pijn’ (knop of toets H): die stap gaat een niveau terug.</translation>
    </message>
    <message>
        <source>• Fewer sessions than your goal: the levels stay as they are.</source>
        <translation>• Minder sessies dan je doel: de niveaus blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>Weeks count from the week progression was turned on or reset. Runs at a faster test speed do not count.</source>
        <translation>Weken tellen vanaf de week waarin opbouw aan- of teruggezet werd. Sessies op een snellere testsnelheid tellen niet mee.</translation>
    </message>
</context>
<context>
    <name>ProgressionPanel</name>
    <message>
        <source>Progression</source>
        <translation>Opbouw</translation>
    </message>
    <message>
        <source>Build up week by week</source>
        <translation>Week na week opbouwen</translation>
    </message>
    <message>
        <source>The rules</source>
        <translation>De regels</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Reset to starting level…</source>
        <translation>Terug naar het beginniveau…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>De geschiedenis kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>progressive loading could not be saved (%1)</source>
        <translation>de opbouw kon niet worden opgeslagen (%1)</translation>
    </message>
    <message>
        <source>Off: %1 runs as written.</source>
        <translation>Uit: %1 blijft zoals ze is, zonder opbouw.</translation>
    </message>
    <message>
        <source>Every step as written (its starting level).</source>
        <translation>Elke stap zoals hij in de routine staat (het beginniveau).</translation>
    </message>
    <message>
        <source>On: weeks count from the week of %1.</source>
        <translation>Aan: weken tellen vanaf de week van %1.</translation>
    </message>
    <message>
        <source>Reset to starting level</source>
        <translation>Terug naar het beginniveau</translation>
    </message>
    <message>
        <source>Start %1 again at the levels as written? Weeks will count from this week. Your history is kept.</source>
        <translation>%1 opnieuw beginnen op het beginniveau? Weken tellen dan vanaf deze week. Je geschiedenis blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>RatingScale</name>
    <message>
        <source>✓ %1 — noted</source>
        <translation>✓ %1 — genoteerd</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source>No day is chosen, so no reminder will come.</source>
        <translation>Er is geen dag gekozen, dus er komt geen herinnering.</translation>
    </message>
    <message>
        <source>No reminder comes on a day you have already done a workout. The reminder offers Start, or Later to remind you again in %1&#xa0;minutes.</source>
        <translation>Op een dag waarop je al hebt geoefend, komt er geen herinnering. In de herinnering kies je Starten, of Later voor een nieuwe herinnering over %1&#xa0;minuten.</translation>
    </message>
    <message>
        <source>This desktop shows no system tray. Reminders need backtimer running with an icon in the tray, so here they only appear while the backtimer window is open. You can still set them for a desktop that has a tray.</source>
        <translation>Dit bureaublad heeft geen systeemvak. Herinneringen komen van het pictogram van backtimer in het systeemvak; hier verschijnen ze dus alleen zolang het venster van backtimer open is. Je kunt ze wel instellen voor een bureaublad dat een systeemvak heeft.</translation>
    </message>
    <message>
        <source>At login backtimer then starts without a window, as an icon in the tray, so the reminder can come.</source>
        <translation>Bij het inloggen start backtimer dan zonder venster, als pictogram in het systeemvak, zodat de herinnering kan komen.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Herinneringen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>goal: %1 a week</source>
        <translation>doel: %1 per week</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vooraf</translation>
    </message>
    <message>
        <source>after</source>
        <translation>achteraf</translation>
    </message>
    <message>
        <source>weekly mean</source>
        <translation>weekgemiddelde</translation>
    </message>
    <message>
        <source>The report could not be drawn.</source>
        <translation>Het verslag kon niet getekend worden.</translation>
    </message>
    <message>
        <source>backtimer is a home exercise timer for the lower back. Every figure in this report was entered by the person themselves (self-reported) and measures what was done, not a diagnosis.</source>
        <translation>backtimer is een oefentimer voor de onderrug, voor thuis. Elk cijfer in dit verslag is door de persoon zelf ingevoerd (zelfrapportage) en geeft weer wat er gedaan is, geen diagnose.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
    <message>
        <source>Nothing recorded yet</source>
        <translation>Nog niets vastgelegd</translation>
    </message>
    <message>
        <source>No exercise sessions were recorded in this period. Once workouts are done with backtimer, this report shows how often and how long, how the back felt before and after, and what was done of each exercise.</source>
        <translation>In deze periode zijn geen oefensessies vastgelegd. Zodra er met backtimer geoefend is, laat dit verslag zien hoe vaak en hoe lang, hoe de rug voelde voor en na het oefenen, en wat er van elke oefening gedaan is.</translation>
    </message>
    <message>
        <source>Home exercise report</source>
        <translation>Verslag van de thuisoefeningen</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <source>%1&#xa0;weeks</source>
        <translation>%1&#xa0;weken</translation>
    </message>
    <message>
        <source>Period: %1 – %2 (%3)</source>
        <translation>Periode: %1 – %2 (%3)</translation>
    </message>
    <message>
        <source>Made on %1 with backtimer %2</source>
        <translation>Gemaakt op %1 met backtimer %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Naam:</translation>
    </message>
    <message>
        <source>Routines and how they are prescribed now</source>
        <translation>Routines en hoe ze nu zijn voorgeschreven</translation>
    </message>
    <message>
        <source>%1 — %2&#xa0;sessions, %3 completed</source>
        <translation>%1 — %2&#xa0;sessies, %3 voltooid</translation>
    </message>
    <message>
        <source>No longer in the routine list.</source>
        <translation>Staat niet meer in de lijst met routines.</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Therapietrouw</translation>
    </message>
    <message>
        <source>Weekly goal: %1&#xa0;sessions</source>
        <translation>Weekdoel: %1&#xa0;sessies</translation>
    </message>
    <message>
        <source>Sessions completed: %1 (stopped early: %2, interrupted: %3)</source>
        <translation>Sessies voltooid: %1 (eerder gestopt: %2, onderbroken: %3)</translation>
    </message>
    <message>
        <source>Weeks that met the goal: %1 of %2 (%3&#xa0;%)</source>
        <translation>Weken waarin het doel gehaald is: %1 van %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Exercise minutes: %1 in all, %2 a week on average</source>
        <translation>Oefenminuten: %1 in totaal, gemiddeld %2 per week</translation>
    </message>
    <message>
        <source>This week is not over yet; it counts once it meets the goal (hatched in the chart).</source>
        <translation>Deze week is nog niet voorbij; ze telt mee zodra het doel gehaald is (gearceerd in de grafiek).</translation>
    </message>
    <message>
        <source>Completed sessions per week</source>
        <translation>Voltooide sessies per week</translation>
    </message>
    <message>
        <source>Pain (self-rated, 0 = none, 10 = worst)</source>
        <translation>Pijn (zelf beoordeeld, 0 = geen, 10 = ergst)</translation>
    </message>
    <message>
        <source>No pain ratings were given in this period.</source>
        <translation>In deze periode is geen pijn beoordeeld.</translation>
    </message>
    <message>
        <source>Average before a session: %1 (%2 ratings)</source>
        <translation>Gemiddeld voor een sessie: %1 (%2 beoordelingen)</translation>
    </message>
    <message>
        <source>Average after a session: %1 (%2 ratings)</source>
        <translation>Gemiddeld na een sessie: %1 (%2 beoordelingen)</translation>
    </message>
    <message>
        <source>Change within a session: %1 on average (%2&#xa0;sessions rated before and after)</source>
        <translation>Verschil binnen een sessie: gemiddeld %1 (%2&#xa0;sessies voor en na beoordeeld)</translation>
    </message>
    <message>
        <source>Trend, first %1&#xa0;weeks against the last %1: before %2 → %3, after %4 → %5</source>
        <translation>Verloop, eerste %1&#xa0;weken tegenover de laatste %1: vooraf %2 → %3, achteraf %4 → %5</translation>
    </message>
    <message>
        <source>Pain before and after each session</source>
        <translation>Pijn voor en na elke sessie</translation>
    </message>
    <message>
        <source>Effort (self-rated, 1–10): %1 on average over %2&#xa0;sessions, from %3 to %4</source>
        <translation>Inspanning (zelf beoordeeld, 1–10): gemiddeld %1 over %2&#xa0;sessies, van %3 tot %4</translation>
    </message>
    <message>
        <source>No effort ratings were given in this period.</source>
        <translation>In deze periode is geen inspanning beoordeeld.</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gedaan</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Herhalingen</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Marked “this hurt”</source>
        <translation>Gemarkeerd met ‘dit deed pijn’</translation>
    </message>
    <message>
        <source>Exercises: what was done, and “this hurt” marks</source>
        <translation>Oefeningen: wat er gedaan is, en markeringen ‘dit deed pijn’</translation>
    </message>
    <message>
        <source>Progressive loading</source>
        <translation>Geleidelijke opbouw</translation>
    </message>
    <message>
        <source>Progressive loading was off for the routines done in this period: they ran as written.</source>
        <translation>Geleidelijke opbouw stond uit voor de routines van deze periode: ze zijn gedaan zoals ze geschreven zijn.</translation>
    </message>
    <message>
        <source>%1 (on since the week of %2)</source>
        <translation>%1 (aan sinds de week van %2)</translation>
    </message>
    <message>
        <source>%1 (marked “this hurt”)</source>
        <translation>%1 (gemarkeerd met ‘dit deed pijn’)</translation>
    </message>
    <message>
        <source>%1 (pain rose)</source>
        <translation>%1 (pijn nam toe)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 van %2</translation>
    </message>
    <message>
        <source>Level at start</source>
        <translation>Niveau aan het begin</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>Niveau nu</translation>
    </message>
    <message>
        <source>One level back after the week of</source>
        <translation>Een niveau terug na de week van</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report for your physiotherapist</source>
        <translation>Verslag voor je fysiotherapeut</translation>
    </message>
    <message>
        <source>A page or two for your physiotherapist or doctor: how often you exercised against your weekly goal, how your back felt before and after, and what you did of each exercise.</source>
        <translation>Een pagina of twee voor je fysiotherapeut of arts: hoe vaak je geoefend hebt tegenover je weekdoel, hoe je rug voelde voor en na het oefenen, en wat je van elke oefening gedaan hebt.</translation>
    </message>
    <message>
        <source>&#xa0;weeks</source>
        <translation>&#xa0;weken</translation>
    </message>
    <message>
        <source>Weeks to report on</source>
        <translation>Aantal weken in het verslag</translation>
    </message>
    <message>
        <source>The last</source>
        <translation>De laatste</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Voorbeeld en afdrukken…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Opslaan als pdf…</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>De geschiedenis kon niet gelezen worden: %1</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Het verslag kon niet opgeslagen worden: %1</translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation>Opgeslagen als %1</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Verslag opslaan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>Pdf (*.pdf)</translation>
    </message>
    <message>
        <source>Report for your physiotherapist…</source>
        <translation>Verslag voor je fysiotherapeut…</translation>
    </message>
</context>
<context>
    <name>RoutineDraftsModel</name>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (ingebouwd)</translation>
    </message>
    <message>
        <source>%1 · total %2</source>
        <translation>%1 · totaal %2</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>Move step</source>
        <translation>Stap verplaatsen</translation>
    </message>
</context>
<context>
    <name>RoutineProblems</name>
    <message>
        <source>must be between %1 and %2</source>
        <translation>moet tussen %1 en %2 liggen</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>mag niet leeg zijn</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>must be a number</source>
        <translation>moet een getal zijn</translation>
    </message>
    <message>
        <source>one rep must take at least %1&#xa0;seconds</source>
        <translation>één herhaling moet minstens %1&#xa0;seconden duren</translation>
    </message>
    <message>
        <source>must have at least one step</source>
        <translation>moet minstens één stap hebben</translation>
    </message>
    <message>
        <source>must have at most %1 steps</source>
        <translation>mag hoogstens %1 stappen hebben</translation>
    </message>
    <message>
        <source>must be at most %1 characters</source>
        <translation>mag hoogstens %1 tekens lang zijn</translation>
    </message>
    <message>
        <source>unknown exercise &apos;%1&apos;</source>
        <translation>onbekende oefening ‘%1’</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>moet een van deze zijn: %1</translation>
    </message>
    <message>
        <source>must be text or an object with &apos;en&apos; and/or &apos;nl&apos;</source>
        <translation>moet tekst zijn, of een object met ‘en’ en/of ‘nl’</translation>
    </message>
    <message>
        <source>unknown language (use &apos;en&apos; or &apos;nl&apos;)</source>
        <translation>onbekende taal (gebruik ‘en’ of ‘nl’)</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>moet tekst zijn</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>onbekend veld</translation>
    </message>
    <message>
        <source>must be an object with up_s, hold_s, down_s, or null for self-paced</source>
        <translation>moet een object zijn met up_s, hold_s, down_s, of null (in je eigen tempo)</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>moet een object zijn</translation>
    </message>
    <message>
        <source>must be an exercise id</source>
        <translation>moet de id van een oefening zijn</translation>
    </message>
    <message>
        <source>must be 1-63 characters of a-z, 0-9 and &apos;-&apos;, starting with a letter or digit</source>
        <translation>moet 1-63 tekens a-z, 0-9 en ‘-’ zijn, beginnend met een letter of cijfer</translation>
    </message>
    <message>
        <source>must not contain line breaks or other control characters</source>
        <translation>mag geen regeleinden of andere stuurtekens bevatten</translation>
    </message>
    <message>
        <source>contains characters that are not valid text (lone surrogates)</source>
        <translation>bevat tekens die geen geldige tekst zijn (losse surrogaten)</translation>
    </message>
    <message>
        <source>must be a list of steps</source>
        <translation>moet een lijst van stappen zijn</translation>
    </message>
    <message>
        <source>must contain a JSON object</source>
        <translation>moet een JSON-object bevatten</translation>
    </message>
    <message>
        <source>must be &apos;%1&apos; (this is not a backtimer routine)</source>
        <translation>moet ‘%1’ zijn (dit is geen routine van backtimer)</translation>
    </message>
    <message>
        <source>must be a whole number from 1</source>
        <translation>moet een geheel getal vanaf 1 zijn</translation>
    </message>
    <message>
        <source>this routine file is version %1, newer than this app reads (%2); update backtimer to open it</source>
        <translation>dit routinebestand is versie %1, nieuwer dan deze app leest (%2); werk backtimer bij om het te openen</translation>
    </message>
    <message>
        <source>larger than %1&#xa0;kB, not a routine</source>
        <translation>groter dan %1&#xa0;kB, geen routine</translation>
    </message>
    <message>
        <source>not UTF-8 text (is it a binary file?)</source>
        <translation>geen UTF-8-tekst (is het een binair bestand?)</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>is leeg</translation>
    </message>
    <message>
        <source>nested too deeply to be a routine</source>
        <translation>te diep genest om een routine te zijn</translation>
    </message>
    <message>
        <source>not valid JSON (%1)</source>
        <translation>geen geldige JSON (%1)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kan niet gelezen worden (%1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not match the file name or is a built-in routine&apos;s</source>
        <translation>‘%1’ past niet bij de bestandsnaam of is die van een ingebouwde routine</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in routine; duplicate it to make your own</source>
        <translation>‘%1’ is een ingebouwde routine; dupliceer haar om er een eigen versie van te maken</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a built-in routine and cannot be deleted</source>
        <translation>‘%1’ is een ingebouwde routine en kan niet verwijderd worden</translation>
    </message>
</context>
<context>
    <name>RoutinesPage</name>
    <message>
        <source>File: %1.json</source>
        <translation>Bestand: %1.json</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Totaal: %1</translation>
    </message>
    <message>
        <source>Also check step %1 (marked in the list).</source>
        <translation>Kijk ook naar stap %1 (gemarkeerd in de lijst).</translation>
    </message>
    <message>
        <source>Rename routine</source>
        <translation>Naam van routine wijzigen</translation>
    </message>
    <message>
        <source>Change get-ready time</source>
        <translation>Voorbereidingstijd wijzigen</translation>
    </message>
    <message>
        <source>Change step</source>
        <translation>Stap wijzigen</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap weghalen</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Nieuwe routine</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie van %1</translation>
    </message>
    <message>
        <source>Duplicate routine</source>
        <translation>Routine dupliceren</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Routine verwijderen</translation>
    </message>
    <message>
        <source>Delete the routine “%1”?</source>
        <translation>De routine ‘%1’ verwijderen?</translation>
    </message>
    <message>
        <source>It is removed when you press OK or Apply; until then Undo brings it back.</source>
        <translation>Ze verdwijnt zodra je op OK of Toepassen drukt; tot dan haalt Ongedaan maken haar terug.</translation>
    </message>
    <message>
        <source>Import a routine</source>
        <translation>Een routine importeren</translation>
    </message>
    <message>
        <source>Routine files (*.json);;All files (*)</source>
        <translation>Routinebestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Het bestand kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>it is not a regular file, or it is larger than 1000&#xa0;kB, so it is not a routine</source>
        <translation>het is geen gewoon bestand, of het is groter dan 1000&#xa0;kB, dus het is geen routine</translation>
    </message>
    <message>
        <source>%1 is not a routine backtimer can use. Nothing was added.</source>
        <translation>%1 is geen routine die backtimer kan gebruiken. Er is niets toegevoegd.</translation>
    </message>
    <message>
        <source>Import routine</source>
        <translation>Routine importeren</translation>
    </message>
    <message>
        <source>Export a routine</source>
        <translation>Een routine exporteren</translation>
    </message>
    <message>
        <source>Fix the marked fields before exporting this routine.</source>
        <translation>Verbeter eerst de gemarkeerde velden voordat je deze routine exporteert.</translation>
    </message>
    <message>
        <source>Routine files (*.json)</source>
        <translation>Routinebestanden (*.json)</translation>
    </message>
    <message>
        <source>The file cannot be written: %1</source>
        <translation>Het bestand kan niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>RoutinesPageLayout</name>
    <message>
        <source>Step and progression</source>
        <translation>Stap en opbouw</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source>Progression</source>
        <translation>Opbouw</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliceren</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Naam wijzigen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>This is a built-in routine; it cannot be changed.</source>
        <translation>Dit is een ingebouwde routine; die kun je niet wijzigen.</translation>
    </message>
    <message>
        <source>Duplicate to edit</source>
        <translation>Dupliceren om te bewerken</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Get ready</source>
        <translation>Voorbereidingstijd</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Stappen</translation>
    </message>
    <message>
        <source>Exercise to add</source>
        <translation>Oefening om toe te voegen</translation>
    </message>
    <message>
        <source>Exercise:</source>
        <translation>Oefening:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Move the step up (Alt+Up)</source>
        <translation>Stap omhoog verplaatsen (Alt+Omhoog)</translation>
    </message>
    <message>
        <source>Move the step down (Alt+Down)</source>
        <translation>Stap omlaag verplaatsen (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Stap toevoegen</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Stap weghalen</translation>
    </message>
    <message>
        <source>Move step up</source>
        <translation>Stap omhoog</translation>
    </message>
    <message>
        <source>Move step down</source>
        <translation>Stap omlaag</translation>
    </message>
    <message>
        <source>Preview speed</source>
        <translation>Snelheid van de voorvertoning</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorvertoning</translation>
    </message>
    <message>
        <source>Play this routine, faster, to check it</source>
        <translation>Speel deze routine versneld af om haar te controleren</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Snelheid:</translation>
    </message>
</context>
<context>
    <name>SafetyNotice</name>
    <message>
        <source>New trouble passing urine, or losing control of your bladder or bowel</source>
        <translation>Sinds kort moeite met plassen, of geen controle meer over je blaas of darmen</translation>
    </message>
    <message>
        <source>Numbness around your anus, genitals or inner thighs (where a saddle would touch)</source>
        <translation>Een doof gevoel rond je anus, je geslachtsdelen of aan de binnenkant van je dijen (waar een fietszadel zou zitten)</translation>
    </message>
    <message>
        <source>A change in your sexual function</source>
        <translation>Een verandering in hoe je seksueel functioneert</translation>
    </message>
    <message>
        <source>Numbness or weakness in both legs, weakness that gets worse, or trouble walking</source>
        <translation>Een doof gevoel of zwakte in beide benen, zwakte die erger wordt, of moeite met lopen</translation>
    </message>
    <message>
        <source>Get emergency help the same day</source>
        <translation>Zoek nog dezelfde dag spoedhulp</translation>
    </message>
    <message>
        <source>Do not exercise. In the Netherlands call your GP (huisarts) or, outside office hours, the GP out-of-hours service (huisartsenpost) straight away; in the UK call 999 or go to A&amp;amp;E; elsewhere, your local emergency number. Do this if your back pain comes with:</source>
        <translation>Ga niet oefenen. Bel in Nederland meteen je huisarts of, buiten kantooruren, de huisartsenpost; in het Verenigd Koninkrijk 999 of ga naar de spoedeisende hulp (A&amp;amp;E); elders het plaatselijke alarmnummer. Doe dit als je rugpijn samengaat met:</translation>
    </message>
    <message>
        <source>The pain started after a fall, an accident or a blow to your back</source>
        <translation>De pijn begon na een val, een ongeluk of een klap op je rug</translation>
    </message>
    <message>
        <source>You have had cancer</source>
        <translation>Je hebt kanker gehad</translation>
    </message>
    <message>
        <source>The back pain is new and you are under 20 or over 50</source>
        <translation>De rugpijn is nieuw en je bent jonger dan 20 of ouder dan 50</translation>
    </message>
    <message>
        <source>The pain is constant, or at night it does not ease with rest or a change of position</source>
        <translation>De pijn is er voortdurend, of wordt ’s nachts niet minder door rust of een andere houding</translation>
    </message>
    <message>
        <source>You have osteoporosis, or have taken steroid tablets for a long time</source>
        <translation>Je hebt botontkalking (osteoporose), of slikt al lange tijd prednison of andere corticosteroïden</translation>
    </message>
    <message>
        <source>Your immune system is weakened, you had an infection recently, or you inject drugs</source>
        <translation>Je afweer is verzwakt, je had kort geleden een infectie, of je spuit drugs</translation>
    </message>
    <message>
        <source>You have a fever, or feel unwell alongside the back pain</source>
        <translation>Je hebt koorts, of voelt je naast de rugpijn ziek</translation>
    </message>
    <message>
        <source>You are losing weight without knowing why</source>
        <translation>Je valt af zonder dat je weet waarom</translation>
    </message>
    <message>
        <source>The shape of your back has visibly changed</source>
        <translation>De vorm van je rug is zichtbaar veranderd</translation>
    </message>
    <message>
        <source>The pain sits between your shoulder blades, or comes with chest pain</source>
        <translation>De pijn zit tussen je schouderbladen, of gaat samen met pijn op de borst</translation>
    </message>
    <message>
        <source>Numbness, tingling or weakness in one leg</source>
        <translation>Een doof gevoel, tintelingen of zwakte in één been</translation>
    </message>
    <message>
        <source>&lt;b&gt;See a doctor before you start&lt;/b&gt; if any of these is true:</source>
        <translation>&lt;b&gt;Ga eerst naar een arts&lt;/b&gt; als een van deze dingen voor je geldt:</translation>
    </message>
    <message>
        <source>Ask your doctor or physiotherapist first, too, if you are pregnant (several exercises are done lying on your front) or have had back surgery recently.</source>
        <translation>Overleg ook eerst met je arts of fysiotherapeut als je zwanger bent (bij een aantal oefeningen lig je op je buik) of kort geleden aan je rug bent geopereerd.</translation>
    </message>
    <message>
        <source>While you exercise, move within what feels comfortable. &lt;b&gt;Stop at once&lt;/b&gt; if you feel sharp pain, or pain that spreads into your buttock or leg.</source>
        <translation>Beweeg tijdens het oefenen binnen wat prettig voelt. &lt;b&gt;Stop meteen&lt;/b&gt; bij scherpe pijn, of pijn die uitstraalt naar je bil of been.</translation>
    </message>
    <message>
        <source>See your doctor or physiotherapist if the pain has not improved after about 4 to 6 weeks, or keeps getting worse.</source>
        <translation>Ga naar je huisarts of fysiotherapeut als de pijn na ongeveer 4 tot 6 weken niet minder is geworden, of steeds erger wordt.</translation>
    </message>
    <message>
        <source>backtimer guides you through exercises. It is not medical advice, it does not treat anything, and it does not replace a doctor or physiotherapist.</source>
        <translation>backtimer begeleidt je bij het oefenen. Het is geen medisch advies, het behandelt niets en het vervangt geen arts of fysiotherapeut.</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Veiligheidsinformatie</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Voordat je begint</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Begrepen</translation>
    </message>
    <message>
        <source>backtimer guides you through exercises; it is not medical advice and does not replace a doctor or physiotherapist.</source>
        <translation>backtimer begeleidt je bij oefeningen; het is geen medisch advies en vervangt geen arts of fysiotherapeut.</translation>
    </message>
</context>
<context>
    <name>ScreenInhibitor</name>
    <message>
        <source>A workout is running</source>
        <translation>Er loopt een training</translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Pain before → after</source>
        <translation>Pijn voor → na</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>voltooid</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>eerder gestopt</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>bezig</translation>
    </message>
    <message>
        <source>test run ×%1</source>
        <translation>testrun ×%1</translation>
    </message>
    <message>
        <source>%1&#xa0;reps</source>
        <translation>%1&#xa0;herhalingen</translation>
    </message>
    <message>
        <source>%1 sets, %2</source>
        <translation>%1 sets, %2</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(overgeslagen)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Onderdelen van de instellingen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Routines</translation>
    </message>
    <message>
        <source>Some values are not right yet (marked in red); fix them to save.</source>
        <translation>Sommige waarden kloppen nog niet (rood gemarkeerd); verbeter ze om op te slaan.</translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation>De wijzigingen konden niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>Throw away the changes you made?</source>
        <translation>Je wijzigingen weggooien?</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
<context>
    <name>SoundPage</name>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeeminstelling</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Afstellen</translation>
    </message>
    <message>
        <source>Calibrate plays a beep and lights the square. Raise the number if the beep comes after the light, lower it if before.</source>
        <translation>Afstellen speelt een piep en laat het vierkantje oplichten. Verhoog het getal als de piep na het licht komt, verlaag het als hij ervoor komt.</translation>
    </message>
    <message>
        <source>Sound and voice</source>
        <translation>Geluid en stem</translation>
    </message>
    <message>
        <source>No sound output was found on this computer.</source>
        <translation>Op deze computer is geen geluidsuitvoer gevonden.</translation>
    </message>
    <message>
        <source>The sound file is missing, so cues stay silent.</source>
        <translation>Het geluidsbestand ontbreekt, dus de signalen blijven stil.</translation>
    </message>
    <message>
        <source>No speech engine was found; exercise names are not spoken.</source>
        <translation>Er is geen spraakprogramma gevonden; de namen van oefeningen worden niet uitgesproken.</translation>
    </message>
    <message>
        <source>The speech engine does not work here; exercise names are not spoken.</source>
        <translation>Het spraakprogramma werkt hier niet; de namen van oefeningen worden niet uitgesproken.</translation>
    </message>
    <message>
        <source>The speech engine has no voice for this language; exercise names are not spoken.</source>
        <translation>Het spraakprogramma heeft geen stem voor deze taal; de namen van oefeningen worden niet uitgesproken.</translation>
    </message>
    <message>
        <source>The speech engine offers one voice.</source>
        <translation>Het spraakprogramma heeft één stem.</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>backtimer could not start</source>
        <translation>backtimer kon niet starten</translation>
    </message>
    <message>
        <source>Part of backtimer could not be set up, so it closes rather than run without saving your workouts. Your history is unchanged.

%1</source>
        <translation>Een deel van backtimer kon niet worden klaargezet. backtimer sluit daarom af, in plaats van verder te draaien zonder je trainingen op te slaan. Je geschiedenis is niet veranderd.

%1</translation>
    </message>
</context>
<context>
    <name>StepForm</name>
    <message>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Vasthouden</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Herhalingen</translation>
    </message>
    <message>
        <source>At my own pace</source>
        <translation>In mijn eigen tempo</translation>
    </message>
    <message>
        <source>No tempo: after the repetitions, click Done or press Space</source>
        <translation>Geen tempo: na de herhalingen klik je op ‘Klaar’ of druk je op spatie</translation>
    </message>
    <message>
        <source>No sides</source>
        <translation>Niet per kant</translation>
    </message>
    <message>
        <source>Left, then right</source>
        <translation>Links, dan rechts</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Oefening</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Hold for</source>
        <translation>Houdtijd</translation>
    </message>
    <message>
        <source>Tempo</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Hold at the top</source>
        <translation>Boven vasthouden</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sets</translation>
    </message>
    <message>
        <source>Rest between reps</source>
        <translation>Rust tussen herhalingen</translation>
    </message>
    <message>
        <source>Rest between sets</source>
        <translation>Rust tussen sets</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Per kant</translation>
    </message>
    <message>
        <source>Time to switch sides</source>
        <translation>Tijd om van kant te wisselen</translation>
    </message>
    <message>
        <source>Rest after the step</source>
        <translation>Rust na de stap</translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Van %1 tot %2</translation>
    </message>
    <message>
        <source>(no illustration yet)</source>
        <translation>(nog geen afbeelding)</translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message>
        <source>%1&#xa0;s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>%1&#xa0;reps</source>
        <translation>%1&#xa0;herhalingen</translation>
    </message>
    <message>
        <source>%1 per side</source>
        <translation>%1 per kant</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>A routine was changed on this computer and on another one at the same time. Both versions are kept, so nothing is lost; the second one is called:

%1

Keep the one you want and delete the other under Settings → Routines.</source>
        <translation>Een routine is op deze computer en op een andere tegelijk veranderd. Beide versies blijven bewaard, dus er gaat niets verloren; de tweede heet:

%1

Bewaar de versie die je wilt en verwijder de andere onder Instellingen → Routines.</translation>
    </message>
    <message>
        <source>Routine kept in two versions</source>
        <translation>Routine in twee versies bewaard</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>No sync</source>
        <translation>Niet synchroniseren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Choose a folder that Syncthing, Nextcloud or Dropbox keeps on each computer you use. backtimer writes small files of its own there, in a folder named ‘backtimer’ (never the history database itself), and takes in what your other computers wrote: at start, after each workout and whenever their files arrive.</source>
        <translation>Kies een map die Syncthing, Nextcloud of Dropbox bijhoudt op elke computer die je gebruikt. backtimer zet daar eigen kleine bestanden neer, in een map ‘backtimer’ (nooit de geschiedenisdatabase zelf), en neemt over wat je andere computers daar schreven: bij het starten, na elke training en zodra hun bestanden binnenkomen.</translation>
    </message>
    <message>
        <source>Sessions with their steps, pain and effort, deleted sessions, your own routines and their progression travel. Settings stay on each computer. When two computers changed the same routine at once, both versions are kept.</source>
        <translation>Sessies met hun stappen, pijn en inspanning, verwijderde sessies, je eigen routines en hun opbouw gaan mee. Instellingen blijven per computer. Als twee computers dezelfde routine tegelijk veranderden, blijven beide versies bewaard.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisatie</translation>
    </message>
    <message>
        <source>Choose the sync folder</source>
        <translation>Kies de synchronisatiemap</translation>
    </message>
    <message>
        <source>Give the whole path of the folder, from the top.</source>
        <translation>Geef het volledige pad van de map, vanaf de hoofdmap.</translation>
    </message>
    <message>
        <source>There is no folder %1. Choose one that exists (is its disk connected?).</source>
        <translation>Er is geen map %1. Kies een map die bestaat (is de schijf aangesloten?).</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>The sync could not start (%1).</source>
        <translation>De synchronisatie kon niet starten (%1).</translation>
    </message>
    <message>
        <source>The sync was stopped before it finished.</source>
        <translation>De synchronisatie is gestopt voordat ze klaar was.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sync: not synced yet.</source>
        <translation>Synchronisatie: nog niet gesynchroniseerd.</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>vandaag om %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Synced %1; no other computer has written to the folder yet.</source>
        <translation>Gesynchroniseerd %1; nog geen andere computer heeft iets in de map gezet.</translation>
    </message>
    <message>
        <source>Synced %1 with 1 other computer.</source>
        <translation>Gesynchroniseerd %1 met 1 andere computer.</translation>
    </message>
    <message>
        <source>Synced %1 with %2 other computers.</source>
        <translation>Gesynchroniseerd %1 met %2 andere computers.</translation>
    </message>
    <message>
        <source>The last try failed: %1</source>
        <translation>De laatste poging mislukte: %1</translation>
    </message>
    <message>
        <source>the folder %1 is not there (is its disk connected?).</source>
        <translation>de map %1 is er niet (is de schijf aangesloten?).</translation>
    </message>
    <message>
        <source>the folder %1 cannot be written.</source>
        <translation>in de map %1 kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>the folder %1 went away during the sync; what came before that is kept.</source>
        <translation>de map %1 verdween tijdens het synchroniseren; wat daarvoor binnenkwam, blijft bewaard.</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Start a routine</source>
        <translation>Een routine starten</translation>
    </message>
    <message>
        <source>Remind me in %1&#xa0;minutes</source>
        <translation>Herinner me over %1&#xa0;minuten</translation>
    </message>
    <message>
        <source>Show window</source>
        <translation>Venster tonen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>De geschiedenis kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>The history is not available</source>
        <translation>De geschiedenis is niet beschikbaar</translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation>Nog geen reeks</translation>
    </message>
    <message>
        <source>Streak: 1 day</source>
        <translation>Reeks: 1 dag</translation>
    </message>
    <message>
        <source>Streak: %1&#xa0;days</source>
        <translation>Reeks: %1&#xa0;dagen</translation>
    </message>
    <message>
        <source>This week: %1 of %2&#xa0;sessions</source>
        <translation>Deze week: %1 van %2&#xa0;sessies</translation>
    </message>
    <message>
        <source>Time for your back routine</source>
        <translation>Tijd voor je rugroutine</translation>
    </message>
    <message>
        <source>Click here to open it. Not now? Choose “Remind me in %1&#xa0;minutes” in the tray icon&apos;s menu.</source>
        <translation>Klik hier om de routine te openen. Nu niet? Kies ‘Herinner me over %1&#xa0;minuten’ in het menu van het pictogram in het systeemvak.</translation>
    </message>
    <message>
        <source>Later reminds you again in %1&#xa0;minutes.</source>
        <translation>Kies je Later, dan krijg je over %1&#xa0;minuten een nieuwe herinnering.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>backtimer: next reminder %1</source>
        <translation>backtimer: volgende herinnering %1</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Starting at login could not be changed: %1</source>
        <translation>Starten bij het inloggen kon niet worden aangepast: %1</translation>
    </message>
    <message>
        <source>Time for your back routine</source>
        <translation>Tijd voor je rugroutine</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Later reminds you again in %1&#xa0;minutes.</source>
        <translation>Kies je Later, dan krijg je over %1&#xa0;minuten een nieuwe herinnering.</translation>
    </message>
    <message>
        <source>backtimer is still running</source>
        <translation>backtimer draait nog</translation>
    </message>
    <message>
        <source>It stays in the tray to remind you. To quit, choose Quit in the tray icon&apos;s menu.</source>
        <translation>backtimer blijft in het systeemvak staan om je te herinneren. Wil je afsluiten, kies dan Afsluiten in het menu van het pictogram in het systeemvak.</translation>
    </message>
</context>
<context>
    <name>WeekTable</name>
    <message>
        <source>Weeks in numbers</source>
        <translation>Weken in cijfers</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Week van</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Pain before</source>
        <translation>Pijn ervoor</translation>
    </message>
    <message>
        <source>Pain after</source>
        <translation>Pijn erna</translation>
    </message>
    <message>
        <source>met</source>
        <translation>gehaald</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>niet gehaald</translation>
    </message>
</context>
<context>
    <name>WeeklyBars</name>
    <message>
        <source>goal %1</source>
        <translation>doel %1</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessies</translation>
    </message>
    <message>
        <source>%1+ sessions: goal met</source>
        <translation>%1+ sessies: doel gehaald</translation>
    </message>
    <message>
        <source>fewer sessions</source>
        <translation>minder sessies</translation>
    </message>
</context>
<context>
    <name>WorkoutPage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Routines you make start with this; each keeps its own, which you can change on the Routines page.</source>
        <translation>Routines die je maakt beginnen hiermee; elke routine houdt haar eigen tijd, die je op de pagina Routines kunt wijzigen.</translation>
    </message>
    <message>
        <source>A workout just after midnight still counts for the day before, until this hour.</source>
        <translation>Een training net na middernacht telt tot dit uur nog voor de dag ervoor.</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>YearCalendar</name>
    <message>
        <source>%1&#xa0;minutes</source>
        <translation>%1&#xa0;minuten</translation>
    </message>
</context>
</TS>
