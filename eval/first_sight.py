"""First-sight figures: blind rounds checked again by the code each was first run on.

    python eval/first_sight.py run COMMIT MODULES OUT.jsonl [--cache-dir DIR]
    python eval/first_sight.py table OUT.jsonl [OUT.jsonl ...]

Tuning on a blind round removes its false alarms, so only its first run says how the detector
meets text it was not tuned on; eval/README.md names the commit each round was first run on.
``run`` checks that commit out into a temporary git worktree, runs its detector over the
round's cases (taken from the current labelled files, by the articles of MODULES, such as
``GM,GN,GO,GP``) and writes one line per case with its report. ``table`` pools such files and
prints recall per type, the faithful cases with a major or critical finding, and per rule the
findings that covered an item against the false alarms: where the detector is weak on text it
has not seen, which one held-out split of 52 faithful versions is too small to tell.

The detector of the commit is run by the evaluation code of the current tree
(``run.check_cases``), which reads the report through ``Checker.check_many``: commits from
round 19 on (eval/README.md) have it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import run as evaluation

import driftcheck
from driftcheck.evaluation import score_report


def module_cases(modules: Iterable[str]) -> list[dict[str, Any]]:
    """The labelled cases (dev and test) of the articles in ``source.articles_<module>``."""
    slugs = {
        article.slug
        for module in modules
        for article in importlib.import_module(f"source.articles_{module}").ARTICLES
    }
    files = [evaluation.LABELLED / f"{split}.jsonl" for split in ("dev", "test")]
    return [case for case in evaluation.load_cases(files) if case["article"] in slugs]


def run_commit(commit: str, modules: str, out: Path, cache_dir: Path | None) -> int:
    """Check ``commit`` out beside the repository and dump its reports (see ``dump``)."""
    with tempfile.TemporaryDirectory(prefix="driftcheck-first-sight-") as scratch:
        tree = Path(scratch) / "tree"
        added = subprocess.run(
            [
                "git",
                "-C",
                str(evaluation.ROOT),
                "worktree",
                "add",
                "--quiet",
                "--detach",
                str(tree),
                commit,
            ],
            check=False,
        )
        if added.returncode != 0:
            print(f"error: cannot check out {commit!r} into a worktree", file=sys.stderr)
            return 2
        try:
            command = [sys.executable, str(Path(__file__).resolve()), "dump", str(tree), modules]
            command += [str(out.resolve())]
            if cache_dir is not None:
                command += ["--cache-dir", str(cache_dir.resolve())]
            env = {**os.environ, "PYTHONPATH": str(tree)}
            return subprocess.run(command, env=env, check=False).returncode
        finally:
            subprocess.run(
                ["git", "-C", str(evaluation.ROOT), "worktree", "remove", "--force", str(tree)],
                check=True,
            )


def dump(tree: Path, modules: str, out: Path, cache_dir: Path | None) -> int:
    """Run the driftcheck of ``tree`` (first on the path) over the modules' cases."""
    if not Path(driftcheck.__file__).resolve().is_relative_to(tree.resolve()):
        print(f"error: driftcheck imported from {driftcheck.__file__}, not {tree}", file=sys.stderr)
        return 2
    try:
        cases = module_cases(modules.split(","))
    except ModuleNotFoundError as exc:
        print(f"error: no source module {exc.name}", file=sys.stderr)
        return 2
    if not cases:
        print(f"error: no labelled cases for modules {modules}", file=sys.stderr)
        return 2
    checker = evaluation.Checker(evaluation.CheckConfig(cache_dir=cache_dir))
    partial = out.with_name(out.name + ".partial")
    with partial.open("w", encoding="utf-8") as file:
        for case, report in zip(cases, evaluation.check_cases(checker, cases), strict=True):
            file.write(json.dumps({"case": case, "report": report}) + "\n")
    partial.rename(out)  # a run cut short leaves no file that ``table`` would pool
    print(f"{out}: {len(cases)} cases")
    return 0


def finding_outcome(finding: dict[str, Any], case: dict[str, Any]) -> str:
    """``hit`` (covers an item), ``false`` (covers no item and no acceptable entry) or
    ``acceptable``, by the scoring rule of ``driftcheck.evaluation``."""
    score = score_report({"findings": [finding]}, case, case["original"], case["version"])
    if score.covered:
        return "hit"
    return "false" if score.unexpected else "acceptable"


def table(paths: Iterable[Path]) -> None:
    """Print recall per type, faithful cases with a major finding, and per-rule figures."""
    tallies: dict[str, evaluation.Tally] = {}
    hits: Counter[str] = Counter()
    false: Counter[str] = Counter()
    serious_cases: Counter[str] = Counter()
    severity: dict[str, str] = {}
    for record in evaluation.load_cases(paths):
        case, findings = record["case"], record["report"]["findings"]
        evaluation.score_case(
            record["report"], case, tallies.setdefault(case["type"], evaluation.Tally())
        )
        if case["type"] == "faithful":
            serious_cases.update(
                {f["rule"] for f in findings if f["severity"] in evaluation.SERIOUS}
            )
        for finding in findings:
            severity.setdefault(finding["rule"], finding["severity"])
            outcome = finding_outcome(finding, case)
            hits[finding["rule"]] += outcome == "hit"
            false[finding["rule"]] += outcome == "false"
    faithful = tallies.pop("faithful", evaluation.Tally())
    print(f"{'type':<18} {'items':>6} {'covered':>8} {'recall':>7}")
    for type_, tally in sorted(tallies.items()):
        print(
            f"{type_:<18} {tally.items:>6} {tally.covered:>8} "
            f"{100 * tally.covered / tally.items:>6.1f}%"
        )
    share = 100 * faithful.serious_cases / faithful.cases if faithful.cases else 0.0
    print(
        "faithful cases with a major or critical finding: "
        f"{faithful.serious_cases}/{faithful.cases} = {share:.1f}%"
    )
    print()
    print(f"{'rule':<6} {'severity':<9} {'hits':>6} {'false':>6} {'hit share':>9}  faithful cases")
    for rule in sorted(severity):
        fired = hits[rule] + false[rule]
        hit_share = f"{100 * hits[rule] / fired:.0f}%" if fired else "-"
        print(
            f"{rule:<6} {severity[rule]:<9} {hits[rule]:>6} {false[rule]:>6} {hit_share:>9}  "
            f"{serious_cases[rule]}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="dump a commit's reports on some modules' cases")
    run.add_argument("commit")
    run.add_argument("modules", help="comma-separated source modules, such as GM,GN,GO,GP")
    run.add_argument("out", type=Path, help="a new JSONL file")
    run.add_argument("--cache-dir", type=Path, help="an embedding cache folder")
    inner = commands.add_parser("dump", help="(run's child) dump with the driftcheck on the path")
    inner.add_argument("tree", type=Path)
    inner.add_argument("modules")
    inner.add_argument("out", type=Path)
    inner.add_argument("--cache-dir", type=Path)
    pooled = commands.add_parser("table", help="pool dumps into recall and per-rule figures")
    pooled.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args(argv)
    if args.command in {"run", "dump"} and args.out.exists():
        print(f"error: {args.out} exists; first-sight files are not overwritten", file=sys.stderr)
        return 2
    if args.command == "run":
        return run_commit(args.commit, args.modules, args.out, args.cache_dir)
    if args.command == "dump":
        return dump(args.tree, args.modules, args.out, args.cache_dir)
    table(args.files)
    return 0


if __name__ == "__main__":
    sys.exit(main())
