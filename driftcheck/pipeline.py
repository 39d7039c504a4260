"""The pipeline: documents → sentences → embeddings → alignment → findings → report.

``Checker`` holds the one stateful piece, the loaded model, so that many pairs share it.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from driftcheck import __version__
from driftcheck.alignment import align
from driftcheck.backends import backend_revision, check_backend, resolve_backend
from driftcheck.calibration import Calibration, calibration_for
from driftcheck.documents import Document
from driftcheck.embeddings import (
    Embedder,
    Embeddings,
    Encoded,
    SentenceTransformerEmbedder,
    resolve_model,
)
from driftcheck.errors import ConfigError, DriftcheckError
from driftcheck.findings import Finding, detect
from driftcheck.language import language_warnings
from driftcheck.report import Report, Signature
from driftcheck.rules import Severity
from driftcheck.sentences import SPLITTER_ID, Sentence, split_sentences

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True)
class CheckConfig:
    """Settings of a check. Everything that changes a result is recorded in the signature."""

    model: str | None = None
    """A sentence-transformers model name or local folder; None for the embedded default."""
    fail_on: Severity = Severity.MAJOR
    severity_overrides: tuple[tuple[str, Severity], ...] = ()
    """(rule code, severity) pairs replacing rules' default severities."""
    disabled_rules: tuple[str, ...] = ()
    """Rule codes whose findings are dropped."""
    thresholds: tuple[tuple[str, float], ...] = ()
    """(name, value) pairs replacing the model's calibrated thresholds (``AlignmentParams`` and
    ``FindingParams`` field names)."""
    device: str | None = None
    threads: int | None = None
    cache_dir: Path | None = None
    """Embedding cache folder (see driftcheck/cache.py); None to always run the model."""
    backend: str = "auto"
    """``auto``, ``torch``, ``onnx`` or ``onnx-int8`` (see driftcheck/backends.py)."""

    def digest(self) -> str:
        """A short hash of every setting that can change a result, for the signature.

        The backend is left out: the revision in the signature names the one that ran, so
        ``auto`` and an explicit ``onnx`` running the same model sign alike, and configs from
        before the option keep their digest.
        """
        skip = {"device", "threads", "cache_dir", "backend"}
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in skip}
        canonical = json.dumps(data, sort_keys=True, default=str)
        return hashlib.sha256(canonical.encode()).hexdigest()[:12]


