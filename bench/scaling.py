"""Alignment at document scale: 1k, 5k and 20k sentences a side, each size in a fresh process
so that its peak RSS is its own.

Inputs are planted unit vectors (``corpus.planted_vectors``: drops, a moved block, splits,
additions, noisy re-tellings), not encoded text: 40k real sentences take most of an hour to
encode on two cores, and this case measures the aligner.

    python bench/scaling.py [--sizes 1000 5000 20000]
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import json, resource, sys, time
sys.path.insert(0, sys.argv[2])
from corpus import planted_vectors
from driftcheck.alignment import align
from driftcheck.calibration import calibration_for
n = int(sys.argv[1])
original, version = planted_vectors(n)
params = calibration_for("all-MiniLM-L6-v2").alignment
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
result = align(original, version, params)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"n": n, "m": len(version), "seconds": seconds, "peak_mb": peak / 1024,
                  "inputs_mb": before / 1024, "links": len(result.links),
                  "moved": sum(link.moved for link in result.links),
                  "unaligned": [len(result.unaligned_original), len(result.unaligned_version)]}))
"""


def measure(n: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(n), str(HERE)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 20000])
    args = parser.parse_args()
    print("## alignment scaling (planted vectors, fresh process per size)\n")
    print(
        "| n x m | align s | peak RSS MB | RSS before align MB | links (moved) | "
        "unaligned o/v | time growth exponent vs previous |"
    )
    print("|---|---|---|---|---|---|---|")
    previous: dict[str, float] | None = None
    for n in args.sizes:
        r = measure(n)
        growth = ""
        if previous is not None:
            growth = (
                f"{math.log(r['seconds'] / previous['seconds']) / math.log(n / previous['n']):.2f}"
            )
        print(
            f"| {r['n']} x {r['m']} | {r['seconds']:.2f} | {r['peak_mb']:.0f} | "
            f"{r['inputs_mb']:.0f} | {r['links']} ({r['moved']}) | "
            f"{r['unaligned'][0]}/{r['unaligned'][1]} | {growth} |"
        )
        previous = r
    print("\nexponent 1 = linear; the similarity blocks are n*m*d work, so 2 is the ceiling.")


if __name__ == "__main__":
    main()
