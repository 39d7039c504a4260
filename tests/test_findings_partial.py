"""Clauses added to or dropped from a sentence that otherwise survives, with the real model."""

from __future__ import annotations

import pytest

from driftcheck.documents import Document
from driftcheck.pipeline import Checker
from tests.conftest import rules_fired

CONTEXT = (
    "The city council met on Monday evening to debate the annual budget for the harbour district."
)


def _rules(checker: Checker, original: str, version: str) -> set[str]:
    return rules_fired(checker, CONTEXT, original, version)


def test_a_hedge_inside_an_added_clause_is_an_addition(checker: Checker) -> None:
    rules = _rules(
        checker,
        "The ministry said it would draft a new bill on harbour fees.",
        "The ministry said it would draft a new bill on harbour fees, which it hopes to pass "
        "before the summer recess.",
    )
    assert "DC205" in rules
    assert not rules & {"DC304", "DC312"}


def test_a_stance_in_an_added_clause_beside_a_kept_one_is_an_addition(checker: Checker) -> None:
    """The council still approves; the opposition is new content, not the approval turned."""
    report = checker.check(
        Document(
            "o",
            "Students staged a sit-in at the conservatory's main hall. The city council, which "
            "funds both institutions, is expected to approve the merger in December. The "
            "academy's director said she supported the merger but would step down once the two "
            "schools were combined.",
        ),
        Document(
            "v",
            "Students held a sit-in in the main hall of the conservatory. The city council, which "
            "finances both schools, is expected to give its approval to the merger in December, "
            "despite opposition from two of its parties. The academy's director said she backed "
            "the merger but would resign once the two schools had been combined.",
        ),
    )
    added = [f for f in report.findings if f.rule == "DC205"]
    assert added and added[0].version is not None
    assert added[0].version.text == "despite opposition from two of its parties"
    assert not [f for f in report.findings if f.rule == "DC307"]


def test_a_hedge_that_replaces_a_clause_is_still_a_certainty_change(checker: Checker) -> None:
    rules = _rules(
        checker,
        "Officials said the new ferry terminal will open in the spring.",
        "Officials said the new ferry terminal may open in the spring.",
    )
    assert "DC312" in rules
    assert not rules & {"DC205", "DC106"}


def test_a_dropped_phrase_bridged_by_a_loosely_matched_word_is_an_omission(
    checker: Checker,
) -> None:
    """ "ambulances" is near "operations", but "divert … neighbouring" is gone around it."""
    rules = _rules(
        checker,
        "A cyberattack forced the harbour clinic to postpone 300 operations and divert "
        "ambulances to neighbouring hospitals.",
        "A cyberattack forced the harbour clinic to put off 300 operations.",
    )
    assert "DC106" in rules


def test_a_share_of_a_group_added_is_an_addition(checker: Checker) -> None:
    """ "most of them civilians" has one content word, but it is a claim of its own."""
    rules = _rules(
        checker,
        "At least 40 people were killed in the attack on the harbour.",
        "At least 40 people, most of them civilians, were killed in the attack on the harbour.",
    )
    assert "DC205" in rules


CLAUSES_OF_THEIR_OWN = [
    (
        "a share of a group with one new word",  # "hired" re-tells "employ"; "abroad" is new
        "The new harbour terminal will employ about 300 dockers once it opens.",
        "The new harbour terminal will employ about 300 dockers once it opens, most of them "
        "hired from abroad.",
        "DC205",
        set(),
    ),
    (
        "a name in an added share of a group",
        "About 900 passengers were on board the ferry when it ran aground, its operator Tarlow "
        "Lines said.",
        "About 900 passengers, most of them British, were on board the ferry when it ran "
        "aground, according to Tarlow Lines, which runs the ferry.",
        "DC203",
        {"DC302"},
    ),
    (
        "a share of a group re-told",
        "About 900 passengers, most of them British, were on board the ferry when it ran "
        "aground, its operator said.",
        "The ferry had about 900 passengers on board, most of whom were British, when it ran "
        "aground, according to its operator.",
        None,
        {"DC203", "DC205", "DC302"},
    ),
    (
        "a name swapped inside a share of a group on both sides",
        "About 900 passengers, most of them citizens of Velmora, were on board the ferry.",
        "About 900 passengers, most of them citizens of Ostrava, were on board the ferry.",
        "DC302",
        {"DC203"},
    ),
    (
        "a second predicate added after 'and'",  # a claim of its own, cut from the first
        "All 164 passengers were evacuated from the ferry, and two people were treated for "
        "minor injuries.",
        "The 164 passengers were all evacuated from the ferry; two people received treatment "
        "for minor injuries and were later released from hospital.",
        "DC205",
        set(),
    ),
    (
        "a second predicate dropped after 'and'",
        "The harbour's traffic service said the outage had been caused by a software update "
        "installed overnight and was not the result of a cyberattack.",
        "According to the harbour's traffic service, the outage was caused by a software "
        "update installed overnight.",
        "DC106",
        set(),
    ),
    (
        "a second predicate re-told",
        "Two people were treated for minor injuries and were later released from hospital.",
        "Two people received treatment for minor injuries and were discharged from hospital later.",
        None,
        {"DC106", "DC205", "DC101", "DC201"},
    ),
]
"""A share of a group ("most of them British") and a second predicate ("and were later
released") are claims of their own: added or dropped, they are reported; re-told, they are not."""


@pytest.mark.parametrize(
    "name, original, version, fires, never",
    CLAUSES_OF_THEIR_OWN,
    ids=[c[0] for c in CLAUSES_OF_THEIR_OWN],
)
def test_a_clause_of_its_own_added_dropped_or_re_told(
    checker: Checker,
    name: str,
    original: str,
    version: str,
    fires: str | None,
    never: set[str],
) -> None:
    rules = _rules(checker, original, version)
    assert fires is None or fires in rules
    assert not rules & never
