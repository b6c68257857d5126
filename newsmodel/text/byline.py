"""Bylines: the author line near the top of a story.

Shapes read:

* "By Jane Doe", "BY TED SMITH, Reuters", "By Jane Doe and John Roe, CNN", "By Jane Doe,
  BBC News, New York" (the place after the organisation is left out),
  "By Jane Doe | CNN", "By Jane Doe - Associated Press", "By JANE DOE Associated Press",
  "Written by Jane Doe", "By: Jane Doe";
* "By . Daily Mail Reporter ." (a staff credit: no name, the organisation "Daily Mail");
* without "By", only near the top and with a known organisation: "Jane Doe, Reuters",
  "Jane Doe | CNN", "Jane Doe and John Roe, The Associated Press";
* "Staff Reports", "From staff reports" (no name).

Names go into :attr:`Byline.authors` as written, except that names written in
capitals are put in title case there ("TED SMITH" becomes "Ted Smith"): the authors are
a view. The organisation goes into :attr:`Byline.organisation`; job titles
("Senior Correspondent") are dropped. :attr:`Byline.text` and its span stay verbatim.
"""

from __future__ import annotations

import regex

from newsmodel.model import Byline, Span
from newsmodel.text.features import is_name_like, lowered, words
from newsmodel.text.lexicon import AGENCIES, PLACES, US_STATES
from newsmodel.text.lexicon import words as word_file

__all__ = ["find_byline", "is_organisation", "split_names", "title_case_name"]

#: "By", "Written by", "Story by", with the colon or dots some sites add.
BY_RE = regex.compile(
    r"(?i:(?:written|story|words|text|reporting|posted|report|interview)\s+)?(?i:by)\b[\s.:]*"
)
#: Staff credits without a name.
STAFF_RE = regex.compile(
    r"(?i:(?:from\s+)?(?:staff|wire|staff\s+and\s+wire|staff\s+and\s+news\s+service)\s+reports?)\.?"
)
#: Separators between the names and the organisation: "|", "/", a dash, a bullet.
ORG_SEPARATOR_RE = regex.compile(r"\s+(?:[|/•·]|[-–—]{1,2})\s+|\s*\|\s*")
#: The most words of an outlet named after a job title, and the lower-case words inside.
_OUTLET_WORDS = 5
_OUTLET_JOINERS = frozenset({"and", "of", "the"})
#: Separators between names: commas, "and", "&", semicolons.
NAME_SEPARATOR_RE = regex.compile(r"\s*,\s*(?:(?i:and)\s+)?|\s+(?i:and)\s+|\s*[&;]\s*")
#: Job titles that follow a name or an organisation ("Staff Writer", "Reporter").
ROLE_RE = regex.compile(
    r"(?i:(?:(?:senior|chief|staff|special|foreign|political|business|sports|science|health|"
    r"national|white\s+house|investigative|contributing|associate|deputy|managing|digital|"
    r"freelance|international|economics|legal|security|diplomatic|tech|technology|"
    r"entertainment|education|environment|climate|metro|local)\s+){0,3}"
    r"(?:correspondents?|reporters?|writers?|editors?|journalists?|columnists?|contributors?|"
    r"producers?|photographers?|analysts?|staff|critic|bureau\s+chief|news\s+editor)"
    r"(?:\s+(?:for|at)\s+.+)?)\Z"
)
#: Every match of ROLE_RE holds one of these, in lower case (features.lowered): a quick
#: test before the pattern, which is slow to search.
ROLE_WORDS = (
    "correspondent",
    "reporter",
    "writer",
    "editor",
    "journalist",
    "columnist",
    "contributor",
    "producer",
    "photographer",
    "analyst",
    "staff",
    "critic",
    "bureau",
)
#: Words that say a byline segment is an organisation ("Seattle Times", "NBC News").
ORG_WORD_RE = regex.compile(
    r"(?i:\b(?:news|press|times|journal|herald|tribune|gazette|telegraph|agency|bureau|media|"
    r"network|magazine|radio|television|tv|wire|services?|staff|chronicle|broadcasting)\b)"
)
#: Punctuation around a byline's parts, stripped with str.strip.
EDGE_PUNCT = " \t\n\r\f\v\u00a0.,:;|-–—•"
#: Letters starting each part of a name, for title casing ("O'NEIL" -> "O'Neil").
NAME_PART_RE = regex.compile(r"(\p{L})(\p{L}*)")
#: Capitalised words that are no names: pronouns and determiners ("He contributed.").
NOT_NAMES = frozenset(
    [
        "he",
        "she",
        "they",
        "it",
        "we",
        "i",
        "you",
        "who",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "the",
        "a",
        "an",
        "staff",
        "all",
        "both",
        "others",
        "everyone",
        "from",
    ]
)
#: Function words, which are no part of a name ("With Ailes Out").
FUNCTION_WORDS = frozenset(
    [
        "with",
        "out",
        "in",
        "from",
        "and",
        "or",
        "the",
        "at",
        "on",
        "of",
        "for",
        "to",
        "by",
        "is",
        "are",
        "was",
        "were",
        "not",
        "no",
        "but",
        "so",
        "what",
        "why",
        "how",
        "who",
        "when",
        "where",
        "this",
        "that",
    ]
)
#: The longest byline read.
MAX_LENGTH = 160


