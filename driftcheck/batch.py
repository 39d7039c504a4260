"""Many pairs in one run: from a manifest or from folder pairing, into one ``BatchReport``.

A CI job checks a whole folder of translations at once. Pairs are read on ``jobs`` threads,
checked by one ``Checker`` (one batched encode across all pairs), and each pair ends as either a
``Report`` or an error message: one unreadable file never stops the others. The run's exit code
is computed once, here: 2 when any pair failed to run, else 1 when any finding reaches its
pair's ``fail_on``, else 0.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from driftcheck.baseline import BaselineEntry
from driftcheck.documents import Document, read_document
from driftcheck.errors import DriftcheckError, InputError
from driftcheck.markup import Markup, load_document
from driftcheck.report import Report, Signature
from driftcheck.rules import Severity

if TYPE_CHECKING:
    from driftcheck.pipeline import Checker

EXIT_ERROR = 2


@dataclass(frozen=True)
class PairSpec:
    """One pair to check, with its own settings where a manifest gives them."""

    id: str
    original: Path
    version: Path
    fail_on: Severity | None = None
    encoding: str | None = None
    markup: Markup = Markup.AUTO


@dataclass(frozen=True)
class PairResult:
    """What became of one pair: a report, or the one-line reason it could not be checked."""

    id: str
    original: str
    version: str
    report: Report | None
    error: str | None = None


@dataclass(frozen=True)
class BatchReport:
    """Every pair of one run, in input order, and what the baseline hid."""

    pairs: tuple[PairResult, ...]
    signature: Signature
    fail_on: Severity
    baselined: int = 0
    """Findings hidden because the baseline records them."""
    stale: tuple[BaselineEntry, ...] = ()
    """Baseline entries of pairs in this run that matched no finding (fixed, or edited)."""

    @property
    def reports(self) -> tuple[Report, ...]:
        return tuple(p.report for p in self.pairs if p.report is not None)

    @property
    def errors(self) -> tuple[PairResult, ...]:
        return tuple(p for p in self.pairs if p.error is not None)

    @property
    def failing(self) -> int:
        return sum(len(r.failing) for r in self.reports)

    @property
    def exit_code(self) -> int:
        if self.errors:
            return EXIT_ERROR
        return 1 if self.failing else 0


def single(report: Report, pair_id: str | None = None) -> BatchReport:
    """A one-pair batch, so every batch renderer also renders a single check."""
    result = PairResult(
        pair_id or report.version.name, report.original.name, report.version.name, report
    )
    return BatchReport((result,), report.signature, report.fail_on)


def run_batch(
    specs: Sequence[PairSpec],
    checker: Checker,
    *,
    jobs: int = 1,
    progress: Callable[[], None] | None = None,
) -> BatchReport:
    """Read and check every pair with one ``Checker`` (one batched encode for all of them)."""
    loaded = _map(jobs, _load, specs)
    ready = [(i, docs) for i, docs in enumerate(loaded) if not isinstance(docs, str)]
    checked = checker.check_many([docs for _, docs in ready], jobs=jobs, progress=progress)
    outcome: dict[int, Report | DriftcheckError] = {
        i: result for (i, _), result in zip(ready, checked, strict=True)
    }
    pairs = []
    for index, spec in enumerate(specs):
        docs = loaded[index]
        result = outcome.get(index)
        if isinstance(docs, str) or result is None:
            error = docs if isinstance(docs, str) else "not checked"
            pairs.append(PairResult(spec.id, str(spec.original), str(spec.version), None, error))
        elif isinstance(result, DriftcheckError):
            pairs.append(
                PairResult(spec.id, str(spec.original), str(spec.version), None, str(result))
            )
        else:
            report = result if spec.fail_on is None else replace(result, fail_on=spec.fail_on)
            pairs.append(PairResult(spec.id, str(spec.original), str(spec.version), report))
    return BatchReport(tuple(pairs), checker.signature(), checker.config.fail_on)


def filter_severity(batch: BatchReport, minimum: Severity) -> BatchReport:
    """Hide findings below ``minimum`` (``--min-severity``): not shown, not counted."""
    pairs = tuple(
        replace(
            p,
            report=replace(
                p.report,
                findings=tuple(f for f in p.report.findings if f.severity.rank >= minimum.rank),
            ),
        )
        if p.report is not None
        else p
        for p in batch.pairs
    )
    return replace(batch, pairs=pairs)


def _load(spec: PairSpec) -> tuple[Document, Document] | str:
    try:
        return (
            load_document(spec.original, spec.encoding, spec.markup),
            load_document(spec.version, spec.encoding, spec.markup),
        )
    except DriftcheckError as exc:
        return str(exc)


def _map(jobs: int, function: Callable[[PairSpec], Any], items: Sequence[PairSpec]) -> list[Any]:
    if jobs <= 1 or len(items) <= 1:
        return [function(item) for item in items]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(function, items))


# --- where pairs come from -------------------------------------------------------------------

_KEYS = {"id", "original", "version", "fail_on", "encoding", "markup"}


def read_manifest(path: Path) -> tuple[PairSpec, ...]:
    """Pairs from a JSONL or CSV manifest (by suffix); paths are relative to the manifest.

    Columns/keys: ``original``, ``version`` (required), ``id`` (default: the version path),
    ``fail_on``, ``encoding``, ``markup`` (auto|text|markdown|html). A malformed line is an
    ``InputError`` naming the file and line: a manifest that cannot be read is not a per-pair
    problem.
    """
    text = read_document(path).text
    base = path.parent
    rows = _csv_rows(path, text) if path.suffix.lower() == ".csv" else _jsonl_rows(path, text)
    specs = tuple(_spec(path, number, row, base) for number, row in rows)
    seen: dict[str, int] = {}
    for (number, _), spec in zip(rows, specs, strict=True):
        if spec.id in seen:
            raise InputError(
                f"{path}:{number}: duplicate pair id {spec.id!r} (first on line {seen[spec.id]})"
            )
        seen[spec.id] = number
    return specs


def _jsonl_rows(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(row, dict):
            raise InputError(f"{path}:{number}: expected a JSON object with original and version")
        rows.append((number, row))
    return rows


def _csv_rows(path: Path, text: str) -> list[tuple[int, dict[str, Any]]]:
    reader = csv.DictReader(io.StringIO(text))
    if reader.fieldnames is None:
        raise InputError(f"{path}: empty manifest")
    unknown = set(reader.fieldnames) - _KEYS
    if unknown:
        raise InputError(f"{path}:1: unknown column(s) {', '.join(sorted(unknown))}")
    rows = []
    for row in reader:
        if None in row:
            raise InputError(f"{path}:{reader.line_num}: more fields than columns")
        rows.append((reader.line_num, {k: v for k, v in row.items() if v not in (None, "")}))
    return rows


def _spec(path: Path, number: int, row: dict[str, Any], base: Path) -> PairSpec:
    where = f"{path}:{number}"
    unknown = set(row) - _KEYS
    if unknown:
        raise InputError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("original", "version"):
        if not isinstance(row.get(key), str) or not row[key]:
            raise InputError(f"{where}: missing {key!r} (a path to the {key} file)")
    for key in ("id", "fail_on", "encoding", "markup"):
        if key in row and not isinstance(row[key], str):
            raise InputError(f"{where}: {key!r} must be a string")
    try:
        fail_on = Severity(row["fail_on"]) if "fail_on" in row else None
        markup = Markup(row.get("markup", "auto"))
    except ValueError as exc:
        raise InputError(f"{where}: {exc}") from None
    return PairSpec(
        id=row.get("id", row["version"]),
        original=base / row["original"],
        version=base / row["version"],
        fail_on=fail_on,
        encoding=row.get("encoding"),
        markup=markup,
    )


def pairs_from_glob(pattern: str, template: str, root: Path | None = None) -> tuple[PairSpec, ...]:
    """Pair every file matching ``pattern`` with the path ``template`` makes of it.

    ``pattern`` is a glob (``**`` for any depth) relative to ``root`` (default: the working
    directory). The template's placeholders: ``{path}`` the match relative to the pattern's
    fixed leading folders, ``{dir}`` the match's folder, ``{name}``, ``{stem}``, ``{suffix}``.
    ``en/**/*.md`` with ``es/{path}`` pairs ``en/a/b.md`` with ``es/a/b.md``.
    """
    root = root or Path()
    parts = Path(pattern).parts
    fixed = 0
    while fixed < len(parts) - 1 and not any(c in parts[fixed] for c in "*?["):
        fixed += 1
    base = Path(*parts[:fixed]) if fixed else Path()
    rest = str(Path(*parts[fixed:]))
    matches = sorted((root / base).glob(rest))
    specs = []
    for match in matches:
        if not match.is_file():
            continue
        original = match.relative_to(root) if root != Path() else match
        fields = {
            "path": match.relative_to(root / base).as_posix(),
            "dir": original.parent.as_posix(),
            "name": match.name,
            "stem": match.stem,
            "suffix": match.suffix,
        }
        try:
            version = template.format(**fields)
        except (KeyError, IndexError, ValueError) as exc:
            raise InputError(
                f"--pairs template {template!r}: unknown placeholder {exc}; "
                "use {path}, {dir}, {name}, {stem} or {suffix}"
            ) from None
        specs.append(PairSpec(original.as_posix(), original, root / version))
    if not specs:
        raise InputError(f"--pairs {pattern!r}: no file matches")
    return tuple(specs)
