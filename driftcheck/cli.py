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
from typing import TYPE_CHECKING, Any, TypeVar

import click

from driftcheck import __version__
from driftcheck.backends import BACKENDS
from driftcheck.errors import DriftcheckError
from driftcheck.markup import Markup
from driftcheck.output import check_output_path, write_output
from driftcheck.renderers import Format
from driftcheck.rules import Severity

if TYPE_CHECKING:
    from driftcheck.baseline import Baseline
    from driftcheck.batch import BatchReport, PairSpec
    from driftcheck.pipeline import Checker

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
        except click.ClickException:
            raise  # usage errors: click prints them and exits 2
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


def _read_config(ctx: click.Context, _param: click.Parameter, value: Path | None) -> Path | None:
    """Eager ``--config`` callback: load the file (given or found upward) into ``default_map``."""
    from driftcheck.config import find_config, load_config

    try:
        path = value or find_config(Path.cwd())
        if path is not None:
            ctx.default_map = {**(ctx.default_map or {}), **load_config(path).defaults}
    except DriftcheckError as exc:
        _fatal(str(exc))
    return value


@main.command()
@click.argument("original", type=click.Path(path_type=Path), required=False)
@click.argument("version", type=click.Path(path_type=Path), required=False)
@click.option(
    "--manifest",
    type=click.Path(path_type=Path),
    help="Check every pair listed in this JSONL or CSV file (id, original, version, "
    "optional fail_on, encoding, markup; paths relative to the file).",
)
@click.option(
    "--pairs",
    nargs=2,
    metavar="GLOB TEMPLATE",
    help="Pair every file matching GLOB with the path TEMPLATE makes of it, e.g. "
    "--pairs 'en/**/*.md' 'es/{path}' ({path}, {dir}, {name}, {stem}, {suffix}).",
)
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
@click.option(
    "--min-severity",
    type=click.Choice([s.value for s in Severity]),
    default=Severity.MINOR.value,
    show_default=True,
    help="Show (and count) only findings at or above this severity.",
)
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings reach --fail-on.")
@click.option(
    "--severity",
    multiple=True,
    metavar="RULE=LEVEL",
    help="Override a rule's severity (minor, major, critical) or turn it off (off). Repeatable.",
)
@click.option(
    "--threshold",
    multiple=True,
    metavar="NAME=VALUE",
    help="Override a calibrated threshold (e.g. drift=0.5). Repeatable.",
)
@click.option(
    "--markup",
    type=click.Choice([m.value for m in Markup]),
    default=Markup.AUTO.value,
    show_default=True,
    help="How inputs are read; auto: Markdown for .md, HTML for .html, else plain text.",
)
@click.option("--encoding", help="Encoding of both input files (default: UTF-8).")
@click.option(
    "--backend",
    type=click.Choice(list(BACKENDS)),
    default="auto",
    show_default=True,
    help="How the model runs. auto: ONNX Runtime fp32 on the CPU where it supports the model "
    "(same findings as torch, faster), else torch.",
)
@click.option("--threads", type=click.IntRange(min=1), help="CPU threads for the model.")
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Pairs processed in parallel.",
)
@click.option(
    "--cache-dir",
    type=click.Path(path_type=Path),
    help="Embedding cache folder (default: $DRIFTCHECK_CACHE_DIR or ~/.cache/driftcheck).",
)
@click.option("--no-cache", is_flag=True, help="Do not read or write the embedding cache.")
@click.option(
    "--baseline",
    type=click.Path(path_type=Path),
    help="Hide the findings recorded in this baseline file; list its stale entries.",
)
@click.option(
    "--write-baseline",
    type=click.Path(path_type=Path),
    help="Record the current findings in this baseline file.",
)
@click.option(
    "--config",
    type=click.Path(path_type=Path, exists=True, dir_okay=False),
    is_eager=True,
    expose_value=False,
    callback=_read_config,
    help="Configuration file (default: driftcheck.toml or [tool.driftcheck] in pyproject.toml, "
    "found upward from the working directory).",
)
@_guarded
def check(
    original: Path | None,
    version: Path | None,
    manifest: Path | None,
    pairs: tuple[str, str] | None,
    fmt: str,
    output: Path | None,
    model: str | None,
    fail_on: str,
    min_severity: str,
    exit_zero: bool,
    severity: tuple[str, ...],
    threshold: tuple[str, ...],
    markup: str,
    encoding: str | None,
    backend: str,
    threads: int | None,
    jobs: int,
    cache_dir: Path | None,
    no_cache: bool,
    baseline: Path | None,
    write_baseline: Path | None,
) -> None:
    """Check VERSION against ORIGINAL and report drift, omissions and additions.

    Many pairs: --manifest FILE, or --pairs GLOB TEMPLATE. Exit 0 when nothing reaches
    --fail-on, 1 when something does, 2 on a usage, input or model error (or a pair that
    could not be checked).
    """
    from driftcheck.baseline import read_baseline
    from driftcheck.batch import filter_severity, single
    from driftcheck.pipeline import CheckConfig, Checker

    _quiet_libraries()
    previous = read_baseline(baseline) if baseline is not None else None
    specs = _pair_specs(original, version, manifest, pairs, encoding, Markup(markup))
    if output is not None:
        check_output_path(output, [p for s in specs for p in (s.original, s.version)])
    batch_mode = manifest is not None or pairs is not None
    if batch_mode and Format(fmt) is Format.HTML and output is None:
        raise click.UsageError(
            "--format html for many pairs needs -o INDEX.html (pages go beside it)"
        )
    overrides, disabled = _severity_options(severity)
    config = CheckConfig(
        model=model,
        fail_on=Severity(fail_on),
        severity_overrides=overrides,
        disabled_rules=disabled,
        thresholds=_threshold_options(threshold),
        threads=threads,
        backend=backend,
        cache_dir=None if no_cache else (cache_dir or _default_cache_dir()),
    )
    checker = Checker(config)
    batch: BatchReport
    if batch_mode:
        batch = _run_with_progress(specs, checker, jobs)
    else:
        from driftcheck.markup import load_document

        spec = specs[0]
        documents = (
            load_document(spec.original, encoding, spec.markup),
            load_document(spec.version, encoding, spec.markup),
        )
        _warn_if_same_file(spec.original, spec.version)
        batch = single(checker.check(*documents))
    batch = _apply_baseline(batch, previous, write_baseline)
    batch = filter_severity(batch, Severity(min_severity))
    for warning in dict.fromkeys(w for r in batch.reports for w in r.warnings):
        click.echo(f"driftcheck: warning: {warning}", err=True)
    payload = _render(batch, Format(fmt), batch_mode)
    if output is None:
        click.echo(payload, nl=False)
    else:
        write_output(output, payload)
        if batch_mode and Format(fmt) is Format.HTML:
            _write_pair_pages(batch, output)
    if Format(fmt) is Format.GITHUB:
        _write_step_summary(batch)
    _summary(batch)
    code = batch.exit_code
    sys.exit(0 if exit_zero and code == 1 else code)


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
    for module in ("transformers", "sentence_transformers", "huggingface_hub", "torch", "onnx"):
        warnings.filterwarnings("ignore", module=module)
        logging.getLogger(module).setLevel(logging.ERROR)
    warnings.filterwarnings("ignore", category=FutureWarning, module="driftcheck")


