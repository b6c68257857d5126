"""Credit lines: who else reported, wrote or edited the story.

Shapes read (the names go into :attr:`Article.contributors`, in order):

* "CNN's Peter Kamau, Ana Souza and Rafael Lima contributed to this report.",
  "Jane Doe contributed reporting.", "X and Y contributed.", "Associated Press writers
  Jane Doe in Lisbon and John Roe contributed to this report." (the possessive of the
  outlet that opens the line, known or not, "Asia Tech Daily's", and job titles are
  dropped, and so is "in <place>" after a name);
* "(Reporting by Ann Poe; Editing by Tom Hale)", "Reporting by X in Y; Additional
  reporting by Z; Writing by W; Editing by V", "— Reporting by X", "Compiled by X for
  the Y desk" (what the work was for is dropped), "Edited by X";
* "Contributing: Jane Doe", "Contributors: Jane Doe, John Roe";
* "Jane Doe reported from Nairobi.", "X reported from A, and Y and Z from B.", "X
  reported from A and Y contributed from B.";
* several of these in a row, one a sentence: "CNN's X reported from A. Y contributed
  reporting from B."

An organisation credited on its own ("The Associated Press contributed to this
report.") is a contributor too, as written.
"""

from __future__ import annotations

import regex

from newsmodel.text.byline import is_organisation, split_names
from newsmodel.text.features import lowered, more_words_than
from newsmodel.text.lexicon import AGENCIES, PLACES, US_STATES

__all__ = ["parse_credit"]

