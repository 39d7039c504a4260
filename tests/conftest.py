"""Shared fixtures: one real model for the whole session (it is small and loads offline)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from driftcheck.pipeline import Checker

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
