"""Bad input through the real CLI: one line on stderr, the documented exit code, nothing touched.

Every case here is listed with its message in docs/errors.md.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from driftcheck.cli import main
from driftcheck.documents import MAX_DOCUMENT_BYTES
from tests.conftest import SEED_ORIGINAL, SEED_VERSION

GOOD = "The ministers met on Monday in Brussels. They agreed to send more aid.\n"


def _snapshot(folder: Path) -> dict[str, tuple[int, bytes, int]]:
    """Every entry under ``folder``: mode, bytes (regular files) and modification time."""
    entries = {}
    for path in sorted(folder.rglob("*")):
        info = path.lstat()
        body = b""
        if path.is_file() and not path.is_symlink() and os.access(path, os.R_OK):
            with open(path, "rb") as stream:
                body = stream.read()
        entries[str(path.relative_to(folder))] = (info.st_mode, body, info.st_mtime_ns)
    return entries


def _run(folder: Path, *args: str) -> Result:
    """Run the CLI and check that it neither created nor changed anything in ``folder``."""
    before = _snapshot(folder)
    result = CliRunner().invoke(main, list(args))
    assert _snapshot(folder) == before
    return result


def _one_error(result: Result, message: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines() == [f"driftcheck: error: {message}"]
    assert "Traceback" not in result.output


def _write(path: Path, data: bytes | str) -> Path:
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# --- inputs refused before any model is loaded --------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    missing = tmp_path / "nope.txt"
    _one_error(_run(tmp_path, "check", str(missing), str(good)), f"{missing}: no such file")


def test_directory(tmp_path: Path) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    folder = tmp_path / "folder"
    folder.mkdir()
    _one_error(
        _run(tmp_path, "check", str(good), str(folder)),
        f"{folder}: is a directory, expected a text file",
    )


def test_not_a_regular_file(tmp_path: Path) -> None:
    """A FIFO would block a plain read forever; it is refused before reading."""
    good = _write(tmp_path / "v.txt", GOOD)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    _one_error(
        _run(tmp_path, "check", str(fifo), str(good)),
        f"{fifo}: is not a regular file, expected a text file",
    )


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    locked = _write(tmp_path / "locked.txt", GOOD)
    if os.geteuid() == 0:  # root reads anything: make the read itself fail as it would
        real = Path.read_bytes

        def refuse(self: Path) -> bytes:
            if self == locked:
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", refuse)
    else:
        locked.chmod(0)
    _one_error(_run(tmp_path, "check", str(locked), str(good)), f"{locked}: permission denied")


def test_binary_file(tmp_path: Path) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    image = _write(tmp_path / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    _one_error(
        _run(tmp_path, "check", str(good), str(image)),
        f"{image}: looks like a binary file (contains NUL bytes), expected text",
    )


def test_non_utf8_text_names_the_file_the_likely_encoding_and_the_option(tmp_path: Path) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    latin = _write(
        tmp_path / "latin.txt", SEED_ORIGINAL.read_text(encoding="utf-8").encode("cp1252")
    )
    result = _run(tmp_path, "check", str(latin), str(good))
    assert result.exit_code == 2
    [line] = result.stderr.splitlines()
    assert re.fullmatch(
        rf"driftcheck: error: {re.escape(str(latin))}: not valid utf-8 at byte \d+; "
        r"it looks like (cp125\d|iso8859-\d+|latin-1): if so, pass --encoding \S+",
        line,
    ), line


def test_unknown_encoding_name(tmp_path: Path) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    _one_error(
        _run(tmp_path, "check", str(good), str(good), "--encoding", "klingon-8"),
        f"{good}: unknown encoding 'klingon-8' given to --encoding",
    )


def test_utf16_without_a_byte_order_mark_is_refused_as_binary(tmp_path: Path) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    wide = _write(tmp_path / "wide.txt", GOOD.encode("utf-16-le"))
    _one_error(
        _run(tmp_path, "check", str(good), str(wide)),
        f"{wide}: looks like a binary file (contains NUL bytes), expected text",
    )


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n \r", "\ufeff".encode()])
def test_empty_or_whitespace_only_file(tmp_path: Path, content: bytes) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    empty = _write(tmp_path / "empty.txt", content)
    _one_error(
        _run(tmp_path, "check", str(good), str(empty)), f"{empty}: is empty (no text to check)"
    )


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:  # sparse: costs no disk
        stream.truncate(MAX_DOCUMENT_BYTES + 1)
    _one_error(
        _run(tmp_path, "check", str(huge), str(good)),
        f"{huge}: {MAX_DOCUMENT_BYTES + 1} bytes is over the {MAX_DOCUMENT_BYTES} byte limit "
        "for one document",
    )


def test_usage_error_exits_2_without_a_traceback(tmp_path: Path) -> None:
    result = _run(tmp_path, "check", str(SEED_ORIGINAL))
    assert result.exit_code == 2
    assert "give ORIGINAL VERSION" in result.stderr
    assert "Traceback" not in result.output


# --- output paths refused before any model is loaded --------------------------------------


@pytest.mark.parametrize("link", ["same", "symlink", "hardlink"])
def test_output_over_an_input_is_refused_by_any_name(tmp_path: Path, link: str) -> None:
    original = _write(tmp_path / "o.txt", GOOD)
    version = _write(tmp_path / "v.txt", GOOD.replace("Monday", "Tuesday"))
    target = version
    if link == "symlink":
        target = tmp_path / "report.json"
        target.symlink_to(version)
    elif link == "hardlink":
        target = tmp_path / "report.json"
        os.link(version, target)
    _one_error(
        _run(tmp_path, "check", str(original), str(version), "-o", str(target)),
        f"{target}: is an input file; refusing to write the report over it",
    )


def test_output_folder_missing(tmp_path: Path) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    target = tmp_path / "no" / "such" / "r.json"
    _one_error(
        _run(tmp_path, "check", str(good), str(good), "-o", str(target)),
        f"{target}: cannot write the report, folder {target.parent} does not exist",
    )


def test_output_folder_is_a_file(tmp_path: Path) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    target = good / "r.json"
    _one_error(
        _run(tmp_path, "check", str(good), str(good), "-o", str(target)),
        f"{target}: cannot write the report, folder {good} is not a folder",
    )


def test_output_is_a_directory(tmp_path: Path) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    _one_error(
        _run(tmp_path, "check", str(good), str(good), "-o", str(tmp_path)),
        f"{tmp_path}: is a directory; give a file name for the report",
    )


def test_output_folder_not_writable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    good = _write(tmp_path / "v.txt", GOOD)
    locked = tmp_path / "locked"
    locked.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: make the permission check say what it would
        real = os.access
        monkeypatch.setattr(
            os, "access", lambda p, mode: False if Path(p) == locked else real(p, mode)
        )
    else:
        locked.chmod(0o500)
    target = locked / "r.json"
    _one_error(
        _run(tmp_path, "check", str(good), str(good), "-o", str(target)),
        f"{target}: cannot write the report, folder {locked} is not writable",
    )


# --- internal errors ----------------------------------------------------------------------


def _explode(*_: object, **__: object) -> None:
    raise RuntimeError("boom\nsecond line of the message")


def test_internal_error_is_one_line_and_a_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tempfile

    import driftcheck.markup

    good = _write(tmp_path / "v.txt", GOOD)
    logs = tmp_path / "logs"
    logs.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(logs))
    monkeypatch.setattr(driftcheck.markup, "read_document", _explode)
    result = CliRunner().invoke(main, ["check", str(good), str(good)])
    assert result.exit_code == 2
    [log] = logs.iterdir()
    assert result.stderr.splitlines() == [
        "driftcheck: error: internal error (a bug in driftcheck): RuntimeError: boom; "
        f"traceback in {log}"
    ]
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")
    assert "Traceback" not in result.output


@pytest.mark.parametrize("how", [["--debug"], []])
def test_debug_prints_the_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: list[str]
) -> None:
    import driftcheck.markup

    good = _write(tmp_path / "v.txt", GOOD)
    monkeypatch.setattr(driftcheck.markup, "read_document", _explode)
    env = {} if how else {"DRIFTCHECK_DEBUG": "1"}
    result = CliRunner(env=env).invoke(main, [*how, "check", str(good), str(good)])
    assert result.exit_code == 2
    assert "Traceback (most recent call last)" in result.stderr
    assert result.stderr.splitlines()[-1] == (
        "driftcheck: error: internal error (a bug in driftcheck): RuntimeError: boom"
    )


# --- inputs that are fine, or fine with a warning (these load the real model) -------------


def _json(result: Result) -> dict:  # type: ignore[type-arg]
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_explicit_encoding_reads_cp1252_with_its_curly_quotes(tmp_path: Path) -> None:
    text = SEED_ORIGINAL.read_text(encoding="utf-8")
    a = _write(tmp_path / "a.txt", text.encode("cp1252"))
    b = _write(tmp_path / "b.txt", text.encode("cp1252"))
    data = _json(
        _run(tmp_path, "check", str(a), str(b), "--encoding", "cp1252", "--format", "json")
    )
    assert data["findings"] == []
    assert any("“" in s["text"] for s in data["original"]["sentences"])


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-32"])
def test_byte_order_marks_are_read_and_offsets_count_from_the_text(
    tmp_path: Path, encoding: str
) -> None:
    text = SEED_ORIGINAL.read_text(encoding="utf-8")
    marked = _write(tmp_path / "marked.txt", text.encode(encoding))
    plain = _write(tmp_path / "plain.txt", text)
    data = _json(_run(tmp_path, "check", str(plain), str(marked), "--format", "json"))
    assert data["findings"] == []
    assert data["version"]["sentences"] == data["original"]["sentences"]
    first = data["version"]["sentences"][0]
    assert text[first["start"] : first["end"]] == first["text"]


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_offsets_point_into_the_file_as_written(tmp_path: Path, newline: str) -> None:
    original_text = SEED_ORIGINAL.read_text(encoding="utf-8").replace("\n", newline)
    version_text = SEED_VERSION.read_text(encoding="utf-8").replace("\n", newline)
    original = _write(tmp_path / "o.txt", original_text)
    version = _write(tmp_path / "v.txt", version_text)
    data = _json(_run(tmp_path, "check", str(original), str(version), "--format", "json"))
    assert data["findings"]
    texts = {"original": original_text, "version": version_text}
    for finding in data["findings"]:
        for side, text in texts.items():
            span = finding[side]
            if span is not None:
                assert text[span["start"] : span["end"]] == span["text"]
    # The text report's line:column finds the same words in the file split at its own breaks.
    report = _run(tmp_path, "check", str(original), str(version)).stdout
    file_lines = {side: text.split(newline) for side, text in texts.items()}
    positions = re.findall(r"^ {3}(original|version ) (\d+):(\d+)  (\S+)", report, re.M)
    assert positions
    for side, line, column, word in positions:
        at = file_lines[side.strip()][int(line) - 1][int(column) - 1 :]
        assert at.startswith(word), (side, line, column, word)


def test_the_same_path_twice_warns_and_is_clean(tmp_path: Path) -> None:
    article = _write(tmp_path / "a.txt", GOOD)
    result = _run(tmp_path, "check", str(article), f"{tmp_path}/./a.txt", "--format", "json")
    assert result.exit_code == 0
    assert _json(result)["findings"] == []
    assert result.stderr.splitlines()[0] == (
        f"driftcheck: warning: ORIGINAL and VERSION are the same file ({article}); "
        "checking it against itself"
    )


def test_identical_files_are_clean_without_warnings(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", SEED_VERSION.read_bytes())
    b = _write(tmp_path / "b.txt", SEED_VERSION.read_bytes())
    result = _run(tmp_path, "check", str(a), str(b), "--format", "json")
    assert result.exit_code == 0
    assert _json(result)["findings"] == []
    assert "warning" not in result.stderr


SPANISH = (
    "El ministro de Defensa afirmó el lunes que las tropas permanecerán en el país hasta que se "
    "cumplan las condiciones acordadas con el gobierno local, según informó la agencia. La "
    "decisión fue criticada por la oposición, que pidió un debate en el parlamento.\n"
)


def test_a_version_in_another_language_warns(tmp_path: Path) -> None:
    original = _write(tmp_path / "o.txt", SEED_ORIGINAL.read_bytes())
    version = _write(tmp_path / "es.txt", SPANISH)
    result = _run(tmp_path, "check", str(original), str(version), "--format", "json")
    warning = (
        f"driftcheck: warning: {version}: does not look like English (0% English function "
        "words) but the model is calibrated for English only; similarities across languages "
        "are unreliable: use a multilingual model with --model"
    )
    assert warning in result.stderr.splitlines()
    assert _json(result)["warnings"] == [warning.removeprefix("driftcheck: warning: ")]


@pytest.mark.parametrize("content", ["[]", '{"original": "o.txt"}'])
def test_evaluate_with_an_expected_file_of_the_wrong_shape(tmp_path: Path, content: str) -> None:
    report = _write(tmp_path / "r.json", "{}")
    expected = _write(tmp_path / "expected.json", content)
    _one_error(
        _run(tmp_path, "evaluate", str(report), str(expected)),
        f'{expected}: expected an object with "original" and "version" file names',
    )


def test_evaluate_with_a_report_that_is_not_json(tmp_path: Path) -> None:
    report = _write(tmp_path / "r.json", "{not json")
    expected = _write(tmp_path / "expected.json", "{}")
    _one_error(
        _run(tmp_path, "evaluate", str(report), str(expected)),
        f"{report}: not valid JSON (Expecting property name enclosed in double quotes at line 1)",
    )
