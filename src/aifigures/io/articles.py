"""Articles and where they come from: plain text and Markdown files, folders, JSON lines, reference figures.

An article's date may be exact ("2024-08-28"), partial ("2024", "2024-03") or unknown. It is read, in
this order, from: a side file ``dates.csv`` (``file,date``) in the article's folder, the dateline in the
first lines of the text ("28.08.2024", "2024-09-20"), or nothing. Files that cannot be read are reported
by name and the rest is still loaded.

Text is read as UTF-8 (or the encoding asked for); a file that is not, as legacy archives in Windows-1252
(or Latin-1) are, is read in Windows-1252 and the fallback is reported (a note on an input still used).
``-`` reads standard input: JSON lines when its first non-blank character is ``{``, else one article.
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gzip
import itertools
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from aifigures.errors import AifiguresError, InvalidArticleError, PeriodError
from aifigures.language import date_words
from aifigures.normalise.dates import DateWindow, parse_date

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Iterator

__all__ = [
    "Article",
    "InputCounts",
    "Inputs",
    "LoadProblem",
    "StreamedInputs",
    "load_articles",
    "read_inputs",
    "stream_inputs",
]

_SUFFIXES = (".txt", ".md")
_DATELINE_CHARS = 600
_DATELINE_LINES = 3


@dataclass(frozen=True, init=False)
class Article:
    """One article: an id, its text, its (possibly partial) date and its source.

    `date` is kept as a `DateWindow`; a `datetime.date` or a text ("2024-03") given instead is read as one.
    """

    id: str
    text: str
    date: DateWindow | None = None
    source: str | None = None

    def __init__(
        self,
        id: str,  # noqa: A002 - the JSON-lines field is called "id"
        text: str,
        date: DateWindow | dt.date | str | None = None,
        source: str | None = None,
    ) -> None:
        """Check the text and read a date given as a `datetime.date` or a text."""
        if not isinstance(id, str) or not id:
            raise InvalidArticleError(f"article {id!r}: its id must be a non-empty str, got {type(id).__name__}")
        if not isinstance(text, str):
            raise InvalidArticleError(f"article {id!r}: its text must be a str, got {type(text).__name__}")
        if date is not None and not isinstance(date, DateWindow):
            try:
                date = parse_date(date)
            except (PeriodError, TypeError) as e:
                raise PeriodError(f"article {id!r}: its date cannot be read ({e})") from None
        object.__setattr__(self, "id", id)
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "date", date)
        object.__setattr__(self, "source", source)

    @classmethod
    def of(  # the JSON-lines field is called "id"
        cls,
        id: str,  # noqa: A002
        text: str,
        date: str | DateWindow | None = None,
        source: str | None = None,
    ) -> Article:
        """An article with its date given as text ("2024-08-28", "2024-03", "2024") or not at all."""
        return cls(id, text, None if date is None else parse_date(date), source)


@dataclass(frozen=True)
class LoadProblem:
    """An input that could not be used, and why; or, with `used`, something to know about an input used."""

    path: str
    reason: str
    used: bool = False
    """The input was still read (a legacy encoding read by fallback): a note, not an unusable input."""

    def __str__(self) -> str:
        """``path: reason``."""
        return f"{self.path}: {self.reason}"


def dateline(text: str) -> DateWindow | None:
    """The date of an article's dateline: at the start of one of its first lines, or after a place.

    "Berlin, 1. März 2024 – ...", "28.08.2024", "2024-02-01T10:00:00Z", "ZÜRICH (awp) - 3. Mai 2024": a date
    inside a sentence ("Das Gesetz tritt am 01.01.2027 in Kraft") is not the article's.

    >>> str(dateline("Berlin, 1. März 2024 – Der Konzern ...")), dateline("Das Gesetz tritt am 01.01.2027 in Kraft.")
    ('2024-03-01', None)
    """
    lines = [line for line in text[:_DATELINE_CHARS].splitlines() if line.strip()][:_DATELINE_LINES]
    for line in lines:
        m = _dateline_re().match(line)
        if m is None:
            continue
        try:
            return parse_date(m.group("date").replace(" ", ""))
        except PeriodError:
            try:
                return parse_date(m.group("date"))
            except PeriodError:
                continue
    return None


@functools.cache
def _dateline_re() -> re.Pattern[str]:
    """A date at the start of a line, or after a place or agency and a comma or dash; month names are data."""
    months = "|".join(re.escape(m) for names in date_words().months for m in sorted(names, key=len)[::-1])
    date = (
        r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{4}|\d{4}-\d{2}-\d{2}(?=$|[T\s,;–—-])"
        rf"|\d{{1,2}}\.\s*(?:{months})\.?\s+\d{{4}})"
    )
    place = r"(?:[^\W\d][\w.\-/ ]{0,40}?(?:\s*\([^()]{1,20}\))?\s*[,–—-]\s*)?"
    return re.compile(rf"\s*{place}{date}(?![\d.]\d)", re.IGNORECASE)


def _side_dates(folder: Path, problems: list[LoadProblem]) -> dict[str, str]:
    side = folder / "dates.csv"
    if not side.is_file():
        return {}
    out: dict[str, str] = {}
    try:
        with side.open(encoding="utf-8-sig", newline="") as f:  # a BOM, as Excel writes it, is no part of "file"
            sample = f.read(2048)
            f.seek(0)
            delimiter = ";" if sample.count(";") > sample.count(",") else ","  # Excel in German writes ";"
            reader = csv.reader(f, delimiter=delimiter)
            header = [h.strip().lower() for h in next(reader, [])]
            file_col, date_col = _column(header, _FILE_COLUMNS), _column(header, _DATE_COLUMNS)
            if file_col is None or date_col is None:
                reason = f"no 'file' and 'date' columns in its header {header}: its articles are read undated"
                problems.append(LoadProblem(str(side), reason, used=True))
                return {}
            for n, row in enumerate(reader, start=2):
                if not any(cell.strip() for cell in row):
                    continue
                if len(row) <= max(file_col, date_col) or not row[file_col].strip() or not row[date_col].strip():
                    problems.append(LoadProblem(f"{side}:{n}", "a row without a file name and a date", used=True))
                    continue
                out[row[file_col].strip()] = row[date_col].strip()
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        problems.append(LoadProblem(str(side), f"cannot read the dates file ({e})"))
    return out


_FILE_COLUMNS = ("file", "datei", "dateiname", "filename")
_DATE_COLUMNS = ("date", "datum")


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    """The index of the first column named one of `names` (English or German), or None."""
    return next((i for i, h in enumerate(header) if h in names), None)


PathArg = str | os.PathLike[str]


@dataclass(frozen=True)
class InputCounts:
    """How much was read: the files opened (standard input counts as one), and the records in them.

    A record is a line of JSON lines, a row of Parquet, or a whole text file; each that can be used is one
    article.
    """

    files: int
    records: int


@dataclass(frozen=True)
class Inputs:
    """What `read_inputs` read: the articles, every input that could not be used, and the counts."""

    articles: list[Article]
    problems: list[LoadProblem]
    counts: InputCounts


@dataclass
class _Reading:
    """How the inputs are read: the date of undated articles, the encoding, and what went wrong so far."""

    date: str | None
    encoding: str
    problems: list[LoadProblem]
    stdin: Path | None = None
    """A file that holds what standard input gave (``-``), to read instead of it."""
    files: int = 0
    records: int = 0
    side_dates: dict[Path, dict[str, str]] = field(default_factory=dict)
    """The ``dates.csv`` of each folder, read once (a folder of many articles shares one)."""

    def side_date(self, f: Path) -> str | None:
        """The date ``dates.csv`` beside `f` gives it, if any."""
        if f.parent not in self.side_dates:
            self.side_dates[f.parent] = _side_dates(f.parent, self.problems)
        return self.side_dates[f.parent].get(f.name)

    def text(self, f: Path) -> str | None:
        """The text of `f` (gunzipped: ``.gz``) in the encoding asked for, else (UTF-8 asked) in Windows-1252."""
        self.files += 1
        try:
            data = gzip.decompress(f.read_bytes()) if f.suffix.lower() == ".gz" else f.read_bytes()
        except (OSError, EOFError, gzip.BadGzipFile) as e:
            self.problems.append(LoadProblem(str(f), f"cannot read ({getattr(e, 'strerror', None) or e})"))
            return None
        return self.decode(data, str(f))

    def lines(self, f: Path) -> Iterator[str]:
        """The lines of `f` (gunzipped: ``.gz``) as they are read, decoded as `text` decodes a file."""
        self.files += 1
        try:
            with gzip.open(f, "rb") if f.suffix.lower() == ".gz" else f.open("rb") as fh:
                yield from self.decoded(fh, str(f))
        except (OSError, EOFError, gzip.BadGzipFile) as e:
            self.problems.append(LoadProblem(str(f), f"cannot read ({getattr(e, 'strerror', None) or e})"))

    def decoded(self, lines: Iterable[bytes], name: str) -> Iterator[str]:
        """Each line of bytes decoded as `decode` decodes a whole file, the first that is not UTF-8 reported once.

        Lines before it were UTF-8 and stay so; from it on (UTF-8 asked), the file is read as Windows-1252. In
        another encoding asked, the file ends at the line that is not in it (reported).
        """
        at = 0
        fallback = False
        for raw in lines:
            if not fallback:
                try:
                    yield raw.decode(self.encoding)
                    at += len(raw)
                    continue
                except UnicodeDecodeError:
                    if self.decode(raw, name, offset=at) is None:
                        return
                    fallback = True
            yield raw.decode("cp1252", errors="replace")

    def decode(self, data: bytes, name: str, *, offset: int = 0) -> str | None:
        """`data` decoded as `text` decodes a file's bytes (`offset`: where `data` stands in the file)."""
        try:
            return data.decode(self.encoding)
        except UnicodeDecodeError as e:
            at = offset + e.start
            if self.encoding.replace("-", "").lower() not in {"utf8", "utf8sig"}:
                self.problems.append(LoadProblem(name, f"not {self.encoding} text ({e.reason} at byte {at})"))
                return None
            note = f"not UTF-8 ({e.reason} at byte {at}): read as Windows-1252 (cp1252); --encoding sets it"
            self.problems.append(LoadProblem(name, note, used=True))
            return data.decode("cp1252", errors="replace")