#: "... contributed to this report." and its variants.
CONTRIBUTED_RE = regex.compile(
    r"(?P<who>[^;:!?]{1,300}?)\s+(?:also\s+)?(?:contributed|contributes)"
    r"(?:\s+(?:additional\s+)?(?:reporting|coverage|research|writing|analysis|"
    r"to\s+(?:this|the|our)\s+(?:report|story|article|coverage|piece|post|analysis)))?"
    r"(?:\s+(?:to|for)\s+(?:this|the)\s+(?:report|story|article|piece))?"
    r"(?:\s+(?:from|in)\s+[^.]{1,80})?\s*\.?[\"”]?",
)
#: One "<role> by <names>" part of a production credit.
ROLE_BY_RE = regex.compile(
    r"(?i:(?:and\s+)?(?:with\s+)?(?:additional|further|extra|more)?\s*"
    r"(?:reporting|writing|editing|compiled|compilation|research|graphics?|photos?|photography|"
    r"video|production|produced|fact[- ]checking|translation|translated|sub-?editing|design|"
    r"illustrations?|interviews?|edited|written|reported|co-?authored|data|verification)"
    r"(?:\s+and\s+(?:reporting|writing|editing|research|production))?\s+by)\s*:?\s*(?P<names>.+)"
)
#: "Contributing: Jane Doe", "Contributors: ...".
CONTRIBUTING_RE = regex.compile(
    r"(?i:contributing(?:\s+(?:writers?|reporters?|reporting))?|contributors?|"
    r"additional\s+contributors?)\s*[:\-—–]\s*(?P<names>.+)"
)
#: "Jane Doe reported from Nairobi."
REPORTED_FROM_RE = regex.compile(
    r"(?P<names>[^.]{1,120}?)\s+reported\s+(?:from|in)\s+[\p{Lu}][^.]{0,80}\.?"
)
#: A later clause of a "reported from" credit, whose verb the first one gave: "... and
#: Jo Lee from Madrid."
FROM_CLAUSE_RE = regex.compile(
    r"(?P<names>[^.]{1,120}?)\s+(?:reported\s+)?(?:from|in)\s+[\p{Lu}][^.]{0,80}\.?"
)
_NAME = r"\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’.\-]*){0,3}"
#: Where one "X reported from Y" clause ends and the next begins: before "and" that
#: leads to another "reported" (or "contributed"), or to a name and "from"/"in" and a
#: place.
CLAUSE_SEPARATOR_RE = regex.compile(
    rf"(?:[;,])?\s+and\s+(?=[^,;]*\b(?:reported|contributed)\b|{_NAME}(?:(?:\s*,|\s+and)\s+{_NAME})*"
    r"\s+(?:from|in)\s+\p{Lu})|;\s*"
)
#: "from" or "in" before a place.
PLACE_WORD_RE = regex.compile(r"\s(?:from|in)\s")
#: An organisation's possessive that opens a credit: "CNN's", "The Associated Press'".
POSSESSIVE_RE = regex.compile(
    r"(?P<org>(?:The\s+)?[\p{Lu}][\w&.\-]*(?:\s+[\p{Lu}][\w&.\-]*){0,3})['’]s?\s+"
)
#: Job titles before names: "Associated Press writers", "Reuters reporter", "staff".
ROLE_PREFIX_RE = regex.compile(
    r"(?:(?:The\s+)?[\p{Lu}][\w&.’'\-]*(?:\s+[\p{Lu}][\w&.’'\-]*){0,3}\s+)?"
    r"(?i:(?:staff\s+|senior\s+|special\s+)?(?:writers?|reporters?|correspondents?|journalists?|"
    r"photographers?|researchers?|producers?|editors?|staffers?))\s+"
)
#: "in Nairobi" or "from Lisbon" after a name.
PLACE_SUFFIX_RE = regex.compile(r"\s+(?:in|from|at)\s+[\p{Lu}][^,;]*\Z")
#: What the credited work was for, after the names: "Compiled by X for the Lisbon desk".
FOR_SUFFIX_RE = regex.compile(r"\s+for\s+(?:the\s+|an?\s+)?[\p{L}][^;]*\Z")
#: Brackets, dashes and stops around a credit line or a name, stripped with str.strip.
LEADING = " \t\n\r\f\v\u00a0([{*_—–-"
TRAILING = " \t\n\r\f\v\u00a0)]}*_."
#: Separators between the parts of a production credit (a full stop after an initial,
#: as in "J. R. Smith", ends no part).
PART_SEPARATOR_RE = regex.compile(r"\s*[;|•]\s*|(?<!(?:\A|[\s.])\p{Lu})\.\s+(?=[\p{Lu}])")
#: Where one sentence of a credit line ends and the next begins: "CNN's Ann Poe reported
#: from Lisbon. Jo Lee contributed reporting." (not after an initial or a title).
SENTENCE_SEPARATOR_RE = regex.compile(
    r"(?<!(?:\A|[\s.])(?:\p{Lu}|Dr|Mr|Mrs|Ms|Jr|Sr|St|Gov|Sen|Rep|Gen|Prof))[.!?]\s+(?=\p{Lu})"
)
#: Separators in a list of names.
NAME_LIST_RE = regex.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
#: Words every credit line has one of: a cheap test before the real ones.
CREDIT_HINT_RE = regex.compile(r"(?i:\bby\b|contribut|reported\s+(?:from|in)\b)")
#: The longest credit line read, in words, and the longest read as several sentences,
#: in characters.
MAX_WORDS = 70
MAX_SENTENCES_CHARS = 300


def _edges(text: str) -> str:
    return text.lstrip(LEADING).rstrip(TRAILING)


def _names(text: str) -> list[str]:
    """Names in a list of credited people, without places after them."""
    names: list[str] = []
    for part in NAME_LIST_RE.split(text):
        part = PLACE_SUFFIX_RE.sub("", _edges(part))
        if not part or (names and (_is_place(part) or is_organisation(part))):
            # "Jo Lee in Miami, Florida", "Ann Poe, USA TODAY": a place or an employer
            # after a name is no contributor.
            continue
        found = split_names(part)
        if not found:
            return []
        names.extend(found)
    return names


def _is_place(name: str) -> bool:
    low = " ".join(name.split()).casefold()
    return low in PLACES or low in US_STATES


def _contributed(line: str) -> list[str] | None:
    m = CONTRIBUTED_RE.fullmatch(line)
    if not m:
        return None
    who = _without_role(_without_possessive(m.group("who").strip()))
    if _is_agency(who):
        return [who]
    names = _names(who)
    return names or None


def _without_possessive(line: str) -> str:
    """The credit without the possessive of the outlet that opens it: "CNN's Ann Poe",
    "Asia Tech Daily's Ann Poe" (any capitalised name: a credit line names people after
    an outlet's possessive, not after a person's)."""
    possessive = POSSESSIVE_RE.match(line)
    if possessive and possessive.end() < len(line):
        return line[possessive.end() :]
    return line


