"""The CI formats against their schemas and documented shapes, from the hand-built batch."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest

from driftcheck.renderers import Format, render, render_batch
from tests.reports import hand_built_batch, hand_built_report

SARIF_SCHEMA = Path(__file__).parent / "schemas" / "sarif-2.1.0-rtm.5.json"


@pytest.mark.parametrize("render_one", [True, False])
def test_sarif_validates_against_the_2_1_0_schema(render_one: bool) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    payload = (
        render(hand_built_report(), Format.SARIF)
        if render_one
        else render_batch(hand_built_batch(), Format.SARIF)
    )
    log = json.loads(payload)
    jsonschema.validate(log, schema, format_checker=jsonschema.FormatChecker())
    results = log["runs"][0]["results"]
    assert [r["ruleId"] for r in results] == ["DC301", "DC101", "DC304", "DC201"]
    drift = results[0]
    location = drift["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "version.txt"
    assert location["region"]["startLine"] == 1 and location["region"]["startColumn"] == 10
    related = drift["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "original.txt"
    assert len({r["partialFingerprints"]["driftcheckContent/v1"] for r in results}) == 4
    assert log["runs"][0]["properties"]["signature"].startswith("tool:0.1.0|model:")


def test_sarif_pair_errors_are_notifications() -> None:
    run = json.loads(render_batch(hand_built_batch(), Format.SARIF))["runs"][0]
    invocation = run["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"][0]["level"] == "error"


def test_gitlab_code_quality_shape() -> None:
    issues = json.loads(render_batch(hand_built_batch(), Format.GITLAB))
    assert isinstance(issues, list) and len(issues) == 5
    for issue in issues:
        assert isinstance(issue["description"], str) and issue["description"]
        assert isinstance(issue["check_name"], str)
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert isinstance(issue["location"]["path"], str)
        assert isinstance(issue["location"]["lines"]["begin"], int)
    fingerprints = [issue["fingerprint"] for issue in issues]
    assert len(set(fingerprints)) == len(fingerprints)


def test_gitlab_fingerprints_stay_unique_for_repeated_findings() -> None:
    from dataclasses import replace

    batch = hand_built_batch()
    report = batch.pairs[0].report
    assert report is not None
    doubled = replace(report, findings=report.findings + report.findings[:1])
    batch = replace(batch, pairs=(replace(batch.pairs[0], report=doubled),))
    issues = json.loads(render_batch(batch, Format.GITLAB))
    assert len({issue["fingerprint"] for issue in issues}) == len(issues) == 5


def test_junit_parses_with_one_case_per_pair() -> None:
    root = ET.fromstring(render_batch(hand_built_batch(), Format.JUNIT))
    cases = root.findall("./testsuite/testcase")
    assert [c.get("name") for c in cases] == ["news/version.txt", "news/missing.txt"]
    assert cases[0].find("failure") is not None
    assert cases[1].find("error") is not None
    assert root.get("failures") == "1" and root.get("errors") == "1"


def test_github_commands_are_escaped_and_worst_first() -> None:
    lines = render_batch(hand_built_batch(), Format.GITHUB).splitlines()
    assert lines[0].startswith("::error file=version.txt,line=1,endLine=1,col=10,endColumn=23,")
    assert "%0A" in lines[0] and "\n" not in lines[0]
    assert lines[-1].startswith("driftcheck signature: tool:")


def test_jsonl_is_one_object_a_line_with_the_signature() -> None:
    lines = [
        json.loads(line) for line in render_batch(hand_built_batch(), Format.JSONL).splitlines()
    ]
    assert [line["type"] for line in lines] == ["finding"] * 4 + ["error", "stale-baseline"]
    assert all(line["signature"].startswith("tool:0.1.0") for line in lines)
    assert lines[0]["version"]["line"] == 1 and lines[0]["version"]["column"] == 10


@pytest.mark.parametrize("fmt", list(Format))
def test_every_format_carries_the_signature(fmt: Format) -> None:
    assert "model:all-MiniLM-L6-v2" in render_batch(hand_built_batch(), fmt)
