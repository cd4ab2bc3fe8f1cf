"""The metrics a clause's verb names: "setzte ... 900 Mio. Pfund um" is a revenue, "erhält vom Bund 3,4 Mrd." a subsidy.

Read by `aifigures.check.metrics` where no metric noun stands in a figure's clause; the verbs are in check.toml
[[verb_metrics]], receive_verbs, give_verbs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from aifigures.check.people import role_endings
from aifigures.check.vocabulary import check_words as words

if TYPE_CHECKING:
    from aifigures.check.vocabulary import VerbMetric

__all__ = ["received_by_person", "received_publicly", "verb_metric"]

_WORD = re.compile(r"[^\W\d_][\w\-]*\.?")
_SALARY = "salary"


def received_by_person(lead: str) -> str | None:
    """A salary where a person's role is who receives the figure ("Der Oberbürgermeister erhält 14.200 Euro")."""
    w = words()
    tokens = [t.lower().rstrip(".") for t in _WORD.findall(lead)]
    verb = next((i for i, t in enumerate(tokens) if t in w.receive_verbs), None)
    if verb is None or not any(t.endswith(role_endings()) for t in tokens[:verb]):
        return None
    return _SALARY


def received_publicly(text: str, c_lo: int, c_hi: int) -> str | None:
    """A subsidy where the clause says its figure is received from a level of the state ("erhält vom Bund 3,4 Mrd.").

    Or given by one ("Das Land gibt der Stadt 4 Mio. Euro").
    """
    w = words()
    tokens = [t.lower().rstrip(".") for t in _WORD.findall(text, c_lo, c_hi)]
    if any(t in w.receive_verbs for t in tokens):
        given = any(t in w.public_bodies and i > 0 and tokens[i - 1] in w.giver_leads for i, t in enumerate(tokens))
        return w.given_metrics[0] if given else None
    verb = next((i for i, t in enumerate(tokens) if t in w.give_verbs), None)
    if verb is not None and _gives_for(tokens, verb):
        return w.given_metrics[0]
    if verb is None or verb + 1 >= len(tokens) or tokens[verb + 1] not in w.recipient_leads:
        return None
    giver = any(t in w.public_bodies and i > 0 and tokens[i - 1] in w.determiners for i, t in enumerate(tokens[:verb]))
    return w.given_metrics[0] if giver else None


def verb_metric(before: str, after: str, *, paid: bool = False) -> str | None:
    """The metric a verb of the clause names (`VerbMetric`): "setzte ... 900 Mio. Pfund um" is a revenue.

    With `paid`, only the verbs with a word before the figure ("zahlt für ..."): those of buying.
    """
    lead = _WORD.findall(before.lower())
    tail = [w.rstrip(".") for w in _WORD.findall(after.lower())]
    # "zahlt 1,8 Mrd. Euro für die Brauerei", not "für Schulen"
    bought = next((v.metric for v in words().verb_metrics if _bought_after(v, lead, tail)), None)
    if bought is not None:
        return bought
    for v in words().verb_metrics:
        closes = v.closing is not None and bool(tail) and tail[-1] in v.closing
        if v.after is not None or (paid and v.before is None and not (closes and any(w in v.verbs for w in lead))):
            continue  # (a separable verb whose particle closes the clause is another verb: "kauft ... für ... zurück")
        if not v.verbs:  # a participle that closes the clause: "hat ... 4,0 Mrd. Euro umgesetzt"
            if closes and (v.before is None or v.before in lead):
                return v.metric
            continue
        verb = next((i for i, w in enumerate(lead) if w in v.verbs), None)
        if verb is None:
            if v.closing is None and v.before is None and tail[-1:] and tail[-1] in v.verbs:
                return v.metric  # the verb closes the clause: "soll 350.000 Euro im Jahr verdienen"
            continue
        if v.closing is None and v.before is None:
            return v.metric  # the verb alone: "verdiente im Quartal 112 Mio. Euro"
        if closes or (v.before is not None and v.before in lead[verb:]):
            return v.metric
    return None


def _gives_for(tokens: list[str], verb: int) -> bool:
    """Whether a level of the state, after the verb of giving, gives for what the clause opens with.

    "Für die Fabrik von Hydronord gibt die Landesregierung 530 Mio. Euro": a subsidy, though no one is named to get it.
    """
    w = words()
    body = tokens[verb + 1 : verb + 3]
    leads = any(t in w.purpose_leads for t in tokens[:verb])
    return leads and len(body) == _TWO and body[0] in w.determiners and body[1] in w.public_bodies


_TWO = 2


def _bought_after(v: VerbMetric, lead: list[str], tail: list[str]) -> bool:
    """Whether a verb of `v` leads the figure and `v.after` follows it, with no area of a budget after that."""
    if v.after is None or tail[:1] != [v.after]:
        return False
    return any(w in v.verbs for w in lead) and not _for_area(tail[1:3])


def _for_area(after_for: list[str]) -> bool:
    """Whether the words after "für" name an area of a budget ("für Schulen", "für die Bildung"), no thing bought."""
    w = words()
    named = [t for t in after_for if t not in w.articles][:1]
    return bool(named) and named[0].rstrip(".,") in w.purposes
