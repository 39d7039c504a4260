"""Warm seed-pair time of this tree against an earlier revision, measured in turns in one run.

    python bench/before_after.py [REV] [--rounds 3]

Each round runs one subprocess per tree (the earlier revision exported with ``git archive``);
each subprocess loads the model once, checks the seed pair once to warm up, then reports the
median of five warm checks. Prints both medians and their ratio (this tree / REV).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPET = """
import statistics, time, warnings
warnings.filterwarnings("ignore")
from pathlib import Path
from driftcheck.documents import read_document
from driftcheck.pipeline import Checker
seeds = Path({seeds!r})
original = read_document(seeds / "000_2c018eeb9fb20f4b.txt")
version = read_document(seeds / "003_08a05bbf4050c001.txt")
checker = Checker()
checker.check(original, version)
times = []
for _ in range(5):
    start = time.perf_counter()
    checker.check(original, version)
    times.append(time.perf_counter() - start)
print(statistics.median(times))
"""


def warm_seconds(tree: Path) -> float:
    code = SNIPPET.format(seeds=str(ROOT / "seeds"))
    out = subprocess.run(
        [sys.executable, "-c", code],
        cwd=tree,
        env={"PYTHONPATH": str(tree), "HF_HUB_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    return float(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "rev",
        nargs="?",
        default="94c67f1",
        help="earlier revision (default: the pipeline before issue 4)",
    )
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        old = Path(folder)
        archive = subprocess.run(
            ["git", "archive", args.rev], cwd=ROOT, capture_output=True, check=True
        )
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive.stdout, check=True)
        before, after = [], []
        for _ in range(args.rounds):
            before.append(warm_seconds(old))
            after.append(warm_seconds(ROOT))
    b, a = statistics.median(before), statistics.median(after)
    print(f"warm seed check, median of {args.rounds} rounds x 5 runs")
    print(f"  {args.rev}: {b:.3f} s")
    print(f"  this tree: {a:.3f} s")
    print(f"  ratio this tree / {args.rev}: {a / b:.2f}")


if __name__ == "__main__":
    main()
