"""Cold vs warm embedding cache over the Markdown pair cases, in one run.

Runs ``driftcheck check --pairs ...`` twice as fresh processes (as CI would): first with an empty
cache folder, then again with the cache it filled. Prints both wall times and their ratio.

    python bench/bench_cache.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CASES = ROOT / "tests" / "cases" / "markdown"


def _run(cache: Path) -> float:
    command = [
        sys.executable,
        "-m",
        "driftcheck",
        "check",
        "--pairs",
        str(CASES / "*" / "original.md"),
        "{dir}/version.md",
        "--cache-dir",
        str(cache),
        "--format",
        "json",
    ]
    start = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if done.returncode not in (0, 1):
        raise SystemExit(f"driftcheck failed: {done.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3, help="cold/warm rounds (median reported)")
    args = parser.parse_args()
    pairs = len(list(CASES.glob("*/version.md")))
    colds, warms = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory(prefix="driftcheck-bench-") as folder:
            colds.append(_run(Path(folder)))
            warms.append(_run(Path(folder)))
    cold, warm = statistics.median(colds), statistics.median(warms)
    print(f"pairs: {pairs}")
    print(f"cold (empty cache): {', '.join(f'{t:.2f}' for t in colds)} s; median {cold:.2f} s")
    print(f"warm (filled cache): {', '.join(f'{t:.2f}' for t in warms)} s; median {warm:.2f} s")
    print(f"ratio cold/warm: {cold / warm:.1f}x")


if __name__ == "__main__":
    main()
