"""The embedder with the real model."""

from __future__ import annotations

import numpy as np

from driftcheck.pipeline import Checker


def test_repeated_texts_get_the_same_rows_as_a_single_encode(checker: Checker) -> None:
    texts = ["The mayor resigned on Monday.", "Prices rose.", "The mayor resigned on Monday."]
    encoded = checker.embedder.encode(texts)
    alone = checker.embedder.encode(texts[:2])
    assert encoded.vectors.shape == (3, checker.embedder.dim)
    np.testing.assert_allclose(encoded.vectors[[0, 1, 0]], encoded.vectors, atol=0)
    np.testing.assert_allclose(encoded.vectors[:2], alone.vectors, atol=1e-5)
    assert [len(t.offsets) for t in encoded.tokens] == [
        len(t.offsets) for t in alone.tokens[:2]
    ] + [len(alone.tokens[0].offsets)]
