"""Renderers: pure functions from a report to text. They never compute findings or exit codes.

Every format renders a ``BatchReport`` (many pairs); ``render`` renders one ``Report``: text and
JSON keep their single-pair shape, the CI formats see it as a batch of one.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # reports pull in numpy; `driftcheck --help` needs only the enum
    from driftcheck.batch import BatchReport
    from driftcheck.report import Report


class Format(StrEnum):
    """Output formats accepted by ``--format``."""

    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"
    SARIF = "sarif"
    GITHUB = "github"
    GITLAB = "gitlab"
    JUNIT = "junit"
    MARKDOWN = "markdown"
    HTML = "html"


_SINGLE = {
    Format.TEXT: ("driftcheck.renderers.text", "render_text"),
    Format.JSON: ("driftcheck.renderers.json", "render_json"),
    Format.HTML: ("driftcheck.renderers.html", "render_html"),
}
_BATCH = {
    Format.TEXT: ("driftcheck.renderers.text", "render_text_batch"),
    Format.JSON: ("driftcheck.renderers.json", "render_json_batch"),
    Format.JSONL: ("driftcheck.renderers.jsonl", "render_jsonl"),
    Format.SARIF: ("driftcheck.renderers.sarif", "render_sarif"),
    Format.GITHUB: ("driftcheck.renderers.github", "render_github"),
    Format.GITLAB: ("driftcheck.renderers.gitlab", "render_gitlab"),
    Format.JUNIT: ("driftcheck.renderers.junit", "render_junit"),
    Format.MARKDOWN: ("driftcheck.renderers.markdown", "render_markdown"),
    Format.HTML: ("driftcheck.renderers.html", "render_html_batch"),
}


def renderer(fmt: Format) -> Callable[[Report], str]:
    """The single-report render function for ``fmt``; imported on demand."""
    if fmt in _SINGLE:
        module, name = _SINGLE[fmt]
        function: Callable[[Report], str] = getattr(import_module(module), name)
        return function
    batch_renderer = batch_renderer_for(fmt)
    from driftcheck.batch import single

    return lambda report: batch_renderer(single(report))


def batch_renderer_for(fmt: Format) -> Callable[[BatchReport], str]:
    """The batch render function for ``fmt``; imported on demand."""
    if fmt not in _BATCH:
        from driftcheck.errors import ConfigError

        raise ConfigError(f"--format {fmt.value} renders a single pair only, not a batch")
    module, name = _BATCH[fmt]
    function: Callable[[BatchReport], str] = getattr(import_module(module), name)
    return function


def render(report: Report, fmt: Format) -> str:
    """Render one ``report`` in ``fmt``."""
    return renderer(fmt)(report)


def render_batch(batch: BatchReport, fmt: Format) -> str:
    """Render a whole run in ``fmt``."""
    return batch_renderer_for(fmt)(batch)
