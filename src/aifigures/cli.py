"""The command line: ``aifigures check PATH...`` and ``aifigures extract PATH...`` (also ``python -m aifigures``).

Exit codes: 0 success, 1 findings (for ``check``), 2 unusable input or a usage error. A file that
cannot be read is reported by name on stderr; every other file is still processed.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import itertools
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from aifigures.check import DEFAULT_STRICTNESS, Place
from aifigures.check.stage import available_cores
from aifigures.errors import AifiguresError, CurrencyError
from aifigures.extract.reader import extract
from aifigures.extras import optional
from aifigures.formatting import exact
from aifigures.io.articles import stream_inputs
from aifigures.io.report import FORMATS
from aifigures.normalise.rates import iso_currency

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator

    from aifigures.amount import Amount
    from aifigures.check import Checked, Report
    from aifigures.io.articles import Article, InputCounts, LoadProblem, StreamedInputs
    from aifigures.normalise.rates import RateProvider

_PROGRESS_MIN = 20

__all__ = ["build", "main"]

EXIT_OK = 0
EXIT_UNUSABLE = 2


def _table(rows: list[tuple[str, Amount]], out: TextIO) -> None:
    header = ("article", "span", "value", "cur", "qualifier", "period", "text")
    cells = [
        (
            name,
            f"{a.span[0]}-{a.span[1]}",
            _value_cell(a),
            a.currency or "?",
            a.qualifier.value,
            str(a.period) if a.period else "-",
            " ".join(a.text.split()),
        )
        for name, a in rows
    ]
    widths = [max([len(h)] + [len(c[i]) for c in cells]) for i, h in enumerate(header)]
    right = {1, 2}

    def line(values: tuple[str, ...]) -> str:
        parts = [v.rjust(w) if i in right else v.ljust(w) for i, (v, w) in enumerate(zip(values, widths, strict=True))]
        return "  ".join(parts).rstrip()

    print(line(header), file=out)
    print(line(tuple("-" * w for w in widths)), file=out)
    for c in cells:
        print(line(c), file=out)
    print(f"{len(cells)} amounts", file=out)


def _value_cell(a: Amount) -> str:
    if a.low is not None and a.high is not None:
        return f"{exact(a.low, separator='_')}..{exact(a.high, separator='_')}"
    return exact(a.value, separator="_")


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """The amounts of the inputs, read as a stream: JSON lines and Parquet are written as each article is read.

    The inputs' problems are printed when the inputs have been read (JSON: also in the summary).
    """
    streamed = stream_inputs(args.paths, date=args.date, encoding=args.encoding)
    if args.format == "parquet":
        code = _extract_parquet(args, streamed.articles, err)
    elif args.output:
        try:
            with Path(args.output).open("w", encoding="utf-8") as f:
                code = _write_amounts(args, streamed, f)
        except OSError as e:
            print(f"aifigures: {args.output}: cannot write ({e.strerror})", file=err)
            code = EXIT_UNUSABLE
    else:
        code = _write_amounts(args, streamed, out)
    problems = list(streamed.problems)
    for problem in problems:
        print(f"aifigures: {problem}", file=err)
    return EXIT_UNUSABLE if code == EXIT_UNUSABLE or any(not p.used for p in problems) else EXIT_OK


def _write_amounts(args: argparse.Namespace, streamed: StreamedInputs, out: TextIO) -> int:
    articles = 0

    def each() -> Iterator[tuple[str, Amount]]:
        nonlocal articles
        for art in streamed.articles:
            articles += 1
            yield from ((art.id, a) for a in extract(art.text, default_currency=args.default_currency))

    rows = each()
    if args.format == "jsonl":
        for name, a in rows:
            print(json.dumps({"article": name, **a.to_dict()}, ensure_ascii=False), file=out)
    elif args.format == "json":
        amounts = [{"article": name, **a.to_dict()} for name, a in rows]
        document = {
            "amounts": amounts,
            "summary": {
                "articles": articles,
                "amounts": len(amounts),
                "problems": [{"input": p.path, "reason": p.reason, "used": p.used} for p in streamed.problems],
            },
        }
        out.write(json.dumps(document, ensure_ascii=False, indent=1) + "\n")
    else:
        _table(list(rows), out)
    return EXIT_OK


def _extract_parquet(args: argparse.Namespace, articles: Iterable[Article], err: TextIO) -> int:
    """One Parquet row per amount, written as the articles are read (see `aifigures.io.parquet`)."""
    from aifigures.io.parquet import AmountWriter  # noqa: PLC0415 - the optional extra

    if not args.output:
        print("aifigures: --format parquet writes a file: give it with --output FILE", file=err)
        return EXIT_UNUSABLE
    try:
        writer = AmountWriter(Path(args.output))
        for art in articles:
            writer.add(art, extract(art.text, default_currency=args.default_currency))
        writer.close()
    except (AifiguresError, OSError) as e:
        print(f"aifigures: {args.output}: {e}", file=err)
        return EXIT_UNUSABLE
    return EXIT_OK


def _check_options(args: argparse.Namespace, err: TextIO) -> dict[str, Any] | None:
    """The options of `check` the command line gives, read before any article is; None: a usage error."""
    from aifigures.check import Settings  # noqa: PLC0415 - only for `check`
    from aifigures.io.references import read_references  # noqa: PLC0415

    try:
        rates = _rates(args.rates)
    except AifiguresError as e:
        print(f"aifigures: --rates {args.rates}: {e}", file=err)
        return None
    try:
        settings = Settings().updated(args.tolerance)
    except AifiguresError as e:
        print(f"aifigures: --tolerance {e}", file=err)
        return None
    references, unusable = read_references(args.references) if args.references else (None, [])
    for problem in unusable:  # each bad row is named; the others are used, and the exit is 2
        print(f"aifigures: {problem}", file=err)
    return {
        "references": references,
        "problems": unusable,
        "currency": args.currency,
        "rates": rates,
        "strictness": args.strictness,
        "default_currency": args.default_currency,
        "settings": settings,
    }


def _cmd_check(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    with _stdin_kept(args.paths) as stdin:
        return _check_inputs(args, stdin, out, err)


@contextlib.contextmanager
def _stdin_kept(paths: list[str]) -> Iterator[Path | None]:
    """Standard input (where ``-`` is given) copied to a temporary file as it comes, removed after; else None.

    The check reads it from there as a stream, and the report reads again the articles its findings name.
    """
    if "-" not in paths:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="aifigures-stdin-") as folder:
        kept = Path(folder) / "stdin"
        with kept.open("wb") as fh:
            shutil.copyfileobj(sys.stdin.buffer, fh)
        yield kept


def _check_inputs(args: argparse.Namespace, stdin: Path | None, out: TextIO, err: TextIO) -> int:
    options = _check_options(args, err)
    if options is None:
        return EXIT_UNUSABLE
    # read as checked, a file (a JSON line) at a time: the texts are not held (docs/scale.md), also for --dask
    streamed = stream_inputs(args.paths, date=args.date, encoding=args.encoding, stdin=stdin)
    given: Iterable[Article] = streamed.articles
    problems: Iterable[LoadProblem] = streamed.problems
    counts: Callable[[], InputCounts] = streamed.counts
    options["problems"] = itertools.chain(options["problems"], problems)  # (read when the check ends)
    bar = _progress_bar(err, len(given) if isinstance(given, list) else None, enabled=args.progress)
    amounts = 0

    def progress(done: int, found: int) -> None:
        nonlocal amounts
        amounts += found
        bar.set_postfix(amounts=amounts, refresh=False)
        bar.update(done)
        if bar.total is None or bar.n >= bar.total:
            bar.refresh()  # the last state is shown however soon it came (with no total, any may be the last)

    with contextlib.ExitStack() as stack:
        try:  # the check runs here; its findings stay on disk until the report is written
            run = stack.enter_context(_checking(args, given, options, progress))
        except (AifiguresError, OSError) as e:
            if not args.dask:
                raise
            print(f"aifigures: --dask {args.dask}: {e}", file=err)
            return EXIT_UNUSABLE
        bar.close()
        for problem in problems:
            print(f"aifigures: {problem}", file=err)
        return _report(dataclasses.replace(run, inputs=counts()), given, (args, stdin), out, err)


def _checking(
    args: argparse.Namespace, given: Iterable[Article], options: dict[str, Any], progress: Callable[[int, int], None]
) -> contextlib.AbstractContextManager[Checked]:
    """The check of the inputs, in this machine's processes or on a Dask cluster (`--dask`)."""
    if args.dask:
        return _on_dask(args.dask, args.jobs, given, options)
    from aifigures.check import streamed  # noqa: PLC0415 - only for `check`

    return streamed(given, jobs=args.jobs, progress=progress, **options)


