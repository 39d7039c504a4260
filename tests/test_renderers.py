"""Every renderer against a golden file, from one hand-built report.

Regenerate after an intended change with ``DRIFTCHECK_REGEN_GOLDEN=1 pytest tests/test_renderers.py``
and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from driftcheck.renderers import Format, render, render_batch
from tests.reports import hand_built_batch, hand_built_report

GOLDEN = Path(__file__).parent / "golden"
SUFFIX = {
    Format.TEXT: "txt",
    Format.JSON: "json",
    Format.JSONL: "jsonl",
    Format.SARIF: "sarif",
    Format.GITHUB: "github.txt",
    Format.GITLAB: "gitlab.json",
    Format.JUNIT: "junit.xml",
    Format.MARKDOWN: "md",
    Format.HTML: "html",
}


def test_every_format_has_a_golden_file() -> None:
    assert set(SUFFIX) == set(Format)


@pytest.mark.parametrize("fmt", list(Format))
def test_renderer_matches_golden(fmt: Format) -> None:
    rendered = render(hand_built_report(), fmt)
    golden = GOLDEN / f"report.{SUFFIX[fmt]}"
    if os.environ.get("DRIFTCHECK_REGEN_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert rendered == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", list(Format))
def test_batch_renderer_matches_golden(fmt: Format) -> None:
    rendered = render_batch(hand_built_batch(), fmt)
    golden = GOLDEN / f"batch.{SUFFIX[fmt]}"
    if os.environ.get("DRIFTCHECK_REGEN_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert rendered == golden.read_text(encoding="utf-8")


def test_json_has_the_documented_shape() -> None:
    data = json.loads(render(hand_built_report(), Format.JSON))
    assert {
        "schema",
        "signature",
        "verdict",
        "counts",
        "original",
        "version",
        "alignment",
        "findings",
    } <= set(data)
    finding = data["findings"][0]
    assert set(finding) == {
        "kind",
        "rule",
        "name",
        "severity",
        "reason",
        "original",
        "version",
        "link",
    }
    assert finding["original"] == {"start": 9, "end": 22, "text": "10,000 troops"}
    omission = data["findings"][1]
    assert omission["version"] is None
    assert data["alignment"][0] == {
        "original": [0],
        "version": [0],
        "score": 0.97,
        "shape": "1-1",
        "moved": False,
    }
