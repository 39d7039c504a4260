"""Alignment on hand-made vectors: each case pins one structural behaviour."""

from __future__ import annotations

import numpy as np

from driftcheck.alignment import AlignmentParams, align

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