def _report(
    run: Checked, given: Iterable[Article], command: tuple[argparse.Namespace, Path | None], out: TextIO, err: TextIO
) -> int:
    """Write the report of a check done; its exit code.

    JSON lines are written as the findings are read from disk (`jsonl.write`); the other forms from a report
    in memory. The texts of the articles a finding names are read again from the inputs (they are not held).
    """
    from aifigures.io.report.jsonl import write  # noqa: PLC0415 - only for `check`

    args, stdin = command
    # the text and HTML reports always list their notes; JSON and JSON lines their revisions (notice), the
    # comparisons that could not be made (info) with --notes
    notes = args.notes or args.format not in {"json", "jsonl"}
    try:
        with contextlib.ExitStack() as stack:
            fh = stack.enter_context(Path(args.output).open("w", encoding="utf-8")) if args.output else out
            if args.format == "jsonl":
                return write(run, _where(run, given, args, stdin), fh, notes=notes).exit_code
            report = run.report()
            articles = given if isinstance(given, list) else _involved(report, args, stdin)
            fh.write(FORMATS[args.format](report, articles, notes=notes, colour=args.output is None and out.isatty()))
            return report.exit_code
    except OSError as e:
        if not args.output:
            raise
        print(f"aifigures: {args.output}: cannot write ({e.strerror})", file=err)
        return EXIT_UNUSABLE


