"""Self-contained HTML review page for an editor, and an index page for a batch of pairs.

The page is one file: CSS and JS are inlined from ``assets/``, and a Content-Security-Policy
forbids loading anything, so it opens from disk, offline, in any browser. Every piece of article
text (and every name and reason quoting it) goes through ``html.escape``; the page embeds no
data for its script, which reads only ``data-*`` attributes, so no article text is ever parsed
as script or markup.

Highlights carry a text badge (CHANGED / OMITTED / ADDED / MOVED) as well as a colour, so that
no meaning rests on colour alone (WCAG 1.4.1).
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from itertools import pairwise
from urllib.parse import quote

from driftcheck.batch import BatchReport
from driftcheck.findings import Finding, Span
from driftcheck.report import Report, Verdict
from driftcheck.rules import Kind, Severity, rule
from driftcheck.sentences import Sentence

CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
"""Nothing may load from anywhere: injected markup, were escaping ever to fail, could fetch nothing."""

_BADGE = {
    Kind.DRIFT: ("≠", "CHANGED"),
    Kind.OMISSION: ("−", "OMITTED"),
    Kind.ADDITION: ("+", "ADDED"),
}
_VERDICT_BADGE = {Verdict.PASS: "✓ PASS", Verdict.REVIEW: "! NEEDS REVIEW", Verdict.FAIL: "✗ FAIL"}
_SEVERITIES = sorted(Severity, key=lambda s: -s.rank)


@dataclass(frozen=True)
class _Mark:
    """A finding's span on one side of the page."""

    finding: int
    kind: Kind
    start: int
    end: int


@dataclass(frozen=True)
class _Gap:
    """Where a finding with no span on this side would have stood: after sentence ``after``."""

    finding: int
    kind: Kind
    after: int | None
    """Sentence index on this side; None places the marker before the first sentence."""


@dataclass(frozen=True)
class _Column:
    """Everything one side of the page shows."""

    key: str
    title: str
    name: str
    text: str
    sentences: tuple[Sentence, ...]
    link_of: dict[int, int]
    """Sentence index → index of its alignment link."""
    moved: frozenset[int]
    """Indices of links that re-tell content out of order."""
    marks: tuple[_Mark, ...]
    gaps: tuple[_Gap, ...]


def render_html(report: Report) -> str:
    """The report as one self-contained HTML page (see the module docstring)."""
    verdict = report.verdict
    title = f"driftcheck: {verdict.value} — {report.version.name} against {report.original.name}"
    body = "\n".join(
        [
            _header(report),
            '<main id="review">',
            _findings_section(report),
            _column_html(_column(report, "original")),
            _column_html(_column(report, "version")),
            "</main>",
        ]
    )
    return _page(title, _asset("report.css"), body, _asset("report.js"))


@dataclass(frozen=True)
class IndexEntry:
    """One pair of a batch run, as the index page lists it."""

    name: str
    verdict: Verdict
    counts: dict[str, dict[str, int]]
    """``Report.counts()``: finding counts by kind and by severity."""
    href: str
    """Link to the pair's page, relative to the index page."""

    @classmethod
    def for_report(cls, name: str, report: Report, href: str) -> IndexEntry:
        return cls(name, report.verdict, report.counts(), href)


def render_html_index(entries: Sequence[IndexEntry], signature: str | None = None) -> str:
    """An index page linking one page per pair, failing pairs first, each with its verdict.

    Links are percent-encoded (``:`` included), so an entry can only ever point to a relative
    path, never to a ``javascript:`` or remote address.
    """
    order = {Verdict.FAIL: 0, Verdict.REVIEW: 1, Verdict.PASS: 2}
    ranked = sorted(entries, key=lambda e: order[e.verdict])
    tally = {v: sum(1 for e in entries if e.verdict is v) for v in order}
    kinds = [k.value for k in Kind]
    severities = [s.value for s in _SEVERITIES]
    head = "".join(
        f'<th scope="col">{_e(c)}</th>' for c in ["Pair", "Verdict", *kinds, *severities]
    )
    rows = [
        "<tr>"
        f'<th scope="row"><a href="{_e(quote(e.href, safe="/._-~#"))}">{_e(e.name)}</a></th>'
        f'<td><span class="verdict-badge verdict-{_slug(e.verdict)}">'
        f"{_e(_VERDICT_BADGE[e.verdict])}</span></td>"
        + "".join(f'<td class="num">{e.counts["kind"].get(k, 0)}</td>' for k in kinds)
        + "".join(f'<td class="num">{e.counts["severity"].get(s, 0)}</td>' for s in severities)
        + "</tr>"
        for e in ranked
    ]
    summary = ", ".join(f"{n} {v.value}" for v, n in tally.items())
    body = "\n".join(
        [
            '<header class="index-header">',
            "<h1>driftcheck: batch review</h1>",
            f'<p id="tally">{len(entries)} pair(s): {_e(summary)}</p>',
            f'<p class="signature">signature: <code>{_e(signature)}</code></p>'
            if signature
            else "",
            "</header>",
            '<main class="index">',
            '<table id="pairs">',
            f"<thead><tr>{head}</tr></thead>",
            "<tbody>",
            *rows,
            "</tbody>",
            "</table>",
            "</main>",
        ]
    )
    return _page("driftcheck: batch review", _asset("report.css"), body, None)


