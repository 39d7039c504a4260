"""eval/judge_probe.py: how training pairs are labelled and how the trade-off is counted.

The pairing runs the real embedded model; the fine-tuning is only run for one step here (its
figures come from ``python eval/judge_probe.py``, minutes long, quoted in eval/README.md).
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import pytest

from driftcheck.pipeline import Checker

EVAL = Path(__file__).resolve().parent.parent / "eval"

BUDGET = "The council approved the budget on Monday."
BUDGET_PARAPHRASE = "On Monday the council passed the budget."
TAXES = "The mayor said the plan would not raise taxes."
TAXES_FLIPPED = "The mayor said the plan would raise taxes."


@pytest.fixture
def probe(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(EVAL))
    import judge_probe as module

    return module


def _case(type_: str, version: str, items: list[dict[str, str]]) -> dict[str, Any]:
    return {
        "id": f"{type_}-1",
        "type": type_,
        "article": "budget",
        "original": f"{BUDGET} {TAXES}",
        "version": version,
        "items": items,
        "acceptable": [],
    }


NEGATION = _case(
    "negation",
    f"{BUDGET_PARAPHRASE} {TAXES_FLIPPED}",
    [{"id": "n", "kind": "drift", "original": "would not raise", "version": "would raise"}],
)


def test_mutual_nearest_pairs_only_rows_that_choose_each_other(probe: ModuleType) -> None:
    left = np.array([[1.0, 0.0], [0.8, 0.6], [0.0, 1.0]])
    right = np.array([[0.96, 0.28], [0.6, 0.8], [-1.0, 0.0]])
    # right 0 and left 0 choose each other; right 1 is nearest left 1, which prefers it too;
    # right 2 points away from everything (below the floor); left 2 is nobody's nearest
    assert probe.mutual_nearest(left, right, 0.5) == [(0, 0), (1, 1)]
    assert probe.mutual_nearest(left, right, 0.99) == []
    assert probe.mutual_nearest(left[:0], right, 0.5) == []


def test_pairs_holding_a_judged_item_are_positive_paraphrases_negative(
    probe: ModuleType, checker: Checker
) -> None:
    def encode(texts: list[str]) -> np.ndarray:
        return checker.embedder.encode(texts).vectors

    pairs = probe.training_pairs([NEGATION], encode)
    assert {(p.original, p.version): p.label for p in pairs} == {
        (BUDGET, BUDGET_PARAPHRASE): 0,
        (TAXES, TAXES_FLIPPED): 1,
    }
    # an item of a type the judge is not asked about is left out rather than called a paraphrase
    number = dict(NEGATION, type="number")
    assert {(p.original, p.version) for p in probe.training_pairs([number], encode)} == {
        (BUDGET, BUDGET_PARAPHRASE)
    }


def test_balanced_takes_at_most_half_positives_and_cue_negatives_first(
    probe: ModuleType,
) -> None:
    Pair = probe.Pair
    positives = [Pair(f"a{i}", f"b{i}", 1) for i in range(5)]
    plain = [Pair(f"c{i}", f"d{i}", 0) for i in range(5)]
    cued = [Pair(f"The mayor said {i}", f"e{i}", 0) for i in range(2)]
    chosen = probe.balanced(positives + plain + cued, 6, seed=1)
    assert len(chosen) == 6
    assert sum(p.label for p in chosen) == 3
    assert set(cued) <= set(chosen)


def test_auc_counts_pairs_ranked_right_and_ties_as_half(probe: ModuleType) -> None:
    hits = np.array([True, False, True, False])
    assert probe.auc(np.array([3.0, 2.0, 1.0, 0.0]), hits) == 0.75
    assert probe.auc(np.array([1.0, 1.0, 1.0, 1.0]), hits) == 0.5
    assert np.isnan(probe.auc(np.array([1.0, 2.0]), np.array([True, True])))


def _span(text: str, quoted: str) -> dict[str, Any]:
    start = text.index(quoted)
    return {"start": start, "end": start + len(quoted), "text": quoted}


def _record(case: dict[str, Any], rule: str, quoted: tuple[str, str]) -> dict[str, Any]:
    sentences = {
        side: [{"text": text} for text in (BUDGET, TAXES)]
        if side == "original"
        else [{"text": t} for t in (BUDGET_PARAPHRASE, case["version"].split(". ")[1])]
        for side in ("original", "version")
    }
    finding = {
        "kind": "drift",
        "rule": rule,
        "severity": "critical",
        "original": _span(case["original"], quoted[0]),
        "version": _span(case["version"], quoted[1]),
        "link": 1,
    }
    return {
        "case": case,
        "report": {
            "original": {"sentences": sentences["original"]},
            "version": {"sentences": sentences["version"]},
            "alignment": [{"original": [0], "version": [0]}, {"original": [1], "version": [1]}],
            "findings": [finding],
        },
    }


def test_demoting_a_false_alarm_clears_its_faithful_case_and_a_hit_costs_recall(
    probe: ModuleType,
) -> None:
    reworded = f"{BUDGET_PARAPHRASE} The mayor said the plan would not lift taxes."
    faithful = dict(_case("faithful", reworded, []), id="faith-1")
    records = [
        _record(NEGATION, "DC303", ("would not raise", "would raise")),
        _record(faithful, "DC307", ("would not raise", "would not lift")),
    ]
    judged = probe.judged_findings(records)
    assert [(f.case_id, f.rule, f.hit) for f in judged] == [
        ("negation-1", "DC303", True),
        ("faith-1", "DC307", False),
    ]
    assert judged[0].original == TAXES and judged[0].version == TAXES_FLIPPED
    assert probe.trade_off(records, set()) == (1, 1, 1, 1)
    hit, false_alarm = judged
    assert probe.trade_off(records, {(false_alarm.case_id, false_alarm.rule, false_alarm.key)}) == (
        0,
        1,
        1,
        1,
    )
    assert probe.trade_off(records, {(hit.case_id, hit.rule, hit.key)}) == (1, 1, 0, 1)


def test_one_training_step_gives_a_score_per_pair(probe: ModuleType) -> None:
    pairs = [probe.Pair(TAXES, TAXES_FLIPPED, 1), probe.Pair(BUDGET, BUDGET_PARAPHRASE, 0)]
    model = probe.fine_tune(pairs, seed=0, batch=2)
    scores = probe.judge(model, [(p.original, p.version) for p in pairs])
    assert scores.shape == (2,) and np.isfinite(scores).all()


def test_files_that_are_not_dumps_are_a_one_line_error(
    probe: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps(NEGATION) + "\n", encoding="utf-8")
    assert probe.main([str(cases)]) == 2
    assert probe.main([str(tmp_path / "missing.jsonl")]) == 2
    errors = capsys.readouterr().err.splitlines()
    assert errors == [
        "error: not first-sight dumps (eval/first_sight.py run writes them)",
        f"error: no such file: {tmp_path / 'missing.jsonl'}",
    ]
