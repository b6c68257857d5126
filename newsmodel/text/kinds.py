"""Paragraph kinds that a paragraph's own words decide, and subheadings.

Each rule has a name, so a classification can say which rule made it
(:attr:`Decision.rule`). The rules that need only the paragraph run in this order,
and the first that fires wins:

``editors_note``
    "Editor's note: ...", "Correction: ...", "Clarification:", "Update:", "This story
    has been updated ...", "An earlier version of this story ...".
``archive_label``
    the label of a part of an archive export on a line of its own: "ABSTRACT.", "FULL
    TEXT." (the story's dateline is looked for after the full text's label).
``boilerplate``
    page furniture: "Read more:", "Sign up for our newsletter", "Click here", "Follow us
    on Twitter", "Follow Jane Doe on Bluesky @...", "Advertisement", "Related:", "© 2024
    ...", "All rights reserved", "Updated 10:05 AM ET ...", separator lines ("___"), a
    lone agency sign-off ("REUTER"), a teaser for another story (a label in capitals and
    a short question: "A SIMPLE GUIDE: How do I vote?").
``credit``
    contributor and production credits (see :mod:`newsmodel.text.credits`).
``photo_marker`` and ``caption``
    photo captions (see :mod:`newsmodel.text.captions`).

A subheading (``heading``) needs its neighbours: a short line (at most 14 words; of
one word only in capitals, "BACKGROUND", or a capitalised word of letters that is no
page furniture, "Background", "Reaction") without sentence-final punctuation, or a
short question, that comes after body text and before a paragraph of prose (one that
does not open with a word in lower case, which goes on with a broken line). List items
("- ...", "1. ..."), lines ending on a word such as "the" or "and", and lines holding
a sentence break are no headings. It may be in any case ("no deal on fisheries",
"Money and energy", "MARKET REPORT") and may hold quoted words ("“Climate Finance”
and the rail corridor"). Short lines of figures, list items and table rows are no
headings: they hold digits, or the next paragraph is no prose.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
import regex

from newsmodel.model import ParagraphKind
from newsmodel.text import captions, credits
from newsmodel.text.captions import CAPTION_THRESHOLD, caption_score
from newsmodel.text.credits import parse_credit
from newsmodel.text.features import (
    FINAL_MARKS,
    ends_with_final_punctuation,
    final_mark,
    is_all_caps,
    more_words_than,
    words,
)
from newsmodel.text.lexicon import words as word_list
from newsmodel.text.photos import has_photo_marker

__all__ = [
    "RULES",
    "Decision",
    "Rule",
    "is_boilerplate",
    "is_editors_note",
    "is_heading_line",
    "is_prose",
    "kind_of",
]

#: Editor's notes and corrections.
EDITORS_NOTE_RE = regex.compile(
    r"(?i:[\s(\[*_]{0,4}(?:editor['’]?s['’]?\s+note|editors['’]\s+note|note\s+to\s+(?:readers|editors)"
    r"|correction\b\s*(?:[:\-—–(]|appended|\Z)|corrections?\s*:|clarification\s*[:\-—–]"
    r"|update\s*[:\-—–]|updates?\s+\d|"
    r"(?:this|the)\s+(?:story|article|report|post|piece|headline)\s+(?:has\s+been|was|is\s+being|"
    r"have\s+been)\s+(?:updated|corrected|amended|changed|edited|revised|clarified)"
    r"|an\s+earlier\s+version\s+of\s+this|a\s+previous\s+version\s+of\s+this"
    r"|this\s+is\s+a\s+developing\s+(?:story|news)|this\s+(?:story|article)\s+is\s+developing))"
)
#: Page furniture that opens a paragraph.
BOILERPLATE_RE = regex.compile(
    r"(?i:[\s(\[*_>»•]{0,4}(?:read\s+(?:more|next|the\s+(?:original|full|latest))|more\s*:|"
    r"related\s*(?::|coverage|articles?|stories|content|reading|links?|news)|also\s+read|"
    r"see\s+also|see\s+more|sign\s+up|subscribe\b|click\s+here|tap\s+here|"
    r"(?:you\s+can\s+)?follow\s+(?:us\b|@|[^.]{1,40}?\s+on\s+(?:twitter|facebook|instagram|x|"
    r"linkedin|tiktok|youtube|threads|bluesky|mastodon|telegram|whatsapp|snapchat|substack)\b)|"
    r"like\s+us\s+on|advertisement\b|sponsored\b|share\s+(?:this|on|via)\b|©|\(c\)\s|"
    r"copyright\b|all\s+rights\s+reserved|(?:this|the)\s+(?:article|story|post|piece)\s+"
    r"(?:was\s+)?(?:originally|first)\s+(?:published|appeared)|originally\s+published|"
    r"(?:watch|listen)\s*(?::|now\b|live\b)|download\s+(?:the|our)|get\s+(?:the|our)\s+"
    r"(?:latest|newsletter|app|free)|(?:story|article)\s+continue[sd]?\s*(?:\Z|below|after|from|here|overleaf|on\s+(?:page|the\s+next))|continue\s+reading|"
    r"scroll\s+(?:down|to)|(?:more\s+from|also\s+on)\s+[^.:]{1,40}:\s*\Z|"
    r"e-?mail\s*:\s*\S+@|"
    r"(?:updated|published|posted|last\s+updated|first\s+published)\b[^.]{0,40}\d|"
    r"disclaimer\s*:?\s*\Z|trending\s*:|most\s+(?:read|popular)\b|recommended\s*(?::|\Z)|"
    r"top\s+stories\s*\Z|send\s+us\s+(?:your|a)\s+tip|have\s+a\s+(?:news\s+)?tip|"
    r"contact\s+us\b|email\s+us\b|ftc\s*:|(?:reuters?|ap|afp|upi)\s*\Z|"
    r"please\s+(?:enable|support|subscribe|consider)|enable\s+javascript|"
    r"we\s+use\s+cookies|report\s+(?:a\s+)?(?:typo|error)|"
    r"(?:share|tweet|email|print|comment)(?:\s*[|/•]\s*(?:share|tweet|email|print|comments?|save))+\s*\Z))"
)
#: The label of a part of an archive export, on a line of its own: "ABSTRACT.", "Full Text:".
ARCHIVE_LABEL_RE = regex.compile(
    r"(?i:abstract|full[\s-]+text|document\s+text|article\s+text)\s*[.:]?\s*"
)
#: A teaser for another story: a label in capitals, a colon and a question ("A SIMPLE
#: GUIDE: How do I vote?", "EXPLAINER: Why are prices rising?").
TEASER_RE = regex.compile(
    r"(?P<label>\p{Lu}[\p{Lu}'’&-]*(?:\s+\p{Lu}[\p{Lu}'’&-]*){0,4})\s*:\s+\S[^\n]*\?[\"”’]?\s*"
)
#: The words one of which a teaser's label holds (a speaker's name in a transcript,
#: "TAPPER: Do you think ...?", holds none).
TEASER_WORDS = word_list("teaser_words")
#: The longest teaser, in words.
MAX_TEASER_WORDS = 25
#: A line of rule characters: "___", "* * *", "-----".
RULE_LINE_RE = regex.compile(r"[\s_\-=*~•·#+.]{3,}")
#: The longest paragraph the prefix rules for notes and furniture look at, in words.
MAX_FURNITURE_WORDS = 45
#: The longest subheading, in words and characters.
MAX_HEADING_WORDS = 14
MAX_HEADING_CHARS = 120
#: Words a subheading does not end on: a line ending so is a broken sentence.
DANGLING_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "but",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "from",
        "with",
        "that",
        "were",
        "was",
        "is",
        "are",
        "has",
        "have",
        "had",
        "will",
        "would",
        "its",
        "their",
        "his",
        "her",
        "as",
        "than",
    ]
)
#: A list item: a bullet, a dash or a number before the text.
LIST_ITEM_RE = regex.compile(r"(?:[-–—•*·▪►]|\d{1,2}[.)])\s*\S")
#: The question or answer of an interview: "Q: ...", "A: ...".
INTERVIEW_RE = regex.compile(r"[QA](?:[:.]|\s*[-–—]|(?=\p{Lu}\p{Ll}))")
#: Verbs of saying: a line that reports speech is no heading.
SAYING_RE = regex.compile(r"(?i:\b(?:said|says|asked|asks|told|tells|interjected|replied|added)\b)")
#: Quote marks and commas: with a verb of saying they make a line reported speech.
QUOTE_OR_COMMA_RE = regex.compile(r"[\"“”‘’',]")
#: A sentence ending inside the line, before the next one or its opening quote mark: a
#: line holding two sentences is no heading.
SENTENCE_INSIDE_RE = regex.compile(r"\p{Ll}[.!?]+[\s\"”’“‘«»]+\p{L}")
#: A quotation closed by a comma and followed by words: '“This is wrong,” Ana Ruiz wrote',
#: reported speech and no heading.
QUOTED_CLAUSE_RE = regex.compile(r",[\"”’»]\s+\p{L}")
#: Digits in a word.
DIGIT_RE = regex.compile(r"\d")
#: A one-word subheading: a capitalised word of letters ("Background").
ONE_WORD_HEADING_RE = regex.compile(r"\p{Lu}\p{Ll}{3,20}")
#: Capitalised single words that stand on a line of their own without heading anything:
#: furniture, labels, table headers and sign-offs.
NOT_ONE_WORD = frozenset(
    [
        "advertisement",
        "related",
        "share",
        "comments",
        "loading",
        "video",
        "photos",
        "gallery",
        "year",
        "total",
        "source",
        "sources",
        "notes",
        "note",
        "ends",
        "more",
        "menu",
        "search",
        "close",
        "next",
        "previous",
        "print",
        "email",
        "tweet",
        "watch",
        "listen",
        "play",
        "replay",
        "caption",
        "image",
        "photo",
        "credit",
        "opinion",
        "explainer",
        "live",
        "updated",
        "breaking",
        "exclusive",
        "sponsored",
        "promoted",
        "trending",
        "popular",
        "newsletter",
        "podcast",
        "bookmark",
        "save",
        "follow",
        "facebook",
        "twitter",
        "instagram",
        "linkedin",
        "whatsapp",
        "copy",
        "link",
        "copied",
        "home",
        "back",
        "top",
        "continue",
    ]
)
#: Marks a subheading does not end with (besides sentence-final ones, "?" aside).
_NO_HEADING_MARKS = frozenset({",", ";", ":", "-"})


@attrs.frozen
class Decision:
    """A paragraph's kind and the name of the rule that gave it."""

    kind: ParagraphKind
    rule: str


