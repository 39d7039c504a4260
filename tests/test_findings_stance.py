"""Stance swaps hidden by a stance both sides share elsewhere in the sentence, with the real model."""

from __future__ import annotations

import pytest

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


@pytest.mark.parametrize("name, original, version, fires", CASES, ids=[c[0] for c in CASES])
def test_stance_replaced(
    checker: Checker, name: str, original: str, version: str, fires: bool
) -> None:
    assert ("DC307" in rules_fired(checker, CONTEXT, original, version)) is fires
