"""Property tests (hypothesis) on the stages: offsets, alignment coverage, spans, swap symmetry.

Model-free properties run hundreds of cases on hand-made vectors; the one that goes through the
real model keeps to 50 cases. Together they generate well over 1,000 cases per run
(``python -m pytest -q tests/test_properties.py --hypothesis-show-statistics`` prints them).
"""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from driftcheck.alignment import Alignment, AlignmentParams, Link, Unaligned, align
from driftcheck.documents import Document
from driftcheck.findings import FindingParams, detect
from driftcheck.locations import line_column
from driftcheck.pipeline import Checker
from driftcheck.sentences import split_sentences

PARAMS = AlignmentParams(inline=0.50, moved=0.62, extend=0.40, merge=0.60)

_LINE_BREAKS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n", " "])
_WORDS = st.sampled_from(
    [
        "The",
        "minister",
        "said",
        "on",
        "Monday",
        "that",
        "3,000",
        "troops",
        "would",
        "stay",
        "in",
        "Kabul",
        "until",
        "2021",
        ".",
        ";",
        "“We",
        "will",
        "not",
        "leave,”",
        "General",
        "Miller",
        "told",
        "Reuters",
        ".",
        "Officials",
        "may",
        "have",
        "denied",
        "it",
        "!",
        "NATO",
        "42",
        "percent",
        "U.S.",
        "Sept.",
        "p.m.",
        "‘quoted’",
        "…",
        "(",
        ")",
        "–",
        "Stoltenberg",
    ]
)
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=12).map(" ".join)
_NEWS_TEXT = st.lists(st.tuples(_SENTENCE, _LINE_BREAKS), min_size=1, max_size=8).map(
    lambda parts: "".join(s + b for s, b in parts)
)
_ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs",)),
        st.sampled_from(["\r", "\n", ".", "“", "”", "’", " ", "\t", "\u2028", "\x85"]),
    ),
    max_size=300,
)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_ANY_TEXT, _NEWS_TEXT))
def test_sentence_offsets_slice_the_input(text: str) -> None:
    sentences = split_sentences(Document("t", text))
    previous_end = 0
    for index, sentence in enumerate(sentences):
        assert sentence.index == index
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text == sentence.text.strip() and sentence.text
        assert previous_end <= sentence.start < sentence.end <= len(text)
        previous_end = sentence.end
    # Nothing but white space is lost between sentences.
    assert _squeeze("".join(s.text for s in sentences)) == _squeeze(text)


def _squeeze(text: str) -> str:
    return "".join(c for c in text if not c.isspace())


@st.composite
def _vector_pairs(draw: st.DrawFn) -> tuple[np.ndarray, np.ndarray]:
    """Two sets of unit vectors; part of the second copies the first with noise, as a re-telling does."""
    seed = draw(st.integers(0, 2**32 - 1))
    n = draw(st.integers(0, 14))
    m = draw(st.integers(0, 14))
    dim = draw(st.integers(2, 16))
    rng = np.random.default_rng(seed)
    original = rng.normal(size=(n, dim))
    version = rng.normal(size=(m, dim))
    for j in range(m):
        if n and rng.random() < 0.7:
            version[j] = original[rng.integers(n)] + rng.uniform(0.0, 0.8) * rng.normal(size=dim)
    return _unit(original), _unit(version)


def _unit(vectors: np.ndarray) -> np.ndarray:
    norms = np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    return (vectors / norms).astype(np.float32)


@settings(max_examples=300, deadline=None)
@given(_vector_pairs())
def test_every_sentence_is_aligned_or_unaligned_exactly_once(
    pair: tuple[np.ndarray, np.ndarray],
) -> None:
    original, version = pair
    alignment = align(original, version, PARAMS)
    originals = [i for link in alignment.links for i in link.original]
    originals += [u.index for u in alignment.unaligned_original]
    versions = [j for link in alignment.links for j in link.version]
    versions += [u.index for u in alignment.unaligned_version]
    assert sorted(originals) == list(range(len(original)))
    assert sorted(versions) == list(range(len(version)))
    keys = [(link.original, link.version) for link in alignment.links]
    assert keys == sorted(keys)
    for link in alignment.links:
        assert list(link.original) == sorted(link.original) and link.original
        assert list(link.version) == sorted(link.version) and link.version
        assert -1.0 - 1e-6 <= link.score <= 1.0 + 1e-6
    for gap in alignment.unaligned_original + alignment.unaligned_version:
        assert -1.0 - 1e-6 <= gap.score <= 1.0 + 1e-6


