"""Sentences: split a document into sentences that keep their character offsets.

Lines are split first (news files put headings and bylines on lines with no full stop, which
every splitter glues onto the next sentence), then each line goes through Bling Fire's
finite-state sentence breaker, which handled abbreviations (Gen., U.S., Sept.), curly quotes and
quotes running over several sentences best among the splitters measured here
(shared/MACHINE-NOTES.md: 10/10 hard news cases, against 9/10 for pysbd, which also glues quoted
sentences together).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from driftcheck.documents import Document

SPLITTER_ID = "blingfire-0.1.8+lines+titles+word-ends+figures+title-opens+time-ends"
"""Recorded in the report signature: a different splitter gives different sentences."""

_LINE = re.compile(r"[^\r\n]+")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$")
_HEADING_MAX_WORDS = 12
_TITLES = (
    "Dr|Mr|Mrs|Ms|Mx|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Sgt|Cpl|Adm|Gov|Sen|Rep|Rev|Hon|Insp|Supt|Det"
)
"""Titles written short with a full stop before a name."""
_TITLE_ABBREVIATION = re.compile(rf"(?:^|[\s(“\"'])(?:{_TITLES}|Fr|No|Nos)\.$")
"""A span ending in one of these ("Dr.", "Gen.", "No.") runs on into the next: a title never
closes a sentence in news copy, though Bling Fire sometimes splits after one."""
_WORD_END = re.compile(r"(?<=[A-Za-z,’'])\s+(?:in|no|etc)\.(?=\s+[“\"‘'(]?[A-Z])")
"""A sentence closing on a word Bling Fire reads as an abbreviation ("homes they did not live
in. Gwendolyn Stroud said"; inches are "in." only after a figure), which it runs on."""
_TIME_END = re.compile(
    r"(?<=\d)\s?[ap]\.m\.(?=\s+[“\"‘'(]?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|GMT|UTC|BST|CET|CEST|EST|EDT|PST|PDT|ET|PT)\b)[A-Z])"
)
"""A sentence closing on a time ("from midnight to 6 a.m. Work could start"), which Bling
Fire runs on; a weekday or a time zone after it ("6 a.m. Monday", "9 a.m. GMT") is no close."""

_FIGURE_OPENS = re.compile(r"(?<![\w.])(([a-z]{3,})\.)(?=\s+\d[\d,.]*\s+[a-z])")
"""A lower-case word closing a sentence, and a figure opening the next ("authorities. 23
people"); upper-case abbreviations ("Sept. 3") are not lower-case words."""
_ABBREVIATIONS = frozenset({"approx", "est", "vol", "nos", "fig", "min", "max", "avg", "tel"})
_TITLE_OPENS = re.compile(rf"(?<![\w.])(([A-Za-z][a-z]+)\.)(?=\s+(?:{_TITLES})\.\s+[A-Z])")
"""A word closing a sentence, and a title opening the next ("exams in May. Prof. Samuel
Okonkwo said"), which Bling Fire runs on; a title before a title ("Gen. Dr.") is no close."""


@dataclass(frozen=True)
class Sentence:
    """A sentence of one document; ``text == document.text[start:end]`` (end exclusive)."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    """Index of the line (paragraph) the sentence stands on, counted over non-blank lines."""
    heading: bool
    """A short line without closing punctuation: a section heading or a label, not a claim."""


def split_sentences(document: Document) -> tuple[Sentence, ...]:
    """Split ``document`` into sentences, in reading order, with exact offsets."""
    import blingfire  # local: keeps `driftcheck --help` light

    if document.regions is not None:
        return _split_regions(document, blingfire)
    sentences: list[Sentence] = []
    paragraph = 0
    for line_match in _LINE.finditer(document.text):
        line = line_match.group()
        if not line.strip():
            continue
        base = line_match.start()
        pieces = _sentence_spans(line, blingfire)
        heading = len(pieces) == 1 and _looks_like_heading(line[pieces[0][0] : pieces[0][1]])
        for start, end in pieces:
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=base + start,
                    end=base + end,
                    text=document.text[base + start : base + end],
                    paragraph=paragraph,
                    heading=heading,
                )
            )
        paragraph += 1
    return tuple(sentences)


def _split_regions(document: Document, blingfire: object) -> tuple[Sentence, ...]:
    """Split a marked-up document inside its prose regions, reading the prose mask.

    A region (a Markdown paragraph, say) may run over several lines; its line breaks are read
    as spaces so that a soft-wrapped sentence stays one sentence.
    """
    prose = document.prose if document.prose is not None else document.text
    sentences: list[Sentence] = []
    for paragraph, region in enumerate(document.regions or ()):
        block = prose[region.start : region.end].replace("\r", " ").replace("\n", " ")
        for start, end in _sentence_spans(block, blingfire):
            a, b = region.start + start, region.start + end
            sentences.append(
                Sentence(
                    index=len(sentences),
                    start=a,
                    end=b,
                    text=document.text[a:b],
                    paragraph=paragraph,
                    heading=region.heading,
                )
            )
    return tuple(sentences)


def _sentence_spans(line: str, blingfire: object) -> list[tuple[int, int]]:
    """Sentence spans within one line, trimmed of surrounding white space.

    Bling Fire's offsets are character offsets into the line; they are trimmed here and, should
    they ever disagree with the line (a future release), the line is kept as one sentence rather
    than risk offsets that do not slice the input.
    """
    _, offsets = blingfire.text_to_sentences_and_offsets(line)  # type: ignore[attr-defined]
    spans: list[tuple[int, int]] = []
    for start, end in offsets:
        start, end = _trim(line, max(0, start), min(len(line), end))
        if start < end:
            spans.append((start, end))
    covered = "".join(line[a:b] for a, b in spans)
    if not spans or re.sub(r"\s+", "", covered) != re.sub(r"\s+", "", line):
        start, end = _trim(line, 0, len(line))
        return [(start, end)]
    return _split_word_ends(line, _rejoin_titles(line, spans))


def _rejoin_titles(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join a span that ends in a title abbreviation to the span that follows it."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _TITLE_ABBREVIATION.search(line, 0, joined[-1][1]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _split_word_ends(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Split a span after a sentence-closing word that Bling Fire took for an abbreviation,
    or a time, and before a sentence that opens with a figure ("… local authorities. 23 people were
    treated") or a title ("… in May. Prof. Samuel Okonkwo said"), which it runs on."""
    split: list[tuple[int, int]] = []
    for start, end in spans:
        cuts = [m.end() for m in _WORD_END.finditer(line, start, end)]
        cuts += [m.end() for m in _TIME_END.finditer(line, start, end)]
        cuts += [
            m.end(1)
            for m in _FIGURE_OPENS.finditer(line, start, end)
            if m.group(2) not in _ABBREVIATIONS
        ]
        cuts += [
            m.end(1)
            for m in _TITLE_OPENS.finditer(line, start, end)
            if not _TITLE_ABBREVIATION.search(" " + m.group(1))
        ]
        for cut in sorted(cuts):
            split.append(_trim(line, start, cut))
            start = cut
        split.append(_trim(line, start, end))
    return split


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _looks_like_heading(text: str) -> bool:
    return len(text.split()) <= _HEADING_MAX_WORDS and not _TERMINAL.search(text)