@attrs.frozen
class Rule:
    """A named rule that gives a paragraph a kind when ``test`` holds for its text."""

    name: str
    kind: ParagraphKind
    test: Callable[[str], bool]


def is_editors_note(paragraph: str) -> bool:
    """Whether the paragraph is an editor's note or a correction."""
    return EDITORS_NOTE_RE.match(paragraph) is not None


def is_boilerplate(paragraph: str) -> bool:
    """Whether the paragraph is page furniture."""
    if not paragraph[:1].isalnum() and RULE_LINE_RE.fullmatch(paragraph):
        return True  # (a rule line holds no letter or digit, at its start or anywhere)
    if BOILERPLATE_RE.match(paragraph) is not None:
        return not more_words_than(paragraph, MAX_FURNITURE_WORDS)
    return _is_teaser(paragraph)


def is_archive_label(paragraph: str) -> bool:
    """Whether the paragraph is the label of a part of an archive export ("FULL TEXT.")."""
    return ARCHIVE_LABEL_RE.fullmatch(paragraph) is not None


def _is_teaser(paragraph: str) -> bool:
    """A label in capitals holding a word of TEASER_WORDS, before a short question."""
    if not paragraph.endswith(("?", '?"', "?”", "?’")):
        return False
    m = TEASER_RE.fullmatch(paragraph)
    if m is None or more_words_than(paragraph, MAX_TEASER_WORDS):
        return False
    return any(word in TEASER_WORDS for word in m["label"].casefold().split())


