"""Reported speech that a noun of speech introduces, its owner the speaker: "the manager
rejected Kenneth Zhang’s claim that she had been let go", "the board dismissed warnings
from outreach workers that the shelters are full". The clause after "that" is what the
owner said, whatever the sentence's own verb does with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel.quotes.cue_speaker import AGENT_KINDS, Context, Found
from newsmodel.quotes.lexicon import TITLE_WORDS, word_list
from newsmodel.quotes.noun_phrases import np_before
from newsmodel.quotes.reported_clause import IndirectSpeech, clause_end, trim_clause
from newsmodel.quotes.speaker_after import phrase_after
from newsmodel.quotes.speaker_kinds import Phrase, classify
from newsmodel.quotes.tokens import Tokens, indexed

__all__ = ["NOUN_RULE", "noun_reports"]

#: Nouns of speech whose "that" clause is what their owner said.
_CLAUSE_NOUNS = indexed(word_list("clause_noun_cues"))
#: Words after which a noun phrase may open a clause of its own, as its subject.
_CLAUSE_JOINERS = frozenset({"and", "but", "or", ",", ";", ":", "—", "–"})
#: The rule of a clause a noun of speech reports. Its owner is no speaker of the passage:
#: a pronoun or a quotation standing alone after it is not theirs ("he hit back at Mr
#: Mallon's claim that ... “...,” he said" is not Mallon's).
NOUN_RULE = "indirect-noun"
#: The confidence of a clause a noun of speech reports.
_CONFIDENCE = 0.6


def noun_reports(
    ctx: Context, speech: Sequence[bool], taken: Sequence[IndirectSpeech]
) -> list[IndirectSpeech]:
    """The clauses after "that" that a noun of speech with an owner introduces ("Zhang’s
    claim that ...", "warnings from outreach workers that ..."), in paragraphs of speech,
    outside quotations and outside reported speech already found (``taken``)."""
    tokens = ctx.tokens
    # (a stance's object, "rejected Zhang’s claim that ...", leaves the claim its own)
    covered = [
        (item.first, item.last)
        for item in taken
        if item.found.rule != "indirect-object" and not item.found.thought
    ]
    found = []
    for k in tokens.where(_CLAUSE_NOUNS):
        if tokens.quote[k] >= 0 or not speech[tokens.para[k]]:
            continue
        sf, sl = tokens.sentence_bounds(k)
        owner, that = _owner(tokens, k, sf, sl)
        if owner is None or that >= sl or tokens.lower[that] != "that" or tokens.quote[that] >= 0:
            continue
        start = that + 1
        span = trim_clause(tokens, start, clause_end(tokens, start, sl))
        if span is None or any(a < span[1] and span[0] < b for a, b in covered):
            continue
        cue = (tokens.start[k], tokens.end[k])
        found.append(IndirectSpeech(span[0], span[1], Found(owner, cue, NOUN_RULE, _CONFIDENCE)))
    return found


def _owner(tokens: Tokens, k: int, sf: int, sl: int) -> tuple[Phrase | None, int]:
    """The owner of the noun at token ``k`` and where its "that" should stand: a
    possessive right before the noun ("Kenneth Zhang’s claim that"), or a phrase after
    "from" or "by" right after it ("warnings from outreach workers that"); a name or a
    noun of someone who speaks."""
    owner = None
    that = k + 1
    if k - 2 >= sf and tokens.lower[k - 1] in ("’s", "'s"):
        owner = np_before(tokens, k - 1, sf)
    elif k + 2 < sl and tokens.lower[k + 1] in ("from", "by"):
        owner = phrase_after(tokens, k + 2, sl)
        if owner is not None:
            that = max(owner.last, owner.description[1] if owner.description else 0)
    if owner is not None and owner.name is not None and owner.title is not None:
        a, b = owner.title
        if any(
            tokens.text[m].islower() and tokens.lower[m] not in TITLE_WORDS for m in range(a, b)
        ):
            # "The manager rejected Kenneth Zhang’s claim": the name alone owns it
            owner = classify(tokens, owner.name[0], owner.last)
    if (
        owner is None
        # the noun an object, its sentence's verb before it (not "Ford’s promise that no
        # hospital would close was broken": the clause's end unknown)
        or min(owner.first, k) <= sf
        or tokens.lower[min(owner.first, k) - 1] in _CLAUSE_JOINERS  # "... and Parry's claim"
        or owner.kind not in AGENT_KINDS
        or owner.pronoun is not None
        or (owner.name is None and owner.role is None)
    ):
        return None, that
    return owner, that
