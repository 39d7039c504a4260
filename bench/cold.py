"""Cold benchmark: fresh processes. ``driftcheck check --no-cache`` on the seeds (the default
backend, and ``--backend torch``) against a bare Python that imports torch and
sentence-transformers, loads the same model and encodes the same sentences; and
``driftcheck --help``. One untimed round first: it makes the default backend's one-time ONNX
export and warms the file cache for every command alike.

    python bench/cold.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import HEADER, SEED_ORIGINAL, SEED_VERSION, quiet, row

from driftcheck.documents import read_document
from driftcheck.embeddings import resolve_model
from driftcheck.sentences import split_sentences

FLOOR = """
import json, sys
import torch, sentence_transformers
model = sentence_transformers.SentenceTransformer(sys.argv[1])
model.encode(json.load(open(sys.argv[2])))
"""


def wall(command: list[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"{command[:3]} failed ({done.returncode}): {done.stderr[-500:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    quiet()
    driftcheck = str(Path(sys.executable).with_name("driftcheck"))
    texts = [
        s.text
        for path in (SEED_ORIGINAL, SEED_VERSION)
        for s in split_sentences(read_document(path))
    ]
    with tempfile.TemporaryDirectory() as folder:
        sentences = os.path.join(folder, "sentences.json")
        Path(sentences).write_text(json.dumps(texts), encoding="utf-8")
        report = os.path.join(folder, "report.json")
        check = [driftcheck, "check", str(SEED_ORIGINAL), str(SEED_VERSION), "--no-cache"]
        commands = {
            "check": [*check, "--format", "json", "-o", report],
            "check_torch": [*check, "--backend", "torch", "--format", "json", "-o", report],
            "floor": [sys.executable, "-c", FLOOR, resolve_model(None)[1], sentences],
            "help": [driftcheck, "--help"],
        }
        for command in commands.values():
            wall(command)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                times[name].append(wall(command))
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"## cold, fresh processes, median of {args.repeat} (taking turns)\n")
    print(HEADER)
    floor = f"floor: python -c import torch, sentence_transformers; load; encode {len(texts)}"
    print(row("cold CLI, seed pair, --no-cache", median["check"], median["floor"], floor))
    print(
        row(
            "cold CLI, seed pair, --no-cache --backend torch",
            median["check_torch"],
            median["floor"],
            floor,
        )
    )
    print(f"| driftcheck --help | {median['help']:.3f} | | | target <= 0.3 s |")


if __name__ == "__main__":
    main()
