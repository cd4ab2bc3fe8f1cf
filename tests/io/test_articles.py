"""Articles in, reports out: the one loader, dates given in any form, and the reports by name."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from aifigures import (
    AifiguresError,
    Article,
    CurrencyError,
    InvalidArticleError,
    PeriodError,
    Reference,
    check,
    load_articles,
    load_references,
)
from aifigures.cli import main
from aifigures.io.articles import dateline, read_inputs, stream_inputs
from aifigures.io.references import read_references
from aifigures.io.report import FORMATS


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out, err)
    return code, out.getvalue(), err.getvalue()


def test_an_article_dated_with_a_date_object_is_checked() -> None:
    a = Article("a", "Keltron investierte 2023 rund 5 Mrd. Euro.", dt.date(2024, 1, 10))
    b = Article("b", "Keltron investierte 2023 rund 50 Mrd. Euro.", dt.date(2024, 1, 12))
    assert a.date is not None
    assert str(a.date) == "2024-01-10"
    assert [f.kind.value for f in check([a, b]).findings] == ["scale_error"]


def test_an_article_without_text_is_named_in_the_error() -> None:
    with pytest.raises(InvalidArticleError, match="article 'x7'"):
        Article("x7", None)  # type: ignore[arg-type]
    with pytest.raises(InvalidArticleError, match="article 5: its id must be"):
        Article(5, "Text")  # type: ignore[arg-type]
    with pytest.raises(PeriodError, match="article 'x8'"):
        Article("x8", "Text", "im Frühling")


def test_the_date_option_dates_json_lines_records_without_one(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(
        json.dumps({"id": "r1", "text": "Ohne Datum."})
        + "\n"
        + json.dumps({"id": "r2", "text": "Mit.", "date": "2023"}),
        encoding="utf-8",
    )
    articles, problems = load_articles([str(f)], date="2024-05")
    assert problems == []
    assert [(a.id, str(a.date)) for a in articles] == [("r1", "2024-05"), ("r2", "2023")]


def test_extract_reads_what_check_reads(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"id": "r1", "text": "Es kostet 5 Mio. Euro."}) + "\n", "utf-8")
    code, out, err = run("extract", "--format", "jsonl", str(tmp_path))
    assert (code, err) == (0, "")
    assert [json.loads(line)["article"] for line in out.splitlines()] == ["r1"]


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_every_registered_format_is_offered_and_renders(tmp_path: Path, name: str) -> None:
    (tmp_path / "a.txt").write_text("Keltron investierte 2023 rund 5 Mrd. Euro.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Keltron investierte 2023 rund 50 Mrd. Euro.", encoding="utf-8")
    code, out, _ = run("check", str(tmp_path), "--date", "2024-01", "--format", name)
    assert code == 1
    assert "AF101" in out


def test_rates_are_chosen_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Norvia zahlte 760 Mio. Yuan (etwa 100 Mio. Euro).", encoding="utf-8")
    rates = tmp_path / "rates.csv"  # newest first, as the ECB writes it
    rates.write_text("Date,CNY,\n2024-05-03,9.5,\n2024-05-02,9.5,\n", encoding="utf-8")
    assert run("check", str(tmp_path), "--date", "2024-05-02")[0] == 0  # right at the ECB's rate (about 7.7)
    code, out, _ = run("check", str(tmp_path), "--date", "2024-05-02", "--rates", str(rates))
    assert code == 1  # at 9.5 it is 80 Mio. Euro
    assert "AF102" in out
    code, _, err = run("check", str(tmp_path), "--rates", str(tmp_path / "missing.csv"))
    assert code == 2
    assert "--rates" in err


def test_files_of_one_name_in_two_folders_are_two_articles(tmp_path: Path) -> None:
    for paper, value in (("zeitung_a", "5"), ("zeitung_b", "50")):
        (tmp_path / paper).mkdir()
        (tmp_path / paper / "artikel.txt").write_text(f"Keltron investierte 2023 rund {value} Mrd. Euro.", "utf-8")
    articles, problems = load_articles([str(tmp_path)])
    assert problems == []
    assert [a.id for a in articles] == ["zeitung_a/artikel.txt", "zeitung_b/artikel.txt"]
    assert [f.kind.value for f in check(articles).findings] == ["scale_error"]


def test_an_id_given_twice_is_a_problem_and_both_articles_are_checked(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    texts = ["Keltron investierte 2023 rund 5 Mrd. Euro.", "Keltron investierte 2023 rund 50 Mrd. Euro."]
    f.write_text("".join(json.dumps({"id": "r1", "text": t, "date": "2024-01-10"}) + "\n" for t in texts), "utf-8")
    articles, problems = load_articles([str(f)])
    assert [a.id for a in articles] == ["r1", "r1#2"]
    assert len(problems) == 1
    assert "'r1' is given again" in problems[0].reason
    report = check([Article("x", texts[0], "2024-01-10"), Article("x", texts[1], "2024-01-10")])
    assert [f.kind.value for f in report.findings] == ["scale_error"]
    assert [p.path for p in report.problems] == ["x"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        pytest.param("Berlin, 1. März 2024 – Der Konzern meldet ...", "2024-03-01", id="place_and_month_name"),
        pytest.param("ZÜRICH (awp) - 3. Mai 2024 - Die Bank ...", "2024-05-03", id="place_agency_and_dash"),
        pytest.param("Titel der Meldung\n\n28.08.2024\n\nText ...", "2024-08-28", id="a_numeric_date_on_its_own_line"),
        pytest.param("2024-02-01T10:00:00Z Nachrichten ...", "2024-02-01", id="an_iso_timestamp"),
        pytest.param("Das Gesetz tritt am 01.01.2027 in Kraft.", "None", id="a_date_inside_a_sentence_is_no_dateline"),
    ],
)
def test_datelines_as_newsrooms_write_them(text: str, date: str) -> None:
    assert str(dateline(text)) == date


def test_a_dates_file_written_by_excel_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Keltron investierte 2023 rund 5 Mrd. Euro.", encoding="utf-8")
    (tmp_path / "dates.csv").write_bytes("\ufefffile;date\r\na.txt;2024-01-10\r\n".encode())
    articles, problems = load_articles([str(tmp_path)])
    assert problems == []
    assert [str(a.date) for a in articles] == ["2024-01-10"]


def test_a_dates_file_with_german_headers_is_read_and_one_without_them_is_reported(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Keltron investierte 2023 rund 5 Mrd. Euro.", encoding="utf-8")
    (tmp_path / "dates.csv").write_text("Datei;Datum\na.txt;2024-01-10\nb.txt;\n", encoding="utf-8")
    articles, problems = load_articles([str(tmp_path)])
    assert [str(a.date) for a in articles] == ["2024-01-10"]
    assert [(p.reason, p.used) for p in problems] == [("a row without a file name and a date", True)]
    (tmp_path / "dates.csv").write_text("name,when\na.txt,2024-01-10\n", encoding="utf-8")
    articles, problems = load_articles([str(tmp_path)])
    assert [str(a.date) for a in articles] == ["None"]
    assert len(problems) == 1
    assert "no 'file' and 'date' columns" in problems[0].reason
    assert problems[0].used  # a warning: the article is still checked, undated


def test_a_record_dated_with_an_api_timestamp_is_read(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    f.write_text(json.dumps({"id": "r1", "text": "Text.", "date": "2024-02-01T10:00:00Z"}) + "\n", encoding="utf-8")
    articles, problems = load_articles([str(f)])
    assert (problems, [str(a.date) for a in articles]) == ([], ["2024-02-01"])


def test_one_path_may_be_given_as_a_str_or_a_path(tmp_path: Path) -> None:
    """`load_articles("folder")` reads the folder (it once iterated the characters of the name)."""
    (tmp_path / "a.txt").write_text("Es kostet 5 Mio. Euro.", encoding="utf-8")
    assert [a.id for a in load_articles(str(tmp_path))[0]] == ["a.txt"]
    assert [a.id for a in load_articles(tmp_path)[0]] == ["a.txt"]


def test_a_date_that_cannot_be_read_is_reported_and_the_article_kept(tmp_path: Path) -> None:
    rec = {"id": "r1", "text": "Es kostet 5 Mio. Euro.", "date": "im Frühling"}
    (tmp_path / "a.jsonl").write_text(json.dumps(rec) + "\n", encoding="utf-8")
    articles, problems = load_articles(tmp_path)
    assert [(a.id, a.date) for a in articles] == [("r1", None)]
    assert [(p.used, "checked as undated" in p.reason) for p in problems] == [(True, True)]
    assert check(articles, problems=problems).exit_code == 0


@pytest.mark.parametrize("written", ["usd", "Usd", " USD "])
def test_check_reads_a_currency_code_in_any_case(written: str) -> None:
    arts = [
        Article("a", "Keltron investierte 2023 rund 5 Mrd. Euro.", "2024-01"),
        Article("b", "Keltron investierte 2023 rund 50 Mrd. Euro.", "2024-01"),
    ]
    found = check(arts, currency=written).findings
    assert found
    assert found == check(arts, currency="USD").findings


def test_check_refuses_an_unknown_currency_before_reading() -> None:
    with pytest.raises(CurrencyError, match="ISO 4217"):
        check([Article("a", "5 Mio. Euro")], currency="EURO")


@pytest.mark.parametrize(
    ("written", "value"),
    [("700000000", "700000000"), ("191.4", "191.4"), ("700.000.000", "700000000"), ("191,4 Mio.", "191400000")],
)
def test_a_reference_value_may_be_written_as_german_news_writes_it(tmp_path: Path, written: str, value: str) -> None:
    f = tmp_path / "refs.csv"
    f.write_text(f'subject,value,currency,period,source\nKeltron,"{written}",EUR,year,Bericht\n', encoding="utf-8")
    assert [str(r.value) for r in load_references(str(f))] == [value]


def test_a_reference_value_with_two_readings_is_refused_naming_both(tmp_path: Path) -> None:
    f = tmp_path / "refs.csv"
    f.write_text("subject,value,currency,period,source\nKeltron,1.500,EUR,year,Bericht\n", encoding="utf-8")
    with pytest.raises(AifiguresError, match=r"refs.csv:2: column 'value': '1\.500' may be 1\.500 or 1500"):
        load_references(str(f))


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        pytest.param(
            {"subject": None, "value": Decimal(1), "currency": "EUR"}, "its subject must be words", id="no_subject"
        ),
        pytest.param(
            {"subject": "Zeta", "value": 1.5, "currency": "EUR"}, "must be a finite Decimal, got float", id="a_float"
        ),
        pytest.param({"subject": "Zeta", "value": Decimal(1), "currency": "eurx"}, "eurx", id="no_iso_code"),
    ],
)
def test_a_reference_checks_its_fields_and_names_itself(fields: dict[str, object], message: str) -> None:
    with pytest.raises(AifiguresError, match=re.escape(message)):
        Reference(**fields)  # type: ignore[arg-type]


def test_a_reference_currency_is_read_in_any_case() -> None:
    assert Reference("Zeta", Decimal(1), "usd").currency == "USD"


def test_a_bad_reference_row_is_named_and_the_others_are_used(tmp_path: Path) -> None:
    f = tmp_path / "refs.csv"
    f.write_text(
        "subject,value,currency\nZeta Kosten,40 Mio.,USD\nOmega,abc,USD\nSigma,5,XYZ\nTau Kosten,7,EUR\n",
        encoding="utf-8",
    )
    references, problems = read_references(str(f))
    assert [r.subject for r in references] == ["Zeta Kosten", "Tau Kosten"]
    assert [str(p) for p in problems] == [
        f"{f}:3: column 'value': 'abc' is no number",
        f"{f}:4: column 'currency': 'XYZ' is no ISO 4217 code",
    ]
    art = tmp_path / "a.txt"
    art.write_text("Die Trainingskosten von Zeta lagen bei 4 Mio. US-Dollar.", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    code = main(["check", str(art), "--references", str(f), "--date", "2024-02"], out, err)
    assert code == 2  # two rows could not be used; the others were, and found the slip
    assert "scale_error" in out.getvalue()
    assert "refs.csv:3: column 'value'" in err.getvalue()


def test_a_stream_of_inputs_reads_a_file_when_its_articles_are_asked_for(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "x", "text": "Eins."}\nkein JSON\n', encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "x", "text": "Zwei."}\n', encoding="utf-8")
    streamed = stream_inputs(tmp_path)
    assert streamed.counts().files == 0  # nothing read yet
    first = next(streamed.articles)
    assert (first.id, streamed.counts().files) == ("x", 1)
    rest = list(streamed.articles)
    whole = read_inputs(tmp_path)
    assert [first, *rest] == whole.articles
    assert [a.id for a in rest] == ["x#2"]
    assert list(streamed.problems) == whole.problems  # the unreadable line, then the id given again
    assert streamed.counts() == whole.counts


class _Lines:
    """Standard input's bytes, a line at a time, counting how many lines were taken."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines, self.taken = lines, 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> bytes:
        if self.taken == len(self.lines):
            raise StopIteration
        self.taken += 1
        return self.lines[self.taken - 1]


