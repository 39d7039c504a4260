"""Writing the report: atomic, never over an input, an interrupted run leaves the old report."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from driftcheck.cli import main
from driftcheck.errors import OutputError
from driftcheck.output import write_output
from tests.conftest import ROOT, SEED_ORIGINAL, SEED_VERSION

OLD_REPORT = '{"previous": "report"}\n'


def _check_args(report: Path) -> list[str]:
    return ["check", str(SEED_ORIGINAL), str(SEED_VERSION), "--format", "json", "-o", str(report)]


def test_write_replaces_the_file_and_keeps_its_permissions(tmp_path: Path) -> None:
    report = tmp_path / "r.json"
    report.write_text(OLD_REPORT, encoding="utf-8")
    report.chmod(0o640)
    write_output(report, "new\r\n")
    assert report.read_bytes() == b"new\r\n"
    assert report.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


def test_a_new_report_gets_the_usual_permissions_not_mkstemps_private_ones(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        write_output(tmp_path / "r.json", "x")
    finally:
        os.umask(umask)
    assert (tmp_path / "r.json").stat().st_mode & 0o777 == 0o644


def test_a_symlinked_report_is_written_through(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text(OLD_REPORT, encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    write_output(link, "new")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new"


def test_a_failed_write_leaves_the_old_report_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = tmp_path / "r.json"
    report.write_text(OLD_REPORT, encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputError, match=r"r.json: cannot write \(No space left on device\)"):
        write_output(report, "new " * 10_000)
    assert report.read_text(encoding="utf-8") == OLD_REPORT
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


def test_interrupting_the_cli_mid_write_keeps_the_old_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C after the new payload is half on disk: one line, exit 2, old report byte-identical."""
    report = tmp_path / "r.json"
    report.write_text(OLD_REPORT, encoding="utf-8")
    seen: list[int] = []

    def interrupted(fd: int) -> None:
        seen.append(os.fstat(fd).st_size)
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    result = CliRunner().invoke(main, _check_args(report))
    assert seen and seen[0] > len(OLD_REPORT)  # the temporary file really held the new report
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == "driftcheck: error: interrupted"
    assert report.read_text(encoding="utf-8") == OLD_REPORT
    assert [p.name for p in tmp_path.iterdir()] == ["r.json"]


_STALL_THEN_RUN = """
import os, sys, time
from pathlib import Path

def stall(fd):
    Path(sys.argv[1] + ".part").write_text(str(os.fstat(fd).st_size))
    os.rename(sys.argv[1] + ".part", sys.argv[1])
    time.sleep(300)

os.fsync = stall
from driftcheck.cli import main
main(sys.argv[2:])
"""


def test_killing_a_run_mid_write_keeps_the_old_report(tmp_path: Path) -> None:
    """SIGKILL while the new report is being written: the old one is untouched.

    A killed process cannot clean up, so its hidden temporary file (``.r.json.*.tmp``) may stay
    beside the report; the report itself is never half-written.
    """
    report = tmp_path / "r.json"
    report.write_text(OLD_REPORT, encoding="utf-8")
    marker = tmp_path / "writing"
    process = subprocess.Popen(
        [sys.executable, "-c", _STALL_THEN_RUN, str(marker), *_check_args(report)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 300
        while not marker.exists() and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert marker.exists(), process.stderr.read() if process.stderr else ""
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()
    assert int(marker.read_text()) > len(OLD_REPORT)
    assert report.read_text(encoding="utf-8") == OLD_REPORT
    leftovers = sorted(p.name for p in tmp_path.iterdir())
    assert leftovers[0].startswith(".r.json.") and leftovers[0].endswith(".tmp")
    assert leftovers[1:] == ["r.json", "writing"]


def test_a_reader_that_goes_away_ends_the_run_quietly() -> None:
    """``driftcheck check … | head``: no traceback, no "Exception ignored" noise, exit 2."""
    process = subprocess.Popen(
        [sys.executable, "-m", "driftcheck", *_check_args(Path("unused"))[:-2]],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # the reader is gone before the report is written
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert process.wait(timeout=300) == 2
    assert "Traceback" not in errors and "Exception ignored" not in errors
    assert "error" not in errors
