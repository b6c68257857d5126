"""Datelines: the place, agency and date that open a wire story.

A dateline is read at the start of the first body paragraph (or as a paragraph of its
own) by a small left-to-right parser. Its parts, each optional but in this order:

* a **place**: one to five capitalised words ("WASHINGTON", "Hong Kong", "RIO DE
  JANEIRO", "ST. LOUIS", "NEW YORK/LONDON"), then up to three comma-separated
  **regions** ("PORTLAND, Ore.", "HAYWARD, Calif.", "Kabul, Afghanistan");
* a **date** ("Feb 26", "March 2", "2 March", "Nov. 18, 2019");
* a **source** in brackets ("(Reuters)", "(AP)", "(CNN)");
* a **separator**: a dash of any kind ("-", "--", "—", "–") or a colon.

Whether what was read is a dateline depends on how strong the evidence is: a known
agency in brackets is enough ("Hong Kong (CNN) President ..."); a place in capitals
(at most three words unless known) needs a separator and a sentence after it ("LONDON
—", "BERLIN --"); a place in mixed case needs a long dash and must be a known place or
carry a region or date ("Washington — NASA said ..."), or a date before a plain hyphen
("New York, Feb 26 -"). A colon only follows a known place ("NEW DELHI:", but not
"DEAR READERS:"). Without a date, a region must be a known state, province or country
("ZUG, SWITZERLAND", but not "FEES RISE, BOARD SAYS"), or one in mixed case after a
place in capitals and before a dash ("VIRAC, Catanduanes –"). A capitalised word that
opens a sentence is no dateline ("Democratic lawmakers said ..."), and neither are
title words such as "BREAKING" or "UPDATE".

**Tangled datelines.** Scraped copy sometimes runs the first word of the lead into the
dateline: "Nairobi Kenyan (CNN) President Amani Otieno ...", where the lead reads
"Kenyan President Amani Otieno ...". The words before the source (the place, or its
last region: "GULFPORT, Miss. Police (AP) — and rescue crews ...") are untangled when
they are not a known place as a whole: a place in capitals ends where the capitals do
("GULFPORT Police"); otherwise the words after the longest known place they start
with ("Nairobi", "Miss.", "Netherlands") are the lead's; otherwise its last words are,
if they are a nationality adjective, a word that opens sentences, a possessive or a
plural noun for people ("Kenyan", "The", "Former", "Police", "Striking", "Kenya's",
"Farmers"). Those words are given back to the sentence. The dateline then reads
``location="Nairobi"``, ``source="CNN"``; its span covers "Nairobi Kenyan (CNN)" as
written (a span cannot skip words), and the first sentence starts at "Kenyan", so it
contains "(CNN)": the sentence keeps all of its own words, at the price of also
holding the agency. A region is known (as an unknown source needs) without the words
given back.
"""

from __future__ import annotations

import attrs
import regex

from newsmodel.model import Dateline, Span
from newsmodel.text.features import is_all_caps, words
from newsmodel.text.lexicon import AGENCIES, DEMONYMS, PLACES, SENTENCE_STARTERS, US_STATES

__all__ = ["DatelineMatch", "find_dateline"]

