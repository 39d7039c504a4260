"""Markdown and HTML input: prose found, markup left out, every offset into the file as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from driftcheck.documents import Document
from driftcheck.locations import locate
from driftcheck.markup import Markup, html_prose, load_document, markdown_prose, with_markup
from driftcheck.pipeline import Checker
from driftcheck.sentences import split_sentences

MARKDOWN = """---
title: A front matter line. Not prose.
---
# Flood *warning* for the valley #

The river rose by **two metres** on Monday, officials said. It was the
highest level since [1998](https://example.org/a "title").

- Forty homes were lost.
- The mayor, `Ana Ruiz`, left.

> A quote from the mayor. She said
> help is coming.

```
code block. Not prose.
```

    indented code. Not prose either.

Setext heading
--------------
"""

HTML = """<html><head><title>Not prose.</title><script>var a = "b. c.";</script></head>
<body><h1>Storm hits <em>coast</em></h1>
<p>The storm killed 12 people &amp; injured 40. It moved
north.</p><ul><li>One item.</li><li>Two <a href="x">link</a> item.</li></ul>
<pre>code. here.</pre></body></html>"""


def _sentences(text: str, markup: Markup) -> list[tuple[str, str, bool]]:
    document = with_markup(Document("x", text), markup)
    out = []
    for s in split_sentences(document):
        assert text[s.start : s.end] == s.text
        prose = document.prose_slice(s.start, s.end)
        assert len(prose) == len(s.text)
        out.append((s.text, " ".join(prose.split()), s.heading))
    return out


def test_markdown_prose_blocks_in_reading_order() -> None:
    assert _sentences(MARKDOWN, Markup.MARKDOWN) == [
        ("Flood *warning* for the valley", "Flood warning for the valley", True),
        (
            "The river rose by **two metres** on Monday, officials said.",
            "The river rose by two metres on Monday, officials said.",
            False,
        ),
        (
            'It was the\nhighest level since [1998](https://example.org/a "title").',
            "It was the highest level since 1998 .",
            False,
        ),
        ("Forty homes were lost.", "Forty homes were lost.", False),
        ("The mayor, `Ana Ruiz`, left.", "The mayor, Ana Ruiz , left.", False),
        ("A quote from the mayor.", "A quote from the mayor.", False),
        ("She said\n> help is coming.", "She said help is coming.", False),
        ("Setext heading", "Setext heading", True),
    ]


def test_html_prose_skips_head_script_and_pre() -> None:
    assert _sentences(HTML, Markup.HTML) == [
        ("Storm hits <em>coast", "Storm hits coast", True),
        (
            "The storm killed 12 people &amp; injured 40.",
            "The storm killed 12 people & injured 40.",
            False,
        ),
        ("It moved\nnorth.", "It moved north.", False),
        ("One item.", "One item.", False),
        ('Two <a href="x">link</a> item.', "Two link item.", False),
    ]


@pytest.mark.parametrize("text", ["", "```\nonly code\n```\n", "---\na: b\n---\n"])
def test_markdown_without_prose_has_no_regions(text: str) -> None:
    prose, regions = markdown_prose(text)
    assert len(prose) == len(text)
    assert regions == ()


def test_crlf_markdown_keeps_offsets() -> None:
    text = MARKDOWN.replace("\n", "\r\n")
    texts = [t for t, _, _ in _sentences(text, Markup.MARKDOWN)]
    assert texts[1] == "The river rose by **two metres** on Monday, officials said."
    assert texts[2] == 'It was the\r\nhighest level since [1998](https://example.org/a "title").'


def test_html_prose_mask_has_the_file_length() -> None:
    prose, regions = html_prose(HTML)
    assert len(prose) == len(HTML)
    assert [HTML[r.start : r.end][:5] for r in regions] == ["Storm", "The s", "One i", "Two <"]


def test_html_with_carriage_returns_keeps_offsets() -> None:
    text = HTML.replace("\n", "\r\n")
    texts = [t for t, _, _ in _sentences(text, Markup.HTML)]
    assert texts[2] == "It moved\r\nnorth."


def test_html_pair_finding_points_into_the_file_as_written(
    checker: Checker, tmp_path: Path
) -> None:
    page = (
        "<html><body>\n<h1>Storm report</h1>\n"
        "<p>The storm killed <b>12</b> people on Monday. Roads were closed.</p>\n</body></html>\n"
    )
    original, version = tmp_path / "a.html", tmp_path / "b.html"
    original.write_text(page, encoding="utf-8")
    version.write_text(page.replace("<b>12</b>", "<b>21</b>"), encoding="utf-8")
    report = checker.check(load_document(original), load_document(version))
    drift = [f for f in report.findings if f.rule == "DC301"]
    assert drift and drift[0].version is not None
    location = locate(report.version, drift[0].version)
    assert (location.line, location.column) == (3, 4)
    assert location.text.startswith("The storm killed <b>21</b> people")
