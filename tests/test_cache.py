"""The embedding cache: hits skip the model entirely; entries are keyed by model and revision.

The cache's behaviour does not depend on the model, so a small hand-made encoder stands in for
it here (vectors from the text's bytes); the real model runs through the cache in test_batch.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np

from driftcheck.cache import CachingEmbedder, EmbeddingCache
from driftcheck.embeddings import Embedder, Encoded, TokenVectors


class _BytesEncoder:
    """Deterministic 8-dimensional vectors and one token per word; counts its calls."""

    model_id = "bytes"
    revision = "1"
    dim = 8

    def __init__(self) -> None:
        self.seen: list[str] = []

    def encode(self, texts: Sequence[str]) -> Encoded:
        self.seen += list(texts)
        vectors = np.array(
            [np.frombuffer(t.encode().ljust(8, b"_")[:8], dtype=np.uint8) for t in texts],
            dtype=np.float32,
        )
        tokens = tuple(
            TokenVectors(
                offsets=np.array([[0, len(t.split()[0])]], dtype=np.int32),
                vectors=vectors[i : i + 1] / 100,
            )
            for i, t in enumerate(texts)
        )
        return Encoded(vectors / np.linalg.norm(vectors, axis=1, keepdims=True), tokens)


def _cached(root: Path, inner: _BytesEncoder, loads: list[int], revision: str = "1") -> Embedder:
    def load() -> Embedder:
        loads.append(1)
        return inner

    return CachingEmbedder(EmbeddingCache(root, "bytes", revision), "bytes", revision, load)


def test_a_warm_cache_never_loads_the_model(tmp_path: Path) -> None:
    inner, loads = _BytesEncoder(), []
    cold = _cached(tmp_path, inner, loads).encode(["Alpha one.", "Beta two.", "Alpha one."])
    assert inner.seen == ["Alpha one.", "Beta two."]  # duplicates encoded once
    assert loads == [1]

    again, warm_loads = _BytesEncoder(), []
    warm_embedder = _cached(tmp_path, again, warm_loads)
    warm = warm_embedder.encode(["Beta two.", "Alpha one."])
    assert warm_loads == [] and again.seen == []
    assert warm_embedder.dim == 8 and warm_loads == []
    np.testing.assert_array_equal(warm.vectors, cold.vectors[[1, 0]])
    np.testing.assert_array_equal(warm.tokens[1].offsets, cold.tokens[0].offsets)
    np.testing.assert_array_equal(warm.tokens[1].vectors, cold.tokens[0].vectors)


def test_only_missing_texts_reach_the_model(tmp_path: Path) -> None:
    inner, loads = _BytesEncoder(), []
    _cached(tmp_path, inner, loads).encode(["Alpha one."])
    later = _BytesEncoder()
    _cached(tmp_path, later, []).encode(["Alpha one.", "Gamma three."])
    assert later.seen == ["Gamma three."]


def test_another_revision_does_not_read_the_entries(tmp_path: Path) -> None:
    _cached(tmp_path, _BytesEncoder(), []).encode(["Alpha one."])
    other = _BytesEncoder()
    _cached(tmp_path, other, [], revision="2").encode(["Alpha one."])
    assert other.seen == ["Alpha one."]


def test_a_corrupt_entry_is_a_miss(tmp_path: Path) -> None:
    _cached(tmp_path, _BytesEncoder(), []).encode(["Alpha one."])
    for entry in tmp_path.rglob("*.npy"):
        entry.write_bytes(b"not numpy")
    again = _BytesEncoder()
    _cached(tmp_path, again, []).encode(["Alpha one."])
    assert again.seen == ["Alpha one."]
