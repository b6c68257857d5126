"""Photo credits and picture markers: the words that say a paragraph goes with a picture.

A paragraph carries a picture marker when it opens with a label ("Photo:", "Image
caption:", "FILE - ..."), holds a credit ("(Getty Images)", "Credit: Reuters", "(AP
Photo/Jane Doe)", "(Photo by Jane Doe / AFP)", "REUTERS/Jane Doe", "In this file photo
..."), ends with one ("... Photograph: Jane Doe/Reuters"), or is a sentence or two
closed by a known agency in brackets ("... leaves the palace. (AFP)"). Such a paragraph
is a caption (:mod:`newsmodel.text.captions` reads captions without a marker).
"""

from __future__ import annotations

import regex

from newsmodel.text.captions import MAX_WORDS, QUOTE_MARK_RE, SAYING_RE
from newsmodel.text.features import final_mark, lowered, more_words_than
from newsmodel.text.lexicon import AGENCIES, words

__all__ = ["PHOTO_MARKER_RE", "has_photo_marker"]

# The parts of a picture marker, which PHOTO_MARKER_RE joins (has_photo_marker tries
# each part only where the words it needs are in the paragraph).
_PHOTO_LABEL = (
    r"\A[\s(\[]{0,4}(?:photo|photograph|picture|image|video|caption|credit|image\s+caption|"
    r"image\s+copyright|image\s+source|main\s+image(?:\s+credit)?|top\s+image|pictured|"
    r"file\s+photo|photo\s+illustration|watch|gallery)(?:\s+credit)?\s*[:|]"
)
_PHOTO_BRACKETS = (
    r"\((?:[^()]{0,60}\s)?(?:photo|photograph|image|picture|video|illustration)s?"
    r"(?:(?:\s+(?:by|credit|courtesy|illustration))?\s*[:/]|\s+(?:by|courtesy\s+of)\s)"
    r"[^()]{0,80}\)"
)
_PHOTO_VIEW = (
    r"\A(?:an?\s+|the\s+)?(?:aerial|general|close-up|partial|wide|drone)\s+views?\s+(?:of|from)\b"
    # a page's label before its caption: "Open this photo in gallery Ann Reid speaks ..."
    r"|\Aopen\s+this\s+(?:photo|image)\s+in\s+gallery\b"
)
_PHOTO_AGENCY = (
    r"\b(?:getty\s+images|via\s+getty|shutterstock|ap\s+photo|afp\s+photo|reuters\s+photo|"
    r"epa-efe|anadolu\s+agency\s+via|ddp\s+images|picture\s+alliance|nurphoto)\b"
)
_PHOTO_IN_THIS = (
    r"\bin\s+this\s+(?:undated\s+|handout\s+|file\s+|aerial\s+|screen\s*grab\s+)*"
    r"(?:photo|image|picture|handout|screen\s*grab|video\s+still|still\s+image)"
)
_PHOTO_WORDS = (
    r"\b(?:file\s+photo|handout\s+photo|photo\s+(?:taken|released|provided|obtained)"
    r"|(?:credit|courtesy)\s*:)"
)
_PHOTO_SLASH = r"\b(?:REUTERS|AFP|EPA|AP|XINHUA|BLOOMBERG)/\p{Lu}"
#: AP's label of an archive picture, in capitals: "FILE - Ana Ruiz speaks ...".
_PHOTO_FILE = r"\A[\s(\[]{0,4}FILE\s*(?:PHOTO\s*)?[-–—:]\s"
#: A credit that closes the paragraph: "... on May 3. Photograph: Jane Doe/Reuters",
#: "... in Hanoi. Photo by Jane Doe/AFP".
_PHOTO_CLOSING = (
    r"(?<=[.!?)\"”]\s{1,3})(?i:(?:photo(?:graph)?|picture|image)s?\s*(?::|\s+by\b))\s*"
    r"\p{Lu}[\p{L}'’.\-]*(?:(?:\s+|\s*[/|,]\s*|\s+(?:for|via|of)\s+)\p{Lu}[\p{L}'’.\-]*){0,8}"
    r"[.]?\s*\Z"
)
#: Picture markers and photo credits.
PHOTO_MARKER_RE = regex.compile(
    rf"(?i:{_PHOTO_LABEL}|{_PHOTO_BRACKETS}|{_PHOTO_VIEW}|{_PHOTO_AGENCY}|{_PHOTO_IN_THIS}"
    rf"|{_PHOTO_WORDS})|{_PHOTO_SLASH}|{_PHOTO_FILE}|{_PHOTO_CLOSING}"
)
#: The parts of PHOTO_MARKER_RE: at the start of a paragraph, ...
PHOTO_START_RE = regex.compile(rf"(?i:{_PHOTO_LABEL}|{_PHOTO_VIEW})|{_PHOTO_FILE}")
#: ... a credit in brackets (needs "("), ...
PHOTO_BRACKETS_RE = regex.compile(rf"(?i:{_PHOTO_BRACKETS})")
#: ... agencies and photo words (need one of PHOTO_WORDS in lower case), ...
PHOTO_WORDS_RE = regex.compile(rf"(?i:{_PHOTO_AGENCY}|{_PHOTO_WORDS})")
#: ... "in this photo" (needs "this"), ...
PHOTO_IN_THIS_RE = regex.compile(rf"(?i:{_PHOTO_IN_THIS})")
#: ... a credit closing the paragraph (needs "photo", "picture" or "image"), ...
PHOTO_CLOSING_RE = regex.compile(_PHOTO_CLOSING)
#: ... and "REUTERS/Jane Doe" (needs "/").
PHOTO_SLASH_RE = regex.compile(_PHOTO_SLASH)
#: Picture agencies, besides the news agencies of the lexicon, that close a caption in
#: brackets: "... in Hanoi. (Getty)".
PHOTO_AGENCIES = words("captions/photo_agencies")
#: A photographer's name before the agency in a bracketed credit: "(Ines Marlow/CBC)".
PHOTOGRAPHER_RE = regex.compile(r"\p{Lu}[\p{L}'’.\-]*(?:\s\p{Lu}[\p{L}'’.\-]*){1,3}")
#: How far from the end a closing photo credit may start, in characters.
_CLOSING_REACH = 120
#: Every match of PHOTO_WORDS_RE holds one of these, in any case.
PHOTO_WORDS = (
    "photo",
    "picture",
    "credit",
    "courtesy",
    "getty",
    "shutterstock",
    "epa-efe",
    "anadolu",
    "ddp",
)
#: The words one of which a picture marker found by words holds (PHOTO_WORDS, and
#: "image" for a closing credit).
PICTURE_WORDS = (*PHOTO_WORDS, "image")


