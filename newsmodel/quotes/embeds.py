"""Posts embedded in an article as text: the words of a tweet and its signature.

A page that embeds a post keeps its words and a signature after them when it is turned
into text: "Bring it, but you won’t. https://t.co/x1 — Ann Reid (@annreid) December 18,
2018". The words are the poster's own, verbatim, with no quote marks and no verb:
:func:`find_embeds` reports them as a direct quotation of the one named in the signature,
its cue the signature's dash (rule ``embedded-post``). The words stand before the
signature in its paragraph, or, where the signature is a paragraph of its own, make the
paragraph before it. A link at their end (the post's picture or page) is left out.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

import regex

from newsmodel.model import SpeakerKind
from newsmodel.quotes.cue_speaker import Found
from newsmodel.quotes.reported_clause import IndirectSpeech
from newsmodel.quotes.speaker_kinds import Phrase, classify
from newsmodel.quotes.tokens import Tokens

__all__ = ["EMBED_RULE", "SIGNATURE_RE", "find_embeds"]

#: The rule of the attributions :func:`find_embeds` makes.
EMBED_RULE = "embedded-post"
#: The signature that closes an embedded post: a dash, the poster's name, their handle in
#: brackets and the date ("— Ann Reid (@annreid) December 18, 2018").
SIGNATURE_RE = regex.compile(
    r"[—–]\s*(?P<name>[\p{L}\p{M}][\p{L}\p{M}\p{N}'’.&\- ]{0,60}?)\s*\(@\w{1,30}\)\s*"
    r"\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2},\s\d{4}\s*\Z"
)
#: A link that ends a post's words: its picture ("pic.twitter.com/...", glued to a
#: hashtag at times) or a shortened address.
TRAILING_LINK_RE = regex.compile(r"(?:pic\.twitter\.com/\S*|https?://\S*)\s*\Z")
#: The fewest words an embedded post's words must have.
_MIN_WORDS = 2


def find_embeds(
    tokens: Tokens, text: str, spans: Sequence[tuple[int, int]], speech: Sequence[bool]
) -> list[IndirectSpeech]:
    """The embedded posts of the paragraphs at ``spans`` (character ranges) that can hold
    speech, as reported words (token ranges) with ``verbatim`` set."""
    found: list[IndirectSpeech] = []
    for p, (start, end) in enumerate(spans):
        if not speech[p] or "(@" not in text[start:end]:
            continue
        m = SIGNATURE_RE.search(text, start, end)
        if m is None:
            continue
        words_start, words_end = start, m.start()
        if not text[start : m.start()].strip():
            if p == 0 or not speech[p - 1]:
                continue  # the signature alone, after no paragraph of words
            words_start, words_end = spans[p - 1]
        words_end = _without_link(text, words_start, words_end)
        embed = _embed(tokens, words_start, words_end, m)
        if embed is not None:
            found.append(embed)
    return found


def _without_link(text: str, start: int, end: int) -> int:
    """Where a post's words in [start, end) end, before a link that closes them."""
    while end > start and text[end - 1].isspace():
        end -= 1
    at = text.rfind("pic.twitter.com/", start, end)
    if at < 0:
        link = TRAILING_LINK_RE.search(text, start, end)
        at = -1 if link is None else link.start()
    elif TRAILING_LINK_RE.fullmatch(text, at, end) is None:
        at = -1
    if at >= 0:
        end = at
        while end > start and text[end - 1].isspace():
            end -= 1
    return end


def _embed(
    tokens: Tokens, start: int, end: int, signature: regex.Match[str]
) -> IndirectSpeech | None:
    """The post with words in characters [start, end) and its ``signature``, in tokens."""
    first = bisect_left(tokens.start, start)
    last = bisect_right(tokens.end, end)
    if last - first < _MIN_WORDS:
        return None
    dash = bisect_left(tokens.start, signature.start())
    name_first = bisect_left(tokens.start, signature.start("name"))
    name_last = bisect_right(tokens.end, signature.end("name"))
    if dash >= len(tokens.text) or name_last <= name_first:
        return None
    phrase = classify(tokens, name_first, name_last)
    if phrase is None or phrase.pronoun is not None:
        phrase = Phrase(name_first, name_last, SpeakerKind.PERSON, name=(name_first, name_last))
    cue = (tokens.start[dash], tokens.end[dash])
    return IndirectSpeech(first, last, Found(phrase, cue, EMBED_RULE, 0.9), verbatim=True)