def test_json_lines_on_standard_input_are_read_as_they_come(monkeypatch: pytest.MonkeyPatch) -> None:
    given = _Lines([b"\n", b'{"id": "a", "text": "Eins."}\n', b'{"id": "b", "text": "Zwei."}\n', b"\n"])
    monkeypatch.setattr("sys.stdin", type("Stdin", (), {"buffer": given})())
    streamed = stream_inputs("-")
    assert next(streamed.articles).id == "a"
    assert given.taken == 2  # the blank line and the first record: not the rest
    assert [a.id for a in streamed.articles] == ["b"]


def test_text_on_standard_input_is_one_article(monkeypatch: pytest.MonkeyPatch) -> None:
    given = _Lines([b"\n", b"Die Stadt zahlt 5 Mio. Euro.\n", b"{kein JSON}\n"])
    monkeypatch.setattr("sys.stdin", type("Stdin", (), {"buffer": given})())
    (article,) = read_inputs("-").articles
    assert (article.id, article.text) == ("-", "\nDie Stadt zahlt 5 Mio. Euro.\n{kein JSON}\n")


def test_a_json_lines_file_is_never_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Its lines are read as its records are asked for; a line not in UTF-8 is read as Windows-1252, said once."""
    lines = [b'{"id": "a", "text": "Gr\xc3\xbc\xc3\x9fe."}\n', b'{"id": "b", "text": "5 Mio. \x80."}\n', b'{"id": "c"']
    (tmp_path / "mixed.jsonl").write_bytes(b"".join(lines))

    def whole(self: Path) -> bytes:
        raise AssertionError(f"{self} read whole")

    monkeypatch.setattr(Path, "read_bytes", whole)
    inputs = read_inputs(tmp_path)
    assert [a.text for a in inputs.articles] == ["Grüße.", "5 Mio. \u20ac."]
    cp1252, unusable = inputs.problems
    at = len(lines[0]) + lines[1].index(b"\x80")  # where the byte stands in the file
    assert f"at byte {at}" in cp1252.reason
    assert "Windows-1252" in cp1252.reason
    assert unusable.path.endswith("mixed.jsonl:3")


def test_extract_writes_json_lines_as_the_articles_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each article's amounts are written before the next article is read (memory stays flat)."""
    records = [{"id": k, "text": f"Keltron zahlte {k} Mio. Euro."} for k in ("4", "5", "6")]
    given = _Lines([(json.dumps(r) + "\n").encode() for r in records])
    monkeypatch.setattr("sys.stdin", type("Stdin", (), {"buffer": given})())
    taken_at_write: list[int] = []

    class Out(io.StringIO):
        def write(self, s: str) -> int:
            if s.strip():
                taken_at_write.append(given.taken)
            return super().write(s)

    out = Out()
    assert main(["extract", "-", "--format", "jsonl"], out, io.StringIO()) == 0
    assert [json.loads(line)["article"] for line in out.getvalue().splitlines()] == ["4", "5", "6"]
    assert taken_at_write == [1, 2, 3]