def _without_role(line: str) -> str:
    """The credit without the job title that opens it: "AP writer Ann Poe"."""
    role = ROLE_PREFIX_RE.match(line)
    return line[role.end() :] if role else line


def _is_agency(name: str) -> bool:
    low = " ".join(name.split()).casefold()
    bare = low.removeprefix("the ")
    return bare in AGENCIES or f"the {bare}" in AGENCIES or low in AGENCIES


def _production(line: str) -> list[str] | None:
    if ROLE_BY_RE.match(line) is None:
        return None  # (the first part is no "<role> by <names>": no split needed)
    parts = [p for p in PART_SEPARATOR_RE.split(line) if p.strip()]
    if not parts:
        return None
    names: list[str] = []
    for part in parts:
        m = ROLE_BY_RE.fullmatch(_edges(part))
        if not m:
            return None
        found = _names(FOR_SUFFIX_RE.sub("", m.group("names")))
        if not found:
            return None
        names.extend(found)
    return names


def _contributing(line: str) -> list[str] | None:
    m = CONTRIBUTING_RE.fullmatch(line)
    if not m:
        return None
    return _names(m.group("names")) or None


def _clauses(line: str) -> list[str]:
    """The clauses of a "reported from" credit: split where CLAUSE_SEPARATOR_RE says,
    once the clause so far has its place ("X reported from A, and Y and Z from B" splits
    before Y, not between Y and Z)."""
    clauses: list[str] = []
    start = 0
    for m in CLAUSE_SEPARATOR_RE.finditer(line):
        if m.group().strip() == ";" or PLACE_WORD_RE.search(line, start, m.start()):
            clauses.append(line[start : m.start()])
            start = m.end()
    clauses.append(line[start:])
    return clauses


def _reported_from(line: str) -> list[str] | None:
    line = _without_role(_without_possessive(line))
    names: list[str] = []
    for k, clause in enumerate(_clauses(line)):
        clause = clause.strip()
        m = (REPORTED_FROM_RE if k == 0 else FROM_CLAUSE_RE).fullmatch(clause)
        # (a later clause may credit in other words: "... and Jo Lee contributed")
        found = _names(m.group("names")) if m else None
        if not found and k:
            found = _contributed(clause)
        if not found:
            return None
        names.extend(found)
    return names or None


def parse_credit(paragraph: str) -> tuple[str, ...] | None:
    """The names credited by the paragraph, in order, or None if it is no credit line."""
    low = lowered(paragraph)  # (every match of CREDIT_HINT_RE holds one of these there)
    if not ("by" in low or "contribut" in low or "reported" in low):
        return None
    if CREDIT_HINT_RE.search(paragraph) is None or more_words_than(paragraph, MAX_WORDS):
        return None
    line = _edges(" ".join(paragraph.split()))
    if not line:
        return None
    names = _credited(line, low)
    if names is None:
        # A credit of several sentences, each a credit of its own: "CNN's Ann Poe
        # reported from Lisbon. Jo Lee contributed reporting from Madrid."
        if len(line) > MAX_SENTENCES_CHARS or not (". " in line or "? " in line or "! " in line):
            return None
        sentences = SENTENCE_SEPARATOR_RE.split(line)
        if len(sentences) < 2:
            return None
        names = []
        for sentence in sentences:
            low = lowered(sentence)
            if not ("by" in low or "contribut" in low or "reported" in low):
                return None  # (every sentence must credit someone)
            found = _credited(_edges(sentence), low)
            if found is None:
                return None
            names.extend(found)
    return tuple(dict.fromkeys(names)) if names else None


def _credited(line: str, low: str) -> list[str] | None:
    """The names a credit line of one kind gives (``low``: its words in lower case)."""
    # The rules in order, each tried only where the words its pattern needs are: "by"
    # (in any case) in every part of a production credit, "contribut" (as written, and
    # in any case) and "reported". The line has the paragraph's words, spaced anew.
    names = _production(line) if "by" in low else None
    if not names and "contribut" in line:
        names = _contributed(line)
    if not names and "contribut" in low:
        names = _contributing(line)
    if not names and "reported" in line:
        names = _reported_from(line)
    return names or None
