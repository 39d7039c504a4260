"""The report: everything one check produced, from which every renderer and the exit code derive."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from driftcheck.alignment import Alignment
from driftcheck.documents import Document
from driftcheck.findings import Finding
from driftcheck.rules import Kind, Severity
from driftcheck.sentences import Sentence


@dataclass(frozen=True)
class Signature:
    """What determines a result, sacrebleu-style, so that two runs can be compared.

    Rendered as ``key:value|key:value``; built from every field, so a new one cannot be left out.
    """

    tool: str
    model: str
    revision: str
    dim: int
    sentence_transformers: str
    splitter: str
    alignment: str
    drift: float
    severity_overrides: str
    config: str = "none"
    """Hash of every result-changing setting (``CheckConfig.digest``)."""

    def __str__(self) -> str:
        from dataclasses import fields

        return "|".join(f"{f.name}:{getattr(self, f.name)}" for f in fields(self))


class Verdict(StrEnum):
    """What an editor should do with the version, decided by ``fail_on``.

    ``pass``: no findings at all; ``needs review``: findings, all below ``fail_on``, so the
    exit code is 0 but someone should look; ``fail``: findings at or above ``fail_on`` (exit 1).
    """

    PASS = "pass"
    REVIEW = "needs review"
    FAIL = "fail"


@dataclass(frozen=True)
class Report:
    """One original checked against one version."""

    original: Document
    version: Document
    original_sentences: tuple[Sentence, ...]
    version_sentences: tuple[Sentence, ...]
    alignment: Alignment
    findings: tuple[Finding, ...]
    signature: Signature
    fail_on: Severity
    warnings: tuple[str, ...] = ()

    @property
    def failing(self) -> tuple[Finding, ...]:
        """Findings at or above ``fail_on``."""
        return tuple(f for f in self.findings if f.severity.rank >= self.fail_on.rank)

    @property
    def exit_code(self) -> int:
        """0 when nothing reaches ``fail_on``, 1 when something does (errors exit 2 elsewhere)."""
        return 1 if self.failing else 0

    @property
    def verdict(self) -> Verdict:
        """The editor's verdict; agrees with ``exit_code`` (fail exactly when it is 1)."""
        if self.failing:
            return Verdict.FAIL
        return Verdict.REVIEW if self.findings else Verdict.PASS

    def counts(self) -> dict[str, dict[str, int]]:
        """Finding counts by kind and by severity, every key present."""
        by_kind = {kind.value: 0 for kind in Kind}
        by_severity = {severity.value: 0 for severity in Severity}
        for finding in self.findings:
            by_kind[finding.kind.value] += 1
            by_severity[finding.severity.value] += 1
        return {"kind": by_kind, "severity": by_severity}
