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
    code, out, _ = run("extract", "--format", "jsonl", str(f))
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
    legacy = tmp_path / "legacy.txt"
    legacy.write_bytes("Kosten: 7 Mio. \u20ac.".encode("cp1252"))
    code, out, err = run("extract", str(tmp_path), str(tmp_path / "missing.txt"))
    assert code == 2
    assert "5 Mio. Euro" in out
    assert "7 Mio. \u20ac" in out  # read in Windows-1252, and said so
    assert "legacy.txt: not UTF-8" in err
    assert "missing.txt: no such file or folder" in err
    code, _, err = run("extract", str(tmp_path), "--encoding", "ascii")
    assert code == 2  # an encoding asked for is not second-guessed
    assert "legacy.txt: not ascii text" in err


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
        [sys.executable, "-m", "aifigures", "extract", "--format", "jsonl", str(SEEDS)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert len(proc.stdout.splitlines()) == 23


def test_extract_json_is_one_document_with_a_summary(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Keltron zahlte 5 Mrd. Euro.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text("{kaputt\n", encoding="utf-8")
    code, out, _ = run("extract", "--format", "json", str(tmp_path))
    document = json.loads(out)
    assert code == 2
    assert [a["text"] for a in document["amounts"]] == ["5 Mrd. Euro"]
    assert document["summary"]["articles"] == 1
    assert [p["input"] for p in document["summary"]["problems"]] == [f"{tmp_path / 'b.jsonl'}:1"]


def test_extract_default_currency_for_a_swiss_corpus(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Der Umsatz lag bei 12 Millionen.", encoding="utf-8")
    _, out, _ = run("extract", "--format", "jsonl", "--default-currency", "chf", str(tmp_path))
    assert json.loads(out)["currency"] == "CHF"