@settings(max_examples=300, deadline=None)
@given(_NEWS_TEXT, _NEWS_TEXT, st.integers(0, 2**32 - 1))
def test_swapping_the_documents_swaps_omissions_and_additions(
    text_a: str, text_b: str, seed: int
) -> None:
    """With the alignment mirrored, the findings stage is symmetric where its rules are.

    Asserted exactly: whole-sentence omissions (DC101/DC102) become whole-sentence additions
    (DC201) with the same spans and back, dropped figures (DC103) become added figures (DC202),
    and changed figures (DC301) keep their pair of spans. Not asserted: names, quotes and
    hedges, whose rules are deliberately one-sided (a name new to a group is a swap only if the
    original knows it), nor the aligner itself, whose greedy growth can differ in rare ties.
    """
    doc_a, doc_b = Document("a", text_a), Document("b", text_b)
    sents_a, sents_b = split_sentences(doc_a), split_sentences(doc_b)
    forward = _random_alignment(len(sents_a), len(sents_b), seed)
    params = FindingParams(drift=0.55)
    ab = detect(doc_a, doc_b, sents_a, sents_b, forward, params)
    ba = detect(doc_b, doc_a, sents_b, sents_a, _mirror(forward), params)

    def spans(findings: tuple, codes: set[str], side: str) -> list[tuple[int, int]]:  # type: ignore[type-arg]
        return sorted(
            (getattr(f, side).start, getattr(f, side).end) for f in findings if f.rule in codes
        )

    assert spans(ab, {"DC101", "DC102"}, "original") == spans(ba, {"DC201"}, "version")
    assert spans(ab, {"DC201"}, "version") == spans(ba, {"DC101", "DC102"}, "original")
    assert spans(ab, {"DC103"}, "original") == spans(ba, {"DC202"}, "version")
    assert spans(ab, {"DC202"}, "version") == spans(ba, {"DC103"}, "original")
    changed_ab = sorted(
        (f.original.start, f.version.start)
        for f in ab
        if f.rule == "DC301" and f.original and f.version
    )
    changed_ba = sorted(
        (f.version.start, f.original.start)
        for f in ba
        if f.rule == "DC301" and f.original and f.version
    )
    assert changed_ab == changed_ba


def _random_alignment(n: int, m: int, seed: int) -> Alignment:
    """An order-keeping 1-1 alignment over random pairs, the rest unaligned."""
    rng = np.random.default_rng(seed)
    k = int(rng.integers(0, min(n, m) + 1))
    rows = sorted(rng.choice(n, size=k, replace=False).tolist()) if k else []
    cols = sorted(rng.choice(m, size=k, replace=False).tolist()) if k else []
    links = tuple(
        Link((i,), (j,), float(rng.uniform(0.3, 1.0)), False)
        for i, j in zip(rows, cols, strict=True)
    )
    return Alignment(
        links,
        tuple(Unaligned(i, None, 0.0) for i in range(n) if i not in rows),
        tuple(Unaligned(j, None, 0.0) for j in range(m) if j not in cols),
    )


def _mirror(alignment: Alignment) -> Alignment:
    return Alignment(
        tuple(
            Link(link.version, link.original, link.score, link.moved) for link in alignment.links
        ),
        alignment.unaligned_version,
        alignment.unaligned_original,
    )


@settings(
    max_examples=50,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(_NEWS_TEXT, _NEWS_TEXT)
def test_findings_spans_lie_inside_their_documents(
    checker: Checker, text_a: str, text_b: str
) -> None:
    """Through the real model: every span slices its own document to its own text."""
    report = checker.check(Document("a", text_a), Document("b", text_b))
    for finding in report.findings:
        for span, document in ((finding.original, text_a), (finding.version, text_b)):
            if span is not None:
                assert 0 <= span.start < span.end <= len(document)
                assert document[span.start : span.end] == span.text
        assert finding.original is not None or finding.version is not None
        if finding.link is not None:
            assert 0 <= finding.link < len(report.alignment.links)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.text("ab c", max_size=6), _LINE_BREAKS), max_size=6), st.data())
def test_line_column_counts_every_kind_of_line_break(
    lines: list[tuple[str, str]], data: st.DataObject
) -> None:
    """The text renderer's line:column agrees with a walk that treats \n, \r\n and a lone \r
    as one line break each, at every offset a span can start at (a non-space character)."""
    text = "".join(body + brk for body, brk in lines)
    starts = [i for i, c in enumerate(text) if not c.isspace()]
    if not starts:
        return
    offset = data.draw(st.sampled_from(starts))
    line, column, i = 1, 1, 0
    while i < offset:
        if text[i] in "\r\n":
            i += 2 if text[i : i + 2] == "\r\n" else 1
            line, column = line + 1, 1
        else:
            i, column = i + 1, column + 1
    assert line_column(text, offset) == (line, column)
