"""Warm benchmark: one loaded model; the seed pair (with a per-stage breakdown) and a batch of
generated pairs, each against ``model.encode`` of exactly the sentences involved.

    python bench/warm.py [--pairs 200] [--repeat 5]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace

import numpy as np

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent))

from common import HEADER, SEED_ORIGINAL, SEED_VERSION, floor_model, interleaved, quiet, row
from corpus import pairs

from driftcheck.alignment import align
from driftcheck.documents import Document, read_document
from driftcheck.embeddings import Embeddings
from driftcheck.findings import detect
from driftcheck.pipeline import Checker
from driftcheck.renderers import Format, render
from driftcheck.report import Report
from driftcheck.sentences import split_sentences


def run_pair(checker: Checker, original: Document, version: Document) -> dict[str, float]:
    """Every stage of ``Checker.check`` on one pair, timed, plus rendering both formats."""
    stamps = [time.perf_counter()]
    sentences_a, sentences_b = split_sentences(original), split_sentences(version)
    stamps.append(time.perf_counter())
    encoded = checker.embedder.encode([s.text for s in sentences_a + sentences_b])
    n = len(sentences_a)
    embeddings = Embeddings(
        replace(encoded, vectors=encoded.vectors[:n], tokens=encoded.tokens[:n]),
        replace(encoded, vectors=encoded.vectors[n:], tokens=encoded.tokens[n:]),
    )
    stamps.append(time.perf_counter())
    alignment = _align(checker, sentences_a, sentences_b, embeddings)
    stamps.append(time.perf_counter())
    findings = detect(
        original, version, sentences_a, sentences_b, alignment, checker.calibration.findings
    )
    stamps.append(time.perf_counter())
    report = Report(
        original,
        version,
        sentences_a,
        sentences_b,
        alignment,
        findings,
        checker.signature(),
        checker.config.fail_on,
    )
    render(report, Format.JSON)
    render(report, Format.TEXT)
    stamps.append(time.perf_counter())
    names = ("sentences", "embeddings", "alignment", "findings", "report+render")
    return {name: b - a for name, a, b in zip(names, stamps, stamps[1:], strict=False)}


def _align(checker: Checker, sentences_a: tuple, sentences_b: tuple, embeddings: Embeddings):  # type: ignore[no-untyped-def]
    return align(
        embeddings.original.vectors,
        embeddings.version.vectors,
        checker.calibration.alignment,
        np.array([len(s.text) for s in sentences_a]),
        np.array([len(s.text) for s in sentences_b]),
    )


def run_batch(checker: Checker, documents: list[tuple[Document, Document]]) -> int:
    """All sentences of all pairs in one encode call, then alignment and findings per pair.

    Stands in for ``Checker.check_many`` until it lands (issue 5). Returns the findings count.
    """
    split = [(split_sentences(a), split_sentences(b)) for a, b in documents]
    texts = [s.text for sa, sb in split for s in sa + sb]
    encoded = checker.embedder.encode(texts)
    at, count = 0, 0
    for (original, version), (sa, sb) in zip(documents, split, strict=True):
        n, m = len(sa), len(sb)
        embeddings = Embeddings(
            replace(
                encoded, vectors=encoded.vectors[at : at + n], tokens=encoded.tokens[at : at + n]
            ),
            replace(
                encoded,
                vectors=encoded.vectors[at + n : at + n + m],
                tokens=encoded.tokens[at + n : at + n + m],
            ),
        )
        at += n + m
        alignment = _align(checker, sa, sb, embeddings)
        findings = detect(original, version, sa, sb, alignment, checker.calibration.findings)
        report = Report(
            original,
            version,
            sa,
            sb,
            alignment,
            findings,
            checker.signature(),
            checker.config.fail_on,
        )
        render(report, Format.JSON)
        count += len(findings)
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--sentences", type=int, default=3, help="original sentences per pair")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--batch-repeat", type=int, default=3)
    args = parser.parse_args()
    quiet()
    checker = Checker()
    model = floor_model()

    original, version = read_document(SEED_ORIGINAL), read_document(SEED_VERSION)
    seed_texts = [s.text for s in split_sentences(original) + split_sentences(version)]
    stages: list[dict[str, float]] = []

    def seed_run() -> None:
        start = time.perf_counter()
        a, b = read_document(SEED_ORIGINAL), read_document(SEED_VERSION)
        documents = time.perf_counter() - start
        stages.append({"documents": documents, **run_pair(checker, a, b)})

    seed = interleaved(
        {
            "driftcheck": seed_run,
            "floor": lambda: model.encode(seed_texts),
            "floor64": lambda: model.encode(seed_texts, batch_size=64),
        },
        args.repeat,
    )
    print(f"## warm, seed pair ({len(seed_texts)} sentences), median of {args.repeat}\n")
    print("| stage | seconds |\n|---|---|")
    for name in stages[0]:
        print(f"| {name} | {np.median([s[name] for s in stages[1:]]):.4f} |")
    embed = float(np.median([s["embeddings"] for s in stages[1:]]))
    print(f"| whole run | {seed['driftcheck']:.4f} |")
    print(f"\nwhole run / embedding step alone: {seed['driftcheck'] / embed:.3f}\n")
    print(HEADER)
    print(
        row("warm seed pair", seed["driftcheck"], seed["floor"], "floor: model.encode(sentences)")
    )
    print(
        row(
            "warm seed pair",
            seed["driftcheck"],
            seed["floor64"],
            "floor: model.encode(sentences, batch_size=64), driftcheck's batch size",
        )
    )

    batch = [
        (Document(f"o{k}", p.original), Document(f"v{k}", p.version))
        for k, p in enumerate(pairs(args.pairs, args.sentences))
    ]
    texts = [s.text for a, b in batch for s in split_sentences(a) + split_sentences(b)]
    distinct = list(dict.fromkeys(texts))
    findings: list[int] = []
    timed = interleaved(
        {
            "driftcheck": lambda: findings.append(run_batch(checker, batch)),
            "floor": lambda: model.encode(distinct),
            "floor_all": lambda: model.encode(texts),
        },
        args.batch_repeat,
        warm_up=False,
    )
    note = f"{len(texts)} sentences, {len(distinct)} distinct, {findings[-1]} findings"
    print(
        row(
            f"warm {args.pairs}-pair batch",
            timed["driftcheck"],
            timed["floor"],
            "floor: model.encode(distinct sentences); " + note,
        )
    )
    print(
        row(
            f"warm {args.pairs}-pair batch",
            timed["driftcheck"],
            timed["floor_all"],
            "floor: model.encode(every sentence, repeats included)",
        )
    )
    print(
        f"\nbatch throughput: {len(texts) / timed['driftcheck']:.0f} sentences/s "
        f"(floor {len(distinct) / timed['floor']:.0f} distinct sentences/s)"
    )


if __name__ == "__main__":
    main()
