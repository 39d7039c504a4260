"""The labelled evaluation set (eval/labelled/*.jsonl) is well formed and big enough.

No model here: these checks guard the data the evaluation command scores against, so that a
typo in a quoted substring or a lost case shows up as a failing test, not as a silent drop in
recall.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from driftcheck.documents import Document
from driftcheck.sentences import split_sentences

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "eval"
SPLITS = ("dev", "test")
CHANGE_TYPES = (
    "number",
    "date",
    "entity",
    "role",
    "negation",
    "modality",
    "stance",
    "attribution",
    "quote",
    "causal",
    "omission_partial",
    "addition_partial",
    "omission_sentence",
    "addition_sentence",
)
TYPES = (*CHANGE_TYPES, "faithful")
SIDES = {"drift": {"original", "version"}, "omission": {"original"}, "addition": {"version"}}
MIN_PER_TYPE = 12
MIN_FAITHFUL = 60
MIN_PER_TYPE_PER_SPLIT = 12


def _load(split: str) -> list[dict[str, Any]]:
    lines = (EVAL / "labelled" / f"{split}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


@pytest.fixture(scope="module")
def cases() -> dict[str, list[dict[str, Any]]]:
    return {split: _load(split) for split in SPLITS}


def _all(cases: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    return [case for split in SPLITS for case in cases[split]]


def test_every_line_is_a_case_with_the_required_keys(
    cases: dict[str, list[dict[str, Any]]],
) -> None:
    for case in _all(cases):
        assert {"id", "type", "original", "version", "items"} <= case.keys(), case.get("id")
        assert case["type"] in TYPES, case["id"]
        assert isinstance(case["items"], list)
        assert isinstance(case.get("acceptable", []), list)


def test_case_and_item_ids_are_unique(cases: dict[str, list[dict[str, Any]]]) -> None:
    all_cases = _all(cases)
    ids = [c["id"] for c in all_cases]
    item_ids = [e["id"] for c in all_cases for e in c["items"] + c.get("acceptable", [])]
    assert len(ids) == len(set(ids))
    assert len(item_ids) == len(set(item_ids))


def test_each_quote_occurs_exactly_once_on_the_sides_its_kind_needs(
    cases: dict[str, list[dict[str, Any]]],
) -> None:
    for case in _all(cases):
        for entry in case["items"] + case.get("acceptable", []):
            assert entry["kind"] in SIDES, entry["id"]
            sides = {side for side in ("original", "version") if side in entry}
            assert sides == SIDES[entry["kind"]], entry["id"]
            for side in sides:
                assert entry[side].strip(), entry["id"]
                assert case[side].count(entry[side]) == 1, (entry["id"], side)


def test_faithful_cases_have_no_items_and_the_others_have_one(
    cases: dict[str, list[dict[str, Any]]],
) -> None:
    for case in _all(cases):
        if case["type"] == "faithful":
            assert case["items"] == [], case["id"]
        else:
            assert case["items"], case["id"]
            assert case["original"] != case["version"], case["id"]


def test_each_side_is_a_small_article(cases: dict[str, list[dict[str, Any]]]) -> None:
    for case in _all(cases):
        for side in ("original", "version"):
            count = len(split_sentences(Document(side, case[side])))
            assert 2 <= count <= 8, (case["id"], side, count)


def test_counts_per_type_meet_the_minimums(cases: dict[str, list[dict[str, Any]]]) -> None:
    totals = Counter(c["type"] for c in _all(cases))
    for type_ in CHANGE_TYPES:
        assert totals[type_] >= MIN_PER_TYPE, type_
    assert totals["faithful"] >= MIN_FAITHFUL
    for split in SPLITS:
        per_split = Counter(c["type"] for c in cases[split])
        for type_ in TYPES:
            assert per_split[type_] >= MIN_PER_TYPE_PER_SPLIT, (split, type_)


def test_splits_are_balanced_and_share_no_article(
    cases: dict[str, list[dict[str, Any]]],
) -> None:
    # Each spent test split joins dev and a fresh one is written (eval/README.md), so dev grows
    # and the share of test falls; the test split stays big enough to report on (the per-type
    # minimum is checked above) and smaller than what is tuned on.
    dev, test = len(cases["dev"]), len(cases["test"])
    assert 250 <= test < dev
    articles = [{c["article"] for c in cases[split]} for split in SPLITS]
    assert not articles[0] & articles[1]


def test_the_seed_topic_is_not_reused(cases: dict[str, list[dict[str, Any]]]) -> None:
    seed_words = re.compile(r"\b(nato|taliban|afghan\w*|stoltenberg)\b", re.IGNORECASE)
    for case in _all(cases):
        assert not seed_words.search(case["original"] + case["version"]), case["id"]


def test_case_files_are_what_the_builder_writes(
    cases: dict[str, list[dict[str, Any]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The JSONL files are generated from eval/source/: hand edits there would be lost."""
    monkeypatch.syspath_prepend(str(EVAL))
    import build_cases

    built = build_cases.build()
    for split in SPLITS:
        assert built[split] == cases[split], (
            f"{split}.jsonl is stale: run python eval/build_cases.py"
        )
