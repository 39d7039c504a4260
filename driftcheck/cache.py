"""An on-disk embedding cache, so a CI re-run over mostly unchanged documents skips the model.

Entries are keyed by model id + revision (a folder) and the sha256 of the exact text the model
read (a file), so a new model or model release never reads another's vectors. Each entry is one
``.npy`` file holding the sentence vector, the token offsets and the token vectors; it is
written to a temporary name and renamed, so concurrent runs and interrupted runs never leave a
half-written entry. When every sentence is cached the model is never loaded at all (no torch
import), which is where most of a warm run's time is saved.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from driftcheck.embeddings import Embedder, Encoded, TokenVectors

CACHE_ENV = "DRIFTCHECK_CACHE_DIR"


def default_cache_dir() -> Path:
    """``$DRIFTCHECK_CACHE_DIR``, else ``$XDG_CACHE_HOME/driftcheck``, else ``~/.cache/driftcheck``."""
    if explicit := os.environ.get(CACHE_ENV):
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base).expanduser() / "driftcheck"


class EmbeddingCache:
    """Vectors of one model revision, one file per distinct text."""

    def __init__(self, root: Path, model_id: str, revision: str) -> None:
        key = hashlib.sha256(f"{model_id}\0{revision}".encode()).hexdigest()[:16]
        safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in model_id)
        self.folder = root / f"{safe}-{key}"

    def get(self, text: str) -> tuple[np.ndarray, TokenVectors] | None:
        path = self._path(text)
        try:
            data = np.load(path, allow_pickle=False)
        except (OSError, ValueError):
            return None
        dim = int(data[0, 0])
        count = int(data[0, 1])
        vector = data[1, :dim].astype(np.float32)
        offsets = data[2 : 2 + count, :2].astype(np.int32)
        tokens = data[2 + count : 2 + 2 * count, :dim].astype(np.float32)
        return vector, TokenVectors(offsets=offsets, vectors=tokens)

    def put(self, text: str, vector: np.ndarray, tokens: TokenVectors) -> None:
        """Store one entry; a cache that cannot be written is skipped, never fatal."""
        dim = int(vector.shape[0])
        count = int(tokens.vectors.shape[0])
        data = np.zeros((2 + 2 * count, max(dim, 2)), dtype=np.float32)
        data[0, :2] = (dim, count)
        data[1, :dim] = vector
        data[2 : 2 + count, :2] = tokens.offsets
        data[2 + count :, :dim] = tokens.vectors
        path = self._path(text)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                np.save(stream, data, allow_pickle=False)
            os.replace(temp, path)
        except OSError:
            return

    def dim(self) -> int | None:
        try:
            return int(json.loads((self.folder / "meta.json").read_text(encoding="utf-8"))["dim"])
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def set_dim(self, dim: int) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / "meta.json").write_text(json.dumps({"dim": dim}), encoding="utf-8")
        except OSError:
            return

    def _path(self, text: str) -> Path:
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        return self.folder / digest[:2] / f"{digest}.npy"


class CachingEmbedder:
    """An ``Embedder`` that answers from the cache and loads the real model only on a miss."""

    def __init__(
        self, cache: EmbeddingCache, model_id: str, revision: str, load: Callable[[], Embedder]
    ) -> None:
        self._cache = cache
        self.model_id = model_id
        self.revision = revision
        self._load = load
        self._inner: Embedder | None = None

    @property
    def dim(self) -> int:
        if self._inner is None and (dim := self._cache.dim()) is not None:
            return dim
        return self._model().dim

    def encode(self, texts: Sequence[str]) -> Encoded:
        found: dict[str, tuple[np.ndarray, TokenVectors]] = {}
        missing = []
        for text in dict.fromkeys(texts):
            hit = self._cache.get(text)
            if hit is None:
                missing.append(text)
            else:
                found[text] = hit
        if missing:
            fresh = self._model().encode(missing)
            for row, text in enumerate(missing):
                found[text] = (fresh.vectors[row], fresh.tokens[row])
                self._cache.put(text, *found[text])
        if not texts:
            return Encoded(np.zeros((0, self.dim), dtype=np.float32), ())
        entries = [found[text] for text in texts]
        vectors = np.stack([vector for vector, _ in entries]).astype(np.float32)
        return Encoded(vectors, tuple(tokens for _, tokens in entries))

    def _model(self) -> Embedder:
        if self._inner is None:
            self._inner = self._load()
            self._cache.set_dim(self._inner.dim)
        return self._inner
