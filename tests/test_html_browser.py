"""The review page in a real headless Chromium: verdict, counterparts, keys, filters, safety.

Runs Debian's chromium through its chromedriver (tests/browser.py). Skipped with a reason when
the browser is absent on a developer's machine; under CI (``CI=true``) its absence is a failure.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from driftcheck.documents import Document, read_document
from driftcheck.pipeline import Checker
from driftcheck.renderers.html import render_html
from driftcheck.report import Report
from driftcheck.rules import Kind
from tests.browser import browser_missing, chromium
from tests.conftest import SEED_ORIGINAL, SEED_VERSION

# Where a span sits relative to its scrolling pane and the window: visible means inside both.
_IN_VIEW = """
const el = arguments[0];
const r = el.getBoundingClientRect();
const pane = el.closest('.pane').getBoundingClientRect();
return r.height > 0 && r.top >= Math.max(0, pane.top) && r.bottom <= Math.min(innerHeight, pane.bottom);
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = browser_missing()
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run in CI: {missing}")
        pytest.skip(missing)
    with chromium() as driver:
        yield driver


@pytest.fixture(scope="module")
def seed_report(checker: Checker) -> Report:
    return checker.check(read_document(SEED_ORIGINAL), read_document(SEED_VERSION))


@pytest.fixture
def seed_page(browser: Any, seed_report: Report, tmp_path: Path) -> Any:
    page = tmp_path / "seed.html"
    page.write_text(render_html(seed_report), encoding="utf-8")
    browser.get(page.as_uri())
    assert browser.find_element("css selector", "html").get_attribute("data-ready")
    return browser


def _visible_items(browser: Any) -> list[Any]:
    return browser.find_elements("css selector", "#findings li.finding:not([hidden])")


def test_seed_page_shows_the_verdict_and_counts(seed_page: Any, seed_report: Report) -> None:
    verdict = seed_page.find_element("id", "verdict")
    assert verdict.get_attribute("data-verdict") == seed_report.verdict.value
    assert seed_report.verdict.value.upper() in verdict.text
    counts = seed_report.counts()
    for key, n in {**counts["kind"], **counts["severity"]}.items():
        element = seed_page.find_element("id", f"count-{key}")
        assert element.get_attribute("data-count") == str(n)
        assert str(n) in element.text
    assert len(_visible_items(seed_page)) == len(seed_report.findings) > 0


def test_clicking_a_drift_finding_shows_both_spans(seed_page: Any, seed_report: Report) -> None:
    drift = [i for i, f in enumerate(seed_report.findings) if f.kind is Kind.DRIFT]
    assert drift, "the seed pair has drift findings"
    # The one furthest down the original, so that showing it needs scrolling.
    index = max(drift, key=lambda i: seed_report.findings[i].original.start)  # type: ignore[union-attr]
    selector = f'mark[data-f~="{index}"]'
    original = seed_page.find_element("css selector", f"#original {selector}")
    version = seed_page.find_element("css selector", f"#version {selector}")
    assert "active" not in original.get_attribute("class")
    assert not seed_page.execute_script(_IN_VIEW, original), "pick a span below the fold"

    seed_page.find_element("css selector", f'li[data-f="{index}"] button').click()

    for span in (original, version):
        assert "active" in span.get_attribute("class").split()
        assert seed_page.execute_script(_IN_VIEW, span), span.text
    assert original.text in " ".join(seed_report.original.text.split())
    item = seed_page.find_element("css selector", f'li[data-f="{index}"]')
    assert "active" in item.get_attribute("class").split()


def test_clicking_a_highlight_in_the_version_selects_its_finding(
    seed_page: Any, seed_report: Report
) -> None:
    index = next(
        i for i, f in enumerate(seed_report.findings) if f.kind is Kind.DRIFT and f.original
    )
    seed_page.find_element("css selector", f'#version mark[data-f~="{index}"]').click()
    active = seed_page.find_elements("css selector", "#findings li.active")
    assert [a.get_attribute("data-f") for a in active] == [str(index)]
    counterpart = seed_page.find_element("css selector", f'#original mark[data-f~="{index}"]')
    assert "active" in counterpart.get_attribute("class").split()


