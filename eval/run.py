"""Run the labelled evaluation set through driftcheck and print recall per type.

    python eval/run.py [--split dev|test|all] [--cases FILE] [--verbose] [--cache-dir DIR]

Each case is scored by the rule of seeds/expected.json (``driftcheck.evaluation.score_report``):
an item is covered when a finding of its kind overlaps its quoted text (on both sides for drift);
a finding that covers no item and no ``acceptable`` entry is a false alarm. ``major+`` is the
share of items covered by a major or critical finding: what a check at the default ``--fail-on
major`` fails on (partial omissions and additions, softened claims and polarity re-wordings
are minor by design, so they are shown without failing a check). On faithful cases
any major or critical finding counts against the set's ≤ 5% target, acceptable or not: a
faithful version must not fail a check at the default ``--fail-on major``.

The output is a report, not a gate: the command exits 0 whatever the figures.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from driftcheck.documents import Document
from driftcheck.evaluation import Score, score_report
from driftcheck.pipeline import CheckConfig, Checker
from driftcheck.renderers.json import report_to_dict

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
LABELLED = HERE / "labelled"
SEED_ORIGINAL = ROOT / "seeds" / "000_2c018eeb9fb20f4b.txt"
SEED_VERSION = ROOT / "seeds" / "003_08a05bbf4050c001.txt"
SEED_EXPECTED = ROOT / "seeds" / "expected.json"
TYPES = (
    "number",
    "date",
    "entity",
    "role",
    "negation",
    "modality",
    "stance",
    "attribution",
    "quote",
    "causal",
    "omission_partial",
    "addition_partial",
    "omission_sentence",
    "addition_sentence",
    "faithful",
)
SERIOUS = {"major", "critical"}
CHUNK = 256


@dataclass
class Tally:
    """Running figures for one case type."""

    cases: int = 0
    items: int = 0
    covered: int = 0
    covered_serious: int = 0
    """Items covered by a major or critical finding: what a check at ``--fail-on major`` fails on."""
    false_alarms: int = 0
    serious_cases: int = 0
    """Cases with any major or critical finding (reported for faithful cases)."""
    notes: list[str] = field(default_factory=list)


def load_cases(paths: Iterable[Path]) -> list[dict[str, Any]]:
    cases: list[dict[str, Any]] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                cases.append(json.loads(line))
    return cases


def case_files(split: str, cases: Path | None) -> list[Path]:
    if cases is not None:
        return [cases]
    names = ("dev", "test") if split == "all" else (split,)
    return [LABELLED / f"{name}.jsonl" for name in names]


def check(checker: Checker, name: str, original: str, version: str) -> dict[str, Any]:
    report = checker.check(
        Document(f"{name}/original", original), Document(f"{name}/version", version)
    )
    return report_to_dict(report)


def check_cases(checker: Checker, cases: list[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """Reports of the cases in order, encoded a chunk at a time.

    The variants of one article share most sentences, so one batched encode per chunk (the
    path ``driftcheck check --pairs`` takes) reads each distinct sentence once; chunks keep the
    token vectors of a whole split out of memory at once.
    """
    for start in range(0, len(cases), CHUNK):
        chunk = cases[start : start + CHUNK]
        pairs = [
            (
                Document(f"{c['id']}/original", c["original"]),
                Document(f"{c['id']}/version", c["version"]),
            )
            for c in chunk
        ]
        for result in checker.check_many(pairs):
            if isinstance(result, Exception):
                raise result
            yield report_to_dict(result)


def span_text(finding: dict[str, Any], side: str) -> str:
    span = finding[side]
    return " ".join(span["text"].split()) if span else "-"


def describe(finding: dict[str, Any]) -> str:
    return (
        f"{finding['rule']} {finding['severity']} {finding['kind']}: "
        f"O[{span_text(finding, 'original')[:90]}] V[{span_text(finding, 'version')[:90]}]"
    )


def score_case(report: dict[str, Any], case: dict[str, Any], tally: Tally) -> None:
    score = score_report(report, case, case["original"], case["version"])
    tally.cases += 1
    tally.items += len(score.items)
    tally.covered += score.covered
    tally.false_alarms += len(score.unexpected)
    serious = [f for f in report["findings"] if f["severity"] in SERIOUS]
    if case["items"]:
        serious_report = {**report, "findings": serious}
        tally.covered_serious += score_report(
            serious_report, case, case["original"], case["version"]
        ).covered
    tally.serious_cases += bool(serious)
    by_id = {item["id"]: item for item in case["items"]}
    for result in score.items:
        if not result.covered:
            item = by_id[result.id]
            quoted = " | ".join(item.get(side, "-") for side in ("original", "version"))
            tally.notes.append(f"  MISSED {result.id} {item['kind']}: {quoted}")
    for finding in score.unexpected:
        tally.notes.append(f"  FALSE  {case['id']} {describe(finding)}")
    if case["type"] == "faithful":
        for finding in serious:
            if finding not in score.unexpected:
                tally.notes.append(f"  SERIOUS {case['id']} {describe(finding)}")


def percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


def print_table(tallies: dict[str, Tally]) -> None:
    print(
        f"{'type':<18} {'cases':>5} {'items':>5} {'covered':>7} {'recall':>7} {'major+':>7} "
        f"{'false':>6}  major+ on faithful"
    )
    total = Tally()
    for type_ in TYPES:
        t = tallies.get(type_)
        if t is None:
            continue
        extra = ""
        if type_ == "faithful":
            extra = f"  {t.serious_cases}/{t.cases} = {percent(t.serious_cases, t.cases).strip()} (target ≤ 5%)"
        print(
            f"{type_:<18} {t.cases:>5} {t.items:>5} {t.covered:>7} "
            f"{percent(t.covered, t.items):>7} {percent(t.covered_serious, t.items):>7} "
            f"{t.false_alarms:>6}{extra}"
        )
        total.cases += t.cases
        total.items += t.items
        total.covered += t.covered
        total.covered_serious += t.covered_serious
        total.false_alarms += t.false_alarms
    print(
        f"{'all':<18} {total.cases:>5} {total.items:>5} {total.covered:>7} "
        f"{percent(total.covered, total.items):>7} "
        f"{percent(total.covered_serious, total.items):>7} {total.false_alarms:>6}"
    )


def seed_score(checker: Checker) -> Score:
    expected = json.loads(SEED_EXPECTED.read_text(encoding="utf-8"))
    original = SEED_ORIGINAL.read_text(encoding="utf-8")
    version = SEED_VERSION.read_text(encoding="utf-8")
    return score_report(check(checker, "seed", original, version), expected, original, version)


def print_seed(score: Score) -> None:
    ratio = score.median_span_ratio
    ratio_text = f"{ratio:.2f}" if ratio is not None else "-"
    print(
        f"seed: covered {score.covered}/{len(score.items)}, unexpected {len(score.unexpected)}, "
        f"median span ratio {ratio_text}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--cases", type=Path, help="a JSONL case file instead of a split")
    parser.add_argument("--verbose", action="store_true", help="list missed items and false alarms")
    parser.add_argument(
        "--cache-dir", type=Path, help="an embedding cache folder, so a re-run skips the model"
    )
    args = parser.parse_args(argv)
    cases = load_cases(case_files(args.split, args.cases))
    checker = Checker(CheckConfig(cache_dir=args.cache_dir))
    tallies: dict[str, Tally] = {}
    for case, report in zip(cases, check_cases(checker, cases), strict=True):
        score_case(report, case, tallies.setdefault(case["type"], Tally()))
    label = str(args.cases) if args.cases else f"split {args.split}"
    print(f"driftcheck labelled evaluation, {label}: {len(cases)} cases")
    print_table(tallies)
    print_seed(seed_score(checker))
    if args.verbose:
        for type_ in TYPES:
            notes = tallies[type_].notes if type_ in tallies else []
            if notes:
                print(f"\n{type_}:")
                print("\n".join(notes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