class Checker:
    """Checks pairs of documents with one loaded model."""

    def __init__(self, config: CheckConfig | None = None, embedder: Embedder | None = None) -> None:
        self.config = config or CheckConfig()
        self.embedder: Embedder = embedder or _embedder(self.config)
        self.calibration: Calibration = _with_thresholds(
            calibration_for(self.embedder.model_id), self.config.thresholds
        )

    def check(self, original: Document, version: Document) -> Report:
        """Run every stage on one pair and return its report."""
        result = self.check_many([(original, version)])[0]
        if isinstance(result, DriftcheckError):
            raise result
        return result

    def check_many(
        self,
        pairs: Sequence[tuple[Document, Document]],
        *,
        jobs: int = 1,
        progress: Callable[[], None] | None = None,
    ) -> tuple[Report | DriftcheckError, ...]:
        """Check many pairs, encoding every distinct sentence of every pair in one call.

        One batched encode amortises the model over the run (and over the cache); splitting,
        alignment and findings then run per pair, on ``jobs`` threads, results in input order so
        the output does not depend on ``jobs``. A pair that fails gets its error in its slot.
        """
        split = _map(jobs, lambda pair: (split_sentences(pair[0]), split_sentences(pair[1])), pairs)
        texts: dict[str, int] = {}
        for (original, version), (left, right) in zip(pairs, split, strict=True):
            for document, sentences in ((original, left), (version, right)):
                for s in sentences:
                    texts.setdefault(document.prose_slice(s.start, s.end), len(texts))
        encoded = self.embedder.encode(list(texts))
        signature = self.signature()

        def finish(index: int) -> Report | DriftcheckError:
            (original, version), (left, right) = pairs[index], split[index]
            try:
                embeddings = Embeddings(
                    original=_rows(encoded, texts, original, left),
                    version=_rows(encoded, texts, version, right),
                )
                return self._report(original, version, left, right, embeddings, signature)
            except DriftcheckError as exc:
                return exc
            finally:
                if progress is not None:
                    progress()

        return tuple(_map(jobs, finish, range(len(pairs))))

    def _report(
        self,
        original: Document,
        version: Document,
        original_sentences: tuple[Sentence, ...],
        version_sentences: tuple[Sentence, ...],
        embeddings: Embeddings,
        signature: Signature,
    ) -> Report:
        alignment = align(
            embeddings.original.vectors,
            embeddings.version.vectors,
            self.calibration.alignment,
            np.array([len(s.text) for s in original_sentences]),
            np.array([len(s.text) for s in version_sentences]),
        )
        findings = detect(
            original,
            version,
            original_sentences,
            version_sentences,
            alignment,
            self.calibration.findings,
            embeddings,
        )
        return Report(
            original=original,
            version=version,
            original_sentences=original_sentences,
            version_sentences=version_sentences,
            alignment=alignment,
            findings=self._apply_overrides(findings),
            signature=signature,
            fail_on=self.config.fail_on,
            warnings=self._warnings()
            + language_warnings((original, version), self.calibration.languages),
        )

    def signature(self) -> Signature:
        params = self.calibration.alignment
        return Signature(
            tool=__version__,
            model=self.embedder.model_id,
            revision=self.embedder.revision,
            dim=self.embedder.dim,
            sentence_transformers=_version_of("sentence-transformers"),
            splitter=SPLITTER_ID,
            alignment=(
                f"inline={params.inline},moved={params.moved},extend={params.extend},"
                f"merge={params.merge},k={params.top_k},group={params.max_group}"
            ),
            drift=self.calibration.findings.drift,
            severity_overrides=",".join(
                f"{code}={sev.value}" for code, sev in sorted(self.config.severity_overrides)
            )
            or "none",
            config=self.config.digest(),
        )

    def _apply_overrides(self, findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
        overrides = dict(self.config.severity_overrides)
        disabled = set(self.config.disabled_rules)
        return tuple(
            replace(f, severity=overrides.get(f.rule, f.severity))
            for f in findings
            if f.rule not in disabled
        )

    def _warnings(self) -> tuple[str, ...]:
        if self.calibration.calibrated:
            return ()
        return (
            f"model {self.embedder.model_id!r} has no calibration file in models/; "
            "using the default model's thresholds",
        )


def check(
    original: str,
    version: str,
    *,
    config: CheckConfig | None = None,
    embedder: Embedder | None = None,
    original_name: str = "original",
    version_name: str = "version",
) -> Report:
    """Check ``version`` against ``original`` (both plain text) and return the report.

    Loads the model each call; use ``Checker`` to check many pairs with one model.
    """
    checker = Checker(config, embedder)
    return checker.check(Document(original_name, original), Document(version_name, version))


def _version_of(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "none"


def _embedder(config: CheckConfig) -> Embedder:
    """The model, behind the embedding cache when one is configured."""

    check_backend(config.backend)
    model_id, folder, revision = resolve_model(config.model)
    backend = resolve_backend(config.backend, folder, config.device)

    def load() -> Embedder:
        if backend == "torch":
            return SentenceTransformerEmbedder(
                config.model, device=config.device, threads=config.threads
            )
        if config.device not in (None, "cpu"):
            raise ConfigError(f"--backend {backend} runs on the CPU only, not {config.device!r}")
        from driftcheck.backends import OnnxEmbedder
        from driftcheck.cache import default_cache_dir

        return OnnxEmbedder(
            config.model,
            quantized=backend == "onnx-int8",
            threads=config.threads,
            cache_root=config.cache_dir or default_cache_dir(),
        )

    if config.cache_dir is None:
        return load()
    from driftcheck.cache import CachingEmbedder, EmbeddingCache

    revision = backend_revision(revision, backend)
    return CachingEmbedder(
        EmbeddingCache(config.cache_dir, model_id, revision), model_id, revision, load
    )


def _with_thresholds(
    calibration: Calibration, thresholds: Iterable[tuple[str, float]]
) -> Calibration:
    """The calibration with user thresholds in place; an unknown name is a ``ConfigError``."""
    alignment, findings = calibration.alignment, calibration.findings
    similarity = {f.name for f in (*fields(alignment), *fields(findings)) if f.type == "float"}
    for name, value in thresholds:
        change: dict[str, Any] = {name: value}
        if name not in similarity:
            known = ", ".join(sorted(similarity))
            raise ConfigError(f"unknown threshold {name!r}; known: {known}")
        if name in {f.name for f in fields(alignment)}:
            alignment = replace(alignment, **change)
        else:
            findings = replace(findings, **change)
    return replace(calibration, alignment=alignment, findings=findings)


def _rows(
    encoded: Encoded, rows: dict[str, int], document: Document, sentences: tuple[Sentence, ...]
) -> Encoded:
    index = [rows[document.prose_slice(s.start, s.end)] for s in sentences]
    return Encoded(
        encoded.vectors[index].reshape(len(index), encoded.vectors.shape[1]),
        tuple(encoded.tokens[i] for i in index),
    )


def _map(jobs: int, function: Callable[[T], R], items: Sequence[T]) -> list[R]:
    """``map`` on ``jobs`` threads, results in input order."""
    if jobs <= 1 or len(items) <= 1:
        return [function(item) for item in items]
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        return list(pool.map(function, items))