def _has_role_word(text: str) -> bool:
    low = lowered(text)
    return any(map(low.__contains__, ROLE_WORDS))


def _trim(text: str) -> str:
    return text.strip(EDGE_PUNCT)


def title_case_name(name: str) -> str:
    """A name written in capitals, in title case; other names unchanged."""
    if any(c.islower() for c in name):
        return name
    return NAME_PART_RE.sub(lambda m: m.group(1).upper() + m.group(2).lower(), name)


def _is_org(segment: str) -> bool:
    low = " ".join(segment.split()).casefold()
    bare = low.removeprefix("the ")
    if bare in AGENCIES or f"the {bare}" in AGENCIES:
        return True
    words = bare.split()
    if words and words[0] in AGENCIES and len(words) <= 3:
        return True
    return len(words) >= 2 and bool(ORG_WORD_RE.search(segment))


def _outlet_like(segment: str) -> bool:
    """Whether a part of a byline reads as an outlet's name: capitalised words, with "the",
    "and", "of" between ("Toronto Star", "The Globe and Mail"), five at most."""
    parts = segment.split()
    return 0 < len(parts) <= _OUTLET_WORDS and all(
        p[:1].isupper() or p in _OUTLET_JOINERS for p in parts
    )


def _known_place(name: str) -> bool:
    low = name.casefold()
    return low in PLACES or low in US_STATES


def _agency_suffix(names: str) -> tuple[str, str | None]:
    """Split a known agency off the end of ``names``: "JANE DOE Associated Press"."""
    words = names.split()
    for k in range(1, min(4, len(words))):
        tail = " ".join(words[-k:])
        if tail.casefold() in AGENCIES and len(words) - k >= 1:
            return " ".join(words[:-k]), tail
    return names, None


def is_organisation(segment: str) -> bool:
    """Whether a part of a byline or credit names an organisation ("Reuters", "USA TODAY",
    "Medill News Service")."""
    return _is_org(segment)


def split_names(names: str) -> list[str]:
    """The person names in a list such as "Jane Doe, John Roe and Ann Poe", or [] when a
    part does not read as a name."""
    found = []
    for part in NAME_SEPARATOR_RE.split(names):
        part = _trim(part)
        if not part:
            continue
        if (
            not is_name_like(part)
            or part.casefold() in NOT_NAMES
            or any(w.casefold() in FUNCTION_WORDS for w in part.split())
        ):
            return []
        found.append(part)
    return found


