"""GitHub Actions workflow commands: one ``::error``/``::warning`` annotation per finding.

GitHub shows only the first 10 annotations of each level per step, so findings come worst
first; the full list belongs in the job summary (the Markdown format, which the CLI writes to
``$GITHUB_STEP_SUMMARY``). Findings at or above the pair's ``fail_on`` are errors, the rest
warnings.
"""

from __future__ import annotations

from driftcheck.batch import BatchReport
from driftcheck.locations import where
from driftcheck.renderers._batch import worst_first
from driftcheck.rules import rule


def render_github(batch: BatchReport) -> str:
    lines = []
    for item in worst_first(batch):
        finding = item.finding
        primary, other = where(item.report, finding)
        level = "error" if finding.severity.rank >= item.report.fail_on.rank else "warning"
        title = f"{finding.rule} {rule(finding.rule).name} ({finding.severity.value})"
        message = finding.reason
        if other is not None:
            message += f"\noriginal {other.path}:{other.line}:{other.column}: {' '.join(other.text.split())}"
        properties = {"file": primary.path, "line": str(primary.line)}
        properties["endLine"] = str(primary.end_line)
        if primary.line == primary.end_line:  # GitHub reads columns only on one-line spans
            properties["col"] = str(primary.column)
            properties["endColumn"] = str(primary.end_column)
        properties["title"] = title
        lines.append(_command(level, properties, message))
    for pair in batch.errors:
        lines.append(
            _command(
                "error",
                {"file": pair.version, "title": "driftcheck error"},
                f"{pair.id}: {pair.error}",
            )
        )
    for entry in batch.stale:
        lines.append(
            _command(
                "notice",
                {"title": "stale baseline entry"},
                f"{entry.pair}: {entry.rule} no longer matches; remove it from the baseline",
            )
        )
    lines.append(f"driftcheck signature: {batch.signature}")
    return "\n".join(lines) + "\n"


def _command(level: str, properties: dict[str, str], message: str) -> str:
    props = ",".join(f"{k}={_escape_property(v)}" for k, v in properties.items())
    return f"::{level} {props}::{_escape_data(message)}"


def _escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(value: str) -> str:
    return _escape_data(value).replace(":", "%3A").replace(",", "%2C")
