"""Alignment on hand-made vectors: each case pins one structural behaviour."""

from __future__ import annotations

import numpy as np

from driftcheck.alignment import AlignmentParams, _top_k, align

PARAMS = AlignmentParams(inline=0.5, moved=0.62, extend=0.4, merge=0.6)


def _unit(*rows: list[float]) -> np.ndarray:
    array = np.array(rows, dtype=np.float32)
    return array / np.linalg.norm(array, axis=1, keepdims=True)


def _basis(n: int, dim: int = 16) -> np.ndarray:
    return np.eye(dim, dtype=np.float32)[:n]


def test_one_to_one_in_order() -> None:
    basis = _basis(3)
    result = align(basis, basis, PARAMS)
    assert [(link.original, link.version) for link in result.links] == [
        ((0,), (0,)),
        ((1,), (1,)),
        ((2,), (2,)),
    ]
    assert not any(link.moved for link in result.links)
    assert result.unaligned_original == result.unaligned_version == ()


def test_unrelated_sentences_stay_unaligned() -> None:
    original = _basis(3)
    version = np.eye(16, dtype=np.float32)[[0, 5, 2]]
    result = align(original, version, PARAMS)
    assert [u.index for u in result.unaligned_original] == [1]
    assert [u.index for u in result.unaligned_version] == [1]


def test_merge_of_two_adjacent_sentences() -> None:
    original = _basis(3)
    merged = _unit([0, 1, 1] + [0] * 13)
    version = np.vstack([original[0], merged])
    result = align(original, version, PARAMS)
    assert ((1, 2), (1,)) in [(link.original, link.version) for link in result.links]


def test_moved_block_is_found_and_marked() -> None:
    original = _basis(6)
    version = np.vstack([original[4], original[5], original[0], original[1], original[2]])
    result = align(original, version, PARAMS)
    pairs = {(link.original, link.version): link.moved for link in result.links}
    assert pairs[((0,), (2,))] is False
    assert pairs[((4,), (0,))] is True
    assert pairs[((5,), (1,))] is True


def test_weak_crossing_pair_needs_the_moved_threshold() -> None:
    original = _basis(4)
    weak = _unit([0.55, 0, 0, 0.835] + [0] * 12)  # cos 0.55 with sentence 0, far from the backbone
    version = np.vstack([original[1], original[2], _basis(16)[9], weak])
    result = align(original, version, PARAMS)
    assert ((0,), (3,)) not in [(link.original, link.version) for link in result.links]


def test_neighbour_of_a_strong_link_joins_at_the_extend_threshold() -> None:
    original = _basis(3)
    near = _unit([0.45, 0, 0, 0, 0.89] + [0] * 11)
    version = np.vstack([near, original[1]])
    result = align(original[:2], version, PARAMS)
    assert ((0,), (0,)) in [(link.original, link.version) for link in result.links]


def test_empty_sides() -> None:
    result = align(np.zeros((0, 4), np.float32), _basis(2, 4), PARAMS)
    assert result.links == ()
    assert [u.index for u in result.unaligned_version] == [0, 1]


def test_a_long_run_grows_link_by_link_from_one_anchor() -> None:
    # Only pair 0 is strong; each later pair reaches the extend threshold alone, so the run
    # grows one diagonal step at a time: every new link must be looked at again.
    size = 30
    original = np.eye(2 * size, dtype=np.float32)[:size]
    others = np.eye(2 * size, dtype=np.float32)[size:]
    version = 0.45 * original + np.sqrt(1 - 0.45**2) * others
    version[0] = original[0]
    result = align(original, version.astype(np.float32), PARAMS)
    assert [(link.original, link.version) for link in result.links] == [
        ((i,), (i,)) for i in range(size)
    ]


def test_neighbour_lists_match_a_full_sort_across_blocks() -> None:
    # More rows than one similarity block, and columns in several bound groups.
    rng = np.random.default_rng(3)
    original = rng.standard_normal((2100, 8)).astype(np.float32)
    version = rng.standard_normal((700, 8)).astype(np.float32)
    found = _top_k(original, version, 5, 6)
    sims = original @ version.T
    for found_index, found_score, matrix, k in (
        (found.row_index, found.row_score, sims, 5),
        (found.col_index, found.col_score, sims.T, 6),
    ):
        expected = np.argsort(-matrix, axis=1, kind="stable")[:, :k]
        assert np.array_equal(found_index, expected)
        np.testing.assert_allclose(
            found_score, np.take_along_axis(matrix, expected, axis=1), atol=1e-5
        )
