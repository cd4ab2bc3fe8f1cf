"""The command line: ``aifigures extract PATH...`` (and ``python -m aifigures``).

Exit codes: 0 success, 1 findings (for ``check``), 2 unusable input or a usage error. A file that
cannot be read is reported by name on stderr; every other file is still processed.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from aifigures._extract import extract

if TYPE_CHECKING:
    from aifigures._amounts import Amount

__all__ = ["main"]

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_UNUSABLE = 2
_SUFFIXES = (".txt", ".md")


@dataclass(frozen=True)
class _Document:
    name: str
    text: str


def _read_documents(paths: list[str], err: TextIO) -> tuple[list[_Document], bool]:
    """Every readable text file under `paths` (folders in name order) and whether any input was unusable."""
    docs: list[_Document] = []
    # in a folder, README files describe the articles and are skipped; a README named on its own is read
    bad = False
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in _SUFFIXES and not p.name.upper().startswith("README")
            )
            if not files:
                print(f"aifigures: {raw}: no .txt or .md files in this folder", file=err)
                bad = True
        elif path.is_file():
            files = [path]
        else:
            print(f"aifigures: {raw}: no such file or folder", file=err)
            bad = True
            continue
        for f in files:
            try:
                text = f.read_text(encoding="utf-8")
            except UnicodeDecodeError as e:
                print(f"aifigures: {f}: not UTF-8 text ({e.reason} at byte {e.start})", file=err)
                bad = True
                continue
            except OSError as e:
                print(f"aifigures: {f}: cannot read ({e.strerror})", file=err)
                bad = True
                continue
            docs.append(_Document(str(f), text))
    return docs, bad


def _table(rows: list[tuple[str, Amount]], out: TextIO) -> None:
    header = ("file", "span", "value", "cur", "qualifier", "period", "text")
    cells = [
        (
            Path(name).name,
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
        return f"{a.low:,f}..{a.high:,f}".replace(",", "_")
    return f"{a.value:,f}".replace(",", "_")


def _cmd_extract(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    docs, bad = _read_documents(args.paths, err)
    rows = [(d.name, a) for d in docs for a in extract(d.text)]
    if args.format == "json":
        for name, a in rows:
            print(json.dumps({"file": name, **a.to_dict()}, ensure_ascii=False), file=out)
    else:
        _table(rows, out)
    return EXIT_UNUSABLE if bad else EXIT_OK


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="aifigures", description="Read the money figures in German news.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print every money amount in the given files or folders")
    ex.add_argument("paths", nargs="+", metavar="PATH", help=".txt/.md files or folders of them")
    ex.add_argument("--format", choices=("table", "json"), default="table", help="a table, or JSON lines")
    ex.set_defaults(run=_cmd_extract)
    return parser


def main(argv: list[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the command line; return the exit code."""
    out = out or sys.stdout
    err = err or sys.stderr
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return EXIT_UNUSABLE if e.code else EXIT_OK
    code: int = args.run(args, out, err)
    return code


def run() -> None:
    """Console entry point: exit with the code of `main`."""
    sys.exit(main())
