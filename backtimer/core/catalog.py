"""The built-in catalog: every exercise of the seed article and the ready-made routines."""

from __future__ import annotations

from dataclasses import replace

from backtimer.core.routine import Exercise, Routine, Step, Tempo


def _exercise(exercise_id: str, category: str, name: tuple[str, str],
              instruction: tuple[str, str], how_en: str, how_nl: str) -> Exercise:
    """An exercise from (English, Dutch) pairs; its illustration shares its id."""
    return Exercise(
        id=exercise_id,
        name={"en": name[0], "nl": name[1]},
        instruction={"en": instruction[0], "nl": instruction[1]},
        category=category,
        illustration=exercise_id,
        how_to={"en": how_en, "nl": how_nl},
    )


_EXERCISE_LIST = (
    _exercise(
        "glute-bridge", "strength",
        ("Glute bridge", "Bruggetje"),
        ("Push your hips up to a straight line, knees to shoulders",
         "Til je heupen op tot knieën, heupen en schouders één lijn vormen"),
        how_en=("Lie on your back with your knees bent and your feet flat on the floor, "
                "hip-width apart. Keep your lower back neutral, neither arched nor pressed flat, "
                "and tighten your belly muscles like a belt around your waist. Squeeze your "
                "glutes and breathe out as you lift your hips until knees, hips and shoulders "
                "line up. Hold briefly at the top and keep breathing, then roll down slowly. "
                "Later on, once this is easy and pain-free, you can make it harder with your "
                "feet on a gym ball. Stop if you feel sharp pain."),
        how_nl=("Lig op je rug met gebogen knieën en je voeten plat op de vloer, op heupbreedte. "
                "Houd je onderrug neutraal, niet hol en niet plat gedrukt, en span je "
                "buikspieren aan als een gordel om je middel. Span je bilspieren aan en adem uit "
                "terwijl je je heupen optilt tot knieën, heupen en schouders op één lijn liggen. "
                "Houd dat even vast en blijf doorademen; rol dan langzaam terug naar de vloer. "
                "Gaat dit makkelijk en pijnvrij, dan kun je het later zwaarder maken met je "
                "voeten op een zitbal. Stop als je scherpe pijn voelt."),
    ),
    _exercise(
        "superman", "strength",
        ("Superman", "Superman"),
        ("Face down: lift arms and legs a little, hold, then lower",
         "Op je buik: til armen en benen een stukje op, houd vast, laat zakken"),
        how_en=("Lie face down with your arms stretched out in front and your legs long. "
                "Tighten your belly muscles gently, like a belt. Breathe out as you lift arms "
                "and legs just off the floor together, neck long and eyes on the floor. Hold "
                "for 3 to 5 seconds and keep breathing, then lower with control. A variation "
                "for later: a foam roller under your chest or hips. Stop if you feel sharp "
                "pain."),
        how_nl=("Lig op je buik met je armen gestrekt voor je en je benen lang. Span je "
                "buikspieren licht aan, als een gordel. Adem uit terwijl je armen en benen samen "
                "net van de vloer tilt, met een lange nek en je blik naar de vloer. Houd 3 tot 5 "
                "tellen vast en blijf doorademen; laat ze dan gecontroleerd zakken. Een variatie "
                "voor later: een foamroller onder je borst of heupen. Stop als je scherpe pijn "
                "voelt."),
    ),
    _exercise(
        "pelvic-tilt", "mobility",
        ("Pelvic tilt", "Bekkenkanteling"),
        ("Tilt your pelvis so your lower back flattens onto the floor",
         "Kantel je bekken zodat je onderrug plat op de vloer komt"),
        how_en=("Lie on your back with your knees bent and your feet flat on the floor. Gently "
                "tilt your pelvis so your lower back presses into the floor, then let it ease "
                "back. Move slowly and keep breathing; this one is gentle enough to do every "
                "day."),
        how_nl=("Lig op je rug met gebogen knieën en je voeten plat op de vloer. Kantel je "
                "bekken rustig zodat je onderrug tegen de vloer drukt, en laat dan weer los. "
                "Beweeg langzaam en blijf ademen; deze oefening is rustig genoeg om elke dag te "
                "doen."),
    ),
    _exercise(
        "lumbar-rotation", "mobility",
        ("Lumbar rotation", "Lumbale rotatie"),
        ("Let both knees sink to one side, shoulders stay flat on the floor",
         "Laat beide knieën opzij zakken, je schouders blijven plat op de vloer"),
        how_en=("Lie on your back with your knees bent and together, arms out to the sides. Let "
                "your knees sink slowly to one side as far as feels comfortable, keeping both "
                "shoulders on the floor. Bring them back to the middle and do the other side. "
                "Stop if you feel sharp pain."),
        how_nl=("Lig op je rug met je knieën gebogen en tegen elkaar, armen opzij. Laat je "
                "knieën rustig naar één kant zakken, zo ver als prettig voelt, terwijl beide "
                "schouders op de vloer blijven. Breng ze terug naar het midden en doe daarna de "
                "andere kant. Stop als je scherpe pijn voelt."),
    ),
    _exercise(
        "childs-pose", "stretch",
        ("Child's pose", "Kindhouding"),
        ("Sit back on your heels, arms forward, breathe into your belly",
         "Zit op je hielen, armen naar voren, adem diep in je buik"),
        how_en=("Kneel, sit back towards your heels and walk your hands forward until your chest "
                "rests between your knees. Let your forehead sink and breathe slowly into your "
                "belly. Feel your lower back lengthen, and ease off if anything pinches."),
        how_nl=("Ga op je knieën zitten, zak met je billen naar je hielen en loop met je handen "
                "naar voren tot je borst tussen je knieën rust. Laat je voorhoofd zakken en adem "
                "rustig in je buik. Voel je onderrug lang worden, en ga minder diep als er iets "
                "knelt."),
    ),
    _exercise(
        "knee-to-chest", "stretch",
        ("Knee to chest", "Knie naar borst"),
        ("On your back, hug one knee towards your chest and hold",
         "Op je rug: trek één knie naar je borst en houd hem vast"),
        how_en=("Lie on your back with both knees bent. Take one knee in your hands and draw it "
                "gently towards your chest while the other foot stays on the floor. Hold without "
                "bouncing, then change legs. Stop if you feel sharp pain."),
        how_nl=("Lig op je rug met beide knieën gebogen. Pak één knie vast en breng hem rustig "
                "naar je borst terwijl de andere voet op de vloer blijft. Houd vast zonder te "
                "veren en wissel dan van been. Stop als je scherpe pijn voelt."),
    ),
    _exercise(
        "side-stretch", "stretch",
        ("Side stretch", "Zijwaartse rek"),
        ("Reach one arm overhead and lean gently to the other side",
         "Strek één arm boven je hoofd en buig rustig naar de andere kant"),
        how_en=("Sit or stand tall with both feet firmly on the floor. Reach one arm over your "
                "head and bend your upper body to the other side until you feel a stretch along "
                "your side. A light medicine ball is optional: hold it in the raised hand for a "
                "deeper stretch. Keep breathing and stop if you feel sharp pain."),
        how_nl=("Zit of sta rechtop met beide voeten stevig op de grond. Strek één arm boven je "
                "hoofd en buig je bovenlijf naar de andere kant tot je een rek in je zij voelt. "
                "Een lichte medicine ball is niet nodig; wil je een diepere rek, houd hem dan in "
                "de opgestoken hand. Blijf ademen en stop als je scherpe pijn voelt."),
    ),
    _exercise(
        "foam-roller", "massage",
        ("Foam roller", "Foamroller"),
        ("Roll slowly over the muscles beside your spine, just above the pelvis",
         "Rol rustig over de spieren naast je wervelkolom, net boven je bekken"),
        how_en=("Lie with the roller across your lower back, just above the pelvis, feet on the "
                "floor. Lean a little to one side so the roller presses on the muscles beside "
                "the spine, not on the bones, and roll slowly up and down; then the other side. "
                "When you find a tender spot, stay there a moment and breathe deeply. Keep the "
                "pressure comfortable. Leave this one out if you have osteoporosis, or if "
                "rolling makes your pain worse."),
        how_nl=("Leg de roller dwars onder je onderrug, net boven je bekken, met je voeten op de "
                "vloer. Leun iets naar één kant, zodat de roller op de spieren naast je "
                "wervelkolom drukt en niet op de botten, en rol langzaam heen en weer; daarna de "
                "andere kant. Vind je een gevoelige plek, blijf daar dan even en adem diep door. "
                "Houd de druk aangenaam. Laat deze oefening weg als je botontkalking "
                "(osteoporose) hebt, of als het rollen je pijn erger maakt."),
    ),
    _exercise(
        "massage-ball", "massage",
        ("Massage ball", "Massagebal"),
        ("Lean on a ball against the wall and circle your hips to roll it",
         "Leun met je onderrug tegen een bal aan de muur en draai kleine rondjes"),
        how_en=("Stand with your back to a wall and a massage ball between the wall and your "
                "lower back, beside the spine. Shift your hips in small circles so the ball "
                "rolls over the muscles; bend your knees a little to bring it lower, straighten "
                "them to bring it higher. Use only as much pressure as you can take without "
                "pain."),
        how_nl=("Sta met je rug naar de muur en klem een massagebal tussen de muur en je "
                "onderrug, naast de wervelkolom. Draai kleine rondjes met je heupen, zodat de "
                "bal over de spieren rolt; buig je knieën een beetje om hem lager te krijgen en "
                "strek ze om hem hoger te krijgen. Druk niet harder dan zonder pijn gaat."),
    ),
    _exercise(
        "walking", "cardio",
        ("Walking", "Wandelen"),
        ("Walk at an easy, steady pace and let your arms swing",
         "Wandel in een rustig, vast tempo en laat je armen meezwaaien"),
        how_en=("Walk at a relaxed pace, indoors or outside, standing tall. Let your arms swing "
                "and keep the rhythm even. An easy walk is a good way to keep your back moving. "
                "If you cycle instead, sit upright and keep the first rides short: leaning far "
                "forward on a bike can strain the lower back, so choose an upright bike or an "
                "exercise bike with a backrest."),
        how_nl=("Wandel in een ontspannen tempo, binnen of buiten, en loop rechtop. Laat je "
                "armen meezwaaien en houd een gelijkmatig ritme aan. Een rustige wandeling is "
                "een fijne manier om je rug in beweging te houden. Fiets je liever, zit dan "
                "rechtop en houd de eerste ritten kort: ver voorovergebogen fietsen kan je "
                "onderrug belasten, dus kies een fiets waarop je rechtop zit of een hometrainer "
                "met rugleuning."),
    ),
)