def _where(
    run: Checked, given: Iterable[Article], args: argparse.Namespace, stdin: Path | None
) -> Callable[[Place], str]:
    """Where each amount of a check's findings stands (``article:line:column``), from the texts that name one.

    The places are gathered from the findings on disk first; the inputs are then read again (unless they
    were given as a list) and only the lines of those places kept.
    """
    from aifigures.io.report.summary import place  # noqa: PLC0415 - only for `check`

    needed: dict[str, set[int]] = {}
    for f in run.findings():
        for p in f.amounts:
            needed.setdefault(p.article, set()).add(p.start)
    known: dict[tuple[str, int], str] = {}
    if needed:
        texts = (
            given
            if isinstance(given, list)
            else stream_inputs(args.paths, date=args.date, encoding=args.encoding, stdin=stdin).articles
        )
        for a in texts:
            for start in needed.get(a.id, ()):
                known[(a.id, start)] = place(Place(a.id, start, start, ""), {a.id: a.text})
    return lambda p: known.get((p.article, p.start)) or place(p, {})


def _involved(report: Report, args: argparse.Namespace, stdin: Path | None) -> list[Article]:
    """The articles a report's findings and notes name, read again from the inputs (for their lines and texts)."""
    named = {p.article for f in (*report.findings, *report.notes) for p in f.amounts}
    if not named:
        return []
    again = stream_inputs(args.paths, date=args.date, encoding=args.encoding, stdin=stdin)
    return [a for a in again.articles if a.id in named]


@contextlib.contextmanager
def _on_dask(where: str, jobs: int, articles: Iterable[Article], options: dict[str, Any]) -> Iterator[Checked]:
    """The check with its per-article stage on a Dask cluster.

    `where` is a scheduler's address, or ``local``: a LocalCluster of `jobs` worker processes for the run.
    """
    from aifigures.dask import streamed  # noqa: PLC0415 - the optional extra

    distributed = optional("dask", "distributed")
    if where == "local":
        with (
            distributed.LocalCluster(n_workers=jobs, threads_per_worker=1, dashboard_address=":0") as cluster,
            distributed.Client(cluster) as client,
            streamed(articles, client=client, **options) as run,
        ):
            yield run
        return
    with distributed.Client(where, timeout=30) as client, streamed(articles, client=client, **options) as run:
        yield run