def _pair_specs(
    original: Path | None,
    version: Path | None,
    manifest: Path | None,
    pairs: tuple[str, str] | None,
    encoding: str | None,
    markup: Markup,
) -> tuple[PairSpec, ...]:
    """The pairs to check: ORIGINAL VERSION, a manifest, or a glob pairing (exactly one)."""
    from dataclasses import replace

    from driftcheck.batch import PairSpec, pairs_from_glob, read_manifest

    given = [original is not None, manifest is not None, pairs is not None]
    if sum(given) != 1 or (original is None) != (version is None):
        raise click.UsageError(
            "give ORIGINAL VERSION, or --manifest FILE, or --pairs GLOB TEMPLATE"
        )
    if original is not None and version is not None:
        return (PairSpec(str(version), original, version, encoding=encoding, markup=markup),)
    specs = (
        read_manifest(manifest) if manifest is not None else pairs_from_glob(*(pairs or ("", "")))
    )
    return tuple(
        replace(
            s,
            encoding=s.encoding or encoding,
            markup=s.markup if s.markup is not Markup.AUTO else markup,
        )
        for s in specs
    )


def _severity_options(
    values: tuple[str, ...],
) -> tuple[tuple[tuple[str, Severity], ...], tuple[str, ...]]:
    from driftcheck.errors import ConfigError
    from driftcheck.rules import RULES

    codes = {r.code for r in RULES}
    overrides: dict[str, Severity] = {}
    disabled: set[str] = set()
    for value in values:
        code, _, level = value.partition("=")
        if code not in codes:
            raise ConfigError(f"--severity {value!r}: no rule {code!r} (see `driftcheck rules`)")
        if level == "off":
            disabled.add(code)
        elif level in [s.value for s in Severity]:
            overrides[code] = Severity(level)
        else:
            raise ConfigError(f"--severity {value!r}: level must be minor, major, critical or off")
    return tuple(sorted(overrides.items())), tuple(sorted(disabled))


