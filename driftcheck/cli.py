"""The ``driftcheck`` command: build a config, run the pipeline, render, exit.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it; 2 usage, input,
model or internal error (one line on stderr, never a traceback unless ``--debug``).
Every message a user can see is listed in docs/errors.md.
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
from driftcheck.output import check_output_path, write_output
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
        except BrokenPipeError:
            _quiet_broken_pipe()
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            _fatal(_bug_message(exc))
        return None

    return wrapper  # type: ignore[return-value]


def _bug_message(exc: Exception) -> str:
    """One line for an unexpected exception; the traceback goes to stderr (--debug) or a log."""
    import traceback

    summary = f"internal error (a bug in driftcheck): {type(exc).__name__}: {_first_line(exc)}"
    if _debug_enabled():
        traceback.print_exc(file=sys.stderr)
        return summary
    log = _write_traceback()
    where = f"traceback in {log}" if log else "run with --debug to see the traceback"
    return f"{summary}; {where}"


def _debug_enabled() -> bool:
    context = click.get_current_context(silent=True)
    return bool(context and context.find_root().params.get("debug"))


def _first_line(exc: BaseException) -> str:
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else "(no message)"


def _write_traceback() -> str | None:
    import tempfile
    import traceback

    try:
        with tempfile.NamedTemporaryFile(
            "w", prefix="driftcheck-crash-", suffix=".log", delete=False, encoding="utf-8"
        ) as log:
            traceback.print_exc(file=log)
    except OSError:
        return None
    return log.name


def _quiet_broken_pipe() -> None:
    """The reader of stdout went away (``| head``): stop without a traceback or a second error."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(EXIT_ERROR)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="driftcheck")
@click.option(
    "--debug",
    is_flag=True,
    envvar="DRIFTCHECK_DEBUG",
    help="On an internal error, print the full traceback instead of writing it to a log file.",
)
def main(debug: bool) -> None:
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
        check_output_path(output, [original, version])
    _warn_if_same_file(original, version)
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
@click.argument("report", type=click.Path(path_type=Path))
@click.argument("expected", type=click.Path(path_type=Path))
@_guarded
def evaluate(report: Path, expected: Path) -> None:
    """Score a JSON REPORT against an EXPECTED findings file (like seeds/expected.json)."""
    from driftcheck.documents import read_document
    from driftcheck.errors import InputError
    from driftcheck.evaluation import format_score, score_report

    report_data = _read_json(report)
    expected_data = _read_json(expected)
    base = expected.parent
    try:
        names = (str(expected_data["original"]), str(expected_data["version"]))
    except (KeyError, TypeError):
        raise InputError(
            f'{expected}: expected an object with "original" and "version" file names'
        ) from None
    original = read_document(base / names[0]).text
    version = read_document(base / names[1]).text
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


def _warn_if_same_file(original: Path, version: Path) -> None:
    """Comparing a file with itself is allowed (it is clean) but almost always a slip in a script."""
    import os

    if os.path.samefile(original, version):
        click.echo(
            f"driftcheck: warning: ORIGINAL and VERSION are the same file ({original}); "
            "checking it against itself",
            err=True,
        )


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
