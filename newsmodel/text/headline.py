"""Headlines: whether the first line of a text is the story's title.

The first paragraph is the headline when it is a single line, other text follows it,
and it reads as a title rather than as the story's first sentence. Rules, tried in
order (the name of the one that fired is returned):

``caps``
    a wire title in capitals, whatever its end ("HARBOUR OIL <HBO> TO FORM FINANCE
    UNIT", "BOARD MANDATES BANK FOR U.S. NOTE.");
``unpunctuated``
    no sentence-final punctuation ("Ministers pledge closer trade ties");
``question``
    a short question or exclamation ("Is this the end of cash?");
``title_case``
    Title Case with a final full stop or semicolon, as some archives write titles
    ("Fact Check: If The Mayor Says It, Is It True?"), even in two sentences;
``label``
    a label and a colon, then a title or a quotation ("The Latest: Council to vote on
    budget.", "Mayor: 'We will not back down.'"), at most 20 words;
``short``
    one short sentence in headline style, with a final full stop or semicolon
    ("Mayor to seek second term, shift staff to harbour wards."): at most 16 words,
    without the auxiliaries and past-tense verbs of saying that running text has ("has",
    "is", "will", "said") unless it has at most 9 words, not opening with a pronoun or
    an article, not reporting speech ("“We will win,” she said.") nor dating the news ("on
    Monday"), and at most 12 words unless a blank line follows it. The lead sentence of
    a story ("The harbour board has voted to raise its fees by eight percent.") fails
    these tests.

A line longer than 30 words, or one holding two sentences in sentence case, is no
headline. The name of a section before a bar ("Local News | ...") is no part of the
headline the article gets (:func:`without_section`); the paragraph keeps it.
"""

from __future__ import annotations

import regex

from newsmodel.text.features import (
    ends_with_final_punctuation,
    final_mark,
    is_all_caps,
    title_case_share,
    words,
)

__all__ = ["SECTION_PREFIX_RE", "headline_rule", "without_section"]

#: A sentence boundary inside a line ("... rose. Shares fell ...").
SENTENCE_BREAK_RE = regex.compile(r"(?<![\p{Lu}.]\p{Ll}{0,2})[.!?][\"”’]?\s+[\"“]?\p{Lu}\p{Ll}")
#: Words that make a line read as a sentence of running text: headlines drop auxiliaries
#: and tell of speech in the present tense ("says", not "said").
RUNNING_TEXT_RE = regex.compile(
    r"(?i:\b(?:said|told|was|were|had|did|has|have|is|are|will|would|could|can|may|might|"
    r"should|must|been|being|according\s+to)\b)"
)
#: A quotation closed by a comma, or a past-tense verb of saying: "“We will win,” she
#: said." is a sentence of the story, never its title.
REPORTED_SPEECH_RE = regex.compile(r"[,!?][\"”]\s|\b(?:said|told)\b")
#: The name of a section before a headline and a bar, as pages and archives keep it:
#: "Local News | ", "Politics | ", "World & Europe | ".
SECTION_PREFIX_RE = regex.compile(
    r"\p{Lu}[\p{L}'’.]*(?:\s+(?:&|and|\p{Lu}[\p{L}'’.]*)){0,3}\s+[|｜]\s+(?=\S)"
)
#: A day of the week as a lead sentence dates its news ("... on Monday."); titles don't.
DAY_OF_NEWS_RE = regex.compile(
    r"\b(?:on|last|this|next|early|late)\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
)
#: Openings of running text: pronouns and determiners.
SENTENCE_OPENING_RE = regex.compile(
    r"(?:I|We|You|He|She|It|They|A|An|The|This|That|These|Those|There|Here|My|Our|His|Her|"
    r"Their|Its|But|And|So)\b(?!:)"
)
#: The longest headline, in words and characters.
MAX_WORDS = 30
MAX_CHARS = 250
#: The longest headline in sentence case with a full stop, in words (when a blank line
#: follows it, and when not).
MAX_SHORT_WORDS = 16
MAX_SHORT_WORDS_INLINE = 12
#: ... and when it has a word of running text ("is", "will", "said").
MAX_SHORT_WORDS_RUNNING = 9
#: The longest headline that opens with a label and a colon, in words.
MAX_LABEL_WORDS = 20
#: A label before a colon that opens a title: "The Latest:", "Analysis:", "Mayor:".
LABEL_RE = regex.compile(r"[\p{Lu}\p{N}'‘][\p{L}\p{N}'’.\-]*(?: [\p{L}\p{N}'’.\-]+){0,2}: ")


def headline_rule(line: str, *, blank_after: bool = True) -> str | None:
    """The name of the rule by which ``line`` reads as a headline, or None.

    ``blank_after`` says a blank line follows it, as it does after most titles in text
    that separates paragraphs with blank lines.
    """
    line = line.strip()
    if not line or "\n" in line or len(line) > MAX_CHARS:
        return None
    found = words(line)
    if not found or len(found) > MAX_WORDS:
        return None
    if is_all_caps(line):
        return "caps"
    mark = final_mark(line)
    if mark in {",", "-", "–", "—"}:
        return None
    two_sentences = SENTENCE_BREAK_RE.search(line) is not None
    title_case = title_case_share(line) >= 0.75 and len(found) >= 3
    if not ends_with_final_punctuation(line) and mark not in {":", ";"}:
        return None if two_sentences else "unpunctuated"
    if two_sentences and not title_case:
        return None
    if mark in {"?", "!"}:
        return "question" if len(found) <= 20 else None
    if mark not in {".", ";"}:
        return None
    if title_case:
        return "title_case"
    if LABEL_RE.match(line) and len(found) <= MAX_LABEL_WORDS:
        return "label"
    limit = MAX_SHORT_WORDS if blank_after else MAX_SHORT_WORDS_INLINE
    if RUNNING_TEXT_RE.search(line):
        limit = min(limit, MAX_SHORT_WORDS_RUNNING)
    if (
        len(found) <= limit
        and not SENTENCE_OPENING_RE.match(line)
        and not REPORTED_SPEECH_RE.search(line)
        and not DAY_OF_NEWS_RE.search(line)
    ):
        return "short"
    return None


def without_section(headline: str) -> str:
    """The headline without the name of a section before it ("Local News | Bridge to
    close" -> "Bridge to close")."""
    m = SECTION_PREFIX_RE.match(headline)
    return headline[m.end() :] if m is not None else headline