_WORD = r"\p{Lu}[\p{L}\p{M}'’.\-]*"
_PARTICLE = (
    r"(?i:de|da|do|del|della|di|dos|das|du|el|al|la|le|les|es|of|on|upon|am|der|au|aux|sur|en)"
)
_MONTH = (
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?i:mon|tues|wednes|thurs|fri|satur|sun)day"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_NOT_DATE = rf"(?!{_MONTH}[ \t]+\d|{_WEEKDAY}\b)"
#: A place name: capitalised words, with particles ("Rio de Janeiro") and slashes.
PLACE_RE = regex.compile(
    rf"{_NOT_DATE}{_WORD}(?:(?: |/)(?:{_PARTICLE} )?{_NOT_DATE}{_WORD}){{0,4}}"
)
#: The date of a dateline ("Feb 26", "2 March", "Nov. 18, 2019", "Tuesday").
DATE_RE = regex.compile(
    rf"(?:{_WEEKDAY},?[ \t]+)?(?:{_MONTH}[ \t]+{_DAY}(?:,?[ \t]+\d{{4}})?(?![\p{{L}}\d])"
    rf"|{_DAY}[ \t]+{_MONTH}(?:,?[ \t]+\d{{4}})?(?![\p{{L}}\d])|{_WEEKDAY}(?![\p{{L}}]))"
)
#: The comma (or space) before a region or a date.
COMMA_RE = regex.compile(r"[ \t]*,[ \t]*")
SPACES_RE = regex.compile(r"[ \t\u00a0]*")
#: A source in brackets: "(Reuters)", "(AP)", "(CNN Business)", "(dpa)".
SOURCE_RE = regex.compile(r"\([ \t]*(?P<source>[\p{L}][\p{L}\p{N}.&'’ /\-]{0,40}?)[ \t]*\)")
#: A source that is not a known agency: an acronym in capitals ("(KUNA)", "(WAM)").
UNKNOWN_SOURCE_RE = regex.compile(r"\p{Lu}{2,10}")
#: A source named in capitalised words: "(Meridian Wire)", "(Lisbon Daily News)".
CAPITALISED_NAME_RE = regex.compile(r"\p{Lu}[\p{L}.&'’\-]*(?: \p{Lu}[\p{L}.&'’\-]*){0,4}")
#: The separator after a dateline: any dash, or a colon.
SEPARATOR_RE = regex.compile(
    r"[ \t\u00a0]*(?P<sep>—|–|―|−|-{1,3}|:)(?=[ \t\u00a0\n\"“‘'\p{Lu}\p{N}(]|\Z)[ \t\u00a0]*"
)
#: What may follow a dateline: anything but a lower-case letter.
BODY_START_RE = regex.compile(r"[ \t\u00a0]*(?:[^\p{Ll}\s]|\Z)")
#: Words after a dateline: its sentence must have at least MIN_BODY_WORDS of them.
BODY_WORD_RE = regex.compile(r"\S+")
MIN_BODY_WORDS = 3
#: Words in capitals that open a line but are no place ("BREAKING -", "UPDATE:").
NOT_PLACES = frozenset(
    [
        "breaking",
        "update",
        "updated",
        "exclusive",
        "watch",
        "analysis",
        "opinion",
        "editorial",
        "commentary",
        "correction",
        "refile",
        "rpt",
        "note",
        "factbox",
        "feature",
        "interview",
        "dear",
        "urgent",
        "flash",
        "alert",
        "photos",
        "photo",
        "video",
        "live",
        "review",
        "advisory",
        "warning",
        "summary",
        "highlights",
        "editor",
        "editors",
        "abstract",
        "letters",
        "q",
        "a",
        "corrected",
        "spotlight",
        "special",
        "report",
    ]
)
#: Endings of plural nouns for people ("Farmers", "Officials", "Activists").
PEOPLE_SUFFIXES = ("ers", "ists", "ents", "ants", "ors", "ials", "ians", "ives", "eers")
#: How far into a paragraph a dateline may reach.
WINDOW = 200


@attrs.frozen
class DatelineMatch:
    """A dateline found at the start of a paragraph, and where its sentence starts.

    ``body_start`` is where the paragraph's text after the dateline begins; for a
    tangled dateline it is the start of the lead's words inside the dateline.
    ``whole`` says the dateline is all there is in the paragraph.
    """

    dateline: Dateline
    body_start: int
    whole: bool


@attrs.define
class _Parts:
    start: int
    place: tuple[int, int] | None = None
    regions: list[tuple[int, int]] = attrs.Factory(list)
    date: tuple[int, int] | None = None
    source: tuple[int, int] | None = None
    source_span: tuple[int, int] | None = None
    separator: str | None = None
    end: int = 0


def _scan(text: str, start: int, stop: int) -> _Parts | None:
    parts = _Parts(start=start, end=start)
    pos = start
    m = PLACE_RE.match(text, pos, stop)
    if m:
        parts.place = (m.start(), m.end())
        pos = m.end()
        while len(parts.regions) < 3:
            comma = COMMA_RE.match(text, pos, stop)
            if not comma:
                break
            if DATE_RE.match(text, comma.end(), stop):
                break
            region = PLACE_RE.match(text, comma.end(), stop)
            if not region:
                break
            parts.regions.append((region.start(), region.end()))
            pos = region.end()
        lead = COMMA_RE.match(text, pos, stop) or SPACES_RE.match(text, pos, stop)
        assert lead is not None
        date = DATE_RE.match(text, lead.end(), stop)
        if date:
            parts.date = (date.start(), date.end())
            pos = date.end()
        parts.end = pos
    gap = SPACES_RE.match(text, pos, stop)
    assert gap is not None
    source = SOURCE_RE.match(text, gap.end(), stop)
    if source:
        parts.source = (source.start("source"), source.end("source"))
        parts.source_span = (source.start(), source.end())
        pos = parts.end = source.end()
    if parts.place is None and parts.source is None:
        return None
    separator = SEPARATOR_RE.match(text, pos, stop)
    if separator:
        parts.separator = separator.group("sep")
        parts.end = separator.end("sep")
    return parts


