"""The command line: the main job on raw/, one-line errors, atomic output, documented commands."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from hpextract.cli import app

from .conftest import DATA

ROOT = Path(__file__).parent.parent
runner = CliRunner()


def hpextract(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the installed console script as a user would."""
    return subprocess.run(
        [sys.executable, "-c", "from hpextract.cli import app; app()", *args],
        cwd=cwd, capture_output=True, text=True, timeout=300, env={**os.environ, "COLUMNS": "120"},
    )


def test_extract_with_no_arguments_reads_raw_and_writes_output(tmp_path: Path) -> None:
    (tmp_path / "raw").mkdir()
    shutil.copy(DATA / "v2021.pdf", tmp_path / "raw" / "v2021.pdf")
    before = (tmp_path / "raw" / "v2021.pdf").read_bytes()
    result = hpextract("extract", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "output" / "v2021.json").read_text(encoding="utf-8"))
    assert len(data["items"]) == 19
    assert "v2021.pdf" in result.stdout and "19" in result.stdout
    assert (tmp_path / "raw" / "v2021.pdf").read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "output").iterdir()) == ["v2021.json"]


def test_two_runs_give_byte_identical_json(tmp_path: Path) -> None:
    for run in ("a", "b"):
        result = runner.invoke(app, ["extract", str(DATA / "seed_ocr.txt"), "-o", str(tmp_path / f"{run}.json")])
        assert result.exit_code == 0, result.output
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.pdf", "no such file"),
        (lambda d: _write(d / "empty.pdf", b""), "empty"),
        (lambda d: _write(d / "noise.pdf", bytes(range(256)) * 8), "not a PDF"),
        (lambda d: _write(d / "cut.pdf", (DATA / "v2021.pdf").read_bytes()[:3000]), "cut.pdf"),
        (lambda d: d, "no .pdf or .txt reports"),
    ],
)
def test_bad_input_gets_one_line_and_exit_1(tmp_path: Path, make, message: str) -> None:
    target = make(tmp_path)
    out = tmp_path / "out"
    result = hpextract("extract", str(target), "-o", str(out), cwd=tmp_path)
    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert not out.exists() or not any(out.iterdir())


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_refuses_to_overwrite_a_foreign_file(tmp_path: Path) -> None:
    target = tmp_path / "notes.json"
    target.write_text("my notes", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(DATA / "seed_ocr.txt"), "-o", str(target)])
    assert result.exit_code == 1
    assert target.read_text(encoding="utf-8") == "my notes"
    forced = runner.invoke(app, ["extract", str(DATA / "seed_ocr.txt"), "-o", str(target), "--force"])
    assert forced.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["source"]["file"] == "seed_ocr.txt"


def test_refuses_to_write_into_raw(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(DATA / "seed_ocr.txt"), "-o", str(tmp_path / "raw")])
    assert result.exit_code == 1
    assert not (tmp_path / "raw").exists()


def test_validate_names_the_first_error(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    assert runner.invoke(app, ["extract", str(DATA / "seed_ocr.txt"), "-o", str(good)]).exit_code == 0
    bad = tmp_path / "bad.json"
    data = json.loads(good.read_text(encoding="utf-8"))
    data["items"][2]["number"] = [3]
    bad.write_text(json.dumps(data), encoding="utf-8")
    assert runner.invoke(app, ["validate", str(good)]).exit_code == 0
    result = hpextract("validate", str(bad), cwd=tmp_path)
    assert result.returncode == 1
    assert "$.items[2].number" in result.stderr


def test_schema_command_prints_the_shipped_schema() -> None:
    result = runner.invoke(app, ["schema"])
    shipped = (ROOT / "src" / "hpextract" / "schemas" / "report.schema.json").read_text(encoding="utf-8")
    assert result.exit_code == 0 and result.output == shipped


def test_version() -> None:
    from hpextract import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_every_option_is_documented_in_the_readme() -> None:
    from typer.main import get_command

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in get_command(app).commands.items():
        for param in command.params:
            for option in [*param.opts, *param.secondary_opts]:
                if option.startswith("--"):
                    assert option in readme, f"README does not document `hpextract {name} {option}`"


def test_every_command_is_documented_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    commands = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert commands
    for command in commands:
        assert re.search(rf"hpextract {command}\b", readme), f"README does not document `hpextract {command}`"
