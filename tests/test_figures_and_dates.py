"""Figures and dates as a re-telling writes them: what is the same value, what is a change.

The lexical keys are pinned directly; the findings they drive are pinned through the real
pipeline on two-sentence articles (the first sentence shared), as in ``test_findings_typed``.
"""

from __future__ import annotations

import pytest

from driftcheck import lexical
from driftcheck.pipeline import Checker
from tests.conftest import rules_fired

CONTEXT = "Ministers met in the capital on Monday to discuss the national budget for next year."


def _values(text: str) -> list[str]:
    return [m.key.lstrip(lexical.SOFT) for m in lexical.numbers(text)]


@pytest.mark.parametrize(
    "one, other",
    [
        ("data of 2.3 million customers", "data of 2.3m customers"),
        ("suspects held for 14 days", "suspects held for two weeks"),
        ("raised by a quarter of a percentage point", "raised by 0.25 percentage points"),
        ("raised by 25 basis points", "raised by 0.25 percentage points"),
        ("nearly half of the coral", "nearly 50% of the coral"),
        ("half the coral", "50 percent of the coral"),
        ("two thirds of voters", "66.7% of voters"),
        ("only a quarter of the $320 million", "only 25% of the $320 million"),
        ("of the budget they received only a quarter.", "of the budget they received 25%."),
        ("a fine of $4.5bn", "a fine of 4.5 billion dollars"),
        ("The two sides agreed", "Both sides agreed"),
        ("Twenty-three people", "23 people"),
        ("one hundred and twenty workers", "120 workers"),
        ("two thousand five hundred", "2,500"),
        ("stopped within 90 minutes", "stopped within an hour and a half"),
        ("in six decades", "in sixty years"),
        ("seized 1.4 tonnes of cocaine", "seized 1,400 kilograms of cocaine"),
        ("a 5-km stretch", "a 5,000-metre stretch"),
        ("copied 600 GB of data", "copied 600 gigabytes of data"),
    ],
)
def test_same_figure_written_differently(one: str, other: str) -> None:
    assert _values(one) == _values(other)


def test_number_words_side_by_side_are_not_one_figure() -> None:
    assert _values("five six") == ["5", "6"]
    assert _values("one of them, a one-off") == []


def test_an_attached_m_is_a_million_only_for_money_or_a_count() -> None:
    assert _values("a 10m wall") == ["10"]
    assert _values("£18m and 500k users") == ["18000000", "500000"]


def test_units_by_dimension() -> None:
    keys = [m.key for m in lexical.units("€200 per acre, 4.5 million dollars, 80 km, two weeks")]
    assert keys == ["currency:eur", "area:acre", "currency:usd", "length:metre", "duration:day"]
    assert [m.key for m in lexical.units("12 hours, six decades")] == [
        "duration:hour",
        "duration:year",
    ]
    assert lexical.units("3,200 workers and 5 per cent") == []


def test_ordinals_and_both_are_soft() -> None:
    keys = [m.key for m in lexical.numbers("the first week, both teams, a pair of satellites")]
    assert keys == ["~1", "~2", "~2"]


def test_relative_periods_and_bare_months() -> None:
    keys = [
        m.key for m in lexical.dates("over the past decade, from October, in May, next Tuesday")
    ]
    assert keys == ["relative:last 10 years", "month:october", "month:may", "relative:next tuesday"]
    assert [m.key for m in lexical.dates("in the last ten years")] == ["relative:last 10 years"]


def test_verbs_and_modals_are_not_dates() -> None:
    assert lexical.dates("The strike would last two days. May the best team win.") == []


def _rules(checker: Checker, original: str, version: str) -> set[str]:
    return rules_fired(checker, CONTEXT, original, version)


CHANGES = [
    ("fraction", "Nearly half of the coral on the reef died last year.", "Almost a fifth of the reef's coral died last year.", "DC301"),
    ("weeks", "Police may hold suspects for 14 days without charge.", "Police may hold suspects for three weeks without charge.", "DC301"),
    ("bare month", "Work on the new bridge will start in October.", "Work on the new bridge will start in August.", "DC310"),
    ("next or this", "The union called a strike for next Tuesday.", "The union called a strike for this Tuesday.", "DC310"),
    ("unit", "Farmers asked for payments of 200 euros per hectare.", "Farmers asked for payments of €200 per acre.", "DC301"),
    ("currency", "The bridge will cost 40 million euros to repair.", "The bridge will cost 40 million dollars to repair.", "DC301"),
]  # fmt: skip


@pytest.mark.parametrize("name, original, version, code", CHANGES, ids=[c[0] for c in CHANGES])
def test_changed_figures_and_dates_fire(
    checker: Checker, name: str, original: str, version: str, code: str
) -> None:
    assert code in _rules(checker, original, version)


SAME = [
    ("millions", "The firm lost the data of 2.3 million customers.", "The firm lost the data of 2.3m customers."),
    ("weeks", "Police may hold suspects for 14 days without charge.", "Police may hold suspects for two weeks without charge."),
    ("basis points", "The bank raised its rate by a quarter of a percentage point.", "The bank raised its rate by 25 basis points."),
    ("decade", "Enrolment has dropped by 18% over the past decade.", "Over the last ten years, enrolment has fallen 18 percent."),
    ("ordinal dropped", "The two sides agreed to meet again in the first week of June.", "Both sides agreed to meet again in early June."),
    ("month dropped", "The offensive usually begins sometime in March.", "The offensive usually begins in spring."),
    ("currency symbol", "The bridge will cost 40 million euros to repair.", "Repairing the bridge will cost €40 million."),
    ("unit spelled", "The fire is 80 kilometres from the capital.", "The fire is 80 km from the capital."),
]  # fmt: skip


@pytest.mark.parametrize("name, original, version", SAME, ids=[s[0] for s in SAME])
def test_same_figures_and_dates_raise_no_figure_finding(
    checker: Checker, name: str, original: str, version: str
) -> None:
    figure_rules = {"DC301", "DC103", "DC202", "DC310", "DC107", "DC207"}
    assert not _rules(checker, original, version) & figure_rules


CAUSES = [
    ("condition became cause", "Some reefs could recover within a decade if water temperatures stabilise.", "Some reefs could recover within a decade because water temperatures have stabilised.", {"DC311"}),
    ("another cause", "Services were cut because of a shortage of train drivers and engineers.", "Services were cut due to a long strike by angry railway unions.", {"DC311"}),
    ("cause re-worded", "Voters return to the polls after no candidate won a majority.", "Voters return to the polls because no candidate won a majority.", set()),
    ("cause kept", "Services were cut because of a shortage of train drivers.", "Services were cut due to a lack of train drivers.", set()),
]  # fmt: skip


@pytest.mark.parametrize("name, original, version, codes", CAUSES, ids=[c[0] for c in CAUSES])
def test_a_cause_or_condition_changed(
    checker: Checker, name: str, original: str, version: str, codes: set[str]
) -> None:
    assert _rules(checker, original, version) & {"DC206", "DC311"} == codes
