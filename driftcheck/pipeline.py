"""The pipeline: documents → sentences → embeddings → alignment → findings → report.

``Checker`` holds the one stateful piece, the loaded model, so that many pairs share it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from driftcheck import __version__
from driftcheck.alignment import align
from driftcheck.calibration import Calibration, calibration_for
from driftcheck.documents import Document
from driftcheck.embeddings import Embedder, Embeddings, SentenceTransformerEmbedder
from driftcheck.findings import Finding, detect
from driftcheck.language import language_warnings
from driftcheck.report import Report, Signature
from driftcheck.rules import Severity
from driftcheck.sentences import SPLITTER_ID, split_sentences


@dataclass(frozen=True)
class CheckConfig:
    """Settings of a check. Everything that changes a result is recorded in the signature."""

    model: str | None = None
    """A sentence-transformers model name or local folder; None for the embedded default."""
    fail_on: Severity = Severity.MAJOR
    severity_overrides: tuple[tuple[str, Severity], ...] = ()
    """(rule code, severity) pairs replacing rules' default severities."""
    device: str | None = None
    threads: int | None = None


class Checker:
    """Checks pairs of documents with one loaded model."""

    def __init__(self, config: CheckConfig | None = None, embedder: Embedder | None = None) -> None:
        self.config = config or CheckConfig()
        self.embedder: Embedder = embedder or SentenceTransformerEmbedder(
            self.config.model, device=self.config.device, threads=self.config.threads
        )
        self.calibration: Calibration = calibration_for(self.embedder.model_id)

    def check(self, original: Document, version: Document) -> Report:
        """Run every stage on one pair and return its report."""
        original_sentences = split_sentences(original)
        version_sentences = split_sentences(version)
        encoded = self.embedder.encode(
            [s.text for s in original_sentences] + [s.text for s in version_sentences]
        )
        n = len(original_sentences)
        embeddings = Embeddings(
            original=replace(encoded, vectors=encoded.vectors[:n], tokens=encoded.tokens[:n]),
            version=replace(encoded, vectors=encoded.vectors[n:], tokens=encoded.tokens[n:]),
        )
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
        )
        return Report(
            original=original,
            version=version,
            original_sentences=original_sentences,
            version_sentences=version_sentences,
            alignment=alignment,
            findings=self._apply_overrides(findings),
            signature=self.signature(),
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
        )

    def _apply_overrides(self, findings: tuple[Finding, ...]) -> tuple[Finding, ...]:
        overrides = dict(self.config.severity_overrides)
        if not overrides:
            return findings
        return tuple(replace(f, severity=overrides.get(f.rule, f.severity)) for f in findings)

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
