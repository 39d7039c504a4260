"""Peer aligners on the same pairs with the same loaded model: sentalign (Vecalign's dynamic
programme, PyPI ``sentalign``, default overlap settings) against driftcheck end to end.

Alignment quality on the seed pair is scored against seeds/expected.json at sentence level:
a drift item is right when its two sentences share one link; an omission (addition) item is
right when its sentence is unaligned, counted only where the quote covers most of its sentence
(a phrase dropped from a kept sentence is the findings' job, not the aligner's).

    pip install -c constraints.txt sentalign   # not a driftcheck dependency
    python bench/peers.py [--pairs 20] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (
    EXPECTED,
    PEER_HEADER,
    SEED_ORIGINAL,
    SEED_VERSION,
    floor_model,
    interleaved,
    quiet,
    row,
)
from corpus import pairs
from warm import check_batch

from driftcheck.documents import Document, read_document
from driftcheck.pipeline import Checker
from driftcheck.sentences import Sentence, split_sentences

Links = list[tuple[tuple[int, ...], tuple[int, ...]]]


def sentalign_links(model: object, a: Sequence[str], b: Sequence[str]) -> Links:
    from sentalign import sentalign

    result = sentalign(list(a), list(b), model)
    return [
        (tuple(block.src_indices), tuple(block.tgt_indices))
        for block in result.alignments
        if block.src_indices and block.tgt_indices
    ]


def _sentence_of(sentences: Sequence[Sentence], text: str, quote: str) -> tuple[int, float]:
    at = text.find(quote)
    for s in sentences:
        if s.start <= at < s.end:
            return s.index, len(quote) / max(len(s.text), 1)
    raise ValueError(quote)


def quality(links: Links, sa: Sequence[Sentence], sb: Sequence[Sentence]) -> tuple[int, int]:
    """(right, judged) over expected items and acceptable entries the aligner can decide."""
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    text_a, text_b = (
        SEED_ORIGINAL.read_text(encoding="utf-8"),
        SEED_VERSION.read_text(encoding="utf-8"),
    )
    in_a = {i: k for k, (o, _) in enumerate(links) for i in o}
    in_b = {j: k for k, (_, v) in enumerate(links) for j in v}
    right = judged = 0
    for item in expected["items"] + expected["acceptable"]:
        if item["kind"] == "drift":
            i, _ = _sentence_of(sa, text_a, item["original"])
            j, _ = _sentence_of(sb, text_b, item["version"])
            ok = i in in_a and in_a[i] == in_b.get(j)
        else:
            side, sentences, text, linked = (
                ("original", sa, text_a, in_a)
                if item["kind"] == "omission"
                else ("version", sb, text_b, in_b)
            )
            index, cover = _sentence_of(sentences, text, item[side])
            if cover < 0.6:
                continue
            ok = index not in linked
        judged += 1
        right += ok
    return right, judged


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pairs", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    quiet()
    checker = Checker()
    model = floor_model()
    original, version = read_document(SEED_ORIGINAL), read_document(SEED_VERSION)
    sa, sb = split_sentences(original), split_sentences(version)
    texts_a, texts_b = [s.text for s in sa], [s.text for s in sb]
    reports = []
    seed = interleaved(
        {
            "driftcheck": lambda: reports.append(checker.check(original, version)),
            "sentalign": lambda: sentalign_links(model, texts_a, texts_b),
        },
        args.repeat,
        warm_up=False,
    )
    ours: Links = [(link.original, link.version) for link in reports[-1].alignment.links]
    theirs = sentalign_links(model, texts_a, texts_b)
    print(f"## peers, same model, median of {args.repeat}\n")
    print(PEER_HEADER)
    print(
        row(
            "seed pair: driftcheck check vs sentalign",
            seed["driftcheck"],
            seed["sentalign"],
            "sentalign end to end on the same sentences",
        )
    )

    batch = [
        (Document(f"o{k}", p.original), Document(f"v{k}", p.version))
        for k, p in enumerate(pairs(args.pairs, 5))
    ]
    split = [
        ([s.text for s in split_sentences(a)], [s.text for s in split_sentences(b)])
        for a, b in batch
    ]
    timed = interleaved(
        {
            "driftcheck": lambda: check_batch(checker, batch),
            "sentalign": lambda: [sentalign_links(model, a, b) for a, b in split],
        },
        1,
        warm_up=False,
    )
    print(
        row(
            f"{args.pairs}-pair batch: driftcheck vs sentalign",
            timed["driftcheck"],
            timed["sentalign"],
            "driftcheck: one encode for all pairs; sentalign: per pair",
        )
    )
    for name, links in (("driftcheck", ours), ("sentalign", theirs)):
        right, judged = quality(links, sa, sb)
        print(
            f"\n{name}: {len(links)} links on the seed pair; expected.json sentence-level "
            f"agreement {right}/{judged}"
        )
        print("  " + " ".join(f"{list(o)}-{list(v)}" for o, v in links))


if __name__ == "__main__":
    main()
