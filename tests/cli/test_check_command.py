"""The check command: the script against the function, exit codes, the reports it writes, its options."""

from __future__ import annotations

import functools
import io
import json
import shutil
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any, TextIO

import pytest

from aifigures import Article, Kind, Report, check, load_articles, load_references
from aifigures.check import Checked
from aifigures.cli import main
from aifigures.io.report import FORMATS
from aifigures.io.report.summary import Summary, summarise

SEEDS = Path(__file__).parents[2] / "seeds"


@functools.cache
def seed_report() -> Report:
    """The check of the seed articles with their references, made once (at first use, not at collection)."""
    return check(load_articles([str(SEEDS)])[0], references=load_references(str(SEEDS / "references.csv")))


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_script_and_function_give_the_same_findings() -> None:
    code, out, _ = run("check", str(SEEDS), "--references", str(SEEDS / "references.csv"), "--format", "json")
    document = json.loads(out)
    rows = document["findings"]
    assert document["summary"]["findings"] == len(rows)
    assert code == 1
    assert [(r["code"], r["kind"], [a["start"] for a in r["amounts"]]) for r in rows] == [
        (f.code, f.kind.value, [p.start for p in f.amounts]) for f in seed_report().findings
    ]
    for r in rows:
        assert set(r) >= {"code", "kind", "severity", "message", "amounts"}
        assert r["kind"] in {k.value for k in Kind}
        assert all(set(a) == {"article", "start", "end", "text", "place"} for a in r["amounts"])


def test_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text("Keltron investierte 2023 genau 5 Mrd. Euro.", encoding="utf-8")
    assert run("check", str(tmp_path))[0] == 0
    (tmp_path / "bad.jsonl").write_text('{"id": "a", "text": "5 Mrd. Euro"}\n{kaputt\n', encoding="utf-8")
    code, out, err = run("check", str(tmp_path), "--format", "json")
    assert code == 2
    assert "bad.jsonl:2: unusable line" in err
    document = json.loads(out)  # ok.txt and record a were still checked: no finding
    assert (document["findings"], document["summary"]["articles"]) == ([], 2)
    assert [p["input"] for p in document["summary"]["problems"]] == [f"{tmp_path / 'bad.jsonl'}:2"]
    code, _, err = run("check", str(tmp_path / "nowhere"))
    assert code == 2
    assert "no such file or folder" in err
    assert run("check")[0] == 2


def test_text_report_lines_up_and_counts() -> None:
    code, out, _ = run("check", str(SEEDS), "--references", str(SEEDS / "references.csv"))
    assert code == 1
    assert out.rstrip().endswith("5 articles, 23 amounts: 3 findings, 0 notes")
    assert "\033[" not in out  # colour only on a terminal