def load_articles(
    paths: PathArg | Iterable[PathArg], *, date: str | None = None, encoding: str = "utf-8"
) -> tuple[list[Article], list[LoadProblem]]:
    """Every article under `paths` (files, folders, ``.jsonl`` files, ``-``) and every input that could not be used.

    `paths` is one path or several. `date` applies to articles that get no date otherwise. A text file's
    id is its path relative to the folder it was found in ("zeitung_a/artikel.txt"), or its name when named
    itself; an id given twice is a problem, and the second article gets an id of its own ("artikel.txt#2"):
    nothing is lost. Text is read in `encoding` (see the module's doc for the fallback from UTF-8).
    """
    inputs = read_inputs(paths, date=date, encoding=encoding)
    return inputs.articles, inputs.problems


def read_inputs(
    paths: PathArg | Iterable[PathArg], *, date: str | None = None, encoding: str = "utf-8", stdin: Path | None = None
) -> Inputs:
    """`load_articles`, with how many files and records were read (what the report's summary counts).

    `stdin`: see `stream_inputs`.
    """
    streamed = stream_inputs(paths, date=date, encoding=encoding, stdin=stdin)
    found = list(streamed.articles)
    return Inputs(found, list(streamed.problems), streamed.counts())


@dataclass
class StreamedInputs:
    """The articles of `read_inputs` as they are read, a file at a time; problems and counts grow as they come."""

    articles: Iterator[Article]
    _reading: _Reading
    _repeated: list[LoadProblem]
    """The ids given again (`unique_ids`), told after the inputs that could not be read, as `read_inputs` tells them."""

    @property
    def problems(self) -> Iterable[LoadProblem]:
        """Every input that could not be used so far, as it is when iterated (after `articles`: all of them)."""
        return _Later(self._reading.problems, self._repeated)

    def counts(self) -> InputCounts:
        """How many files and records were read so far (all, once `articles` is exhausted)."""
        return InputCounts(self._reading.files, self._reading.records)


