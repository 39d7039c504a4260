"""Baselines with the real model: accepted findings survive unrelated edits, not edits to them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from driftcheck.baseline import Baseline, BaselineEntry, normalise, read_baseline, render_baseline
from driftcheck.cli import main

CASES = Path(__file__).parent / "cases" / "markdown"


def _check(root: Path, cache: Path, *args: str) -> Result:
    return CliRunner().invoke(
        main,
        [
            "check",
            "--pairs",
            str(root / "*" / "original.md"),
            "{dir}/version.md",
            "--cache-dir",
            str(cache),
            "--format",
            "json",
            *args,
        ],
    )


def test_baseline_hides_until_the_sentence_changes(tmp_path: Path) -> None:
    root, cache = tmp_path / "cases", tmp_path / "cache"
    for case in ("04-volcano-alert", "06-satellite-launch"):
        shutil.copytree(CASES / case, root / case)
    baseline = tmp_path / "baseline.json"
    first = _check(root, cache, "--write-baseline", str(baseline))
    assert first.exit_code == 1
    entries = read_baseline(baseline).entries
    assert sorted(e.rule for e in entries) == ["DC101", "DC201"]

    # An unrelated edit: the lead paragraph re-wrapped and front matter added; every offset moves.
    original = root / "04-volcano-alert" / "original.md"
    text = original.read_text(encoding="utf-8")
    text = text.replace(". Residents", ".\nResidents")
    original.write_text("---\nedited: yes\n---\n" + text, encoding="utf-8")
    hidden = _check(root, cache, "--baseline", str(baseline))
    assert hidden.exit_code == 0, hidden.output
    data = json.loads(hidden.stdout)
    assert data["baseline"] == {"hidden": 2, "stale": []}
    assert all(p["report"]["findings"] == [] for p in data["pairs"])

    # The accepted added sentence itself changes: it is a new finding, its old entry is stale.
    version = root / "06-satellite-launch" / "version.md"
    text = version.read_text(encoding="utf-8")
    version.write_text(
        text.replace("could not be appealed", "would be appealed in May"), encoding="utf-8"
    )
    back = _check(root, cache, "--baseline", str(baseline))
    assert back.exit_code == 1
    data = json.loads(back.stdout)
    assert data["baseline"]["hidden"] == 1
    assert [s["rule"] for s in data["baseline"]["stale"]] == ["DC201"]
    findings = [f for p in data["pairs"] for f in p["report"]["findings"]]
    assert [f["rule"] for f in findings] == ["DC201"]
    assert "appealed in May" in findings[0]["version"]["text"]
    assert "1 stale baseline entries" in back.stderr


def test_rewriting_a_baseline_keeps_reasons(tmp_path: Path) -> None:
    root, cache = tmp_path / "cases", tmp_path / "cache"
    shutil.copytree(CASES / "06-satellite-launch", root / "06-satellite-launch")
    baseline = tmp_path / "baseline.json"
    assert _check(root, cache, "--write-baseline", str(baseline)).exit_code == 1
    entry = read_baseline(baseline).entries[0]
    from dataclasses import replace

    baseline.write_text(
        render_baseline(Baseline((replace(entry, reason="added by the desk on purpose"),))),
        encoding="utf-8",
    )
    assert (
        _check(
            root, cache, "--baseline", str(baseline), "--write-baseline", str(baseline)
        ).exit_code
        == 0
    )
    assert read_baseline(baseline).entries[0].reason == "added by the desk on purpose"


def test_normalise_folds_quotes_and_space() -> None:
    assert normalise("  “Yes,”\n he said’s ") == '"Yes," he said\'s'


def test_malformed_baseline_is_one_line_and_exit_2(tmp_path: Path) -> None:
    baseline = tmp_path / "b.json"
    baseline.write_text(
        json.dumps({"schema": "driftcheck-baseline/1", "entries": [{}]}), encoding="utf-8"
    )
    result = _check(tmp_path / "nowhere", tmp_path / "cache", "--baseline", str(baseline))
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"driftcheck: error: {baseline}: entry 1 needs string fields pair, fingerprint, rule, original, version"
    ]


def test_baseline_entries_round_trip(tmp_path: Path) -> None:
    entry = BaselineEntry("p", "0" * 32, "DC101", "A.", "", "why")
    path = tmp_path / "b.json"
    path.write_text(render_baseline(Baseline((entry,))), encoding="utf-8")
    assert read_baseline(path).entries == (entry,)