def _page(title: str, css: str, body: str, script: str | None) -> str:
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="driftcheck">',
        f"<title>{_e(title)}</title>",
        f"<style>\n{css}</style>",
        "</head>",
        "<body>",
        body,
    ]
    if script is not None:
        parts.append(f"<script>\n{script}</script>")
    parts += ["</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _asset(name: str) -> str:
    return resources.files("driftcheck.renderers").joinpath("assets", name).read_text("utf-8")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _slug(verdict: Verdict) -> str:
    return verdict.name.lower()


def _header(report: Report) -> str:
    verdict = report.verdict
    counts = report.counts()
    failing = len(report.failing)
    if verdict is Verdict.FAIL:
        detail = f"{failing} of {len(report.findings)} finding(s) at or above {report.fail_on.value}: do not publish as is"
    elif verdict is Verdict.REVIEW:
        detail = f"{len(report.findings)} finding(s), all below {report.fail_on.value}: read them before publishing"
    else:
        detail = (
            "no findings: the version keeps the original's meaning as far as driftcheck can tell"
        )
    moved = sum(1 for link in report.alignment.links if link.moved)
    kinds = "".join(
        f'<li id="count-{_e(k)}" data-count="{n}"><b>{n}</b> {_e(k)}</li>'
        for k, n in counts["kind"].items()
    )
    severities = "".join(
        f'<li id="count-{s.value}" data-count="{counts["severity"][s.value]}">'
        f'<span class="sev sev-{s.value}">{_e(s.value.upper())}</span> '
        f"<b>{counts['severity'][s.value]}</b></li>"
        for s in _SEVERITIES
    )
    warnings = "".join(f'<li class="warning">warning: {_e(w)}</li>' for w in report.warnings)
    return "\n".join(
        [
            '<header class="summary">',
            f'<p id="verdict" class="verdict verdict-{_slug(verdict)}" data-verdict="{_e(verdict.value)}">'
            f'<strong class="verdict-badge">{_e(_VERDICT_BADGE[verdict])}</strong> '
            f'<span class="verdict-detail">{_e(detail)}</span></p>',
            '<div class="facts">',
            '<dl class="pair">'
            f'<dt>Original</dt><dd id="name-original">{_e(report.original.name)}</dd>'
            f'<dt>Version</dt><dd id="name-version">{_e(report.version.name)}</dd></dl>',
            f'<ul class="counts" aria-label="Findings by kind">{kinds}</ul>',
            f'<ul class="counts" aria-label="Findings by severity">{severities}</ul>',
            f'<p class="alignment">{len(report.original_sentences)} original and '
            f"{len(report.version_sentences)} version sentences; "
            f"{len(report.alignment.links)} aligned groups, {moved} moved</p>",
            "</div>",
            *([f'<ul class="warnings">{warnings}</ul>'] if warnings else []),
            '<p class="legend"><span class="tag tag-drift">≠ CHANGED</span> drift '
            '<span class="tag tag-omission">− OMITTED</span> omission '
            '<span class="tag tag-addition">+ ADDED</span> addition '
            '<span class="tag tag-moved">↕ MOVED</span> re-ordered. '
            "Click a finding or a highlight to see its counterpart; click a sentence to see the "
            "sentences aligned with it. Keys: <kbd>j</kbd>/<kbd>k</kbd> next/previous finding, "
            "<kbd>Enter</kbd> show it.</p>",
            f'<p class="signature">signature: <code id="signature">{_e(str(report.signature))}</code></p>',
            "</header>",
        ]
    )


def _findings_section(report: Report) -> str:
    order = sorted(range(len(report.findings)), key=lambda i: -report.findings[i].severity.rank)
    items = "\n".join(_finding_item(i, report.findings[i]) for i in order)
    kinds = "".join(
        f'<label><input type="checkbox" name="kind" value="{k.value}" checked> {k.value}</label>'
        for k in Kind
    )
    severities = "".join(
        f'<label><input type="checkbox" name="severity" value="{s.value}" checked> {s.value}</label>'
        for s in _SEVERITIES
    )
    return "\n".join(
        [
            '<section id="findings-pane" class="pane" aria-labelledby="findings-title">',
            f'<h2 id="findings-title">Findings <span class="muted">(worst first, {len(report.findings)})</span></h2>',
            '<form id="filters" class="filters" aria-label="Filter findings">',
            f"<fieldset><legend>Kind</legend>{kinds}</fieldset>",
            f"<fieldset><legend>Severity</legend>{severities}</fieldset>",
            "</form>",
            f'<p id="shown" class="muted" aria-live="polite">{len(report.findings)} of {len(report.findings)} shown</p>',
            f'<ol id="findings">\n{items}\n</ol>' if items else '<p id="findings">No findings.</p>',
            '<p id="status" class="visually-hidden" aria-live="polite"></p>',
            "</section>",
        ]
    )


def _finding_item(index: int, finding: Finding) -> str:
    icon, label = _BADGE[finding.kind]
    spec = rule(finding.rule)
    sev = finding.severity.value
    return (
        f'<li class="finding" data-f="{index}" data-kind="{finding.kind.value}" data-severity="{sev}">'
        f'<button type="button" class="finding-button">'
        f'<span class="finding-head"><span class="sev sev-{sev}">{sev.upper()}</span> '
        f'<span class="tag tag-{finding.kind.value}">{icon} {label}</span> '
        f'<code class="rule">{_e(finding.rule)}</code> <span class="rule-name">{_e(spec.name)}</span></span>'
        f'<span class="reason">{_e(finding.reason)}</span>'
        f"{_excerpt('original', finding.original)}{_excerpt('version', finding.version)}"
        "</button></li>"
    )


def _excerpt(side: str, span: Span | None) -> str:
    text = " ".join(span.text.split()) if span else "—"
    if len(text) > 160:
        text = text[:157] + "…"
    return f'<span class="excerpt"><span class="excerpt-side">{side}:</span> {_e(text)}</span>'


def _column(report: Report, side: str) -> _Column:
    """One side's text with its findings: spans where the finding has one on this side, a gap
    marker where it has a span only on the other side."""
    original = side == "original"
    document = report.original if original else report.version
    links = report.alignment.links
    marks, gaps = [], []
    for i, f in enumerate(report.findings):
        own, theirs = (f.original, f.version) if original else (f.version, f.original)
        if own is not None:
            marks.append(_Mark(i, f.kind, own.start, own.end))
        elif theirs is not None:
            gaps.append(_Gap(i, f.kind, _gap_after(report, f, theirs, side)))
    return _Column(
        side,
        "Original" if original else "Version",
        document.name,
        document.text,
        report.original_sentences if original else report.version_sentences,
        {
            s: n
            for n, link in enumerate(links)
            for s in (link.original if original else link.version)
        },
        frozenset(n for n, link in enumerate(links) if link.moved),
        tuple(marks),
        tuple(gaps),
    )


def _gap_after(report: Report, finding: Finding, span: Span, target: str) -> int | None:
    """The sentence of ``target`` after which the missing content would stand.

    Inside an aligned group: after the group's last sentence. Otherwise after the counterpart of
    the nearest preceding in-order aligned sentence on the span's side (moved links are skipped:
    their counterparts are elsewhere by definition); before everything when there is none.
    """
    links = report.alignment.links

    def other(link_index: int) -> tuple[int, ...]:
        link = links[link_index]
        return link.version if target == "version" else link.original

    if finding.link is not None:
        return max(other(finding.link))
    source = report.original_sentences if target == "version" else report.version_sentences
    link_of = {
        s: n
        for n, link in enumerate(links)
        if not link.moved
        for s in (link.original if target == "version" else link.version)
    }
    starts = [s.start for s in source]
    here = max(0, bisect.bisect_right(starts, span.start) - 1)
    for index in range(here - 1, -1, -1):
        if index in link_of:
            return max(other(link_of[index]))
    return None


def _column_html(column: _Column) -> str:
    by_sentence: dict[int, list[_Mark]] = {}
    starts = [s.start for s in column.sentences]
    for mark in column.marks:
        first = max(0, bisect.bisect_right(starts, mark.start) - 1)
        for s in column.sentences[first:]:
            if s.start >= mark.end:
                break
            if s.end > mark.start:
                by_sentence.setdefault(s.index, []).append(mark)
    gaps_after: dict[int | None, list[_Gap]] = {}
    for gap in column.gaps:
        gaps_after.setdefault(gap.after, []).append(gap)

    paragraphs: list[str] = []
    current: list[str] = []
    previous: Sentence | None = None
    for s in column.sentences:
        if previous is not None and s.paragraph != previous.paragraph:
            paragraphs.append(_paragraph(previous, current))
            current = []
        elif previous is not None:
            current.append(_e(column.text[previous.end : s.start]))
        current.append(_sentence_html(column, s, by_sentence.get(s.index, [])))
        if s.index in gaps_after:
            current.append(_gap_html(gaps_after[s.index], column.key))
        previous = s
    if previous is not None:
        paragraphs.append(_paragraph(previous, current))
    lead = _gap_html(gaps_after[None], column.key) if None in gaps_after else ""
    return "\n".join(
        [
            f'<section id="{column.key}" class="pane column" aria-labelledby="{column.key}-title">',
            f'<h2 id="{column.key}-title">{column.title}: <span class="doc-name">{_e(column.name)}</span></h2>',
            f'<div class="text">{f"<p>{lead}</p>" if lead else ""}',
            *paragraphs,
            "</div>",
            "</section>",
        ]
    )


def _paragraph(last: Sentence, content: list[str]) -> str:
    cls = ' class="heading"' if last.heading else ""
    return f"<p{cls}>{''.join(content)}</p>"


def _sentence_html(column: _Column, sentence: Sentence, marks: list[_Mark]) -> str:
    link = column.link_of.get(sentence.index)
    prefix = "o" if column.key == "original" else "v"
    classes = ["s"]
    attrs = f' id="{prefix}{sentence.index}"'
    badge = ""
    if link is None:
        classes.append("unaligned")
    else:
        attrs += f' data-link="{link}"'
        if link in column.moved:
            classes.append("moved")
            badge = '<span class="tag tag-moved" title="re-told out of order">↕ MOVED</span> '
    return f'<span class="{" ".join(classes)}"{attrs}>{badge}{_marked(column.text, sentence, marks)}</span>'


def _marked(text: str, sentence: Sentence, marks: list[_Mark]) -> str:
    """The sentence's text cut at every span boundary; each piece lists the findings covering it.

    Spans may overlap (a changed figure inside a sentence whose certainty also changed), so the
    pieces are flat ``<mark>`` elements, never nested ones.
    """
    lo, hi = sentence.start, sentence.end
    cuts = sorted({lo, hi} | {min(hi, max(lo, p)) for m in marks for p in (m.start, m.end)})
    out: list[str] = []
    for a, b in pairwise(cuts):
        out += [_badge(m) for m in marks if m.start == a]
        covering = sorted(
            (m for m in marks if m.start <= a and b <= m.end), key=lambda m: m.end - m.start
        )
        piece = _e(text[a:b])
        if covering:
            ids = " ".join(str(m.finding) for m in covering)
            out.append(
                f'<mark class="hl hl-{covering[0].kind.value}" data-f="{ids}">{piece}</mark>'
            )
        else:
            out.append(piece)
    return "".join(out)


def _badge(mark: _Mark) -> str:
    icon, label = _BADGE[mark.kind]
    return f'<span class="tag tag-{mark.kind.value}" data-f="{mark.finding}">{icon} {label}</span>'


def _gap_html(gaps: list[_Gap], side: str) -> str:
    """One marker for every finding missing at this place, so that a run of dropped sentences
    reads as one gap; clicking it again steps through them."""
    count = f"{len(gaps)} " if len(gaps) > 1 else ""
    if side == "original":
        text = f"+ {count}ADDED in the version here"
    else:
        text = f"− {count}OMITTED from the version here"
    ids = " ".join(str(g.finding) for g in gaps)
    return f' <span class="gap gap-{gaps[0].kind.value}" data-f="{ids}">[{text}]</span>'


def html_pair_pages(batch: BatchReport) -> tuple[tuple[str, str], ...]:
    """Each checked pair's review page as (path relative to the index page, page).

    Pairs that could not be checked have no page; the index lists only checked pairs.
    """
    return tuple(
        (_pair_path(number, result.id), render_html(result.report))
        for number, result in enumerate(batch.pairs, start=1)
        if result.report is not None
    )


def render_html_batch(batch: BatchReport) -> str:
    """The index page of a batch run; its links point at ``html_pair_pages``' paths."""
    return render_html_index(
        [
            IndexEntry.for_report(result.id, result.report, _pair_path(number, result.id))
            for number, result in enumerate(batch.pairs, start=1)
            if result.report is not None
        ],
        str(batch.signature),
    )


def _pair_path(number: int, pair_id: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", pair_id).strip("-.")[:60] or "pair"
    return f"pairs/{number:03d}-{slug}.html"