def stream_inputs(
    paths: PathArg | Iterable[PathArg], *, date: str | None = None, encoding: str = "utf-8", stdin: Path | None = None
) -> StreamedInputs:
    """The articles under `paths` as `read_inputs` reads them, but given one at a time, never held together.

    JSON lines (files and standard input) are read a line at a time; a text file is read whole, and a Parquet
    file a batch of rows at a time. `stdin`: a file holding what standard input gave, read for ``-`` (the
    command line keeps it there, to read the articles its report names again).
    """
    "".encode(encoding)  # an unknown encoding is a LookupError here, before anything is read
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    reading = _Reading(date, encoding, [], stdin)
    read = (a for raw in list(paths) for a in _load_path(os.fspath(raw), reading))
    repeated: list[LoadProblem] = []
    return StreamedInputs(unique_ids(read, repeated), reading, repeated)


class _Later:
    """Lists read when iterated, not when made: the problems of a stream, which grow as it is read."""

    def __init__(self, *lists: list[LoadProblem]) -> None:
        self._lists = lists

    def __iter__(self) -> Iterator[LoadProblem]:
        return itertools.chain(*self._lists)


def unique_ids(articles: Iterable[Article], problems: list[LoadProblem]) -> Iterator[Article]:
    """The articles, as they come, with every id made unique: a repeated id is reported and the repeat renamed."""
    seen: set[str] = set()
    again: dict[str, int] = {}  # how often each repeated id was given
    for a in articles:
        n = again.get(a.id, 1) + 1 if a.id in seen else 1
        seen.add(a.id)
        if n > 1:
            again[a.id] = n
            new = f"{a.id}#{n}"
            problems.append(
                LoadProblem(a.source or a.id, f"the id {a.id!r} is given again: this one is read as {new!r}")
            )
            a = Article(new, a.text, a.date, a.source)  # noqa: PLW2901 - the renamed repeat
        yield a


