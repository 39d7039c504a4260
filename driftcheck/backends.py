"""Embedding backends: torch (sentence-transformers) or ONNX Runtime, fp32 or int8.

``--backend onnx`` runs the same model through ONNX Runtime and the ``tokenizers`` library, with
no torch or sentence-transformers import on the hot path: the transformer is exported once with
``torch.onnx.export`` (``onnx-int8``: then quantised with ``onnxruntime.quantization``'s dynamic
int8 quantisation, signed per-channel weights on the MatMuls) into the cache folder, never into
the model folder and never downloaded. One forward pass gives ``last_hidden_state``; the sentence
vector is its attention-masked mean, L2-normalised (the model's ``1_Pooling`` + ``2_Normalize``),
and the token vectors are its rows, exactly as ``SentenceTransformerEmbedder`` builds them.

Nothing here imports numpy, onnxruntime or torch at import time: ``driftcheck --help`` and the
config reader import this module for ``BACKENDS``.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import os
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from driftcheck.errors import ConfigError, ModelError

if TYPE_CHECKING:
    from driftcheck.embeddings import Encoded

BACKENDS = ("auto", "torch", "onnx", "onnx-int8")
"""``auto`` (the default): ``onnx`` where it runs the model exactly, else ``torch``; ``torch``:
sentence-transformers; ``onnx``: ONNX Runtime fp32; ``onnx-int8``: ONNX Runtime with dynamically
quantised int8 weights."""

INSTALL_HINT = (
    "reinstall driftcheck (pip install -c constraints.txt driftcheck): it depends on both"
)

EXPORT_FORMAT = "1"
"""Bumped when the export or quantisation recipe changes, so old exports are not reused."""

_FP32_FILE = "model.onnx"
_INT8_FILE = "model-int8.onnx"


def resolve_backend(backend: str, model_folder: str, device: str | None) -> str:
    """The backend ``auto`` stands for: ``onnx`` on the CPU for a model it rebuilds exactly.

    ONNX fp32 gives the same findings as torch on the seeds and the labelled set and encodes
    about 1.5x faster with no torch import, so it is preferred wherever it applies; ``torch``
    stays for a GPU (asked for, or possibly present), for models with other pooling, and for
    installs without ONNX Runtime. Decided without importing torch, which costs seconds.
    """
    if backend != "auto":
        return backend
    if device not in (None, "cpu") or (device is None and _gpu_possible()):
        return "torch"
    if any(importlib.util.find_spec(m) is None for m in ("onnxruntime", "onnx")):
        return "torch"
    try:
        _mean_pooling_model(Path(model_folder), model_folder)
    except ModelError:
        return "torch"
    return "onnx"


def _gpu_possible() -> bool:
    """Whether torch might find a GPU here: a non-CPU torch build and a GPU device node."""
    version = _package_version("torch")
    if version == "none" or "+cpu" in version:
        return False
    return any(Path(node).exists() for node in ("/dev/nvidiactl", "/dev/kfd"))


def check_backend(backend: str) -> None:
    """A ``ConfigError`` for an unknown backend; ``ModelError`` when its packages are missing.

    Checked without importing anything heavy, so a run whose vectors are all cached still
    refuses a backend it could not run.
    """
    if backend not in BACKENDS:
        raise ConfigError(f"unknown backend {backend!r}; known: {', '.join(BACKENDS)}")
    if backend in ("auto", "torch"):
        return
    missing = [m for m in ("onnxruntime", "onnx") if importlib.util.find_spec(m) is None]
    if missing:
        raise ModelError(
            f"--backend {backend} needs {' and '.join(missing)}, which is not installed: "
            f"{INSTALL_HINT}"
        )


def backend_revision(revision: str, backend: str) -> str:
    """The model revision as a backend (``torch``, ``onnx`` or ``onnx-int8``, after
    ``resolve_backend``) sees it: the cache key and the report signature.

    ONNX vectors differ from torch's in float noise (fp32) or visibly (int8), and int8 kernels
    differ between ONNX Runtime releases, so each backend and release gets its own cache entries.
    """
    if backend == "torch":
        return revision
    return f"{revision}+{backend}.ort{_package_version('onnxruntime')}.x{EXPORT_FORMAT}"


def export_folder(root: Path, model_id: str, revision: str) -> Path:
    """Where the exported ONNX files of one model revision live, under the cache root."""
    key = hashlib.sha256(f"{model_id}\0{revision}\0{EXPORT_FORMAT}".encode()).hexdigest()[:16]
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in model_id)
    return root / "onnx" / f"{safe}-{key}"


class OnnxEmbedder:
    """The model through ONNX Runtime: sentence and token vectors from one forward pass."""

    def __init__(
        self,
        model: str | None = None,
        *,
        quantized: bool = False,
        threads: int | None = None,
        cache_root: Path,
        batch_tokens: int = 1024,
    ) -> None:
        from driftcheck.embeddings import resolve_model

        backend = "onnx-int8" if quantized else "onnx"
        check_backend(backend)
        self.model_id, path, base_revision = resolve_model(model)
        self.revision = backend_revision(base_revision, backend)
        folder = Path(path)
        self._max_length, self.dim = _mean_pooling_model(folder, self.model_id)
        target = export_folder(cache_root, self.model_id, base_revision)
        onnx_file = ensure_exported(folder, target, quantized=quantized, model_id=self.model_id)
        try:
            import onnxruntime as ort
            from tokenizers import Tokenizer
        except ImportError as exc:
            raise ModelError(
                f"--backend {backend} cannot import {exc.name}: {INSTALL_HINT}"
            ) from None
        try:
            self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
            options = ort.SessionOptions()
            if threads is not None:
                options.intra_op_num_threads = threads
                options.inter_op_num_threads = 1
            options.log_severity_level = 3
            # Idle ONNX Runtime threads spin by default, starving numpy's work that follows.
            options.add_session_config_entry("session.intra_op.allow_spinning", "0")
            options.add_session_config_entry("session.inter_op.allow_spinning", "0")
            self._session = ort.InferenceSession(
                str(onnx_file), options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:  # noqa: BLE001 - any load failure is the model's
            raise ModelError(
                f"model {self.model_id!r} cannot be loaded by ONNX Runtime: {_one_line(exc)}"
            ) from None
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(self._max_length)
        self._inputs = {i.name for i in self._session.get_inputs()}
        self._tokens = batch_tokens

    def encode(self, texts: Sequence[str]) -> Encoded:
        """Encode each distinct text once, in length-sorted batches (less padding)."""
        from driftcheck.embeddings import encode_distinct

        return encode_distinct(texts, self.dim, self._encode_or_fail)

    def _encode_or_fail(self, texts: list[str]) -> Encoded:
        try:
            return self._encode(texts)
        except Exception as exc:  # noqa: BLE001 - a model failing mid-run is a model error
            raise ModelError(
                f"model {self.model_id!r} failed to encode: {_one_line(exc)}"
            ) from None

    def _encode(self, texts: list[str]) -> Encoded:
        import numpy as np

        from driftcheck.embeddings import Encoded, TokenVectors, _normalise, _token_vectors

        encodings = self._tokenizer.encode_batch(texts)
        order = sorted(range(len(texts)), key=lambda k: -len(encodings[k].ids))
        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        tokens: list[TokenVectors | None] = [None] * len(texts)
        for rows in _token_batches([len(encodings[k].ids) for k in order], self._tokens):
            batch = [order[i] for i in rows]
            width = len(encodings[batch[0]].ids)
            ids = np.zeros((len(batch), width), dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            types = np.zeros((len(batch), width), dtype=np.int64)
            for row, k in enumerate(batch):
                n = len(encodings[k].ids)
                ids[row, :n] = encodings[k].ids
                mask[row, :n] = 1
                types[row, :n] = encodings[k].type_ids
            feed = {"input_ids": ids, "attention_mask": mask, "token_type_ids": types}
            hidden = self._session.run(None, {k: v for k, v in feed.items() if k in self._inputs})
            states = np.asarray(hidden[0], dtype=np.float32)
            weights = mask[..., None].astype(np.float32)
            pooled = (states * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
            for row, k in enumerate(batch):
                vectors[k] = pooled[row]
                n = len(encodings[k].ids)
                tokens[k] = _token_vectors(states[row, :n], encodings[k].offsets)
        return Encoded(_normalise(vectors), tuple(t for t in tokens if t is not None))


def _token_batches(lengths: Sequence[int], budget: int) -> list[range]:
    """Consecutive runs of ``lengths`` (sorted longest first) padding to at most ``budget``
    tokens each, one text at least: a fixed count of texts pads short sentences into batches
    far larger, and slower, than the cache-friendly size."""
    batches, start = [], 0
    while start < len(lengths):
        size = max(1, budget // max(lengths[start], 1))
        batches.append(range(start, min(start + size, len(lengths))))
        start += size
    return batches


def ensure_exported(folder: Path, target: Path, *, quantized: bool, model_id: str) -> Path:
    """The ONNX file for ``folder``'s transformer under ``target``, exported once.

    Files are written under a temporary name and renamed, so concurrent runs never read a
    half-written model; a run that loses the race simply uses the winner's file.
    """
    fp32 = target / _FP32_FILE
    if not fp32.is_file():
        _export(folder, fp32, model_id)
    if not quantized:
        return fp32
    int8 = target / _INT8_FILE
    if not int8.is_file():
        _quantize(fp32, int8, model_id)
    return int8


def _export(folder: Path, target: Path, model_id: str) -> None:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    try:
        import torch
        from transformers import AutoModel
    except ImportError as exc:  # pragma: no cover - broken installs only
        raise ModelError(f"exporting to ONNX needs torch and transformers: {exc}") from None

    class LastHiddenState(torch.nn.Module):
        def __init__(self, model: Any) -> None:
            super().__init__()
            self.model = model

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.model(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state

    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        model = AutoModel.from_pretrained(str(folder)).eval()
        sample = torch.ones((2, 8), dtype=torch.long)
        axes = {0: "batch", 1: "tokens"}
        names = ["input_ids", "attention_mask", "token_type_ids"]
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                LastHiddenState(model),
                (sample, sample, torch.zeros_like(sample)),
                str(temp),
                input_names=names,
                output_names=["last_hidden_state"],
                dynamic_axes={name: axes for name in [*names, "last_hidden_state"]},
                opset_version=17,
                dynamo=False,  # the TorchScript exporter: needs no onnxscript
            )
        os.replace(temp, target)
    except OSError as exc:
        raise ModelError(f"model {model_id!r}: cannot write the ONNX export: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - an export failure is the model's
        raise ModelError(
            f"model {model_id!r} cannot be exported to ONNX: {_one_line(exc)}; use --backend torch"
        ) from None
    finally:
        temp.unlink(missing_ok=True)


def _quantize(source: Path, target: Path, model_id: str) -> None:
    try:
        from onnxruntime.quantization import QuantType, quantize_dynamic
    except ImportError as exc:
        raise ModelError(f"--backend onnx-int8 cannot import {exc.name}: {INSTALL_HINT}") from None
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp.onnx")
    root = logging.getLogger()
    quiet = logging.NullHandler()  # quantize_dynamic logs a hint through the root logger
    root.addHandler(quiet)
    try:
        quantize_dynamic(
            source,
            temp,
            weight_type=QuantType.QInt8,
            per_channel=True,
            op_types_to_quantize=["MatMul"],
        )
        os.replace(temp, target)
    except OSError as exc:
        raise ModelError(f"model {model_id!r}: cannot write the int8 model: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - a quantisation failure is the model's
        raise ModelError(
            f"model {model_id!r} cannot be quantised to int8: {_one_line(exc)}; "
            "use --backend onnx or torch"
        ) from None
    finally:
        root.removeHandler(quiet)
        temp.unlink(missing_ok=True)


def _mean_pooling_model(folder: Path, model_id: str) -> tuple[int, int]:
    """``(max_seq_length, dim)`` of a Transformer → mean Pooling → Normalize model.

    The ONNX backend rebuilds exactly that stack; any other (CLS pooling, a Dense layer, no
    Normalize) is refused rather than approximated.
    """

    def refuse(why: str) -> ModelError:
        return ModelError(
            f"model {model_id!r}: --backend onnx supports Transformer + mean Pooling + Normalize "
            f"models only ({why}); use --backend torch"
        )

    try:
        modules = json.loads((folder / "modules.json").read_text(encoding="utf-8"))
        types = [str(m["type"]).rsplit(".", 1)[-1] for m in modules]
        pooling_path = next(m["path"] for m in modules if str(m["type"]).endswith("Pooling"))
        pooling = json.loads((folder / pooling_path / "config.json").read_text(encoding="utf-8"))
        bert = json.loads((folder / "sentence_bert_config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError, StopIteration) as exc:
        raise refuse(f"cannot read its module configuration: {_one_line(exc)}") from None
    if types != ["Transformer", "Pooling", "Normalize"]:
        raise refuse(f"modules {', '.join(types)}")
    modes = sorted(k for k, v in pooling.items() if k.startswith("pooling_mode") and v is True)
    if modes != ["pooling_mode_mean_tokens"]:
        raise refuse(f"pooling {', '.join(modes) or 'none'}")
    if not (folder / "tokenizer.json").is_file():
        raise refuse("no tokenizer.json")
    return int(bert.get("max_seq_length") or 512), int(pooling["word_embedding_dimension"])


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "none"


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__
