"""A finding names every telling of its figures in their articles (the title over the text, a quote of it)."""

from __future__ import annotations

from decimal import Decimal

from aifigures import Article, FixedRates, check

RATES = FixedRates({"USD": Decimal("1.09")})

_CORRECTED = """Stadtwerke: Aufschlag von gut 80 Euro im Monat

Die Stadtwerke rechnen für einen Haushalt mit Mehrkosten von gut 80 Euro im Monat.

Nachtrag: Die Stadtwerke haben die Angabe korrigiert. Aus den "gut 80 Euro im Monat" wurden "mehr als 80 Euro im \
Jahr"."""


def test_a_correction_quoting_the_old_figure_names_where_it_was_first_told() -> None:
    """The revision is read in the quote; the reader also sees the title's and the text's 'gut 80 Euro'.

    Each telling names the Stadtwerke: a sentence naming only other capitalised nouns could be of another
    subject, and is not taken as a telling (German capitalises every noun; names alone cannot tell)."""
    report = check([Article.of("w", _CORRECTED, "2025-03-01")], rates=RATES)
    (note,) = report.notes
    assert note.kind.value == "revision"
    assert [p.text for p in note.amounts] == ["gut 80 Euro", "mehr als 80 Euro", "gut 80 Euro", "gut 80 Euro"]
    assert sorted(p.start for p in note.amounts if p.text == "gut 80 Euro") == [
        _CORRECTED.index("gut 80 Euro", i) for i in (0, 50, 180)
    ]
    assert len(note.intervals) == len(note.amounts)
    assert "told again in its article" in note.why


_TWO_FIRMS = """Halbjahreszahlen aus dem Maschinenbau

Die Vellmar AG steigerte ihren Gewinn im ersten Halbjahr auf 5 Millionen Euro. Die Ostheim GmbH kam im ersten \
Halbjahr ebenfalls auf einen Gewinn von 5 Millionen Euro."""
_VELLMAR = """Vellmar verdient weniger

Die Vellmar AG hat im ersten Halbjahr einen Gewinn von 9 Millionen Euro erzielt."""


def test_the_same_value_told_of_another_named_subject_is_not_told_again() -> None:
    """Ostheim's 5 Millionen is another figure: the conflict names Vellmar's two reports only."""
    arts = [Article.of("m1", _TWO_FIRMS, "2025-08-01"), Article.of("m2", _VELLMAR, "2025-08-01")]
    report = check(arts, rates=RATES)
    found = [(f.kind.value, [(p.article, p.start) for p in f.amounts]) for f in report.findings]
    vellmar_five = _TWO_FIRMS.index("5 Millionen Euro")
    assert found == [("conflict", [("m1", vellmar_five), ("m2", _VELLMAR.index("9 Millionen Euro"))])]
