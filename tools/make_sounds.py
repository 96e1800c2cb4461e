"""Synthesise backtimer's cue sounds into assets/sounds/ (stdlib only, deterministic)."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 44_100
OUT_DIR = Path(__file__).resolve().parent.parent / "assets" / "sounds"

# -3 dBFS leaves headroom for resampling in the audio stack while staying loud enough
# to hear from the mat; the tick is far quieter because it repeats on every rep phase.
PEAK_DB = -3.0
TICK_PEAK_DB = -12.0

# Partials as (frequency multiple, relative amplitude). A touch of 2nd/3rd harmonic makes a
# sine sound like a soft bell instead of a test tone without getting harsh on laptop speakers.
SOFT = ((1.0, 1.0), (2.0, 0.12))
BELL = ((1.0, 1.0), (2.0, 0.25), (3.0, 0.08))
BRIGHT = ((1.0, 1.0), (2.0, 0.35), (3.0, 0.18), (4.0, 0.08))


def note(
    freq: float,
    dur: float,
    partials: tuple[tuple[float, float], ...] = BELL,
    *,
    decay: float = 0.08,
    attack: float = 0.0015,
    release: float = 0.008,
) -> list[float]:
    """One enveloped note; `decay` is the exponential time constant in seconds."""
    n = round(dur * RATE)
    n_att = max(1, round(attack * RATE))
    n_rel = max(1, round(release * RATE))
    total = sum(a for _, a in partials)
    out = []
    envs = []
    for i in range(n):
        t = i / RATE
        # Sine phase starts at 0 so the first sample is 0; the very short raised-cosine attack
        # removes the click but keeps the onset within ~1.5 ms for the timing benchmark.
        env = math.exp(-t / decay)
        if i < n_att:
            env *= 0.5 - 0.5 * math.cos(math.pi * i / n_att)
        # Release ends exactly at zero so truncating the decay tail never clicks.
        if i >= n - n_rel:
            env *= 0.5 - 0.5 * math.cos(math.pi * (n - 1 - i) / n_rel)
        s = sum(a * math.sin(2 * math.pi * freq * k * t) for k, a in partials)
        out.append(env * s / total)
        envs.append(env)
    # A decaying sine that starts at phase 0 averages slightly positive. Subtracting a scaled
    # copy of the envelope (rather than a constant) zeroes that DC while keeping the first and
    # last samples at exactly 0, so gaps between notes stay truly silent.
    dc = sum(out) / sum(envs)
    return [s - dc * e for s, e in zip(out, envs, strict=True)]


def mix(length: float, *events: tuple[float, list[float]]) -> list[float]:
    """Sum (start time, samples) events into one buffer; overlaps let bells ring into each other."""
    buf = [0.0] * round(length * RATE)
    for start, samples in events:
        off = round(start * RATE)
        for i, s in enumerate(samples):
            if off + i < len(buf):
                buf[off + i] += s
    return buf


def write_wav(name: str, buf: list[float], peak_db: float = PEAK_DB) -> Path:
    """Normalise to the target peak and write mono 16-bit PCM via `wave` (standard header)."""
    scale = 10 ** (peak_db / 20) / max(abs(s) for s in buf)
    frames = struct.pack(f"<{len(buf)}h", *(round(s * scale * 32767) for s in buf))
    path = OUT_DIR / name
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames)
    return path


def countdown() -> list[float]:
    """3-2-1 beep."""
    # Neutral A5 bell for 3-2-1: short enough that three in a row stay separate.
    return note(880.0, 0.12, BELL, decay=0.045)


def go() -> list[float]:
    """Start-now tone."""
    # Higher (E6), longer and brighter than the countdown so "start now" is unmistakable.
    return note(1318.5, 0.35, BRIGHT, decay=0.16)


def halfway() -> list[float]:
    """Gentle double blip at half time."""
    # Two soft, low-ish blips: informative but not a call to action.
    blip = note(659.3, 0.07, SOFT, decay=0.04, release=0.01)
    return mix(0.19, (0.0, blip), (0.12, blip))


def switch() -> list[float]:
    """Swap-sides motif."""
    # High-low-high swap motif (C6-G5-C6); the return to the start pitch reads as "other side".
    hi = note(1046.5, 0.09, BELL, decay=0.06)
    lo = note(784.0, 0.09, BELL, decay=0.06)
    return mix(0.33, (0.0, hi), (0.12, lo), (0.24, hi))


def rest() -> list[float]:
    """Calm descending chime."""
    # Descending G5-C5 with slow decays and few harmonics: falling pitch feels like "relax".
    a = note(784.0, 0.32, SOFT, decay=0.15, release=0.03)
    b = note(523.3, 0.45, SOFT, decay=0.2, release=0.05)
    return mix(0.7, (0.0, a), (0.25, b))


def last_rep() -> list[float]:
    """Quick triple rising blip."""
    # Quick stepwise rise D6-E6-F#6: urgent "one more" without sounding like the done fanfare.
    blips = [note(f, 0.06, BELL, decay=0.04) for f in (1174.7, 1318.5, 1480.0)]
    return mix(0.22, *((i * 0.08, b) for i, b in enumerate(blips)))


def done() -> list[float]:
    """Short rewarding arpeggio."""
    # C5-E5-G5 major arpeggio; each note rings under the next and the top note sustains as reward.
    c = note(523.3, 0.5, BELL, decay=0.2, release=0.03)
    e = note(659.3, 0.5, BELL, decay=0.2, release=0.03)
    g = note(784.0, 0.6, BELL, decay=0.22, release=0.08)
    return mix(0.9, (0.0, c), (0.15, e), (0.3, g))


def tick() -> list[float]:
    """Very soft, very short rep-phase tick."""
    # Wood-block: inharmonic partials (ratios ~1 : 2.76 like a struck bar) and a ~5 ms decay.
    wood = ((1.0, 1.0), (2.76, 0.45), (5.4, 0.15))
    return note(1600.0, 0.03, wood, decay=0.005, attack=0.0005, release=0.004)


SOUNDS = {
    "countdown.wav": countdown,
    "go.wav": go,
    "halfway.wav": halfway,
    "switch.wav": switch,
    "rest.wav": rest,
    "last-rep.wav": last_rep,
    "done.wav": done,
}


def main() -> None:
    """Write every cue into assets/sounds/."""
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        path = write_wav(name, make())
        print(f"{path.relative_to(OUT_DIR.parent.parent)}  {path.stat().st_size} B")
    path = write_wav("tick.wav", tick(), TICK_PEAK_DB)
    print(f"{path.relative_to(OUT_DIR.parent.parent)}  {path.stat().st_size} B")


if __name__ == "__main__":
    main()