def test_jsonl_articles_with_partial_dates(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(
        json.dumps({"id": "x", "text": "Keltron investierte 2023 genau 5 Mrd. Euro.", "date": "2024"})
        + "\n"
        + json.dumps({"id": "y", "text": "Keltron investierte 2023 genau 50 Mrd. Euro.", "date": "2024-03"})
        + "\n"
        + "not json\n",
        encoding="utf-8",
    )
    arts, problems = load_articles([str(f)])
    assert [(a.id, str(a.date)) for a in arts] == [("x", "2024"), ("y", "2024-03")]
    assert len(problems) == 1
    assert "a.jsonl:3" in str(problems[0])
    assert [x.kind.value for x in check(arts).findings] == ["scale_error"]


HOSTILE = 'Keltron <script>alert("x")</script> investierte 2023 genau 5 Mrd. Euro <b onmouseover="x">.\n'


def _hostile_page(tmp_path: Path) -> Path:
    arts = [
        Article.of("evil<1>", HOSTILE, "2024-01-01"),
        Article.of("b", "Keltron investierte 2023 genau 50 Mrd. Euro.", "2024-01-01"),
    ]
    page = tmp_path / "report.html"
    page.write_text(FORMATS["html"](check(arts), arts), encoding="utf-8")
    return page


def test_html_escapes_untrusted_text(tmp_path: Path) -> None:
    page = _hostile_page(tmp_path).read_text(encoding="utf-8")
    assert "<script" not in page
    assert "onmouseover" not in page.replace("onmouseover=&quot;", "")
    assert "&lt;script&gt;" in page
    assert '<a href="#a-evil-1--' in page  # the finding links to the passage


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed on this machine")
def test_html_renders_in_headless_chromium(tmp_path: Path) -> None:
    page = _hostile_page(tmp_path)
    proc = subprocess.run(  # noqa: S603 - a fixed local browser on our own page
        [
            str(shutil.which("chromium")),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert "scale_error" in proc.stdout
    assert "<script>" not in proc.stdout
    assert "<mark" in proc.stdout


def test_python_dash_m_check() -> None:
    proc = subprocess.run(  # noqa: S603 - this interpreter
        [
            sys.executable,
            "-m",
            "aifigures",
            "check",
            str(SEEDS),
            "--references",
            str(SEEDS / "references.csv"),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 1
    assert len(json.loads(proc.stdout)["findings"]) == len(seed_report().findings)


def test_progress_bar_on_request(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"Keltron investierte 2023 genau {i + 5} Mrd. Euro.", encoding="utf-8")
    code, _, err = run("check", str(tmp_path), "--progress")
    assert code == 1
    assert "checking" in err
    assert "3 articles" in err  # (read as a stream: the bar counts what was read, with no total)
    assert "amounts=3" in err
    assert run("check", str(tmp_path), "--no-progress")[2] == ""


def test_a_legacy_encoding_is_read_and_the_fallback_reported(tmp_path: Path) -> None:
    """Windows-1252 text (an archive from before UTF-8) is read, with a note saying so; the exit stays 0."""
    (tmp_path / "alt.txt").write_bytes("Die Stadt zahlte 5 Mio. \u20ac für die Brücke.".encode("cp1252"))
    code, out, err = run("check", str(tmp_path), "--format", "json")
    assert code == 0
    assert "alt.txt: not UTF-8" in err
    assert "cp1252" in err
    assert json.loads(out)["summary"]["amounts"] == 1
    code, _, err = run("check", str(tmp_path), "--encoding", "cp1252")
    assert (code, err) == (0, "")


def test_standard_input_as_text_or_json_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """``-`` reads standard input: one article, or JSON lines when it opens with '{'."""
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Keltron zahlte 5 Mrd. Euro.")))
    code, out, _ = run("extract", "-", "--format", "json")
    assert (code, [a["article"] for a in json.loads(out)["amounts"]]) == (0, ["-"])
    lines = "\n".join(json.dumps({"id": i, "text": "Keltron zahlte 5 Mrd. Euro."}) for i in ("x", "y"))
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    code, out, _ = run("extract", "-", "--format", "json")
    assert (code, [a["article"] for a in json.loads(out)["amounts"]]) == (0, ["x", "y"])


@pytest.mark.parametrize("code", ["usd", "Usd", "USD"])
def test_currency_codes_are_case_insensitive(code: str) -> None:
    status, out, _ = run("check", str(SEEDS), "--currency", code, "--format", "json")
    assert status == 1
    assert json.loads(out)["findings"]


@pytest.mark.parametrize("code", ["XYZ", "EURO", "12"])
def test_an_unknown_currency_is_a_usage_error_before_anything_is_read(code: str) -> None:
    status, out, err = run("check", "nowhere-at-all", "--currency", code)
    assert (status, out) == (2, "")
    assert f"--currency {code}" in err
    assert "ISO 4217" in err
    assert "nowhere-at-all" not in err  # refused before the inputs were looked at


def test_the_text_report_places_amounts_by_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Titel\n\nKeltron investierte 2023 rund 5 Mrd. Euro.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Keltron investierte 2023 rund 50 Mrd. Euro.", encoding="utf-8")
    code, out, _ = run("check", str(tmp_path), "--date", "2024-01")
    assert code == 1
    assert "a.txt:3:26" in out  # line 3, column 26: where "rund 5 Mrd. Euro" starts
    assert "b.txt:1:26" in out


def test_the_summary_counts_what_could_not_be_compared(tmp_path: Path) -> None:
    """An undated conversion right on some days only is a comparison not made: the summary says so."""
    text = "Die Firma zahlte 100 Millionen Dollar, umgerechnet 90 Millionen Euro."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    code, out, _ = run("check", str(tmp_path))
    assert code == 0
    assert "1 comparison could not be made (1 no date)" in out
    _, out, _ = run("check", str(tmp_path), "--format", "json")
    assert json.loads(out)["summary"]["not_compared"] == 1
    assert json.loads(out)["summary"]["not_compared_why"] == {"no date": 1}


def test_the_summary_counts_files_records_and_articles(tmp_path: Path) -> None:
    """Three text files and a JSON-lines file of three records, one unusable: 4 files, 6 records, 5 articles."""
    (tmp_path / "a.txt").write_text("Keltron investierte 2023 rund 5 Mrd. Euro.", encoding="utf-8")
    (tmp_path / "b.md").write_text("Aldona investierte 2023 rund 7 Mrd. Euro.", encoding="utf-8")
    lines = ['{"id": "r1", "text": "Eins."}', "{not json", '{"id": "r2", "text": "Zwei."}']
    (tmp_path / "c.jsonl").write_text("\n".join(lines), encoding="utf-8")
    (tmp_path / "d.txt").write_bytes(b"")  # read, an article without amounts
    code, out, _ = run("check", str(tmp_path), "--format", "json")
    summary = json.loads(out)["summary"]
    assert code == 2  # one line could not be used
    assert (summary["files"], summary["records"], summary["articles"]) == (4, 6, 5)
    assert [p["input"].rsplit("/", 1)[-1] for p in summary["problems"]] == ["c.jsonl:2"]
    _, text, _ = run("check", str(tmp_path))
    assert "4 files read, 6 records; 5 articles" in text


def test_the_json_report_follows_its_schema(tmp_path: Path) -> None:
    """docs/report.schema.json describes every field the JSON report writes, with findings, notes and problems."""
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema is in the test extra")
    schema = json.loads((Path(__file__).parents[2] / "docs" / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    (tmp_path / "a.txt").write_text(
        "Die Firma zahlte 100 Millionen Dollar, umgerechnet 90 Millionen Euro.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text("Keltron investierte 2023 rund 5 Mrd. Euro.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Keltron investierte 2023 rund 50 Mrd. Euro.", encoding="utf-8")
    (tmp_path / "d.jsonl").write_text("{broken\n", encoding="utf-8")
    code, out, _ = run("check", str(tmp_path), "--format", "json", "--notes")
    document = json.loads(out)
    assert code == 2
    assert document["findings"]
    assert document["notes"]
    assert document["summary"]["problems"]
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    seeds = Path(__file__).parents[2] / "seeds"
    _, out, _ = run("check", str(seeds), "--references", str(seeds / "references.csv"), "--format", "json", "--notes")
    jsonschema.validate(json.loads(out), schema, cls=jsonschema.Draft202012Validator)


def test_the_html_report_is_english_around_german_text(tmp_path: Path) -> None:
    page = _hostile_page(tmp_path).read_text(encoding="utf-8")
    assert '<html lang="en">' in page
    assert '<pre lang="de">' in page
    assert "Findings (1)" in page


def test_tolerances_are_set_on_the_command_line_and_listed_in_the_summary(tmp_path: Path) -> None:
    text = "Die Firma zahlte 100 Millionen Dollar, umgerechnet rund 95 Millionen Euro."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    code, out, _ = run("check", str(tmp_path), "--date", "2024-01-10", "--format", "json")
    assert (code, json.loads(out)["summary"]["settings"]["approx"]) == (0, "0.05")
    code, out, _ = run("check", str(tmp_path), "--date", "2024-01-10", "--format", "json", "--tolerance", "approx=0.01")
    assert (code, json.loads(out)["summary"]["settings"]["approx"]) == (1, "0.01")
    code, _, err = run("check", str(tmp_path), "--tolerance", "approx=viel")
    assert code == 2
    assert "'approx=viel'" in err


def test_any_number_of_jobs_gives_the_same_report(tmp_path: Path) -> None:
    """The articles are read in several processes; the report is byte for byte the one of one process."""
    from corpus import generated  # noqa: PLC0415 - tests/corpus.py: a corpus with injected errors

    for a in generated(100):  # 300 articles: enough for the stage to use processes (aifigures.check.stage)
        (tmp_path / f"{a.id}.txt").write_text(a.text, encoding="utf-8")
    one = run("check", str(tmp_path), "--jobs", "1", "--format", "json", "--notes", "--date", "2024-01")
    two = run("check", str(tmp_path), "--jobs", "2", "--format", "json", "--notes", "--date", "2024-01")
    assert one == two
    assert json.loads(one[1])["findings"]


@pytest.mark.parametrize("jobs", ["0", "-2", "viele"])
def test_jobs_must_be_a_positive_number(jobs: str) -> None:
    code, _, err = run("check", str(SEEDS), "--jobs", jobs)
    assert code == 2
    assert f"--jobs {jobs}" in err


def test_a_newsroom_archive_is_read_whole_and_its_problems_named(tmp_path: Path) -> None:
    """3 outlets x 20 articles of the same file names, month-name datelines, an Excel dates.csv, one bad file."""
    months = ["Januar", "Februar", "März", "April"]
    for outlet in ("zeitung_a", "zeitung_b", "zeitung_c"):
        folder = tmp_path / outlet
        folder.mkdir()
        for n in range(1, 21):
            dateline = f"Berlin, {n}. {months[n % 4]} 2024 – " if outlet != "zeitung_c" else ""
            text = f"{dateline}Die Stadtwerke Nummer {n} investieren {n} Millionen Euro in Netze."
            (folder / f"artikel_{n:02}.txt").write_text(text, encoding="utf-8")
    rows = "".join(f"artikel_{n:02}.txt;2024-06-{n:02}\r\n" for n in range(1, 21))
    (tmp_path / "zeitung_c" / "dates.csv").write_bytes(("\ufeffdatei;datum\r\n" + rows).encode())
    (tmp_path / "zeitung_c" / "kaputt.jsonl.gz").write_bytes(b"not gzip at all")
    code, out, err = run("check", str(tmp_path), "--format", "json")
    summary = json.loads(out)["summary"]
    assert code == 2  # one input could not be used; every other article was checked
    assert (summary["files"], summary["records"], summary["articles"]) == (61, 60, 60)
    assert [p["input"] for p in summary["problems"]] == [str(tmp_path / "zeitung_c" / "kaputt.jsonl.gz")]
    assert "kaputt.jsonl.gz: cannot read" in err
    articles, _ = load_articles(tmp_path)
    assert len({a.id for a in articles}) == 60
    dated = {a.id: str(a.date) for a in articles}
    assert dated["zeitung_a/artikel_03.txt"] == "2024-04-03"  # the dateline's month name
    assert dated["zeitung_c/artikel_03.txt"] == "2024-06-03"  # the dates file with a BOM, ';' and CRLF


def test_a_report_prints_short_and_renders_through_public_methods() -> None:
    arts = [
        Article("a", "Keltron investierte 2023 rund 5 Mrd. Euro.", "2024-01-10"),
        Article("b", "Keltron investierte 2023 rund 50 Mrd. Euro.", "2024-01-12"),
    ]
    report = check(arts)
    assert str(report) == "Report: 1 finding (1 AF101 scale_error), 0 notes, 2 articles, 2 amounts"
    assert "a:1:26" in report.to_text(arts)  # placed by line and column where the texts are given
    assert json.loads(report.to_json())["summary"]["findings"] == 1
    assert report.to_html(arts).startswith("<!DOCTYPE html>")


def test_json_lines_give_one_finding_per_line_and_the_summary_last(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Keltron investierte 2023 rund 5 Mrd. Euro.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Keltron investierte 2023 rund 50 Mrd. Euro.", encoding="utf-8")
    (tmp_path / "c.txt").write_text(
        "Die Firma zahlte 100 Millionen Dollar, umgerechnet 90 Millionen Euro.", encoding="utf-8"
    )
    code, out, _ = run("check", str(tmp_path), "--date", "2024-01", "--format", "jsonl")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 1
    assert [r.get("kind") for r in rows[:-1]] == ["scale_error"]  # notes only with --notes
    assert rows[-1]["summary"]["findings"] == 1
    _, out, _ = run("check", str(tmp_path), "--format", "jsonl", "--notes")
    assert "unverifiable" in [json.loads(line).get("kind") for line in out.splitlines()]


def test_json_lines_written_as_the_findings_are_read_are_the_lines_of_the_report_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    given = tmp_path / "in"
    given.mkdir()
    (given / "a.txt").write_text("Keltron baut aus.\nKeltron investierte 2023 rund 5 Mrd. Euro.", encoding="utf-8")
    (given / "b.txt").write_text("Keltron investierte 2023 rund 50 Mrd. Euro.", encoding="utf-8")
    (given / "c.txt").write_text("Sie zahlte 100 Millionen Dollar, umgerechnet 90 Millionen Euro.", encoding="utf-8")
    (given / "d.jsonl").write_text(
        '{"id": "d", "text": "Lorbach zahlte 5,3 Milliarden Euro, um 600 Millionen Euro zu viel."}\n{kaputt\n',
        encoding="utf-8",
    )
    out_file = tmp_path / "report.jsonl"
    argv = ("check", str(given), "--format", "jsonl", "--notes")
    streamed = run(*argv)
    assert main([*argv, "--output", str(out_file)], io.StringIO(), io.StringIO()) == streamed[0]
    written = out_file.read_text(encoding="utf-8")

    def in_memory(checked: Any, where: Any, out: TextIO, *, notes: bool) -> Summary:  # noqa: ARG001
        report = checked.report()
        out.write(FORMATS["jsonl"](report, load_articles([str(given)])[0], notes=notes))
        return summarise(report)

    monkeypatch.setattr("aifigures.io.report.jsonl.write", in_memory)
    held = run(*argv)
    assert streamed == held
    assert written == held[1]
    kinds = [json.loads(line).get("kind") for line in held[1].splitlines()]
    assert kinds == ["scale_error", "unverifiable", "revision", None]  # flags, notes (by place), the summary
    assert '"place": "a.txt:2:' in held[1]  # placed by line and column
    assert held[0] == 2  # an unusable line


def test_json_lines_are_written_without_the_findings_held_as_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("Keltron investierte 2023 rund 5 Mrd. Euro.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Keltron investierte 2023 rund 50 Mrd. Euro.", encoding="utf-8")

    def held(self: Checked) -> Report:
        raise AssertionError(self)

    monkeypatch.setattr(Checked, "report", held)
    code, out, _ = run("check", str(tmp_path), "--format", "jsonl")
    assert code == 1
    assert [json.loads(line).get("kind") for line in out.splitlines()] == ["scale_error", None]
    with pytest.raises(AssertionError):
        run("check", str(tmp_path), "--format", "json")  # (a document is made from the report in memory)


def test_the_help_of_check_gives_its_exit_codes_and_examples() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "aifigures", "check", "--help"], capture_output=True, text=True, check=True
    )
    assert "exit codes:" in result.stdout
    assert "  2  an input could not be used" in result.stdout
    assert "aifigures check seeds/ --references seeds/references.csv" in result.stdout


def _png_pixels(png: bytes) -> bytes:
    """The filtered pixel rows of a PNG (its IDAT chunks, inflated): enough to tell a blank page."""
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    pos, idat = 8, b""
    while pos < len(png):
        length = int.from_bytes(png[pos : pos + 4], "big")
        kind = png[pos + 4 : pos + 8]
        if kind == b"IDAT":
            idat += png[pos + 8 : pos + 8 + length]
        pos += 12 + length
    return zlib.decompress(idat)


@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed on this machine")
def test_the_seeds_report_is_drawn_by_chromium_and_not_blank(tmp_path: Path) -> None:
    page = tmp_path / "seeds.html"
    run("check", str(SEEDS), "--references", str(SEEDS / "references.csv"), "--format", "html", "--output", str(page))
    shot = tmp_path / "seeds.png"
    subprocess.run(  # noqa: S603 - a fixed local browser on our own page
        [
            str(shutil.which("chromium")),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--window-size=1200,1600",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=90,
        check=True,
    )
    pixels = _png_pixels(shot.read_bytes())
    assert len(set(pixels)) > 64  # text, marks and borders: a blank or one-colour page has a handful of values
    assert pixels.count(255) < 0.995 * len(pixels)  # not all white


def test_the_html_report_opens_with_tables_by_rule_and_by_article() -> None:
    _, page, _ = run("check", str(SEEDS), "--references", str(SEEDS / "references.csv"), "--format", "html")
    assert "<caption>By rule</caption>" in page
    assert '<tr><td><a href="#AF106">AF106</a></td><td>conflict</td><td>error</td><td>1</td></tr>' in page
    assert '<a href="#article-003-04e0f95e4107c13c-txt">003_04e0f95e4107c13c.txt</a></td><td>2</td>' in page
    assert '<h3 id="AF101">AF101 scale_error (1)</h3>' in page  # findings grouped under their rule


def test_a_revision_is_a_notice_listed_in_json_without_notes_and_no_flag(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Die Sanierung der Halle kostet nun 14 Millionen Euro. Ursprünglich waren 9 Millionen Euro veranschlagt.",
        encoding="utf-8",
    )
    code, out, _ = run("check", str(tmp_path), "--format", "json")
    document = json.loads(out)
    assert code == 0  # a note never sets the exit code
    assert document["findings"] == []
    assert [(n["kind"], n["severity"]) for n in document["notes"]] == [("revision", "notice")]
    assert [a["text"] for a in document["notes"][0]["amounts"]] == ["9 Millionen Euro", "14 Millionen Euro"]


def test_check_reads_json_lines_from_standard_input_and_reports_their_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Standard input is read as a stream, kept in a temporary file, and read again for the report's lines."""
    texts = {"a": "Keltron investierte 2023 rund 5 Mrd. Euro.", "b": "Keltron investierte 2023 rund 50 Mrd. Euro."}
    lines = "\n".join(json.dumps({"id": k, "text": t, "date": "2024-01-10"}) for k, t in texts.items())
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(lines.encode())))
    code, out, err = run("check", "-", "--format", "text", "--no-progress")
    assert (code, err) == (1, "")
    assert "AF101 scale_error" in out
    assert "a:1:26" in out
    assert "b:1:26" in out  # where each figure stands, from its text read again from the kept input
