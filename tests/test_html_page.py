"""The HTML page as text: escaping, structure, verdicts, gap markers, the batch index.

What the page does in a browser is tested in test_html_browser.py.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner

import driftcheck.renderers
from driftcheck.alignment import Link
from driftcheck.cli import main
from driftcheck.documents import Document
from driftcheck.findings import Span
from driftcheck.renderers.html import CSP, IndexEntry, render_html, render_html_index
from driftcheck.report import Report, Verdict
from driftcheck.rules import Severity
from driftcheck.sentences import Sentence
from tests.conftest import SEED_ORIGINAL, SEED_VERSION
from tests.reports import hand_built_report

HOSTILE = '<script>window.pwned=1</script> "><img src=x onerror=alert(1)> </textarea>&amp;'

_VOID = {"meta", "input", "br", "img", "link", "hr"}


class _Tags(HTMLParser):
    """Collects start tags and checks that every element is closed in order."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.starts: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append((tag, dict(attrs)))
        if tag not in _VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    parser.close()
    assert parser.stack == []
    return parser


def _hostile_report() -> Report:
    """The hand-built report with hostile markup in every piece of text the page shows."""
    report = hand_built_report()
    original = HOSTILE + "\n" + report.original.text
    version = HOSTILE + "\n" + report.version.text
    shift_o, shift_v = len(HOSTILE) + 1, len(HOSTILE) + 1

    def sentences(text: str) -> tuple[Sentence, ...]:
        out, start = [], 0
        for index, line in enumerate(text.split("\n")):
            out.append(Sentence(index, start, start + len(line), line, index, False))
            start += len(line) + 1
        return tuple(out)

    def moved(span: Span | None, shift: int, text: str) -> Span | None:
        if span is None:
            return None
        return Span(
            span.start + shift, span.end + shift, text[span.start + shift : span.end + shift]
        )

    findings = tuple(
        replace(
            f,
            reason=f.reason + " " + HOSTILE,
            original=moved(f.original, shift_o, original),
            version=moved(f.version, shift_v, version),
            link=None if f.link is None else f.link + 1,
        )
        for f in report.findings
    )
    hostile_finding = replace(
        report.findings[0],
        original=Span(0, len(HOSTILE), HOSTILE),
        version=Span(0, len(HOSTILE), HOSTILE),
        link=0,
    )
    links = tuple(
        Link(
            tuple(i + 1 for i in link.original),
            tuple(j + 1 for j in link.version),
            link.score,
            link.moved,
        )
        for link in report.alignment.links
    )
    alignment = replace(
        report.alignment,
        links=(Link((0,), (0,), 1.0, False), *links),
        unaligned_original=tuple(
            replace(g, index=g.index + 1) for g in report.alignment.unaligned_original
        ),
        unaligned_version=tuple(
            replace(g, index=g.index + 1) for g in report.alignment.unaligned_version
        ),
    )
    return replace(
        report,
        original=Document(HOSTILE, original),
        version=Document(HOSTILE, version),
        original_sentences=sentences(original),
        version_sentences=sentences(version),
        alignment=alignment,
        findings=(hostile_finding, *findings),
        warnings=(HOSTILE,),
    )


def test_page_is_well_formed_and_self_contained() -> None:
    page = render_html(hand_built_report())
    tags = _parse(page)
    names = [tag for tag, _ in tags.starts]
    assert names.count("script") == 1
    assert "link" not in names and "img" not in names and "iframe" not in names
    assert not re.search(r"(src|href)=\"(https?:)?//", page)
    assert "@import" not in page and "url(" not in page
    csp = [a["content"] for t, a in tags.starts if t == "meta" and a.get("http-equiv")]
    assert csp == [CSP]


def test_hostile_text_is_escaped_everywhere() -> None:
    page = render_html(_hostile_report())
    tags = _parse(page)
    names = [tag for tag, _ in tags.starts]
    assert names.count("script") == 1  # only the page's own
    assert "img" not in names and "textarea" not in names
    assert "<script>window.pwned" not in page
    assert "<img src=x" not in page
    assert "</textarea>" not in page
    # Seen as text: in both columns, the names, the reasons and the warning.
    assert "".join(tags.text).count(HOSTILE) >= 8


def test_every_finding_is_listed_worst_first_and_marked_on_its_sides() -> None:
    report = hand_built_report()
    tags = _parse(render_html(report))
    items = [a for t, a in tags.starts if t == "li" and a.get("class") == "finding"]
    severities = [Severity(a["data-severity"] or "") for a in items]
    assert [s.rank for s in severities] == sorted((s.rank for s in severities), reverse=True)
    assert sorted(int(a["data-f"] or -1) for a in items) == list(range(len(report.findings)))
    marks = [set((a["data-f"] or "").split()) for t, a in tags.starts if t == "mark"]
    gaps = [a["data-f"] for t, a in tags.starts if "gap" in (a.get("class") or "").split()]
    # Drift 0 and 2 are marked on both sides; the omission 1 and the addition 3 once, plus a gap.
    for finding, marked, gapped in (("0", 2, 0), ("1", 1, 1), ("2", 2, 0), ("3", 1, 1)):
        assert sum(finding in m for m in marks) == marked
        assert gaps.count(finding) == gapped


