"""Renderers: pure functions from a ``Report`` to text. They never compute findings or exit codes."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the report pulls in numpy; `driftcheck --help` needs only the enum
    from driftcheck.report import Report


class Format(StrEnum):
    """Output formats accepted by ``--format``."""

    TEXT = "text"
    JSON = "json"


def renderer(fmt: Format) -> Callable[[Report], str]:
    """The render function for ``fmt``; imported on demand so unused formats cost nothing."""
    if fmt is Format.TEXT:
        from driftcheck.renderers.text import render_text

        return render_text
    if fmt is Format.JSON:
        from driftcheck.renderers.json import render_json

        return render_json
    raise ValueError(f"no renderer for {fmt!r}")  # pragma: no cover - enum is exhaustive


def render(report: Report, fmt: Format) -> str:
    """Render ``report`` in ``fmt``."""
    return renderer(fmt)(report)
