"""Backends benchmark: torch fp32, ONNX fp32 and ONNX int8 at the same thread count.

For each backend: encode throughput on the seed sentences and on a batch of generated pairs;
cosine of its sentence and token vectors against torch's; findings on the seed pair and on the
labelled dev set compared finding by finding with torch's (rule, kind, both spans, severity),
with recall and false alarms scored as eval/run.py scores them; and the cold CLI on the seeds.

    python bench/backends.py [--threads 2] [--pairs 100] [--repeat 3] [--cold-repeat 2]
                             [--dev-every 1]

The ONNX exports are made on first use in the cache folder ($DRIFTCHECK_CACHE_DIR or
~/.cache/driftcheck, under onnx/); the timed runs use them, and the embedding cache is off.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import EXPECTED, ROOT, SEED_ORIGINAL, SEED_VERSION, interleaved, quiet
from corpus import pairs

from driftcheck.backends import BACKENDS
from driftcheck.documents import Document, read_document
from driftcheck.evaluation import score_report
from driftcheck.pipeline import CheckConfig, Checker
from driftcheck.renderers.json import report_to_dict
from driftcheck.sentences import split_sentences

DEV = ROOT / "eval" / "labelled" / "dev.jsonl"
SERIOUS = {"major", "critical"}


def finding_key(finding: dict[str, Any]) -> tuple[Any, ...]:
    """What must match for two findings to count as identical."""

    def span(side: str) -> tuple[int, int] | None:
        value = finding[side]
        return (value["start"], value["end"]) if value else None

    return (
        finding["rule"],
        finding["kind"],
        span("original"),
        span("version"),
        finding["severity"],
    )


def run_cases(checker: Checker, cases: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each case's report (as JSON) and score."""
    out = []
    for case in cases:
        report = report_to_dict(
            checker.check(
                Document(f"{case['id']}/original", case["original"]),
                Document(f"{case['id']}/version", case["version"]),
            )
        )
        score = score_report(report, case, case["original"], case["version"])
        serious = any(f["severity"] in SERIOUS for f in report["findings"])
        out.append(
            {
                "keys": Counter(finding_key(f) for f in report["findings"]),
                "covered": score.covered,
                "items": len(score.items),
                "false": len(score.unexpected),
                "serious_faithful": serious and case.get("type") == "faithful",
            }
        )
    return out


def agreement(results: list[dict[str, Any]], reference: list[dict[str, Any]]) -> str:
    """Identical findings / the larger of the two counts, summed over cases; identical cases."""
    same = total = cases = 0
    for mine, theirs in zip(results, reference, strict=True):
        same += sum((mine["keys"] & theirs["keys"]).values())
        total += max(sum(mine["keys"].values()), sum(theirs["keys"].values()))
        cases += mine["keys"] == theirs["keys"]
    share = 100 * same / total if total else 100.0
    return f"{same}/{total} ({share:.1f}%), {cases}/{len(results)} cases identical"


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray((a * b).sum(axis=1), dtype=np.float64)


