"""Generated benchmark inputs: news-like text pairs with planted edits, and planted vectors.

Nothing here comes from the seeds: sentences are drawn from templates and word lists with a
local ``numpy.random.default_rng(seed)``, so every run measures the same inputs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

_PEOPLE = (
    "Maria Lopez",
    "Chen Wei",
    "Amara Okafor",
    "Lars Nilsson",
    "Priya Raman",
    "Omar Haddad",
    "Elena Petrova",
    "Kenji Sato",
    "Fatima Zahra",
    "John Miller",
    "Ana Souza",
    "Ivan Horvat",
)
_ROLES = (
    "the finance minister",
    "a union leader",
    "the mayor",
    "a senior diplomat",
    "the company's chief executive",
    "a police spokesman",
    "the health commissioner",
    "an opposition lawmaker",
    "the central bank governor",
    "a court official",
)
_PLACES = (
    "Lagos",
    "Lima",
    "Hanoi",
    "Oslo",
    "Nairobi",
    "Quito",
    "Manila",
    "Tbilisi",
    "Accra",
    "Porto",
    "Busan",
    "Cork",
    "Tunis",
    "Dhaka",
    "Krakow",
    "Santiago",
)
_ORGS = (
    "the port authority",
    "the national railway",
    "the electricity regulator",
    "the teachers' union",
    "the water utility",
    "the election commission",
    "the coast guard",
    "the state airline",
    "the housing agency",
    "the customs service",
)
_THINGS = (
    "fuel prices",
    "the new budget",
    "the bridge repairs",
    "a wage agreement",
    "flood defences",
    "the vaccine rollout",
    "a trade deal",
    "the tax reform",
    "school closures",
    "the power cuts",
    "the ceasefire talks",
    "rent controls",
)
_VERBS = (
    "announced",
    "rejected",
    "postponed",
    "approved",
    "criticised",
    "defended",
    "suspended",
    "expanded",
    "questioned",
    "welcomed",
)
_TEMPLATES = (
    "{person}, {role}, said on {day} that {org} had {verb} {thing}.",
    "In {place}, {count} people gathered to protest against {thing}.",
    "{org} {verb} {thing} after {count} complaints were filed in {place}.",
    "Officials in {place} expect {thing} to cost about {count} million dollars.",
    "\u201cWe will not accept {thing},\u201d {person} told reporters in {place}.",
    "The decision on {thing} is likely to be reviewed by {org} before {day}.",
    "According to {role}, at least {count} families in {place} were affected.",
    "{person} warned that {thing} could be delayed by {count} weeks.",
    "Critics said {org} had ignored warnings about {thing} for years.",
    "Talks between {org} and residents of {place} ended without agreement on {day}.",
    "{role} confirmed that {count} workers had been sent to {place}.",
    "It was not clear whether {org} would appeal the ruling on {thing}.",
)
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_SYNONYMS = (
    ("said", "stated"),
    ("protest against", "demonstrate against"),
    ("expect", "anticipate"),
    ("about", "roughly"),
    ("warned", "cautioned"),
    ("at least", "no fewer than"),
    ("people", "residents"),
    ("ended", "broke up"),
    ("affected", "hit"),
    ("Critics said", "Opponents argued"),
    ("reporters", "journalists"),
)


@dataclass(frozen=True)
class Pair:
    original: str
    version: str


def sentence(rng: np.random.Generator) -> str:
    template = _TEMPLATES[rng.integers(len(_TEMPLATES))]
    return template.format(
        person=_pick(rng, _PEOPLE),
        role=_pick(rng, _ROLES),
        place=_pick(rng, _PLACES),
        org=_pick(rng, _ORGS),
        thing=_pick(rng, _THINGS),
        verb=_pick(rng, _VERBS),
        day=_pick(rng, _DAYS),
        count=int(rng.integers(2, 5000)),
    )


def pair(rng: np.random.Generator, sentences: int) -> Pair:
    """An original and a version with kept, reworded, drifted, dropped, added and moved lines."""
    original = [sentence(rng) for _ in range(sentences)]
    version: list[str] = []
    for text in original:
        roll = rng.random()
        if roll < 0.12:
            continue  # dropped
        if roll < 0.40:
            version.append(text)  # kept word for word
        elif roll < 0.85:
            version.append(_reword(rng, text))
        else:
            version.append(_drift(rng, text))
        if rng.random() < 0.08:
            version.append(sentence(rng))  # added
    if len(version) > 6:
        block = max(1, len(version) // 10)
        version = version[block : 2 * block] + version[:block] + version[2 * block :]  # moved
    return Pair("\n".join(original) + "\n", "\n".join(version) + "\n")


def pairs(count: int, sentences: int, seed: int = 7) -> list[Pair]:
    rng = np.random.default_rng(seed)
    return [pair(rng, sentences) for _ in range(count)]


def planted_vectors(n: int, dim: int = 384, seed: int = 11) -> tuple[np.ndarray, np.ndarray]:
    """Unit vectors for an n-sentence original and a version with the same edit mix as ``pair``:
    10% dropped, a moved block of 10%, 5% additions, 5% splits, noisy re-tellings (cosine ~0.85).

    Used for alignment scaling: encoding 40k real sentences would take an hour on two cores and
    measures the model, not the aligner.
    """
    rng = np.random.default_rng(seed)
    original = _unit(rng.standard_normal((n, dim)).astype(np.float32))
    rows: list[np.ndarray] = []
    for i in range(n):
        roll = rng.random()
        if roll < 0.10:
            continue
        noisy = original[i] + 0.6 * rng.standard_normal(dim).astype(np.float32) / np.sqrt(dim)
        if roll < 0.15:  # split into two halves that each keep part of the meaning
            rows.append(noisy + rng.standard_normal(dim).astype(np.float32) / np.sqrt(dim))
            rows.append(noisy + rng.standard_normal(dim).astype(np.float32) / np.sqrt(dim))
        else:
            rows.append(noisy)
        if rng.random() < 0.05:
            rows.append(rng.standard_normal(dim).astype(np.float32))
    block = len(rows) // 10
    rows = rows[block : 2 * block] + rows[:block] + rows[2 * block :]
    return original, _unit(np.array(rows, dtype=np.float32))


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _pick(rng: np.random.Generator, options: tuple[str, ...]) -> str:
    return options[rng.integers(len(options))]


def _reword(rng: np.random.Generator, text: str) -> str:
    for old, new in _SYNONYMS:
        if old in text and rng.random() < 0.8:
            text = text.replace(old, new, 1)
    return text if rng.random() < 0.5 else "Meanwhile, " + text[0].lower() + text[1:]


def _drift(rng: np.random.Generator, text: str) -> str:
    words = text.split(" ")
    for k, word in enumerate(words):
        digits = "".join(ch for ch in word if ch.isdigit())
        if digits:
            words[k] = word.replace(digits, str(int(digits) * int(rng.integers(2, 9))))
            return " ".join(words)
    return text.replace(" had ", " had not ", 1) if " had " in text else "Reportedly, " + text
