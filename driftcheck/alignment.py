"""Alignment: which sentences of the version re-tell which sentences of the original.

Monotonic aligners (Vecalign, Bertalign) assume both texts keep one order; a re-told report does
not: it moves quotes, merges sentences and drops most of the original, and a monotonic
programme then glues unrelated sentences into m:n groups. This aligner instead:

1. keeps, for every sentence, its ``top_k`` most similar sentences on the other side
   (computed block by block, so no dense n x m matrix is ever held);
2. finds the *backbone*: the heaviest chain of mutually-near pairs that keeps both orders, and
   accepts its pairs at the ``inline`` threshold;
3. accepts pairs that cross the backbone (moved content) only at the stricter ``moved``
   threshold, because a move is a stronger claim than keeping order;
4. grows every accepted link: an adjacent sentence joins it (a merge or a split) when it is
   close to the other side's group, and a diagonal neighbour pair joins as a new link at the
   lower ``extend`` threshold, because content moves in blocks;
5. leaves everything else unaligned, with its nearest counterpart and score for the findings.

Group vectors are length-weighted means of their sentences' vectors, re-normalised: the model
mean-pools tokens, so this approximates the embedding of the concatenated text without encoding
any sentence twice.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass

import numpy as np

_BLOCK_ROWS = 2048
_CHUNK = 64


@dataclass(frozen=True)
class AlignmentParams:
    """Similarity thresholds (cosine) and search sizes; calibrated per model in ``models/``."""

    inline: float
    moved: float
    extend: float
    merge: float
    top_k: int = 8
    max_group: int = 4


@dataclass(frozen=True)
class Link:
    """Original sentences ``original`` are re-told by version sentences ``version``."""

    original: tuple[int, ...]
    version: tuple[int, ...]
    score: float
    """Cosine similarity of the two groups' pooled vectors."""
    moved: bool
    """True when the link crosses the order kept by the rest of the alignment."""

    @property
    def shape(self) -> str:
        return f"{len(self.original)}-{len(self.version)}"


@dataclass(frozen=True)
class Unaligned:
    """A sentence with no counterpart, and the nearest sentence on the other side."""

    index: int
    nearest: int | None
    score: float


@dataclass(frozen=True)
class Alignment:
    """Every sentence of each side appears in exactly one link or one ``Unaligned``."""

    links: tuple[Link, ...]
    unaligned_original: tuple[Unaligned, ...]
    unaligned_version: tuple[Unaligned, ...]


@dataclass(frozen=True, eq=False)
class _Candidates:
    """Top-k neighbours of each sentence on the other side, best first."""

    row_index: np.ndarray  # (n, k) version indices for each original sentence
    row_score: np.ndarray
    col_index: np.ndarray  # (m, k) original indices for each version sentence
    col_score: np.ndarray


def align(
    original: np.ndarray,
    version: np.ndarray,
    params: AlignmentParams,
    original_weights: np.ndarray | None = None,
    version_weights: np.ndarray | None = None,
) -> Alignment:
    """Align L2-normalised sentence vectors ``original`` (n, d) and ``version`` (m, d)."""
    n, m = len(original), len(version)
    if n == 0 or m == 0:
        return Alignment(
            (),
            tuple(Unaligned(i, None, 0.0) for i in range(n)),
            tuple(Unaligned(j, None, 0.0) for j in range(m)),
        )
    w_orig = _weights(original_weights, n)
    w_ver = _weights(version_weights, m)
    candidates = _top_k(original, version, min(params.top_k, m), min(params.top_k, n))
    state = _State(original, version, w_orig, w_ver, params)

    for i, j in _backbone(candidates, params.inline):
        state.add(i, j)
    for _, i, j in _crossing_pairs(candidates, params.moved):
        if state.is_free(i, j) and _mutual_best_free(state, candidates, i, j):
            state.add(i, j)
    state.grow(candidates)
    return state.finish(candidates)


def _weights(weights: np.ndarray | None, size: int) -> np.ndarray:
    if weights is None:
        return np.ones(size, dtype=np.float32)
    return np.maximum(np.asarray(weights, dtype=np.float32), 1.0)


