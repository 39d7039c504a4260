"""Shared helpers for the benchmark scripts: seed paths, timing, the floor model."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED_ORIGINAL = ROOT / "seeds" / "000_2c018eeb9fb20f4b.txt"
SEED_VERSION = ROOT / "seeds" / "003_08a05bbf4050c001.txt"
EXPECTED = ROOT / "seeds" / "expected.json"


def quiet() -> None:
    """The same environment the driftcheck CLI sets: offline, no progress bars."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")


def interleaved(
    cases: dict[str, Callable[[], Any]], repeat: int, warm_up: bool = True
) -> dict[str, float]:
    """Median seconds of each case, the cases taking turns so that load on the shared machine
    falls on all of them alike; by default after one untimed warm-up call each."""
    if warm_up:
        for call in cases.values():
            call()
    times: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(repeat):
        for name, call in cases.items():
            start = time.perf_counter()
            call()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def floor_model() -> Any:
    """A plain SentenceTransformer of the default model: what the floor is measured with."""
    quiet()
    from sentence_transformers import SentenceTransformer

    from driftcheck.embeddings import resolve_model

    return SentenceTransformer(resolve_model(None)[1])


def row(case: str, driftcheck: float, floor: float, note: str = "") -> str:
    ratio = driftcheck / floor if floor else float("nan")
    return f"| {case} | {driftcheck:.3f} | {floor:.3f} | {ratio:.2f} | {note} |"


HEADER = "| case | driftcheck s | floor s | ratio | note |\n|---|---|---|---|---|"
PEER_HEADER = "| case | driftcheck s | peer s | driftcheck / peer | note |\n|---|---|---|---|---|"
