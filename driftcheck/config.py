"""Configuration files: ``[tool.driftcheck]`` in pyproject.toml, or a driftcheck.toml.

The file is found upward from the working directory (a driftcheck.toml wins in a folder; a
pyproject.toml counts only if it has a ``[tool.driftcheck]`` table), validated here, and handed
to click as the ``check`` command's ``default_map``, so any flag on the command line overrides it
(black's ``read_pyproject_toml`` does the same). Unknown keys and bad values are a
``ConfigError`` naming the file and the key: a typo in CI config must not be silently ignored.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from driftcheck.backends import BACKENDS
from driftcheck.errors import ConfigError
from driftcheck.rules import RULES, Severity

CONFIG_FILE = "driftcheck.toml"
_SEVERITIES = [s.value for s in Severity]
_FORMATS = ["text", "json", "jsonl", "sarif", "github", "gitlab", "junit", "markdown"]
_MARKUPS = ["auto", "text", "markdown", "html"]


@dataclass(frozen=True)
class ConfigFile:
    """A configuration file found and validated: where it is and the ``default_map`` it gives."""

    path: Path
    defaults: dict[str, Any]


def find_config(start: Path) -> Path | None:
    """The nearest driftcheck.toml, or pyproject.toml with ``[tool.driftcheck]``, from ``start`` up."""
    for folder in (start, *start.parents):
        own = folder / CONFIG_FILE
        if own.is_file():
            return own
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "driftcheck" in _load(pyproject).get("tool", {}):
            return pyproject
    return None


def load_config(path: Path) -> ConfigFile:
    """Read and validate ``path``; the values become the ``check`` command's defaults."""
    data = _load(path)
    if path.name == CONFIG_FILE:
        table = data.get("tool", {}).get("driftcheck", data)
    else:
        table = data.get("tool", {}).get("driftcheck", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.driftcheck] must be a table")
    defaults: dict[str, Any] = {}
    for key, value in table.items():
        key = key.replace("_", "-")
        if key not in _KEYS:
            raise ConfigError(
                f"{path}: unknown key {key!r}; known keys: {', '.join(sorted(_KEYS))}"
            )
        name, check = _KEYS[key]
        defaults[name] = check(path, key, value)
    return ConfigFile(path, defaults)


def _load(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc})") from None


def _choice(options: list[str]) -> Callable[[Path, str, Any], str]:
    def check(path: Path, key: str, value: Any) -> str:
        if value not in options:
            raise ConfigError(f"{path}: key {key!r}: {value!r} is not one of {', '.join(options)}")
        return str(value)

    return check


def _string(path: Path, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise ConfigError(f"{path}: key {key!r}: expected a non-empty string, got {value!r}")
    return value


def _folder_path(path: Path, key: str, value: Any) -> Path:
    """Paths in a config file are relative to the file, not to wherever CI runs."""
    return path.parent / Path(_string(path, key, value)).expanduser()


def _positive(path: Path, key: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(
            f"{path}: key {key!r}: expected a whole number of at least 1, got {value!r}"
        )
    return value


def _boolean(path: Path, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{path}: key {key!r}: expected true or false, got {value!r}")
    return value


def _severity_table(path: Path, key: str, value: Any) -> tuple[str, ...]:
    """``{DC101 = "minor", DC203 = "off"}`` → ``("DC101=minor", "DC203=off")`` (``--severity``)."""
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: key {key!r}: expected a table of RULE = severity")
    codes = {r.code for r in RULES}
    out = []
    for code, level in sorted(value.items()):
        if code not in codes:
            raise ConfigError(f"{path}: key '{key}.{code}': no such rule (see `driftcheck rules`)")
        if level not in [*_SEVERITIES, "off"]:
            raise ConfigError(
                f"{path}: key '{key}.{code}': {level!r} is not one of {', '.join(_SEVERITIES)}, off"
            )
        out.append(f"{code}={level}")
    return tuple(out)


def _threshold_table(path: Path, key: str, value: Any) -> tuple[str, ...]:
    """``{drift = 0.5}`` → ``("drift=0.5",)`` (``--threshold``); names are checked at load."""
    if not isinstance(value, dict):
        raise ConfigError(f"{path}: key {key!r}: expected a table of name = number")
    out = []
    for name, number in sorted(value.items()):
        if isinstance(number, bool) or not isinstance(number, int | float) or not -1 <= number <= 1:
            raise ConfigError(
                f"{path}: key '{key}.{name}': expected a similarity between -1 and 1, got {number!r}"
            )
        out.append(f"{name}={number}")
    return tuple(out)


_KEYS: dict[str, tuple[str, Callable[[Path, str, Any], Any]]] = {
    "model": ("model", _string),
    "fail-on": ("fail_on", _choice(_SEVERITIES)),
    "min-severity": ("min_severity", _choice(_SEVERITIES)),
    "format": ("fmt", _choice(_FORMATS)),
    "markup": ("markup", _choice(_MARKUPS)),
    "encoding": ("encoding", _string),
    "backend": ("backend", _choice(list(BACKENDS))),
    "threads": ("threads", _positive),
    "jobs": ("jobs", _positive),
    "cache-dir": ("cache_dir", _folder_path),
    "no-cache": ("no_cache", _boolean),
    "exit-zero": ("exit_zero", _boolean),
    "baseline": ("baseline", _folder_path),
    "severity": ("severity", _severity_table),
    "thresholds": ("threshold", _threshold_table),
}
"""File key → (click parameter name, validator). Keys are spelled like the flags."""