def _top_k(original: np.ndarray, version: np.ndarray, k_row: int, k_col: int) -> _Candidates:
    """Both sides' neighbour lists from one pass of similarity blocks.

    Each block of rows is compared with every column once and serves both directions: its rows'
    lists directly, the columns' lists by merging the block's best with the best so far.
    Memory stays at one block (``_BLOCK_ROWS`` x m), so 20k x 20k never builds a dense matrix.
    """
    n, m = len(original), len(version)
    row_index = np.empty((n, k_row), dtype=np.int64)
    row_score = np.empty((n, k_row), dtype=np.float32)
    col_index = np.empty((m, 0), dtype=np.int64)
    col_score = np.empty((m, 0), dtype=np.float32)
    for start in range(0, n, _BLOCK_ROWS):
        sims = original[start : start + _BLOCK_ROWS] @ version.T
        stop = start + len(sims)
        row_index[start:stop], row_score[start:stop] = _best(sims, k_row, axis=1)
        index, score = _best(sims, k_col, axis=0)
        col_index, col_score = _keep_best(
            np.hstack([col_index, index + start]), np.hstack([col_score, score]), k_col
        )
    return _Candidates(row_index, row_score, col_index, col_score)


def _best(sims: np.ndarray, k: int, axis: int) -> tuple[np.ndarray, np.ndarray]:
    """The ``k`` best entries along ``axis`` for each line across it, best first, ties broken
    by the lower index.

    Only entries at or above a cheap lower bound on each line's k-th best value are sorted:
    a full partition of every line costs several times more.
    """
    width = sims.shape[axis]
    lines = sims.shape[1 - axis]
    if k >= width:
        index = np.tile(np.arange(width), (lines, 1))
        return _keep_best(index, sims if axis == 1 else sims.T, k)
    bound = _kth_bound(sims, k, axis)
    r, c = np.nonzero(sims >= (bound[:, None] if axis == 1 else bound[None, :]))
    score = sims[r, c]
    owner, member = (r, c) if axis == 1 else (c, r)
    order = np.lexsort((member, -score, owner))
    first = np.searchsorted(owner[order], np.arange(lines))
    take = order[first[:, None] + np.arange(k)]
    return member[take], score[take]


def _kth_bound(sims: np.ndarray, k: int, axis: int) -> np.ndarray:
    """Per line, a value that at least ``k`` of its entries reach: the k-th largest of the
    maxima of disjoint groups of entries (each of those k groups holds one such entry).

    Groups are strided so that every maximum is an element-wise maximum of contiguous slabs.
    """
    width = sims.shape[axis]
    groups = width // _CHUNK
    if groups < k:
        exact: np.ndarray = np.partition(sims, width - k, axis=axis).take(width - k, axis=axis)
        return exact
    used = groups * _CHUNK
    if axis == 1:
        maxima = sims[:, :used].reshape(len(sims), _CHUNK, groups).max(axis=1)
        rest = sims[:, used:]
    else:
        maxima = sims[:used].reshape(_CHUNK, groups, sims.shape[1]).max(axis=0).T
        rest = sims[used:].T
    if rest.shape[1]:
        maxima = np.hstack([maxima, rest.max(axis=1, keepdims=True)])
    count = maxima.shape[1]
    bound: np.ndarray = np.partition(maxima, count - k, axis=1)[:, count - k]
    return bound


def _keep_best(index: np.ndarray, score: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    order = np.lexsort((index, -score), axis=1)[:, :k]
    return np.take_along_axis(index, order, axis=1), np.take_along_axis(score, order, axis=1)


def _mutual_pairs(candidates: _Candidates, depth: int) -> list[tuple[float, int, int]]:
    """Pairs where each side ranks the other within its top ``depth``, in row order."""
    rows = candidates.row_index[:, :depth]
    back = candidates.col_index[rows, :depth]  # (n, depth, depth): each neighbour's own top
    mutual = (back == np.arange(len(rows))[:, None, None]).any(axis=2)
    i, k = np.nonzero(mutual)
    scores = candidates.row_score[:, :depth][i, k]
    return list(zip(scores.tolist(), i.tolist(), rows[i, k].tolist(), strict=True))


def _backbone(candidates: _Candidates, threshold: float) -> list[tuple[int, int]]:
    """The heaviest chain of near pairs increasing in both orders (weighted LIS, O(K log K))."""
    pairs = [(i, j, s) for s, i, j in _mutual_pairs(candidates, 2) if s >= threshold]
    return _heaviest_increasing_chain(pairs)


def _heaviest_increasing_chain(pairs: list[tuple[int, int, float]]) -> list[tuple[int, int]]:
    """Pairs (i, j, weight) -> the max-weight subset strictly increasing in i and j.

    A Fenwick tree over j holds the best chain ending below each j; pairs sharing an i are
    scored before any is inserted so that no chain uses one i twice.
    """
    if not pairs:
        return []
    pairs = sorted(pairs)
    js = sorted({j for _, j, _ in pairs})
    rank = {j: r + 1 for r, j in enumerate(js)}
    size = len(js)
    tree_best = [0.0] * (size + 1)
    tree_arg = [-1] * (size + 1)
    best = [0.0] * len(pairs)
    back = [-1] * len(pairs)

    def query(r: int) -> tuple[float, int]:
        value, arg = 0.0, -1
        while r > 0:
            if tree_best[r] > value:
                value, arg = tree_best[r], tree_arg[r]
            r -= r & -r
        return value, arg

    def update(r: int, value: float, arg: int) -> None:
        while r <= size:
            if value > tree_best[r]:
                tree_best[r], tree_arg[r] = value, arg
            r += r & -r

    start = 0
    while start < len(pairs):
        stop = start
        while stop < len(pairs) and pairs[stop][0] == pairs[start][0]:
            stop += 1
        for p in range(start, stop):
            prev_value, prev_arg = query(rank[pairs[p][1]] - 1)
            best[p], back[p] = prev_value + pairs[p][2], prev_arg
        for p in range(start, stop):
            update(rank[pairs[p][1]], best[p], p)
        start = stop
    chain = []
    p = max(range(len(pairs)), key=lambda q: (best[q], -q))
    while p != -1:
        chain.append((pairs[p][0], pairs[p][1]))
        p = back[p]
    return chain[::-1]


def _crossing_pairs(candidates: _Candidates, threshold: float) -> list[tuple[float, int, int]]:
    pairs = [p for p in _mutual_pairs(candidates, 2) if p[0] >= threshold]
    return sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))


