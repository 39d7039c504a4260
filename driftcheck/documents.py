"""Documents: the texts being compared, exactly as read.

Every offset driftcheck reports is a character offset into ``Document.text``; nothing here
rewrites the text (line endings and quotes are kept), so ``text[start:end]`` always shows the
user what they wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from driftcheck.errors import InputError

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
"""Refuse larger inputs: a news article is kilobytes; 20 MiB is a book, and beyond it the
sentence and token structures would no longer fit comfortably in memory on small CI machines."""


@dataclass(frozen=True)
class Region:
    """A block of prose (paragraph, heading, list item, quote) in a marked-up file."""

    start: int
    end: int
    heading: bool


@dataclass(frozen=True)
class Document:
    """One side of a comparison: a display name and its full text.

    Markdown and HTML files also carry ``prose`` (the text with every markup character blanked
    to a space, same length, so offsets agree) and the prose ``regions``; plain text has neither
    and is read line by line.
    """

    name: str
    text: str
    prose: str | None = None
    regions: tuple[Region, ...] | None = None

    def prose_slice(self, start: int, end: int) -> str:
        """What the model reads for ``text[start:end]``: markup blanked, offsets unchanged."""
        return (self.prose if self.prose is not None else self.text)[start:end]


def read_document(path: Path, encoding: str | None = None) -> Document:
    """Read ``path`` as text, refusing what cannot be an article with an actionable message.

    UTF-8 (with or without BOM) is assumed unless ``encoding`` names another codec; the BOM is
    dropped so that offsets count characters of the article, not of the marker.
    """
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a text file")
    try:
        size = path.stat().st_size
        if size > MAX_DOCUMENT_BYTES:
            raise InputError(
                f"{path}: {size} bytes is over the {MAX_DOCUMENT_BYTES} byte limit for one document"
            )
        raw = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    return Document(name=str(path), text=decode_text(raw, str(path), encoding))


def decode_text(raw: bytes, name: str, encoding: str | None = None) -> str:
    """Decode bytes to text, or raise ``InputError`` naming the file and the fix."""
    if b"\x00" in raw[:8192]:
        raise InputError(f"{name}: looks like a binary file (contains NUL bytes), expected text")
    codec = encoding or "utf-8-sig"
    try:
        text = raw.decode(codec)
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid {codec} at byte {exc.start}; "
            "pass --encoding with the file's encoding (for example --encoding latin-1)"
        ) from None
    if encoding is not None and text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise InputError(f"{name}: is empty (no text to check)")
    return text
