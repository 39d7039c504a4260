"""Markup: find the prose of a Markdown or HTML file without moving a single offset.

A marked-up file is checked as written: findings must point at line:column in the file the user
edits. So nothing is extracted into a new string. Instead a *prose mask* is built — the file's
text with every markup character (block markers, ``**``, link targets, tags, code, front matter)
replaced by a space — together with the prose regions (paragraphs, headings, list items, quotes).
Sentences are split inside the regions of the mask and sliced from the file, so
``document.text[start:end] == sentence.text`` still holds; the model reads the masked slice, which
has the same length, so token offsets agree too.
"""

from __future__ import annotations

import re
from enum import StrEnum
from html.parser import HTMLParser
from pathlib import Path

from driftcheck.documents import Document, Region, read_document


class Markup(StrEnum):
    """How an input file is read."""

    AUTO = "auto"
    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"


_SUFFIXES = {
    ".md": Markup.MARKDOWN,
    ".markdown": Markup.MARKDOWN,
    ".mdown": Markup.MARKDOWN,
    ".html": Markup.HTML,
    ".htm": Markup.HTML,
    ".xhtml": Markup.HTML,
}


def markup_of(path: Path, markup: Markup = Markup.AUTO) -> Markup:
    """The markup to read ``path`` with: the one asked for, else guessed from the suffix."""
    if markup is not Markup.AUTO:
        return markup
    return _SUFFIXES.get(path.suffix.lower(), Markup.TEXT)


def load_document(
    path: Path, encoding: str | None = None, markup: Markup = Markup.AUTO
) -> Document:
    """Read ``path`` and, for Markdown or HTML, attach its prose mask and regions."""
    document = read_document(path, encoding)
    return with_markup(document, markup_of(path, markup))


def with_markup(document: Document, markup: Markup) -> Document:
    """``document`` with the prose of its markup found (plain text is returned unchanged)."""
    if markup is Markup.MARKDOWN:
        prose, regions = markdown_prose(document.text)
    elif markup is Markup.HTML:
        prose, regions = html_prose(document.text)
    else:
        return document
    return Document(document.name, document.text, prose, regions)


# --- Markdown -------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A(---|\+\+\+)[ \t]*\r?\n.*?^\1[ \t]*\r?$", re.DOTALL | re.MULTILINE)
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")
_QUOTE_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)+")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]+\[[ xX]\])?[ \t]+")
_ATX_OPEN = re.compile(r"[ \t]*#{1,6}(?:[ \t]+|$)")
_ATX_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_INLINE = (
    re.compile(r"!?\[(?=[^\]]*\]\()"),  # opening bracket of a link or image
    re.compile(r"\]\([^)\s]*(?:[ \t]+\"[^\"]*\")?\)"),  # ](target "title")
    re.compile(r"<(?:https?://|mailto:)[^>\s]*>"),  # autolinks
    re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>"),  # inline HTML tags
    re.compile(r"(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])"),  # *emphasis* delimiters
    re.compile(r"(?<![\w_])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![\w_])"),  # _emphasis_ delimiters
    re.compile(r"~~"),
    re.compile(r"`+"),
    re.compile(r"\\(?=[!-/:-@\[-`{-~])"),  # backslash escapes
)


def markdown_prose(text: str) -> tuple[str, tuple[Region, ...]]:
    """The prose mask and regions of a Markdown file (CommonMark, via markdown-it-py).

    Prose is paragraphs and headings, wherever they stand (lists, block quotes); code blocks,
    HTML blocks, tables, thematic breaks and front matter stay blank.
    """
    from markdown_it import MarkdownIt

    front = _FRONT_MATTER.match(text)
    parsed = text if front is None else _blank(text, 0, front.end())
    lines = _LINES.findall(parsed)
    starts = _line_starts(lines)
    mask = _blank(text, 0, len(text))
    regions: list[Region] = []
    quote_depth = 0
    item_lines: set[int] = set()
    tokens = MarkdownIt("commonmark").parse(parsed)
    for token in tokens:
        if token.type == "blockquote_open":
            quote_depth += 1
        elif token.type == "blockquote_close":
            quote_depth -= 1
        elif token.type == "list_item_open" and token.map:
            item_lines.add(token.map[0])
        elif token.type in ("paragraph_open", "heading_open") and token.map:
            heading = token.type == "heading_open"
            first, last = token.map
            if heading and token.markup in ("=", "-"):
                last -= 1  # a setext heading's underline is markup
            pieces = []
            for number in range(first, min(last, len(lines))):
                line = lines[number].rstrip("\r\n")
                begin = _content_start(line, quote_depth > 0, number in item_lines, heading)
                end = len(line)
                if heading and (close := _ATX_CLOSE.search(line, begin)):
                    end = close.start()
                pieces.append((starts[number] + begin, starts[number] + end))
            mask = _reveal(mask, text, pieces)
            content = [(a, b) for a, b in pieces if text[a:b].strip()]
            if content:
                regions.append(Region(content[0][0], content[-1][1], heading))
    return mask, _trimmed(mask, regions)