def _known_source(source: str) -> bool:
    low = " ".join(source.split()).casefold()
    return low in AGENCIES or low.split(" ")[0] in AGENCIES


def _known_place(name: str) -> bool:
    low = " ".join(name.split()).casefold()
    if low in PLACES or low in US_STATES:
        return True
    # State abbreviations are written with and without their full stop ("Del", "Del.").
    return f"{low}." in US_STATES or low.rstrip(".") in US_STATES


def _opens_sentence(word: str) -> bool:
    """Whether a word before the source reads as the lead's first word: a nationality
    ("Kenyan"), a word that opens sentences ("The", "Former", "Police") or a plural
    noun for people ("Farmers", "Officials", "Residents")."""
    low = word.casefold()
    if low in DEMONYMS or low in SENTENCE_STARTERS or low.endswith(("'s", "’s")):
        return True
    return not _known_place(word) and low.endswith(PEOPLE_SUFFIXES)


def _in_capitals(word: str) -> bool:
    """Whether the word has letters, all of them capitals ("GULFPORT", "N.Y.")."""
    return word.isupper()


def _regions_known(text: str, parts: _Parts, tangled_at: int | None = None) -> bool:
    """Whether the last region, if any, is a known state, province or country (without
    the lead's words tangled into it, which start at ``tangled_at``)."""
    if not parts.regions:
        return True
    start, end = parts.regions[-1]
    if tangled_at is not None and start < tangled_at < end:
        end = tangled_at
    return _known_place(text[start:end])


def _capital_and_region(text: str, parts: _Parts, caps: bool) -> bool:
    """Whether a place in capitals is followed by one region in mixed case and a dash:
    "VIRAC, Catanduanes –", a town and its province that no list holds (but not "FEES
    RISE, BOARD SAYS", all in capitals, nor a colon's "DEAR READERS, Friends:")."""
    if not caps or len(parts.regions) != 1 or parts.separator in {None, ":"}:
        return False
    start, end = parts.regions[0]
    region = words(text[start:end])
    return 0 < len(region) <= 2 and all(w[:1].isupper() and not is_all_caps(w) for w in region)


def _untangle(text: str, span: tuple[int, int]) -> int | None:
    """Where the lead's words start inside the place words at ``span``, if they do."""
    words = [(m.start(), m.end()) for m in regex.finditer(r"\S+", text[span[0] : span[1]])]
    if len(words) < 2:
        return None
    names = [text[span[0] + a : span[0] + b] for a, b in words]
    if all(map(_in_capitals, names)) or _known_place(" ".join(names)):
        return None
    cut = None
    if _in_capitals(names[0]):
        # "GULFPORT Police", "NETHERLANDS Striking": a place written in capitals ends
        # where the capitals do.
        cut = next(k for k in range(1, len(names)) if not _in_capitals(names[k]))
        return span[0] + words[cut][0]
    for k in range(len(names) - 1, 0, -1):
        if _known_place(" ".join(names[:k])):
            cut = k
            break
    if cut is None:
        k = len(names)
        while k > 1 and _opens_sentence(names[k - 1]):
            k -= 1
        cut = k if k < len(names) else None
    if cut is None:
        return None
    return span[0] + words[cut][0]


def _unknown_source_ok(
    text: str, parts: _Parts, source: str, caps: bool, tangled_at: int | None
) -> bool:
    """Whether a source that is no known agency still makes a dateline: a dash follows,
    the regions are known, and the source is an acronym ("(KUNA)") or, after a place in
    capitals or a known place, a name in capitalised words ("(Meridian Wire)"); the
    lead's words tangled in from ``tangled_at`` are no part of the place or region."""
    if parts.separator in {None, ":"} or not _regions_known(text, parts, tangled_at):
        return False
    if UNKNOWN_SOURCE_RE.fullmatch(source):
        return True
    if parts.place is None or not CAPITALISED_NAME_RE.fullmatch(source):
        return False
    start, end = parts.place
    if tangled_at is not None and start < tangled_at < end:
        end = tangled_at  # "Osaka Electronics (Asia Tech Daily) — maker ...": "Osaka"
    place = text[start:end].rstrip()
    return caps or is_all_caps(place) or _known_place(place) or bool(parts.regions)