def _currency(written: str) -> str:
    """An ISO 4217 code, in any case ("usd"); argparse reports anything else as a usage error."""
    try:
        return iso_currency(written)
    except CurrencyError as e:
        raise argparse.ArgumentTypeError(f"--currency {written}: {e}") from None


def _jobs(written: str) -> int:
    try:
        n = int(written)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"--jobs {written}: a whole number of processes, 1 or more")
    return n


def _encoding(name: str) -> str:
    import codecs  # noqa: PLC0415

    try:
        return codecs.lookup(name).name
    except LookupError:
        raise argparse.ArgumentTypeError(f"--encoding {name}: no such text encoding") from None


def _rates(choice: str) -> RateProvider:
    """The rate provider `--rates` names: the embedded ECB data, live rates (network), or an ECB CSV file."""
    from aifigures.normalise.ecb import EcbRates, default_rates  # noqa: PLC0415 - only for `check`

    if choice == "ecb":
        return default_rates()
    if choice == "live":
        from aifigures.normalise.live import ForexPythonRates  # noqa: PLC0415 - an optional extra

        return ForexPythonRates()
    if not Path(choice).is_file():
        raise AifiguresError("not 'ecb', 'live' or a file of ECB reference rates (eurofxref-hist.csv)")
    return EcbRates(choice)


def _progress_bar(err: TextIO, total: int | None, *, enabled: bool | None) -> Any:  # noqa: ANN401 - a tqdm bar
    """A tqdm bar on stderr counting articles, with the amounts read beside it (on a terminal, unless asked)."""
    from tqdm import tqdm  # noqa: PLC0415 - only for `check`

    on = (err.isatty() and (total is None or total >= _PROGRESS_MIN)) if enabled is None else enabled
    return tqdm(total=total, file=err, disable=not on, unit=" articles", desc="checking", leave=False)


def build() -> str:
    """Which build of the extraction runs: "compiled (mypyc)" or "plain Python" (see docs/benchmarks.md)."""
    from aifigures.extract import grammar  # noqa: PLC0415 - the module whose file tells

    compiled = grammar.__file__ is not None and not grammar.__file__.endswith(".py")
    return "compiled (mypyc)" if compiled else "plain Python"


