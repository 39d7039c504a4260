"""Writing reports: atomically, so an interrupted run never leaves a half-written file.

The report goes to a temporary file beside the target and is renamed over it only once complete;
the only file driftcheck ever deletes is that temporary file of its own.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Sequence
from pathlib import Path

from driftcheck.errors import OutputError


def check_output_path(path: Path, inputs: Sequence[Path] = ()) -> None:
    """Refuse, before any work is done, a report path that could not or must not be written.

    Checked up front so that a typo in ``-o`` costs no model load, and so that an input file
    (by any name: symlink, hard link, ``./``) is never overwritten by its own report.
    """
    target = _target(path)
    for source in inputs:
        if _same_file(source, target):
            raise OutputError(f"{path}: is an input file; refusing to write the report over it")
    if target.is_dir():
        raise OutputError(f"{path}: is a directory; give a file name for the report")
    folder = target.parent
    if not folder.is_dir():
        reason = "is not a folder" if folder.exists() else "does not exist"
        raise OutputError(f"{path}: cannot write the report, folder {folder} {reason}")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{path}: cannot write the report, folder {folder} is not writable")
    if target.exists() and not os.access(target, os.W_OK):
        raise OutputError(f"{path}: cannot write the report, the file is read-only")


def write_output(path: Path, payload: str) -> None:
    """Write ``payload`` to ``path`` via a temporary file in the same folder and a rename.

    The previous file at ``path`` (if any) stays intact until the new one is complete; a symlink
    at ``path`` is written through, and an existing file keeps its permissions.
    """
    check_output_path(path)
    target = _target(path)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
        )
    except OSError as exc:
        raise OutputError(f"{path}: cannot write here ({exc.strerror or exc})") from None
    try:
        os.chmod(temp_name, _mode_for(target))
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp_name, target)
    except BaseException as exc:
        Path(temp_name).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
        raise


def _target(path: Path) -> Path:
    """Where the bytes land: through symlinks, so a linked report is updated, not replaced."""
    return path.resolve() if path.is_symlink() else path


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return a.resolve() == b.resolve()


def _mode_for(target: Path) -> int:
    """The existing file's permissions, or what a plain ``open`` would give (0o666 less umask);
    mkstemp's private 0o600 would otherwise hide a shared report from its readers."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