def _content_start(line: str, in_quote: bool, item_first_line: bool, heading: bool) -> int:
    position = 0
    if in_quote and (match := _QUOTE_PREFIX.match(line)):
        position = match.end()
    if item_first_line:
        while match := _LIST_MARKER.match(line, position):
            position = match.end()
    if heading and (match := _ATX_OPEN.match(line, position)):
        position = match.end()
    while position < len(line) and line[position] in " \t":
        position += 1
    return position


def _reveal(mask: str, text: str, pieces: list[tuple[int, int]]) -> str:
    """Copy the prose pieces from ``text`` into ``mask``, blanking their inline markup."""
    chars = list(mask)
    for start, end in pieces:
        segment = text[start:end]
        for pattern in _INLINE:
            segment = pattern.sub(lambda m: " " * len(m.group()), segment)
        chars[start:end] = segment
    return "".join(chars)


# --- HTML -----------------------------------------------------------------------------------

_HEADINGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_PROSE = _HEADINGS | frozenset(
    ["p", "li", "blockquote", "dd", "dt", "figcaption", "td", "th", "caption"]
)
_BLOCKS = _PROSE | frozenset(
    "div section article header footer main aside ul ol dl table tr body html br hr".split()
)
_SKIP = frozenset(
    ["script", "style", "pre", "code", "head", "template", "noscript", "svg", "math", "title"]
)
_VOID = frozenset(
    [
        "br",
        "hr",
        "img",
        "input",
        "meta",
        "link",
        "area",
        "base",
        "col",
        "embed",
        "source",
        "track",
        "wbr",
    ]
)


class _ProseParser(HTMLParser):
    """Collects the character spans of text inside prose elements, by position in the file."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        # html.parser's getpos() counts \n only, so lines are split the same way here.
        self._starts = _line_starts(re.findall(r"[^\n]*\n|[^\n]+$", text))
        self._open: list[str] = []
        self.pieces: list[tuple[int, int, str]] = []
        self.regions: list[Region] = []
        self._current: list[tuple[int, int, str]] = []

    def handle_starttag(self, tag: str, attrs: object) -> None:
        if tag in _BLOCKS:
            self._flush()
        if tag not in _VOID:
            self._open.append(tag)

    def handle_startendtag(self, tag: str, attrs: object) -> None:
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._flush()
        if tag in self._open:
            while self._open and self._open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        self._text(data, data)

    def handle_entityref(self, name: str) -> None:
        from html import unescape

        self._text(f"&{name};", unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        from html import unescape

        self._text(f"&#{name};", unescape(f"&#{name};"))

    def close(self) -> None:
        super().close()
        self._flush()

    def _text(self, raw: str, shown: str) -> None:
        if any(tag in _SKIP for tag in self._open) or not any(t in _PROSE for t in self._open):
            return
        line, column = self.getpos()
        start = self._starts[line - 1] + column
        masked = raw if shown == raw else (shown + " " * len(raw))[: len(raw)]
        self._current.append((start, start + len(raw), masked))

    def _flush(self) -> None:
        content = [p for p in self._current if p[2].strip()]
        if content:
            heading = any(tag in _HEADINGS for tag in self._open)
            self.pieces.extend(self._current)
            self.regions.append(Region(content[0][0], content[-1][1], heading))
        self._current = []


def html_prose(text: str) -> tuple[str, tuple[Region, ...]]:
    """The prose mask and regions of an HTML file (stdlib parser; positions via ``getpos``)."""
    parser = _ProseParser(text)
    parser.feed(text)
    parser.close()
    chars = list(_blank(text, 0, len(text)))
    for start, end, masked in parser.pieces:
        chars[start:end] = masked
    mask = "".join(chars)
    return mask, _trimmed(mask, parser.regions)


# --- shared ---------------------------------------------------------------------------------


def _line_starts(lines: list[str]) -> list[int]:
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line)
    starts.append(position)
    return starts


def _blank(text: str, start: int, end: int) -> str:
    """``text`` with ``[start, end)`` turned to spaces, line breaks kept (lines stay lines)."""
    middle = re.sub(r"[^\r\n]", " ", text[start:end])
    return text[:start] + middle + text[end:]


def _trimmed(mask: str, regions: list[Region]) -> tuple[Region, ...]:
    """Regions shrunk to their first and last prose character; empty ones dropped."""
    out = []
    for region in regions:
        start, end = region.start, region.end
        while start < end and mask[start].isspace():
            start += 1
        while end > start and mask[end - 1].isspace():
            end -= 1
        if start < end:
            out.append(Region(start, end, region.heading))
    return tuple(out)