def _load_path(raw: str, reading: _Reading) -> Iterator[Article]:
    """The articles of one path given: a file, every readable file of a folder, or standard input."""
    if raw == "-":
        yield from _stdin(reading)
        return
    path = Path(raw)
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and _kind(p) is not None and not p.name.upper().startswith("README")
        )
        if not files:
            reading.problems.append(LoadProblem(raw, "no .txt, .md, .jsonl(.gz) or .parquet files in this folder"))
    elif path.is_file():
        files = [path]
    else:
        reading.problems.append(LoadProblem(raw, "no such file or folder"))
        return
    for f in files:
        if _kind(f) == "parquet":
            yield from _parquet(f, reading)
            continue
        if _kind(f) == "jsonl":  # a line at a time: the file is never held whole
            yield from _jsonl(reading.lines(f), str(f), f.name, reading)
            continue
        text = reading.text(f)
        if text is not None:
            article_id = f.relative_to(path).as_posix() if path.is_dir() else f.name
            yield _text_article(text, f, reading, article_id)


def _kind(f: Path) -> str | None:
    """What a file holds by its name: "text", "jsonl" (also gzipped) or "parquet"; None: not an input."""
    name = f.name.lower()
    if name.endswith((".jsonl", ".jsonl.gz")):
        return "jsonl"
    if name.endswith(".parquet"):
        return "parquet"
    return "text" if f.suffix.lower() in _SUFFIXES else None


