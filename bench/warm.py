"""Warm benchmark: loaded models; the seed pair (with a per-stage breakdown) and a batch of
generated pairs through ``Checker.check`` / ``Checker.check_many``, each against
``model.encode`` of exactly the sentences involved, for the default backend (``auto``: ONNX
Runtime on a CPU) and for ``torch``.

    python bench/warm.py [--pairs 200] [--repeat 5] [--batch-repeat 3]
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
from driftcheck.pipeline import CheckConfig, Checker
from driftcheck.renderers import Format, render
from driftcheck.report import Report
from driftcheck.sentences import split_sentences


def stages(checker: Checker, original: Document, version: Document) -> dict[str, float]:
    """The stages of ``Checker.check`` called one by one and timed, for the breakdown only
    (the headline figures time ``Checker.check`` itself)."""
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
    alignment = align(
        embeddings.original.vectors,
        embeddings.version.vectors,
        checker.calibration.alignment,
        np.array([len(s.text) for s in sentences_a]),
        np.array([len(s.text) for s in sentences_b]),
    )
    stamps.append(time.perf_counter())
    findings = detect(
        original,
        version,
        sentences_a,
        sentences_b,
        alignment,
        checker.calibration.findings,
        embeddings,
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


def check_seed(checker: Checker) -> None:
    """What ``driftcheck check`` does with a loaded model: read, check, render."""
    report = checker.check(read_document(SEED_ORIGINAL), read_document(SEED_VERSION))
    render(report, Format.JSON)
    render(report, Format.TEXT)


def check_batch(checker: Checker, batch: list[tuple[Document, Document]]) -> int:
    """``Checker.check_many`` over the batch, every report rendered; returns the findings count."""
    count = 0
    for report in checker.check_many(batch):
        assert isinstance(report, Report), report
        render(report, Format.JSON)
        count += len(report.findings)
    return count


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=200)
    parser.add_argument("--sentences", type=int, default=3, help="original sentences per pair")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--batch-repeat", type=int, default=3)
    args = parser.parse_args()
    quiet()
    checkers = {"auto": Checker(), "torch": Checker(CheckConfig(backend="torch"))}
    backend = {
        name: c.signature().revision.partition("+")[2] or "torch" for name, c in checkers.items()
    }
    model = floor_model()

    original, version = read_document(SEED_ORIGINAL), read_document(SEED_VERSION)
    seed_texts = [s.text for s in split_sentences(original) + split_sentences(version)]
    breakdown: list[dict[str, float]] = []
    seed = interleaved(
        {
            **{name: (lambda c=c: check_seed(c)) for name, c in checkers.items()},
            "breakdown": lambda: breakdown.append(stages(checkers["auto"], original, version)),
            "floor": lambda: model.encode(seed_texts),
        },
        args.repeat,
    )
    print(
        f"## warm, seed pair ({len(seed_texts)} sentences), median of {args.repeat}\n\n"
        f"Stages of the default backend ({backend['auto']}):\n"
    )
    print("| stage | seconds |\n|---|---|")
    for name in breakdown[0]:
        print(f"| {name} | {np.median([s[name] for s in breakdown[1:]]):.4f} |")
    embed = float(np.median([s["embeddings"] for s in breakdown[1:]]))
    total = float(np.median([sum(s.values()) for s in breakdown[1:]]))
    print(f"| all stages | {total:.4f} |")
    print(f"\nall stages / embedding stage alone: {total / embed:.3f}\n")
    print(HEADER)
    for name in checkers:
        print(
            row(
                f"warm seed pair, backend {name} ({backend[name]})",
                seed[name],
                seed["floor"],
                "floor: model.encode(sentences), sentence-transformers on torch",
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
            **{
                name: (lambda c=c: findings.append(check_batch(c, batch)))
                for name, c in checkers.items()
            },
            "floor": lambda: model.encode(distinct),
            "floor_all": lambda: model.encode(texts),
        },
        args.batch_repeat,
        warm_up=False,
    )
    counts = "/".join(str(c) for c in sorted(set(findings)))
    note = f"{len(texts)} sentences, {len(distinct)} distinct, {counts} findings"
    for name in checkers:
        print(
            row(
                f"warm {args.pairs}-pair batch, backend {name} ({backend[name]})",
                timed[name],
                timed["floor"],
                "floor: model.encode(distinct sentences); " + note,
            )
        )
        print(
            row(
                f"warm {args.pairs}-pair batch, backend {name} ({backend[name]})",
                timed[name],
                timed["floor_all"],
                "floor: model.encode(every sentence, repeats included)",
            )
        )
    print()
    for name in checkers:
        print(f"batch throughput, backend {name}: {len(texts) / timed[name]:.0f} sentences/s")
    print(f"floor throughput: {len(distinct) / timed['floor']:.0f} distinct sentences/s")


if __name__ == "__main__":
    main()
