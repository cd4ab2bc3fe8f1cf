"""A written archive of look-alike stories, checked together: the figures of one story are weighed against each
other and never against another story's, however alike their words, titles and leads are.

Companies' third quarters with titles that share a noun or name no company, states' budgets that all say "das
Land", cities' budgets under one title, rivals named in each other's reports; two planted errors.
"""

from __future__ import annotations

from aifigures import Article, check

_COMPANIES = (
    ("Keltrax", "Maschinenbauer", "Stuttgarter", "6,1", 254),
    ("Orvena", "Chemiekonzern", "Mannheimer", "2,6", 174),
    ("Balmor", "Autozulieferer", "Hannoveraner", "4,9", 474),
    ("Sentiq", "Softwarehersteller", "Kölner", "3,3", 619),
)
_STATES = (("Niedersachsen", 67), ("Thüringen", 21), ("Hessen", 61))
_CITIES = (("Wendlingen", 49), ("Halmbruck", 16), ("Kirchau", 29))


def _companies(wrong: str | None) -> list[Article]:
    out = []
    for name, kind, adjective, revenue, profit in _COMPANIES:
        told = f"{kind} mit Gewinnplus\n\nDer {adjective} {kind} {name} hat im dritten Quartal {profit} Millionen Euro "
        told += f"verdient. Der Umsatz stieg auf {revenue} Milliarden Euro."
        again = f"{name}: Stellenabbau\n\nDer {kind} setzte zwischen Juli und September {revenue} Mrd. Euro um. Der "
        again += f"Nettogewinn lag bei {profit + 100 if name == wrong else profit} Mio. Euro."
        out += [Article.of(f"{name}-a", told, "2025-11-06"), Article.of(f"{name}-b", again, "2025-11-06")]
    return out


def _budgets() -> list[Article]:
    out = []
    for state, spending in _STATES:
        told = f"Landeshaushalt 2026 beschlossen\n\nDer Landtag von {state} hat den Haushalt für 2026 beschlossen. Das "
        told += f"Land will {spending} Milliarden Euro ausgeben."
        out.append(Article.of(state, told, "2025-12-12"))
    for city, borrowing in _CITIES:
        told = (
            f"Stadtrat berät Etat\n\nDer Haushaltsentwurf der Stadt {city} für 2026 sieht Ausgaben von 400 Mio. Euro "
        )
        told += f"vor. Die Neuverschuldung soll {borrowing} Mio. Euro betragen."
        out.append(Article.of(city, told, "2025-11-20"))
    return out


def _rivals(*, wrong: bool) -> list[Article]:
    a = "Balmor wächst schneller\n\nBalmor hat im dritten Quartal 4,9 Milliarden Euro umgesetzt und ist damit stärker "
    a += "gewachsen als der Konkurrent Sentiq."
    b = f"Sentiq verliert Anteile\n\nDer Rivale Sentiq setzte im dritten Quartal nur {'3,8' if wrong else '3,3'} "
    b += "Milliarden Euro um."
    return [Article.of("rivals-a", a, "2025-11-07"), Article.of("rivals-b", b, "2025-11-07")]


def test_look_alike_stories_checked_together_give_nothing() -> None:
    assert check([*_companies(None), *_budgets(), *_rivals(wrong=False)]).findings == ()


def test_look_alike_stories_checked_together_give_only_their_planted_errors() -> None:
    found = check([*_companies("Orvena"), *_budgets(), *_rivals(wrong=True)]).findings
    told = sorted((f.kind.value, sorted(p.article for p in f.amounts)) for f in found)
    # Sentiq's two reports agree on 3,3: the conflict pairs one with the rival's 3,8 and its reason names the other
    sentiq = next(f for f in found if "rivals-b" in {p.article for p in f.amounts})
    one = next(p.article for p in sentiq.amounts if p.article != "rivals-b")
    other = ({"Sentiq-a", "Sentiq-b"} - {one}).pop()
    assert "agree with one of them: '3,3" in sentiq.why
    assert other in sentiq.why
    assert told == [("conflict", ["Orvena-a", "Orvena-b"]), ("conflict", [one, "rivals-b"])]


def test_machine_translated_reports_under_one_title_noun_are_kept_apart() -> None:
    """'keltrax: stellenabbau trotz gewinn' and 'orvena: stellenabbau trotz gewinn' in lower case, beside capitalised
    reports that write 'Stellenabbau' as a title's noun and the companies' names."""
    articles = _companies(None)
    for name, kind, _, revenue, profit in _COMPANIES:
        told = (
            f"{name.lower()}: stellenabbau trotz gewinn\n\nder {kind.lower()} will stellen streichen. der nettogewinn "
        )
        told += f"lag im dritten quartal bei {profit} millionen euro, der umsatz bei {revenue} milliarden euro."
        articles.append(Article.of(f"{name}-mt", told, "2025-11-06"))
    assert check(articles).findings == ()


def test_a_round_up_s_figures_are_each_their_own_clause_s_company_s() -> None:
    """'Vantor steigerte den Umsatz auf 6,1 Mrd., Bremko auf 2,6 Mrd. und Luxar auf 4,9 Mrd.' against each company's
    own report, one of which tells 9,4: only Luxar's 4,9 is weighed against it."""
    roundup = "Quartalszahlen im Überblick\n\nDie Zulieferer Vantor, Bremko und Luxar haben Zahlen vorgelegt. Vantor "
    roundup += (
        "steigerte den Umsatz im dritten Quartal auf 6,1 Milliarden Euro, Bremko auf 2,6 Milliarden Euro und Luxar "
    )
    roundup += "auf 4,9 Milliarden Euro."
    single = "Luxar mit Plus\n\nBei Luxar kletterte der Umsatz im dritten Quartal auf 9,4 Milliarden Euro."
    found = check([Article.of("roundup", roundup, "2025-11-05"), Article.of("luxar", single, "2025-11-05")]).findings
    assert [sorted(p.text for p in f.amounts) for f in found] == [["4,9 Milliarden Euro", "9,4 Milliarden Euro"]]
