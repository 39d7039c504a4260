"""driftcheck: check a version of a news article against its original and show where meaning moved.

Public API: ``check``, ``Checker``, ``CheckConfig``, ``Report``, ``to_json``. Importing this
package is cheap; the model (torch, sentence-transformers) loads only when a check runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["CheckConfig", "Checker", "Report", "__version__", "check", "to_json"]

if TYPE_CHECKING:
    from driftcheck.pipeline import CheckConfig, Checker, check
    from driftcheck.renderers.json import render_json as to_json
    from driftcheck.report import Report

_LAZY = {
    "check": ("driftcheck.pipeline", "check"),
    "Checker": ("driftcheck.pipeline", "Checker"),
    "CheckConfig": ("driftcheck.pipeline", "CheckConfig"),
    "Report": ("driftcheck.report", "Report"),
    "to_json": ("driftcheck.renderers.json", "render_json"),
}


def __getattr__(name: str) -> Any:
    """Import the public names on first use, keeping ``import driftcheck`` light."""
    if name in _LAZY:
        import importlib

        module, attribute = _LAZY[name]
        return getattr(importlib.import_module(module), attribute)
    raise AttributeError(f"module 'driftcheck' has no attribute {name!r}")