def _parquet(f: Path, reading: _Reading) -> Iterator[Article]:
    """The rows of a Parquet corpus (``id``, ``text``, ``date``, ``source``), each checked as a record is."""
    from aifigures.io.parquet import read_articles  # noqa: PLC0415 - the optional extra, only when needed

    reading.files += 1
    try:
        for n, row in read_articles(f):
            reading.records += 1
            if not isinstance(row.get("text"), str):
                reading.problems.append(LoadProblem(f"{f}:{n}", "unusable row (its text is not a string)"))
                continue
            when = _date_or_none(row.get("date"), f"{f}:{n}", reading.problems)  # type: ignore[arg-type]
            source = row.get("source")
            yield Article(str(row.get("id") or f"{f.name}:{n}"), row["text"], when, source)  # type: ignore[arg-type]
    except AifiguresError as e:
        reading.problems.append(LoadProblem(str(f), str(e)))
    except Exception as e:  # noqa: BLE001 - pyarrow's errors for a file that is no Parquet are of many types
        reading.problems.append(LoadProblem(str(f), f"not a readable Parquet file ({type(e).__name__}: {e})"))


def _stdin(reading: _Reading) -> Iterator[Article]:
    """The articles on standard input: JSON lines when it opens with ``{``, else one article named ``-``.

    JSON lines are read a line at a time, never held whole.
    """
    reading.files += 1
    with contextlib.ExitStack() as stack:
        given = iter(sys.stdin.buffer if reading.stdin is None else stack.enter_context(reading.stdin.open("rb")))
        head: list[bytes] = []  # the blank lines, then the first other
        for line in given:
            head.append(line)
            if line.strip():
                break
        lines = itertools.chain(head, given)
        if b"".join(head).lstrip().startswith(b"{"):
            yield from _jsonl(reading.decoded(lines, "-"), "-", "stdin", reading)
            return
        text = reading.decode(b"".join(lines), "-")
    if text is None:
        return
    reading.records += 1
    when = dateline(text) or _date_or_none(reading.date, "-", reading.problems)
    yield Article("-", text, when, "-")


def _text_article(text: str, f: Path, reading: _Reading, article_id: str) -> Article:
    reading.records += 1
    side = reading.side_date(f)
    if side:
        when = _date_or_none(side, f"{f.parent / 'dates.csv'} ({f.name})", reading.problems)
    else:
        when = dateline(text) or _date_or_none(reading.date, str(f), reading.problems)
    return Article(article_id, text, when, str(f))


def _jsonl(lines: Iterable[str], where: str, name: str, reading: _Reading) -> Iterator[Article]:
    """The records of JSON lines as they are read (from `where`; `name` makes the ids of records without one)."""
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        reading.records += 1
        try:
            rec = _record(json.loads(line))
        except (ValueError, TypeError) as e:
            reading.problems.append(LoadProblem(f"{where}:{n}", f"unusable line ({e})"))
            continue
        article_id = str(rec.get("id") or f"{name}:{n}")
        when = _date_or_none(rec.get("date") or reading.date, f"{where}:{n}", reading.problems)
        yield Article(article_id, rec["text"], when, rec.get("source"))


def _date_or_none(written: str | None, where: str, problems: list[LoadProblem]) -> DateWindow | None:
    """The date `written`, or None (reported) when it cannot be read: the article is checked as undated."""
    if not written:
        return None
    try:
        return parse_date(written)
    except (PeriodError, TypeError) as e:
        problems.append(LoadProblem(where, f"bad date ({e}); checked as undated", used=True))
        return None


def _record(rec: object) -> dict[str, str]:
    if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
        raise TypeError("a JSON object with a string 'text' is needed")
    return rec