def test_gap_markers_stand_where_the_missing_sentence_would_be() -> None:
    page = render_html(hand_built_report())
    original = page[page.index('<section id="original"') : page.index('<section id="version"')]
    version = page[page.index('<section id="version"') :]
    # "Russia backed the claims." follows original 0, which the version re-tells as its 0.
    first_version_paragraph = version[version.index('id="v0"') :].split("</p>")[0]
    assert '<span class="gap gap-omission" data-f="1">' in first_version_paragraph
    # "Doha hosted them." follows version 1, the counterpart of original 2.
    last_original_paragraph = original[original.index('id="o2"') :].split("</p>")[0]
    assert '<span class="gap gap-addition" data-f="3">' in last_original_paragraph


def _luminance(colour: str) -> float:
    channels = [int(colour[k : k + 2], 16) / 255 for k in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_text_colours_meet_wcag_aa_contrast() -> None:
    css = (Path(driftcheck.renderers.__file__).parent / "assets" / "report.css").read_text("utf-8")
    var = dict(re.findall(r"--([a-z-]+): (#[0-9a-f]{6});", css))
    white = "#ffffff"
    pairs = [
        *(
            (white, var[name])
            for name in ("drift", "omission", "addition", "moved", "pass", "review", "fail")
        ),
        *((var["fg"], var[name]) for name in ("drift-bg", "omission-bg", "addition-bg")),
        (var["fg"], "#e9e4f5"),  # linked sentence
        (var["fg"], "#eef3ff"),  # active finding
        (var["muted"], white),
        (var["omission"], white),  # gap markers
        (var["addition"], white),
        (white, "#4d4d4d"),  # MAJOR badge
    ]
    for fg, bg in pairs:
        assert _contrast(fg, bg) >= 4.5, (fg, bg)


def test_moved_links_are_shown_as_moved() -> None:
    report = hand_built_report()
    links = report.alignment.links
    moved = replace(
        report, alignment=replace(report.alignment, links=(links[0], replace(links[1], moved=True)))
    )
    page = render_html(moved)
    assert page.count("↕ MOVED</span>") == 2 + 1  # both sides of link 1, and the legend
    assert 'class="s moved" id="o2" data-link="1"' in page
    assert 'class="s moved" id="v1" data-link="1"' in page


@pytest.mark.parametrize(
    "fail_on, findings, verdict",
    [
        (Severity.MAJOR, None, Verdict.FAIL),
        (Severity.CRITICAL, None, Verdict.FAIL),
        (Severity.MAJOR, 2, Verdict.REVIEW),  # two findings, both made minor
        (Severity.MAJOR, 0, Verdict.PASS),
    ],
)
def test_verdict_follows_fail_on(fail_on: Severity, findings: int | None, verdict: Verdict) -> None:
    report = replace(hand_built_report(), fail_on=fail_on)
    if findings is not None:
        minor = tuple(replace(f, severity=Severity.MINOR) for f in report.findings[:findings])
        report = replace(report, findings=minor)
    assert report.verdict is verdict
    assert (report.verdict is Verdict.FAIL) == bool(report.exit_code)
    assert f'data-verdict="{verdict.value}"' in render_html(report)


def test_index_lists_failing_pairs_first_with_relative_links() -> None:
    report = hand_built_report()
    clean = replace(report, findings=())
    entries = [
        IndexEntry.for_report("clean <pair>", clean, "pairs/clean.html"),
        IndexEntry.for_report("bad", report, "pairs/bad page.html"),
        IndexEntry("trap", Verdict.REVIEW, clean.counts(), "javascript:alert(1)"),
    ]
    page = render_html_index(entries)
    tags = _parse(page)
    links = [a["href"] for t, a in tags.starts if t == "a"]
    assert links == ["pairs/bad%20page.html", "javascript%3Aalert%281%29", "pairs/clean.html"]
    assert "clean &lt;pair&gt;" in page
    assert "3 pair(s): 1 fail, 1 needs review, 1 pass" in page
    assert "<script" not in page
    row = page[page.index('href="pairs/bad%20page.html"') :].split("</tr>")[0]
    assert re.findall(r'class="num">(\d+)<', row) == ["2", "1", "1", "1", "3", "0"]


def test_check_writes_the_page_with_format_html(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        main, ["check", str(SEED_ORIGINAL), str(SEED_VERSION), "--format", "html", "-o", str(out)]
    )
    assert result.exit_code == 1, result.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>")
    assert 'data-verdict="fail"' in page
    _parse(page)


def test_view_is_a_command() -> None:
    result = CliRunner().invoke(main, ["view", "--help"])
    assert result.exit_code == 0
    assert "default browser" in " ".join(result.output.split())
