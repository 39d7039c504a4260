"""Clauses added to or dropped from a sentence that otherwise survives, with the real model."""

from __future__ import annotations

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


def test_a_share_of_a_group_is_an_addition_when_one_word_of_its_claim_is_new(
    checker: Checker,
) -> None:
    """ "hired" re-tells "employ"; "from abroad" is said of no one in the original."""
    rules = _rules(
        checker,
        "The new harbour terminal will employ about 300 dockers once it opens.",
        "The new harbour terminal will employ about 300 dockers once it opens, most of them "
        "hired from abroad.",
    )
    assert "DC205" in rules


def test_a_name_in_an_added_share_of_a_group_is_an_addition(checker: Checker) -> None:
    rules = _rules(
        checker,
        "About 900 passengers were on board the ferry when it ran aground, its operator Tarlow "
        "Lines said.",
        "About 900 passengers, most of them British, were on board the ferry when it ran "
        "aground, according to Tarlow Lines, which runs the ferry.",
    )
    assert "DC203" in rules
    assert "DC302" not in rules


def test_a_share_of_a_group_re_told_is_no_addition(checker: Checker) -> None:
    rules = _rules(
        checker,
        "About 900 passengers, most of them British, were on board the ferry when it ran "
        "aground, its operator said.",
        "The ferry had about 900 passengers on board, most of whom were British, when it ran "
        "aground, according to its operator.",
    )
    assert not rules & {"DC203", "DC205", "DC302"}


def test_a_name_swapped_inside_a_share_of_a_group_on_both_sides_is_a_swap(
    checker: Checker,
) -> None:
    rules = _rules(
        checker,
        "About 900 passengers, most of them citizens of Velmora, were on board the ferry.",
        "About 900 passengers, most of them citizens of Ostrava, were on board the ferry.",
    )
    assert "DC302" in rules
    assert "DC203" not in rules


def test_a_second_predicate_added_after_and_is_an_addition(checker: Checker) -> None:
    """ "and were later released from hospital" is a claim of its own, cut from the first."""
    rules = _rules(
        checker,
        "All 164 passengers were evacuated from the ferry, and two people were treated for "
        "minor injuries.",
        "The 164 passengers were all evacuated from the ferry; two people received treatment "
        "for minor injuries and were later released from hospital.",
    )
    assert "DC205" in rules


def test_a_second_predicate_dropped_after_and_is_an_omission(checker: Checker) -> None:
    rules = _rules(
        checker,
        "The harbour's traffic service said the outage had been caused by a software update "
        "installed overnight and was not the result of a cyberattack.",
        "According to the harbour's traffic service, the outage was caused by a software "
        "update installed overnight.",
    )
    assert "DC106" in rules


def test_a_second_predicate_re_told_is_no_omission_or_addition(checker: Checker) -> None:
    rules = _rules(
        checker,
        "Two people were treated for minor injuries and were later released from hospital.",
        "Two people received treatment for minor injuries and were discharged from hospital later.",
    )
    assert not rules & {"DC106", "DC205", "DC101", "DC201"}