def _parse(rest: str, *, need_org: bool) -> tuple[list[str], str | None] | None:
    """Names and organisation of the text after "By", or None if it is no byline."""
    rest = _trim(rest)
    if not rest:
        return None
    organisation: str | None = None
    pieces = ORG_SEPARATOR_RE.split(rest, maxsplit=1)
    if len(pieces) == 2:
        rest, organisation = pieces[0], _trim(pieces[1]) or None
    segments = [_trim(s) for s in rest.split(",")]
    segments = [s for s in segments if s]
    titled = False  # a journalist's job title follows the names: "Staff Reporter"
    if (
        organisation is None
        and len(segments) == 3
        and _has_role_word(segments[1])
        and ROLE_RE.match(segments[1])
        and _outlet_like(segments[2])
    ):
        # "Kenyon Wallace, Staff Reporter, Toronto Star": the outlet after the job title
        organisation = segments.pop()
    while len(segments) > 1:
        last = segments[-1]
        if _has_role_word(last) and ROLE_RE.match(last) and not _is_org(last):
            segments.pop()
            titled = True
        elif _known_place(last) and (organisation is not None or _is_org(segments[-2])):
            segments.pop()  # where the reporter files from: "Jane Doe, BBC News, New York"
        elif organisation is None and _is_org(last):
            organisation = last
            segments.pop()
        else:
            break
    names_text = ", ".join(segments)
    role = ROLE_RE.search(names_text) if _has_role_word(names_text) else None
    if role and role.start() > 0:
        head = names_text[: role.start()].strip()
        if head and (_is_org(head) or head.casefold() in AGENCIES):
            return [], organisation or head
        names_text = head
        titled = True
    if organisation is None:
        names_text, organisation = _agency_suffix(names_text)
    if not names_text and organisation:
        return [], organisation
    if _is_org(names_text):
        return ([], names_text) if not need_org and organisation is None else None
    names = split_names(names_text)
    if not names or any(_known_place(n) for n in names):
        return None
    if need_org and not titled and (organisation is None or not _is_org(organisation)):
        return None
    return names, organisation


#: How many lower-case words (bar those of names and outlets: "and", "of", "the") make a
#: line a sentence, no byline without "By": "EDMONTON — Alberta Premier Colleen Hrynchuk
#: says the wait times are unacceptable."
_SENTENCE_LOWER_WORDS = 3


def _lower_words(line: str) -> int:
    """The lower-case words of a line that names and outlets do not hold."""
    return sum(1 for w in words(line) if w.islower() and w not in _NAME_SMALL_WORDS)


#: Lower-case words of names and outlets: "Jane Doe and Tom Hale", "Bank of Canada".
_NAME_SMALL_WORDS = word_file("byline_small_words")


def find_byline(text: str, start: int, end: int, *, top: bool = True) -> Byline | None:
    """The byline that is the paragraph ``text[start:end]``, if it is one.

    ``top`` says the paragraph comes before the story's first body paragraph, where a
    name with a known organisation and no "By" ("Jane Doe, Reuters") is read too.
    """
    if end - start > MAX_LENGTH or "\n" in text[start:end].strip():
        return None
    line = text[start:end]
    if STAFF_RE.fullmatch(line.strip()):
        return Byline(span=Span(start, end), text=line, authors=(), organisation=None)
    by = BY_RE.match(line)
    if by and by.end() < len(line) and (by.end() == len(line) or not line[by.end()].islower()):
        parsed = _parse(line[by.end() :], need_org=False)
    elif (
        top
        and len(words(line)) <= 12
        and line.rstrip()[-1:] not in {"?", "!", ":"}
        and _lower_words(line) < _SENTENCE_LOWER_WORDS
    ):
        parsed = _parse(line, need_org=True)
    else:
        parsed = None
    if parsed is None:
        return None
    names, organisation = parsed
    return Byline(
        span=Span(start, end),
        text=line,
        authors=tuple(title_case_name(n) for n in names),
        organisation=organisation,
    )
