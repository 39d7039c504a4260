"""The rule catalogue: stable codes, and the published docs generated from it."""

from __future__ import annotations

from pathlib import Path

from driftcheck.rules import RULES, Kind, rules_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_codes_are_unique_and_numbered_by_kind() -> None:
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    prefix = {Kind.OMISSION: "DC1", Kind.ADDITION: "DC2", Kind.DRIFT: "DC3"}
    assert all(r.code.startswith(prefix[r.kind]) for r in RULES)


def test_every_rule_is_documented() -> None:
    assert all(r.summary and r.why and r.example for r in RULES)


def test_docs_are_generated_from_the_catalogue() -> None:
    assert DOCS.read_text(encoding="utf-8") == rules_markdown(), (
        "run: python -m driftcheck.rules > docs/rules.md"
    )
