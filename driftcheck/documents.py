"""Documents: the texts being compared, exactly as read.

Every offset driftcheck reports is a character offset into ``Document.text``; nothing here
rewrites the text (CRLF and lone CR line endings and quotes are kept), so ``text[start:end]``
always shows the user what they wrote. The one thing dropped is a byte-order mark, which is a
marker of the encoding, not a character of the article.

Encodings are never guessed silently (docs/errors.md): a guess that is wrong on a few bytes turns
curly quotes into other characters, and quotes are evidence for the quote rules. A file that is
not UTF-8 is refused with the likely encoding named, so the user can confirm it with --encoding.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from driftcheck.errors import InputError

MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
"""Refuse larger inputs: a news article is kilobytes; 20 MiB is a book, and beyond it the
sentence and token structures would no longer fit comfortably in memory on small CI machines."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""Byte-order marks declare their encoding, so decoding by them is reading, not guessing.
UTF-32-LE's mark begins with UTF-16-LE's, so it is tried first."""


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

    UTF-8 (with or without BOM, or UTF-16/32 declared by a BOM) is assumed unless ``encoding``
    names another codec.
    """
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a directory, expected a text file")
    if not path.is_file():
        raise InputError(f"{path}: is not a regular file, expected a text file")
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
    codec = encoding or _declared_codec(raw)
    if encoding is None and codec == "utf-8" and b"\x00" in raw[:8192]:
        raise InputError(f"{name}: looks like a binary file (contains NUL bytes), expected text")
    try:
        text = raw.decode(codec)
    except LookupError:
        raise InputError(f"{name}: unknown encoding {encoding!r} given to --encoding") from None
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not valid {codec} at byte {exc.start}; {_encoding_hint(raw)}"
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\x00" in text:
        raise InputError(
            f"{name}: looks like a binary file (contains NUL characters), expected text"
        )
    if not text.strip():
        raise InputError(f"{name}: is empty (no text to check)")
    return text


def _declared_codec(raw: bytes) -> str:
    return next((codec for bom, codec in _BOMS if raw.startswith(bom)), "utf-8")


def _encoding_hint(raw: bytes) -> str:
    """Name the encoding charset-normalizer finds most likely, as a suggestion only."""
    advice = "pass --encoding with the file's encoding"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(raw[:65536]).best()
    except Exception:  # noqa: BLE001 - a hint must never turn into a second error
        best = None
    if best is None or best.encoding in ("utf_8", "ascii"):
        return advice + " (for example --encoding cp1252)"
    guess = best.encoding.replace("_", "-")
    return f"it looks like {guess}: if so, pass --encoding {guess}"