# What to call each part of a rep (or of a hold) on screen and, if wanted, aloud.
_PHASE_WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "glute-bridge": {"up": ("Hips up", "Heupen omhoog"), "hold": ("Hold", "Vasthouden"),
                     "down": ("Roll down", "Rustig omlaag")},
    "superman": {"up": ("Lift", "Optillen"), "hold": ("Hold", "Vasthouden"),
                 "down": ("Lower", "Laten zakken")},
    "pelvic-tilt": {"up": ("Tilt", "Kantelen"), "hold": ("Hold", "Vasthouden"),
                    "down": ("Release", "Loslaten")},
    "lumbar-rotation": {"up_left": ("Knees to the left", "Knieën naar links"),
                        "up_right": ("Knees to the right", "Knieën naar rechts"),
                        "up": ("Knees to the side", "Knieën opzij"),
                        "hold": ("Let them rest", "Laat ze even rusten"),
                        "down": ("Back to the middle", "Terug naar het midden")},
    "childs-pose": {"up": ("Sink back", "Zak naar achteren"), "hold": ("Breathe", "Adem rustig"),
                    "down": ("Come up", "Kom omhoog")},
    "knee-to-chest": {"up": ("Pull the knee in", "Knie naar je toe"),
                      "hold": ("Hold", "Vasthouden"), "down": ("Let go", "Loslaten")},
    "side-stretch": {"up": ("Lean over", "Buig opzij"),
                     "hold": ("Hold the stretch", "Rek vasthouden"),
                     "down": ("Come back up", "Kom weer rechtop")},
    "foam-roller": {"hold": ("Roll slowly", "Rol rustig")},
    "massage-ball": {"hold": ("Small circles", "Kleine rondjes")},
    "walking": {"hold": ("Keep walking", "Blijf wandelen")},
}

