"""eval/first_sight.py pools first-sight reports into per-type recall and per-rule figures.

No model and no git here: a hand-written dump of two cases, scored by the rule of
``driftcheck.evaluation``, so the table the README quotes counts what it says it counts.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

EVAL = Path(__file__).resolve().parent.parent / "eval"


@pytest.fixture
def first_sight(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(EVAL))
    import first_sight as module

    return module


def _finding(rule: str, severity: str, original: tuple[str, str] | None, version: tuple[str, str] | None) -> dict[str, Any]:  # fmt: skip
    def span(side: tuple[str, str] | None) -> dict[str, Any] | None:
        if side is None:
            return None
        text, quoted = side
        start = text.index(quoted)
        return {"start": start, "end": start + len(quoted), "text": quoted}

    kind = "drift" if original and version else "omission" if original else "addition"
    return {"kind": kind, "rule": rule, "severity": severity, "original": span(original), "version": span(version)}  # fmt: skip


NUMBER_ORIGINAL = "The port handled 3,200 ships last year. Its director retired in May."
NUMBER_VERSION = "The port handled 2,300 ships last year. Its director stepped down in May."
FAITHFUL_ORIGINAL = "The council did not approve the budget."
FAITHFUL_VERSION = "The council refused to approve the budget."


def _dump(path: Path) -> Path:
    number_case = {
        "id": "num-1",
        "type": "number",
        "original": NUMBER_ORIGINAL,
        "version": NUMBER_VERSION,
        "items": [{"id": "num-1-1", "kind": "drift", "original": "3,200", "version": "2,300"}],
        "acceptable": [],
    }
    faithful_case = {
        "id": "faith-1",
        "type": "faithful",
        "original": FAITHFUL_ORIGINAL,
        "version": FAITHFUL_VERSION,
        "items": [],
        "acceptable": [],
    }
    number_findings = [
        _finding("DC301", "critical", (NUMBER_ORIGINAL, "3,200"), (NUMBER_VERSION, "2,300")),
        _finding("DC309", "major", (NUMBER_ORIGINAL, "retired"), (NUMBER_VERSION, "stepped down")),
    ]
    faithful_findings = [
        _finding(
            "DC303", "critical", (FAITHFUL_ORIGINAL, "did not"), (FAITHFUL_VERSION, "refused")
        ),
        _finding("DC205", "minor", None, (FAITHFUL_VERSION, "refused")),
    ]
    lines = [
        {"case": number_case, "report": {"findings": number_findings}},
        {"case": faithful_case, "report": {"findings": faithful_findings}},
    ]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    return path


def test_a_finding_is_a_hit_a_false_alarm_or_acceptable(first_sight: ModuleType) -> None:
    case = {
        "original": NUMBER_ORIGINAL,
        "version": NUMBER_VERSION,
        "items": [{"id": "i", "kind": "drift", "original": "3,200", "version": "2,300"}],
        "acceptable": [
            {"id": "a", "kind": "drift", "original": "retired", "version": "stepped down"}
        ],
    }
    hit = _finding("DC301", "critical", (NUMBER_ORIGINAL, "3,200"), (NUMBER_VERSION, "2,300"))
    excused = _finding("DC309", "major", (NUMBER_ORIGINAL, "retired"), (NUMBER_VERSION, "stepped down"))  # fmt: skip
    wrong_kind = _finding("DC103", "major", (NUMBER_ORIGINAL, "3,200"), None)
    assert first_sight.finding_outcome(hit, case) == "hit"
    assert first_sight.finding_outcome(excused, case) == "acceptable"
    assert first_sight.finding_outcome(wrong_kind, case) == "false"


def test_the_table_counts_recall_faithful_cases_and_rules(
    first_sight: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first_sight.table([_dump(tmp_path / "round.jsonl")])
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split() == ["number", "1", "1", "100.0%"]
    assert "1/1 = 100.0%" in lines[2]
    rows = {line.split()[0]: line.split() for line in lines[5:]}
    assert rows["DC301"] == ["DC301", "critical", "1", "0", "100%", "0"]
    assert rows["DC309"] == ["DC309", "major", "0", "1", "0%", "0"]
    assert rows["DC303"] == ["DC303", "critical", "0", "1", "0%", "1"]
    assert rows["DC205"] == ["DC205", "minor", "0", "1", "0%", "0"]


def test_a_dump_is_never_written_over(first_sight: ModuleType, tmp_path: Path) -> None:
    existing = tmp_path / "round.jsonl"
    existing.write_text("kept\n", encoding="utf-8")
    assert first_sight.main(["run", "HEAD", "GM", str(existing)]) == 2
    assert existing.read_text(encoding="utf-8") == "kept\n"


def test_an_unknown_module_is_a_one_line_error(
    first_sight: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "round.jsonl"
    assert first_sight.main(["dump", str(EVAL.parent), "ZZ", str(out)]) == 2
    assert capsys.readouterr().err == "error: no source module source.articles_ZZ\n"
    assert not out.exists()