def has_photo_marker(paragraph: str) -> bool:
    """Whether the paragraph carries a photo credit or a picture marker
    (``PHOTO_MARKER_RE`` matches it), in at most MAX_WORDS words."""
    return _photo_marker(paragraph) and not more_words_than(paragraph, MAX_WORDS)


def _photo_marker(paragraph: str) -> bool:
    """Whether PHOTO_MARKER_RE matches, tried in its parts, each only where the words it
    needs are, or the paragraph ends with an agency's photo credit (see
    _agency_credit)."""
    if PHOTO_START_RE.match(paragraph) is not None:
        return True
    if "(" in paragraph and (
        PHOTO_BRACKETS_RE.search(paragraph) is not None or _agency_credit(paragraph)
    ):
        return True
    if "/" in paragraph and PHOTO_SLASH_RE.search(paragraph) is not None:
        return True
    low = lowered(paragraph)  # (features.CASE_TWINS: each part's words are found there)
    if "this" in low and PHOTO_IN_THIS_RE.search(paragraph) is not None:
        return True
    if not any(map(low.__contains__, PICTURE_WORDS)):
        return False
    return _closing_credit(paragraph, low) or PHOTO_WORDS_RE.search(paragraph) is not None


def _closing_credit(paragraph: str, low: str) -> bool:
    """Whether a photo credit closes the paragraph (PHOTO_CLOSING_RE, tried at each
    picture word within _CLOSING_REACH of the end; ``low`` is the paragraph lowered)."""
    start = max(0, len(paragraph) - _CLOSING_REACH)
    for word in ("photo", "picture", "image"):
        at = low.find(word, start)
        while at >= 0:
            if PHOTO_CLOSING_RE.match(paragraph, at) is not None:
                return True
            at = low.find(word, at + 1)
    return False


def _credited_agency(name: str) -> bool:
    """Whether ``name`` (case-folded) is a news or picture agency."""
    return name in AGENCIES or name in PHOTO_AGENCIES


def _agency_credit(paragraph: str) -> bool:
    """Whether the paragraph is a sentence or two closed by a known agency in brackets
    (or a picture agency, PHOTO_AGENCIES), as a picture is credited: "Ana Ruiz waves as
    she leaves the palace. (AFP)"; a sentence that quotes or reports speech is left alone
    ("..., he said. (AFP)" credits a story). A photographer and an agency credit a picture
    whatever the sentence: "Tom Reyes said he heard of it from a neighbour. (Ines
    Marlow/CBC)"."""
    end = paragraph.rstrip()
    if not end.endswith(")"):
        return False
    opening = end.rfind("(")
    if opening < 0 or end.find(")", opening) != len(end) - 1:
        return False
    before = end[:opening].rstrip()
    if final_mark(before) not in {".", "!"} or not more_words_than(before, 2):
        return False
    credit = " ".join(end[opening + 1 : -1].split())
    if _credited_agency(credit.casefold()):
        return QUOTE_MARK_RE.search(before) is None and SAYING_RE.search(before) is None
    photographer, slash, agency = credit.partition("/")
    return (
        bool(slash)
        and _credited_agency(agency.strip().casefold())
        and PHOTOGRAPHER_RE.fullmatch(photographer.strip()) is not None
    )