def _threshold_options(values: tuple[str, ...]) -> tuple[tuple[str, float], ...]:
    from driftcheck.errors import ConfigError

    out = []
    for value in values:
        name, _, number = value.partition("=")
        try:
            out.append((name, float(number)))
        except ValueError:
            raise ConfigError(f"--threshold {value!r}: expected NAME=NUMBER") from None
    return tuple(sorted(out))


def _default_cache_dir() -> Path:
    from driftcheck.cache import default_cache_dir

    return default_cache_dir()


def _run_with_progress(specs: tuple[PairSpec, ...], checker: Checker, jobs: int) -> BatchReport:
    """Run the batch; a progress bar on stderr only when it is a terminal and not in CI."""
    import os

    from driftcheck.batch import run_batch

    if not sys.stderr.isatty() or os.environ.get("CI"):
        return run_batch(specs, checker, jobs=jobs)
    with click.progressbar(length=len(specs), label="checking pairs", file=sys.stderr) as bar:
        return run_batch(specs, checker, jobs=jobs, progress=lambda: bar.update(1))


def _apply_baseline(
    batch: BatchReport, previous: Baseline | None, write: Path | None
) -> BatchReport:
    from driftcheck.baseline import apply_baseline, baseline_of, render_baseline

    if write is not None:
        write_output(write, render_baseline(baseline_of(batch, previous)))
        click.echo(f"driftcheck: baseline written to {write}", err=True)
    if previous is not None:
        batch = apply_baseline(batch, previous)
    return batch


def _render(batch: BatchReport, fmt: Format, batch_mode: bool) -> str:
    """Text and JSON of one pair keep their single-pair shape; everything else renders a batch."""
    from driftcheck.renderers import render, render_batch

    only = batch.pairs[0].report if len(batch.pairs) == 1 else None
    if (
        not batch_mode
        and only is not None
        and fmt in (Format.TEXT, Format.JSON, Format.HTML)
        and not batch.stale
    ):
        return render(only, fmt)
    return render_batch(batch, fmt)


def _write_pair_pages(batch: BatchReport, index: Path) -> None:
    """One review page per pair, in ``pairs/`` beside the index page that links them."""
    from driftcheck.renderers.html import html_pair_pages

    (index.parent / "pairs").mkdir(exist_ok=True)
    for relative, page in html_pair_pages(batch):
        write_output(index.parent / relative, page)


def _write_step_summary(batch: BatchReport) -> None:
    """Append the Markdown summary to ``$GITHUB_STEP_SUMMARY`` when GitHub Actions sets it."""
    import os

    from driftcheck.renderers import render_batch

    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return
    with open(target, "a", encoding="utf-8") as stream:
        stream.write(render_batch(batch, Format.MARKDOWN))


def _summary(batch: BatchReport) -> None:
    counts = {"drift": 0, "omission": 0, "addition": 0}
    for report in batch.reports:
        for kind, n in report.counts()["kind"].items():
            counts[kind] += n
    total = sum(counts.values())
    pairs = f" over {len(batch.pairs)} pairs" if len(batch.pairs) > 1 else ""
    click.echo(
        f"driftcheck: {total} findings{pairs} "
        f"({counts['drift']} drift, {counts['omission']} omission, {counts['addition']} addition); "
        f"{batch.failing} at or above {batch.fail_on.value}"
        + (f"; {batch.baselined} hidden by the baseline" if batch.baselined else "")
        + (f"; {len(batch.stale)} stale baseline entries" if batch.stale else "")
        + (f"; {len(batch.errors)} pair(s) not checked" if batch.errors else ""),
        err=True,
    )
    for pair in batch.errors:
        click.echo(f"driftcheck: error: {pair.id}: {pair.error}", err=True)
    for entry in batch.stale:
        click.echo(
            f"driftcheck: stale baseline entry: {entry.pair} {entry.rule} {entry.fingerprint}",
            err=True,
        )