def test_j_and_k_move_the_focus_and_enter_shows(seed_page: Any) -> None:
    from selenium.webdriver.common.keys import Keys

    buttons = [
        item.find_element("css selector", "button") for item in _visible_items(seed_page)[:3]
    ]
    body = seed_page.find_element("css selector", "body")
    body.send_keys("j")
    assert seed_page.switch_to.active_element == buttons[0]
    seed_page.switch_to.active_element.send_keys("j")
    assert seed_page.switch_to.active_element == buttons[1]
    seed_page.switch_to.active_element.send_keys("j")
    seed_page.switch_to.active_element.send_keys("k")
    assert seed_page.switch_to.active_element == buttons[1]
    seed_page.switch_to.active_element.send_keys(Keys.ENTER)
    item = _visible_items(seed_page)[1]
    assert "active" in item.get_attribute("class").split()
    marks = seed_page.find_elements(
        "css selector", f'.column [data-f~="{item.get_attribute("data-f")}"].active'
    )
    assert marks


def test_filtering_to_omissions_leaves_only_omissions(seed_page: Any, seed_report: Report) -> None:
    for kind in ("drift", "addition"):
        seed_page.find_element("css selector", f'input[name="kind"][value="{kind}"]').click()
    items = _visible_items(seed_page)
    assert {i.get_attribute("data-kind") for i in items} == {"omission"}
    assert len(items) == seed_report.counts()["kind"]["omission"]
    total = len(seed_report.findings)
    assert seed_page.find_element("id", "shown").text == f"{len(items)} of {total} shown"


def test_hostile_article_runs_nothing_and_shows_as_text(
    browser: Any, checker: Checker, tmp_path: Path
) -> None:
    payloads = [
        "<script>window.__pwned = 'script';</script>",
        '"><img src=x onerror="window.__pwned = \'img\'">',
        "</textarea><svg onload=\"window.__pwned = 'svg'\"></svg>",
    ]
    original = (
        "The council met on Monday to discuss the budget.\n"
        f"A resident wrote {payloads[0]} in a letter to the council.\n"
        f"Another signed it {payloads[1]} and left.\n"
        "The mayor said the vote would take place in March.\n"
    )
    version = (
        "The council met on Tuesday to discuss the budget.\n"
        f"Another signed it {payloads[1]} and left.\n"
        f"A third added {payloads[2]} to the record.\n"
        "The mayor said the vote would not take place in March.\n"
    )
    report = checker.check(Document(payloads[0], original), Document(payloads[1], version))
    page = tmp_path / "hostile.html"
    page.write_text(render_html(report), encoding="utf-8")
    browser.get(page.as_uri())
    assert browser.find_element("css selector", "html").get_attribute("data-ready")
    assert browser.execute_script("return window.__pwned === undefined")
    assert browser.find_elements("css selector", "img, svg, textarea") == []
    assert len(browser.find_elements("css selector", "script")) == 1
    shown = browser.find_element("id", "original").text + browser.find_element("id", "version").text
    for payload in payloads:
        assert payload in shown
    assert payloads[0] in browser.find_element("id", "name-original").text


def test_clicking_a_sentence_shows_the_sentences_aligned_with_it(seed_page: Any) -> None:
    # The click is dispatched on the sentence element itself, so that it does not land on a
    # finding's highlight inside it (every aligned seed sentence has one).
    sentence = seed_page.find_elements("css selector", "#original .s[data-link]")[0]
    link = sentence.get_attribute("data-link")
    seed_page.execute_script(
        "arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", sentence
    )
    counterparts = seed_page.find_elements("css selector", f'#version .s[data-link="{link}"]')
    assert counterparts
    for element in (sentence, *counterparts):
        assert "linked" in element.get_attribute("class").split()
    assert seed_page.execute_script(_IN_VIEW, counterparts[0])
