"""The ``driftcheck`` command: build a config, run the pipeline, render, exit.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage, input,
model or internal error (one line on stderr, never a traceback).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Any, TypeVar

import click

from driftcheck import __version__
from driftcheck.errors import DriftcheckError
from driftcheck.output import write_output
from driftcheck.renderers import Format
from driftcheck.rules import Severity

EXIT_ERROR = 2

F = TypeVar("F", bound=Callable[..., Any])


def _fatal(message: str) -> None:
    click.echo(f"driftcheck: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _guarded(command: F) -> F:
    """Translate library errors to one line and exit 2; report bugs without a raw traceback."""

    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return command(*args, **kwargs)
        except DriftcheckError as exc:
            _fatal(str(exc))
        except KeyboardInterrupt:
            _fatal("interrupted")
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            log = _write_traceback()
            _fatal(
                f"internal error (a bug in driftcheck): {type(exc).__name__}: {exc}; traceback in {log}"
            )
        return None

    return wrapper  # type: ignore[return-value]


def _write_traceback() -> str:
    import tempfile
    import traceback

    with tempfile.NamedTemporaryFile(
        "w", prefix="driftcheck-crash-", suffix=".log", delete=False, encoding="utf-8"
    ) as log:
        traceback.print_exc(file=log)
    return log.name


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="driftcheck")
def main() -> None:
    """Check a version of a news article against its original and show where meaning moved."""


@main.command()
@click.argument("original", type=click.Path(path_type=Path))
@click.argument("version", type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice([f.value for f in Format]),
    default=Format.TEXT.value,
    show_default=True,
    help="Report format.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="Write the report to this file (atomically) instead of stdout.",
)
@click.option(
    "--model",
    help="sentence-transformers model name (found offline) or local folder. "
    "Default: the embedded all-MiniLM-L6-v2.",
)
@click.option(
    "--fail-on",
    type=click.Choice([s.value for s in Severity]),
    default=Severity.MAJOR.value,
    show_default=True,
    help="Exit 1 when any finding is at or above this severity.",
)
@click.option("--encoding", help="Encoding of both input files (default: UTF-8).")
@click.option("--threads", type=click.IntRange(min=1), help="CPU threads for the model.")
@_guarded
def check(
    original: Path,
    version: Path,
    fmt: str,
    output: Path | None,
    model: str | None,
    fail_on: str,
    encoding: str | None,
    threads: int | None,
) -> None:
    """Check VERSION against ORIGINAL and report drift, omissions and additions."""
    from driftcheck.documents import read_document
    from driftcheck.pipeline import CheckConfig, Checker
    from driftcheck.renderers import render

    _quiet_libraries()
    original_doc = read_document(original, encoding)
    version_doc = read_document(version, encoding)
    if output is not None:
        _refuse_overwriting_inputs(output, [original, version])
    config = CheckConfig(model=model, fail_on=Severity(fail_on), threads=threads)
    report = Checker(config).check(original_doc, version_doc)
    for warning in report.warnings:
        click.echo(f"driftcheck: warning: {warning}", err=True)
    payload = render(report, Format(fmt))
    if output is None:
        click.echo(payload, nl=False)
    else:
        write_output(output, payload)
    counts = report.counts()["kind"]
    click.echo(
        f"driftcheck: {len(report.findings)} findings "
        f"({counts['drift']} drift, {counts['omission']} omission, {counts['addition']} addition); "
        f"{len(report.failing)} at or above {report.fail_on.value}",
        err=True,
    )
    sys.exit(report.exit_code)


@main.command()
@click.argument("original", type=click.Path(path_type=Path))
@click.argument("version", type=click.Path(path_type=Path))
@click.option("--model", help="As for `check`.")
@click.option(
    "--fail-on",
    type=click.Choice([s.value for s in Severity]),
    default=Severity.MAJOR.value,
    show_default=True,
    help="Severity at which the page's verdict is fail.",
)
@click.option("--encoding", help="Encoding of both input files (default: UTF-8).")
@_guarded
def view(
    original: Path, version: Path, model: str | None, fail_on: str, encoding: str | None
) -> None:
    """Check VERSION against ORIGINAL and open the HTML review page in the default browser."""
    import tempfile
    import webbrowser

    from driftcheck.documents import read_document
    from driftcheck.pipeline import CheckConfig, Checker
    from driftcheck.renderers.html import render_html

    _quiet_libraries()
    original_doc = read_document(original, encoding)
    version_doc = read_document(version, encoding)
    report = Checker(CheckConfig(model=model, fail_on=Severity(fail_on))).check(
        original_doc, version_doc
    )
    with tempfile.NamedTemporaryFile(
        "w", prefix="driftcheck-", suffix=".html", delete=False, encoding="utf-8"
    ) as page:
        page.write(render_html(report))
    click.echo(f"driftcheck: review page written to {page.name}", err=True)
    if not webbrowser.open(Path(page.name).as_uri()):
        click.echo("driftcheck: no browser found; open the file above yourself", err=True)


@main.command()
@click.argument("report", type=click.Path(path_type=Path))
@click.argument("expected", type=click.Path(path_type=Path))
@_guarded
def evaluate(report: Path, expected: Path) -> None:
    """Score a JSON REPORT against an EXPECTED findings file (like seeds/expected.json)."""
    from driftcheck.documents import read_document
    from driftcheck.evaluation import format_score, score_report

    report_data = _read_json(report)
    expected_data = _read_json(expected)
    base = expected.parent
    original = read_document(base / expected_data["original"]).text
    version = read_document(base / expected_data["version"]).text
    click.echo(format_score(score_report(report_data, expected_data, original, version)), nl=False)


@main.command()
def rules() -> None:
    """List every rule code with its kind and default severity."""
    from driftcheck.rules import RULES

    for r in RULES:
        click.echo(f"{r.code}  {r.kind.value:<8}  {r.severity.value:<8}  {r.name}: {r.summary}")


def _read_json(path: Path) -> Any:
    from driftcheck.documents import read_document
    from driftcheck.errors import InputError

    try:
        return json.loads(read_document(path).text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None


def _refuse_overwriting_inputs(output: Path, inputs: list[Path]) -> None:
    from driftcheck.errors import OutputError

    target = output.resolve()
    for path in inputs:
        if path.resolve() == target:
            raise OutputError(f"{output}: is an input file; refusing to write the report over it")


def _quiet_libraries() -> None:
    """Keep third-party chatter (deprecation notes, progress bars) out of the user's stderr."""
    import logging
    import os
    import warnings

    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    for module in ("transformers", "sentence_transformers", "huggingface_hub", "torch"):
        warnings.filterwarnings("ignore", module=module)
        logging.getLogger(module).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", category=FutureWarning, module="driftcheck")
