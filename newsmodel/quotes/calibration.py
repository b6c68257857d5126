"""The confidence of an attribution: the precision its rule, stance and cue lemma have
measured on annotated news (``data/confidence.tsv``, written by bench/confidence.py)."""

from __future__ import annotations

import functools
from importlib import resources

from newsmodel.model import Attribution, Mention, Stance
from newsmodel.quotes.lexicon import CUE_FORMS

__all__ = ["calibrated", "cue_lemma", "measured_for"]


def cue_lemma(cue: Mention | None) -> str:
    """The lemma of a cue's verb ("said" -> "say"), its first word when it is no verb
    ("according to" -> "according"), or "*" for an attribution without a cue."""
    if cue is None:
        return "*"
    words = cue.text.lower().split()
    if not words:
        return "*"
    form = CUE_FORMS.get(words[0])
    return form.lemma if form is not None else words[0]


@functools.cache
def _confidences() -> dict[tuple[str, str, str], float]:
    """The measured precision of attributions by rule, kind/stance and cue lemma
    (``data/confidence.tsv``, written by bench/confidence.py)."""
    source = resources.files("newsmodel.quotes").joinpath("data").joinpath("confidence.tsv")
    table: dict[tuple[str, str, str], float] = {}
    for line in source.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            rule, stance, lemma, _seen, confidence = line.split("\t")
            table[(rule, stance, lemma)] = float(confidence)
    return table


def calibrated(attribution: Attribution, *, indirect: bool) -> Attribution:
    """``attribution`` with the confidence its rule, stance and cue have measured (the
    rule's own estimate where they were seen too rarely to measure)."""
    found = _measured(attribution, indirect=indirect)
    if found is None or found == attribution.confidence:
        return attribution
    # as attrs.evolve would make it, without its generic machinery (one per quotation)
    return Attribution(
        attribution.speaker, attribution.cue, attribution.rule, found, attribution.stance
    )


def _measured(attribution: Attribution, *, indirect: bool) -> float | None:
    """The measured precision of ``attribution``'s rule, stance and cue lemma (or of its
    rule and stance with any cue), if the table has it."""
    return measured_for(attribution.rule, attribution.stance, attribution.cue, indirect=indirect)


def measured_for(rule: str, stance: Stance, cue: Mention | None, *, indirect: bool) -> float | None:
    """:func:`_measured` of an attribution of ``rule``, ``stance`` and ``cue``, before it
    is made (so that it is made once, with the confidence :func:`calibrated` gives)."""
    table = _confidences()
    kind = f"{'indirect' if indirect else 'marked'}/{stance.value}"
    found = table.get((rule, kind, cue_lemma(cue)))
    if found is None:
        found = table.get((rule, kind, "*"))
    return found
