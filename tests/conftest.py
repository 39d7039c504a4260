"""Shared fixtures: one real model for the whole session (it is small and loads offline)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from driftcheck.documents import Document
from driftcheck.pipeline import Checker
from driftcheck.rules import Severity

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ORIGINAL = SEEDS / "000_2c018eeb9fb20f4b.txt"
SEED_VERSION = SEEDS / "003_08a05bbf4050c001.txt"


@pytest.fixture(scope="session", autouse=True)
def _private_embedding_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """CLI runs in tests cache embeddings in a folder of this session, not the user's."""
    previous = os.environ.get("DRIFTCHECK_CACHE_DIR")
    os.environ["DRIFTCHECK_CACHE_DIR"] = str(tmp_path_factory.mktemp("embedding-cache"))
    yield
    if previous is None:
        os.environ.pop("DRIFTCHECK_CACHE_DIR", None)
    else:
        os.environ["DRIFTCHECK_CACHE_DIR"] = previous


@pytest.fixture(scope="session")
def checker() -> Checker:
    """The embedded default model, loaded once."""
    return Checker()


def rules_fired(
    checker: Checker,
    context: str,
    original: str,
    version: str,
    at_least: Severity = Severity.MINOR,
) -> set[str]:
    """Rule codes found when two short articles share ``context`` and differ in one sentence:
    alignment is exercised as in real use, and only the second sentence carries the change."""
    report = checker.check(
        Document("o", f"{context} {original}"), Document("v", f"{context} {version}")
    )
    return {f.rule for f in report.findings if f.severity.rank >= at_least.rank}
