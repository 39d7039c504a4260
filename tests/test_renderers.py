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


ASSETS = Path(__file__).resolve().parent.parent / "driftcheck" / "renderers" / "assets"


def _golden_form(rendered: str, fmt: Format) -> str:
    """HTML pages inline report.css and report.js: the golden files keep the page's structure
    and name the assets instead of copying them (their inlining is asserted here)."""
    if fmt is not Format.HTML:
        return rendered
    for asset in ("report.css", "report.js"):
        body = (ASSETS / asset).read_text(encoding="utf-8")
        if asset == "report.css" or "<script>" in rendered:
            assert body.strip() in rendered, f"{asset} is not inlined"
        rendered = rendered.replace(body.strip(), f"/* {asset} inlined here */")
    return rendered


def test_every_format_has_a_golden_file() -> None:
    assert set(SUFFIX) == set(Format)


@pytest.mark.parametrize("fmt", list(Format))
def test_renderer_matches_golden(fmt: Format) -> None:
    rendered = _golden_form(render(hand_built_report(), fmt), fmt)
    golden = GOLDEN / f"report.{SUFFIX[fmt]}"
    if os.environ.get("DRIFTCHECK_REGEN_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert rendered == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", list(Format))
def test_batch_renderer_matches_golden(fmt: Format) -> None:
    rendered = _golden_form(render_batch(hand_built_batch(), fmt), fmt)
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