EXERCISES: dict[str, Exercise] = {
    item.id: replace(item, phases={key: {"en": en, "nl": nl} for key, (en, nl)
                                   in _PHASE_WORDS.get(item.id, {}).items()})
    for item in _EXERCISE_LIST
}

# Tempos (lift, hold at the top, lower) from the seed's prescriptions.
_BRIDGE_TEMPO = Tempo(up_s=1.0, hold_s=2.0, down_s=2.0)
_SUPERMAN_TEMPO = Tempo(up_s=1.0, hold_s=4.0, down_s=1.0)
_TILT_TEMPO = Tempo(up_s=1.0, hold_s=2.0, down_s=1.0)
_ROTATION_TEMPO = Tempo(up_s=2.0, hold_s=1.0, down_s=2.0)

_FULL_20_STEPS: tuple[Step, ...] = (
    Step("pelvic-tilt", mode="reps", reps=12, tempo=_TILT_TEMPO, sets=2,
         rest_between_sets_s=20, rest_after_s=15),
    Step("glute-bridge", mode="reps", reps=12, tempo=_BRIDGE_TEMPO, sets=3,
         rest_between_sets_s=30, rest_after_s=15),
    Step("superman", mode="reps", reps=8, tempo=_SUPERMAN_TEMPO, sets=3,
         rest_between_sets_s=30, rest_after_s=15),
    Step("lumbar-rotation", mode="reps", reps=8, tempo=_ROTATION_TEMPO, sides="both",
         switch_s=5, rest_after_s=15),
    Step("knee-to-chest", mode="hold", hold_s=30, sets=2, rest_between_sets_s=10,
         sides="both", switch_s=5, rest_after_s=15),
    Step("side-stretch", mode="hold", hold_s=30, sides="both", switch_s=5,
         rest_after_s=15),
    Step("foam-roller", mode="hold", hold_s=90, rest_after_s=15),
    Step("massage-ball", mode="hold", hold_s=60, rest_after_s=15),
    Step("childs-pose", mode="hold", hold_s=60),
)