def _is_credit(paragraph: str) -> bool:
    return parse_credit(paragraph) is not None


def _is_caption(paragraph: str) -> bool:
    return caption_score(paragraph) >= CAPTION_THRESHOLD


#: The rules that need only the paragraph's words, in the order they are tried.
RULES: tuple[Rule, ...] = (
    Rule("editors_note", ParagraphKind.EDITORS_NOTE, is_editors_note),
    Rule("archive_label", ParagraphKind.BOILERPLATE, is_archive_label),
    Rule("boilerplate", ParagraphKind.BOILERPLATE, is_boilerplate),
    Rule("credit", ParagraphKind.CREDIT, _is_credit),
    Rule("photo_marker", ParagraphKind.CAPTION, has_photo_marker),
    Rule("caption", ParagraphKind.CAPTION, _is_caption),
)


#: The decision of each rule (decisions are frozen, so one of each serves every paragraph).
_DECISIONS: tuple[tuple[Callable[[str], bool], Decision], ...] = tuple(
    (rule.test, Decision(rule.kind, rule.name)) for rule in RULES
)


#: The rules that no paragraph longer than LONG_CHARS characters and LONG_WORDS words
#: passes: boilerplate (at most MAX_FURNITURE_WORDS words, a teaser MAX_TEASER_WORDS, a
#: rule line none), credits (credits.MAX_WORDS), photo markers and captions (a subject and
#: verb in captions.MAX_WORDS words, else at most captions.MAX_OTHER_CHARS characters).
_LIMITED = frozenset({"boilerplate", "credit", "photo_marker", "caption"})
LONG_CHARS = captions.MAX_OTHER_CHARS
LONG_WORDS = max(MAX_FURNITURE_WORDS, MAX_TEASER_WORDS, credits.MAX_WORDS, captions.MAX_WORDS)
#: The rules a long paragraph is read by (the others cannot claim it), in order.
_LONG_DECISIONS = tuple((test, d) for test, d in _DECISIONS if d.rule not in _LIMITED)


