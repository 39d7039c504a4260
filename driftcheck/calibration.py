"""Per-model calibration: thresholds and facts read from ``models/<model-id>.toml``.

Thresholds depend on the model's similarity scale (MiniLM paraphrases score ~0.8, other models
differ), so they live beside the model's description rather than in code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources

from driftcheck.alignment import AlignmentParams
from driftcheck.embeddings import DEFAULT_MODEL
from driftcheck.errors import ConfigError
from driftcheck.findings import FindingParams


@dataclass(frozen=True)
class Calibration:
    """What driftcheck knows about a model, and the thresholds tuned for it."""

    model_id: str
    languages: tuple[str, ...]
    alignment: AlignmentParams
    findings: FindingParams
    calibrated: bool
    """False when the model has no file of its own and the default model's values are used."""


def calibration_for(model_id: str) -> Calibration:
    """The calibration for ``model_id``, falling back to the default model's (marked uncalibrated)."""
    files = resources.files("driftcheck.models")
    own = files / f"{model_id}.toml"
    calibrated = own.is_file()
    source = own if calibrated else files / f"{DEFAULT_MODEL}.toml"
    try:
        data = tomllib.loads(source.read_text(encoding="utf-8"))
        return Calibration(
            model_id=model_id,
            languages=tuple(data["model"]["languages"]),
            alignment=AlignmentParams(**data["alignment"]),
            findings=FindingParams(**data["findings"]),
            calibrated=calibrated,
        )
    except (KeyError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"models/{source.name}: invalid calibration file ({exc})") from None