BUILTIN_ROUTINES: tuple[Routine, ...] = (
    Routine(
        id="lower-back-strength",
        name={"en": "Lower-back strength", "nl": "Sterke onderrug"},
        description={
            "en": "Bridges, supermans and gentle mobility exercises for a stable lower back.",
            "nl": "Bruggetjes, supermans en rustige bewegingsoefeningen voor een stabiele "
                  "onderrug.",
        },
        lead_in_s=5,
        builtin=True,
        steps=(
            Step("pelvic-tilt", mode="reps", reps=10, tempo=_TILT_TEMPO, sets=2,
                 rest_between_sets_s=20, rest_after_s=15),
            Step("glute-bridge", mode="reps", reps=12, tempo=_BRIDGE_TEMPO, sets=3,
                 rest_between_sets_s=30, rest_after_s=15),
            Step("superman", mode="reps", reps=8, tempo=_SUPERMAN_TEMPO, sets=3,
                 rest_between_sets_s=30, rest_after_s=15),
            Step("lumbar-rotation", mode="reps", reps=8, tempo=_ROTATION_TEMPO, sides="both",
                 switch_s=5, rest_after_s=15),
            Step("childs-pose", mode="hold", hold_s=45),
        ),
    ),
    Routine(
        id="stretch-and-release",
        name={"en": "Stretch and release", "nl": "Rekken en ontspannen"},
        description={
            "en": "Slow stretches to ease a stiff lower back, partly at your own pace.",
            "nl": "Rustige rekoefeningen voor een stijve onderrug, deels in je eigen tempo.",
        },
        lead_in_s=5,
        builtin=True,
        steps=(
            Step("pelvic-tilt", mode="reps", reps=10, tempo=None, rest_after_s=10),
            Step("knee-to-chest", mode="hold", hold_s=30, sides="both", switch_s=5,
                 rest_after_s=10),
            Step("lumbar-rotation", mode="reps", reps=8, tempo=_ROTATION_TEMPO, sides="both",
                 switch_s=5, rest_after_s=10),
            Step("side-stretch", mode="hold", hold_s=25, sets=2, rest_between_sets_s=10,
                 sides="both", switch_s=5, rest_after_s=10),
            Step("childs-pose", mode="hold", hold_s=45, sets=2, rest_between_sets_s=15),
        ),
    ),
    Routine(
        id="quick-5",
        name={"en": "Quick 5", "nl": "Kort · 5 min"},
        description={
            "en": "Five minutes for a busy day: pelvic tilts, bridges and child's pose.",
            "nl": "Vijf minuten voor een drukke dag: bekkenkantelingen, bruggetjes en de "
                  "kindhouding.",
        },
        lead_in_s=5,
        builtin=True,
        steps=(
            Step("pelvic-tilt", mode="reps", reps=10, tempo=None, rest_after_s=10),
            Step("glute-bridge", mode="reps", reps=10, tempo=_BRIDGE_TEMPO, sets=3,
                 rest_between_sets_s=20, rest_after_s=10),
            Step("childs-pose", mode="hold", hold_s=45),
        ),
    ),
    Routine(
        id="full-20",
        name={"en": "Full 20", "nl": "Compleet · 20 min"},
        description={
            "en": "The whole programme in twenty minutes: mobility, strength, stretching "
                  "and self-massage.",
            "nl": "Het hele programma in twintig minuten: losmaken, kracht, rekken "
                  "en zelfmassage.",
        },
        lead_in_s=10,
        builtin=True,
        steps=_FULL_20_STEPS,
    ),
    Routine(
        id="roller-and-walk",
        name={"en": "Roller and walk", "nl": "Rollen en wandelen"},
        description={
            "en": "Loosen up with the foam roller and a massage ball, then go for a walk.",
            "nl": "Maak je rug los met de foamroller en een massagebal en ga dan wandelen.",
        },
        lead_in_s=5,
        builtin=True,
        steps=(
            Step("foam-roller", mode="hold", hold_s=90, sets=2, rest_between_sets_s=15,
                 rest_after_s=15),
            Step("massage-ball", mode="hold", hold_s=60, sides="both", switch_s=5,
                 rest_after_s=15),
            Step("walking", mode="hold", hold_s=540),
        ),
    ),
    Routine(
        id="full-30",
        name={"en": "Full 30 with a walk", "nl": "Compleet · 30 min met wandeling"},
        description={
            "en": "The full twenty-minute programme, then an easy walk of just under ten "
                  "minutes.",
            "nl": "Het hele programma van twintig minuten, daarna bijna tien minuten rustig "
                  "wandelen.",
        },
        lead_in_s=10,
        builtin=True,
        steps=(
            *_FULL_20_STEPS[:-1],
            Step("childs-pose", mode="hold", hold_s=60, rest_after_s=15),
            Step("walking", mode="hold", hold_s=585),
        ),
    ),
)

_BY_ID: dict[str, Routine] = {routine.id: routine for routine in BUILTIN_ROUTINES}


def exercise(exercise_id: str) -> Exercise:
    """The catalog exercise with this id; KeyError when there is none."""
    return EXERCISES[exercise_id]


def builtin_routine(routine_id: str) -> Routine | None:
    """The built-in routine with this id, or None."""
    return _BY_ID.get(routine_id)


def routine_ids() -> tuple[str, ...]:
    """The ids of the built-in routines, in catalog order."""
    return tuple(_BY_ID)