def kind_of(paragraph: str) -> Decision | None:
    """The kind the paragraph's own words give it, or None (body or heading)."""
    if len(paragraph) > LONG_CHARS and more_words_than(paragraph, LONG_WORDS):
        # a long paragraph (two in five of a news corpus): the rules that would read
        # all of it to say no are not tried
        for test, decision in _LONG_DECISIONS:
            if test(paragraph):
                return decision
        return None
    for test, decision in _DECISIONS:
        if test(paragraph):
            return decision
    return None


def is_heading_line(paragraph: str) -> bool:
    """Whether the paragraph has the shape of a subheading (its neighbours aside)."""
    if "\n" in paragraph or len(paragraph) > MAX_HEADING_CHARS:
        return False
    mark = final_mark(paragraph)
    if mark == "." and paragraph.rstrip().endswith("?.") and is_all_caps(paragraph):
        mark = "?"  # "CAN THE LIBERALS GET THEIR TONE RIGHT?.": a scraper's stray stop
    if mark != "?" and (mark in FINAL_MARKS or mark in _NO_HEADING_MARKS):
        return False  # (what the last test below says, known sooner)
    found = words(paragraph)
    if not found or len(found) > MAX_HEADING_WORDS:
        return False
    if len(found) == 1 and not (is_all_caps(paragraph) or _one_word_heading(paragraph)):
        return False  # (as below: the tests may come in any order, each says no)
    if DIGIT_RE.search(paragraph) and sum(1 for w in found if DIGIT_RE.search(w)) > 1:
        return False
    letters = sum(map(str.isalpha, paragraph))
    if letters < 3 or letters < 0.6 * (len(paragraph) - sum(map(str.isspace, paragraph))):
        return False
    if found[-1].casefold() in DANGLING_WORDS or LIST_ITEM_RE.match(paragraph):
        return False
    if SENTENCE_INSIDE_RE.search(paragraph) or INTERVIEW_RE.match(paragraph):
        return False
    if QUOTED_CLAUSE_RE.search(paragraph):
        return False
    if SAYING_RE.search(paragraph) and (QUOTE_OR_COMMA_RE.search(paragraph) or mark == "?"):
        return False
    if mark == "?":
        return len(found) <= 10
    return not ends_with_final_punctuation(paragraph) and mark not in _NO_HEADING_MARKS


def _one_word_heading(paragraph: str) -> bool:
    """Whether a paragraph of one word reads as a subheading: a capitalised word of
    letters ("Background", "Reaction"); one in capitals is read as such elsewhere."""
    word = paragraph.strip()
    return ONE_WORD_HEADING_RE.fullmatch(word) is not None and word.casefold() not in NOT_ONE_WORD


def is_prose(paragraph: str) -> bool:
    """Whether the paragraph is running text: a sentence of several words, ending as one."""
    return ends_with_final_punctuation(paragraph) and more_words_than(paragraph, 5)
