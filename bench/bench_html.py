"""How fast a 500-sentence pair's review page becomes interactive in headless Chromium.

    python bench/bench_html.py [--sentences 500] [--runs 5]

Builds an invented pair (the version drops, changes, adds and moves sentences), checks it with
the real model, renders the page, then opens it ``--runs`` times, each in a fresh Chromium, and
reads the page's ``data-ready`` attribute: milliseconds from navigation start until the script
has attached its listeners (performance.now() at the end of the script). Also times one click
on a finding (selection, highlighting both sides, scrolling both panes).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from driftcheck.documents import Document  # noqa: E402
from driftcheck.pipeline import Checker  # noqa: E402
from driftcheck.renderers.html import render_html  # noqa: E402
from tests.browser import browser_missing, chromium  # noqa: E402

SUBJECTS = [
    "The city council",
    "The health ministry",
    "A spokesperson for the port authority",
    "The regional governor",
    "Union leaders",
    "The central bank",
    "Local farmers",
    "The education board",
    "Police officials",
    "The opposition party",
    "Hospital staff",
    "The transport agency",
    "Residents of the old quarter",
    "The finance minister",
]
VERBS = [
    "approved",
    "rejected",
    "announced",
    "postponed",
    "criticised",
    "reviewed",
    "defended",
    "questioned",
    "welcomed",
    "proposed",
]
OBJECTS = [
    "a budget of {n} million euros",
    "a plan to build {n} new homes",
    "the hiring of {n} teachers",
    "a tax rise of {n} percent",
    "the closure of {n} rural clinics",
    "a bridge costing {n} million",
    "new rules for {n} bus routes",
    "a study of {n} polluted rivers",
    "a fund for {n} small firms",
]
TAILS = [
    "on Monday",
    "after a long debate",
    "in a statement to reporters",
    "despite protests outside",
    "at a press conference",
    "late on Thursday",
    "in a letter to the mayor",
    "before the holiday",
]
ADDED = [
    "Critics said the decision had been taken in secret.",
    "The move is expected to please voters ahead of the election.",
    "Several residents described the plan as a disaster.",
]


def invented_pair(sentences: int, seed: int = 7) -> tuple[Document, Document]:
    """An original of ``sentences`` sentences (four to a paragraph) and an edited version."""
    rng = np.random.default_rng(seed)

    def sentence(n: int) -> str:
        return (
            f"{SUBJECTS[rng.integers(len(SUBJECTS))]} {VERBS[rng.integers(len(VERBS))]} "
            f"{OBJECTS[rng.integers(len(OBJECTS))].format(n=n)} {TAILS[rng.integers(len(TAILS))]}."
        )

    original = [sentence(int(rng.integers(2, 900))) for _ in range(sentences)]
    version: list[str] = []
    for text in original:
        roll = rng.random()
        if roll < 0.04:
            continue  # omitted
        if roll < 0.08:
            words = text.split()
            numbers = [k for k, w in enumerate(words) if w.isdigit()]
            if numbers:
                words[numbers[0]] = str(int(words[numbers[0]]) + 15)
            text = " ".join(words)
        elif roll < 0.10:
            text = text.replace(" approved ", " did not approve ").replace(
                " rejected ", " never rejected "
            )
        version.append(text)
        if rng.random() < 0.03:
            version.append(ADDED[int(rng.integers(len(ADDED)))])
    version = version[40:] + version[:40]  # the first block moves to the end

    def document(name: str, lines: list[str]) -> Document:
        paragraphs = [" ".join(lines[k : k + 4]) for k in range(0, len(lines), 4)]
        return Document(name, "\n\n".join(paragraphs) + "\n")

    return document("original.txt", original), document("version.txt", version)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=500)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    missing = browser_missing()
    if missing:
        print(f"cannot benchmark: {missing}", file=sys.stderr)
        return 2

    original, version = invented_pair(args.sentences)
    report = Checker().check(original, version)
    started = time.perf_counter()
    page_text = render_html(report)
    render_ms = (time.perf_counter() - started) * 1000
    moved = sum(1 for link in report.alignment.links if link.moved)
    print(
        f"pair: {len(report.original_sentences)} original / {len(report.version_sentences)} "
        f"version sentences, {len(report.alignment.links)} links ({moved} moved), "
        f"{len(report.findings)} findings"
    )
    print(f"render_html: {render_ms:.0f} ms, page {len(page_text.encode()) / 1024:.0f} KiB")

    ready, loaded, clicks = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder) / "report.html"
        page.write_text(page_text, encoding="utf-8")
        for _ in range(args.runs):
            with chromium() as driver:
                driver.get(page.as_uri())
                ready.append(
                    float(driver.execute_script("return +document.documentElement.dataset.ready"))
                )
                loaded.append(
                    float(
                        driver.execute_script(
                            "return performance.getEntriesByType('navigation')[0].loadEventEnd"
                        )
                    )
                )
                clicks.append(
                    float(
                        driver.execute_script(
                            "const b = document.querySelector('#findings li:last-child button');"
                            "const t = performance.now(); b.click();"
                            "document.body.getBoundingClientRect();"
                            "return performance.now() - t;"
                        )
                    )
                )
    print(
        f"interactive (navigation start -> data-ready), {args.runs} fresh browsers: "
        f"median {statistics.median(ready):.0f} ms, max {max(ready):.0f} ms"
    )
    print(f"load event end: median {statistics.median(loaded):.0f} ms, max {max(loaded):.0f} ms")
    print(
        f"click a finding (select + scroll both panes): median {statistics.median(clicks):.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
