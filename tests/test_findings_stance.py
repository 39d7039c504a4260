"""Stance swaps hidden by a stance both sides share elsewhere in the sentence, with the real model."""

from __future__ import annotations

import pytest

from driftcheck.documents import Document
from driftcheck.pipeline import Checker
from tests.conftest import rules_fired

CONTEXT = "Parliament passed the new housing law on Thursday after a long debate."

CASES = [
    ("shared stance hides a swap", "Opposition parties, which protested the vote, said they would challenge the law in court.", "Opposition parties, which protested the vote, said they would accept the law.", True),
    ("passive welcome", "The union condemned the decision to close the plant.", "The decision to close the plant was welcomed by the union.", True),
    ("silence broken", "The company declined to comment on the report.", "The company rejected the report.", True),
    ("same leaning", "The union condemned the decision to close the plant.", "The union criticised the decision to close the plant.", False),
    ("stance added, none replaced", "Parliament passed the housing law.", "Parliament approved the housing law.", False),
]  # fmt: skip


EVALUATIONS = [
    ("welcome turned to regret", "Opposition leader Ana Ruiz welcomed the collapse of the government.", "Opposition leader Ana Ruiz called the collapse of the government regrettable.", True),
    ("defence turned to criticism", "The minister defended the decision not to evacuate the village.", "The minister criticised the decision not to evacuate the village.", True),
    ("refusal turned to an offer", "The mayor has declined to intervene in the dispute.", "The mayor has offered to mediate in the dispute.", True),
    ("appeal turned to acceptance", "The club said it would appeal the decision.", "The club said it would accept the decision.", True),
    ("an inquiry ordered became one refused", "The minister said she had ordered an independent inquiry.", "The minister said she had rejected calls for an independent inquiry.", True),
    ("a threat ruled out", "The government warned of a response in kind to the harbour closure.", "The government ruled out a response in kind to the harbour closure.", True),
    ("welcomed trial regretted", "The union welcomed the trial of the harbour scheme.", "The union expressed regret over the trial of the harbour scheme.", True),
    ("support turned to doubt", "The regulator supported the recall of the ferries.", "The regulator questioned whether the recall of the ferries was necessary.", True),
    ("harsh word kept, frame changed", "The minister called the boycott irresponsible.", "The minister described the boycott as irresponsible.", False),
    ("defence kept in other words", "The minister defended the decision not to evacuate the village.", "The minister stood by the decision not to evacuate the village.", False),
]  # fmt: skip
"""Stances carried by an evaluative word or an offer ("called it regrettable", "offered to
mediate"), not by a reporting verb."""


@pytest.mark.parametrize(
    "name, original, version, fires", CASES + EVALUATIONS, ids=[c[0] for c in CASES + EVALUATIONS]
)
def test_stance_replaced(
    checker: Checker, name: str, original: str, version: str, fires: bool
) -> None:
    assert ("DC307" in rules_fired(checker, CONTEXT, original, version)) is fires


def test_the_lost_stance_is_the_one_not_retold(checker: Checker) -> None:
    """Of two silences, the one the version keeps in contracted form ("did not say" / "didn't
    say") is no loss: the finding shows the refusal to comment turned into a confirmation."""
    original = (
        "The company did not say how many pens had been exported, and it declined to comment "
        "on whether other countries had been informed."
    )
    version = (
        "The company didn't say how many pens had been exported but confirmed that other "
        "countries had been notified."
    )
    report = checker.check(
        Document("o", f"{CONTEXT} {original}"), Document("v", f"{CONTEXT} {version}")
    )
    shown = [f.original.text for f in report.findings if f.rule == "DC307" and f.original]
    assert shown and all("declined to comment" in text for text in shown)
