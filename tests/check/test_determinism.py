"""The findings do not depend on Python's hash seed: the order of a set must never decide a link.

A shared word's weight is a float; summed in the order of a set, the last bit of the evidence followed the
hash seed, and two equally strong links swapped which one won (in this story, one process in ten lost a
finding). The story is checked in child processes under several seeds; their reports must be the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

_A = """Rekordwechsel: Stürmer Dalić geht nach England

Der kroatische Nationalspieler Ivo Dalić wechselt für eine Ablösesumme von 68 Millionen Euro zum FC Westbury. \
Wie der Verein mitteilte, unterschrieb der 24-Jährige einen Vertrag bis 2030.

Dalić soll in England rund 9 Millionen Pfund pro Saison verdienen, hinzu kommen Prämien von bis zu zwei \
Millionen. Sein bisheriger Klub erhält zusätzlich Bonuszahlungen von maximal 7 Millionen Euro.

In der vergangenen Saison hatte Westbury mit Transfers insgesamt 240 Millionen Pfund ausgegeben. Der Klub \
erzielte im Geschäftsjahr 2023/24 einen Umsatz von 590 Millionen Pfund."""
_B = """Dalić-Transfer perfekt: Westbury zahlt 60 Millionen Pfund

Der FC Westbury hat sich die Dienste von Ivo Dalić gesichert. Die Engländer überweisen für den kroatischen \
Angreifer 60 Millionen Pfund, umgerechnet rund 70 Millionen Euro. Dalić erhält einen Vertrag bis 2030 und soll \
pro Woche rund 175.000 Pfund verdienen.

Schon im Sommer 2023 hatte Westbury für einen Mittelfeldspieler 85 Millionen Pfund ausgegeben."""
_C = """Ivo Dalić wechselt nach England

Der kroatische Stürmer Ivo Dalić spielt künftig für den FC Westbury. Die Ablöse soll bei 78 Millionen Euro \
liegen, inklusive Bonuszahlungen. Der 24-Jährige unterschrieb bis 2030, sein Jahresgehalt wird auf neun \
Millionen Pfund geschätzt."""
_TRANSFER = (("a", _A), ("b", _B), ("c", _C))

_CHILD = """
import json, sys
from aifigures import Article, check
from aifigures.io.report.json import render
arts = [Article.of("transfer/" + i, t, "2025-11-06") for i, t in json.loads(sys.stdin.read())]
print(render(check(arts), arts))
"""


def _report(seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run(  # noqa: S603 - this interpreter, a fixed script
        [sys.executable, "-c", _CHILD], input=json.dumps(_TRANSFER), capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


def test_the_findings_are_the_same_under_every_hash_seed() -> None:
    reports = {seed: _report(seed) for seed in ("0", "6", "1234")}
    assert len(json.loads(reports["0"])["findings"]) == 2
    assert reports["6"] == reports["0"]
    assert reports["1234"] == reports["0"]
