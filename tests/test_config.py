"""Configuration files: found upward, overridden by flags, wrong keys and values refused in one line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from driftcheck.cli import main
from driftcheck.config import find_config, load_config
from driftcheck.errors import ConfigError

CASE = Path(__file__).parent / "cases" / "markdown" / "01-grain-harvest"


def _check(*args: str) -> Result:
    return CliRunner().invoke(
        main, ["check", "original.md", "version.md", "--format", "json", *args]
    )


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project with the grain-harvest pair (one critical DC301 finding) and its own cache."""
    shutil.copy(CASE / "original.md", tmp_path / "original.md")
    shutil.copy(CASE / "version.md", tmp_path / "version.md")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DRIFTCHECK_CACHE_DIR", str(tmp_path.parent / "shared-cache"))
    return tmp_path


def test_pyproject_table_is_found_upward_and_flags_override_it(
    workdir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (workdir / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.driftcheck]\nfail-on = "critical"\n'
        'severity = { DC301 = "major" }\n',
        encoding="utf-8",
    )
    (workdir / "sub").mkdir()
    for name in ("original.md", "version.md"):
        shutil.copy(workdir / name, workdir / "sub" / name)
    monkeypatch.chdir(workdir / "sub")
    configured = _check()
    assert configured.exit_code == 0, configured.output
    data = json.loads(configured.stdout)
    assert [f["severity"] for f in data["findings"]] == ["major"]
    assert _check("--fail-on", "major").exit_code == 1


def test_driftcheck_toml_can_turn_a_rule_off(workdir: Path) -> None:
    (workdir / "driftcheck.toml").write_text('severity = { DC301 = "off" }\n', encoding="utf-8")
    result = _check()
    assert result.exit_code == 0
    assert json.loads(result.stdout)["findings"] == []
    assert "|config:" in json.loads(result.stdout)["signature"]


def test_config_changes_the_signature_hash(workdir: Path) -> None:
    plain = json.loads(_check("--fail-on", "critical").stdout)["signature"]
    strict = json.loads(_check("--fail-on", "minor").stdout)["signature"]
    assert plain != strict


@pytest.mark.parametrize(
    "content, message",
    [
        ('colour = "red"\n', "driftcheck.toml: unknown key 'colour'; known keys: "),
        (
            'fail-on = "huge"\n',
            "driftcheck.toml: key 'fail-on': 'huge' is not one of minor, major, critical",
        ),
        ("jobs = 0\n", "driftcheck.toml: key 'jobs': expected a whole number of at least 1, got 0"),
        ('severity = { DC999 = "minor" }\n', "driftcheck.toml: key 'severity.DC999': no such rule"),
        (
            "thresholds = { drift = 3 }\n",
            "driftcheck.toml: key 'thresholds.drift': expected a similarity",
        ),
        ("fail-on = \n", "driftcheck.toml: not valid TOML"),
    ],
)
def test_bad_config_is_one_line_naming_file_and_key(
    content: str, message: str, workdir: Path
) -> None:
    (workdir / "driftcheck.toml").write_text(content, encoding="utf-8")
    result = _check()
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("driftcheck: error: ") and message in lines[0]


def test_unknown_threshold_name_is_refused(workdir: Path) -> None:
    (workdir / "driftcheck.toml").write_text("thresholds = { drfit = 0.5 }\n", encoding="utf-8")
    result = _check()
    assert result.exit_code == 2
    assert "unknown threshold 'drfit'" in result.output


def test_explicit_config_wins_over_discovery(workdir: Path) -> None:
    (workdir / "driftcheck.toml").write_text('colour = "red"\n', encoding="utf-8")
    other = workdir / "ci.toml"
    other.write_text('[tool.driftcheck]\nfail-on = "critical"\n', encoding="utf-8")
    assert _check("--config", str(other)).exit_code == 1


def test_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "pyproject.toml").write_text("[tool.other]\nx = 1\n", encoding="utf-8")
    assert find_config(tmp_path / "a") is None


def test_paths_in_a_config_are_relative_to_it(tmp_path: Path) -> None:
    path = tmp_path / "driftcheck.toml"
    path.write_text('cache-dir = "cache"\nbaseline = "b.json"\n', encoding="utf-8")
    defaults = load_config(path).defaults
    assert defaults == {"cache_dir": tmp_path / "cache", "baseline": tmp_path / "b.json"}


def test_load_config_raises_config_error(tmp_path: Path) -> None:
    path = tmp_path / "driftcheck.toml"
    path.write_text("no-cache = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="key 'no-cache': expected true or false"):
        load_config(path)