def _mutual_best_free(state: _State, candidates: _Candidates, i: int, j: int) -> bool:
    """``j`` is ``i``'s nearest free sentence and ``i`` is ``j``'s."""
    best_j = next((int(x) for x in candidates.row_index[i] if state.version_free(int(x))), None)
    best_i = next((int(x) for x in candidates.col_index[j] if state.original_free(int(x))), None)
    return best_j == j and best_i == i


class _State:
    """Links under construction; owns the sentence -> link maps while ``align`` runs."""

    def __init__(
        self,
        original: np.ndarray,
        version: np.ndarray,
        w_orig: np.ndarray,
        w_ver: np.ndarray,
        params: AlignmentParams,
    ) -> None:
        self.original, self.version = original, version
        self.w_orig, self.w_ver = w_orig, w_ver
        self.params = params
        self.groups: list[tuple[list[int], list[int]]] = []
        self.orig_link: dict[int, int] = {}
        self.ver_link: dict[int, int] = {}
        self.watchers: dict[tuple[str, int], list[int]] = {}
        """(side, sentence) -> links whose last look found nothing to do while it was free."""
        self.dirty: set[int] = set()

    def original_free(self, index: int) -> bool:
        return index not in self.orig_link

    def version_free(self, index: int) -> bool:
        return index not in self.ver_link

    def is_free(self, i: int, j: int) -> bool:
        return self.original_free(i) and self.version_free(j)

    def add(self, i: int, j: int) -> None:
        link = len(self.groups)
        self.groups.append(([i], [j]))
        self._take("original", i, link)
        self._take("version", j, link)

    def _take(self, side: str, index: int, link: int) -> None:
        """Assign a sentence; links that were waiting on it being free must look again."""
        (self.orig_link if side == "original" else self.ver_link)[index] = link
        self.dirty.update(self.watchers.pop((side, index), ()))

    def pooled(self, side: str, members: list[int]) -> np.ndarray:
        vectors, weights = (
            (self.original, self.w_orig) if side == "original" else (self.version, self.w_ver)
        )
        vector = (vectors[members] * weights[members, None]).sum(axis=0)
        return np.asarray(vector / max(float(np.linalg.norm(vector)), 1e-12), dtype=np.float32)

    def score(self, orig: list[int], ver: list[int]) -> float:
        return float(self.pooled("original", orig) @ self.pooled("version", ver))

    def grow(self, candidates: _Candidates) -> None:
        """Extend links with merges, splits and diagonal neighbours until nothing changes.

        Passes run over links in index order, as a plain fixed-point loop would, but a link
        whose last look changed nothing is skipped until a sentence it looked at is taken:
        sentences only ever go from free to taken, so nothing else can change its answer.
        This keeps growth near-linear on documents with tens of thousands of links.
        """
        pending = set(range(len(self.groups)))
        while pending:
            self.dirty = set()
            first_new = len(self.groups)
            queue = sorted(pending)
            heapq.heapify(queue)
            queued = set(queue)
            later: set[int] = set()
            while queue:
                link = heapq.heappop(queue)
                changed = self._merge(link, "original", candidates)
                changed |= self._merge(link, "version", candidates)
                changed |= self._diagonal(link, candidates)
                if changed:
                    later.add(link)
                else:
                    self._watch(link, candidates)
                for other in self.dirty:
                    if link < other < first_new and other not in queued:
                        heapq.heappush(queue, other)
                        queued.add(other)
                    else:
                        later.add(other)
                self.dirty = set()
            pending = later | set(range(first_new, len(self.groups)))

    def _watch(self, link: int, candidates: _Candidates) -> None:
        """Record the free sentences whose taking could change this link's next look."""
        orig, ver = self.groups[link]
        for i in (min(orig) - 1, max(orig) + 1):
            if 0 <= i < len(self.original):
                self._watch_one("original", i, link)
                for j in candidates.row_index[i].tolist():
                    self._watch_one("version", j, link)
        for j in (min(ver) - 1, max(ver) + 1):
            if 0 <= j < len(self.version):
                self._watch_one("version", j, link)
                for i in candidates.col_index[j].tolist():
                    self._watch_one("original", i, link)

    def _watch_one(self, side: str, index: int, link: int) -> None:
        free = self.original_free if side == "original" else self.version_free
        if free(index):
            self.watchers.setdefault((side, index), []).append(link)

    def _merge(self, link: int, side: str, candidates: _Candidates) -> bool:
        """Add an adjacent free sentence on ``side`` if it belongs to this link's content."""
        orig, ver = self.groups[link]
        members, other = (orig, ver) if side == "original" else (ver, orig)
        if len(members) >= self.params.max_group:
            return False
        vectors = self.original if side == "original" else self.version
        other_side = "version" if side == "original" else "original"
        free = self.original_free if side == "original" else self.version_free
        size = len(vectors)
        current = self.score(orig, ver)
        other_vector = self.pooled(other_side, other)
        for neighbour in (min(members) - 1, max(members) + 1):
            if not (0 <= neighbour < size and free(neighbour)):
                continue
            closeness = float(vectors[neighbour] @ other_vector)
            if closeness < self.params.merge or not self._prefers(
                side, neighbour, closeness, candidates
            ):
                continue
            grown = sorted([*members, neighbour])
            new_score = self.score(grown, ver) if side == "original" else self.score(orig, grown)
            if new_score + 0.01 < current:
                continue
            members[:] = grown
            self._take(side, neighbour, link)
            return True
        return False

    def _prefers(self, side: str, index: int, closeness: float, candidates: _Candidates) -> bool:
        """No free sentence on the other side is closer to ``index`` than this link is."""
        if side == "original":
            ranked, scores = candidates.row_index[index], candidates.row_score[index]
            is_free = self.version_free
        else:
            ranked, scores = candidates.col_index[index], candidates.col_score[index]
            is_free = self.original_free
        for other, score in zip(ranked.tolist(), scores.tolist(), strict=True):
            if is_free(other):
                return bool(closeness >= score)
        return True

    def _diagonal(self, link: int, candidates: _Candidates) -> bool:
        """A free pair just before or after a link, nearest to each other, joins as a link."""
        orig, ver = self.groups[link]
        for i, j in ((min(orig) - 1, min(ver) - 1), (max(orig) + 1, max(ver) + 1)):
            if not (0 <= i < len(self.original) and 0 <= j < len(self.version)):
                continue
            if not self.is_free(i, j):
                continue
            if float(self.original[i] @ self.version[j]) < self.params.extend:
                continue
            if _mutual_best_free(self, candidates, i, j):
                self.add(i, j)
                return True
        return False

    def finish(self, candidates: _Candidates) -> Alignment:
        groups = sorted((sorted(o), sorted(v)) for o, v in self.groups)
        scored = [(o, v, self.score(o, v)) for o, v in groups]
        kept = {
            (i, j)
            for i, j in _heaviest_increasing_chain(
                [(o[0], v[0], s * (len(o) + len(v))) for o, v, s in scored]
            )
        }
        links = tuple(
            Link(tuple(o), tuple(v), round(s, 6), (o[0], v[0]) not in kept) for o, v, s in scored
        )
        unaligned_original = tuple(
            _unaligned(i, candidates.row_index[i], candidates.row_score[i])
            for i in range(len(self.original))
            if self.original_free(i)
        )
        unaligned_version = tuple(
            _unaligned(j, candidates.col_index[j], candidates.col_score[j])
            for j in range(len(self.version))
            if self.version_free(j)
        )
        return Alignment(links, unaligned_original, unaligned_version)


def _unaligned(index: int, ranked: np.ndarray, scores: np.ndarray) -> Unaligned:
    return Unaligned(index, int(ranked[0]), round(float(scores[0]), 6))
