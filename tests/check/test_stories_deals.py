"""Stories of a deal told by several outlets: what is paid, a slip in each of two reports, a label swapped twice."""

from __future__ import annotations

from aifigures import Article, check

_DEAL = """Pharmakonzern Velatis kauft Biotech-Firma Corynth

Der Darmstädter Pharmakonzern Velatis übernimmt das US-Biotechunternehmen Corynth für bis zu 2 Milliarden Dollar. \
Velatis zahlt 1,2 Milliarden Dollar bei Abschluss, weitere bis zu 800 Millionen Dollar hängen vom Erreichen \
klinischer Meilensteine ab."""
_DEAL_WIRE = """Velatis greift in den USA zu

Darmstadt (dpx) - Velatis kauft für bis zu zwei Milliarden Dollar die US-Firma Corynth. Der Kaufpreis setzt sich aus \
1,2 Milliarden Dollar sofort und bis zu 800 Millionen Dollar an erfolgsabhängigen Zahlungen zusammen."""
_DEAL_LABEL = """Velatis: Milliardenzukauf in Amerika

Velatis legt für Corynth 1,2 Milliarden Euro auf den Tisch, dazu kommen mögliche Meilensteinzahlungen von bis zu 800 \
Millionen Dollar."""
_DEAL_LOWER = """velatis übernimmt corynth

der pharmakonzern velatis übernimmt die us-firma corynth für bis zu 2 millionen dollar. velatis setzte im \
vergangenen jahr 21,4 milliarden euro um."""


def test_what_is_paid_is_no_revenue_and_two_slipped_figures_are_not_set_against_each_other() -> None:
    """'Velatis zahlt 1,2 Mrd. Dollar bei Abschluss' is a payment, which the lower-case report's revenue is not.

    The lower-case 'bis zu 2 millionen' slips the scale of the others' 'bis zu 2 Milliarden'; the 1,2 Milliarden
    Euro of the third report gives the others' dollars a euro label, once, naming both reports it disagrees
    with; the two slipped figures are not also set against each other.
    """
    arts = [
        Article.of("p1", _DEAL, "2025-05-12"),
        Article.of("p2", _DEAL_WIRE, "2025-05-12"),
        Article.of("p3", _DEAL_LABEL, "2025-05-13"),
        Article.of("p4", _DEAL_LOWER, "2025-05-13"),
    ]
    found = check(arts).findings
    assert [(f.kind.value, [(p.article, p.text) for p in f.amounts]) for f in found] == [
        ("scale_error", [("p1", "bis zu 2 Milliarden Dollar"), ("p4", "bis zu 2 millionen dollar")]),
        ("fx_conversion", [("p1", "1,2 Milliarden Dollar"), ("p3", "1,2 Milliarden Euro")]),
    ]
    assert "1 more report agrees with the other label: '1,2 Milliarden Dollar' in p2" in found[1].why
