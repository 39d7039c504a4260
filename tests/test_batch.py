"""Many pairs in one run, with the real model: the 22 Markdown cases under tests/cases/markdown."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from driftcheck.cli import main
from driftcheck.pipeline import Checker

CASES = Path(__file__).parent / "cases" / "markdown"
PAIRS = [str(CASES / "*" / "original.md"), "{dir}/version.md"]


def _run(*args: str, cache: Path) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["check", "--cache-dir", str(cache), *args])
    return result.exit_code, result.stdout


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(scope="module")
def findings(cache: Path) -> list[dict[str, Any]]:
    code, out = _run("--pairs", *PAIRS, "--format", "jsonl", cache=cache)
    assert code == 1
    return [json.loads(line) for line in out.splitlines()]


def test_there_are_at_least_20_pairs() -> None:
    assert len(list(CASES.glob("*/version.md"))) >= 20


@pytest.mark.parametrize("case", sorted(p.name for p in CASES.iterdir() if p.is_dir()))
def test_planted_drift_lands_on_its_file_line_and_column(
    case: str, findings: list[dict[str, Any]]
) -> None:
    expected = json.loads((CASES / case / "expected.json").read_text(encoding="utf-8"))
    mine = [f for f in findings if f["pair"].split("/")[-2] == case]
    assert all(f["type"] == "finding" for f in mine)
    if expected["plan"] == "faithful":
        assert mine == []
        return
    for side in ("original", "version"):
        want = expected.get(f"{side}_text")
        if want is None:
            continue
        hits = [f[side] for f in mine if f[side] and want in f[side]["text"]]
        assert hits, (side, want, mine)
        for location in hits:
            path = Path(location["path"])
            assert path == CASES / case / f"{side}.md"
            line = path.read_text(encoding="utf-8").splitlines()[location["line"] - 1]
            first_line = location["text"].splitlines()[0]
            assert line[location["column"] - 1 :].startswith(first_line)


def test_exit_code_follows_fail_on(cache: Path) -> None:
    assert _run("--pairs", *PAIRS, "--fail-on", "critical", cache=cache)[0] == 1
    only_major = _run(
        "--pairs",
        *PAIRS,
        "--severity",
        "DC301=major",
        "--severity",
        "DC302=major",
        "--fail-on",
        "critical",
        cache=cache,
    )
    assert only_major[0] == 0
    assert _run("--pairs", *PAIRS, "--exit-zero", cache=cache)[0] == 0


def test_json_is_byte_identical_across_jobs_and_runs(cache: Path, tmp_path: Path) -> None:
    outputs = []
    for jobs in ("1", "2", "2"):
        code, out = _run("--pairs", *PAIRS, "--format", "json", "--jobs", jobs, cache=cache)
        assert code == 1
        outputs.append(out)
    assert outputs[0] == outputs[1] == outputs[2]
    cold = _run("--pairs", *PAIRS, "--format", "json", cache=tmp_path / "fresh")[1]
    assert cold == outputs[0]
    assert _run("--pairs", *PAIRS, "--format", "json", cache=tmp_path / "fresh")[1] == outputs[0]


def test_min_severity_hides_findings_below_it(cache: Path) -> None:
    code, out = _run(
        "--pairs", *PAIRS, "--format", "jsonl", "--min-severity", "critical", cache=cache
    )
    lines = [json.loads(line) for line in out.splitlines()]
    assert lines and {line["severity"] for line in lines} == {"critical"}
    assert code == 1


def test_manifest_runs_the_good_pairs_and_reports_the_missing_one(
    cache: Path, tmp_path: Path
) -> None:
    manifest = tmp_path / "pairs.jsonl"
    rows = [
        {
            "id": "bridge",
            "original": str(CASES / "00-harbour-bridge" / "original.md"),
            "version": str(CASES / "00-harbour-bridge" / "version.md"),
        },
        {
            "id": "gone",
            "original": str(CASES / "00-harbour-bridge" / "original.md"),
            "version": str(tmp_path / "nope.md"),
        },
        {
            "id": "grain",
            "original": str(CASES / "01-grain-harvest" / "original.md"),
            "version": str(CASES / "01-grain-harvest" / "version.md"),
            "fail_on": "critical",
        },
    ]
    manifest.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    result = CliRunner().invoke(
        main, ["check", "--manifest", str(manifest), "--format", "json", "--cache-dir", str(cache)]
    )
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    assert [p["id"] for p in data["pairs"]] == ["bridge", "gone", "grain"]
    assert data["pairs"][1]["error"] == f"{tmp_path / 'nope.md'}: no such file"
    assert data["pairs"][2]["report"]["verdict"]["fail_on"] == "critical"
    assert data["pairs"][2]["report"]["findings"]
    assert f"driftcheck: error: gone: {tmp_path / 'nope.md'}: no such file" in result.stderr


def test_csv_manifest_is_read_like_jsonl(cache: Path, tmp_path: Path) -> None:
    manifest = tmp_path / "pairs.csv"
    manifest.write_text(
        "id,original,version\n"
        f"a,{CASES / '02-museum-theft' / 'original.md'},{CASES / '02-museum-theft' / 'version.md'}\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["check", "--manifest", str(manifest), "--format", "junit", "--cache-dir", str(cache)]
    )
    assert result.exit_code == 0, result.output
    assert 'name="a"' in result.stdout


@pytest.mark.parametrize(
    "content, message",
    [
        (
            '{"original": "a.md", "version": "b.md"}\n{"original": "a.md"\n',
            "pairs.jsonl:2: not valid JSON",
        ),
        ('{"original": "a.md"}\n', "pairs.jsonl:1: missing 'version'"),
        (
            '{"original": "a.md", "version": "b.md", "colour": 1}\n',
            "pairs.jsonl:1: unknown key(s) colour",
        ),
        ("[1, 2]\n", "pairs.jsonl:1: expected a JSON object"),
    ],
)
def test_malformed_manifest_line_is_one_line_and_exit_2(
    content: str, message: str, tmp_path: Path
) -> None:
    manifest = tmp_path / "pairs.jsonl"
    manifest.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--manifest", str(manifest), "--no-cache"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("driftcheck: error: ")
    assert message in lines[0]


def test_pairs_and_files_together_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["check", "a.md", "b.md", "--pairs", "*.md", "{path}"])
    assert result.exit_code == 2
    assert "give ORIGINAL VERSION, or --manifest FILE, or --pairs GLOB TEMPLATE" in result.output


def test_github_format_writes_the_job_summary(
    cache: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out = _run("--pairs", *PAIRS, "--format", "github", cache=cache)
    assert code == 1
    annotations = [line for line in out.splitlines() if line.startswith("::")]
    assert annotations[0].startswith("::error file=") and "DC301" in annotations[0]
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("earlier step\n## driftcheck: FAIL")
    assert "| critical | `DC301` number-changed |" in written


def test_manifest_paths_are_relative_to_the_manifest(tmp_path: Path) -> None:
    from driftcheck.batch import read_manifest

    (tmp_path / "sub").mkdir()
    manifest = tmp_path / "sub" / "pairs.csv"
    manifest.write_text("original,version,markup\nen/a.md,es/a.md,html\n", encoding="utf-8")
    (spec,) = read_manifest(manifest)
    assert (spec.id, spec.original, spec.version) == (
        "es/a.md",
        tmp_path / "sub" / "en" / "a.md",
        tmp_path / "sub" / "es" / "a.md",
    )
    assert spec.markup.value == "html"


def test_glob_template_placeholders(tmp_path: Path) -> None:
    from driftcheck.batch import pairs_from_glob

    for name in ("en/x/a.md", "en/b.md", "en/c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    specs = pairs_from_glob("en/**/*.md", "es/{path}", root=tmp_path)
    assert [(s.id, s.version) for s in specs] == [
        ("en/b.md", tmp_path / "es" / "b.md"),
        ("en/x/a.md", tmp_path / "es" / "x" / "a.md"),
    ]
    (spec,) = pairs_from_glob("en/*.txt", "{dir}/{stem}.es{suffix}", root=tmp_path)
    assert spec.version == tmp_path / "en" / "c.es.txt"


def test_check_many_matches_check_pair_by_pair(checker: Checker) -> None:
    from driftcheck.markup import load_document

    pairs = [
        (load_document(CASES / case / "original.md"), load_document(CASES / case / "version.md"))
        for case in ("01-grain-harvest", "04-volcano-alert", "05-hospital-wing")
    ]
    together = checker.check_many(pairs, jobs=2)
    alone = [checker.check(*pair) for pair in pairs]
    assert [r.findings for r in together] == [r.findings for r in alone]  # type: ignore[union-attr]
