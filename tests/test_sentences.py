from __future__ import annotations

import pytest

from driftcheck.documents import Document
from driftcheck.sentences import split_sentences
from tests.conftest import SEED_ORIGINAL


def _texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(Document("t", text))]


def test_offsets_slice_the_input_exactly() -> None:
    text = "Heading line\r\n\r\n“Quote one.” He said Gen. Smith of the U.S. Army left.\rNext line here."
    sentences = split_sentences(Document("t", text))
    assert [text[s.start : s.end] for s in sentences] == [s.text for s in sentences]
    assert [s.text for s in sentences] == [
        "Heading line",
        "“Quote one.”",
        "He said Gen. Smith of the U.S. Army left.",
        "Next line here.",
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The U.S. Army left on Sept. 3. It came back.",
            ["The U.S. Army left on Sept. 3.", "It came back."],
        ),
        (
            "Gen. Scott Miller spoke at 3 p.m. on Monday.",
            ["Gen. Scott Miller spoke at 3 p.m. on Monday."],
        ),
        ("“We stay,” he said. “We leave.”", ["“We stay,” he said.", "“We leave.”"]),
    ],
)
def test_news_abbreviations_and_quotes(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_heading_lines_are_kept_apart_and_marked() -> None:
    sentences = split_sentences(Document("t", "U.S. drawdown\nThere are 10,000 troops. Most stay."))
    assert [s.text for s in sentences] == [
        "U.S. drawdown",
        "There are 10,000 troops.",
        "Most stay.",
    ]
    assert [s.heading for s in sentences] == [True, False, False]
    assert [s.paragraph for s in sentences] == [0, 1, 1]


def test_seed_original_has_the_44_sentences_a_reader_counts() -> None:
    text = SEED_ORIGINAL.read_text(encoding="utf-8")
    sentences = split_sentences(Document("seed", text))
    assert len(sentences) == 44
    assert sum(s.heading for s in sentences) == 3


def test_a_title_abbreviation_never_ends_a_sentence() -> None:
    # Bling Fire alone splits this after "Dr."
    text = "Clinics open on Saturday. Dr. Helen Osei, the chief medical officer, said so."
    assert [s.text for s in split_sentences(Document("t", text))] == [
        "Clinics open on Saturday.",
        "Dr. Helen Osei, the chief medical officer, said so.",
    ]


def test_a_sentence_opening_with_a_figure_is_split_off() -> None:
    text = (
        "Residents left, according to local authorities. 23 people were treated on Sept. 3 there.\n"
    )
    sentences = split_sentences(Document("x", text))
    assert [s.text for s in sentences] == [
        "Residents left, according to local authorities.",
        "23 people were treated on Sept. 3 there.",
    ]


def test_a_sentence_opening_with_a_title_is_split_off() -> None:
    # Bling Fire runs these on: "May." reads to it as an abbreviation before a title
    text = (
        "Marking may stop in May. Prof. Samuel Okonkwo said he backed it. We met Gen. Dr. Ana Berg."
    )
    assert [s.text for s in split_sentences(Document("t", text))] == [
        "Marking may stop in May.",
        "Prof. Samuel Okonkwo said he backed it.",
        "We met Gen. Dr. Ana Berg.",
    ]


def test_a_sentence_closing_on_a_time_is_split_off() -> None:
    # Bling Fire runs the first two on: "a.m." reads to it as an abbreviation
    text = (
        "Flights are banned from midnight to 6 a.m. Work could start in spring. "
        "The strike starts at 6 a.m. Monday and ends at 9 p.m. GMT on Tuesday."
    )
    assert [s.text for s in split_sentences(Document("t", text))] == [
        "Flights are banned from midnight to 6 a.m.",
        "Work could start in spring.",
        "The strike starts at 6 a.m. Monday and ends at 9 p.m. GMT on Tuesday.",
    ]
