"""The command line: `aifigures extract` on files and folders, its formats and exit codes."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from aifigures.cli import main

SEEDS = Path(__file__).parents[2] / "seeds"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_extract_table_on_the_seeds() -> None:
    code, out, err = run("extract", str(SEEDS))
    assert (code, err) == (0, "")
    assert "mindestens 380 Milliarden Renminbi" in out
    assert out.rstrip().endswith("23 amounts")


def test_extract_json_lines_carry_the_amount_fields(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Baidu investierte 4,2 Milliarden Yuan im ersten Halbjahr 2024.", encoding="utf-8")
    code, out, _ = run("extract", "--format", "json", str(f))
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0
    assert rows == [
        {
            "article": "a.txt",
            "text": "4,2 Milliarden Yuan",
            "start": 18,
            "end": 37,
            "value": "4200000000",
            "low": None,
            "high": None,
            "currency": "CNY",
            "qualifier": "exact",
            "period": "half_year",
        }
    ]


def test_unreadable_input_exits_2_and_the_rest_is_still_reported(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Kosten: 5 Mio. Euro.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe 5 Mio. Euro \x80")
    code, out, err = run("extract", str(tmp_path), str(tmp_path / "missing.txt"))
    assert code == 2
    assert "5 Mio. Euro" in out
    assert "bad.txt: not UTF-8 text" in err
    assert "missing.txt: no such file or folder" in err


def test_usage_error_exits_2() -> None:
    code, _, _ = run("nonsense")
    assert code == 2
    code, _, err = run()
    assert code == 2
    assert "a command is required" in err


def test_version_names_the_build() -> None:
    code, out, err = run("--version")
    assert (code, err) == (0, "")
    assert out.startswith("aifigures 0.1.0, extraction: ")
    assert out.rstrip().endswith(("plain Python", "compiled (mypyc)"))


def test_python_dash_m_runs_the_same_command() -> None:
    proc = subprocess.run(  # noqa: S603 - runs this interpreter on the seeds
        [sys.executable, "-m", "aifigures", "extract", "--format", "json", str(SEEDS)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(proc.stdout.splitlines()) == 23
