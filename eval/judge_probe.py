"""Could a pair model trained on our labels tell the fuzzy rules' hits from their false alarms?

    python eval/judge_probe.py FIRST_SIGHT.jsonl [...] [--pairs N] [--seed S] [--cache-dir DIR]

Most major false alarms on unseen text come from four rules (negation DC303, certainty DC304,
stance DC307, speaker DC308): the words they read are there, the meaning is kept. The embedded
model's sentence vectors do not separate those cases; this probe asks whether the same model,
fine-tuned as a cross-encoder on the labelled dev pairs, does. It trains on the dev cases of
every article *not* in the given first-sight files (``eval/first_sight.py run``), so the files'
blind rounds stay unseen, then scores each major finding of the four rules there and prints,
per rule, how well the score ranks hits above false alarms (AUC) and what demoting the low
scorers would do to the faithful cases and to major+ recall. It changes nothing in driftcheck.

Training pairs: both texts split by driftcheck's splitter, sentences paired when each is the
other's nearest (cosine ≥ 0.5); a pair is positive when it holds an item of a negation, stance,
attribution or modality case, negative when it holds no item (pairs holding other items are
left out). Negatives with a speech, negation or modal word come first: they are what the four
rules fire on. One epoch on a 2-core CPU takes about 8 minutes for the default 7,000 pairs.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
import run as evaluation

from driftcheck.documents import Document
from driftcheck.embeddings import resolve_model
from driftcheck.sentences import split_sentences

GATED_RULES = ("DC303", "DC304", "DC307", "DC308")
JUDGED_TYPES = frozenset({"negation", "stance", "attribution", "modality"})
PAIR_FLOOR = 0.5
CUE = re.compile(
    r"\b(not|n't|never|no|said|says|told|according|may|might|could|would|will|denied|rejected"
    r"|refused|declined|claimed|insisted|admitted|warned|expected|likely|accused|agreed)\b",
    re.IGNORECASE,
)
KEEP_SHARES = (0.97, 0.95, 0.90, 0.80)


class Pair(NamedTuple):
    """A training sentence pair; ``label`` 1 when it holds a changed item of a judged type."""

    original: str
    version: str
    label: int


@dataclass(frozen=True)
class JudgedFinding:
    case_id: str
    rule: str
    key: tuple[str, str]
    """The finding's quoted words on each side, to find it again in its report."""
    original: str
    version: str
    hit: bool


def mutual_nearest(left: np.ndarray, right: np.ndarray, floor: float) -> list[tuple[int, int]]:
    """Index pairs (i, j) where each is the other's most similar row, at or above ``floor``."""
    if not len(left) or not len(right):
        return []
    similarity = left @ right.T
    pairs = []
    for j in range(similarity.shape[1]):
        i = int(similarity[:, j].argmax())
        if similarity[i, j] >= floor and int(similarity[i].argmax()) == j:
            pairs.append((i, j))
    return pairs


def training_pairs(cases: Sequence[dict[str, Any]], encode: Any) -> list[Pair]:
    """Distinct sentence pairs of ``cases``, labelled as the module docstring says."""
    split = [
        (
            [s.text for s in split_sentences(Document("original", case["original"]))],
            [s.text for s in split_sentences(Document("version", case["version"]))],
        )
        for case in cases
    ]
    texts = sorted({text for left, right in split for text in left + right})
    vectors = encode(texts)
    row = {text: index for index, text in enumerate(texts)}
    labelled: dict[tuple[str, str], int] = {}
    for case, (left, right) in zip(cases, split, strict=True):
        left_rows = vectors[[row[t] for t in left]] if left else np.empty((0, 0))
        right_rows = vectors[[row[t] for t in right]] if right else np.empty((0, 0))
        for i, j in mutual_nearest(left_rows, right_rows, PAIR_FLOOR):
            held = [item for item in case["items"] if _holds(item, left[i], right[j])]
            if not held:
                labelled[(left[i], right[j])] = 0
            elif case["type"] in JUDGED_TYPES:
                labelled[(left[i], right[j])] = 1
    return [Pair(o, v, label) for (o, v), label in labelled.items()]