def _has_body(text: str, start: int, end: int) -> bool:
    """Whether a sentence of a few words, not starting in lower case, follows."""
    if not BODY_START_RE.match(text, start, end):
        return False
    for count, _ in enumerate(BODY_WORD_RE.finditer(text, start, min(end, start + 80)), 1):
        if count >= MIN_BODY_WORDS:
            return True
    return False


def _parallel_dash(text: str, start: int, stop: int, separator: str) -> bool:
    """Whether the sentence after a dash has a second dash: "Apple — the company — said"."""
    end = text.find(".", start, stop)
    return text.find(separator, start, end if end >= 0 else stop) >= 0


#: What a source (SOURCE_RE) or a separator (SEPARATOR_RE) starts with.
_MARKERS = ("(", "—", "–", "―", "−", "-", ":")


def _holds_marker(text: str, start: int, stop: int) -> bool:
    """Whether ``text[start:stop]`` holds the start of a source or a separator."""
    find = text.find
    return any(find(c, start, stop) >= 0 for c in _MARKERS)


def find_dateline(text: str, start: int, end: int) -> DatelineMatch | None:
    """The dateline at the start of the paragraph ``text[start:end]``, if there is one."""
    stop = min(end, start + WINDOW)
    if stop < end and not text[end - 1].isspace() and not _holds_marker(text, start, stop):
        # Without a source in brackets or a separator, a dateline is all its paragraph
        # ("whole" below), and this one goes on past the window.
        return None
    parts = _scan(text, start, stop)
    if parts is None:
        return None
    place = text[parts.place[0] : parts.place[1]] if parts.place else ""
    source = text[parts.source[0] : parts.source[1]] if parts.source else None
    if place and words(place)[:1] and words(place)[0].casefold() in NOT_PLACES:
        return None
    caps = bool(place) and is_all_caps(place)
    whole = parts.end >= end or not text[parts.end : end].strip()
    tangled_at: int | None = None
    if source is not None:
        if parts.place and not parts.date and (not caps or parts.regions):
            tangled_at = _untangle(text, parts.regions[-1] if parts.regions else parts.place)
        if not _known_source(source) and not _unknown_source_ok(
            text, parts, source, caps, tangled_at
        ):
            return None
        body = BODY_START_RE.match(text, parts.end, end)
        if parts.separator is None and body is None and tangled_at is None:
            return None
    elif parts.place is None:
        return None
    else:
        if (
            not parts.date
            and not _regions_known(text, parts)
            and not _capital_and_region(text, parts, caps)
        ):
            return None
        region_or_date = bool(parts.regions or parts.date)
        region_text = " ".join(text[a:b] for a, b in parts.regions)
        known_place = _known_place(place) or (bool(region_text) and _known_place(region_text))
        if parts.separator is None:
            # A dateline alone on its line: "ZUG, SWITZERLAND", "WASHINGTON, Feb 26".
            if not whole or not (known_place or (caps and parts.date)):
                return None
        elif not whole and not _has_body(text, parts.end, end):
            return None
        elif parts.separator == ":":
            if not (known_place or (caps and parts.regions and known_place)):
                return None
        elif caps:
            if len(place.split()) > 3 and not known_place:
                return None
        else:
            if parts.separator == "-" and not parts.date:
                return None
            if len(place.split()) > 4 or not (known_place or region_or_date):
                return None
            if not region_or_date and _parallel_dash(text, parts.end, end, parts.separator):
                return None
    location = _location(text, parts, tangled_at)
    date = text[parts.date[0] : parts.date[1]] if parts.date else None
    span_end = parts.end
    dateline = Dateline(
        span=Span(start, span_end),
        text=text[start:span_end],
        location=location,
        source=source,
        date=date,
    )
    if tangled_at is not None:
        body_start = tangled_at
    else:
        body_start = span_end
        while body_start < end and text[body_start].isspace():
            body_start += 1
    return DatelineMatch(dateline=dateline, body_start=body_start, whole=whole)


def _location(text: str, parts: _Parts, tangled_at: int | None) -> str | None:
    if parts.place is None:
        return None
    last = parts.regions[-1][1] if parts.regions else parts.place[1]
    if tangled_at is not None:
        last = tangled_at
    return text[parts.place[0] : last].rstrip(" \t,")
