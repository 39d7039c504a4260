"""Every benchmark case in one run, each script in its own process, tables printed as they come.

    python bench/run.py            # about 6-9 minutes on a loaded 2-core machine
    python bench/run.py --quick    # smaller batch and fewer repeats, for a smoke test

The peer case is skipped (with a note) when sentalign is not installed.
"""

from __future__ import annotations

import argparse
import importlib.util
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    quick = args.quick
    cases = [
        [
            "warm.py",
            "--pairs",
            "40" if quick else "200",
            "--repeat",
            "2" if quick else "5",
            "--batch-repeat",
            "1" if quick else "3",
        ],
        ["cold.py", "--repeat", "1" if quick else "3"],
        ["scaling.py", *(["--sizes", "1000", "5000"] if quick else [])],
    ]
    cases.append(
        [
            "backends.py",
            "--pairs",
            "40" if quick else "100",
            "--repeat",
            "1" if quick else "3",
            "--cold-repeat",
            "1" if quick else "2",
            "--dev-every",  # a third of the dev set keeps the whole run under 10 minutes
            "9" if quick else "3",
        ]
    )
    if importlib.util.find_spec("sentalign") is not None:
        cases.append(
            ["peers.py", "--pairs", "5" if quick else "10", "--repeat", "1" if quick else "2"]
        )
    else:
        print("peers: skipped, sentalign is not installed (see bench/README.md)\n")
    print(
        f"# driftcheck benchmarks — {platform.node()}, {platform.processor() or platform.machine()}, "
        f"Python {platform.python_version()}\n",
        flush=True,
    )
    start = time.perf_counter()
    for case in cases:
        subprocess.run([sys.executable, str(HERE / case[0]), *case[1:]], check=True)
        print(flush=True)
    print(f"total benchmark time: {time.perf_counter() - start:.0f} s")


if __name__ == "__main__":
    main()