def _holds(item: dict[str, Any], original: str, version: str) -> bool:
    return bool(item.get("original") and item["original"] in original) or bool(
        item.get("version") and item["version"] in version
    )


def balanced(pairs: Sequence[Pair], size: int, seed: int) -> list[Pair]:
    """Up to half positives, the rest negatives with a cue word first; shuffled."""
    rng = random.Random(seed)
    positives = [p for p in pairs if p.label]
    negatives = [p for p in pairs if not p.label]
    rng.shuffle(positives)
    rng.shuffle(negatives)
    negatives.sort(key=lambda p: not (CUE.search(p.original) or CUE.search(p.version)))
    chosen = positives[: size // 2]
    chosen += negatives[: size - len(chosen)]
    rng.shuffle(chosen)
    return chosen


def fine_tune(pairs: Sequence[Pair], seed: int, batch: int = 16) -> Any:
    """(tokenizer, model): the embedded model with a one-logit head, one epoch on ``pairs``."""
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    torch.manual_seed(seed)
    folder = resolve_model(None)[1]
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForSequenceClassification.from_pretrained(folder, num_labels=1)
    optimiser = torch.optim.AdamW(model.parameters(), lr=4e-5, weight_decay=0.01)
    steps = max(1, -(-len(pairs) // batch))
    warmup = max(1, steps // 10)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, (s + 1) / warmup) * max(0.0, (steps - s) / steps)
    )
    loss = torch.nn.BCEWithLogitsLoss()
    model.train()
    for step in range(steps):
        chunk = pairs[step * batch : (step + 1) * batch]
        logits = model(**_encode(tokenizer, [(p.original, p.version) for p in chunk])).logits
        value = loss(logits.squeeze(-1), torch.tensor([float(p.label) for p in chunk]))
        value.backward()
        optimiser.step()
        schedule.step()
        optimiser.zero_grad()
    model.eval()
    return tokenizer, model


def judge(tokenizer_and_model: Any, texts: Sequence[tuple[str, str]]) -> np.ndarray:
    """The trained model's logit per (original, version) pair; higher reads as changed."""
    import torch

    tokenizer, model = tokenizer_and_model
    scores: list[float] = []
    with torch.no_grad():
        for start in range(0, len(texts), 64):
            logits = model(**_encode(tokenizer, texts[start : start + 64])).logits
            scores += logits.squeeze(-1).tolist()
    return np.array(scores)


def _encode(tokenizer: Any, texts: Sequence[tuple[str, str]]) -> Any:
    return tokenizer(
        [o for o, _ in texts],
        [v for _, v in texts],
        truncation=True,
        max_length=128,
        padding=True,
        return_tensors="pt",
    )


def auc(scores: np.ndarray, hits: np.ndarray) -> float:
    """Chance that a hit outranks a false alarm (ties count half)."""
    positive, negative = scores[hits], scores[~hits]
    if not len(positive) or not len(negative):
        return float("nan")
    above = (positive[:, None] > negative[None, :]).sum()
    ties = (positive[:, None] == negative[None, :]).sum()
    return float((above + ties / 2) / (len(positive) * len(negative)))


def judged_findings(records: Iterable[dict[str, Any]]) -> list[JudgedFinding]:
    """The major and critical findings of the gated rules that sit on an aligned group."""
    from first_sight import finding_outcome

    judged = []
    for record in records:
        case, report = record["case"], record["report"]
        for finding in report["findings"]:
            link = finding.get("link")
            if finding["rule"] not in GATED_RULES or link is None:
                continue
            if finding["severity"] not in evaluation.SERIOUS:
                continue
            outcome = finding_outcome(finding, case)
            if outcome == "acceptable":
                continue
            group = report["alignment"][link]
            judged.append(
                JudgedFinding(
                    case["id"],
                    finding["rule"],
                    _key(finding),
                    _group_text(report["original"], group["original"]),
                    _group_text(report["version"], group["version"]),
                    outcome == "hit",
                )
            )
    return judged


def _key(finding: dict[str, Any]) -> tuple[str, str]:
    return (evaluation.span_text(finding, "original"), evaluation.span_text(finding, "version"))


def _group_text(side: dict[str, Any], indices: Sequence[int]) -> str:
    return " ".join(side["sentences"][i]["text"] for i in indices)


def trade_off(
    records: Sequence[dict[str, Any]], demoted: set[tuple[str, str, tuple[str, str]]]
) -> tuple[int, int, int, int]:
    """(faithful cases with a major finding, faithful cases, items covered at major+, items)
    once the ``demoted`` findings (case id, rule, key) are minor, counted as ``run.py`` does."""
    faithful, changed = evaluation.Tally(), evaluation.Tally()
    for record in records:
        case = record["case"]
        findings = [
            {**f, "severity": "minor"} if (case["id"], f["rule"], _key(f)) in demoted else f
            for f in record["report"]["findings"]
        ]
        tally = faithful if case["type"] == "faithful" else changed
        evaluation.score_case({**record["report"], "findings": findings}, case, tally)
    return faithful.serious_cases, faithful.cases, changed.covered_serious, changed.items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("files", type=Path, nargs="+", help="first-sight dumps")
    parser.add_argument("--pairs", type=int, default=7000, help="training pairs (default 7000)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--cache-dir", type=Path, help="an embedding cache folder")
    args = parser.parse_args(argv)
    missing = [str(p) for p in args.files if not p.is_file()]
    if missing:
        print(f"error: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    records = evaluation.load_cases(args.files)
    if not records or not all({"case", "report"} <= record.keys() for record in records):
        print("error: not first-sight dumps (eval/first_sight.py run writes them)", file=sys.stderr)
        return 2
    unseen = {record["case"]["article"] for record in records}
    dev = evaluation.load_cases([evaluation.LABELLED / "dev.jsonl"])
    cases = [case for case in dev if case["article"] not in unseen]
    checker = evaluation.Checker(evaluation.CheckConfig(cache_dir=args.cache_dir))
    pairs = training_pairs(cases, lambda texts: checker.embedder.encode(texts).vectors)
    chosen = balanced(pairs, args.pairs, args.seed)
    print(
        f"training on {len(chosen)} of {len(pairs)} pairs ({sum(p.label for p in chosen)} "
        f"changed) from {len(cases)} dev cases; {len(unseen)} articles held out"
    )
    model = fine_tune(chosen, args.seed)
    findings = judged_findings(records)
    scores = judge(model, [(f.original, f.version) for f in findings])
    rules = np.array([f.rule for f in findings])
    hits = np.array([f.hit for f in findings])
    print(f"{'rule':<6} {'hits':>5} {'false':>6} {'AUC':>6}")
    for rule in GATED_RULES:
        mine = rules == rule
        print(
            f"{rule:<6} {hits[mine].sum():>5} {(~hits[mine]).sum():>6} "
            f"{auc(scores[mine], hits[mine]):>6.3f}"
        )
    serious, faithful, covered, items = trade_off(records, set())
    print(
        f"\nas reported: faithful major+ {serious}/{faithful} = {100 * serious / faithful:.1f}%, "
        f"major+ recall {100 * covered / items:.1f}%"
    )
    print("demoting per rule the findings scored below all but the given share of its hits")
    print("(floors read off these same findings: the best a gate on this score could do):")
    for keep in (1.0, *KEEP_SHARES):
        floor = {
            rule: np.quantile(scores[(rules == rule) & hits], 1 - keep)
            for rule in GATED_RULES
            if ((rules == rule) & hits).any()
        }
        demoted = {
            (f.case_id, f.rule, f.key)
            for f, score in zip(findings, scores, strict=True)
            if score < floor.get(f.rule, -np.inf)
        }
        serious, faithful, covered, items = trade_off(records, demoted)
        print(
            f"hits kept {100 * keep:>3.0f}%: faithful major+ {serious}/{faithful} = "
            f"{100 * serious / faithful:.1f}%, major+ recall {100 * covered / items:.1f}%"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
