"""The command line: exit codes, one-line errors, and a light start-up."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from driftcheck.cli import main
from tests.conftest import SEED_ORIGINAL, SEED_VERSION


def test_help_does_not_import_torch() -> None:
    code = (
        "import sys\n"
        "from driftcheck.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'transformers') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_missing_file_is_one_line_and_exit_2(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", str(tmp_path / "nope.txt"), str(SEED_VERSION)])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"driftcheck: error: {tmp_path / 'nope.txt'}: no such file"
    ]


def test_article_against_itself_is_clean(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        main, ["check", str(SEED_ORIGINAL), str(SEED_ORIGINAL), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["findings"] == []
    assert data["verdict"]["exit_code"] == 0


@pytest.mark.parametrize("fail_on, code", [("minor", 1), ("critical", 1)])
def test_fail_on_sets_the_exit_code(fail_on: str, code: int, tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    result = CliRunner().invoke(
        main,
        [
            "check",
            str(SEED_ORIGINAL),
            str(SEED_VERSION),
            "--format",
            "json",
            "-o",
            str(out),
            "--fail-on",
            fail_on,
        ],
    )
    assert result.exit_code == code
    data = json.loads(out.read_text(encoding="utf-8"))
    worst = max({"minor": 1, "major": 2, "critical": 3}[f["severity"]] for f in data["findings"])
    assert (worst >= {"minor": 1, "major": 2, "critical": 3}[fail_on]) == bool(code)


def test_fail_on_above_every_finding_exits_0(tmp_path: Path) -> None:
    original = tmp_path / "o.txt"
    version = tmp_path / "v.txt"
    original.write_text(
        "The ministers met on Monday in Brussels.\nU.S. drawdown\n", encoding="utf-8"
    )
    version.write_text("The ministers met on Monday in Brussels.\n", encoding="utf-8")
    minor = CliRunner().invoke(main, ["check", str(original), str(version), "--fail-on", "major"])
    assert minor.exit_code == 0, minor.output
    strict = CliRunner().invoke(main, ["check", str(original), str(version), "--fail-on", "minor"])
    assert strict.exit_code == 1


def test_output_never_overwrites_an_input(tmp_path: Path) -> None:
    original = tmp_path / "o.txt"
    original.write_text("One sentence here.", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", str(original), str(SEED_VERSION), "-o", str(original)]
    )
    assert result.exit_code == 2
    assert "is an input file" in result.output
    assert original.read_text(encoding="utf-8") == "One sentence here."
