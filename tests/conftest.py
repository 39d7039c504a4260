"""Shared fixtures: one real model for the whole session (it is small and loads offline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from driftcheck.pipeline import Checker

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ORIGINAL = SEEDS / "000_2c018eeb9fb20f4b.txt"
SEED_VERSION = SEEDS / "003_08a05bbf4050c001.txt"


@pytest.fixture(scope="session")
def checker() -> Checker:
    """The embedded default model, loaded once."""
    return Checker()