_CHECK_EPILOG = """\
exit codes:
  0  no findings (notes may have been given)
  1  findings: figures that do not add up
  2  an input could not be used, or a wrong argument (every readable input is still checked)

examples:
  aifigures check seeds/ --references seeds/references.csv
  aifigures check archiv/ --date 2024-03 --format html --output bericht.html
  zcat meldungen.jsonl.gz | aifigures check - --format jsonl --notes
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aifigures", description="Read the money figures in German news.")
    parser.add_argument("--version", action="store_true", help="print the version and which build runs, then exit")
    sub = parser.add_subparsers(dest="command")
    _extract_parser(sub)
    _check_parser(sub)
    return parser


_TOLERANCE_HELP = (
    "change a tolerance (again for more): approx (0.05), approx_precise (0.02), precise_digits (3), just_under (0.9), "
    "just_over (1.1), bound (0.02), fx_drift (0.015), revision_days (31); the JSON summary lists them"
)


def _check_parser(sub: Any) -> None:  # noqa: ANN401 - argparse's subparsers action
    """The options of ``aifigures check``."""
    ck = sub.add_parser(
        "check",
        help="report the figures that do not add up in the given articles",
        description="Report the figures that do not add up in the given articles: slips of the scale word, wrong "
        "stated conversions, parts above their total, conflicting reports, periods mixed up; revisions and the "
        "comparisons that could not be made are notes.",
        epilog=_CHECK_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ck.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.md/.jsonl files, folders of them, or - (stdin)")
    ck.add_argument("--references", metavar="FILE", help="reference figures (CSV or JSON lines)")
    ck.add_argument("--format", choices=sorted(FORMATS), default="text", help="the report's form")
    ck.add_argument(
        "--rates",
        default="ecb",
        metavar="ecb|live|FILE",
        help="exchange rates: the embedded ECB data (default), live rates (the 'live' extra, network), "
        "or an ECB CSV file (eurofxref-hist.csv)",
    )
    ck.add_argument(
        "--currency", type=_currency, default="EUR", help="the currency amounts are compared in (ISO 4217; default EUR)"
    )
    ck.add_argument("--output", metavar="FILE", help="write the report to FILE instead of standard output")
    ck.add_argument(
        "--notes",
        action="store_true",
        help="include the notes of severity info (unverifiable) in JSON and JSON lines (revisions are always there)",
    )
    ck.add_argument(
        "--strictness",
        type=float,
        default=DEFAULT_STRICTNESS,
        help="how much shared evidence links figures of two articles (default %(default)s; higher flags less)",
    )
    ck.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None, help="a progress bar on stderr")
    ck.add_argument(
        "--dask",
        metavar="ADDRESS|local",
        help="read the articles on a Dask cluster: a scheduler's address (tcp://host:8786), or 'local' for a "
        "LocalCluster of --jobs workers started for the run (the 'dask' extra); the findings are the same",
    )
    ck.add_argument(
        "--jobs",
        type=_jobs,
        default=available_cores(),
        metavar="N",
        help="processes that read the articles (default: the cores available, %(default)s); the findings are "
        "the same for any N",
    )
    ck.add_argument(
        "--tolerance",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help=_TOLERANCE_HELP,
    )
    _input_options(ck)
    ck.set_defaults(run=_cmd_check)


def _extract_parser(sub: Any) -> None:  # noqa: ANN401 - argparse's subparsers action
    """The options of ``aifigures extract``."""
    ex = sub.add_parser("extract", help="print every money amount in the given files or folders")
    ex.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.md/.jsonl files, folders of them, or - (stdin)")
    ex.add_argument(
        "--format",
        choices=("table", "json", "jsonl", "parquet"),
        default="table",
        help="a table, one JSON document (amounts and a summary), JSON lines (one amount each), or Parquet "
        "(one row per amount with its normalised value and provenance; needs --output and the parquet extra)",
    )
    ex.add_argument("--output", metavar="FILE", help="write to FILE instead of standard output (Parquet: required)")
    _input_options(ex)
    ex.set_defaults(run=_cmd_extract)


def _input_options(command: argparse.ArgumentParser) -> None:
    """The options both commands read their inputs with, so that both read them the same way."""
    command.add_argument("--date", help="the date of articles that state none (YYYY, YYYY-MM or YYYY-MM-DD)")
    command.add_argument(
        "--encoding",
        type=_encoding,
        default="utf-8",
        help="the encoding of text files (default utf-8; a file that is not UTF-8 is read as cp1252, reported)",
    )
    command.add_argument(
        "--default-currency",
        type=_currency,
        default="EUR",
        help="the currency of a figure called money when neither its sentence nor its article names one "
        "(default EUR; CHF for a Swiss corpus)",
    )


def main(argv: list[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _parser()
    try:
        with contextlib.redirect_stderr(err):  # usage errors go where the caller reads errors
            args = parser.parse_args(argv)
    except SystemExit as e:
        return EXIT_UNUSABLE if e.code else EXIT_OK
    if args.version:
        from aifigures import __version__  # noqa: PLC0415 - the package imports this module's neighbours

        out.write(f"aifigures {__version__}, extraction: {build()}\n")
        return EXIT_OK
    if args.command is None:
        parser.print_usage(err)
        err.write("aifigures: error: a command is required (extract or check)\n")
        return EXIT_UNUSABLE
    code: int = args.run(args, out, err)
    return code


def run() -> None:
    """Console entry point: exit with the code of `main`."""
    sys.exit(main())