def cold(backends: list[str], threads: int, repeat: int) -> dict[str, float]:
    """Median wall time of a fresh ``driftcheck check`` on the seeds per backend, taking turns."""
    driftcheck = str(Path(sys.executable).with_name("driftcheck"))
    times: dict[str, list[float]] = {b: [] for b in backends}
    for _ in range(repeat):
        for backend in backends:
            command = [
                driftcheck,
                "check",
                str(SEED_ORIGINAL),
                str(SEED_VERSION),
                "--format",
                "json",
                "--no-cache",
                "--backend",
                backend,
                "--threads",
                str(threads),
            ]
            start = time.perf_counter()
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            times[backend].append(time.perf_counter() - start)
            if done.returncode not in (0, 1):
                raise SystemExit(f"{backend} failed ({done.returncode}): {done.stderr[-500:]}")
    return {b: statistics.median(values) for b, values in times.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--pairs", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cold-repeat", type=int, default=2)
    parser.add_argument(
        "--dev-every", type=int, default=1, help="compare findings on every Nth dev case"
    )
    ran = [b for b in BACKENDS if b != "auto"]  # auto is one of these, chosen per machine
    parser.add_argument("--backends", nargs="+", default=ran, choices=ran)
    args = parser.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    quiet()
    backends = ["torch", *[b for b in args.backends if b != "torch"]]
    checkers = {
        b: Checker(CheckConfig(backend=b, threads=args.threads, cache_dir=None)) for b in backends
    }

    seed_texts = list(
        dict.fromkeys(
            s.text
            for path in (SEED_ORIGINAL, SEED_VERSION)
            for s in split_sentences(read_document(path))
        )
    )
    batch_texts = list(
        dict.fromkeys(
            s.text
            for k, p in enumerate(pairs(args.pairs, 3))
            for doc in (Document(f"o{k}", p.original), Document(f"v{k}", p.version))
            for s in split_sentences(doc)
        )
    )
    dev = [json.loads(line) for line in DEV.read_text(encoding="utf-8").splitlines() if line]
    dev = dev[:: args.dev_every]
    dev_texts = list(
        dict.fromkeys(
            s.text
            for case in dev
            for side in ("original", "version")
            for s in split_sentences(Document(side, case[side]))
        )
    )

    print(
        f"## embedding backends, {args.threads} threads, median of {args.repeat} (taking turns)\n"
    )
    seed_time = interleaved(
        {b: (lambda c=c: c.embedder.encode(seed_texts)) for b, c in checkers.items()}, args.repeat
    )
    batch_time = interleaved(
        {b: (lambda c=c: c.embedder.encode(batch_texts)) for b, c in checkers.items()},
        args.repeat,
        warm_up=False,
    )
    every = seed_texts + batch_texts + dev_texts
    encoded = {b: c.embedder.encode(every) for b, c in checkers.items()}
    reference = encoded["torch"]

    print(
        f"| backend | seeds ({len(seed_texts)}) sentences/s | batch ({len(batch_texts)}) "
        f"sentences/s | sentence cosine vs torch, mean / min | token cosine vs torch, mean / min "
        f"| offsets identical |\n|---|---|---|---|---|---|"
    )
    for b in backends:
        sentence = cosines(encoded[b].vectors, reference.vectors)
        token = np.concatenate(
            [
                cosines(mine.vectors, theirs.vectors)
                for mine, theirs in zip(encoded[b].tokens, reference.tokens, strict=True)
                if mine.vectors.shape == theirs.vectors.shape
            ]
        )
        offsets = sum(
            np.array_equal(mine.offsets, theirs.offsets)
            for mine, theirs in zip(encoded[b].tokens, reference.tokens, strict=True)
        )
        print(
            f"| {b} | {len(seed_texts) / seed_time[b]:.0f} | {len(batch_texts) / batch_time[b]:.0f} "
            f"| {sentence.mean():.4f} / {sentence.min():.4f} | {token.mean():.4f} / {token.min():.4f} "
            f"| {offsets}/{len(every)} |"
        )

    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    seed_case = {
        **expected,
        "id": "seed",
        "original": read_document(SEED_ORIGINAL).text,
        "version": read_document(SEED_VERSION).text,
    }
    seeds = {b: run_cases(c, [seed_case]) for b, c in checkers.items()}
    devs = {b: run_cases(c, dev) for b, c in checkers.items()}
    cold_time = cold(backends, args.threads, args.cold_repeat)
    print(
        f"\n### findings vs torch (identical = same rule, kind, spans and severity)\n\n"
        f"| backend | seeds: covered, unexpected | seeds: identical findings | dev ({len(dev)} cases): "
        f"recall, false alarms, faithful with major+ | dev: identical findings | cold CLI s |"
        f"\n|---|---|---|---|---|---|"
    )
    for b in backends:
        s, d = seeds[b][0], devs[b]
        covered, items = sum(r["covered"] for r in d), sum(r["items"] for r in d)
        false = sum(r["false"] for r in d)
        serious = sum(r["serious_faithful"] for r in d)
        print(
            f"| {b} | {s['covered']}/{s['items']}, {s['false']} | {agreement(seeds[b], seeds['torch'])} "
            f"| {covered}/{items} ({100 * covered / items:.1f}%), {false}, {serious} "
            f"| {agreement(d, devs['torch'])} | {cold_time[b]:.2f} |"
        )


if __name__ == "__main__":
    main()
